"""Calendar arithmetic for resolving relative expressions against a reference date."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .values import precision_of, value_range, week_value


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def value_at(d: date, precision: str) -> str:
    """The value of the period of `precision` that contains day `d`."""
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return week_value(d)
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if precision == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if precision == "decade":
        return f"{d.year // 10:03d}"
    if precision == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def shift(d: date, n: float, unit: str) -> date:
    """d moved by n units (day, week, month, quarter, year, decade, century)."""
    n = int(n)
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_years(d, n)
    if unit == "decade":
        return add_years(d, 10 * n)
    if unit == "century":
        return add_years(d, 100 * n)
    return d


_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI|H1|H2)$")


def shift_value(value: str, n: int, unit: str) -> str | None:
    """A concrete value moved by n units, keeping its precision (2025-Q3, -1 year ->
    2024-Q3); None when the value is not concrete."""
    if m := _SEASON.match(value):
        return f"{int(m[1]) + (n if unit == 'year' else 0):04d}-{m[2]}"
    precision = precision_of(value)
    if precision is None:
        return None
    rng = value_range(value)
    if rng is None:
        return None
    return value_at(shift(rng[0], n, unit), precision)


def weekday_date(dct: date, weekday: int, tense: str | None, rel: str | None = None) -> date:
    """The date of a weekday named in an article of `dct`: the same day when it is the
    DCT's weekday (news convention: "said Friday" in a Friday paper), else the one before
    (past, the default in news) or after (future, "next")."""
    delta = weekday - dct.weekday()
    if rel in ("next", "coming", "this coming", "following"):
        return dct + timedelta(days=delta % 7 or 7)
    if rel in ("last", "previous", "this past", "past"):
        back = (-delta) % 7 or 7
        if back == 1 and rel == "last":
            # "last Wednesday" in a Thursday paper: the day before would be "yesterday", so
            # the Wednesday of the week before is meant (the development gold reads it so)
            back = 8
        return dct - timedelta(days=back)
    if delta == 0:
        return dct
    if tense in ("future", "present"):
        return dct + timedelta(days=delta % 7)
    return dct - timedelta(days=(-delta) % 7)


MAX_BACK = MAX_AHEAD = 10  # months a tense may reach ("met in March", January paper)


def month_year(dct: date, month: int, tense: str | None, rel: str | None = None,
               day: int | None = None) -> int:
    """The year of a month named without one. "last"/"next" pick the previous/next one; the
    same month as the DCT is this year's; otherwise the clause's tense picks the previous
    (past) or next (future) occurrence if it is at most ten months away, and otherwise (or
    with no tense) the nearer one wins, the previous one on a tie: news mostly reports the
    past. (TimeBank: ten months scores as well as nine and keeps "met in March" in a January
    paper in the past.)"""
    if rel in ("next", "coming", "this coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel in ("last", "past", "this past", "previous"):
        return dct.year if month < dct.month else dct.year - 1
    if rel == "this" or month == dct.month:
        return dct.year
    back = (dct.month - month) % 12  # months back to the previous occurrence
    ahead = 12 - back
    past_year = dct.year if month < dct.month else dct.year - 1
    future_year = dct.year if month > dct.month else dct.year + 1
    if tense == "past" and back <= MAX_BACK:
        return past_year
    if tense == "future" and ahead <= MAX_AHEAD:
        return future_year
    return past_year if back <= ahead else future_year
