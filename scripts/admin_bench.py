"""Time the editors' admin list pages on the database DATABASE_URL points at.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/timeline_admin \
        .venv/bin/python scripts/admin_bench.py [--runs 5]

Renders each page through the whole Django stack (test client, logged in as a superuser) and
prints the row count of the table, then per page the median time, the part of it spent in SQL,
and the number of queries.
Fill the database first, e.g. `manage.py generate_dataset` (1,000,000 events).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGES = [
    ("queue (pending, newest first)", "/admin/events/event/"),
    ("queue, page 40", "/admin/events/event/?p=40"),
    ("all statuses", "/admin/events/event/?status=all"),
    ("queue + facet counts", "/admin/events/event/?_facets=1"),
    ("filter: type + precision", "/admin/events/event/?type__exact=meeting&precision__exact=day"),
    ("filter: actor", "/admin/events/event/?status=all&actor={actor}"),
    ("filter: country", "/admin/events/event/?country=FRA"),
    ("filter: confidence low", "/admin/events/event/?confidence=low"),
    ("filter: outlet", "/admin/events/event/?outlet=Reuters"),
    ("date hierarchy: a month", "/admin/events/event/?status=all&date_start__year=2024"
                                "&date_start__month=3"),
    ("search: actor name", "/admin/events/event/?status=all&q={actor_name}"),
    ("search: words", "/admin/events/event/?status=all&q=ceasefire"),
    ("actors list", "/admin/events/actor/"),
    ("articles list", "/admin/events/article/"),
    ("event page", "/admin/events/event/{event}/change/"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from events.models import Actor, Event

    settings.ALLOWED_HOSTS = ["*"]
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True})
    client = Client()
    client.force_login(user)
    actor = Actor.objects.order_by("pk").first()
    event = Event.objects.order_by("-pk").first()
    fill = {"actor": actor.pk, "actor_name": actor.name.split()[-1], "event": event.pk}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A page abandoned by a killed run must not keep a query going on the server.
            cursor.execute("SET statement_timeout = '120s'")
        cursor.execute("SELECT count(*) FROM events_event")
        total = cursor.fetchone()[0]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"database: {connection.vendor}, {total:,} events; "
          f"load average before: {load} ({os.cpu_count()} cores)")
    print(f"{'page':<34} {'median ms':>10} {'of it SQL':>10} {'queries':>8}")
    for name, url in PAGES:
        url = url.format(**fill)
        times, sql, queries = [], [], 0
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code}")
            queries = len(ctx)
            sql.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
        print(f"{name:<34} {statistics.median(times):>10.0f} {statistics.median(sql):>10.0f} "
              f"{queries:>8}", flush=True)


if __name__ == "__main__":
    main()
