"""manage.py evaluate_phrases FILE.jsonl ...: the parser on one-act news items, type by type."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.parser import parse_article
from events.parser.evaluate import GoldError, _builtin_aliases
from events.parser.phrasebook import OUTCOMES, load_items, score_items


def _parse(text, published):
    return parse_article(body=text, published=published, title="")


class Command(BaseCommand):
    help = ("Score the event parser on phrasebook files (JSON lines: text, type, actor, target; "
            "type 'none' for copy that reports no act): per type, how many items it reads with "
            "the right type and actor, another type, another actor, or nothing; and how many "
            "'none' items it reads an act from; where an item gives its 'published' day and the "
            "act's 'date', the date of each act read right. -v 2 lists every failure.")
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")

    def handle(self, *args, files, verbosity, **options):
        items = []
        for f in files:
            path = Path(f)
            if not path.is_file():
                raise CommandError(f"{f}: no such file")
            try:
                items += load_items(path)
            except GoldError as exc:
                raise CommandError(str(exc)) from None
        score = score_items(items, _parse, _builtin_aliases())
        out = self.stdout.write
        out(f"{'type':<22}{'items':>6}" + "".join(f"{o:>12}" for o in OUTCOMES) + f"{'right %':>9}")
        total: Counter = Counter()
        for t in sorted(score.by_type):
            c = score.by_type[t]
            total.update(c)
            n = sum(c.values())
            out(f"{t:<22}{n:>6}" + "".join(f"{c[o]:>12}" for o in OUTCOMES)
                + f"{100 * c['right'] / n:>8.0f}%")
        n = sum(total.values())
        if n:
            out(f"{'ALL':<22}{n:>6}" + "".join(f"{total[o]:>12}" for o in OUTCOMES)
                + f"{100 * total['right'] / n:>8.0f}%")
        if score.negatives:
            out(f"'none' items read as an act: {score.false_alarms}/{score.negatives}")
        if score.dates_checked:
            out(f"dates right (of the acts read right whose item gives one): "
                f"{score.dates_right}/{score.dates_checked}")
        if verbosity >= 2:
            for line in score.failures:
                out(f"  {line}")
