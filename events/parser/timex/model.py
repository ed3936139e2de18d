"""The tagger's output record, apart from the package so that the engine can build it
without importing the package that imports the engine."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
