"""manage.py evaluate_dates DIR: score the temporal tagger on gold TimeML (TempEval-3 style)."""
from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.parser.timeml import Score, TimeMLError, read_dir, score_doc
from events.parser.timex import tag


class Command(BaseCommand):
    help = ("Score the temporal tagger on a directory of TimeML files (*.tml with <DCT> and "
            "<TIMEX3> gold tags) or of evaluation-corpus articles (NAME.txt + NAME.gold.json "
            "with a 'timex' list): span P/R/F1 strict and relaxed, type and value over "
            "relaxed matches. No database is used.")

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument("-e", "--errors", action="store_true",
                            help="list every miss, spurious tag and wrong type/value")
        parser.add_argument("-b", "--breakdown", action="store_true",
                            help="count the errors by class (type and form of the value, "
                                 "numbers hidden) without showing any document")

    def handle(self, *args, directory, errors, breakdown, **options):
        try:
            docs = read_dir(Path(directory))
        except TimeMLError as exc:
            raise CommandError(str(exc)) from None
        total = Score()
        tag("warm-up on 1 May 2020", docs[0].dct)  # compile the patterns outside the timing
        started = time.perf_counter()
        for doc in docs:
            total.add(score_doc(doc, tag(doc.text, doc.dct), keep_errors=errors))
        elapsed = time.perf_counter() - started
        if errors:
            for name, kind, what, detail in total.errors:
                self.stdout.write(f"{kind:8} {name}: {what} -> {detail}")
        if breakdown:
            for (kind, gold, system), n in total.classes.most_common():
                self.stdout.write(f"{n:5} {kind:8} {gold or '-':24} {system or '-'}")
        sp, sr, sf = total.strict_prf()
        rp, rr, rf = total.relaxed_prf()
        unlocated = sum(d.unlocated for d in docs)
        w = self.stdout.write
        w(f"{directory}: {len(docs)} documents, {total.gold} gold timexes"
          + (f" ({unlocated} gold texts not found in the body, left out)" if unlocated else "")
          + f", {total.system} tagged in {elapsed:.2f} s")
        w(f"{'':18}{'P':>7}{'R':>7}{'F1':>7}")
        w(f"{'span strict':18}{sp:7.3f}{sr:7.3f}{sf:7.3f}")
        w(f"{'span relaxed':18}{rp:7.3f}{rr:7.3f}{rf:7.3f}")
        w(f"{'':18}{'acc':>7}{'F1':>7}")
        w(f"{'type':18}{total.accuracy(total.type_ok):7.3f}"
          f"{total.attribute_f1(total.type_ok):7.3f}")
        w(f"{'value':18}{total.accuracy(total.value_ok):7.3f}"
          f"{total.attribute_f1(total.value_ok):7.3f}")
