"""Acts a sentence implies beyond what its cues say, once the cues' acts are known: the talks
behind a deal ("signed the accords, ending 13 days of talks"), an ellipsis that repeats the
last act for others ("welcomed the agreement, as did Qatar and Egypt"), and a deal named first
with its makers in the clause after it ("the accord that Israel and Egypt signed in 1979")."""
from __future__ import annotations

import re

from . import acts as A  # (acts.py calls this module: the class is looked up at call time)
from . import dates as D
from .memory import Mention
from .left_subject import left_subject
from .roles import clause_start
from .sentences import Sentence

_STOP = re.compile(r"[;.]")


def implied_acts(acts: list, sent: Sentence, text: str, offset: int,
                 mentions: list[Mention], times: list = ()) -> list:
    out = _talks_behind(acts, sent, text, offset)
    out += _as_did(acts + out, sent, text, offset, mentions)
    out += _deal_they_made(acts + out, sent, text, offset, mentions)
    return out + _under_deal(acts + out, sent, text, offset, mentions, times)


# "has operated the base under a 1951 defence agreement with Denmark": a deal of the year
# it names, made by the clause's subject and the other side
_UNDER_DEAL = re.compile(r"\b(?:under|in line with|in accordance with|pursuant to)\s+(?:an?|the|"
                         r"its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:agreement|accord|treaty|pact|deal)\s+with\s+(?:the\s+)?",
                         re.IGNORECASE)


def _under_deal(acts: list, sent: Sentence, text: str, offset: int,
                mentions: list[Mention], times: list) -> list:
    out = []
    for m in _UNDER_DEAL.finditer(text):
        other = next((x for x in mentions if x.start - offset == m.end()), None)
        subj = left_subject(mentions, text, offset, clause_start(text, m.start()), m.start())
        year = next((t for t in times if t.start - offset == m.start("year")), None)
        if other is None or subj is None or year is None or subj.ref.name == other.ref.name:
            continue
        for x, y in ((subj, other), (other, subj)):
            if not any(a.type == "agreement" and a.actor.name == x.ref.name for a in acts):
                out.append(A.Act("agreement", "057", x.ref, x.how, 0.6, sent,
                                 offset + m.start(), target=y.ref, date=D.to_dateref(year)))
    return out


# "an interim agreement that Iran and the six powers reached in Geneva": the deal named
# first, its makers in the relative clause after it
_DEAL_THEY_MADE = re.compile(r"\b(?:agreement|accord|treaty|deal|pact|truce|ceasefire)s?\s+"
                             r"(?:that|which)\s+(?P<who>[^,;.]{2,80}?)\s+(?:had\s+|have\s+|"
                             r"has\s+)?(?:reached|signed|struck|concluded|negotiated)\b",
                             re.IGNORECASE)


def _deal_they_made(acts: list, sent: Sentence, text: str, offset: int,
                    mentions: list[Mention]) -> list:
    out = []
    for m in _DEAL_THEY_MADE.finditer(text):
        makers = [x for x in mentions if m.start("who") <= x.start - offset
                  and x.end - offset <= m.end("who") and x.ref.kind in ("state", "person",
                                                                     "organisation", "group")]
        if not makers or not _AND_ONLY.match(text[m.start("who"):m.end("who")]):
            continue
        for x in makers:
            other = next((y.ref for y in makers if y.ref.name != x.ref.name), None)
            if not any(a.type == "agreement" and a.actor.name == x.ref.name for a in acts):
                out.append(A.Act("agreement", "057", x.ref, x.how, 0.7, sent,
                               offset + m.end("who"), target=other))
    return out


# the relative clause names only its makers: "Iran and the six powers", "the two countries"
_AND_ONLY = re.compile(r"^(?:(?:the|both|all|[A-ZÀ-Ž][\w.'’-]*|[a-z]+)\s*(?:,|and)?\s*){1,8}$")


_AS_DID = re.compile(r",?\s+as\s+(?:did|have|has|had)\s+(?=\S)", re.IGNORECASE)


def _as_did(acts: list, sent: Sentence, text: str, offset: int,
            mentions: list[Mention]) -> list:
    """"Oman welcomed the agreement, as did Qatar, the UAE and Egypt": the same act by each
    actor the ellipsis lists."""
    m = _AS_DID.search(text)
    if m is None:
        return []
    done = [a for a in acts if a.cue_start - offset < m.start() and not a.other_side
            and a.type != "statement"]
    if not done:
        return []
    stop = _STOP.search(text, m.end())
    listed = [x for x in mentions if m.end() <= x.start - offset
              < (stop.start() if stop else len(text)) and x.how != "pronoun"]
    last = max(done, key=lambda a: a.cue_start)  # the verb the ellipsis repeats
    names = {a.actor.name for a in done}
    return [A.Act(last.type, last.cameo, x.ref, x.how, last.strength * 0.9, sent, x.start,
                target=last.target, anchor=last.cue_start)
            for x in listed if x.ref.name not in names]


# "signed the accords, ending 13 days of secluded talks", "agreed after a final round of talks
# that lasted three hours": the talks that led to the deal were held by those who made it.
_TALKS_BEHIND = re.compile(
    r"\b(?:after|ending|following|concluding|capping|at the end of|which ended|that ended)\s+"
    r"(?:(?:a|an|the|their|its|his|her|some|more than|nearly|almost|about|over)\s+)*"
    r"(?:(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?|hours?|sessions?)\s+of|"
    r"(?:[\w-]+\s+)?rounds?\s+of)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|"
    r"consultations)\b(?!\s+(?:failed|collapsed|broke|stalled))"
    # "agreed after talks hosted by Malaysia", "after talks in Beijing mediated by China"
    r"|\b(?:after|following)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations)\b"
    r"(?=\s+(?:in\s+[A-ZÀ-Ž][\w-]*(?:\s+[A-ZÀ-Ž][\w-]*)?\s+)?(?:hosted|mediated|brokered|"
    r"facilitated|sponsored|chaired)\s+by\b)", re.IGNORECASE)


def _talks_behind(acts: list, sent: Sentence, text: str, offset: int) -> list:
    deals = [a for a in acts if a.type == "agreement"]
    m = _TALKS_BEHIND.search(text) if deals else None
    if m is None:
        return []
    met = {a.actor.name for a in acts if a.type == "meeting"}
    if met - {a.actor.name for a in acts if a.cue_start > offset + m.start()}:
        return []  # a meeting of the deal's makers was read; a host's named later is no bar
    return [A.Act("meeting", "040", a.actor, a.how, 0.6, sent, offset + m.start(),
                target=a.target, anchor=a.cue_start) for a in deals if a.actor.name not in met]
