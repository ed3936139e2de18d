"""Speaker labels of broadcast transcripts: "PRES. BILL CLINTON: The military leaders have
agreed..." or "JIMMY CARTER, FORMER PRESIDENT: I have no doubt..." open a paragraph that is the
named person's own words (a sound bite), while "BERNARD SHAW, CNN ANCHOR:", "CORRESPONDENT:"
or a reporter's bare surname ("BLITZER:") open the newsroom's narration, read as any text."""
from __future__ import annotations

import re

from ..types import ActorRef
from . import names as N
from .memory import Memory

LABEL = re.compile(r"^([A-ZÀ-Ž][A-Z.'’ -]{1,50}?)(?:,\s*([A-ZÀ-Ž][A-Z.,'’ -]{1,80}?))?:\s+(?=\S)")
_NEWSROOM = re.compile(r"\b(?:ANCHOR|CORRESPONDENT|REPORTER|HOST|PRESENTER|NEWS|CNN|ABC|CBS|NBC|"
                       r"NPR|PRI|BBC|VOA|AP|REUTERS|EDITOR|COMMENTATOR|ANALYST|NARRATOR|"
                       r"UNIDENTIFIED|VOICE|CAPTION)\b")
_TITLE_WORDS = frozenset(w.upper() for w in N.TITLE_FIRST | N.ROLE_WORDS) | {
    "PRES.", "SEN.", "REP.", "GEN.", "GOV.", "SECY.", "AMB.", "PM", "MR.", "MRS.", "MS.", "DR."}


def label_speaker(text: str, mem: Memory, newsroom: set[str]
                  ) -> tuple[int, ActorRef | None] | None:
    """(where the words start, who speaks them) for a labelled paragraph, or None when the
    paragraph has no label; the speaker is None for the newsroom's own voices."""
    m = LABEL.match(text)
    if m is None:
        return None
    name_part, role = m.group(1).strip(), m.group(2) or ""
    if _NEWSROOM.search(name_part) or _NEWSROOM.search(role):
        newsroom.add(name_part.split()[-1])  # "BERNARD SHAW, CNN ANCHOR" ... later "SHAW:"
        return m.end(), None
    words = [w for w in name_part.split() if w not in _TITLE_WORDS]
    if not words or name_part in newsroom:
        return m.end(), None
    name = " ".join(w.capitalize() if "-" not in w else "-".join(
        p.capitalize() for p in w.split("-")) for w in words)
    known = mem.people.get(name) or mem.people.get(name.split()[-1])
    if known is not None and (len(words) == 1 or known.name == name):
        return m.end(), known  # "GERRY ADAMS:" after "Party leader Gerry Adams says..."
    if known is None and len(words) == len(name_part.split()) and not role:
        # a bare name the story has not introduced is an anchor's or a reporter's
        # ("PETER JENNINGS:", "DRUDGE:"); a newsmaker comes with a title or a description
        return m.end(), None
    return m.end(), mem.introduce(ActorRef(name=name, kind="person", known=False,
                                           surface=name))
