"""The temporal tagger: find the time expressions of a text and resolve them (TIMEX3).

Pure Python (no Django): text and the document creation time (DCT, the publication date) in,
`Timex` dataclasses out. The event extractor calls `tag`; the admin's date field calls
`parse_expression`. Offsets index the text passed in, so `text[t.start:t.end] == t.text`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .values import precision_of, value_range

__all__ = ["Timex", "tag", "parse_expression", "value_range", "precision_of"]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str  # text[start:end] of the input
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2026-01-07, 2025-12, 2025-Q4, P4Y, PAST_REF, XXXX-07...
    mod: str | None  # START MID END APPROX BEFORE AFTER ON_OR_BEFORE ... or None
    precision: str | None  # events.taxonomy.PRECISIONS: day week month quarter season year decade
    range: tuple[date, date] | None  # first and last day (inclusive) for DATEs, else None
    tense: str | None = None  # past | future | present when the context decided the reading

    def as_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "mod": self.mod, "precision": self.precision,
            "range": [self.range[0].isoformat(), self.range[1].isoformat()]
            if self.range else None,
        }


def tag(text: str, dct: date) -> list[Timex]:
    """Every temporal expression of `text`, in text order, resolved against `dct`."""
    from .grammar import tag_text

    if not text:
        return []
    return tag_text(text, _day(dct))


def parse_expression(text: str, dct: date | None = None) -> Timex | None:
    """One expression an editor types ("mid-December 2025", "2026-01-07", "Q4 2025", "early
    next month", "3 mars 2025") -> its Timex (offsets index `text`), or None if not
    understood. Relative expressions resolve against `dct` (today when None)."""
    from .grammar import parse_one

    return parse_one(text, _day(dct) if dct else date.today())


def _day(d: date) -> date:
    # A datetime (a publication timestamp) resolves as its day, not as "2026-01-20T08:00".
    return d.date() if isinstance(d, datetime) else d
