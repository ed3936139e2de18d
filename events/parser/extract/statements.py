"""Bare reported speech: "X said ..." is a statement unless X already did something in the
sentence, the words are another side's act that X only relays, or X speaks for no state (an
analyst, a toll cited "according to" an agency). Split from `acts.py`, which reads every cue
first; what is left of the speakers here is each one's statement. The acts a speaker's own
quoted words carry (`quoted_acts`, which `acts.py` reads before any other cue) came from
`acts.py` too, to keep that file under 400 lines."""
from __future__ import annotations

import re

from . import act_words as W
from . import acts as A  # (acts.py calls this module: the class is looked up at call time)
from . import cues as C
from .act_checks import _IF_CLAUSE, _other_side
from .data import OUTLETS, STATE_MEDIA
from .memory import Mention
from .quotes import QuoteMask
from .roles import all_cues
from .sentences import Sentence
from .targets import target_after

# "Ashton welcomed the deal ... and said it showed...", "rejected the sanctions as unjust and
# said Togo had...": what the speaker says after a verb of his own is told of that one act
_AND_THEN_SAID = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+)?$")
_ADDED_SPEECH = frozenset({"saying", "adding", "telling", "according to", "in a statement"})
# What an outlet carries that fits no type of act (ANNOTATING.md: fighting, arrests,
# elections, economic data, weather; and a life's news): news, not its state's word
_OUTLET = re.compile(r"\b" + OUTLETS + r"\b|\b(?:" + "|".join(
                         re.escape(n) for names in STATE_MEDIA.values() for n in names) + r")\b")
_NEWS_ONLY = re.compile(r"\b(?:earthquake|quake|floods?|flooding|storms?|cyclone|typhoon|"
                        r"hurricane|landslides?|drought|wildfires?|temperatures?|rainfall|"
                        r"index|stocks?|inflation|GDP|output|turnout|hospital|surgery|"
                        r"pneumonia|died|funeral|fighting|clashes|artillery|shelling|arrested|"
                        r"sentenced|executed)\b", re.IGNORECASE)
_TOLL = re.compile(r"\b(?:killed|dead|deaths|died|wounded|injured|displaced|fled|refugees|"
                   r"casualties|barrels|tonnes|per cent|percent)\b")


def bare_statements(sent: Sentence, text: str, offset: int, speakers, acts: list,
                    mentions: list[Mention]) -> list:
    """The statement of each speaker the sentence's other acts do not already carry."""
    out: list = []
    for v, sp, (lo, hi) in speakers:
        said = [a for a in acts + out if not (a.next_verb and a.cue_start - offset > v.start())]
        if any(a.actor.name == sp.ref.name and (
                lo <= a.cue_start - offset < hi or v.group().lower() in _ADDED_SPEECH
                or a.cue_start - offset == v.start()
                # "was quoted by KCNA as demanding that...": the act the quote carries
                or (v.group() == "quoted" and v.end() <= a.cue_start - offset < lo))
               for a in said):
            continue  # "Hamas said it rejected...", "X criticised Y, saying...": one act
        if _AND_THEN_SAID.search(text, max(0, v.start() - 24), v.start()) and any(
                a.actor.name == sp.ref.name and a.cue_start - offset < v.start()
                and not a.plain_speech for a in said):
            continue
        if any(lo <= a.cue_start - offset < hi and not _other_side(sp.ref, a.actor)
               and not a.plain_speech  # "X assured Y that..., Z's spokesman said": Z too
               for a in said):
            # the content's act is the event ("the Kremlin said Putin is ready"); what the
            # speaker tells of another state's act is the speaker's statement too ("The White
            # House disclosed that Kuwait has asked...")
            continue
        if v.start() > lo and any(
                lo <= a.cue_start - offset < hi and not a.plain_speech for a in said):
            # "Sharif spoke with Talbott, a Pakistani official said", "Milosevic agreed to
            # pull out his police, U.S. envoy Richard Holbrooke said": a source relays
            continue
        if sp.ref.kind != "person":
            # "China said it hoped..., foreign ministry spokesman Zhu said": the named
            # spokesman whose words these are speaks for the state.
            voice = [s2 for v2, s2, (lo2, hi2) in speakers
                     if s2.ref.kind == "person" and lo2 <= v.start() < hi2 and s2 is not sp]
            if voice:
                sp = voice[0]
        if (text.startswith(", ", sp.end - offset)
                and W.speaks_for_none(text, sp.end - offset, mentions, offset)):
            continue  # "Christine Helms, a Middle East analyst, says": no actor (ANNOTATING.md)
        if v.group().lower().startswith("according") and _TOLL.search(text):
            continue  # "More than 740 people have been killed, according to the UN": a figure
            # the story cites, not a diplomatic statement
        said_what = (0, v.start()) if lo >= v.start() else (lo, hi)  # (told before it)
        if (_OUTLET.search(text, max(0, sp.start - offset - 30), v.start())
                and _NEWS_ONLY.search(text, *said_what)):
            continue  # "An earthquake struck Bam on Friday, the IRNA news agency said"
        tgt = target_after(mentions, text, offset, lo, [sp.ref])
        if tgt is not None and not (lo <= tgt.start - offset < hi):
            tgt = None
        act = A.Act("statement", "010", sp.ref, sp.how, 0.55, sent, offset + v.start(),
                  target=tgt.ref if tgt else None, plain_speech=True)
        out.append(act)
    return out


def quoted_acts(sent: Sentence, text: str, offset: int, quoted: QuoteMask,
                 speaker: Mention, verb_at: int, inside: list[Mention]) -> list:
    """The acts in a speaker's quoted words: a cue told in the first person, or an
    evaluation (a content cue) in any person."""
    out = []
    # the longest reading of the words wins, as outside quotes ("must sit down together at
    # the negotiating table" is a call for talks, not the demand its "must" would be)
    for cue, m in C.longest_first([(cue, m) for cue, m in all_cues(text)
                                   if cue.type in W.QUOTABLE and quoted[m.start()]],
                                  quoted=True):
        span = next(((a, b) for a, b in quoted.spans if a <= m.start() < b), None)
        before = text[span[0]:m.start()] if span else ""
        first_person = (W.FIRST_PERSON.search(before)
                        or m.group().lower().startswith(("we ", "i "))
                        # "Egypt will not return to talks," the Egyptian spokesman said
                        or any(span and span[0] <= x.start - offset < m.start()
                               and x.ref.kind != "person" and x.ref.country is not None
                               and x.ref.country == speaker.ref.country for x in inside)
                        # '"France condemns the coup," government spokesman Olivier Veran
                        # said': an official whose state is not known yet speaks for the one
                        # the quote opens with
                        or (speaker.ref.country is None and speaker.ref.role and span
                            and any(x.ref.kind == "state" and not x.possessive
                                    and x.how != "pronoun"
                                    and span[0] <= x.start - offset < m.start()
                                    and not text[span[0]:x.start - offset].strip(" \"“'‘")
                                    for x in inside)))
        # An evaluation ("must", "unjustly", "a turning point") is the speaker's in any person.
        if (first_person or cue.content) and not C.NEGATION.search(before[-60:]) and not (
                cue.type != "threat" and _IF_CLAUSE.search(before)):
            # ("If anybody violates it, there will be penalties": the condition is no charge)
            # Dated by the attribution ("...," Adams said Sunday), not by the quoted words.
            out.append(A.Act(cue.type, cue.cameo, speaker.ref, speaker.how, cue.strength * 0.9,
                             sent, offset + m.start(), anchor=verb_at, from_quote=True))
    return out
