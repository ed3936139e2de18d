"""Acts in one sentence: who does what to whom, from cues, speakers and mentions.

Reported speech gives the speaker the act unless the content names its own subject ("the
Kremlin said Putin is ready" -> Putin); joint acts ("X and Y held talks") make one act per
participant; the passive voice ("rejected by Iran") takes its agent from the by-phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..types import ActorRef, DateRef
from . import act_words as W
from .act_gates import cue_blocked
from .act_checks import (_CONJ, _VERB_BETWEEN, _ASIDE_ENDS, _TO_DO, _OWN_VERB_GAP,
                         _VISIT, _retyped, _visit_abroad, _closes_apposition, _PLEDGED)
from . import cues as C
from . import dates as D
from .actors import Mention
from .between import between_sides
from .dedupe import dedupe
from .gazetteer import entry_for_country
from .memory import _ref, remember
from .implied import implied_acts
from .nominal import nominal_acts, passive_noun_acts, possessive_acts
from .statements import bare_statements, quoted_acts
from .quotes import QuoteMask
from .left_subject import left_subject, post_holder
from .roles import (PREP_BEFORE, all_cues, clause_start, coordinated, pp_sides, speakers_of,
                    speech_cues)
from .targets import coordinated_right, dates_per_target, joint_target, target_after
from .sentences import Sentence
from .subjects import (
    NOUN_BY, actors_for_cue, main_subject, previous_group, previous_subject, voices)

__all__ = ["Act", "acts_for", "remember", "speech_cues"]


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
    from_quote: bool = False  # read from the speaker's own quoted words
    other_side: bool = False  # the object of a joint act ("met Y"), not a subject
    next_verb: bool = False  # "X said A and called on B": its own verb, not what X said
    # the subject a later verb of the sentence goes on with, where it is not the actor
    # ("Mubarak, whose country signed..., urged": Egypt signed, Mubarak urged)
    subject: ActorRef | None = None


def _cue_matches(text: str, quoted: QuoteMask) -> list[tuple[C.Cue, re.Match]]:
    # Longest first: "refused to meet" hides "meet", "urged ... talks" hides "urged".
    return C.longest_first([(cue, m) for cue, m in all_cues(text) if not quoted[m.start()]])


def acts_for(sent: Sentence, text: str, offset: int, quoted: QuoteMask,
             mentions: list[Mention], times: list[D.TimeRef] = (),
             in_quotes: list[Mention] = ()) -> list[Act]:
    """The acts of one sentence; `in_quotes` are the names inside its quotations."""
    acts: list[Act] = []
    speakers = speakers_of(text, offset, quoted, mentions)
    sentence_speaker = speakers[0][1] if speakers else None
    if sentence_speaker is not None and quoted.spans:
        # "We are ready to talk," X said: the speaker's own words carry the act.
        v = speakers[0][0]
        for sp in voices(speakers, v):  # '"...," Russia and China said': both say it
            acts.extend(quoted_acts(sent, text, offset, quoted, sp, offset + v.start(),
                                    list(in_quotes)))
    for cue, m in _cue_matches(text, quoted):
        before = text[max(0, m.start() - 60):m.start()]
        if cue.type == "statement":
            continue
        if cue_blocked(cue, m, text, before, speakers):
            continue
        rel = W.RELATIVE.search(before[-12:])
        if rel and cue.content and W.TOLD_NP_THAT.search(before):
            rel = None  # "told a rally that any incursion would...": what was told, no relative
        rel_head = among = None
        if rel:
            who_at = m.start() - len(before[-12:]) + rel.start()
            named = [x for x in mentions
                     if 0 <= who_at - (x.end - offset) <= 2 and x.how != "pronoun"]
            if not named:
                # "Talat, the Turkish Cypriot prime minister, who backs the plan": the name
                # before the apposition
                named = [x for x in mentions if x.how != "pronoun" and x.ref.kind == "person"
                         and W.APPOSED_WHO.fullmatch(text, x.end - offset, who_at)]
            if not named:
                # "Israel, Canada and Hungary were among the nine countries that voted
                # against it": the list the relative's head counts among
                among = next((x for x in reversed(mentions) if x.how != "pronoun"
                              and x.end - offset <= who_at
                              and W.AMONG.fullmatch(text, x.end - offset, who_at)), None)
                named = [among] if among is not None else []
            if not named:
                # "a plan, which calls for...", "the one ally who has backed...": no actor
                # we know; "Iran, which had condemned...": Iran acts.
                continue
            # "King Harald of Norway, who": the king
            rel_head = post_holder(mentions, named[-1], text, offset) or named[-1]
        first = m.group().split()[0].lower()
        if first in ("support", "backing", "threat", "threats", "demand", "demands") and (
                W.NOUN_BEFORE.search(before) or W.NOUN_AFTER.match(text, m.start() + len(first))):
            continue  # "the sole support of their families", "a threat to": a noun
        if (W.REDUCED_PASSIVE.match(text, m.start())
                and (W.PLAIN_NOUN_BEFORE.search(before[-30:]) or W.PLACE_BEFORE.search(before))
                and not any(x.end - offset == m.start() - 1 for x in mentions)):
            # "drug gangs blamed for a surge", "a rebel leader on the Weather Coast of
            # Guadalcanal accused of killings": a participle, no one's charge
            continue
        if first in ("demand", "demands") and text.startswith(" for ", m.start() + len(first)):
            continue  # "Demand for Ukrainian grain has risen": the market's, a noun
        if first in ("call", "calls") and ((W.POSSESSIVE_BEFORE.search(before)
                                            and not W.RENEWED_POSSESSIVE.search(before))
                                           or W.CALLS_NOUN.search(before)):
            continue  # "the council's 2021 call for...", "Western calls for restraint": nouns
        if cue.type == "intent_to_negotiate" and first in W.READY and W.NOT_READY.search(before):
            continue  # "Chile is not willing to compromise": no readiness
        # "The resolution passed, with Nicaragua and Paraguay voting against it": the votes
        # the "with" names are the states' own (not "with Russia abstaining": no act)
        with_votes = (first == "voting" and cue.type == "rejection"
                      and (w := W.WITH_VOTING.search(before)) is not None
                      and (voters := [x for x in mentions if x.how != "pronoun"
                                      and m.start() - len(before) + w.end()
                                      <= x.start - offset and x.end - offset <= m.start()]))
        participle = (first.endswith("ing") and first not in W.ING_ADJECTIVES and not cue.content
                      and not with_votes
                      and not W.AUX_ING.search(before)
                      and not (cue.type == "intent_to_negotiate"
                               and W.RULED_OUT_ING.search(before))
                      # "spoke to reporters after meeting Scholz": a meeting held
                      and not (cue.joint and W.AFTER_ING.search(before[-12:]))
                      and not (first.startswith("meeting") and (
                          W.DET_BEFORE.search(before) or W.POSS_MEETING.search(before)))
                      # "A stern warning was issued ... by": a noun, its agent after "by"
                      and not NOUN_BY.match(text, m.start() + len(first)))
        attached = participle and (before.rstrip().endswith(",") or W.DOC_ING.search(before)
                                   or before.endswith(("by ", "By "))
                                   # "retaliated by shutting its airspace ... and suspending"
                                   or W.BY_ING_AND.search(before)
                                   # "spent three hours speaking by telephone with both"
                                   or (W.SPENT.search(before)
                                       and first in ("speaking", "talking", "negotiating")))
        if participle and not attached and not (
                cue.joint and (lead := W.OPENING.match(text)) and m.end() <= lead.end()):
            # ("Hosting Sheikh Hasina in New Delhi, Modi said": the main subject's meeting)
            continue  # "a plan endorsing...", "with Russia abstaining": not an act
        anchor = None
        content_target = None
        next_verb = False
        if with_votes:
            actors, how = voters, None
        elif rel_head is not None and not cue.content and among is not None:
            actors, how = coordinated(mentions, rel_head, text, offset), None
        elif rel_head is not None and not cue.content:
            actors, how = [rel_head], None  # "with Prince Salman, who expressed support"
            i = mentions.index(rel_head)
            if rel_head.how == "pair":
                # "The two leaders, who met for eleven hours": both of them
                actors = [x for x in mentions if x.how == "pair" and x.start == rel_head.start]
            elif (i and mentions[i - 1].ref.kind == rel_head.ref.kind
                    and text[mentions[i - 1].end - offset:rel_head.start - offset] == " and "):
                # "with Mohamud and Abiy Ahmed, who held separate and then face-to-face
                # talks": both are the relative clause's subject
                actors = [mentions[i - 1], rel_head]
        elif cue.content:
            # "Iraq must allow...", "the move was unacceptable": an evaluation, so only the
            # speaker's act, aimed at the subject it evaluates.
            inside = [(v, sp, lo) for v, sp, (lo, hi) in speakers if lo <= m.start() < hi]
            if not inside:
                continue
            # "Seibert said Merkel had told Lukashenko that aid agencies must...": the words
            # of a speaker named right before a verb of his own inside another's report
            v, sp, lo = inside[0]
            for v2, sp2, lo2 in inside[1:]:
                if lo < v2.start() and lo2 > lo and _OWN_VERB_GAP.fullmatch(
                        text, sp2.end - offset, v2.start()):
                    v, sp, lo = v2, sp2, lo2
            if any(a.actor.name != sp.ref.name and not a.plain_speech
                   and max(lo, clause_start(text, m.start())) <= a.cue_start - offset
                   < m.start() <= a.cue_start - offset + 60 for a in acts):
                # "officers say, Biamby ... accused the Americans of bargaining in bad faith":
                # the words are the charge of the act just read, not the source's own
                continue
            # Dated by the attribution, like a quote; "X refused..., saying": by X's verb.
            anchor = offset + v.start()
            if v.group().lower() in ("saying", "adding") and acts:
                anchor = acts[-1].cue_start
            subj = left_subject(mentions, text, offset, max(lo, clause_start(text, m.start())),
                                m.start())
            if subj is not None and subj.ref.name != sp.ref.name:
                content_target = subj.ref
            actors, how = voices(speakers, v), sp.how
        elif attached:
            # "Estonia expelled two diplomats, accusing them...", "France issued a statement
            # urging...": the subject of the main clause acts.
            actors = main_subject(acts, mentions, text, offset, m.start())
            if before.endswith(("by ", "By ")):
                # "..., and Pakistan responded by ordering...": the subject of its own clause
                lo = clause_start(text, m.start())
                for conj in _CONJ.finditer(text, lo, m.start()):
                    lo = conj.end()  # "..., and Pakistan responded by ordering": its clause
                own = left_subject(mentions, text, offset, lo, m.start())
                # (not the object of its verb: "Putin stunned Abe by proposing...")
                earliest = next((x for x in mentions if lo <= x.start - offset < m.start()
                                 and x.how != "pronoun" and not x.possessive
                                 and not PREP_BEFORE.search(
                                     text[max(0, x.start - offset - 25):x.start - offset])),
                                None)
                own = earliest if earliest is not None and own is not None and (
                    _VERB_BETWEEN.search(text, earliest.end - offset, own.start - offset)) else own
                actors = [own] if own is not None else actors
            how = actors[0].how if actors else None
            anchor = acts[-1].cue_start if acts else None
        elif ((prev := previous_subject(acts, speakers, offset, m.start(), text, mentions))
              and (coord := W.VERB_COORD.search(before[-30:])) and not _ASIDE_ENDS.search(before)
              and not _closes_apposition(coord, m.start() - len(before[-30:]), mentions, offset,
                                         text)
              and not any(
                x.start - offset > prev.start - offset and x.end - offset <= m.start()
                and x.ref.name != prev.ref.name
                and not PREP_BEFORE.search(text[max(0, x.start - offset - 25):x.start - offset])
                for x in mentions if x.how == "pronoun")):
            # "Kurti accused Belgrade ... and called on Brussels", "Lin said ... and warned":
            # the same subject acts again ("X and Y met ... and agreed": both of them).
            actors, how = previous_group(acts) or (
                coordinated_right(mentions, prev, text, offset, list(times))
                if prev in mentions else [prev]), prev.how
            next_verb = True
        elif cue.joint and W.PP_CUE.match(m.group()) and _TO_DO.search(before[-60:]):
            continue  # "rejected Maduro's call to discuss the border at the meeting": wanted
        elif cue.joint and (W.IN_PP.search(before[-16:]) or W.PP_CUE.match(m.group())) and (
                pair := pp_sides(mentions, text, offset, m.start())):
            # "Ivanov told Albright in a telephone call": the subject called the object.
            actors, how = [pair[0]], None
            content_target = pair[1].ref
        elif cue.joint and W.PP_CUE.match(m.group()):
            continue  # "told reporters at the meeting": whose meeting, the clause does not say
        elif cue.joint and (lead := W.OPENING.match(text)) and m.end() <= lead.end() and (
                subj := next((x for x in mentions if 0 <= x.start - offset - lead.end() < 4),
                             None)):
            # "After a two-hour meeting with X, Y said...": the opening phrase is the main
            # subject's meeting, not something Y said.
            actors, how = coordinated_right(mentions, subj, text, offset, list(times)), None
        else:
            actors, how = actors_for_cue(cue, m, text, offset, mentions, speakers,
                                          sentence_speaker)
            said = [v for v, sp, (lo, hi) in speakers if v.end() <= lo <= m.start() < hi]
            if said and how != "aside":
                # "The Council has said it will not lift...": the act is dated (or left
                # undated) by its attribution's clause.
                anchor = offset + said[-1].start()
        if not actors or cue.two_sides and (
                len({a.ref.name for a in actors}) < 2
                or any(v.end() <= lo <= m.start() < hi for v, _, (lo, hi) in speakers)):
            continue
        person = None
        if (actors[0].ref.kind == "person" and W.WHOSE_STATE.search(before[-40:])
                and (state := entry_for_country(actors[0].ref.country))):
            # "Mubarak, whose country signed a peace treaty with Israel": Egypt acted
            person = actors[0].ref
            actors = [actors[0]._replace(ref=_ref(state, state.name), how="group")]
        received = None
        if (cue.type in ("meeting", "phone_call") and C.PASSIVE_MET.search(before[-20:])
                and " by " in text[m.end():]):
            # "he was welcomed by Begin and Katzir", "Arafat was received by Chirac": whom
            # the agents met is the passive's subject
            received = left_subject(mentions, text, offset, clause_start(text, m.start()),
                                    m.start())
            if received is not None and (
                    received.ref.name in {a.ref.name for a in actors}
                    or received.ref.kind not in ("person", "state")
                    or not W.PASSIVE_GAP.fullmatch(text, received.end - offset, m.start())):
                received = None
        if received is not None:
            target_m = received
        elif cue.joint:
            inner = m.group().find(" with ")
            start_at = m.start() + inner + 6 if inner >= 0 else m.end()
            if inner < 0 and cue.type == "phone_call" and (
                    to := W.TO_WHOM.match(text, m.end())):
                start_at = to.end()  # "had spoken by phone to both leaders"
            elif inner < 0 and (named := W.NAMED_INSIDE.match(m.group())):
                # "spoke to Trump by phone", "called Russian President Yeltsin": the other
                # side is inside the cue's words (not searched from the verb in general:
                # "accepted the American plan" names no other side)
                start_at = m.start() + named.end()
            target_m = joint_target(mentions, text, offset, start_at, [a.ref for a in actors])
        else:
            # Whom the act is aimed at follows its verb: "urged the EU to prepare for talks".
            verb_end = m.start() + len(m.group().split()[0])
            if cue.cameo == "042":
                verb_end = m.start() + m.group().rstrip().rfind(" ")  # "arrived unexpectedly in"
            target_m = target_after(mentions, text, offset, verb_end, [a.ref for a in actors])
            if target_m is None and "," in m.group():
                # ("cut diplomatic, trade and travel ties with Qatar": the cue's own commas
                # close no clause)
                target_m = target_after(mentions, text, offset,
                                        m.start() + m.group().rfind(",") + 1,
                                        [a.ref for a in actors])
        targets = [target_m] if target_m else []
        # ("arrived here": the dateline's place is the cue's last word)
        place_at = m.end() + offset - (4 if m.group().endswith("here") else 0)
        if cue.cameo == "042" and not _visit_abroad(actors, targets, place_at):
            continue  # "arrived in Santiago": a visit only to a known place of another state
        if target_m and cue.joint and target_m.how == "pair":
            # "spoke by telephone with both ministers": each of the two
            names = {a.ref.name for a in actors}
            targets = [x for x in mentions if x.start == target_m.start and x.how == "pair"
                       and x.ref.name not in names]
        elif target_m and cue.joint:
            names = {a.ref.name for a in actors}
            targets = [t for t in coordinated_right(mentions, target_m, text, offset, list(times))
                       if t.ref.name not in names]  # "with X, Y said": Y is no second target
        elif content_target is not None and cue.joint:
            targets = [next(x for x in mentions if x.ref is content_target)]
        # "met Blair 10 days ago and Clinton last week": each meeting has its own date.
        own_dates = (dates_per_target(targets, times, text, offset) if len(targets) > 1
                     else {})
        type_, cameo = _retyped(cue, m, text)
        if (type_ == "proposal" and m.group().split()[0].lower() in _PLEDGED
                and len({a.ref.name for a in actors}) >= 2):
            # "he and Yudhoyono pledged to deepen cooperation": a commitment two sides made
            # together is their agreement
            type_, cameo = "agreement", "057"
        if (type_ == "support" and first.startswith("welcom") and targets
                and targets[0].ref.kind == "person"
                and W.HOSTED_AT.match(text, targets[0].end - offset)):
            # "Vajpayee welcomed Musharraf at the presidential palace": a host receiving a
            # guest, so the two met (each side's meeting)
            type_, cameo = "meeting", "040"
            acts.append(Act(type_, cameo, targets[0].ref, targets[0].how, cue.strength * 0.9,
                            sent, targets[0].start, target=actors[0].ref, other_side=True))
        for a in actors:
            others = [x.ref for x in actors if x.ref.name != a.ref.name]
            joint = cue.joint or (type_ == "agreement" and cue.type != type_)  # a mutual pledge
            tgt = targets[0].ref if targets else (others[0] if joint and others else None)
            tgt = content_target or tgt
            acts.append(Act(type_, cameo, a.ref, how or a.how, cue.strength, sent,
                            offset + m.start(), target=tgt,
                            date=own_dates.get(targets[0].start) if targets else None,
                            anchor=anchor, next_verb=next_verb, subject=person))
            if cue.joint:
                for t in targets[1:]:
                    acts.append(Act(cue.type, cue.cameo, a.ref, how or a.how, cue.strength,
                                    sent, offset + m.start(), target=t.ref,
                                    date=own_dates.get(t.start)))
        if cue.joint and actors and not (
                targets and W.TO_MEET.search(text, m.end(), targets[0].start - offset)):
            # (not "agreed to meet Arafat": only one side agreed)
            for t in targets:  # the other side of a meeting acts too
                if t.ref.kind == "state" and _VISIT.search(m.group()):
                    continue  # "Dini visited Tehran": a place visited holds no meeting
                if type_ == "meeting" and m.group().startswith(("called on", "drove", "flew",
                                                                "went", "travel", "headed")):
                    # "Zhao called on Locsin at the Department", "drove across the city to see
                    # Shastri": the caller's visit is told, not the host's (the development
                    # gold: five courtesy calls in seven; trips, the host told in 3 of 22)
                    continue
                if type_ == "phone_call" and W.CALLER_VERB.match(m.group()):
                    continue  # "Erdogan telephoned Aliyev": the caller's act alone
                if type_ == "agreement" and first.startswith(("ratifi", "approv")):
                    continue  # "ratified the treaty with Norway": the ratifier's act alone
                if t.how == "pair" and type_ == "meeting":
                    # "Rice flew to Nairobi and met both leaders": the visitor's meeting is
                    # told, not the leaders' (the development gold; for calls it keeps both)
                    continue
                if t.ref.kind in ("person", "state", "group", "organisation"):
                    # (of the act's own type: "Calling from Kennebunkport, Bush spoke to Ozal"
                    # is a call for Ozal too)
                    acts.append(Act(type_, cameo, t.ref, t.how, cue.strength * 0.9,
                                    sent, t.start, target=actors[-1].ref,
                                    date=own_dates.get(t.start), other_side=True))
    for at, a, b, (type_, cameo), inner in between_sides(text, offset, mentions):
        # dated by what the noun phrase says ("the 1994 treaty between", "talks that began on
        # Monday between"), else from its end, where its verb begins ("... ended on Monday")
        own = next((D.to_dateref(t) for t in times if t.type == "DATE" and t.range
                    and at - 12 <= t.start and t.end <= inner), None)
        for x, y in ((a, b), (b, a)):
            acts.append(Act(type_, cameo, x.ref, x.how, 0.6, sent, at, target=y.ref,
                            anchor=b.end, date=own))
    acts.extend(possessive_acts(sent, text, offset, quoted, mentions))
    acts.extend(nominal_acts(sent, text, offset, mentions, acts))
    acts.extend(passive_noun_acts(sent, text, offset, mentions, acts))
    acts.extend(bare_statements(sent, text, offset, speakers, acts, mentions))
    acts.extend(implied_acts(acts, sent, text, offset, mentions, times))
    return dedupe(acts)

