"""The lead's day for acts told undated after it (`lead_day`), and the day the sentence after
an undated lead gives its announcement; moved out of `pipeline.py`, which calls it once every
act is read and dated, when that file grew past 400 lines."""
from __future__ import annotations

import re
from datetime import date

from .acts import Act
from .dating import IN_RELATIVE
from .sentences import Sentence

_DEEDS = frozenset({"meeting", "phone_call", "agreement", "sanction"})
_AT_OCCASION = re.compile(r"\b(?:told|addressed|at|after|during|following|on the sidelines of)\s+"
                          r"(?:the|that|this)\s+(?:signing\s+|closing\s+|opening\s+)?"
                          r"(?:ceremony|signing|gathering|summit|talks|meeting|session|"
                          r"conference|delegates|council|vote|assembly)\b", re.IGNORECASE)
# "with Nicaragua and Paraguay voting against it": a vote, cast on the day the lead tells
_VOTED = re.compile(r"\b(?:voted|voting|abstained|abstaining)\b", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+){0,8}$")


def _at_occasion(text: str) -> bool:
    # (not "Fabius, who had pressed for it during the talks, called...": another, earlier act)
    m = _AT_OCCASION.search(text)
    return m is not None and not _HAD_BEFORE.search(text, max(0, m.start() - 60), m.start())


def lead_day(acts: list[Act], published: date) -> None:
    """The lead's day for acts told undated after it (not the paper's, when that is another):
    "Algeria closed its airspace to Mali on Monday... (two paragraphs on) Algeria also recalled
    its ambassador" (an actor of the lead, within two paragraphs); and, in a paper of the
    morning after, a later clause of the lead, any meeting, call, deal or sanction, and words
    said at the occasion ("told the gathering")."""
    if not acts or acts[0].sentence.index > 1:
        return  # (no act in the lead: the story opens on something else)
    lead = acts[0].sentence
    days = _days_told(acts, lead, published)
    if not days:
        _announced_day(acts, lead, published)
    if len(days) != 1:
        return
    day = days.pop()
    actors = {a.actor.name for a in acts if a.sentence is lead}
    # the states the lead names as meeting: their people's undated words in the paragraphs
    # after are of the occasion the lead tells ("The United States, Britain and the Soviet
    # Union opened negotiations here yesterday ... Ormsby-Gore said Britain was ready"; the
    # development sets: 7 days right, none lost; any lead, not only a meeting: 7 lost)
    sides = {a.actor.country for a in acts if a.sentence is lead and a.actor.kind == "state"
             and a.actor.country}
    recent = 1 <= (published - day.start).days <= 3
    lead_meeting = any(a.type == "meeting" for a in acts if a.sentence is lead)
    for a in acts:
        if a.date.source != "publication":
            continue
        if a.sentence is lead:
            # "held talks on Tuesday ..., but Azerbaijan's minister said": a later clause of
            # the lead goes on on its day (not "Petro, who spoke with Lula on Monday, backed")
            if recent and any(b.date == day and b.cue_start < a.cue_start
                              and not IN_RELATIVE.search(lead.text, 0, b.cue_start - lead.start)
                              for b in acts if b.sentence is lead):
                a.date = day
        elif a.actor.name in actors and a.sentence.paragraph - lead.paragraph <= (4 if recent
                                                                                  else 2):
            # (in a story of the morning after, four paragraphs: the development sets, 24
            # such days right for 14 wrong beyond the second)
            a.date = day
        elif (recent and lead_meeting and a.actor.kind == "person" and a.actor.country in sides
              and a.sentence.paragraph - lead.paragraph <= 8):
            a.date = day
        elif recent and (a.type in _DEEDS or _at_occasion(a.sentence.text)
                         or (a.type in ("rejection", "support")
                             and _VOTED.search(a.sentence.text))):
            # A story told the morning after ("signed on Monday" in Tuesday's paper): a
            # meeting, call, deal or sanction it tells undated, or words said at the
            # occasion ("told the gathering"), are of the story's day; a paper reports
            # such deeds on the day they happen, or dates them
            a.date = day


_ANNOUNCED = re.compile(r"\b(?:announced|disclosed|made public)\s+(?:the|its|this|his|her)\s+"
                        r"(?:decision|move|measures?|step)\b")


def _announced_day(acts: list[Act], lead: Sentence, published: date) -> None:
    """"Jordan has recalled its ambassador to Israel... (next sentence) Foreign Minister Ayman
    Safadi announced the decision in a post on Twitter late on Tuesday": the lead's undated act
    is of the day the sentence after it gives its announcement (by the same state)."""
    nxt = next((a.sentence for a in acts if a.sentence.start > lead.start), None)
    if (nxt is None or nxt.index != lead.index + 1 or nxt.paragraph - lead.paragraph > 1
            or not _ANNOUNCED.search(nxt.text)):
        return
    days = _days_told(acts, nxt, published)
    if len(days) != 1:
        return
    day = days.pop()
    announcers = [a.actor for a in acts if a.sentence is nxt]
    states = {r.country for r in announcers}
    # (an official named by his post alone is the lead's: "Foreign Minister Ayman Safadi")
    unplaced = any(r.kind == "person" and not r.country for r in announcers)
    for a in acts:
        if a.sentence is lead and a.date.source == "publication" and (
                unplaced or a.actor.country in states):
            a.date = day


def _days_told(acts: list[Act], sent: Sentence, published: date) -> set:
    """The days, other than the paper's, that the acts of a sentence take from its words."""
    return {a.date for a in acts if a.sentence is sent and a.date.source == "text"
            and a.date.precision == "day" and a.date.value != published.isoformat()}
