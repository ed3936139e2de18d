"""TIMEX3 values: precision, concrete day ranges, and the calendar arithmetic behind them.

Pure: no Django, no regexes over text. A value is a string such as `2026-01-07`, `2026-W03`,
`2025-12`, `2025-Q4`, `2025-H1`, `2025-WI`, `2025`, `202` (decade) or `19` (century).
Precisions are those of `events.taxonomy.PRECISIONS` (this module does not import Django).
"""
from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

SEASON_MONTHS = {  # meteorological seasons (northern hemisphere), as HeidelTime reads them
    "SP": ((3, 1), (5, 31)),
    "SU": ((6, 1), (8, 31)),
    "FA": ((9, 1), (11, 30)),
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


# Cached: a text names the same few values again and again, and both are pure functions of
# immutable arguments (a range is a tuple of dates).
@functools.lru_cache(maxsize=4096)
def precision_of(value: str | None) -> str | None:
    """The granularity of a DATE value, one of `events.taxonomy.PRECISIONS` (day, week,
    month, quarter, season, year, decade); a half year (2025-H1) counts as `year`, the
    coarsest precision that holds it. None for centuries (outside the taxonomy), references
    (PAST_REF...), durations and unknown shapes."""
    if not value:
        return None
    for pattern, name in ((_DAY, "day"), (_WEEK, "week"), (_MONTH, "month"),
                          (_QUARTER, "quarter"), (_HALF, "year"), (_SEASON, "season"),
                          (_YEAR, "year"), (_DECADE, "decade")):
        if pattern.match(value):
            return name
    return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def iso_week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _base_range(value: str) -> tuple[date, date] | None:
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            first = iso_week_start(int(m[1]), int(m[2]))
            if value.endswith("-WE"):
                return first + timedelta(days=5), first + timedelta(days=6)
            return first, first + timedelta(days=6)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), month_end(y, 6 * h)
        if m := _SEASON.match(value):
            y, s = int(m[1]), m[2]
            if s == "WI":  # winter 2025 = December 2025 to February 2026
                return date(y, 12, 1), month_end(y + 1, 2)
            (m1, d1), (m2, d2) = SEASON_MONTHS[s]
            return date(y, m1, d1), date(y, m2, d2)
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:  # 2026-02-31, week 54, year 0...
        return None
    return None


@functools.lru_cache(maxsize=4096)
def value_range(value: str | None, mod: str | None = None) -> tuple[date, date] | None:
    """First and last day (inclusive) of a DATE value, narrowed by its modifier.

    START / MID / END keep the first / middle / last third of the period: a month splits at
    days 10 and 20 (mid-December 2025 = 2025-12-11..2025-12-20, late December = 21..31); a
    period of whole months (quarter, season, year, decade) splits into thirds by months (early
    2024 = 2024-01-01..2024-04-30); a week splits into days 1-2, 3-5, 6-7. A day is not
    narrowed. APPROX and the before/after family (BEFORE, AFTER, ON_OR_BEFORE...) keep the
    period itself: they say where to look, not a tighter span.
    """
    if not value:
        return None
    rng = _base_range(value)
    if rng is None or mod not in ("START", "MID", "END"):
        return rng
    first, last = rng
    if first == last:
        return rng
    if first.day == 1 and last.month == first.month and last.year == first.year:
        cuts = (date(first.year, first.month, 10), date(first.year, first.month, 20))
        return {"START": (first, cuts[0]), "MID": (cuts[0] + timedelta(days=1), cuts[1]),
                "END": (cuts[1] + timedelta(days=1), last)}[mod]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day == 1 and months >= 3 and last == month_end(last.year, last.month):
        third = months // 3

        def shift(d: date, n: int) -> date:
            k = d.year * 12 + d.month - 1 + n
            return date(k // 12, k % 12 + 1, 1)

        if mod == "START":
            end = shift(first, third)
            return first, end - timedelta(days=1)
        if mod == "END":
            return shift(first, months - third), last
        return shift(first, third), shift(first, months - third) - timedelta(days=1)
    days = (last - first).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)
