"""The rule table: each compiled pattern with the handler that normalises its matches.

Order matters only between matches of the same length: the earlier rule wins.
"""
from __future__ import annotations

import re

from .base import _SPELLED, _YEAR, Ctx, Res, Rule, _c, _two_digit_year
from .calendar_rules import (h_century, h_decade, h_half, h_iso, h_month, h_month_day,
                             h_month_year, h_numeric, h_qcode, h_quarter, h_season,
                             h_spelled_year, h_year, h_year_part, h_year_period,
                             h_year_range)
from .duration_rules import (TZ_RE, h_bare_units, h_clock, h_daypart, h_duration, h_half_unit,
                             h_noon, h_set_adv, h_set_every)
from .holiday_rules import HOLIDAY_RULES
from .lexicon import (DAYPART_RE, MONTH_RE, NUM_RE, ORDINAL_RE, SEASON_RE, UNIT_RE,
                      WEEKDAY_RE)
from .relative_rules import (h_ago, h_deictic, h_from_now, h_period_edge, h_ref, h_ref_plural,
                             h_rel_shift, h_rel_unit, h_this_time, h_weekday, h_weekend,
                             h_year_ago, h_year_end, year_ago)
from .resolve import shift, value_at
from .values import precision_of

__all__ = ["RULES", "Ctx", "Res"]

_ENDED_AFTER = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", re.I)


_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|by|until|from|before|after|during|of)\s$", re.I)


def h_short_year(m, ctx):
    """'in '98', 'the class of '62': a year when a preposition introduces it (a bare '98
    may be a quotation mark before a number)."""
    if not _YEAR_PREP_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    return Res("DATE", f"{_two_digit_year(int(m['yy']), ctx.dct):04d}")


def _title(m) -> bool:
    """'Player of the Year', 'The Week': a capitalised unit after a lowercase 'the' is part
    of a title or name, not a time."""
    unit = m.group(0).split()[-1]
    return unit[0].isupper() and not unit.isupper() and m.group(0)[0].islower()


def h_the_day(m, ctx):
    return None if _title(m) else Res("DATE", value_at(ctx.dct, m["u"].lower()))


def h_the_year(m, ctx):
    if _title(m):
        return None
    if _ENDED_AFTER.match(ctx.text, m.end()):
        # "for the year ended Sept. 30": a year-long period that the date closes (TimeML
        # tags a DURATION anchored by that date), not the calendar year
        return Res("DURATION", "P1Y")
    return Res("DATE", f"{ctx.dct.year:04d}")


def h_same_period(m, ctx):
    """'the same period last year': the period just reported, a year back (one expression,
    as TimeML tags it, not "the same period" plus "last year")."""
    period = ctx.ref and (precision_of(ctx.ref) in ("quarter", "month", "season")
                          or "-H" in ctx.ref)
    if m["u"].lower() == "quarter" or not period:
        return year_ago(ctx, "quarter")  # no period stated just before: the reporting quarter
    return year_ago(ctx)


def h_latest_period(m, ctx):
    """'the latest period': the quarter the report is about (the last one it stated), else
    the last completed quarter."""
    if ctx.qref:
        return Res("DATE", ctx.qref, anaphoric=True, restates=True)
    return Res("DATE", value_at(shift(ctx.dct, -1, "quarter"), "quarter"), anaphoric=True,
               restates=True)


# ---------------------------------------------------------------- the rule table
_REL = r"(?:this\s+past|this\s+coming|last|next|this|coming|past|previous)"
_QDET = (r"(?:(?P<det>the\s+current|the\s+latest|the\s+last|the\s+next|the\s+previous|"
         r"the\s+past|the\s+coming|the\s+following|the|this\s+year's|last\s+year's|"
         r"next\s+year's|this|last|next|its|their|that)\s+|(?P<yr>" + _YEAR + r")'s\s+|"
         r"the\s+(?P<y2>" + _YEAR + r")\s+)?")

RULES: list[Rule] = [
    ("iso", _c(r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
               r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?"
               r"(?:Z|[+-]\d{2}:?\d{2})?)?"), h_iso),
    ("numeric", _c(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
     h_numeric),
    ("month_day", _c(r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?P<mon>" + MONTH_RE + r")\s*"
                     r"(?P<d1>\d{1,2}|" + ORDINAL_RE + r")(?:st|nd|rd|th)?"
                     r"(?:\s*(?:-|–|—|to|and|through|until)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
                     # ("on Aug. 1 last year": one date, as "July last year" is)
                     r"(?:,?\s+(?P<y>" + _YEAR + r"|'\d\d|" + _SPELLED +
                     r"|(?:this|last|next)\s+year))?"), h_month_day),
    ("day_month", _c(r"(?:(?P<wd>" + WEEKDAY_RE + r"),?\s+)?(?:the\s+)?"
                     r"(?P<d1>\d{1,2}|" + ORDINAL_RE + r")(?:st|nd|rd|th)?"
                     r"(?:\s*(?:-|–|—|to|and|until)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
                     r"\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r")"
                     r"(?:,?\s+(?P<y>" + _YEAR + r"|'\d\d))?"), h_month_day),
    ("month_year", _c(r"(?P<mon>" + MONTH_RE + r"),?\s+(?:of\s+)?(?P<y>" + _YEAR +
                      r"|'\d\d|" + _SPELLED + r"|(?:this|last|next)\s+year)"), h_month_year),
    ("month", _c(r"(?:(?P<rel>" + _REL + r")\s+)?(?P<mon>January|February|March|April|May|"
                 r"June|July|August|September|October|November|December)"
                 # ("in May of that year": the year the story last named)
                 r"(?:\s+(?:of\s+)?(?P<y>(?:this|last|next|that|the same|the following|"
                 r"the previous|the next)\s+year))?"), h_month),
    ("year", _c(r"(?:(?P<fy>fiscal(?:\s+year)?\s*|FY\s?)|the\s+year\s+)?(?P<y>" + _YEAR + r")"
                r"(?!\s*(?:-|–)\s*\d)(?!s\b|'s\b)"), h_year),
    ("short_year", _c(r"['’](?P<yy>\d\d)(?!s)"), h_short_year),
    ("year_range", _c(r"(?P<y>" + _YEAR + r")\s*(?:-|–|—|/)\s*(?P<y2>" + _YEAR + r"|\d\d)"),
     h_year_range),
    ("decade", _c(r"(?:the\s+)?(?:(?P<y>(?:1[0-9]|20)\d0)'?s|['‘’](?P<yy>\d0)s|(?<=the\s)"
                  r"(?P<yy2>\d0)'?s|"
                  r"(?<=the\s)(?P<w>twenties|thirties|forties|fifties|sixties|seventies|"
                  r"eighties|nineties))"), h_decade),
    ("decade_the", _c(r"the\s+(?:(?:early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties|"
                      r"fifties|sixties|seventies|eighties|nineties)(?P<y>)(?P<yy>)"),
     h_decade),
    ("century", _c(r"(?:the\s+)?(?P<o>" + ORDINAL_RE + r")[\s-]+century"), h_century),
    ("spelled_year", _c(r"(?P<pre>the\s+year\s+)?(?P<sy>" + _SPELLED + r")"), h_spelled_year),
    ("quarter", _c(_QDET + r"(?:(?P<adj>(?:(?:current|latest|fiscal|comparable|same|"
                   r"year-ago|year-earlier|flat|calendar|final)[\s-]+)+))?"
                   r"(?:(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+)?"
                   r"(?:fiscal[\s-]+)?quarter(?!s|-)"
                   r"(?:\s+of\s+(?P<y3>" + _YEAR + r"|this\s+year|last\s+year|next\s+year|"
                   r"the\s+year|fiscal\s+" + _YEAR + r"))?"), h_quarter),
    ("qcode", _c(r"(?:Q(?P<q>[1-4])(?:\s*(?:of\s+)?(?P<y>" + _YEAR + r"|'\d\d))?|"
                 r"(?P<y2>" + _YEAR + r")[\s-]?Q(?P<q2>[1-4])|(?P<q3>[1-4])Q\s?(?P<y3>" +
                 _YEAR + r"|\d\d)?)"), h_qcode),
    ("hcode", _c(r"H(?P<h>[12])\s*(?P<y>" + _YEAR + r")|(?P<y2>" + _YEAR + r")[\s-]?H(?P<h2>[12])"),
     lambda m, ctx: Res("DATE", f"{m['y'] or m['y2']}-H{m['h'] or m['h2']}")),
    ("half", _c(r"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+(?:of\s+)?"
                r"(?P<y>" + _YEAR + r"|this\s+year|last\s+year|next\s+year|the\s+year)"),
     h_half),
    ("year_part", _c(r"(?:the\s+)?(?P<which>first|last|final)\s+(?P<n>two|three|six|[236])\s+"
                     r"(?P<u>months|quarters)\s+of\s+(?P<y>" + _YEAR + r"|this\s+year|"
                     r"last\s+year|next\s+year|the\s+year)"), h_year_part),
    ("season", _c(r"(?:(?P<det>this\s+past|this\s+coming|this|last|next|the\s+past|"
                  r"the\s+coming|the|past|coming|early|late)\s+)?(?P<s>" + SEASON_RE + r")"
                  r"(?:,?\s+(?:of\s+)?(?P<y>" + _YEAR + r"|['’]\d\d|" + _SPELLED +
                  r"|(?<=of\s)(?:this|last|next)\s+year))?"), h_season),
    ("rel_unit", _c(r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+current|"
                    r"the\s+coming|the\s+following|the\s+next|the\s+previous|the\s+preceding|"
                    r"the\s+same|this|last|next|coming|past|previous|current|that)\s+"
                    r"(?P<u>day|week|weekend|month|year|decade|century|fiscal\s+year)"
                    r"(?!-|\s+(?:old|long|or\s+two|care)\b)"), h_rel_unit),
    ("the_year", _c(r"the\s+(?:(?P<adj>full|current|entire|whole|calendar|fiscal)\s+)?year"
                    r"(?!-|\s+(?:before|after|earlier|later|ago|of|in\s+which|when|that|\d|"
                    r"two\s+thousand)\b)"),
     h_the_year),
    ("same_period", _c(r"the\s+(?:same|corresponding|comparable)\s+(?P<u>period|quarter|month)"
                       r"\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|"
                       r"a\s+year\s+(?:ago|earlier))"), h_same_period),
    ("latest_period", _c(r"the\s+(?:latest|most\s+recent|same)\s+period"), h_latest_period),
    ("year_period", _c(r"the\s+(?P<y>" + _YEAR + r")\s+period"), h_year_period),
    ("the_day", _c(r"the\s+(?P<u>day|week)(?!\s+(?:before|after|earlier|later|of|when|that|"
                   r"in\s+which)\b)(?![-\w])"),
     h_the_day),
    ("weekend", _c(r"the\s+weekend"), h_weekend),
    ("deictic", _c(r"today|tonight|yesterday|tomorrow|last\s+night|overnight|"
                   r"(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|"
                   r"tomorrow\s+night|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"),
     h_deictic),
    ("ref", _c(r"now|right\s+now|currently|nowadays|at\s+present|presently|these\s+days|"
               r"at\s+the\s+moment|recently|lately|more\s+recently|"
               r"the\s+past|the\s+(?:near\s+|foreseeable\s+)?future|soon|shortly|"
               r"the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|someday"), h_ref),
    ("ref_plural", _c(r"(?P<rel>the\s+coming|the\s+next|the\s+past|the\s+last|"
                      r"recent|coming|upcoming|future|past|last)\s+(?P<few>few\s+|several\s+)?"
                      r"(?P<u>days|weeks|months|years|decades|quarters|hours)"), h_ref_plural),
    ("weekday", _c(r"(?:(?P<rel>this\s+past|this\s+coming|the\s+previous|the\s+following|"
                   r"last|next|this|coming)\s+)?(?P<wd>" + WEEKDAY_RE + r")(?P<pl>s)?"
                   r"(?:\s+(?P<part>" + DAYPART_RE + r"s?))?"), h_weekday),
    ("ago", _c(r"(?:(?P<approx>about|around|some|nearly|almost|roughly|approximately)\s+)?"
               r"(?:(?P<n>" + NUM_RE + r")\s+)?(?P<u>" + UNIT_RE + r")\s+(?:or\s+so\s+)?ago"),
     h_ago),
    ("from_now", _c(r"(?:(?P<n>" + NUM_RE + r")\s+)?(?P<u>" + UNIT_RE + r")\s+"
                    r"(?:from\s+(?:now|today)|hence)"), h_from_now),
    ("year_ago", _c(r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[-\s](?:ago|earlier))"
                    r"(?P<tail>(?:\s+(?:third|fourth|first|second|fiscal|same))*"
                    r"\s+(?:quarter|period|month))?"), h_year_ago),
    ("rel_shift", _c(r"(?P<n>" + NUM_RE + r")\s+(?P<u>" + UNIT_RE + r")\s+"
                     r"(?P<dir>later|earlier|afterwards?|previously)"), h_rel_shift),
    ("this_time", _c(r"this\s+time\s+(?P<rel>last|next)\s+year"), h_this_time),
    ("period_edge", _c(r"(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn|rest|"
                       r"remainder)\s+of\s+(?P<rel>the|this|next|last)\s+"
                       r"(?P<u>year|month|week|decade|century|quarter)"), h_period_edge),
    ("year_end", _c(r"year[-\s]end"), h_year_end),
    ("duration", _c(r"(?:(?P<det>the|its|their|his|her)\s+)?"
                    r"(?:(?P<rel>first|past|last|next|previous|coming|following|latest|final|"
                    r"remaining|initial|subsequent|entire|full)\s+)?"
                    r"(?P<n>" + NUM_RE + r")(?P<sep>\s+|-)"
                    r"(?:(?:more|additional|full|straight|consecutive|long|trading|business|"
                    r"calendar|working|odd)[\s-]+)?(?P<u>" + UNIT_RE + r")"
                    r"(?P<half>\s+and\s+a\s+half)?(?:-old|-long)?"), h_duration),
    ("bare_units", _c(r"(?:for|in|over|within|after|of|took|takes|last(?:ed)?)\s+"
                      r"(?P<u>years|months|weeks|days|decades|hours|centuries)"
                      r"(?!\s+(?:ago|of\s+the|later|earlier))"), h_bare_units),
    ("half_unit", _c(r"half\s+(?:a|an)\s+(?P<u>hour|day|year|century|decade|month)"),
     h_half_unit),
    ("set_adv", _c(r"daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|"
                   r"biweekly|biannually"), h_set_adv),
    ("set_every", _c(r"(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>" + NUM_RE +
                     r")\s+)?(?P<x>(?P<wd>" + WEEKDAY_RE + r")|(?P<mon>January|February|"
                     r"March|April|May|June|July|August|September|October|November|December)|"
                     r"spring|summer|fall|autumn|winter|weekend|day|week|month|year|"
                     r"quarter|hour|decade|days|weeks|months|years|hours)"), h_set_every),
    ("clock", _c(r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
                 r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)"
                 r"(?=\s*(?:GMT|UTC|local\s+time)))(?:\s*(?P<tz>" + TZ_RE + r"))?"), h_clock),
    ("noon", _c(r"(?P<w>noon|midday|midnight|mid-?afternoon|mid-?morning|mid\s+afternoon|"
                r"mid\s+morning|dawn|dusk|daybreak)"), h_noon),
    # ("the evening of Nov. 16": the date that follows is the one to read)
    ("daypart", _c(r"the\s+(?P<p>morning|afternoon|evening)(?!\s+of\s)"), h_daypart),
    *HOLIDAY_RULES,
]
