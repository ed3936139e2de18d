"""Gates on a cue before it becomes an act: negated, hypothetical, conditional, planned,
inside an accusation or a denial, a meeting only travelled to or one that broke down: the
words are there, the act is not."""
from __future__ import annotations

import re

from . import act_words as W
from . import cues as C
from .act_checks import _TALKS_NOUN
from .between import STALLED_AFTER

_ACCUSED_OF = re.compile(r"\b(?:accus|charg)(?:ed|es|ing) (?:[\w.'’-]+ ){1,6}?(?:of|with) "
                         r"(?:[\w'’\"“-]+ ){0,3}$", re.IGNORECASE)
# "flying to Brasilia for talks", "is due in Washington on Friday for two days of talks"
_FOR_BEFORE = re.compile(r"\bfor (?:(?:two|three|four|five|several|\d+) (?:days?|hours?|weeks?|"
                         r"rounds?) of )?$")
# "has denied any involvement and condemned the attack", "denied that the works existed and
# accused Peking of...": the subject's next verb, not part of what it denied
# ("denied that it had armed the rebels and backed the coup": "had" governs both, still denied)
_DENIED_AND = re.compile(r"(?![^\"“”]*\bthat\b[^\"“”]*\b(?:had|has|have|would|will|could|"
                         r"was|were|is|are|did)\b)[^\"“”]*\band (?:also |then )?$")


_ASSURING = ("assur", "reassur", "promis", "pledg", "guarantee")


_DECIDED_TO = re.compile(r"\b(?:decided|voted|moved|chose|opted)\s+(?:(?:on\s+)?\w+day\s+|"
                         r"today\s+|yesterday\s+)?to\s+$")


# what lexicon_passive's "were held by" needs before it to be a meeting
_TALKS_HELD = re.compile(r"\b(?:[Tt]alks|[Nn]egotiations|[Dd]iscussions|[Cc]onsultations|"
                         r"[Cc]onversations)\b[^.;]{0,140}\b(?:was|were)\s+(?:\w+ly\s+)?$")


def cue_blocked(cue: C.Cue, m: re.Match, text: str, before: str, speakers) -> bool:
    """True when cue match `m` of the sentence `text` (with the 60 characters `before` it)
    reports no act; `speakers` are the sentence's (verb, speaker, span) attributions."""
    if cue.type != "intent_to_negotiate" and C.NEGATION.search(before):
        return True
    if cue.cameo == "163" and not W.EMBARGO_BEFORE.search(before):
        return True
    if cue.type == "intent_to_negotiate" and W.NO_BEFORE.search(before[-30:]):
        return True  # "sees no hope for a solution", "has no intention of meeting"
    hypo = C.HYPOTHETICAL.search(before[-40:])
    if W.SUBJUNCTIVE.search(before[-60:]):
        return True  # "demanded that Moscow agree to a ceasefire": asked for, not done
    if (inverted := W.INVERTED_IF.match(text)) and m.start() < inverted.end():
        return True  # "Had Moscow vetoed the resolution, ...": a condition, no act
    if hypo and cue.type == "intent_to_negotiate" and W.WOULD_BE.match(hypo.group()):
        hypo = None  # "said he would be willing to meet": told intent, not a condition
    if hypo and cue.type == "threat" and cue.content:
        hypo = None  # "said Moscow would be forced to take retaliatory steps if": a warning
    if hypo or C.REFUSAL_BEFORE.search(before):
        return True
    if cue.type == "criticism" and _ACCUSED_OF.search(before[-80:]):
        return True  # "accused Washington of hypocrisy": the charge, inside the accusation
    if cue.type == "rejection" and cue.content and any(
            lo <= m.start() < hi and v.group().lower().startswith(_ASSURING)
            for v, sp, (lo, hi) in speakers):
        return True  # "assured Yeltsin that Ukraine would not join NATO": a pledge, no refusal
    if any(lo <= m.start() < hi and v.group().lower() in W.DENYING
           and not _DENIED_AND.fullmatch(text, v.end(), m.start())
           for v, sp, (lo, hi) in speakers):
        return True  # "denied that his government backs the militias": no backing told
    if cue.type in ("meeting", "phone_call", "agreement", "sanction") and (
            (C.FUTURE.search(before[-30:])
             # "decided on Thursday to scrap an intelligence-sharing pact": a measure decided
             and not (cue.type == "sanction" and _DECIDED_TO.search(before[-40:])))
            or C.PENDING.search(before[-40:]) or (
                cue.type in ("meeting", "phone_call") and W.WOULD_GO.search(before[-40:]))):
        return True
    if cue.type == "meeting" and m.group() == "held" and not _TALKS_HELD.search(
            text, max(0, m.start() - 160), m.start()):
        return True  # "The hostages were held by Hezbollah": only talks held are a meeting
    if C.EXPECTED_TO.search(before[-50:]):
        return True  # "Washington was expected to press for", "is scheduled to leave": ahead
    if cue.type == "meeting" and (W.NOT_HELD.search(before) or (
            m.group().lower().startswith("host") and (
                W.HOSTS_A_THING.match(text, m.end()) or (
                    m.group().lower() == "hosts" and W.HOSTS_STANDING.match(text, m.end()))))):
        return True  # "refused to attend a meeting with", "ruled out talks with", "hosts a base"
    if (cue.type == "meeting" and _FOR_BEFORE.search(before)
            and (ahead := W.TRIP_AHEAD.search(text, max(0, m.start() - 130), m.start()))
            and not W.TRIP_DONE.search(text, ahead.end("ahead"), m.start())):
        return True  # "would dispatch Kuroda for talks with", "was flying to Brasilia for talks"
    if C.PENDING.search(before[-40:]) and cue.type in ("proposal", "support", "demand"):
        return True  # "the measures would stay until Bogota offered an explanation": a condition
    if cue.type == "meeting" and _TALKS_NOUN.search(m.group()) and STALLED_AFTER.match(
            text, m.end()):
        return True  # "Syria's talks with Israel broke down in January": background
    return False
