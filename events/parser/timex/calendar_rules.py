"""Handlers for calendar expressions: explicit dates, months, years, decades, quarters,
halves and seasons."""
from __future__ import annotations

import re
from datetime import date

from .base import (_COUNTABLE_AFTER, _NOT_YEAR_BEFORE, _YEAR_OK_BEFORE, Ctx, Res, _cap,
                   _day_res, _month, _two_digit_year, _year_of)
from .lexicon import _SPACES, SEASONS, ordinal, spelled_year
from .relative_rules import year_ago
from .resolve import month_year, quarter_of, shift, value_at
from .values import precision_of, value_range


# ---------------------------------------------------------------- explicit calendar dates
def h_iso(m, ctx):
    try:
        d = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        if int(m["h"]) > 24 or int(m["mi"]) > 59:
            return None
        return Res("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}")
    return Res("DATE", d.isoformat())


def h_numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else _two_digit_year(int(y), ctx.dct)
    # US order (month/day) in English news, unless the first number cannot be a month; the
    # dotted form (20.01.2026) is day.month everywhere.
    if m["sep"] == "." or a > 12:
        a, b = b, a
    return _day_res(year, a, b)


def h_month_day(m, ctx):
    if not _cap(m["mon"]):
        return None
    mo = _month(m["mon"])
    d1 = int(m["d1"]) if m["d1"].isdigit() else ordinal(m["d1"])
    d2 = m["d2"] and int(m["d2"])
    if not d1 or d1 > 31 or (d2 and (d2 > 31 or d2 <= d1)):
        return None
    tense = None
    if m["y"]:
        y = _year_of(m["y"], ctx.dct)
    else:
        tense = ctx.tense(m)
        y = month_year(ctx.dct, mo, tense, day=d1)
    r = _day_res(y, mo, d1, d2 or None, tense)
    if r and m["wd"] and not _cap(m["wd"]):
        return None
    return r


def h_month_year(m, ctx):
    if not _cap(m["mon"]):
        return None
    y = _year_of(m["y"], ctx.dct)
    if y is None:
        return None
    return Res("DATE", f"{y:04d}-{_month(m['mon']):02d}")


_MAY_VERB_AFTER = re.compile(
    r"\s+(?:be|have|not|well|also|still|never|soon|even|only|just|already|prove|need|"
    r"want|take|make|come|go|i|we|you|he|she|it|they|god|the|a|an|this|that|all)\b", re.I)

_SENTENCE_START = re.compile(r"[.!?\"“]\s*$|^\s*$")
# A capitalised word before "May" that is no preposition or date word names a person.
_GIVEN_NAME_BEFORE = re.compile(
    r"(?:\b(?!(?:In|On|By|Since|Until|Till|Last|Next|This|Early|Late|Mid|Through|From|During|"
    r"Of|Before|After|And|Or|But|Between|Every|Each|That|Until|Through|Around|About|"
    r"Throughout|Since|Also|Then|Again|Only|Even|Both|Not)\b)[A-Z][a-z]+|\bM(?:r|rs|s)\.?)\s$")
_MAY_MONTH_AFTER = re.compile(r"\s*(?:,|\d|of\b|was\b|is\b|saw\b)")
# "On March 12, May told parliament": Theresa May, the subject of a reporting verb
_MAY_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|warned|announced|insisted|argued|"
                         r"wrote|urged|spoke|visited|accused|stressed|replied|declared)\b")


# "May of that year", "March of the following year": a year counted from the one last named
_ANAPHORIC_YEAR = {"that": 0, "the same": 0, "the following": 1, "the next": 1,
                   "the previous": -1}


def h_month(m, ctx):
    word = m["mon"]
    if not _cap(word):
        return None
    rel = (m["rel"] or "").lower() or None
    if word.lower() == "may":
        if _MAY_VERB_AFTER.match(ctx.text, m.end()) or (
                not rel and not m["y"] and _MAY_SPEAKS.match(ctx.text, m.end())):
            return None
        if not rel and not m["y"] and _GIVEN_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20),
                                                                 m.start()):
            return None  # "Theresa May", "Mrs May": the surname
        # Sentence-initial "May" with no cue at all is more often the verb than the month.
        before = ctx.text[max(0, m.start() - 3):m.start()]
        if not rel and (m.start() == 0 or _SENTENCE_START.search(before)):
            if not _MAY_MONTH_AFTER.match(ctx.text, m.end()):
                return None
    mo = _month(word)
    tense = None if rel else ctx.tense(m)
    anaphoric = _ANAPHORIC_YEAR.get(" ".join(m["y"].lower().split()[:-1])) if m["y"] else None
    if anaphoric is not None:
        ref = value_range(ctx.ref) if ctx.ref else None
        if ref is not None:
            return Res("DATE", f"{ref[0].year + anaphoric:04d}-{mo:02d}", anaphoric=True)
        if not ctx.resolving:
            return Res("DATE", "", anaphoric=True)  # the year is known once the text is read
        # (no year named before it: the month as the paper's own)
        return Res("DATE", f"{month_year(ctx.dct, mo, tense, rel=rel):04d}-{mo:02d}",
                   tense=tense, anaphoric=True)
    if m["y"]:
        y = _year_of(m["y"], ctx.dct)
    else:
        y = month_year(ctx.dct, mo, tense, rel=rel)
    return Res("DATE", f"{y:04d}-{mo:02d}", tense=tense)


# A capitalised word right before a year, not at the start of a sentence.
_NAME_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][A-Za-z]+\s$")


def h_year(m, ctx):
    y = int(m["y"])
    before = ctx.text[max(0, m.start() - 25):m.start()]
    if m["fy"]:
        return Res("DATE", f"{y:04d}")
    if _NOT_YEAR_BEFORE.search(before) and not _YEAR_OK_BEFORE.search(before):
        return None
    if _COUNTABLE_AFTER.match(ctx.text, m.end()):
        return None
    if not 1800 <= y <= ctx.dct.year + 50 and not _YEAR_OK_BEFORE.search(before):
        return None
    if _NAME_BEFORE.search(before) and not _YEAR_OK_BEFORE.search(before):
        return None  # "Orion 1980", "Expo 2000", "Windows 2000": part of a name
    return Res("DATE", f"{y:04d}")


def h_year_range(m, ctx):
    y1 = int(m["y"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if not 0 < y2 - y1 < 100:
        return None
    return Res("DATE", f"{y1:04d}", range=(date(y1, 1, 1), date(y2, 12, 31)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def h_decade(m, ctx):
    if m["y"]:
        return Res("DATE", m["y"][:3])
    yy = m["yy"] or (m["yy2"] if "yy2" in m.re.groupindex else None)
    if yy:
        y = _two_digit_year(int(yy), ctx.dct)
        return Res("DATE", f"{y // 10:03d}")
    d = _DECADE_WORDS[m["w"].lower()]
    century = ctx.dct.year // 100 if d * 10 <= ctx.dct.year % 100 else ctx.dct.year // 100 - 1
    return Res("DATE", f"{century:02d}{d}")


def h_century(m, ctx):
    n = ordinal(m["o"])
    if not n or n > 30:
        return None
    return Res("DATE", f"{n - 1:02d}")


def h_spelled_year(m, ctx):
    y = spelled_year(m["sy"])
    if y is None:
        return None
    if y == 2000 and not m["pre"] and not re.search(
            r"\bin\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # "two thousand troops"
    return Res("DATE", f"{y:04d}")


# ---------------------------------------------------------------- quarters, halves, seasons
_Q_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
          "4th": 4, "final": 4, "last": 4}


def _quarter_year(q: int, ctx: Ctx, m) -> tuple[int, str | None]:
    cur = quarter_of(ctx.dct)
    if q <= cur:
        return ctx.dct.year, None
    tense = ctx.tense(m)
    return (ctx.dct.year if tense == "future" else ctx.dct.year - 1), tense


def h_quarter(m, ctx):
    res = _quarter(m, ctx)
    if res is None or not m["o"] or res.span:
        return res
    det = (m["det"] or "").lower()
    hyphen = m.group(0)[m.end("o") - m.start():].startswith("-")
    if (hyphen and not m["adj"]) or det in ("its", "their"):
        # "the third-quarter loss", "its fourth quarter": the determiner is the noun's
        res.span = (m.start("o"), m.end())
    return res


def _quarter(m, ctx):
    det = (m["det"] or "").lower()
    adj = (m["adj"] or "").lower()
    q = _Q_ORD.get((m["o"] or "").lower())
    y = _year_of(m["yr"] or m["y2"] or m["y3"], ctx.dct)
    if y is None and det.startswith(("this year", "last year", "next year")):
        y = _year_of(det.replace("'s", ""), ctx.dct)
    cur_q, cur_y = quarter_of(ctx.dct), ctx.dct.year
    ago = "year-" in adj or "year-" in det
    if q is None and y is not None:  # "the 1988 quarter": the quarter in question, that year
        if ctx.ref and precision_of(ctx.ref) == "quarter":
            return Res("DATE", f"{y:04d}-Q{ctx.ref[-1]}", anaphoric=True)
        return Res("DATE", f"{y:04d}-Q{quarter_of(shift(ctx.dct, -1, 'quarter'))}")
    if q is not None and ago:  # "the year-ago third quarter"
        base = y or _quarter_year(q, ctx, m)[0]
        return Res("DATE", f"{base - 1:04d}-Q{q}")
    if q is None:
        if "year-" in adj or "year-" in det or "comparable" in adj:
            return year_ago(ctx, "quarter")
        if det in ("this", "the current") or "current" in adj:
            return Res("DATE", f"{cur_y:04d}-Q{cur_q}")
        if det in ("next", "the next", "the coming", "the following"):
            d = shift(ctx.dct, 1, "quarter")
            return Res("DATE", value_at(d, "quarter"))
        if det in ("last", "the last", "the previous", "the latest", "the past") \
                or "latest" in adj or det in ("the", "its", "that"):
            if det == "that" and ctx.ref and precision_of(ctx.ref) == "quarter":
                return Res("DATE", ctx.ref, anaphoric=True)
            # "the quarter" after "the fiscal first quarter": the one being reported ("the
            # latest quarter" is the last completed one, whatever quarter was named before)
            again = det in ("the", "its", "that") and not adj
            if again and ctx.qref:
                return Res("DATE", ctx.qref, anaphoric=True, restates=True)
            d = shift(ctx.dct, -1, "quarter")
            # re-read once the last date (and quarter) mentioned is known
            return Res("DATE", value_at(d, "quarter"), anaphoric=again, restates=again)
        return None
    if y is None:
        if det in ("last", "the last", "the previous"):
            y = cur_y - 1 if q >= cur_q else cur_y
            return Res("DATE", f"{y:04d}-Q{q}")
        if det in ("next", "the next"):
            y = cur_y + 1 if q <= cur_q else cur_y
            return Res("DATE", f"{y:04d}-Q{q}")
        y, tense = _quarter_year(q, ctx, m)
        return Res("DATE", f"{y:04d}-Q{q}", tense=tense)
    return Res("DATE", f"{y:04d}-Q{q}")


def h_qcode(m, ctx):
    q = int(m["q"] or m["q2"] or m["q3"])
    ys = m["y"] or m["y2"] or m["y3"]
    if ys:
        y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.dct)
    else:
        y, _ = _quarter_year(q, ctx, m)
    return Res("DATE", f"{y:04d}-Q{q}")


def h_year_period(m, ctx):
    """'the 1988 period': the quarter being reported, in that year."""
    y = int(m["y"])
    if ctx.ref and precision_of(ctx.ref) == "quarter":
        return Res("DATE", f"{y:04d}-Q{ctx.ref[-1]}", anaphoric=True)
    return Res("DATE", f"{y:04d}", anaphoric=True)


def h_half(m, ctx):
    h = 1 if m["h"].lower() == "first" else 2
    y = _year_of(m["y"], ctx.dct) if m["y"] else ctx.dct.year
    if y is None:
        return None
    return Res("DATE", f"{y:04d}-H{h}")


# (months, count) -> the part of the year that many months from its start or end make
_YEAR_PART = {("months", 6): "H", ("quarters", 2): "H", ("months", 3): "Q",
              ("quarters", 1): "Q"}


def h_year_part(m, ctx):
    """'the first two quarters of 1990', 'the last six months of 1998': a named half (or
    quarter) of that year, a DATE (TimeML gives a calendar period its value; without a year,
    "the first nine months" stays a duration)."""
    n = {"two": 2, "three": 3, "six": 6, "2": 2, "3": 3, "6": 6}.get(m["n"].lower())
    part = _YEAR_PART.get((m["u"].lower(), n))
    y = _year_of(m["y"], ctx.dct)
    if part is None or y is None:
        return None
    first = m["which"].lower() == "first"
    return Res("DATE", f"{y:04d}-{part}{1 if first else (2 if part == 'H' else 4)}")


# "the fall of Saigon", "the fall in prices", "the summer of love": a noun, not a season
_NOT_SEASON_AFTER = re.compile(r"\s+of\s+(?!\d|['’]\d|this|last|next|nineteen|eighteen|two)|"
                               r"(?<=[Ff]all)\s+(?:in|to|from)\s+(?!\d|this|last|next)")
# "the Winter Olympics", "the Spring Festival": part of a name
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def h_season(m, ctx):
    det = _SPACES.sub(" ", (m["det"] or "").lower()).strip()
    if not det and not m["y"]:
        return None
    if not m["y"] and (_NOT_SEASON_AFTER.match(ctx.text, m.end()) or (
            m["s"][0].isupper() and _NAME_AFTER.match(ctx.text, m.end()))):
        return None
    s = SEASONS[m["s"].lower()]
    if m["y"]:
        y = _year_of(m["y"], ctx.dct)
        if y is None:
            return None
        return Res("DATE", f"{y:04d}-{s}")
    y = ctx.dct.year
    order = ["WI", "SP", "SU", "FA"]
    month = ctx.dct.month
    cur = "WI" if month in (12, 1, 2) else "SP" if month <= 5 else "SU" if month <= 8 else "FA"
    if cur == "WI" and month <= 2:
        y_cur = y - 1 if s == "WI" else y
    else:
        y_cur = y
    tense = None
    if det in ("last", "this past", "past", "the past"):
        y = y_cur if order.index(s) < order.index(cur) else y_cur - 1
        if s == "WI" and cur != "WI":
            y = ctx.dct.year - 1
    elif det in ("next", "this coming", "coming", "the coming"):
        y = y_cur if order.index(s) > order.index(cur) else y_cur + 1
    else:
        tense = ctx.tense(m)
        y = y_cur if s == "WI" else ctx.dct.year
        if s != cur and tense in ("past", "future"):
            y = _season_year(ctx.dct, s, tense)
    return Res("DATE", f"{y:04d}-{s}", tense=tense)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(dct: date, s: str, tense: str) -> int:
    """The year of the last (past) or next (future) season `s` that is not the DCT's own:
    "the fall" in a past clause of an August paper is last fall."""
    starts = [date(y, _SEASON_START[s], 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if tense == "past":
        return max(d for d in starts if d <= dct).year
    return min(d for d in starts if d > dct).year
