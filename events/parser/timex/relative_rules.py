"""Handlers for expressions relative to the DCT or to the last date mentioned: "last
week", "yesterday", "on Monday", "two years ago", "a year earlier", "now"."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .base import Ctx, Res, _cap
from .lexicon import _SPACES, DAYPARTS, UNITS, WEEKDAYS, number
from .resolve import shift, shift_value, value_at, weekday_date
from .values import precision_of, value_range


# ---------------------------------------------------------------- relative to the DCT
_REL_STEP = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1,
             "the past": -1, "the last": -1, "previous": -1, "the previous": -1, "next": 1,
             "coming": 1, "the coming": 1, "the next": 1, "this coming": 1, "this past": -1,
             "the latest": -1}


def h_rel_unit(m, ctx):
    if m["u"][0].isupper() and not m["u"].isupper():
        return None  # "This Week", "Next Year": a title, not a time
    rel = _SPACES.sub(" ", m["rel"].lower())
    unit = _SPACES.sub(" ", m["u"].lower())
    if unit.startswith("fiscal"):
        unit = "year"
    if unit == "day":
        # "the next day", "the previous day": a day counted from the day just stated, as
        # TimeML tags them ("that day" it leaves alone, as TimeBank does)
        step = {"the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                "the preceding": -1}.get(rel)
        if step is None:
            return None
        if ctx.ref and not _DAY_VALUE.match(ctx.ref):
            # "the same day" after a year or a month names no day of its own: the day is the
            # one the story has in mind, not the first of that year
            return Res("DATE", "", anaphoric=True)
        base = _ref_day(ctx) or ctx.dct
        return Res("DATE", (base + timedelta(days=step)).isoformat(), anaphoric=True)
    if rel in ("that", "the same", "the following", "the next", "the previous",
               "the preceding") and ctx.ref and unit != "weekend":
        step = {"that": 0, "the same": 0, "the following": 1, "the next": 1,
                "the previous": -1, "the preceding": -1}[rel]
        prec = unit if unit in ("week", "month", "year", "decade", "century") else "year"
        rng = _ref_day(ctx)
        if rng is not None:
            return Res("DATE", value_at(shift(rng, step, prec), prec), anaphoric=True)
    if rel in ("that", "the same", "the following", "the preceding"):
        return Res("DATE", "", anaphoric=True) if ctx.ref is None else None
    step = _REL_STEP.get(rel)
    if step is None:
        return None
    if unit == "weekend":
        d = weekday_date(ctx.dct, 5, None if step == 0 else ("future" if step > 0 else "past"),
                         rel={1: "next", -1: "last"}.get(step))
        if step == 0 and ctx.dct.weekday() < 5:
            tense = ctx.tense(m)
            d = weekday_date(ctx.dct, 5, tense or "future")
        return Res("DATE", value_at(d, "week") + "-WE")
    return Res("DATE", value_at(shift(ctx.dct, step, unit), unit))


def h_weekend(m, ctx):
    tense = ctx.tense(m)
    d = weekday_date(ctx.dct, 5, tense if tense == "future" else "past")
    if ctx.dct.weekday() >= 5:
        d = ctx.dct - timedelta(days=ctx.dct.weekday() - 5)
    return Res("DATE", value_at(d, "week") + "-WE", tense=tense)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _ref_day(ctx: Ctx) -> date | None:
    if not ctx.ref:
        return None
    rng = value_range(ctx.ref)
    return rng[0] if rng else None


_DEICTIC = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None),
    "tomorrow": (1, None), "last night": (-1, "NI"), "this morning": (0, "MO"),
    "this afternoon": (0, "AF"), "this evening": (0, "EV"),
    "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"),
    "yesterday evening": (-1, "EV"), "tomorrow morning": (1, "MO"),
    "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
    "tomorrow night": (1, "NI"), "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None), "overnight": (-1, "NI"),
}

_NAME_BEFORE_DEICTIC = re.compile(r"[a-z,]\s+[A-Z]\w*\s$")


def h_deictic(m, ctx):
    key = _SPACES.sub(" ", m.group(0).lower())
    if m.group(0)[0].isupper() and _NAME_BEFORE_DEICTIC.search(
            ctx.text[max(0, m.start() - 30):m.start()]):
        return None  # "USA Today", "VOA Today": a name
    days, part = _DEICTIC[key]
    d = ctx.dct + timedelta(days=days)
    if part:
        return Res("TIME", f"{d.isoformat()}T{part}")
    return Res("DATE", d.isoformat())


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "at this time": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "more recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "shortly": "FUTURE_REF", "someday": "FUTURE_REF",
}

_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|as)\b", re.I)
_PAST_UNIT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b",
                              re.I)


def h_ref(m, ctx):
    key = _SPACES.sub(" ", m.group(0).lower())
    if key == "soon" and _SOON_AFTER.match(ctx.text, m.end()):
        return None
    if key == "the past" and _PAST_UNIT_AFTER.match(ctx.text, m.end()):
        return None
    return Res("DATE", _REFS[key])


def h_ref_plural(m, ctx):
    rel = m["rel"].lower()
    u = m["u"].lower()
    if m["few"] or rel in ("the past", "the last", "past", "last"):
        letter = UNITS[u.rstrip("s") if u != "centuries" else "century"][0]
        return Res("DURATION", f"P{'T' if u.startswith(('hour', 'minute')) else ''}X{letter}")
    if rel in ("coming", "next", "upcoming", "the coming", "the next", "future"):
        return Res("DATE", "FUTURE_REF")
    return Res("DATE", "PAST_REF")


_FUTURE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,3}(?:will|is\s+to|is\s+expected|"
                           r"is\s+scheduled|is\s+set)\b", re.I)


# A weekday inside a name is not a day of the story: "the Sunday Times", "Monday Night
# Football", "Sunday school", "Bloody Sunday", "Black Monday", "Super Tuesday".
_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Independent|Herald|Post|"
                         r"Tribune|Observer|Mail|Star|Sun|Business|Night\s+Football|"
                         r"schools?)\b")
_NAME_BEFORE = re.compile(r"\b(?:Bloody|Black|Super|Cyber|Blue|Palm|Ash|Holy|Maundy)\s+$")


def h_weekday(m, ctx):
    if not _cap(m["wd"]) or _NAME_AFTER.match(ctx.text, m.end()) or \
            _NAME_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    rel = _SPACES.sub(" ", (m["rel"] or "").lower()) or None
    wd = WEEKDAYS[m["wd"].lower()]
    if rel == "the previous" or rel == "the following":
        rel = "last" if rel == "the previous" else "next"
        if not m["pl"] and not m["part"]:
            # "down from the previous Friday": the one before the day just mentioned
            ref = _ref_day(ctx) if ctx.ref and precision_of(ctx.ref) == "day" else ctx.dct
            return Res("DATE", weekday_date(ref, wd, None, rel).isoformat(), anaphoric=True)
    tense = None if rel else ctx.tense(m)
    if ctx.text.startswith("'s", m.end()) and not rel and not (
            tense == "future" and _FUTURE_AFTER.match(ctx.text, m.end() + 2)):
        # "Friday's purchases", "Tuesday's declaration": already happened, unless the
        # clause goes on in the future ("Monday's meeting will focus on ...")
        tense = "past"
    if m["pl"] or (m["part"] or "").lower().endswith("s"):  # "Tuesdays", "Tuesday nights"
        part = DAYPARTS.get((m["part"] or "").lower())
        return Res("SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))
    if rel == "this":  # "this Friday": the coming one, unless the clause is past
        tense, rel = ("past" if ctx.tense(m) == "past" else "future"), None
    d = weekday_date(ctx.dct, wd, tense, rel)
    if m["part"]:
        return Res("TIME", f"{d.isoformat()}T{DAYPARTS[m['part'].lower()]}", tense=tense)
    return Res("DATE", d.isoformat(), tense=tense)


_UNIT_PREC = {"day": "day", "week": "day", "weekend": "day", "fortnight": "day",
              "month": "month", "quarter": "quarter", "year": "year", "decade": "year",
              "century": "year"}


def unit_of(word: str) -> str:
    w = word.lower()
    if w in ("centuries", "century"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def h_ago(m, ctx):
    u = unit_of(m["u"])
    n = number(m["n"]) if m["n"] else "X"
    if u in ("second", "minute", "hour"):
        return None
    if n == "X" or n is None:
        return Res("DATE", "PAST_REF")
    if not float(n).is_integer():
        return Res("DATE", "PAST_REF")
    n = int(n)
    if u == "year" and n == 1 and not m["approx"]:
        if ctx.ref and precision_of(ctx.ref) == "quarter":
            return year_ago(ctx)  # a quarter's results against "a year ago": that quarter
        return Res("DATE", f"{ctx.dct.year - 1:04d}", anaphoric=True)
    step = {"fortnight": (2 * n, "week"), "decade": (10 * n, "year"),
            "century": (100 * n, "year")}.get(u, (n, u))
    d = shift(ctx.dct, -step[0], step[1])
    mod = "APPROX" if m["approx"] else None
    return Res("DATE", value_at(d, _UNIT_PREC[u]), mod=mod)


def h_from_now(m, ctx):
    """'twenty years from now', 'two weeks hence': the DCT moved forward, a DATE (not a
    duration followed by "now")."""
    u = unit_of(m["u"])
    n = number(m["n"]) if m["n"] else "X"
    if u in ("second", "minute", "hour", "weekend"):
        return None
    if not isinstance(n, (int, float)) or not float(n).is_integer():
        return Res("DATE", "FUTURE_REF")
    n = int(n)
    step = {"fortnight": (2 * n, "week"), "decade": (10 * n, "year"),
            "century": (100 * n, "year")}.get(u, (n, u))
    return Res("DATE", value_at(shift(ctx.dct, step[0], step[1]), _UNIT_PREC[u]))


def year_ago(ctx: Ctx, prefer: str | None = None) -> Res:
    """'a year earlier', 'year-ago', 'the year-earlier quarter': the reference period of the
    article moved back a year (2025-Q3 -> 2024-Q3), else the DCT's year minus one."""
    if prefer != "quarter" and ctx.ref and precision_of(ctx.ref) in (
            "quarter", "month", "season") or (ctx.ref and "-H" in ctx.ref):
        v = shift_value(ctx.ref, -1, "year")
        if v:
            return Res("DATE", v, anaphoric=True)
    if prefer == "quarter":  # a quarter a year back: the latest reported one, else the DCT's
        if ctx.ref and precision_of(ctx.ref) == "quarter":
            return Res("DATE", shift_value(ctx.ref, -1, "year"), anaphoric=True)
        return Res("DATE", value_at(shift(shift(ctx.dct, -1, "quarter"), -1, "year"),
                                    "quarter"), anaphoric=True)
    return Res("DATE", f"{ctx.dct.year - 1:04d}", anaphoric=True)


def h_year_ago(m, ctx):
    tail = (m["tail"] or "").lower()
    res = year_ago(ctx, "quarter" if "quarter" in tail or "period" in tail else None)
    if not tail and m.group(0)[:4].lower() == "the ":
        res.span = (m.start() + 4, m.end())  # "the year-ago results": "the" is the noun's
    return res


def h_rel_shift(m, ctx):
    """'two days later', 'a week earlier': from the last date mentioned, else the DCT."""
    u = unit_of(m["u"])
    n = number(m["n"])
    if not isinstance(n, (int, float)) or not float(n).is_integer() or u in (
            "second", "minute", "hour", "weekend"):
        return None
    sign = -1 if m["dir"].lower() in ("earlier", "before", "previously") else 1
    n = int(n)
    if u in ("day", "week", "fortnight"):
        # TimeML reads "three days later" as a duration ("later" is its signal to the
        # event before); TimeBank tags it so. Longer steps ("a year earlier") compare
        # reporting periods and stay dates.
        return Res("DURATION", f"P{2 * n if u == 'fortnight' else n}{u[0].upper()}")
    if u == "year" and n == 1 and sign < 0:
        return year_ago(ctx)
    step = {"fortnight": (2 * n, "week"), "decade": (10 * n, "year"),
            "century": (100 * n, "year")}.get(u, (n, u))
    base = _ref_day(ctx) or ctx.dct
    d = shift(base, sign * step[0], step[1])
    return Res("DATE", value_at(d, _UNIT_PREC[u]), anaphoric=True)


def h_this_time(m, ctx):
    step = -1 if m["rel"].lower() == "last" else 1
    return Res("DATE", shift(ctx.dct, step, "year").isoformat())


def h_period_edge(m, ctx):
    unit = m["u"].lower()
    rel = (m["rel"] or "the").lower()
    step = {"the": 0, "this": 0, "next": 1, "last": -1}[rel]
    edge = m["edge"].lower()
    mod = {"end": "END", "close": "END", "turn": "END", "beginning": "START",
           "start": "START", "middle": "MID"}.get(edge)
    prec = unit if unit in ("week", "month", "year", "decade", "century", "quarter") else "year"
    return Res("DATE", value_at(shift(ctx.dct, step, prec), prec), mod=mod)


def h_year_end(m, ctx):
    return Res("DATE", f"{ctx.dct.year:04d}", mod="END")
