"""Bare reported speech: "X said ..." is a statement unless X already did something in the
sentence, the words are another side's act that X only relays, or X speaks for no state (an
analyst, a toll cited "according to" an agency). Split from `acts.py`, which reads every cue
first; what is left of the speakers here is each one's statement."""
from __future__ import annotations

import re

from . import act_words as W
from . import acts as A  # (acts.py calls this module: the class is looked up at call time)
from .act_checks import _other_side
from .memory import Mention
from .sentences import Sentence
from .targets import target_after

_ADDED_SPEECH = frozenset({"saying", "adding", "telling", "according to", "in a statement"})
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
                or a.cue_start - offset == v.start())
               for a in said):
            continue  # "Hamas said it rejected...", "X criticised Y, saying...": one act
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
        if text.startswith(", ", sp.end - offset) and W.UNAFFILIATED.match(text, sp.end - offset):
            continue  # "Christine Helms, a Middle East analyst, says": no actor (ANNOTATING.md)
        if v.group().lower().startswith("according") and _TOLL.search(text):
            continue  # "More than 740 people have been killed, according to the UN": a figure
            # the story cites, not a diplomatic statement
        tgt = target_after(mentions, text, offset, lo, [sp.ref])
        if tgt is not None and not (lo <= tgt.start - offset < hi):
            tgt = None
        act = A.Act("statement", "010", sp.ref, sp.how, 0.55, sent, offset + v.start(),
                  target=tgt.ref if tgt else None, plain_speech=True)
        out.append(act)
    return out
