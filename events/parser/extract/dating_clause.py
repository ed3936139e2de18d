"""When an act's clause hangs on another: a verb joined by "and" to the clause before it, an
aside on its actor ("Rabat, which denounced..."). Split out of `dating.py` (session 12) to keep
that file under 400 lines; `dating.date_for` asks these after its own clause's dates."""
from __future__ import annotations

import re

from . import dates as D

REPORTED = re.compile(r"\b(?:said|says|told|added|stated|reported|according to|that)\b")
IN_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*$")
_AND_VERB = re.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# "a spokesman said on Wednesday that ..., but urged Italy": a date told with the saying
# verb is the main clause's, not of what was said
_SAID_ON = re.compile(r"\b(?:said|told(?:\s+\w+){1,3}|added|stated)\s+"
                      r"(?:on\s+|late\s+|early\s+)?$")
_RELATIVE_ACT = re.compile(r",\s+(?:which|whose\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                           r"(?:also\s+|had\s+|has\s+|have\s+)?$")
# "the January election", "its 1996 campaign", "Iraq's 1990 invasion": a date that names a
# thing; "the first talks since the invasion in February 2022": a date of what the talks follow
OF_A_THING = re.compile(r"(?:\b(?:the|his|her|its|their|a|an|since|until|of)|['’]s)\s+$",
                        re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|until|before|after)\b[^,;]*$")


def conjunct_date(text: str, offset: int, cue: int, past: list[D.TimeRef]):
    """"Xi sent Tokayev a message on Friday ..., and said Beijing was ready": a verb that
    shares its subject with the clause before it is of that clause's date, when the date is
    the main clause's own (not inside what was said, nor a relative clause's)."""
    joined = _AND_VERB.search(text, max(0, cue - 16), max(0, cue))
    if joined is None or not text[cue:cue + 1].islower():
        return None
    host = [t for t in past if t.end - offset <= joined.start()
            and not OF_A_THING.search(text, max(0, t.start - offset - 12), t.start - offset)
            and not _SINCE.search(text, max(0, t.start - offset - 60), t.start - offset)
            and (not REPORTED.search(text, 0, t.start - offset)
                 or _SAID_ON.search(text, max(0, t.start - offset - 50), t.start - offset))
            and not IN_RELATIVE.search(text, max(0, t.start - offset - 80), t.start - offset)]
    return host[0] if host else None


def in_which_aside(text: str, cue: int) -> bool:
    """"Rabat, which denounced the operation", "Mexico, whose government hosted the talks":
    the act is told in an aside on its actor (not "X, who praised...": a person's who-clause
    is often the day's news)."""
    return _RELATIVE_ACT.search(text, max(0, cue - 70), max(0, cue)) is not None


_NAMED_YEAR = re.compile(r"^\s+[A-ZÀ-Ž]")
_THE = re.compile(r"\b(?:the|its|his|her|their)\s+$")
_OCCASION = re.compile(r"\s+(?:summit|meeting|talks|elections?|vote|referendum|deadline|"
                       r"conference|session|visit)\b")
# a paper or a poll known by its day, the object of some other act: "demanded that Italy
# withdraw its March 11 note", "campaigning for the Sept. 17 election" (not "the Feb. 23
# accord signed by Annan", "hosted the April 9 meeting": the day of the act itself)
_DAY_NAMED = re.compile(r"\s+(?:note|letter|memorandum|communiqu[eé]|ultimatum|proposals?|"
                        r"elections?|vote|referendum|deadline)\b")


def names_a_thing(t: D.TimeRef, text: str, offset: int) -> bool:
    """A year that names a thing, not a date: "the 1966 Geneva Agreement", "his 1996 campaign",
    "a 2015 peace agreement"; a month before an occasion's noun: "the June summit"; a day
    before a paper's: "its March 11 note"."""
    a = t.start - offset
    if t.precision in ("month", "day"):
        return (_THE.search(text, max(0, a - 6), a) is not None
                and (_OCCASION if t.precision == "month" else _DAY_NAMED).match(
                    text, t.end - offset) is not None)
    return t.precision in ("year", "decade") and (
        _NAMED_YEAR.match(text, t.end - offset) is not None
        or OF_A_THING.search(text, max(0, a - 12), a) is not None)


# "demanded in a note delivered on Wednesday that": the document that carries the act,
# handed over when the act was done (not "the sanctions imposed in May")
DOCUMENT_SENT = re.compile(r"\b(?:in|by) (?:an? |the |his |her |its |their )(?:[\w-]+ )?"
                           r"(?:note|letter|message|cable|telegram|statement|communiqu[eé])"
                           r" (?:delivered|handed|sent|released|issued|broadcast|read)\s+"
                           r"(?:in|on|at)\s+$")
