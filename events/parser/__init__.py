"""The article parser: text and publication date in, extracted events out.

Pure Python (no ORM, no network) so that it is fast, testable alone, and can run in worker
processes or on a task queue. `parse_article` is the one seam the rest of the service calls.
"""
from __future__ import annotations

from datetime import date

from .types import ActorRef, DateRef, Evidence, ExtractedEvent, Gazetteer, KnownActor

PARSER_VERSION = "1.30"

__all__ = [
    "PARSER_VERSION", "parse_article", "ActorRef", "DateRef", "Evidence", "ExtractedEvent",
    "Gazetteer", "KnownActor",
]


def parse_article(*, body: str, published: date, title: str = "",
                  gazetteer: Gazetteer | None = None) -> list[ExtractedEvent]:
    """Return the diplomatic events the article body reports (offsets index `body`)."""
    from .extract import extract

    return extract(body=body, published=published, title=title, gazetteer=gazetteer)
