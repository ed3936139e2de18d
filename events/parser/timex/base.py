"""What every rule handler shares: the context, the result, the pattern helpers.

A handler gets the match and a `Ctx` (text, DCT, the last concrete date mentioned) and
returns a `Res`, or None to reject the match ("may" the verb, "Resolution 2025"...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from .context import tense_at
from .lexicon import MONTHS, spelled_year


@dataclass
class Ctx:
    text: str
    dct: date
    ref: str | None = None  # last concrete DATE value, for "a year earlier", "that day"
    ref_at: int = -1  # where that DATE ends in the text
    # the last quarter stated: "the quarter", "the latest period" in an earnings report
    # name the quarter the report is about, not the calendar's last one
    qref: str | None = None
    # False while candidates are collected: tense costs more than the rest of a handler and
    # is only needed for the matches kept, which are resolved again with it.
    resolving: bool = False
    used_tense: bool = False

    def tense(self, m: re.Match) -> str | None:
        self.used_tense = True
        if not self.resolving:
            return None
        return tense_at(self.text, m.start(), m.end())


@dataclass
class Res:
    type: str
    value: str
    mod: str | None = None
    tense: str | None = None
    range: tuple[date, date] | None = None  # explicit range ("March 3-5"), else from value
    span: tuple[int, int] | None = None  # a narrower span than the whole match
    anaphoric: bool = False  # value depends on ctx.ref: recompute once the ref is known
    # an anaphoric value that still names a period of the report ("the quarter"), so later
    # "a year ago" may count from it (a derived one, "a year earlier", may not: it chains)
    restates: bool = False


Rule = tuple[str, re.Pattern, Callable[[re.Match, Ctx], Res | None]]
B = r"(?<![\w$£€@#/])(?<!\d[,.])"  # no digit group, currency or word glued on the left
E = r"(?![\w])(?![,.]\d)(?!\s?%)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
_SPELLED = (r"(?:(?:nineteen|eighteen)\s+(?:hundred|(?:oh\s+)?(?:one|two|three|four|five|six|"
            r"seven|eight|nine)|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|"
            r"two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?)")


class Folded:
    """A case-insensitive pattern searched, in ASCII text, as a case-sensitive copy in the
    lowered text: the engine then skips an alternative on its first letter (re.I compares
    each letter after folding), several times faster on long word lists. The pattern's
    letters must be lower case. Only whether it matches is returned."""

    def __init__(self, pattern: str):
        self.folded = re.compile(pattern, re.I)
        self.lowered = re.compile(pattern)

    def search(self, s: str) -> bool:
        if s.isascii():
            return self.lowered.search(s.lower()) is not None
        return self.folded.search(s) is not None


_NOT_YEAR_BEFORE = Folded(
    r"(?:resolution|resolutions|no\.|nos\.|number|article|articles|flight|route|highway|"
    r"room|rooms|boeing|airbus|model|section|chapter|page|pages|paragraph|unit|code|bill|"
    r"h\.r\.|s\.|law|act|decree|order|item|lot|box|suite|apt\.|building|platform|gate|"
    r"bus|train|channel|version|v|rule|protocol|annex|at|score|of|to|and|than|about|some|"
    r"nearly|almost|over|under|just|only|least|top|km|kilometers|miles|meters|mm|troops|"
    r"soldiers|people|plus|minus|[$£€#])\s*$")
_YEAR_OK_BEFORE = Folded(
    r"(?:in|since|by|until|till|from|during|before|after|through|of|early|late|mid-?|"
    r"fiscal|year|years|summer|winter|spring|fall|autumn|,|the|and|to|between|in\s+early|"
    r"in\s+late|\()\s*$")
_COUNTABLE_AFTER = re.compile(
    r"\s+(?:troops|soldiers|people|persons|dollars|euros|pounds|yuan|rubles|tons|tonnes|"
    r"barrels|votes|delegates|members|seats|cases|deaths|refugees|civilians|km|miles|"
    r"meters|metres|feet|kilometers|kilometres|residents|workers|prisoners|hostages|"
    r"units|shares|points|percent|per\s+cent)\b", re.I)


def _c(pattern: str) -> re.Pattern:
    return re.compile(B + pattern + E, re.I)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _num_str(n: float | str) -> str:
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _two_digit_year(yy: int, dct: date) -> int:
    # '98 in a 2026 paper is 1998, '27 is 2027: the nearer century wins, within 20 years ahead
    y = dct.year // 100 * 100 + yy
    return y - 100 if y > dct.year + 20 else y


def _year_of(text: str | None, dct: date) -> int | None:
    if not text:
        return None
    t = text.strip().lower()
    if t.startswith("'") or t.startswith("’"):
        return _two_digit_year(int(t[1:]), dct)
    if t.isdigit():
        return int(t)
    if t in ("this year", "the year", "the current year"):
        return dct.year
    if t == "last year":
        return dct.year - 1
    if t == "next year":
        return dct.year + 1
    if t.startswith("fiscal"):
        return int(t.split()[-1])
    return spelled_year(t)


def _day_res(y: int, mo: int, d: int, d2: int | None = None, tense: str | None = None):
    try:
        first = date(y, mo, d)
        last = date(y, mo, d2) if d2 else first
    except ValueError:
        return None  # 31 February: not a date, not a crash
    if last < first:
        return None
    return Res("DATE", first.isoformat(), tense=tense,
               range=(first, last) if d2 else None)


NEAR = 300  # characters: a clock time or "the morning" this close to a day is on that day


def near_day(ctx: Ctx, pos: int) -> str | None:
    """The day just stated ("Friday ... at 10:40 a.m."), if it is a day and close before
    `pos` (news paragraphs are often one sentence, so a paragraph break does not cut it);
    else None (the clock time is then the DCT's)."""
    if not ctx.ref or ctx.ref_at < 0 or not 0 <= pos - ctx.ref_at <= NEAR:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ctx.ref):
        return None
    return ctx.ref
