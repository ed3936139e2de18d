"""Human display dates from an event's structured date: "7 January 2026", "mid-December 2025",
"Q4 2025", "winter 2025", "the 1990s".

Shared by the API, the admin and the widget (server side; the widget localises in JS from the
structured fields). Pure Python: no Django imports, so it is cheap to call per row.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEASONS = {"WI": "winter", "SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn"}
# START/MID/END qualify a period ("early 2024"); the others qualify a point in time.
PART = {"START": "early", "MID": "mid", "END": "late"}
POINT = {"APPROX": "around", "BEFORE": "before", "ON_OR_BEFORE": "by", "AFTER": "after",
         "ON_OR_AFTER": "since", "LESS_THAN": "less than", "MORE_THAN": "more than",
         "EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least"}
UNDATED = "undated"


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _parse_value(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


def _day_range(start: date, end: date) -> str:
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def _with_part(mod: str, text: str, *, hyphen: bool) -> str:
    """'early 2024', 'mid-2024' / 'mid-December 2025', 'late Q4 2025'."""
    word = PART.get(mod)
    if not word:
        return text
    if word == "mid" and hyphen:
        return f"mid-{text}"
    return f"{word} {text}"


def _period(*, start: date | None, precision: str, value: str) -> str | None:
    """The period itself, without modifiers; None when the fields do not say enough."""
    v = value or ""
    if precision == "month":
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m and 1 <= int(m[2]) <= 12:
            return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
        return f"{MONTHS[start.month - 1]} {start.year}" if start else None
    if precision == "quarter":
        m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
        if m:
            return f"Q{m[2]} {m[1]}"
        return f"Q{(start.month - 1) // 3 + 1} {start.year}" if start else None
    if precision == "season":
        m = re.fullmatch(r"(\d{4})-(WI|SP|SU|FA|AU)", v)
        if m:
            return f"{SEASONS[m[2]]} {m[1]}"
        return None
    if precision == "year":
        m = re.fullmatch(r"(\d{4})", v)
        if m:
            return m[1]
        return str(start.year) if start else None
    if precision == "decade":
        m = re.fullmatch(r"(\d{3})X?", v)
        if m:
            return f"the {m[1]}0s"
        return f"the {start.year // 10}0s" if start else None
    return None


def display_date(*, start: date | None, end: date | None, precision: str | None,
                 mod: str | None, value: str | None = "", lang: str = "en") -> str:
    """A short English phrase for an event's date. `lang` is accepted for the shared contract;
    only English is produced server side (the widget localises from the structured fields)."""
    precision = precision or ""
    mod = mod or ""
    value = value or ""
    if start is None and not value:
        return UNDATED
    end = end or start

    if precision == "day" or (not precision and start):
        d = start or _parse_value(value)
        if d is None:
            return value or UNDATED
        text = _day_range(d, end or d)
    elif precision == "week":
        if start is None:
            return value or UNDATED
        text = f"week of {_day(start)}"
    else:
        period = _period(start=start, precision=precision, value=value)
        if period is None:
            if start is None:
                return value or UNDATED
            text = _day_range(start, end)
        elif mod in PART:
            if precision == "decade":  # "the early 1990s"
                return f"the {PART[mod]} {period[4:]}" if PART[mod] != "mid" else \
                    f"the mid-{period[4:]}"
            return _with_part(mod, period, hyphen=True)
        else:
            text = period
    if mod in POINT:
        return f"{POINT[mod]} {text}"
    if mod in PART and precision in ("day", "week"):
        return _with_part(mod, text, hyphen=False)
    return text
