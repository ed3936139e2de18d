"""A paginator for tables of a million rows: it never runs a full COUNT(*).

The admin counts the filtered rows on every page load; on a big table that count is the
slowest query of the page. Here the count stops at `COUNT_CAP` rows (a LIMITed subquery, so
its cost is bounded whatever the table size), and when the unfiltered table is larger than
that on PostgreSQL, the planner's estimate from pg_class stands in for the exact figure.
"""
from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):
    cap = COUNT_CAP

    @cached_property
    def count(self) -> int:
        qs = self.object_list
        if not hasattr(qs, "query"):
            return len(qs)
        capped = qs.order_by()[: self.cap + 1].count()
        if capped <= self.cap:
            self.is_estimate = False
            return capped
        self.is_estimate = True
        estimate = _table_estimate(qs) if not qs.query.where else None
        return max(estimate or 0, self.cap)

    is_estimate = False


def _table_estimate(qs) -> int | None:
    conn = connections[qs.db]
    if conn.vendor != "postgresql":
        return None
    with conn.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                       [qs.model._meta.db_table])
        row = cursor.fetchone()
    return int(row[0]) if row and row[0] and row[0] > 0 else None
