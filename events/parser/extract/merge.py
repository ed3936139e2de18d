"""One event per act: sentences reporting the same act by the same actor merge; then the
acts become `ExtractedEvent`s with a summary and a confidence score."""
from __future__ import annotations

import re

from ...taxonomy import BY_SLUG
from ..types import Evidence, ExtractedEvent
from .acts import Act
from .memory import JOINT_TYPES, LOOK_BACK

_ACTOR_WEIGHT = {"gazetteer": 1.0, "title": 0.95, "surname": 0.92, "group": 0.85,
                 "role": 0.85, "name": 0.8, "pronoun": 0.75, "speaker": 0.8, "pair": 0.8,
                 "org_ref": 0.8}
# Summary templates: (without a target, with one).
_SUMMARY = {
    "statement": ("{a} made a statement", "{a} commented on {t}"),
    "call_for_talks": ("{a} called for talks", "{a} urged {t} to negotiate"),
    "intent_to_negotiate": ("{a} expressed readiness to negotiate",
                            "{a} expressed readiness to negotiate with {t}"),
    "proposal": ("{a} made a proposal", "{a} made a proposal to {t}"),
    "support": ("{a} expressed support", "{a} expressed support for {t}"),
    "meeting": ("{a} held a meeting", "{a} met {t}"),
    "phone_call": ("{a} held a phone call", "{a} spoke by phone with {t}"),
    "agreement": ("{a} reached an agreement", "{a} reached an agreement with {t}"),
    "rejection": ("{a} issued a rejection", "{a} rejected {t}"),
    "criticism": ("{a} voiced criticism", "{a} criticised {t}"),
    "demand": ("{a} made a demand", "{a} made a demand of {t}"),
    "threat": ("{a} issued a warning", "{a} warned {t}"),
    "sanction": ("{a} imposed sanctions", "{a} imposed sanctions on {t}"),
}


def _same_date(a: Act, b: Act) -> bool:
    return (a.date.value, a.date.precision) == (b.date.value, b.date.precision)


def _plain_statement_before(out: list[Act], act: Act) -> Act | None:
    for prev in reversed(out):
        if prev.sentence.index < act.sentence.index - 1:
            return None
        if (prev.actor.name == act.actor.name and prev.plain_speech
                and prev.sentence.paragraph == act.sentence.paragraph
                and prev.sentence.index == act.sentence.index - 1 and _same_date(prev, act)):
            return prev
    return None


def _date_told_next(prev: Act, act: Act) -> bool:
    """A joint act told twice in a row, once with its day and once as current: "The request
    was made at the first meeting of the core group. Officials met on Sunday morning"."""
    dates = {prev.date.source, act.date.source}
    return (act.type in JOINT_TYPES and dates == {"publication", "text"}
            and act.sentence.paragraph == prev.evidence[-1].paragraph
            and act.sentence.index - prev.evidence[-1].index <= 1)


_STATEMENT_GAP = 1
_DEEDS = frozenset({"meeting", "phone_call", "agreement", "sanction"})
_ALSO = re.compile(r"\balso\s+(?:\w+\s+)?$")


def _two_acts(prev: Act, act: Act) -> bool:
    """Two sentences each with its own verb of the type, neither aimed at a named target, a
    paragraph or more apart: "Denktash refused to meet Clerides." / "'We will never accept
    being a minority,' Denktash told reporters." are two rejections, not one told twice."""
    if act.plain_speech and prev.plain_speech:
        # Bare "X said" sentences far apart are separate statements (a spokesman's briefing
        # point, then another); near each other they go on with one.
        return (act.sentence.index - prev.evidence[-1].index > _STATEMENT_GAP
                and not act.quote and act.how not in ("pronoun", "speaker"))
    if act.plain_speech or prev.plain_speech:
        return False
    cue = act.cue_start - act.sentence.start
    if _ALSO.search(act.sentence.text, max(0, cue - 20), max(0, cue)) and not (
            act.type == "agreement" and act.how == "pair"):
        # "It also sanctioned a militia": a further act (but "They also agreed to set up a
        # commission" after the two leaders' joint declaration is more of the same accord)
        return True
    if prev.target is not None and act.target is not None:
        return False
    # Wire stories often come as one long paragraph, so sentences apart count too.
    return act.type != "meeting" and (act.sentence.paragraph != prev.evidence[-1].paragraph
                                      or act.sentence.index - prev.evidence[-1].index > 1)


# "Russia reacted with fury. President Boris Yeltsin demanded...": a sentence that only tells
# the mood is the first line of the acts the next sentence tells (the development gold gives it
# no act of its own)
_REACTED_ONLY = re.compile(r"^\W*(?:[\w.'’-]+\s+){1,4}?reacted\s+(?:\w+ly|with\s+\w+)\W*$")


def _fold_reactions(acts: list[Act]) -> list[Act]:
    out = []
    for a in acts:
        if a.type == "criticism" and _REACTED_ONLY.match(a.sentence.text) and (nxt := next(
                (b for b in acts if b.sentence.index == a.sentence.index + 1
                 and (b.actor.name == a.actor.name or b.actor.country == a.actor.country
                      or (b.actor.kind == "person" and b.actor.country is None))),
                None)):
            nxt.evidence = sorted(nxt.evidence + a.evidence, key=lambda s: s.index)
            continue
        out.append(a)
    return out


def merge(acts: list[Act]) -> list[Act]:
    out: list[Act] = []
    for act in _fold_reactions(acts):
        host = None
        for prev in reversed(out):
            if act.sentence.paragraph - prev.sentence.paragraph > LOOK_BACK:
                break
            if prev.actor.name != act.actor.name:
                continue
            same_target = (prev.target is None or act.target is None
                           or prev.target.name == act.target.name)
            if (prev.type == act.type and same_target
                    and (_same_date(prev, act) or _date_told_next(prev, act))
                    and not _two_acts(prev, act)):
                host = prev
                break
            last = prev.evidence[-1].index
            if (act.plain_speech and act.target is None and act.sentence.index - last <= 2
                    and len(act.quote) * 2 >= len(act.sentence.text)
                    and "also" not in act.sentence.text.split()
                    # (what one says at a meeting or a signing is not more of it)
                    and prev.type not in _DEEDS):
                host = prev  # "I want a referendum," Howard said: more of the same act
                break
        if host is None and act.from_quote:
            host = _plain_statement_before(out, act)
            if host is not None:
                # "X said A. 'We are ready to talk,' he said.": one act, and the quote says
                # what kind.
                host.type, host.cameo, host.plain_speech = act.type, act.cameo, False
        if host is None:
            out.append(act)
            continue
        for s in act.evidence:
            if all(s.index != e.index for e in host.evidence):
                host.evidence.append(s)
        host.evidence.sort(key=lambda s: s.index)
        host.strength = min(0.95, host.strength + 0.05)
        if act.quote and act.quote not in host.quote:
            host.quote = (host.quote + " " + act.quote).strip()
        if host.target is None and act.target is not None:
            host.target = act.target
        if host.date.source == "publication" and act.date.source == "text":
            host.date = act.date  # "...at the first meeting. Officials met on Sunday morning"
    return _fold_states(out)


# How far apart the states' and the people's telling of one joint act may be, in sentences:
# a signing is named in the lead by the states and paragraphs later by who signed.
_FOLD_REACH = {"agreement": 6}


def _fold_states(acts: list[Act]) -> list[Act]:
    """"The foreign ministers of Armenia and Azerbaijan held talks. Armenian Foreign Minister
    Mirzoyan and ... met for four hours": one meeting, told first by the states and then by
    the people who held it; the people act, with both sentences as evidence."""
    gone = set()
    for st in acts:
        if st.type not in JOINT_TYPES or st.actor.kind != "state" or not st.actor.country:
            continue
        first = st.evidence[0].index
        for p in acts:
            if (p.type == st.type and p.actor.kind == "person" and id(p) not in gone
                    and _serves(p, st)
                    and 0 < abs(p.evidence[0].index - first) <= _FOLD_REACH.get(st.type, 2)
                    and (_same_date(st, p) or (_near_date(st, p) and first < p.evidence[0].index))):
                # (a dated signing told after a current one is another: "... signed the
                # agreement. The two countries had signed a declaration in April.")
                p.evidence = sorted(p.evidence + [e for e in st.evidence if all(
                    e.index != x.index for x in p.evidence)], key=lambda e: e.index)
                if p.date.source == "publication" and st.date.source == "text":
                    p.date = st.date  # "...held talks on Monday. X and Y met for four hours."
                gone.add(id(st))
                break
    for v in acts:
        # "Albright, who arrived in Jerusalem on Monday, met Netanyahu": the visit is the
        # meeting the sentence goes on to name.
        if v.cameo == "042" and v.target is not None and v.target.kind == "state" and any(
                p is not v and p.type == "meeting" and p.actor.name == v.actor.name
                and p.target is not None and p.target.kind == "person"
                and p.target.country in (None, v.target.country)
                and p.evidence[0].index == v.evidence[0].index for p in acts):
            gone.add(id(v))
    return [a for a in acts if id(a) not in gone]


def _serves(p: Act, st: Act) -> bool:
    """Whether person p acts for state st: his state, or, his own untold, the other side of
    his counterpart ("signed by Foreign Minister Cem and his Greek counterpart Papandreou",
    after "Turkey and Greece signed")."""
    if p.actor.country is not None:
        return p.actor.country == st.actor.country
    return (st.target is not None and st.target.kind == "state" and p.target is not None
            and p.target.kind == "person"
            and p.target.country is not None and p.target.country == st.target.country)


def _near_date(a: Act, b: Act) -> bool:
    return _same_date(a, b) or "publication" in (a.date.source, b.date.source)


def to_event(a: Act) -> ExtractedEvent:
    date_w = {"text": 1.0, "publication": 0.96, "none": 0.92}[a.date.source]
    conf = a.strength * _ACTOR_WEIGHT.get(a.how, 0.85) * date_w
    conf += min(0.08, 0.04 * (len(a.evidence) - 1))
    target = a.target if a.target is not None and a.target.name != a.actor.name else None
    if (target is not None and target.kind != "person" and target.country
            and target.country == a.actor.country):
        target = None  # Lavrov "on Russia", the Commission "on the EU": its own side
    plain, aimed = _SUMMARY[a.type]
    summary = (aimed if target is not None else plain).format(
        a=a.actor.name, t=target.name if target is not None else "")
    return ExtractedEvent(
        type=a.type, cameo=a.cameo or BY_SLUG[a.type].cameo, actor=a.actor, date=a.date,
        evidence=tuple(Evidence(s.text, s.start, s.end) for s in a.evidence),
        target=target, quote=a.quote[:2000], summary=summary,
        confidence=round(max(0.05, min(0.99, conf)), 3),
    )
