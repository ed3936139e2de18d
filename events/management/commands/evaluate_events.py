"""manage.py evaluate_events DIR [-v 2]: score the parser on NAME.txt + NAME.gold.json pairs."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.parser import parse_article
from events.parser.evaluate import GoldError, evaluate_dir, gold_as_events, load_gold
from events.parser.seedformat import ArticleFormatError


def _parse(article):
    return parse_article(body=article.body, published=article.published, title=article.title)


class Command(BaseCommand):
    help = ("Score the event parser on a folder of NAME.txt + NAME.gold.json pairs: precision, "
            "recall, F1 overall and per type, date accuracy; -v 2 lists misses and false alarms. "
            "With --against OTHER, OTHER/NAME.gold.json (a second annotation of the same "
            "articles) is scored instead of the parser: agreement between annotators.")
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument("--against", metavar="OTHER",
                            help="score OTHER/NAME.gold.json (another annotator's) as the "
                                 "system output instead of running the parser")
        parser.add_argument("-b", "--breakdown", action="store_true",
                            help="count misses, false alarms and wrong dates by cause, "
                                 "without printing any article's text")

    def handle(self, *args, directory, verbosity, against=None, breakdown=False,
               **options):
        d = Path(directory)
        if not d.is_dir():
            raise CommandError(f"{directory}: not a folder")
        system = _parse
        if against is not None:
            other = Path(against)
            if not other.is_dir():
                raise CommandError(f"{against}: not a folder")

            def system(article):
                path = other / (Path(article.source_name).stem + ".gold.json")
                if not path.exists():
                    raise GoldError(f"{path}: no second annotation of {article.source_name}")
                return gold_as_events(article, load_gold(path))
        try:
            report = evaluate_dir(d, system)
        except (GoldError, ArticleFormatError) as exc:
            raise CommandError(str(exc)) from None
        if not report.articles:
            raise CommandError(f"{directory}: no NAME.gold.json files")
        out = self.stdout.write
        o = report.overall()
        out(f"{len(report.articles)} articles, {o['tp'] + o['fn']} gold events, "
            f"{o['tp'] + o['fp']} predicted")
        out(f"{'type':<22}{'gold':>5}{'pred':>5}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
        for t, s in report.per_type().items():
            out(f"{t:<22}{s['tp'] + s['fn']:>5}{s['tp'] + s['fp']:>5}{s['tp']:>5}"
                f"{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}")
        out(f"{'ALL':<22}{o['tp'] + o['fn']:>5}{o['tp'] + o['fp']:>5}{o['tp']:>5}"
            f"{o['precision']:>7.2f}{o['recall']:>7.2f}{o['f1']:>7.2f}")
        out(f"date accuracy: {o['dates_right']}/{o['dates_checked']} matched events "
            f"= {o['date_accuracy']:.2f}")
        if breakdown:
            classes = report._sum("classes")
            for cls, n in sorted(classes.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])):
                out(f"{n:5}  {cls}")
        if verbosity >= 2:
            for a in report.articles:
                out(f"\n== {a.name}: {sum(a.tp.values())} matched, {len(a.misses)} missed, "
                    f"{len(a.false_alarms)} false alarms")
                for m in a.misses:
                    out(f"  MISS  {m}")
                for m in a.false_alarms:
                    out(f"  FALSE {m}")
                for m in a.wrong_dates:
                    out(f"  DATE  {m}")
