"""The date an act reported as current takes from one already dated: the same meeting told
again, or a further act of the same occasion (`inherit_date`). Apart from `dating.py` (the date
an act's own clause or the scene gives it) because the pipeline calls it afterwards, with the
acts already read; moved out of `dating.py` when that file grew past 400 lines."""
from __future__ import annotations

import re
from datetime import timedelta

from .acts import Act
from .memory import JOINT_TYPES, LOOK_BACK

_SIMPLE_PAST = re.compile(r"[a-z]+ed\b|(?:met|sent|made|gave|held|told|struck|broke|"
                          r"withdrew|spoke|took|sought|led)\b")
_ALSO = re.compile(r"\balso\s+(?:\w+\s+)?$")
_WHO_DID = re.compile(r",\s+who\s+(?:\w+ly\s+|also\s+)?$")
# (not "Petro, who spoke with Lula on Monday, backed ...": a relative clause, not a verb pair)
_AND_BUT = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
_PRESENT = re.compile(r"\b(?:says|say|maintains|claims?)\b")
# ("In Canberra, Mr Whitlam said": another place, so another occasion)
_ELSEWHERE = re.compile(r"(?:In|At|From)\s+[A-Z][a-z]+,")


def _sides(act: Act) -> set[str | None]:
    sides = {act.actor.country, act.target.country}
    return sides if len(sides) == 2 and None not in sides else set()


def inherit_date(act: Act, earlier: list[Act], text: str, offset: int) -> None:
    """An act reported as current may be one already dated: the same meeting told again
    ("held talks on Tuesday ... Bayramov and Mirzoyan met for four hours"), or a further act
    of the same occasion ("The Treasury last week imposed sanctions... It also sanctioned").
    """
    if act.date is None or act.date.source != "publication":
        return
    if _story_of_yesterday(act, earlier):
        return
    pair = {act.actor.name, act.target.name} if act.target is not None else None
    also = _ALSO.search(text, max(0, act.cue_start - offset - 20), act.cue_start - offset)
    for prev in reversed(earlier):
        if act.sentence.paragraph - prev.sentence.paragraph > LOOK_BACK:
            break
        if prev.date is None or prev.date.source != "text":
            continue
        # what the two sides agreed at a meeting already dated is of that meeting
        kin = prev.type == act.type or ({prev.type, act.type} == {"meeting", "agreement"}
                                        and pair is not None and prev.target is not None
                                        and pair == {prev.actor.name, prev.target.name}
                                        and act.sentence.paragraph - prev.sentence.paragraph <= 1)
        same = kin and act.type in JOINT_TYPES and (
            prev.actor.name == act.actor.name or (
                pair is not None and (
                    (prev.target is not None and pair == {prev.actor.name, prev.target.name})
                    # "Armenia and Azerbaijan held talks ... Mirzoyan and Bayramov met"
                    or (prev.actor.country in _sides(act)
                        and (prev.target is None or _sides(prev) == _sides(act))
                        and act.sentence.paragraph - prev.sentence.paragraph <= 1))))
        close = (also is not None and prev.actor.name == act.actor.name
                 and act.sentence.index - prev.sentence.index <= (
                     1 if prev.sentence.paragraph == act.sentence.paragraph else 3))
        # "Clinton met them on Monday. He handed both delegations a paper": the same
        # actor's story goes on, in the simple past, in the next sentence of the paragraph
        goes_on = (prev.actor.name == act.actor.name
                   and prev.sentence.paragraph == act.sentence.paragraph
                   and act.sentence.index - prev.sentence.index == 1
                   and prev.date.precision == "day"
                   and (act.plain_speech or _SIMPLE_PAST.match(text, act.cue_start - offset)))
        # "Peskov said on Wednesday that ..., but warned against ...": the second verb of
        # the same subject in the same sentence is of the same day
        coord = (act.next_verb and prev.actor.name == act.actor.name
                 and prev.sentence is act.sentence and prev.cue_start < act.cue_start
                 and _AND_BUT.search(text, max(0, act.cue_start - offset - 30),
                                     act.cue_start - offset))
        # "discussed the dam in a call on Tuesday with bin Salman, who expressed support":
        # the relative clause of one side tells what he did on that occasion
        rel = (prev.sentence is act.sentence and prev.cue_start < act.cue_start
               and act.actor.name in (prev.actor.name, prev.target.name if prev.target else None)
               and _WHO_DID.search(text, max(0, act.cue_start - offset - 30),
                                   act.cue_start - offset))
        if same or close or goes_on or coord or rel:
            act.date = prev.date
            return


def _story_of_yesterday(act: Act, earlier: list[Act]) -> bool:
    """A morning paper's story of the day before ("Italy and Yugoslavia yesterday buried ...
    Mr Minic described the settlement ... He demanded"): what its actor goes on to do in the same
    paragraph or the next, told in the past, is of that day, not the paper's. Only the same
    actor and only the day before: other actors' words and older days are as often current."""
    prev = next((p for p in reversed(earlier) if p.date is not None
                 and p.date.source == "text" and p.date.precision == "day"), None)
    # (within one sentence the verb pairs above decide: "Petro, who spoke with Lula on Monday,
    # backed")
    if (prev is None or prev.sentence is act.sentence or prev.actor.name != act.actor.name
            or prev.date.start is None
            or act.date.start is None or prev.date.start != act.date.start - timedelta(days=1)
            or act.sentence.paragraph - prev.sentence.paragraph > 1
            or _PRESENT.search(act.sentence.text) is not None
            or _ELSEWHERE.match(act.sentence.text) is not None):
        return False
    act.date = prev.date
    return True
