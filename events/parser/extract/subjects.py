"""Who does the act a cue names when nothing more specific applies: the passive agent, the
innermost speaker whose words hold the cue, or the subject on the cue's left (with the names
coordinated with it). Kept apart from `acts.py`, which decides which rule applies."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import cues as C
from . import names as N
from .cue_base import DRAWN_FROM, TALLY
from .memory import Mention
from .left_subject import left_subject
from .roles import _main_subject, clause_start, coordinated
from .targets import POST_THEN_NAME, coordinated_right

if TYPE_CHECKING:
    from .acts import Act

# an adverb before or after the copula of the speaker's own side ("said his government fully
# backed", "the government nonetheless remained open to")
_ADVERB = (r"(?:(?:[a-z]+ly|also|still|now|again|nonetheless|nevertheless|however|always|"
           r"already)\s+)?")
# What the speaker says of itself: "its willingness", "his forces were", "the government".
_OWN_ACT = re.compile(r"^\W*(?:(?:on\s+)?\w+day\s+|yesterday\s+|today\s+|late\s+\w+\s+)?"
                      # "told parliament his government was open to further talks"
                      r"(?:(?:parliament|reporters|journalists|lawmakers|legislators|the "
                      r"(?:press|nation|assembly|parliament|senate|house|cabinet|commons|lords|"
                      r"chamber|congress|diet|knesset|duma|bundestag|majlis))\s+)?"
                      # ("his Sandinista government was ready": a word before the noun)
                      r"(?:that\s+)?(?:(?:its|his|her|their|our)\s+(?:\w+\s+){0,2}?|\w+\s+|"
                      r"the (?:[a-z]+\s+)?(?:government|ministry|country|state|administration|"
                      r"kingdom|republic|"
                      r"bloc|alliance|organi[sz]ation|union|group|movement|party|rebels|guerrillas|"
                      r"league|council|commission|community|"
                      r"insurgents|opposition|junta|regime|leadership|authorities|side|"
                      # "the Western delegations were ready to meet", "the company was ready
                      # to resume talks": a side the speaker speaks for
                      r"delegations?|company|firm|negotiators|team)\s+)?"
                      + _ADVERB +
                      r"(?:(?:is|are|was|were|remains?|remained|would be|will be|had been|has been|"
                      r"stands?|stood)\s+)?"
                      + _ADVERB + r"[\"“`']*$",
                      re.IGNORECASE)
# ... also after words of the attribution: "told AFP in Algiers that his government was ready"
# or "said the two sides would open Red Cross talks" (the speaker's side is one of them)
_OWN_ACT_TAIL = re.compile(r"(?:\bthat\s+(?:its|his|her|their|our)\s+(?:\w+\s+)?(?:is|are|was|were|"
                           r"remains?|remained|would be|will be|had been|has been)|"
                           r"^\W*(?:(?:on\s+)?\w+day\s+|yesterday\s+|today\s+)?(?:that\s+)?"
                           r"(?:(?:the two|both) (?:sides|countries|governments|"
                           r"nations)|(?:the|their)\s+(?:two\s+)?(?:leaders|presidents|heads of "
                           r"state|prime ministers|foreign ministers))(?:\s+(?:would|will)"
                           r"(?:\s+also)?)?)\s+[\"“`']*$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ed|en|met|signed|held|put|set|laid|drawn|struck|made|brought|told|"
                         r"sought|won|thrown|shown)$", re.IGNORECASE)
# A cue with its own object ("blocked a bid by Skopje"): the by-phrase is the object's.
_OBJECT_IN = re.compile(r"\b(?:a|an|the|its|his|her|their)\b", re.IGNORECASE)
_BY_INSIDE = re.compile(r"\s+by\s+(?=(?-i:[A-ZÀ-Ž])|the\s)", re.IGNORECASE)
_BY_NEXT = re.compile(r"\s+by\s+")
_SPACE = re.compile(r"\s*")
# The by-phrase may come after the object or the place: "sanctions were imposed on Iraq by the
# Council", "Syria was suspended on Saturday by the Arab League".
# (not the agent of another participle: "signed at a ceremony hosted by Eyadema")
_OTHER_AGENT = r"(?:hosted|chaired|organi[sz]ed|attended|witnessed|brokered|mediated)\b"
_BY_AFTER = re.compile(r"(?:\s+(?!by\b|" + _OTHER_AGENT + r")[\w,'’.$-]+){0,6}?\s+by\s+"
                       # "was signed at the Fifth Caspian Summit in this western Kazakh port
                       # city by": a longer place or occasion, within one clause
                       r"|(?:\s+(?!(?:by|and|but|which|that|who|while|after|before|as)\b|"
                       + _OTHER_AGENT + r")[\w'’.-]+){7,16}?\s+by\s+")
# "said the treaty cannot be signed while...": a modal stance is the speaker's.
_MODAL = re.compile(r"(?:cannot|can't|can not|will not|won't|would not|must|should|"
                    r"(?:would|will)\s+[\"“'`]*never)\b", re.I)
# Acts a state does rather than holds: "China had lodged a protest", "Iran expelled..." (not
# a stance a spokesman states for it: "Moscow backed the draft", "Turkey supported X")
_ARE_RESPONSIBLE = re.compile(r"(?:are|is|were|was)\b.*\bresponsible\b", re.IGNORECASE)
_DEED_TYPES = frozenset({"sanction", "meeting", "phone_call", "agreement"})
_DEED_VERB = re.compile(r"(?:lodg|summon|fil|submitt|present|sen[dt]|expell|recall|protest)",
                        re.IGNORECASE)


def _deed(cue, m) -> bool:
    return cue.type in _DEED_TYPES or _DEED_VERB.match(m.group()) is not None


_DEED = re.compile(r"[a-z]+ed\b(?! to\b)", re.IGNORECASE)
_DEED_AUX = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+|already\s+|also\s+)?$")
# "ordered by the board of governors of the IAEA": the body's organ is the body
_DEAL_COMMA = re.compile(r"\W*(?:the|a|an|this|that|these|those)\s+(?:[\w.'’-]+\s+){0,3}?"
                         r"(?:treaty|treaties|agreements?|accords?|deals?|pacts?|declarations?|"
                         r"protocols?|plan|proposal|resolution|communiqu[eé]|memorandum|charter|"
                         r"documents|conventions?),\s*", re.I)
# "backed by its ally Russia", "hosted by their neighbour Oman"
_WHOSE_ALLY = re.compile(r"(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+){1,2}")
# "by the European Union foreign policy chief, Javier Solana": the body's post, then its holder
_BODYS_POST = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{N.POST_NOUNS},\s+")
_GROUP_NOUN_COMMA = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+")
_BODY_OF = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$"
                      # "by the head of the government panel, Jesus Dureza": the post, then
                      # the person who holds it
                      # ("by the Foreign Secretary, Mr. Ernest Bevin": capitalised, an honorific)
                      rf"|(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?i:{N.POST_NOUNS})"
                      r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,\s+"
                      r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)\.?\s+)?$")
# The agents of a by-phrase list, with the capitalised words of a title or an affiliation
# between them (", US Secretary of State Albright", "and African Union (AU) Commissioner X";
# brackets are blanked first).
_TITLE_RUN = r"(?:(?:[A-ZÀ-Ž][\w.'’-]*|of)\s+){0,6}$"
_AND_GAP = re.compile(r"^(?:,\s*)?\s*and\s+(?:by\s+)?(?:the\s+|his\s+|her\s+)?" + _TITLE_RUN)
# "by Mr. Manglapus and the chief American negotiator, Richard Armitage": a post, then the name
_AND_POST_GAP = re.compile(r"^(?:,\s*)?\s*and\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}?"
                           r"(?:negotiator|minister|secretary|envoy|ambassador|president|"
                           r"counterpart|representative|delegate|chief|leader),\s+$")
# "received by Prime Minister X and by parliament speaker Y": a second "by" names a second agent
_AND_BY_GAP = re.compile(r"^(?:,\s*)?\s*and\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")
_LIST_GAP = re.compile(r"^,\s*(?:the\s+|his\s+|her\s+|their\s+)?" + _TITLE_RUN)
_TELL = re.compile(r"(?:told|tell|tells|telling|assured|informed|reminded|warned)\b", re.I)
_HIS_OFFICE = re.compile(r",\s+(?:his|her|their|its)\s+(?:office|spokes(?:man|woman|person)|aides?|"
                         r"ministry|government)\s+")
_AFTER_ASIDE = re.compile(r"[^,;\"“”]{0,40},\s*(?:\w+ly\s+)?")
_AND_ANY = re.compile(r"^(?:,\s*)?\s*and\b")
_AND_HOST = re.compile(r"(?:,\s*)?\s*and\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?,\s+(?:the\s+)?")
# ("signed on Friday by Lord Carrington": a style before the name)
_STYLE_GAP = re.compile(rf"(?:{N.STYLE_WORDS}|Senor|Signor)\.?\s+")
_TITLE_GAP = re.compile(r"\s+" + _TITLE_RUN)


def _unbracket(gap: str) -> str:
    return gap.replace("(", " ").replace(")", " ")


def _affiliation(agent: list, i: int, text: str, offset: int) -> bool:
    """Whether agent[i] (and any name right after it) only qualifies the person next named."""
    for j in range(i + 1, len(agent)):
        if not _TITLE_GAP.match(_unbracket(text[agent[j - 1].end - offset:
                                                agent[j].start - offset])):
            return False
        if agent[j].ref.kind == "person":
            return True
    return False


_SUSPENDED_FROM = re.compile(r"(?:suspended|expelled) (?:[\w'’-]+ ){0,2}?from$")
NOUN_BY = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:was|were)\s+(?:issued|sent|delivered|handed|"
                      r"voiced|lodged|conveyed|made|extended|signall?ed|raised|expressed|"
                      r"reiterated|renewed)\b[^.;]{0,60}?\bby\s+(?:the\s+)?")
# "demanded by 91 votes to 21 the immediate withdrawal": the count of a vote, no agent
_TALLY = re.compile(" " + TALLY)
# "slashed Cuba's sugar quota by 700,000 tons", "raised tariffs by 25 percent": how much
_BY_AMOUNT = re.compile(r" by (?:some |about |nearly |almost |more than |up to |another |"
                        r"a further )?[$€£]?\d[\d,.]*\s*(?:%|percent|per cent|tons|tonnes|"
                        r"barrels|points|million|billion)")
_UNDER_FIRE = re.compile(r"(?:(?:came|comes|come|coming) under (?:[\w-]+ )?(?:fire|attack|"
                         r"criticism) from|" + DRAWN_FROM + r")$")


def _right_after(mentions, at: int, offset: int, gap: int, kinds=None):
    """The first mention that starts at most `gap` characters after text index `at`."""
    return next((x for x in mentions if 0 <= x.start - offset - at <= gap
                 and (kinds is None or x.ref.kind in kinds)), None)


def _own_states_stance(subject: Mention, speaker: Mention) -> bool:
    """"Russia is open..., Lavrov said", "Kosovo, Prime Minister Albin Kurti said, would never
    agree": a state or body named by a person who speaks for it states his stance."""
    return (subject.ref.kind != "person" and speaker.ref.kind == "person"
            and speaker.ref.country in (None, subject.ref.country))


def actors_for_cue(cue, m, text, offset, mentions, speakers, sentence_speaker):
    # "Madagascar was suspended from the SADC on Monday": the body it was suspended from
    if _SUSPENDED_FROM.search(m.group()) and (
            body := _right_after(mentions, m.end(), offset, 5, ("organisation", "group"))):
        return [body], None
    # "A stern warning was issued to Pyongyang on Monday by South Korea's Defence Ministry",
    # "A list of demands was handed to Qatar by Saudi Arabia": the by-phrase
    if cue.type != "statement" and (
            nb := NOUN_BY.match(text, m.start() + len(m.group().split()[0]))) and (
            agent := _right_after(mentions, nb.end(), offset, 4)):
        return [agent], None
    # "Turkey came under fire from French President Emmanuel Macron", "the remarks drew an
    # angry protest from Seoul": who fired
    if _UNDER_FIRE.search(m.group()) and (agent := _right_after(mentions, m.end(), offset, 5)):
        return coordinated_right(mentions, agent, text, offset, []), None
    # Passive voice: "the plan was rejected by Iran".
    if ((cue.type != "intent_to_negotiate" or m.group().startswith(("announced", "confirmed")))
            and _PARTICIPLE.search(m.group().split()[0])
            and not text.startswith(" to ", m.end())
            and ((passive := (C.PASSIVE_MET if cue.type in ("meeting", "phone_call")
                              else C.PASSIVE_BEFORE).search(text[max(0, m.start() - 20):
                                                                 m.start()])
                  # "The treaty, signed in Manila on Aug. 27 by X and Y, ...": a reduced
                  # relative after the deal it names
                  or _DEAL_COMMA.fullmatch(text, 0, m.start()))
                 # "the accord signed by Annan" (not "blocked a bid by Skopje": Skopje's bid)
                 or (text.startswith(" by ", m.end()) and not _OBJECT_IN.search(m.group())
                     and not _TALLY.match(text, m.end())
                     and not _BY_AMOUNT.match(text, m.end())))):
        # (a by-phrase further on only after "was"/"were": not "welcomed the agreement signed
        # by Sudan")
        by = (_BY_AFTER if passive else _BY_NEXT).match(text[m.end():])
        at = m.end()
        if m.group().endswith(" by"):
            by = _SPACE.match(text[m.end():])  # "was announced on Tuesday by": the cue ends
        if passive and (inner := _BY_INSIDE.search(m.group())):
            # "Kyiv and Moscow were urged by Nazarbayev to open talks": the by-phrase is
            # inside the cue's words
            by, at = inner, m.start()
        if by:
            agent = [x for x in mentions if x.start - offset >= at + by.end() - 1]
            if agent and (agent[0].start - offset - (at + by.end()) < 5 or _STYLE_GAP.fullmatch(
                    text, at + by.end(), agent[0].start - offset) or _BODY_OF.match(
                    text, at + by.end(), agent[0].start - offset) or _WHOSE_ALLY.fullmatch(
                    text, at + by.end(), agent[0].start - offset)):
                if (agent[0].how == "group" and len(agent) > 1 and agent[1].ref.kind == "person"
                        and _GROUP_NOUN_COMMA.fullmatch(text, agent[0].end - offset,
                                                        agent[1].start - offset)):
                    # "by the head of the government panel, Jesus Dureza": the person
                    agent = agent[1:]
                if (len(agent) > 1 and agent[1].ref.kind == "person"
                        and agent[1].start - agent[0].end < 60
                        and (agent[0].possessive or agent[0].ref.kind != "person"
                             and _BODYS_POST.fullmatch(text, agent[0].end - offset,
                                                       agent[1].start - offset))):
                    # "hosted by the EU's foreign policy chief, Catherine Ashton": the person
                    agent = agent[1:]
                elif agent[0].ref.kind != "person" and _affiliation(agent, 0, text, offset):
                    # "hosted by Saint Vincent and the Grenadines Prime Minister Ralph
                    # Gonsalves": the state is whose he is
                    agent = [x for x in agent[1:] if x.ref.kind == "person"][:1] + [
                        x for x in agent[1:] if x.ref.kind == "person"][1:]
                # "signed by Annan and Aziz": every agent of the by-phrase ("by India, Ahmad
                # said" is one agent and a speaker)
                group = [agent[0]]
                listed = 1  # members joined by commas wait for the "and" that ends a list
                last = agent[0].end
                held = None
                for i, x in enumerate(agent[1:], 1):
                    if x.how == "pair" and x.start == group[-1].start:
                        group.append(x)  # "signed by the two countries": both sides
                        listed = len(group)
                        continue
                    if (x.possessive and x.ref.kind == "state" and i + 1 < len(agent)
                            and agent[i + 1].ref.kind == "person" and POST_THEN_NAME.fullmatch(
                                text, x.end - offset, agent[i + 1].start - offset)):
                        # "and North Korea's first vice foreign minister, Kang Sok-ju": the
                        # person the post names is the agent
                        held = x
                        continue
                    if x.ref.kind != "person" and _affiliation(agent, i, text, offset):
                        continue  # "and the African Union (AU) Commissioner X": whose, not who
                    gap = _unbracket(text[last - offset:(held or x).start - offset])
                    held = None
                    if (x.ref.kind != "person" and group[-1].ref.kind == "person"
                            and N.OF_GAP.fullmatch(gap)):
                        last = x.end  # "Genscher of West Germany, Baker of the United States"
                        continue
                    last = x.end
                    if _AND_GAP.match(gap) or _AND_POST_GAP.match(gap) or _AND_BY_GAP.match(gap):
                        group.append(x)
                        listed = len(group)
                    elif _LIST_GAP.match(gap):
                        group.append(x)
                    else:
                        if _AND_ANY.match(gap):
                            # "by Australia, Fiji, Niue and the host, the Cook Islands": the
                            # "and" closes the list, whatever its last member's words
                            listed = len(group)
                            if (_AND_HOST.fullmatch(gap)):
                                group.append(x)
                                listed = len(group)
                        break
                group = group[:listed]
                return group, None
        if cue.type == "sanction" and not by and (inside := [
                sp for v, sp, (lo, hi) in speakers if lo <= m.start() < hi
                and sp.ref.kind == "state" and not any(
                    x.ref.name == sp.ref.name for x in mentions if x.start < sp.start)]):
            # "Four Russian diplomats have been ordered to leave the country, the Polish
            # foreign ministry said": a measure told with no agent is the announcing state's
            # (not when it names itself before: "Russian diplomats were expelled, Moscow said")
            return inside[:1], "speaker"
        return [], None
    if _ARE_RESPONSIBLE.match(m.group()):
        # "They say IRA commanders are responsible": the speaker accuses, the subject is accused.
        inside = [sp for v, sp, (lo, hi) in speakers if lo <= m.start() < hi]
        return (inside[:1], None) if inside else ([], None)
    for v, sp, (lo, hi) in sorted(speakers, key=lambda s: s[2][1] - s[2][0]):
        if lo <= m.start() < hi:  # the cue is in what someone said (the innermost speaker)
            subj = left_subject(mentions, text, offset, max(lo, clause_start(text, m.start())),
                                 m.start())
            after_aside = _AFTER_ASIDE.fullmatch(text, v.end(), m.start()) is not None
            if (after_aside and (subj is None or subj.start >= sp.start) and _deed(cue, m)
                    and text[:sp.start - offset].rstrip().endswith(",") and (
                    head := next((x for x in mentions if x.end - offset <= sp.start - offset
                                  and "," not in text[:x.start - offset]
                                  and x.how != "pronoun" and not x.possessive), None))
                    and not _own_states_stance(head, sp)):
                # "President Vladimir Putin, the Kremlin said, spoke by telephone with Macron":
                # the verb right after an attribution set inside goes on with the subject
                # before it (dated by its own clause, not by the attribution)
                return coordinated(mentions, head, text, offset), "aside"
            if after_aside and subj is None and _HIS_OFFICE.fullmatch(
                    text, sp.end - offset, v.start()):
                # "Prime Minister Narendra Modi, his office said in New Delhi, spoke by
                # telephone with Zelensky": his own deed (dated by its own clause)
                return [sp], "aside"
            if subj is None:
                lead = text[lo:m.start()]
                if (hi <= v.start() and not any(lo <= x.start - offset < hi for x in mentions)
                        or _OWN_ACT.match(lead) or _OWN_ACT_TAIL.search(lead)
                        or _MODAL.match(m.group())
                        # "Israeli officials said Begin and Sadat would hold further talks":
                        # talks a side announces are its intent, whoever will sit at them
                        or (cue.type == "intent_to_negotiate"
                            and m.group().lower().startswith(("would ", "will ")))):
                    # "Calling for X, ..., Y said" / "Y stated its willingness": Y acts.
                    return voices(speakers, v), None
                return [], None
            if _own_states_stance(subj, sp) and not (
                    _deed(cue, m) and (_DEED.match(m.group()) or _DEED_AUX.search(
                        text, max(0, m.start() - 12), m.start()))):
                # "Russia is open..., Lavrov said": a stance, the speaker's; but "Lin said
                # China had lodged a protest" tells a deed the state did
                return voices(speakers, v), "speaker"
            return coordinated(mentions, subj, text, offset), None
    lo = clause_start(text, m.start())
    subj = left_subject(mentions, text, offset, lo, m.start())
    if subj is None:
        if sentence_speaker is not None:
            return [sentence_speaker], "speaker"
        return [], None
    return coordinated(mentions, subj, text, offset), None


def voices(speakers, verb) -> list:
    """Everyone an attribution names: "Britain and France said it must end" is both."""
    return [sp for v, sp, _ in speakers if v is verb]


# The subject a later verb of the sentence goes on with (acts.py): "X said A and called on B".
def previous_subject(acts: list[Act], speakers, offset: int, pos: int,
                     text: str = "", mentions=()) -> Mention | None:
    """The subject of the verb before `pos`: the last act's actor, or the speaker."""
    if acts:
        last = acts[-1]
        return Mention(last.cue_start, last.cue_start, last.subject or last.actor, last.how)
    for v, sp, (lo, hi) in speakers:
        if v.end() <= pos and sp.start - offset < v.start():
            if text.startswith(",", v.end()):
                continue  # "Haitian officers say, Biamby burst in and accused...": an aside
            if lo <= pos < hi and (opening := next(
                    (x for x in mentions if 0 <= x.start - offset - lo <= 6
                     and x.ref.kind == "person" and x.ref.name != sp.ref.name
                     and x.how != "pronoun"), None)) and not (
                    _TELL.match(v.group()) and "that" not in text[lo:opening.start - offset]):
                # "Tass said Carter and Brezhnev had discussed the Middle East and had agreed
                # to meet": the verb goes on with the person the words began with (not the
                # one told: "Khatami told the Pope that...")
                return opening
            return Mention(offset + v.start(), offset + v.start(), sp.ref, sp.how)
    return None


def previous_group(acts: list[Act]) -> list[Mention]:
    subjects = [a for a in acts if not a.other_side]
    if not subjects:
        return []
    last = subjects[-1].cue_start
    group = {(a.subject or a.actor).name: a for a in subjects if a.cue_start == last}
    return [Mention(a.cue_start, a.cue_start, a.subject or a.actor, a.how)
            for a in group.values()]


def main_subject(acts: list[Act], mentions: list[Mention], text: str, offset: int,
                  pos: int) -> list[Mention]:
    if acts:
        # ("The four states cut ties with Qatar, accusing it of...": all four accuse)
        if len(group := previous_group(acts)) > 1 and acts[-1].cue_start == max(
                a.cue_start for a in acts if not a.other_side):
            return group
        # (not the other side of a joint act: "spoke to Ciller, urging both" is the caller's)
        last = next((a for a in reversed(acts) if not a.other_side), acts[-1])
        return [Mention(last.cue_start, last.cue_start, last.subject or last.actor, last.how)]
    head = left_subject(mentions, text, offset, 0, pos)
    first = _main_subject(mentions, text, offset, pos)
    if (head is not None and first is not None and first.end <= head.start
            and _VERB_OBJECT_GAP.fullmatch(text, first.end - offset, head.start - offset)):
        # "Khrushchev attacked Hammarskjold, accusing him...", "Zhao called the United States
        # 'an empire', accusing it...": the object of a verb that is no act is not who acts
        head = first
    return coordinated(mentions, head, text, offset) if head else []


# a verb in the past (with its adverbs or day) and the determiner of its object
_VERB_OBJECT_GAP = re.compile(r"\s+(?:(?:\w+ly|on \w+day|\w+day|today|yesterday)\s+)*"
                              r"(?:[a-z]+ed|called|met|hit|struck|took|sent|gave|wrote)\s+"
                              r"(?:the\s+)?")
