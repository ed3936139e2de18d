"""The temporal layer behind a small adapter: `events.parser.timex` (helper "timex") when it is
importable and works, else a minimal fallback so extraction never fails for want of dates.
"""
from __future__ import annotations

import calendar
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..types import DateRef

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TimeRef:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    precision: str | None
    range: tuple[date, date] | None


try:  # the real tagger; the fallback below only keeps the parser alive without it
    from ..timex import tag as _timex_tag
except Exception:  # pragma: no cover - depends on the other package's state
    _timex_tag = None
if os.environ.get("PARSER_TIMEX") == "fallback":  # to compare the two taggers
    _timex_tag = None


def tag(text: str, dct: date) -> list[TimeRef]:
    if _timex_tag is not None:
        try:
            tagged = [TimeRef(t.start, t.end, t.text, t.type, t.value, t.mod, t.precision,
                              t.range) for t in _timex_tag(text, dct)]
            low = text.lower()  # (once, for the day-counting patterns' cheap search)
            tagged = [t for t in tagged if t.text.lower() != "the day"
                      or not _SPENT_THE_DAY.search(text, max(0, t.start - 12), t.start)]
            return _counted_on(_from_anchor(_with_anaphora(tagged, text, low), text, low))
        except Exception:  # a tagger bug must not lose the article's events
            log.exception("timex tagger failed; using the fallback")
    return fallback_tag(text, dct)


# "Powell spent the day on the telephone", "met for most of the day": how long, not which day
# (TimeML tags it the document's day); the act takes the day the story tells
_SPENT_THE_DAY = re.compile(r"\b(?:spent|spend|spends|spending|most of|much of|all|rest of|"
                            r"part of|for|throughout)\s+$", re.IGNORECASE)
STEP = re.compile(r"^(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                   r"(?P<u>days?|weeks?)\s+(?P<dir>later|after|afterwards|earlier|before)$",
                   re.IGNORECASE)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}


FROM_LAST = {"the same day": 0, "that same day": 0, "that day": 0, "the next day": 1,
              "the following day": 1, "the day before": -1, "the previous day": -1}

# Words that date an act by the day the story last named, which TimeML leaves untagged (or
# tags as a duration): "Eban rejected the demand later that day", "Within hours, China said",
# "announced it in Madrid hours later", "told reporters that evening", "was received the same
# evening", "met him the next morning". The tagger follows TimeBank, so they are found here,
# for the acts only.
_ANAPHORA = re.compile(
    r"\b(?:(?:later|earlier)\s+that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
    r"|(?:that|the)\s+same\s+(?:morning|afternoon|evening|night)"
    r"|that\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:a\s+few\s+|several\s+|just\s+|only\s+)?hours\s+(?:later|earlier)|within\s+hours"
    r"|the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)"
    r"|the\s+previous\s+(?:evening|night)"
    # "Earlier in the afternoon, he held talks", "accused them during the night": a part of
    # the day the story is telling, not of the paper's day
    r"|(?:(?:earlier|later)\s+)?in\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+in\s+the\s+day|during\s+the\s+(?:night|morning|afternoon|evening)"
    # "said at the same ceremony", "who replied at the same reception": the occasion just told
    r"|at\s+the\s+same\s+(?:ceremony|reception|news\s+conference|press\s+conference|"
    r"session|meeting|dinner|banquet|luncheon|gathering|rally|briefing|event)"
    # "The day before, Thatcher had spoken to Reagan" (not "the day before the vote")
    r"|the\s+(?:day|night|evening)\s+before(?=\s*[,.;:]|\s*$))\b(?!\s+(?:of|before|after|when)\b)",
    re.IGNORECASE)
_ANAPHORA_LOW = re.compile(_ANAPHORA.pattern)


# "A day after Iraqi tanks rolled into Kuwait on Thursday, Baker said", "Two days after the
# seizure on Friday", "On the eve of Friday's summit": the act's day is counted from the day
# the clause names after it
_FROM_ANCHOR = re.compile(
    rf"\b(?:(?P<n>{'|'.join(_COUNT)}|\d{{1,2}})\s+"
    r"(?P<u>days?|weeks?)\s+"
    r"(?P<dir>after|before)|the\s+(?:day|morning|night|evening)\s+(?P<dir2>after|before)|"
    r"(?P<eve>(?:on\s+)?the\s+eve\s+of))\b", re.IGNORECASE)
_FROM_ANCHOR_LOW = re.compile(_FROM_ANCHOR.pattern)


# (and "Ten days after his troops overran Kuwait, Saddam offered on Sunday": a subject and its
# verb after the comma open the main clause, whose day it is)
_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|then)\b|,\s+(?:[A-Z][\w.'’-]*\s+){1,4}"
                          r"(?:[a-z]+ed|said|told|met|spoke|sent|gave|made|held)\b")
# where a clause opens: the start of a sentence (after a dateline's dash), or a comma
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?]\s+|[,;:—–]\s*|\s-\s|\n\s*)$")


def _from_anchor(times: list[TimeRef], text: str, low: str) -> list[TimeRef]:
    out = list(times)
    for m in _finditer(_FROM_ANCHOR, _FROM_ANCHOR_LOW, _FROM_ANCHOR_NEEDLES, text, low):
        if not _CLAUSE_OPENS.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the meeting came a week after they held talks on Sept. 4": the talks'
        if m["eve"]:
            shift = -1
        elif m["dir2"]:
            shift = 1 if m["dir2"].lower() == "after" else -1
        else:
            shift = _days(m) if m["dir"].lower() == "after" else -_days(m)
        for i, t in enumerate(out):
            if t.start < m.end():
                continue
            gap = text[m.end():t.start]
            if t.start - m.end() > 100 or "." in gap.replace(".,", "") or _NEXT_CLAUSE.search(gap):
                break  # ("Two days after they landed, Madrid recalled ..., and on Wednesday")
            if t.type in ("DATE", "TIME") and t.precision == "day" and t.range:
                d = t.range[0] + timedelta(days=shift)
                # one expression from the count to the day ("A day after ... on Thursday"),
                # standing where the clause opens; what the tagger found inside it goes
                out[i] = TimeRef(m.start(), t.end, text[m.start():t.end], "DATE",
                                 d.isoformat(), None, "day", (d, d))
                out = [u for j, u in enumerate(out)
                       if j == i or not (m.start() <= u.start and u.end <= t.end)]
                break
    return sorted(out, key=lambda t: t.start)


# The phrases each pattern needs, looked for first in the lowered text: a plain substring test
# costs far less than the regex over every article (most have none of them).
_ANAPHORA_NEEDLES = tuple(f"{a} {b}" for a in ("that", "same", "next", "following", "previous")
                          for b in ("day", "morning", "afternoon", "evening", "night")) + (
    "hours later", "hours earlier", "within hours", "day before", "night before",
    "evening before", "at the same ", "in the morning", "in the afternoon", "in the evening",
    "in the day", "during the ")
_FROM_ANCHOR_NEEDLES = ("day after", "days after", "day before", "days before", "week after",
                        "weeks after", "week before", "weeks before", "morning after",
                        "night after", "evening after", "morning before", "night before",
                        "evening before", "eve of")


def _finditer(pattern: re.Pattern, lower_pattern: re.Pattern, needles, text: str, low: str):
    """The case-blind pattern's matches, found by its case-bound twin on the lowered text (same
    offsets) when one of its phrases is there; lowering moves offsets for a few letters beyond
    ASCII ("İ"), and then the slower re.I pattern runs on the text itself."""
    if len(low) != len(text):
        return pattern.finditer(text)
    if not any(n in low for n in needles):
        return iter(())
    return lower_pattern.finditer(low)


def _days(m: re.Match) -> int:
    """The days a count names ("two days", "a week", "10 days"): its `n` and `u` groups."""
    n = int(m["n"]) if m["n"].isdigit() else _COUNT[m["n"].lower()]
    return n * (7 if m["u"].lower().startswith("week") else 1)


def _with_anaphora(times: list[TimeRef], text: str, low: str) -> list[TimeRef]:
    extra = []
    for m in _finditer(_ANAPHORA, _ANAPHORA_LOW, _ANAPHORA_NEEDLES, text, low):
        over = [t for t in times if t.start < m.end() and m.start() < t.end]
        # "hours" of "within hours" is tagged a duration, "in the afternoon" a time of the
        # paper's day: the story's reading replaces them
        daypart = m.group().lower().startswith(("in ", "earlier in", "later in", "during"))
        if all((t.type == "DURATION" or (daypart and t.type == "TIME"))
               and m.start() <= t.start and t.end <= m.end() for t in over):
            times = [t for t in times if t not in over]
            extra.append(TimeRef(m.start(), m.end(), text[m.start():m.end()], "DATE", "", None,
                                 None, None))
    return sorted(times + extra, key=lambda t: t.start) if extra else times


def _counted_on(times: list[TimeRef]) -> list[TimeRef]:
    """"On March 12 ... Two days later, she expelled...": TimeML tags "two days later" as a
    duration (its signal to the event before), but the act it dates happened on a day,
    counted from the last day the text stated."""
    out: list[TimeRef] = []
    last_day: date | None = None
    for t in times:
        m = STEP.match(t.text) if t.type == "DURATION" else None
        if m and last_day is not None:
            days = _days(m)
            back = m["dir"].lower() in ("earlier", "before")
            d = last_day + timedelta(days=-days if back else days)
            t = TimeRef(t.start, t.end, t.text, "DATE", d.isoformat(), None, "day", (d, d))
        elif t.type == "DATE" and t.value == "" and _ANAPHORA.fullmatch(t.text):
            if last_day is None:
                continue  # no day stated before it: nothing to count from
            words = t.text.lower().split()
            shift = -1 if words[-1] == "before" else {
                "the previous": -1, "the next": 1, "the following": 1}.get(" ".join(words[:2]), 0)
            d = last_day + timedelta(days=shift)
            t = TimeRef(t.start, t.end, t.text, "DATE", d.isoformat(), None, "day", (d, d))
        elif last_day is not None and t.type == "DATE" and (
                shift := FROM_LAST.get(t.text.lower())) is not None:
            # "Two days later Maduro ordered..., and Ali said the same day": the day just
            # counted, which the tagger (reading "two days later" as a duration) never saw
            d = last_day + timedelta(days=shift)
            t = TimeRef(t.start, t.end, t.text, "DATE", d.isoformat(), None, "day", (d, d))
        if t.type in ("DATE", "TIME") and t.precision == "day" and t.range:
            last_day = t.range[0]
        out.append(t)
    return out


# "WASHINGTON, Oct. 22 — President Kennedy told the nation tonight", in the paper of Oct. 23:
# a dateline's day a little before the paper's is the day "today" and "tonight" mean
_DATELINE_DAY = re.compile(
    r"\s*[A-ZÀ-Ž][\w .,'’()/-]{1,60}?,\s+(?P<m>Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+(?P<d>\d{1,2})\b(?=[^\n]{0,25}?(?:[—–]|--|\s-\s|\(|:))")


def story_day(body: str, published: date) -> date:
    """The day the story was filed when its dateline names one up to three days before the
    paper's (morning papers, agencies filing overnight), else the publication day."""
    m = _DATELINE_DAY.match(body)
    if m is None:
        return published
    month = _MONTHS.get(m["m"].lower()[:3])
    year = published.year - (1 if month > published.month else 0)
    try:
        filed = date(year, month, int(m["d"]))
    except ValueError:
        return published
    return filed if 1 <= (published - filed).days <= 3 else published


def to_dateref(t: TimeRef) -> DateRef:
    start, end = t.range if t.range else (None, None)
    value = t.value
    if t.type == "TIME" and t.precision == "day":
        value = value[:10]  # an act is dated by its day ("Tuesday night" -> 2026-01-20)
    if t.precision == "week" and value.endswith("-WE"):
        # An event's week is written YYYY-Www (the corpus format); TIMEX3's weekend suffix
        # would be a value no reader of events expects. The range keeps the two days.
        value = value[:-3]
    return DateRef(source="text", value=value, precision=t.precision, mod=t.mod,
                   start=start, end=end, text=t.text)


def publication(published: date) -> DateRef:
    return DateRef(source="publication", value=published.isoformat(), precision="day",
                   start=published, end=published)


NO_DATE = DateRef(source="none")

# --- fallback: the handful of expressions wire copy uses most ----------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_FALLBACK = re.compile(
    rf"\b(?:(?P<mod>early|mid|late)[- ](?P<mm>(?:{_MONTH_RE}))\b"
    rf"|(?P<m1>(?:{_MONTH_RE}))\.?\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?\b"
    rf"|(?P<dow>{'|'.join(_DAYS)})\b"
    r"|(?P<rel>yesterday|today|last week|this week|last month|this month)\b"
    r"|(?P<n>\d+|two|three|four|five|six|seven|ten) (?P<unit>days|weeks) ago\b)",
    re.IGNORECASE,
)
_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _month_ref(y: int, m: int, mod, t, m0) -> TimeRef:
    last = calendar.monthrange(y, m)[1]
    return TimeRef(m0.start(), m0.end(), m0.group(), "DATE", f"{y:04d}-{m:02d}", mod, "month",
                   (date(y, m, 1), date(y, m, last)))


def fallback_tag(text: str, dct: date) -> list[TimeRef]:
    out: list[TimeRef] = []
    for m in _FALLBACK.finditer(text):
        try:
            out.append(_resolve(m, dct))
        except (ValueError, OverflowError):
            continue
    return out


def _day(m, d: date) -> TimeRef:
    return TimeRef(m.start(), m.end(), m.group(), "DATE", d.isoformat(), None, "day", (d, d))


def _resolve(m: re.Match, dct: date) -> TimeRef:
    if m["mm"]:
        month = _MONTHS[m["mm"].lower()]
        year = dct.year if month <= dct.month else dct.year - 1
        mod = {"early": "START", "mid": "MID", "late": "END"}[m["mod"].lower()]
        return _month_ref(year, month, mod, None, m)
    if m["m1"]:
        month = _MONTHS[m["m1"].lower()]
        year = int(m["y1"]) if m["y1"] else (dct.year if month <= dct.month else dct.year - 1)
        return _day(m, date(year, month, int(m["d1"])))
    if m["dow"]:
        back = (dct.weekday() - _DAYS[m["dow"].lower()]) % 7
        return _day(m, dct - timedelta(days=back))
    if m["rel"]:
        rel = m["rel"].lower()
        if rel in ("yesterday", "today"):
            return _day(m, dct - timedelta(days=1 if rel == "yesterday" else 0))
        if rel.endswith("month"):
            d = dct if rel.startswith("this") else (dct.replace(day=1) - timedelta(days=1))
            return _month_ref(d.year, d.month, None, None, m)
        d = dct - timedelta(days=7 if rel.startswith("last") else 0)
        iso = d.isocalendar()
        monday = d - timedelta(days=d.weekday())
        return TimeRef(m.start(), m.end(), m.group(), "DATE", f"{iso[0]}-W{iso[1]:02d}", None,
                       "week", (monday, monday + timedelta(days=6)))
    n = int(m["n"]) if m["n"].isdigit() else _NUM[m["n"].lower()]
    days = n * (7 if m["unit"].lower() == "weeks" else 1)
    return _day(m, dct - timedelta(days=days))
