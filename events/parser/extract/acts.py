"""Acts in one sentence: who does what to whom, from cues, speakers and mentions.

Reported speech gives the speaker the act unless the content names its own subject ("the
Kremlin said Putin is ready" -> Putin); joint acts ("X and Y held talks") make one act per
participant; the passive voice ("rejected by Iran") takes its agent from the by-phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..types import ActorRef, DateRef
from . import cues as C
from . import dates as D
from .actors import Memory, Mention
from .quotes import QuoteMask
from .sentences import Sentence

_CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")
_PREP_BEFORE = re.compile(r"\b(?:with|to|of|for|against|on|from|between|about|in|at|into|"
                          r"toward|towards|over|by|than|via)\s+(?:the\s+)?$", re.IGNORECASE)
_COORD_GAP = re.compile(r"^\s*(?:,|and|, and|&)\s*(?:the\s+)?$")
_OWN_ACT = re.compile(r"^\W*(?:that\s+)?(?:(?:its|his|her|their|our)\s+(?:\w+\s+)?|\w+\s+)?$",
                      re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:on|in|at|during|after|before|,|\.|according|adding|$)",
                   re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ed|en|met|signed|held)$", re.IGNORECASE)
_POSS_GROUP = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:foreign ministry|ministry|government|"
                         r"officials?|spokes(?:man|woman|person)|embassy|presidential office|"
                         r"leadership|administration|mission|delegation|cabinet)\b")
_ADDED_SPEECH = frozenset({"saying", "adding", "according to", "in a statement"})
_RELATIVE = re.compile(r"\b(which|that|who)\s+(?:also\s+|has\s+|had\s+|have\s+)?$",
                       re.IGNORECASE)
# Whom an act is aimed at is named in the verb's own phrase, before the next comma.
_TARGET_STOP = re.compile(r"[;,]|(?<![A-Z])\.(?=\s|$)")
_REL_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,;]*,\s*$")
_VERB_COORD = re.compile(r"(?:\band|\bbut|,)\s+(?:also\s+|then\s+|later\s+)?$")
_AUX_ING = re.compile(r"\b(?:is|are|was|were|am|be|been|being|keeps?|kept)\s+$|^\W*$")
_DOC_ING = re.compile(r"\b(?:statement|letter|communiqu[eé]|declaration|message|appeal|"
                      r"resolution)\s+$", re.IGNORECASE)


@dataclass
class Act:
    type: str
    cameo: str
    actor: ActorRef
    how: str
    strength: float
    sentence: Sentence
    cue_start: int  # absolute
    target: ActorRef | None = None
    date: DateRef | None = None
    quote: str = ""
    evidence: list[Sentence] = field(default_factory=list)
    plain_speech: bool = False  # a bare "X said", with no more specific cue
    anchor: int | None = None  # cue of the main clause a participle hangs on, for dating


# A sentence's cues are asked for up to three times; a tiny cache (thread-safe) finds them once.
_all_cues = lru_cache(maxsize=8)(C.find_cues)


def speech_cues(text: str, quoted: QuoteMask):
    for cue, m in _all_cues(text):
        if cue.speech and not quoted[m.start()]:
            yield m


def _cue_matches(text: str, quoted: QuoteMask) -> list[tuple[C.Cue, re.Match]]:
    found = [(cue, m) for cue, m in _all_cues(text) if not quoted[m.start()]]
    # Longest first: "refused to meet" hides "meet", "urged ... talks" hides "urged".
    found.sort(key=lambda cm: (-(cm[1].end() - cm[1].start()), cm[1].start()))
    kept: list[tuple[C.Cue, re.Match]] = []
    for cue, m in found:
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((cue, m))
    kept.sort(key=lambda cm: cm[1].start())
    return kept


_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|of|for|with|without|sole|"
                          r"strong|full|broad|public|military|financial|popular|growing|"
                          r"international|any|no|such)\s+$", re.IGNORECASE)
_JOINT_TYPES = frozenset({"meeting", "phone_call", "agreement"})
_FIRST_PERSON = re.compile(r"\b(?:we|I)\s+(?:\w+\s+){0,3}$")
_QUOTABLE = frozenset({"intent_to_negotiate", "rejection", "threat", "demand",
                       "call_for_talks", "criticism", "support", "proposal"})


def _quoted_acts(sent: Sentence, text: str, offset: int, quoted: QuoteMask,
                 speaker: Mention, verb_at: int) -> list[Act]:
    out = []
    for cue, m in _all_cues(text):
        if cue.type not in _QUOTABLE or not quoted[m.start()]:
            continue
        span = next(((a, b) for a, b in quoted.spans if a <= m.start() < b), None)
        before = text[span[0]:m.start()] if span else ""
        first_person = (_FIRST_PERSON.search(before)
                        or m.group().lower().startswith(("we ", "i ")))
        if first_person and not C.NEGATION.search(before[-60:]):
            # Dated by the attribution ("...," Adams said Sunday), not by the quoted words.
            out.append(Act(cue.type, cue.cameo, speaker.ref, speaker.how, cue.strength * 0.9,
                           sent, offset + m.start(), anchor=verb_at))
    return out


def _clause_start(text: str, pos: int) -> int:
    last = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def _left_subject(mentions: list[Mention], text: str, offset: int, lo: int, pos: int
                  ) -> Mention | None:
    """The nearest mention before `pos` (relative) and after `lo` that is not an object."""
    for m in reversed(mentions):
        a = m.start - offset
        if a < lo or m.end - offset > pos:
            continue
        if _PREP_BEFORE.search(text[max(0, a - 25):a]) and m.how != "pronoun":
            continue
        if m.possessive and not _POSS_GROUP.match(text, m.end - offset):
            continue
        return m
    return None


def _coordinated(mentions: list[Mention], head: Mention, text: str, offset: int
                 ) -> list[Mention]:
    """`head` and the mentions joined to it by commas/and on its left: "X, Y and Z voted"."""
    group = [head]
    idx = mentions.index(head)
    while idx > 0:
        prev = mentions[idx - 1]
        gap = text[prev.end - offset:group[0].start - offset]
        same_span = prev.start == group[0].start and prev.how == "pair"
        if not (same_span or _COORD_GAP.match(gap)):
            break
        a = prev.start - offset
        if not same_span and _PREP_BEFORE.search(text[max(0, a - 25):a]):
            break  # "Posing with Clinton, Blair pledged": Clinton is no subject
        group.insert(0, prev)
        idx -= 1
    return group


def _coordinated_right(mentions: list[Mention], head: Mention, text: str, offset: int,
                       times: list[D.TimeRef]) -> list[Mention]:
    group = [head]
    idx = mentions.index(head)
    while idx + 1 < len(mentions):
        nxt = mentions[idx + 1]
        gap = text[group[-1].end - offset:nxt.start - offset]
        for t in times:  # "Blair 10 days ago and President Clinton": skip the date words
            gap = gap.replace(t.text, "")
        if not _COORD_GAP.match(gap):
            break
        group.append(nxt)
        idx += 1
    return group


def _target_after(mentions: list[Mention], text: str, offset: int, pos: int,
                  actors: list[ActorRef]) -> Mention | None:
    end = len(text)
    brk = _TARGET_STOP.search(text, pos)
    if brk:
        end = brk.start()
    names = {a.name for a in actors}
    for m in mentions:
        a = m.start - offset
        if pos <= a < end and m.ref.name not in names:
            return m
    return None


def _dates_per_target(targets: list[Mention], times) -> dict[int, DateRef]:
    out = {}
    for i, t in enumerate(targets):
        stop = targets[i + 1].start if i + 1 < len(targets) else t.end + 40
        for tx in times:
            if t.end <= tx.start < stop and tx.type in ("DATE", "TIME") and tx.range:
                out[t.start] = D.to_dateref(tx)
                break
    return out


def _joint_target(mentions: list[Mention], text: str, offset: int, pos: int,
                  actors: list[ActorRef]) -> Mention | None:
    """Whom one met or called: the direct object, or the mention after "with"."""
    names = {a.name for a in actors}
    for m in mentions:
        a = m.start - offset
        if a < pos or m.ref.name in names:
            continue
        gap = text[pos:a]
        if "," in gap or ";" in gap:
            return None
        if not gap.strip() or re.search(r"\bwith\s+(?:the\s+)?$", gap):
            return m
        return None
    return None


def _speakers(text: str, offset: int, quoted: QuoteMask, mentions: list[Mention]):
    """(verb match, speaker mention, complement (lo, hi)) for each attribution."""
    out = []
    for v in speech_cues(text, quoted):
        verb = v.group().lower()
        after = [m for m in mentions if m.start - offset >= v.end()]
        if verb == "according to":
            if after and after[0].start - offset - v.end() < 12:
                out.append((v, after[0], (0, v.start())))
            continue
        lo = _clause_start(text, v.start())
        sp = _left_subject(mentions, text, offset, lo, v.start())
        rel = _REL_CLAUSE.search(text, 0, v.start())
        if rel:  # "Takaichi, who met Trump in Tokyo, said": the subject before "who"
            before_rel = [x for x in mentions if 0 <= rel.start() - (x.end - offset) <= 1]
            sp = before_rel[-1] if before_rel else sp
        if sp is not None and v.start() - (sp.end - offset) > 60 and not (
                text[sp.end - offset:sp.end - offset + 2] == ", "
                and text[:v.start()].rstrip().endswith(",")
                and v.start() - (sp.end - offset) < 160):
            sp = None
        if sp is None and after and after[0].start - offset - v.end() < 6:
            sp = after[0]  # "..., said Gerard Rice"
        if sp is None:
            continue
        sp_a = sp.start - offset
        before = text[:sp_a].rstrip()
        tail = text[v.end():]
        inverted = (before and before[-1] in ",\"”'" and len(before.split()) >= 4
                    and (len(tail.split()) <= 8 or _TAIL.match(tail)))
        if sp_a > v.start() or inverted:
            out.append((v, sp, (0, min(sp_a, v.start()))))  # inverted: content first
        else:
            out.append((v, sp, (v.end(), len(text))))
    return out


def acts_for(sent: Sentence, text: str, offset: int, quoted: QuoteMask,
              mentions: list[Mention], times: list[D.TimeRef] = ()) -> list[Act]:
    acts: list[Act] = []
    speakers = _speakers(text, offset, quoted, mentions)
    sentence_speaker = speakers[0][1] if speakers else None
    if sentence_speaker is not None and quoted.spans:
        # "We are ready to talk," X said: the speaker's own words carry the act.
        acts.extend(_quoted_acts(sent, text, offset, quoted, sentence_speaker,
                                 offset + speakers[0][0].start()))
    for cue, m in _cue_matches(text, quoted):
        before = text[max(0, m.start() - 60):m.start()]
        if cue.type == "statement":
            continue
        if cue.type != "intent_to_negotiate" and C.NEGATION.search(before):
            continue
        if C.HYPOTHETICAL.search(before[-40:]) or C.REFUSAL_BEFORE.search(before):
            continue
        if C.FUTURE.search(before[-30:]) and cue.type in ("meeting", "phone_call", "agreement",
                                                          "sanction"):
            continue
        rel = _RELATIVE.search(before[-12:])
        if rel and rel.group(1).lower() == "which":
            continue  # "a plan, which calls for...": the plan, not an actor, does it
        if rel and rel.group(1).lower() == "who":
            who_at = m.start() - len(before[-12:]) + rel.start()
            if not any(0 <= who_at - (x.end - offset) <= 2 for x in mentions):
                continue  # "the one ally who has backed...": the ally is no actor we know
        first = m.group().split()[0].lower()
        if first in ("support", "backing", "threat", "threats", "demand", "demands") and \
                _NOUN_BEFORE.search(before):
            continue  # "the sole support of their families", "a threat to": a noun
        participle = first.endswith("ing") and not _AUX_ING.search(before)
        attached = participle and (before.rstrip().endswith(",") or _DOC_ING.search(before))
        if participle and not attached:
            continue  # "a plan endorsing...", "with Russia abstaining": not an act
        anchor = None
        if attached:
            # "Estonia expelled two diplomats, accusing them...", "France issued a statement
            # urging...": the subject of the main clause acts.
            actors = _main_subject(acts, mentions, text, offset, m.start())
            how = actors[0].how if actors else None
            anchor = acts[-1].cue_start if acts else None
        elif (prev := _previous_subject(acts, speakers, offset, m.start())) and \
                _VERB_COORD.search(before[-12:]) and not any(
                x.start - offset > prev.start - offset and x.end - offset <= m.start()
                and not _PREP_BEFORE.search(text[max(0, x.start - offset - 25):x.start - offset])
                for x in mentions if x.how == "pronoun"):
            # "Kurti accused Belgrade ... and called on Brussels", "Lin said ... and warned":
            # the same subject acts again.
            actors, how = [prev], prev.how
        else:
            actors, how = _actors_for_cue(cue, m, text, offset, mentions, speakers,
                                          sentence_speaker)
        if not actors:
            continue
        if cue.joint:
            inner = m.group().find(" with ")
            start_at = m.start() + inner + 6 if inner >= 0 else m.end()
            target_m = _joint_target(mentions, text, offset, start_at, [a.ref for a in actors])
        else:
            # Whom the act is aimed at follows its verb: "urged the EU to prepare for talks".
            verb_end = m.start() + len(m.group().split()[0])
            target_m = _target_after(mentions, text, offset, verb_end, [a.ref for a in actors])
        targets = [target_m] if target_m else []
        if target_m and cue.joint:
            targets = _coordinated_right(mentions, target_m, text, offset, list(times))
        # "met Blair 10 days ago and Clinton last week": each meeting has its own date.
        own_dates = _dates_per_target(targets, times) if len(targets) > 1 else {}
        for a in actors:
            others = [x.ref for x in actors if x.ref.name != a.ref.name]
            tgt = targets[0].ref if targets else (others[0] if cue.joint and others else None)
            acts.append(Act(cue.type, cue.cameo, a.ref, how or a.how, cue.strength, sent,
                            offset + m.start(), target=tgt,
                            date=own_dates.get(targets[0].start) if targets else None,
                            anchor=anchor))
            if cue.joint:
                for t in targets[1:]:
                    acts.append(Act(cue.type, cue.cameo, a.ref, how or a.how, cue.strength,
                                    sent, offset + m.start(), target=t.ref,
                                    date=own_dates.get(t.start)))
        if cue.joint and actors:
            for t in targets:  # the other side of a meeting acts too
                if t.ref.kind in ("person", "state"):
                    acts.append(Act(cue.type, cue.cameo, t.ref, t.how, cue.strength * 0.9,
                                    sent, t.start, target=actors[-1].ref,
                                    date=own_dates.get(t.start)))
    # Possessive noun events: "Zelensky's peace proposal" (background: undated).
    for men in mentions:
        if men.possessive:
            nm = C.NOMINAL.match(text, men.end - offset)
            if nm:
                type_, cameo = C.NOMINAL_TYPES[nm["noun"].lower()]
                acts.append(Act(type_, cameo, men.ref, men.how, 0.6, sent, men.start,
                                date=D.NO_DATE))
    # Bare reported speech: "X said ..." is a statement unless X already did something here.
    for v, sp, (lo, hi) in speakers:
        if any(a.actor.name == sp.ref.name and (
                lo <= a.cue_start - offset < hi or v.group().lower() in _ADDED_SPEECH)
               for a in acts):
            continue  # "Hamas said it rejected...", "X criticised Y, saying...": one act
        if any(lo <= a.cue_start - offset < hi for a in acts):
            continue  # the content's act is the event ("the Kremlin said Putin is ready")
        tgt = _target_after(mentions, text, offset, lo, [sp.ref])
        if tgt is not None and not (lo <= tgt.start - offset < hi):
            tgt = None
        act = Act("statement", "010", sp.ref, sp.how, 0.55, sent, offset + v.start(),
                  target=tgt.ref if tgt else None, plain_speech=True)
        acts.append(act)
    return _dedupe(acts)


def _actors_for_cue(cue, m, text, offset, mentions, speakers, sentence_speaker):
    # Passive voice: "the plan was rejected by Iran".
    if (cue.type != "intent_to_negotiate" and _PARTICIPLE.search(m.group().split()[0])
            and not text.startswith(" to ", m.end())
            and C.PASSIVE_BEFORE.search(text[max(0, m.start() - 20):m.start()])):
        by = re.match(r"\s+by\s+", text[m.end():])
        if by:
            agent = [x for x in mentions if x.start - offset >= m.end() + by.end() - 1]
            if agent and agent[0].start - offset - (m.end() + by.end()) < 5:
                return [agent[0]], None
        return [], None
    if "responsible" in m.group().lower():
        # "They say IRA commanders are responsible": the speaker accuses, the subject is accused.
        inside = [sp for v, sp, (lo, hi) in speakers if lo <= m.start() < hi]
        return (inside[:1], None) if inside else ([], None)
    for v, sp, (lo, hi) in speakers:
        if lo <= m.start() < hi:  # the cue is in what someone said
            subj = _left_subject(mentions, text, offset, max(lo, _clause_start(text, m.start())),
                                 m.start())
            if subj is None:
                lead = text[lo:m.start()]
                if (hi <= v.start() and not any(lo <= x.start - offset < hi for x in mentions)
                        or _OWN_ACT.match(lead)):
                    # "Calling for X, ..., Y said" / "Y stated its willingness": Y acts.
                    return [sp], None
                return [], None
            if subj.ref.kind != "person" and sp.ref.kind == "person" and (
                    sp.ref.country is None or subj.ref.country == sp.ref.country):
                return [sp], "speaker"  # "Russia is open..., Lavrov said": Lavrov speaks
            return _coordinated(mentions, subj, text, offset), None
    lo = _clause_start(text, m.start())
    subj = _left_subject(mentions, text, offset, lo, m.start())
    if subj is None:
        if sentence_speaker is not None:
            return [sentence_speaker], "speaker"
        return [], None
    return _coordinated(mentions, subj, text, offset), None


def _previous_subject(acts: list[Act], speakers, offset: int, pos: int) -> Mention | None:
    """The subject of the verb before `pos`: the last act's actor, or the speaker."""
    if acts:
        last = acts[-1]
        return Mention(last.cue_start, last.cue_start, last.actor, last.how)
    for v, sp, _ in speakers:
        if v.end() <= pos and sp.start - offset < v.start():
            return Mention(offset + v.start(), offset + v.start(), sp.ref, sp.how)
    return None


def _main_subject(acts: list[Act], mentions: list[Mention], text: str, offset: int,
                  pos: int) -> list[Mention]:
    if acts:
        last = acts[-1]
        return [Mention(last.cue_start, last.cue_start, last.actor, last.how)]
    head = _left_subject(mentions, text, offset, 0, pos)
    return _coordinated(mentions, head, text, offset) if head else []


def _dedupe(acts: list[Act]) -> list[Act]:
    seen: dict[tuple, Act] = {}
    for a in acts:
        key = (a.actor.name, a.type, a.target.name if a.target else None)
        if key not in seen or a.strength > seen[key].strength:
            seen[key] = a
    return list(seen.values())


def remember(mem: Memory, acts: list[Act], mentions: list[Mention]) -> None:
    for a in acts:
        if a.type in _JOINT_TYPES and a.target is not None and a.actor.name != a.target.name:
            mem.last_pair = (a.actor, a.target)
    for ref in [a.actor for a in acts] + [m.ref for m in mentions if m.how != "pronoun"][:1]:
        if ref.kind == "person":
            mem.last_person = ref
            break
    for ref in [a.actor for a in acts] + [m.ref for m in mentions]:
        if ref.kind != "person":
            mem.last_other = ref
            if ref.kind in ("group", "organisation", "state"):
                mem.last_plural = ref
            break
