"""What an editor types as a date, understood; and an event's date, shown to a person.

`understand_date` prefers the project's temporal tagger (`events.parser.timex`) and falls back
to a small reading of ISO-like values plus dateparser for a single day, so the admin works
whichever parts of the parser are installed.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .. import taxonomy


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
    found = _from_timex(text, dct) or _from_fallback(text, dct)
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
        from ..parser.timex import parse_expression
    except ImportError:
        return None
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


_MODS = {"early": "START", "start of": "START", "beginning of": "START", "mid": "MID",
         "middle of": "MID", "late": "END", "end of": "END"}
_MOD_RE = re.compile(r"^(early|start of|beginning of|mid-?|middle of|late|end of)\s*",
                     re.IGNORECASE)
_QUARTER = re.compile(r"^(?:(\d{4})-?Q([1-4])|Q([1-4])\s+(\d{4}))$", re.IGNORECASE)


def _narrow(start: date, end: date, mod: str) -> tuple[date, date]:
    """START/MID/END keep the first/middle/last third of the period (whole months for a year
    or a quarter: early 2024 is January to April)."""
    from datetime import timedelta

    if not mod or mod not in ("START", "MID", "END"):
        return start, end
    part = ("START", "MID", "END").index(mod)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day == 1 and months >= 3 and months % 3 == 0:
        step = months // 3
        first = start.month - 1 + part * step
        last = first + step - 1
        y1, m1 = start.year + first // 12, first % 12 + 1
        y2, m2 = start.year + last // 12, last % 12 + 1
        return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
    third = ((end - start).days + 1) // 3
    if part == 0:
        return start, start + timedelta(days=third - 1)
    if part == 1:
        return start + timedelta(days=third), start + timedelta(days=2 * third - 1)
    return start + timedelta(days=2 * third), end


def _from_fallback(text: str, dct: date | None) -> UnderstoodDate | None:
    mod = ""
    m = _MOD_RE.match(text)
    if m:
        mod = _MODS[m[1].lower().rstrip("-")]
        text = text[m.end():]
    if re.fullmatch(r"\d{4}", text):
        y = int(text)
        start, end = _narrow(date(y, 1, 1), date(y, 12, 31), mod)
        return UnderstoodDate(text, "year", mod, start, end)
    if q := _QUARTER.match(text):
        y = int(q[1] or q[4])
        n = int(q[2] or q[3])
        start = date(y, 3 * n - 2, 1)
        last = date(y, 3 * n, calendar.monthrange(y, 3 * n)[1])
        start, end = _narrow(start, last, mod)
        return UnderstoodDate(f"{y}-Q{n}", "quarter", mod, start, end)
    if mm := re.fullmatch(r"(\d{4})-(\d{2})", text):
        y, mo = int(mm[1]), int(mm[2])
        if 1 <= mo <= 12:
            start, end = _narrow(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), mod)
            return UnderstoodDate(f"{y}-{mo:02d}", "month", mod, start, end)
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", text)) or \
        bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))
    # English only: guessing among 200 locales costs seconds on a first call.
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    d = parsed.date()
    if has_day and not mod:
        return UnderstoodDate(d.isoformat(), "day", "", d, d)
    # "December 2025", "mid-December 2025": a month.
    start, end = _narrow(date(d.year, d.month, 1),
                         date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]), mod)
    return UnderstoodDate(f"{d.year}-{d.month:02d}", "month", mod, start, end)


# --- Display ----------------------------------------------------------------------------------

_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
              "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before",
              "ON_OR_AFTER": "on or after"}


def event_date_display(event) -> str:
    """The event's date as a person says it: "7 January 2026", "mid-December 2025"."""
    if event.date_start is None:
        return "undated"
    try:
        from ..display import display_date
    except ImportError:
        display_date = None
    if display_date is not None:
        try:
            return display_date(start=event.date_start, end=event.date_end,
                                precision=event.precision, mod=event.date_mod,
                                value=event.date_value)
        except Exception:  # noqa: BLE001 - fall back to our own wording
            pass
    return fallback_display(start=event.date_start, end=event.date_end,
                            precision=event.precision, mod=event.date_mod,
                            value=event.date_value)


def fallback_display(*, start, end, precision, mod="", value="") -> str:
    if precision == "day":
        text = f"{start.day} {start:%B %Y}"
    elif precision == "month":
        text = f"{start:%B %Y}" if not mod else f"{_month_of(value, start):%B %Y}"
    elif precision == "quarter":
        text = value.replace("-", " ") if value else f"{start:%b}–{end:%b %Y}"
    elif precision == "year":
        text = value[:4] if value else str(start.year)
    elif precision == "week":
        text = f"week of {start.day} {start:%B %Y}"
    elif precision == "decade":
        text = f"the {value[:3]}0s" if value else f"the {start.year // 10 * 10}s"
    else:
        text = f"{start.isoformat()}–{end.isoformat()}" if end and end != start \
            else start.isoformat()
    word = _MOD_WORDS.get(mod or "", "")
    if word == "mid":
        return f"mid-{text}"
    return f"{word} {text}" if word else text


def _month_of(value: str, start: date) -> date:
    m = re.match(r"(\d{4})-(\d{2})", value or "")
    return date(int(m[1]), int(m[2]), 1) if m else start
