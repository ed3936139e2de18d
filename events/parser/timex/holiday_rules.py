"""Named days: "Christmas", "Thanksgiving", "Easter Sunday", "Labor Day". TimeML tags a
holiday as a DATE with the day's value; without a year it is resolved like a month, by the
clause's tense (the last one in a past clause, the next one in a future clause, else the
nearer one)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .base import _YEAR, Res, _c, _year_of
from .lexicon import _SPACES


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) weekday (Monday 0) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "veterans' day": (11, 11), "boxing day": (12, 26),
}


_EASTER_OFFSET = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
                  "palm sunday": -7, "ash wednesday": -46, "maundy thursday": -3,
                  "holy thursday": -3}


def holiday_date(name: str, year: int) -> date | None:
    key = _SPACES.sub(" ", name.lower()).replace("’", "'")
    if key in _FIXED:
        return date(year, *_FIXED[key])
    if key in _EASTER_OFFSET:
        return easter(year) + timedelta(days=_EASTER_OFFSET[key])
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key.startswith("martin luther king"):
        return _nth_weekday(year, 1, 0, 3)
    if key.startswith("president"):
        return _nth_weekday(year, 2, 0, 3)
    if key == "mother's day":
        return _nth_weekday(year, 5, 6, 2)
    if key == "father's day":
        return _nth_weekday(year, 6, 6, 3)
    if key == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


HOLIDAY_RE = (r"(?:Christmas(?:\s+(?:Day|Eve))?|"
              r"Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|"
              r"Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|"
              r"Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|"
              r"Valentine['’]s\s+Day|Veterans['’]?\s+Day|Boxing\s+Day|"
              r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|"
              r"Mother['’]s\s+Day|Father['’]s\s+Day|Election\s+Day)")
# A holiday word naming a thing, not a day: "Christmas tree", "Easter Island".
_THING_AFTER = re.compile(r"\s+(?:trees?|cards?|carols?|gifts?|presents?|decorations?|lights|"
                          r"Island|eggs?|Bunny|music|songs?|parade|turkey|specials?|"
                          r"offensive|Rising|Accords?|Agreement|truce|uprising)\b")
_REL_STEP = {"last": -1, "this past": -1, "next": 1, "this coming": 1, "this": 0}


def h_holiday(m, ctx):
    name = m["h"]
    if not name[0].isupper() or _THING_AFTER.match(ctx.text, m.end()):
        return None
    if m["y"]:
        y = _year_of(m["y"], ctx.dct)
        d = holiday_date(name, y) if y else None
        return Res("DATE", d.isoformat()) if d else None
    rel = _SPACES.sub(" ", (m["rel"] or "").lower()) or None
    tense = None if rel else ctx.tense(m)
    days = [holiday_date(name, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    days = [d for d in days if d]
    if not days:
        return None
    past = [d for d in days if d <= ctx.dct]
    future = [d for d in days if d > ctx.dct]
    if rel in ("last", "this past") or (tense == "past" and past):
        d = past[-1]
    elif rel in ("next", "this coming") or (tense == "future" and future):
        d = future[0]
    elif rel == "this":
        d = next(d for d in days if d.year == ctx.dct.year)
    else:  # no tense: the nearer one, the past one on a tie (news mostly reports)
        d = min(days, key=lambda x: (abs((x - ctx.dct).days), x > ctx.dct))
    return Res("DATE", d.isoformat(), tense=tense)


_REL = r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?"
_YEAR_AFTER = r"(?:,?\s+(?P<y>" + _YEAR + r"))?"
HOLIDAY_RULES = [
    ("holiday", _c(_REL + r"(?P<h>" + HOLIDAY_RE + r")" + _YEAR_AFTER), h_holiday),
    # apart, so that only the rare "New Year" runs it around the many words "year"
    ("new_year", _c(_REL + r"(?P<h>New\s+Year['’]s(?:\s+(?:Day|Eve))?)" + _YEAR_AFTER),
     h_holiday),
]
