#!/usr/bin/env python
"""Benchmark timeline pages through the full Django stack against the raw SQL of the same page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/timeline_bench \\
        .venv/bin/python scripts/bench_api.py [--repeat 30] [--page-size 50]

Fill the database first with `manage.py generate_dataset`. For each scenario (first and deep
cursor pages; filtered by actor, country, type, date range, text; a timeline), the page is
requested through Django's test client (URL routing, middleware, authentication, DRF view,
filters, pagination, serialisation to JSON). The SQL statements Django ran for that page are
captured and then run again on the bare psycopg connection, fetching every row: that is "the
raw SQL of the same page". Both are timed (median of --repeat runs after warm-up) and the
ratio printed.

Django's DEBUG query log is switched off while timing, and throttling is disabled (the
benchmark is one anonymous client making thousands of requests).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import django

    django.setup()


def timed_pair(fn_a, fn_b, repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median and 90th percentile (ms) of two functions, run alternately so both see the same
    machine load."""
    for _ in range(3):
        fn_a()
        fn_b()
    a, b = [], []
    for _ in range(repeat):
        for fn, out in ((fn_a, a), (fn_b, b)):
            t0 = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t0) * 1000)

    def stats(samples):
        samples.sort()
        return statistics.median(samples), samples[max(0, int(len(samples) * 0.9) - 1)]

    return stats(a), stats(b)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--page-size", type=int, default=50)
    ap.add_argument("--only", default="", help="run only scenarios whose name contains this")
    ap.add_argument("--skip", default="", help="skip scenarios whose name contains this")
    args = ap.parse_args(argv)
    setup_django()

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

    from events.api.pagination import KeysetPagination
    from events.models import Actor, Event, ReviewStatus, Timeline

    if connection.vendor != "postgresql":
        sys.exit("bench_api.py measures PostgreSQL: set DATABASE_URL=postgres://...")
    AnonRateThrottle.allow_request = lambda *a: True
    UserRateThrottle.allow_request = lambda *a: True

    n_events = Event.objects.count()
    if n_events == 0:
        sys.exit("No events: run `manage.py generate_dataset` first.")
    ps = args.page_size
    approved = Event.objects.filter(status=ReviewStatus.APPROVED, date_start__isnull=False)

    def deep_cursor(qs, fraction=0.9):
        """A cursor deep into the result, as a client paging that far would hold."""
        n = qs.count()
        row = qs.order_by("date_start", "id").values("date_start", "id")[int(n * fraction)]
        return KeysetPagination()._encode(row["date_start"], row["id"], False), n

    top = Actor.objects.filter(slug__startswith="gen-actor-").order_by("pk").first()
    top_qs = approved.filter(actor=top) | approved.filter(target=top)
    deep_all, n_approved = deep_cursor(approved)
    deep_country, _ = deep_cursor(approved.filter(actor__country="RUS")
                                  | approved.filter(target__country="RUS"))
    deep_actor, n_top = deep_cursor(top_qs)
    timeline = Timeline.objects.filter(slug__endswith="russia-talks").first()

    base = "/api/v1/events/"
    scenarios = [
        ("first page", f"{base}?page_size={ps}"),
        ("deep page (90%)", f"{base}?page_size={ps}&cursor={deep_all}"),
        ("newest first", f"{base}?page_size={ps}&ordering=-date"),
        (f"actor ({n_top:,} events)", f"{base}?page_size={ps}&actor={top.slug}"),
        ("actor, deep page", f"{base}?page_size={ps}&actor={top.slug}&cursor={deep_actor}"),
        ("country RUS", f"{base}?page_size={ps}&country=RUS"),
        ("country RUS, deep page", f"{base}?page_size={ps}&country=RUS&cursor={deep_country}"),
        ("type meeting", f"{base}?page_size={ps}&type=meeting"),
        ("date range (1 year)",
         f"{base}?page_size={ps}&date_after=2010-01-01&date_before=2010-12-31"),
        ("date range, newest first",
         f"{base}?page_size={ps}&date_after=2010-01-01&date_before=2010-12-31&ordering=-date"),
        ("text q=ceasefire", f"{base}?page_size={ps}&q=ceasefire"),
        ("text + type + country",
         f"{base}?page_size={ps}&q=ceasefire&type=call_for_talks&country=RUS"),
    ]
    if timeline:
        scenarios.append((f"timeline {timeline.slug}",
                          f"/api/v1/timelines/{timeline.slug}/events/?page_size={ps}"))

    client = Client(HTTP_HOST="127.0.0.1")
    raw_conn = None
    print(f"{n_events:,} events ({n_approved:,} public and dated), page size {ps}, "
          f"median of {args.repeat} runs, PostgreSQL "
          f"{connection.cursor().connection.info.server_version}, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    header = (f"{'scenario':28} {'django ms':>10} {'p90':>7} {'raw SQL ms':>11} {'p90':>7} "
              f"{'ratio':>6} {'queries':>7} {'rows':>5} {'django cpu ms':>13}")
    print(header)
    print("-" * len(header))
    ratios = []
    for name, url in scenarios:
        if (args.only and args.only not in name) or (args.skip and args.skip in name):
            continue
        settings.DEBUG = True
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        if response.status_code != 200:
            print(f"{name:28} HTTP {response.status_code}: {response.content[:200]!r}")
            continue
        rows = len(response.json()["results"])
        sqls = [q["sql"] for q in ctx.captured_queries]
        settings.DEBUG = False
        raw_conn = raw_conn or connection.connection

        def run_raw():
            with raw_conn.cursor() as cur:
                for sql in sqls:
                    cur.execute(sql.replace("%", "%%"))
                    cur.fetchall()

        (django_ms, django_p90), (raw_ms, raw_p90) = timed_pair(
            lambda: client.get(url).content, run_raw, args.repeat)
        # CPU time of this process per request: Django's own work (plus psycopg reading the
        # rows), which machine load inflates far less than wall time.
        cpu0 = time.process_time()
        for _ in range(10):
            client.get(url)
        cpu_ms = (time.process_time() - cpu0) * 100
        ratio = django_ms / raw_ms
        ratios.append(ratio)
        print(f"{name:28} {django_ms:10.2f} {django_p90:7.2f} {raw_ms:11.2f} {raw_p90:7.2f} "
              f"{ratio:5.2f}x {len(sqls):7d} {rows:5d} {cpu_ms:13.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if ratios:
        print(f"\nratio django/raw: median {statistics.median(ratios):.2f}x, "
              f"worst {max(ratios):.2f}x (target <= 3x)")


if __name__ == "__main__":
    main()
