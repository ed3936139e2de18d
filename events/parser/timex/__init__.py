"""The temporal tagger: find the time expressions of a text and resolve them (TIMEX3).

Pure Python (no Django): text and the document creation time (DCT, the publication date) in,
`Timex` dataclasses out. The event extractor calls `tag`; the admin's date field calls
`parse_expression`. Offsets index the text passed in, so `text[t.start:t.end] == t.text`.
"""
from __future__ import annotations

from datetime import date, datetime

from .grammar import parse_one, tag_text
from .model import Timex
from .values import precision_of, value_range

__all__ = ["Timex", "tag", "parse_expression", "value_range", "precision_of"]


def tag(text: str, dct: date) -> list[Timex]:
    """Every temporal expression of `text`, in text order, resolved against `dct`."""
    if not text:
        return []
    return tag_text(text, _day(dct))


def parse_expression(text: str, dct: date | None = None) -> Timex | None:
    """One expression an editor types ("mid-December 2025", "2026-01-07", "Q4 2025", "early
    next month", "3 mars 2025") -> its Timex (offsets index `text`), or None if not
    understood. Relative expressions resolve against `dct` (today when None)."""
    return parse_one(text, _day(dct) if dct else date.today())


def _day(d: date) -> date:
    # A datetime (a publication timestamp) resolves as its day, not as "2026-01-20T08:00".
    return d.date() if isinstance(d, datetime) else d
