"""manage.py ingest PATH...: store articles (seed-format .txt or .json) and their events."""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction

from events.parser.batch import ParsedFile, collect_paths, init_worker, parse_file
from events.services import actor_gazetteer, article_store

# Below this many files a process pool costs more than it saves.
POOL_THRESHOLD = 8


class Command(BaseCommand):
    help = ("Ingest articles: files or folders of seed-format .txt (first line "
            "'date YYYY-MM-DD Title') or .json articles; '-' reads one article from stdin.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                            help="parser processes (default: all cores)")
        parser.add_argument("--batch-size", type=int, default=100,
                            help="articles written per transaction")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, paths, workers, batch_size, no_progress, verbosity, **options):
        if workers < 1 or batch_size < 1:
            raise CommandError("--workers and --batch-size must be at least 1")
        files, problems = collect_paths(list(paths))
        for problem in problems:
            self.stderr.write(problem)
        if not files:
            raise CommandError("nothing to ingest")

        counts: Counter = Counter()
        counts["failed"] += len(problems)
        started = time.perf_counter()
        gazetteer = actor_gazetteer()
        progress = None
        if len(files) > 20 and not no_progress and verbosity > 0:
            from tqdm import tqdm

            progress = tqdm(total=len(files), unit="article", file=sys.stderr, disable=None)

        batch: list[ParsedFile] = []
        for parsed in self._parse_all(files, gazetteer, workers):
            batch.append(parsed)
            if len(batch) >= batch_size:
                self._store(batch, counts, verbosity)
                batch = []
            if progress is not None:
                progress.update(1)
        self._store(batch, counts, verbosity)
        if progress is not None:
            progress.close()

        elapsed = time.perf_counter() - started
        ok = counts["new"] + counts["unchanged"] + counts["updated"]
        self.stdout.write(
            f"new: {counts['new']}, unchanged: {counts['unchanged']}, "
            f"updated: {counts['updated']}, failed: {counts['failed']}; "
            f"{counts['events']} new events; {ok / elapsed if elapsed else 0:.1f} articles/s"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} input(s) could not be ingested (see above)")

    def _parse_all(self, files, gazetteer, workers):
        if workers == 1 or len(files) < POOL_THRESHOLD or "-" in files:
            init_worker(gazetteer)
            yield from (parse_file(f) for f in files)
            return
        # Workers only parse (pure Python); all database writes stay in this process. A forked
        # child must not share a live database socket, so close it first, unless a caller's
        # transaction holds it (a test, or ingest called inside atomic()): children never touch
        # the database and exit without closing what they inherited, so that is safe too.
        if not any(conn.in_atomic_block for conn in connections.all(initialized_only=True)):
            connections.close_all()
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        with ctx.Pool(workers, initializer=init_worker, initargs=(gazetteer,)) as pool:
            yield from pool.imap(parse_file, files, chunksize=8)

    def _store(self, batch, counts, verbosity):
        if not batch:
            return
        memo: dict = {}
        with transaction.atomic():
            for parsed in batch:
                if parsed.error:
                    counts["failed"] += 1
                    self.stderr.write(parsed.error)
                    continue
                try:
                    # A savepoint per article: one bad article never undoes its batch-mates.
                    with transaction.atomic():
                        result = article_store(article=parsed.article, extracted=parsed.events,
                                               memo=memo)
                except Exception as exc:  # noqa: BLE001 - reported, the rest go on
                    counts["failed"] += 1
                    memo.clear()
                    self.stderr.write(f"{parsed.name}: not stored ({exc})")
                    continue
                counts[result.status] += 1
                counts["events"] += result.events_created
                if verbosity > 1:
                    self.stdout.write(f"{parsed.name}: {result.message}")
