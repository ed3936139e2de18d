"""Handlers for durations ("four years"), sets ("every July") and clock times."""
from __future__ import annotations

import re

from .base import _YEAR, Res, _cap, _month, _num_str, near_day
from .lexicon import DAYPARTS, SEASONS, UNITS, WEEKDAYS, number
from .relative_rules import unit_of


# ---------------------------------------------------------------- durations and sets
def _duration_value(n, u: str) -> str | None:
    letter, is_time = UNITS[u]
    if u == "weekend":
        return None
    if n is None:
        return None
    if isinstance(n, str):
        return f"P{'T' if is_time else ''}X{letter}"
    if u == "fortnight":
        n = 2 * n
    if u == "quarter":
        return f"P{_num_str(n * 3)}M" if float(n * 3).is_integer() else None
    if u == "year" and float(n).is_integer() and n >= 1000 and n % 1000 == 0:
        return f"P{int(n) // 1000}L"  # "two thousand years": TimeML's millennium letter
    if not float(n).is_integer():
        # 2 1/2 years -> P2Y6M, 1.5 hours -> PT1H30M
        whole = int(n)
        frac = n - whole
        sub = ({"H": (60, "M"), "M": (60, "S")} if is_time else
               {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}).get(letter)
        if not sub:
            return f"P{_num_str(n)}{letter}"
        rest = round(frac * sub[0])
        t = "T" if is_time or sub[1] == "H" else ""
        if whole == 0:
            return f"P{t}{rest}{sub[1]}"
        if sub[1] == "H" and not is_time:
            return f"P{whole}{letter}T{rest}H"
        return f"P{'T' if is_time else ''}{whole}{letter}{rest}{sub[1]}"
    return f"P{'T' if is_time else ''}{_num_str(n)}{letter}"


_AGE = re.compile(r"\s+old\b", re.I)
_FRACTION = re.compile(r"[\s-]*(?:of\s+(?!(?:the\s+)?(?:year|fiscal|" + _YEAR + r"))|century)",
                       re.I)


_RATE_BEFORE = re.compile(
    r"(?:\d|%|percent|million|billion|trillion|dollars|cents|times|once|twice|"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|thousand|dozen|several|few)\s+(?:\w+\s+)?\w+)\s+$",
    re.I)


# "Islam will one day be ...", "he hopes he one day follows ...": an adverb of an
# unspecified future time (TimeML FUTURE_REF), not a one-day period.
_ADVERB_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|to|I|we|you|he|she|"
                            r"they|it|who)\s+$")


def h_duration(m, ctx):
    u = unit_of(m["u"])
    raw = m["n"]
    if u == "day" and m.group(0).lower() == "one day" and _ADVERB_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start()):
        return Res("DATE", "FUTURE_REF")
    if _AGE.match(ctx.text, m.end()) and not m.group(0).endswith("-old") or (
            u == "year" and m.group(0).lower().endswith("-old")):
        # "52 years old", "a 53-year-old engineer": an age, which TimeBank leaves untagged
        # (a truce's "8-month-old" it tags, so only ages in years are left out)
        return None
    if u == "quarter" and (_FRACTION.match(ctx.text, m.end()) or m["u"].endswith("s")
                           and raw.lower() not in ("two", "three", "four", "several")):
        return None  # "a quarter of the vote", "three-quarters of its food"
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", raw) and (m["det"] or u in ("quarter", "month")):
        return None  # "the 1988 quarter" is a date, not 1,988 quarters
    if raw.lower() in ("a", "an", "per") and _RATE_BEFORE.search(
            ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "four flights a week", "$1.76 a year": a rate, not a period
    if u in ("second", "minute") and raw.lower() in ("a", "an") and not m["half"]:
        return None  # "a second group", "wait a minute"
    n = number(raw)
    if n is None:
        return None
    if raw.lower() in ("some", "many") and not m["rel"]:
        return None
    if m["half"]:
        n = n + 0.5 if isinstance(n, (int, float)) else n
    if isinstance(n, (int, float)) and n > 100_000:
        return None
    v = _duration_value(n, u)
    if v is None:
        return None
    rel = (m["rel"] or "").lower()
    det = (m["det"] or "").lower()
    if det and not rel and raw.lower() in ("a", "an"):
        return None
    if det and not rel and m["sep"] == "-":
        # "the eight-year contract", "its one-year term": the article belongs to the noun
        return Res("DURATION", v, span=(m.start("n"), m.end()))
    return Res("DURATION", v)


def h_bare_units(m, ctx):
    u = unit_of(m["u"])
    letter, is_time = UNITS[u]
    return Res("DURATION", f"P{'T' if is_time else ''}X{letter}", span=m.span("u"))


def h_half_unit(m, ctx):
    u = unit_of(m["u"])
    v = _duration_value(0.5, u)
    return Res("DURATION", v) if v else None


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
            "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D",
            "biweekly": "P2W", "biannually": "P6M"}


def h_set_adv(m, ctx):
    if m.group(0).lower() == "quarterly" and re.match(r"\s+[a-z]", ctx.text[m.end():]) \
            and not re.match(r"\s+(?:and|or|but|from|to|since|until|through|in|on|at|for|by|"
                             r"with)\b", ctx.text[m.end():m.end() + 10]):
        # "quarterly dividend": in TimeBank never a time (10 of 10); "daily flights" keeps
        # its SET, as the TimeML guidelines have it.
        return None
    return Res("SET", _SET_ADV[m.group(0).lower()])


def h_set_every(m, ctx):
    x = m["x"]
    xl = x.lower()
    if m["wd"]:
        if not _cap(m["wd"]):
            return None
        return Res("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}")
    if m["mon"]:
        if not _cap(m["mon"]):
            return None
        return Res("SET", f"XXXX-{_month(m['mon']):02d}")
    if xl in SEASONS:
        return Res("SET", f"XXXX-{SEASONS[xl]}")
    n = number(m["n"]) if m["n"] else 1
    if not isinstance(n, (int, float)):
        return None
    u = unit_of(xl)
    if m["other"]:
        n *= 2
    v = _duration_value(n, u) if u != "weekend" else "P1WE"
    return Res("SET", v) if v else None


# ---------------------------------------------------------------- clock times
TZ_RE = (r"(?:(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|"
         r"PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|local\s+time|Moscow\s+time|"
         r"Kyiv\s+time|Beijing\s+time|Washington\s+time)")


def h_clock(m, ctx):
    """10 a.m., 10:30 p.m. EST, 14:30, 0700 GMT (four digits only with a time zone)."""
    h = int(m["h"] or m["h2"] or m["h3"])
    mi = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    minutes_given = bool(m["mi"] or m["mi2"] or m["mi3"])
    ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
    if ap:
        if not 1 <= h <= 12:
            return None
        if ap.startswith("p") and h != 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
    elif h > 23 or not (m["tz"] or minutes_given):
        return None
    if mi > 59:
        return None
    # "The blast came Friday. At 10:40 a.m. ...": the clock is on the day just stated
    day = near_day(ctx, m.start()) or ctx.dct.isoformat()
    return Res("TIME", f"{day}T{h:02d}:{mi:02d}", anaphoric=True)


def h_noon(m, ctx):
    w = m["w"].lower().replace("-", "").replace(" ", "")
    v = {"noon": "12:00", "midday": "12:00", "midnight": "24:00", "midafternoon": "AF",
         "midmorning": "MO", "dawn": "MO", "dusk": "EV", "daybreak": "MO"}[w]
    mod = "MID" if w.startswith("mid") and w not in ("midnight", "midday") else None
    day = near_day(ctx, m.start()) or ctx.dct.isoformat()
    return Res("TIME", f"{day}T{v}", mod=mod, anaphoric=True)


def h_daypart(m, ctx):
    part = DAYPARTS[m["p"].lower()]
    # "dashed Friday ... buy orders in the morning": the morning of the day just mentioned
    day = near_day(ctx, m.start()) or ctx.dct.isoformat()
    return Res("TIME", f"{day}T{part}", anaphoric=True)
