"""The tagging engine: run the rules, keep the longest non-overlapping matches, add the
modifiers around them ("early", "about", "or so"), and resolve anaphoric ones in text order."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import warnings
from datetime import date, datetime

from .anchors import lowered, windows
from .model import Timex
from .resolve import value_at
from .rules import RULES, Ctx, Res
from .values import precision_of, value_range
from .lexicon import _SPACES

# Words just before an expression that belong to it and set its modifier (TimeML puts
# "early", "about", "more than" inside the TIMEX3; prepositions such as "before" stay out).
# ("only six months" stays out: a focus word sets no TimeML modifier and TimeBank leaves it
# outside the TIMEX3.)
_PREFIX = re.compile(
    r"(?:^|(?<=[^\w-]))(?P<w>early|earlier|late|later|mid|(?:the\s+)?(?:end|beginning|start|"
    r"middle|close|turn)\s+of|(?:at\s+|by\s+)?(?:around|about|approximately|roughly)|"
    r"nearly|almost|some|more\s+than|less\s+than|at\s+least|up\s+to|no\s+more\s+than|"
    r"at\s+most|over|under|well\s+over|just\s+over|just\s+under|barely|sometime|"
    r"some\s+time|(?:early|late|earlier|later|mid)\s+in)(?:\s+|-)$", re.I)
_PREFIX_MOD = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END",
    "the turn of": "END", "mid": "MID", "the middle of": "MID",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "sometime": None, "some time": None, "nearly": "APPROX",
    "almost": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "well over": "MORE_THAN", "just over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "barely": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
}
_DURATION_ONLY = {"more than", "over", "well over", "just over", "less than", "under",
                  "just under", "barely", "at least", "up to", "no more than", "at most",
                  "almost", "some"}
_DATE_ONLY = {"early", "earlier", "late", "later", "mid", "the beginning of", "the start of",
              "the end of", "the close of", "the turn of", "the middle of", "sometime",
              "some time"}
_SUFFIX = re.compile(r"\s+(?:(?P<so>or\s+so)|(?P<later>or\s+later|and\s+beyond|"
                     r"or\s+after)|(?P<earlier>or\s+earlier|or\s+before))\b", re.I)
# A clock time glued to a day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6".
_GLUE = re.compile(r"^,?\s+(?:on\s+)?$")


def _lower_pattern(pattern: str) -> str:
    # letters only: not escapes (\S, \Z) nor the P of "(?P<name>"
    return re.sub(r"\\.|\(\?P|[A-Z]", lambda m: m[0] if len(m[0]) > 1 else m[0].lower(),
                  pattern)


# Each rule's pattern without re.I, to scan the lowered text: the engine then rejects an
# alternative on its first letter without entering it (re.I compares letter by letter after
# folding), which halves the scans. A hit is matched again with the rule's own pattern at the
# same place, on the real text, for the handler. Both find the same spans unless the text
# holds one of the three letters that re.I folds to an ASCII letter and lower() does not.
_SCANNERS = [re.compile(_lower_pattern(rx.pattern), rx.flags & ~re.I) if rx.flags & re.I
             else None for _name, rx, _h in RULES]
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")  # İ, dotless ı, long ſ


def _candidates(text: str, ctx: Ctx):
    found = []
    low = lowered(text)
    fast = text.isascii() or not any(c in text for c in _FOLDED_APART)
    wins = windows(text, low)
    for priority, (name, rx, handler) in enumerate(RULES):
        spans = wins.get(name)
        if not spans:
            continue
        scanner = _SCANNERS[priority] if fast else None
        for lo, hi in spans:
            for m in (scanner.finditer(low, lo, hi) if scanner else rx.finditer(text, lo, hi)):
                if scanner:
                    m = rx.match(text, m.start(), hi)
                ctx.used_tense = False
                try:
                    res = handler(m, ctx)
                except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                    res = None  # a malformed date is not an expression, never a crash
                if res is None:
                    continue
                s, e = res.span or m.span()
                if e <= s:
                    continue
                found.append((s, e, priority, name, m, handler, res, ctx.used_tense))
    return found


def _select(found):
    """Longest first (then rule order, then position); a candidate overlapping a kept one is
    dropped. Kept spans live in a sorted list, so each check is a bisection."""
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in found:
        i = bisect.bisect_left(starts, c[0])
        if i < len(starts) and starts[i] < c[1]:
            continue  # a kept span starts inside this one
        if i > 0 and ends[i - 1] > c[0]:
            continue  # the kept span before this one reaches into it
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


# The last word of every prefix, to skip the prefix search for most expressions.
_PREFIX_LAST = frozenset({"early", "earlier", "late", "later", "mid", "of", "around", "about",
                          "approximately", "roughly", "nearly", "almost", "some", "than",
                          "least", "to", "most", "over", "under", "barely",
                          "sometime", "time", "in"})


def _with_modifiers(text: str, start: int, end: int, res: Res, prev_end: int):
    mod = res.mod
    before = text[max(prev_end, start - 25):start].rstrip(" \t\n-").rsplit(None, 1)
    m = None
    if before and before[-1].lower() in _PREFIX_LAST:
        m = _PREFIX.search(text, max(prev_end, start - 40), start)
    if m and m.end() == start:
        word = _SPACES.sub(" ", m["w"].lower())
        # "Later in January" places an act after another one, not in the month's last third
        relative_in = word in ("earlier in", "later in")
        # "at about", "by around" read as "about"; "at least" keeps its "at"
        word = re.sub(r"^(?:at|by) (?=around|about|approximately|roughly)|\s+in$", "", word)
        if word.endswith(" of") and not word.startswith("the "):
            word = "the " + word  # "by end of 2025" reads as "the end of"
        is_duration = res.type == "DURATION"
        ok = (word not in _DURATION_ONLY or is_duration) and (
            word not in _DATE_ONLY or not is_duration)
        if word == "some" and not is_duration:
            ok = False
        if word in ("over", "under", "just over", "just under", "well over") and \
                not re.match(r"\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"twelve|twenty|thirty|forty|fifty|a\s+few)\b", text[start:end],
                             re.I):
            ok = False  # "over the weekend", "under its two-year plan": a preposition
        if word in ("earlier", "later") and res.type not in ("DATE", "TIME"):
            ok = False
        if ok and res.value.endswith("_REF"):
            ok = False
        if ok:
            new_mod = _PREFIX_MOD.get(word)
            if res.type == "DURATION" and word == "nearly":
                new_mod = "APPROX"
            start = m.start()
            mod = mod if relative_in else (new_mod or mod)
            if word in ("early", "late", "mid") and text[max(prev_end, start - 4):start] \
                    .lower() == "the ":
                start -= 4  # "the late 1990s", "the mid-1980s"
    sm = _SUFFIX.match(text, end)
    if sm and res.type in ("DATE", "DURATION"):
        if sm["so"]:
            mod = "APPROX"
        elif sm["later"]:
            mod = "ON_OR_AFTER"
        else:
            mod = "ON_OR_BEFORE"
        end = sm.end()
    return start, end, mod


def tag_text(text: str, dct: date):
    if not text:
        return []
    ctx = Ctx(text=text, dct=dct)
    chosen = _select(_candidates(text, ctx))
    out: list[Timex] = []
    prev_end = 0
    pending_time = None
    ctx.resolving = True
    for s, e, _p, name, m, handler, res, used_tense in chosen:
        if res.anaphoric or used_tense:
            try:
                res = handler(m, ctx) or res
            except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                pass
            if not res.value:
                continue
        s, e, mod = _with_modifiers(text, s, e, res, prev_end)
        tx = _make(text, s, e, res, mod)
        if tx is None:
            continue
        # "10 p.m. Wednesday", "dawn on Monday": one TIME on that day, whose range it keeps (as
        # `_make` gives "Tuesday night" its day)
        if out and out[-1] is pending_time and tx.type == "DATE" and tx.precision == "day" \
                and _GLUE.match(text[out[-1].end:s]):
            t = out.pop()
            clock = t.value.split("T", 1)[1]
            tx = Timex(t.start, e, text[t.start:e], "TIME", f"{tx.value}T{clock}", t.mod,
                       "day", tx.range, tx.tense)
        if tx.type == "TIME" and out and out[-1].type == "DATE" and out[-1].precision == "day" \
                and _GLUE.match(text[out[-1].end:s]) and "T" in tx.value:
            d = out.pop()
            clock = tx.value.split("T", 1)[1]
            tx = Timex(d.start, e, text[d.start:e], "TIME", f"{d.value}T{clock}", tx.mod,
                       "day", d.range, d.tense)
        pending_time = tx if tx.type == "TIME" else None
        out.append(tx)
        prev_end = tx.end
        # The reference for "a year earlier", "that quarter": the last date the text states
        # itself, not one derived from another (or "a year earlier" would chain backwards).
        if tx.type == "DATE" and tx.precision and (not res.anaphoric or res.restates):
            ctx.ref, ctx.ref_at = tx.value, tx.end
            if tx.precision == "quarter":
                ctx.qref = tx.value
    return out


def _make(text: str, s: int, e: int, res: Res, mod: str | None):
    if res.type == "DATE":
        precision = precision_of(res.value)
        rng = res.range or value_range(res.value, mod)
        if res.range and mod in ("START", "MID", "END"):
            rng = res.range
    elif res.type == "TIME" and precision_of(res.value[:10]) == "day":
        # "Tuesday night", "3 p.m. Monday": the day it falls on is its range
        precision, rng = "day", value_range(res.value[:10])
    else:
        precision, rng = None, None
    return Timex(s, e, text[s:e], res.type, res.value, mod, precision, rng, res.tense)


def parse_one(text: str, dct: date):
    """The single expression `text` is, or None; dateparser is the fallback for explicit
    dates the grammar does not know (other languages, odd formats)."""
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    lead = len(text) - len(text.lstrip())
    if precision_of(stripped) and value_range(stripped):
        # A TIMEX3 value typed as such: 2026-W03, 2025-H1, 2025-WI, 202 (the 2020s)
        return Timex(lead, lead + len(stripped), stripped, "DATE", stripped, None,
                     precision_of(stripped), value_range(stripped), None)
    found = tag_text(text, dct)
    if len(found) == 1 and found[0].end == lead + len(stripped):
        head = text[lead:found[0].start]
        if not head:
            return found[0]
        if _LEAD_WORD.fullmatch(head):  # "in March", "since mid-2024": the whole input
            return dataclasses.replace(found[0], start=lead, text=stripped)
    return _dateparser_one(text, stripped, lead, dct)


_LEAD_WORD = re.compile(r"(?:in|on|at|during|since|by|from|until|till|before|after|around)\s+",
                        re.I)
# Languages dateparser may try in parse_expression: detecting among all of its ~200 locales
# costs seconds per call.
DATEPARSER_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar"]


@functools.lru_cache(maxsize=8)
def _date_data_parser(dct: date):
    """One dateparser parser per reference day: building one costs far more than parsing."""
    from dateparser.date import DateDataParser  # imported late: slow, rarely needed

    return DateDataParser(languages=DATEPARSER_LANGUAGES, settings={
        "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DAY_OF_MONTH": "first"})


def _dateparser_one(text: str, stripped: str, lead: int, dct: date):
    if not re.search(r"\d|[^\W\d_]{3,}", stripped) or re.fullmatch(r"\d{1,3}", stripped):
        return None  # "19" alone is not a date an editor means
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = _date_data_parser(dct).get_date_data(stripped)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if not data or not data.date_obj:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    precision = {"day": "day", "week": "week", "month": "month", "year": "year",
                 "time": "day"}.get(period, "day")
    value = value_at(d, precision)
    return Timex(lead, lead + len(stripped), stripped, "DATE", value, None,
                 precision_of(value), value_range(value), None)
