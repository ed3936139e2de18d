"""manage.py extract_dates PATH [--dct YYYY-MM-DD]: the temporal expressions of a file."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.parser.seedformat import ArticleFormatError, check_body, decode, split_seed
from events.parser.timex import tag


class Command(BaseCommand):
    help = ("Print one JSON object per temporal expression of a text file: start, end "
            "(character offsets into the file's text as read), text, type, value, mod, "
            "precision, range. With --dct the whole file is the text; without it the file is "
            "in the seed format and its first line ('date YYYY-MM-DD Title') gives the "
            "publication date. No database is used.")

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="a text file, or - for stdin")
        parser.add_argument("--dct", metavar="YYYY-MM-DD",
                            help="publication date; the whole file is then the text")

    def handle(self, *args, path, dct, **options):
        name = "stdin" if path == "-" else path
        try:
            if path == "-":
                import sys

                raw = sys.stdin.buffer.read()
            else:
                p = Path(path)
                if p.is_dir():
                    raise CommandError(f"{path}: is a directory, not a file")
                raw = p.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: cannot read ({exc.strerror or exc})") from None
        try:
            text = decode(raw, name=name)
            if dct is not None:
                try:
                    published = date.fromisoformat(dct)
                except ValueError:
                    raise CommandError(f"--dct {dct!r} is not a date in the form YYYY-MM-DD")
                check_body(text, name=name)
                parts = [(0, text)]
            else:
                published, title, body = split_seed(text, name=name)
                head_end = text.find("\n")
                # Tag the title (after the date) and the body, each at its offset in the file.
                after_date = text.find(published.isoformat()) + 10  # search past the date
                m_title = (text.find(title, after_date, head_end)
                           if title and head_end > after_date else -1)
                parts = [(len(text) - len(body), body)]
                if m_title >= 0:
                    parts.insert(0, (m_title, title))
        except ArticleFormatError as exc:
            raise CommandError(str(exc)) from None
        for offset, chunk in parts:
            for t in tag(chunk, published):
                row = t.as_dict()
                row["start"] += offset
                row["end"] += offset
                self.stdout.write(json.dumps(row, ensure_ascii=False))
