"""What an editor types as a date, understood; and an event's date, shown to a person.

Both are thin: reading is the temporal tagger's `parse_expression` (the same grammar the parser
uses, so an editor's "mid-December 2025" means what the parser's does), showing is
`events.display.display_date` (the same words the API and the widget print).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import taxonomy
from ..display import display_date
from ..parser.timex import parse_expression


@dataclass(frozen=True)
class UnderstoodDate:
    value: str
    precision: str
    mod: str
    start: date
    end: date


class DateNotUnderstood(ValueError):
    pass


def understand_date(text: str, *, dct: date | None = None) -> UnderstoodDate:
    text = " ".join((text or "").split())
    if not text:
        raise DateNotUnderstood("Type a date.")
    found = _from_timex(text, dct)
    if found is None:
        raise DateNotUnderstood(
            f"{text!r} is not a date I understand; try 2026-01-07, January 2026, "
            "mid-December 2025 or Q4 2025.")
    if found.precision not in taxonomy.PRECISIONS:
        raise DateNotUnderstood(
            f"{text!r} is a {found.precision}; events store a day, week, month, quarter, "
            "season, year or decade.")
    return found


def _from_timex(text: str, dct: date | None) -> UnderstoodDate | None:
    try:
        tx = parse_expression(text, dct)
    except Exception:  # noqa: BLE001 - a tagger bug must not break the edit form
        return None
    # Only a DATE that covers what was typed counts ("talks in 2026" is not a date).
    if tx is None or tx.range is None or not tx.precision or tx.type != "DATE":
        return None
    if len(tx.text) < len(text) - 2:
        return None
    return UnderstoodDate(value=tx.value, precision=tx.precision, mod=tx.mod or "",
                          start=tx.range[0], end=tx.range[1])


# --- Display ----------------------------------------------------------------------------------

def event_date_display(event) -> str:
    """The event's date as a person says it: "7 January 2026", "mid-December 2025"."""
    if event.date_start is None:
        return "undated"
    return display_date(start=event.date_start, end=event.date_end, precision=event.precision,
                        mod=event.date_mod, value=event.date_value)
