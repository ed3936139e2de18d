"""manage.py bench_dates [DIR]: the temporal tagger against dateparser's search_dates."""
from __future__ import annotations

import re
import time
import warnings
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.parser.timeml import TimeMLError, read_dir
from events.parser.timex import tag

DEFAULT_DIR = Path(settings.BASE_DIR).parent / "shared" / "timeml" / "TimeBank"

# Which kind of expression a gold timex is, to say who is better at what.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_KINDS = (
    ("explicit date", re.compile(rf"\d.*{_MONTH}|{_MONTH}.*\d|\d{{4}}-\d\d|\d/\d", re.I)),
    ("bare year", re.compile(r"^(?:fiscal\s+)?\d{4}$", re.I)),
    ("weekday / deictic", re.compile(r"day\b|tonight|tomorrow|yesterday", re.I)),
)


def _kind(g) -> str:
    if g.type in ("DURATION", "SET"):
        return "duration / set"
    for name, rx in _KINDS:
        if rx.search(g.text):
            return name
    return "other relative"


def _locate(text: str, found: list[tuple[str, object]]) -> list[tuple[int, int, object]]:
    """search_dates gives substrings, not offsets: find them in order."""
    out, pos = [], 0
    for sub, dt in found:
        i = text.find(sub, pos)
        if i < 0:
            i = text.find(sub)
        if i >= 0:
            out.append((i, i + len(sub), dt))
            pos = i + len(sub)
    return out


def _best(fn, repeat: int):
    """The least CPU time of `repeat` runs, and the last run's result. CPU time of this process,
    not wall time: on a shared machine, wall time mostly measures the neighbours."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return best, result


class Command(BaseCommand):
    help = ("Time (CPU) the temporal tagger and dateparser.search.search_dates on the same texts "
            "(TimeML *.tml or corpus articles) and compare what each finds against the gold "
            "timexes, overall and by kind of expression. No database is used.")

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIR), metavar="DIR")
        parser.add_argument("--limit", type=int, default=0,
                            help="only the first N documents (dateparser is slow)")
        parser.add_argument("--repeat", type=int, default=3,
                            help="runs of each tagger; the best CPU time of each is reported, "
                                 "as timeit does (default 3)")

    def handle(self, *args, directory, limit, repeat, **options):
        try:
            docs = read_dir(Path(directory))
        except TimeMLError as exc:
            raise CommandError(str(exc)) from None
        if limit < 0 or repeat < 1:
            raise CommandError("--limit must be positive and --repeat at least 1")
        if limit:
            docs = docs[:limit]
        from dateparser.search import search_dates

        chars = sum(len(d.text) for d in docs)
        tag(docs[0].text[:2000], docs[0].dct)  # compile the patterns outside the timing
        # Both taggers run here, one after the other, on the same texts, measured the same way.
        t_ours, ours = _best(lambda: [tag(d.text, d.dct) for d in docs], repeat)

        def run_theirs():
            found = []
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for d in docs:
                    base = datetime(d.dct.year, d.dct.month, d.dct.day)
                    found.append(search_dates(d.text, languages=["en"],
                                              settings={"RELATIVE_BASE": base}) or [])
            return found

        t_theirs, theirs = _best(run_theirs, repeat)
        theirs_located = [_locate(d.text, f) for d, f in zip(docs, theirs)]

        kinds: dict[str, list[int]] = {}
        day_ok = [0, 0, 0]  # gold day-precision dates: count, ours right, dateparser right
        for d, o, t in zip(docs, ours, theirs_located):
            for g in d.timexes:
                k = kinds.setdefault(_kind(g), [0, 0, 0])
                k[0] += 1
                mo = next((x for x in o if x.start < g.end and g.start < x.end), None)
                mt = next((x for x in t if x[0] < g.end and g.start < x[1]), None)
                k[1] += mo is not None
                k[2] += mt is not None
                if re.fullmatch(r"\d{4}-\d\d-\d\d", g.value) and g.type == "DATE":
                    day_ok[0] += 1
                    day_ok[1] += bool(mo and mo.value == g.value)
                    day_ok[2] += bool(mt and mt[2].date().isoformat() == g.value)
        gold = sum(len(d.timexes) for d in docs)
        n_ours = sum(len(o) for o in ours)
        n_theirs = sum(len(t) for t in theirs)

        def hits(found):
            return sum(1 for d, f in zip(docs, found) for g in d.timexes
                       if any(a < g.end and g.start < b for a, b, *_ in f))

        ours_spans = [[(x.start, x.end) for x in o] for o in ours]
        w = self.stdout.write
        w(f"{directory}: {len(docs)} documents, {chars:,} characters, {gold} gold timexes")
        w(f"{'':28}{'CPU s':>9}{'µs/char':>9}{'found':>7}{'gold hit':>10}")
        w(f"{'timex tagger':28}{t_ours:9.3f}{t_ours / chars * 1e6:9.2f}{n_ours:7}"
          f"{hits(ours_spans):10}")
        w(f"{'dateparser search_dates':28}{t_theirs:9.3f}{t_theirs / chars * 1e6:9.2f}"
          f"{n_theirs:7}{hits(theirs_located):10}")
        w(f"speed ratio: the tagger is {t_theirs / t_ours:.1f}x faster" if t_ours else "")
        w("gold timexes found (relaxed overlap), by kind:")
        w(f"  {'kind':22}{'gold':>6}{'tagger':>8}{'dateparser':>12}")
        for name, (n, a, b) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
            w(f"  {name:22}{n:6}{a:8}{b:12}")
        w(f"gold day dates resolved to the right day: tagger {day_ok[1]}/{day_ok[0]}, "
          f"dateparser {day_ok[2]}/{day_ok[0]}")
