"""manage.py extract PATH: parse one seed-format article and print its events as JSON lines.

No database: the parser runs on its built-in gazetteer ('-' reads the article from stdin).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.parser import parse_article
from events.parser.seedformat import ArticleFormatError, parse_seed
from events.parser.types import ActorRef, ExtractedEvent


def _actor(ref: ActorRef | None) -> dict | None:
    if ref is None:
        return None
    return {"name": ref.name, "kind": ref.kind, "country": ref.country, "role": ref.role}


def event_json(ev: ExtractedEvent) -> dict:
    d = ev.date
    first = ev.evidence[0] if ev.evidence else None
    return {
        "type": ev.type, "cameo": ev.cameo, "actor": _actor(ev.actor),
        "target": _actor(ev.target),
        "date": {"value": d.value, "precision": d.precision, "mod": d.mod,
                 "start": d.start.isoformat() if d.start else None,
                 "end": d.end.isoformat() if d.end else None, "source": d.source,
                 "text": d.text},
        "evidence": {"sentence": first.sentence, "start": first.start, "end": first.end}
        if first else None,
        "more_evidence": [{"sentence": e.sentence, "start": e.start, "end": e.end}
                          for e in ev.evidence[1:]],
        "quote": ev.quote, "summary": ev.summary, "confidence": ev.confidence,
    }


class Command(BaseCommand):
    help = "Print the events of one seed-format article as JSON lines ('-' reads stdin)."
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")

    def handle(self, *args, path, **options):
        if path == "-":
            raw, name = sys.stdin.buffer.read(), "stdin"
        else:
            p = Path(path)
            if not p.is_file():
                raise CommandError(f"{path}: no such file")
            try:
                raw = p.read_bytes()
            except OSError as exc:
                raise CommandError(f"{path}: cannot read ({exc.strerror})") from None
            name = p.name
        try:
            article = parse_seed(raw, name=name)
        except ArticleFormatError as exc:
            raise CommandError(str(exc)) from None
        events = parse_article(body=article.body, published=article.published,
                               title=article.title)
        try:
            for ev in events:
                self.stdout.write(json.dumps(event_json(ev), ensure_ascii=False))
            self.stdout.flush()
        except BrokenPipeError:
            # `extract x.txt | head -1`: the reader left; that is not an error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
