"""manage.py bench_parser [DIR...]: time full event extraction against dateparser's
`search_dates` on the same texts, in the same run, and print both and the ratio.

Sets: the seed folder (or the folders given), and a larger generated set made by reshuffling
their paragraphs into new articles (deterministic: fixed random seed). No database needed.
"""
from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.parser import parse_article
from events.parser.extract import dates as dates_mod
from events.parser.seedformat import ArticleFormatError, ArticleInput, parse_seed


def load_dir(d: Path) -> list[ArticleInput]:
    out = []
    for p in sorted(d.glob("*.txt")):
        try:
            out.append(parse_seed(p.read_bytes(), name=p.name))
        except ArticleFormatError:
            continue
    return out


def generate(articles: list[ArticleInput], n: int, seed: int = 4) -> list[ArticleInput]:
    """New articles of 6-14 paragraphs drawn from the given ones, with shifted dates."""
    rng = random.Random(seed)
    paras = [p for a in articles for p in a.body.split("\n\n") if p.strip()]
    if not paras:
        return []
    out = []
    for i in range(n):
        body = "\n\n".join(rng.choice(paras) for _ in range(rng.randint(6, 14)))
        base = rng.choice(articles)
        out.append(replace(base, body=body, title=f"generated {i}",
                           published=base.published + timedelta(days=rng.randint(0, 400))))
    return out


def _best(fn, repeat: int) -> float:
    """Best CPU time of `repeat` runs: process time, not wall time, so that other programs
    sharing the machine do not skew the comparison (both sides are measured the same way)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


class Command(BaseCommand):
    help = ("Time full event extraction against dateparser.search.search_dates on the same "
            "texts (the seed folder and a generated set); prints both and the ratio.")
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("dirs", nargs="*", metavar="DIR",
                            help="folders of seed-format .txt (default: seeds/)")
        parser.add_argument("--generated", type=int, default=200,
                            help="articles in the generated set (default 200; 0 to skip)")
        parser.add_argument("--repeat", type=int, default=5,
                            help="parser runs per set; the best is reported (default 5)")
        parser.add_argument("--plain", type=int, default=5, metavar="N",
                            help="also time a plain search_dates(text) call, which detects the "
                                 "language, on the first N articles of each set (default 5; "
                                 "0 to skip: it is ~25x slower than the English-only call)")

    def handle(self, *args, dirs, generated, repeat, plain, **options):
        if generated < 0 or repeat < 1 or plain < 0:
            raise CommandError("--generated and --plain must be >= 0 and --repeat >= 1")
        folders = [Path(d) for d in dirs] or [Path(settings.BASE_DIR) / "seeds"]
        for d in folders:
            if not d.is_dir():
                raise CommandError(f"{d}: not a folder")
        base = [a for d in folders for a in load_dir(d)]
        if not base:
            raise CommandError("no seed-format articles found")
        try:
            from dateparser.search import search_dates
        except ImportError:  # pragma: no cover - dateparser is a runtime dependency
            raise CommandError("dateparser is not installed") from None

        sets = [(", ".join(str(d) for d in folders), base)]
        if generated:
            sets.append((f"generated ({generated} articles)", generate(base, generated)))
        # Warm both up: dateparser loads its language data on first use, we compile regexes.
        for a in base[:3]:
            parse_article(body=a.body, published=a.published, title=a.title)
            search_dates(a.body, languages=["en"])
        if plain:  # its language detector loads its models on the first call
            search_dates(base[0].body)

        out = self.stdout.write
        for name, arts in sets:
            chars = sum(len(a.body) for a in arts)
            events = sum(len(parse_article(body=a.body, published=a.published, title=a.title))
                         for a in arts)
            timexes = sum(len(dates_mod.tag(a.body, a.published)) for a in arts)
            ours = _best(lambda: [parse_article(body=a.body, published=a.published,
                                                title=a.title) for a in arts], repeat)
            tagger = _best(lambda: [dates_mod.tag(a.body, a.published) for a in arts], repeat)
            found: list[int] = []

            def run_dp():
                found.clear()
                for a in arts:
                    base_dt = datetime.combine(a.published, datetime.min.time())
                    res = search_dates(a.body, languages=["en"],
                                       settings={"RELATIVE_BASE": base_dt})
                    found.append(len(res or []))

            theirs = _best(run_dp, 1)
            n = len(arts)
            out(f"== {name}: {n} articles, {chars:,} characters")
            out(f"  parse_article (full extraction): {ours:8.3f} s  "
                f"{ours / n * 1000:7.2f} ms/article  -> {events} events, {timexes} time "
                f"expressions")
            out(f"    of which the temporal tagger:  {tagger:8.3f} s  "
                f"{tagger / n * 1000:7.2f} ms/article")
            out(f"  dateparser search_dates:         {theirs:8.3f} s  "
                f"{theirs / n * 1000:7.2f} ms/article  -> {sum(found)} dates, no events")
            out(f"  ratio search_dates / parse_article: {theirs / ours:6.1f}x   "
                f"(CPU time, best of {repeat} runs for ours, 1 for search_dates)")
            if plain:
                self._plain(arts[:plain], repeat, search_dates)

    def _plain(self, arts, repeat, search_dates):
        """search_dates(text) as a caller would first write it: without `languages`, dateparser
        detects the language of each text, which dominates its cost. The English-only call above
        is the fair baseline for an English parser; this one is what the plain call costs."""
        ours = _best(lambda: [parse_article(body=a.body, published=a.published, title=a.title)
                              for a in arts], repeat)
        theirs = _best(lambda: [search_dates(a.body) for a in arts], 1)
        n = len(arts)
        self.stdout.write(
            f"  plain search_dates(text), first {n}: {theirs / n * 1000:7.2f} ms/article vs "
            f"{ours / n * 1000:.2f} ms/article ours -> ratio {theirs / ours:6.1f}x")
