"""Actor mentions in a sentence, and the article-level memory that resolves later references.

Four ways an actor is named: a gazetteer surface ("the Kremlin", "NATO", an editor's alias), a
title pattern that introduces a person ("Russian Foreign Minister Sergey Lavrov", "Lavrov,
Russia's foreign minister", "spokesperson Maria Zakharova"), a later short reference to a person
already introduced ("Lavrov", "the minister", "the Russian president"), or a pronoun.
`find_mentions` runs the passes in order; each kind of mention has its own module (`titled.py`,
`mentions_known.py`, `mentions_people.py`, `mentions_refs.py`).
"""
from __future__ import annotations

import re

from ..types import ActorRef
from .cues import scan
from .home import bare_organs, governments_of_people
from . import names as N
from .gazetteer import Compiled, entry_for_country
from .history import of_its_day
from .memory import Memory, Mention, _ref, learn_mentions
from .mention_state import MentionState
from .mentions_known import _gazetteer_hits, known_names, organisations
from .mentions_people import people
from .mentions_refs import org_references, pairs, pronouns, rebels, role_references
from .titled import posts_apposed, posts_listed, title_after_comma, title_first

__all__ = ["Memory", "Mention", "find_mentions"]

_OFFICE_OF = re.compile(r"['’]s\s+(?:press\s+)?office\b")
# (but "May's office said she was deeply disappointed": she is who the office speaks of)
_OFFICE_SAID_SHE = re.compile(r"\s+(?:said|says|announced)\s+(?:(?:on|late|early)\s+)?"
                              r"(?:\w+day\s+)?(?:that\s+)?(?:he|she)\b")


_ORGAN_WORD = re.compile(r"\b(?:Office|Ministry|Department|Radio|Agency|Palace|House)\b",
                         re.IGNORECASE)


# a first name or a style, then a surname's first half: "Pierre Mendes-", "Mr. Mendes-" (the
# "France" after it ends the surname and names no state)
_NAME_HYPHEN = re.compile(r"(?:\b(?-i:[A-ZÀ-Ž][a-zà-ÿ]+)|\bMr\.?|\bMrs\.?|\bM\.)\s+"
                          r"(?-i:[A-ZÀ-Ž][a-zà-ÿ]+)-$")


def find_mentions(text: str, offset: int, gaz: Compiled, mem: Memory,
                  quoted=None) -> list[Mention]:
    """Actor mentions of one sentence (`text` starts at body offset `offset`); names inside
    `quoted` (a QuoteMask) are never what a pronoun outside the quote refers to."""
    gaz_hits = [(a, b, s) for a, b, s in _gazetteer_hits(text, gaz)
                if not (a and text[a - 1] == "-" and _NAME_HYPHEN.search(text, max(0, a - 40), a))]
    st = MentionState(text, offset, mem, [(a, b) for a, b, s in gaz_hits if s.form != "demonym"])

    # One pass over the words (shared with the cue index) finds where each word-triggered
    # pattern can start.
    kinds = scan(text)[1]
    pronoun_at, the_at = kinds.get(1, ()), kinds.get(2, ())
    title_at, org_at = kinds.get(3, ()), kinds.get(4, ())
    acr_at = []
    if mem.acronyms:
        for start in kinds.get(5, ()):
            word = N.WORD.match(text, start).group()
            if word in mem.acronyms:
                acr_at.append((start, word))
    # 1. People introduced with a title: the longest, most informative pattern.
    title_first(text, title_at, gaz, mem, gaz_hits, st.in_gazetteer, st.free, st.add)
    title_after_comma(text, title_at, gaz, mem, st.free, st.add)
    posts_apposed(text, gaz, mem, st.free, st.add, st.hold)
    posts_listed(text, gaz, mem, st.free, st.add, st.hold)
    organisations(st, gaz, org_at, acr_at)
    # State organs named bare ("The Foreign Ministry accused...") are the dateline's state's.
    for a, b, ref in bare_organs(text, gaz, mem.home, mem.governed):
        if st.free(a, b):
            st.add(a, b, ref, "group")
    # 2. Gazetteer names (states, organisations, the Actor table and its aliases).
    known_names(st, gaz, gaz_hits)
    # 3. Later references to people already introduced (surnames), and new people named
    # without a title in subject or attribution position ("Vladimir Putin has said").
    people(st, gaz)
    # 4. References back to actors the sentence or the article has named: posts, head
    # nouns, the rebels, two actors at once, pronouns.
    role_references(st, gaz, the_at)
    org_references(st, the_at)
    rebels(st)
    pairs(st)
    pronouns(st, pronoun_at, quoted)
    found = st.found
    for i, f in enumerate(found):
        if (f.possessive and f.ref.kind == "person" and f.ref.country
                and (office := _OFFICE_OF.match(text, f.end - offset))
                and not _OFFICE_SAID_SHE.match(text, office.end())
                and (state := entry_for_country(f.ref.country))):
            # "Frederiksen's office described the conversation as good": her government
            found[i] = Mention(f.start, f.end, of_its_day(_ref(state, state.name),
                                                          mem.published), "group")
    found.sort(key=lambda x: x.start)
    for i in range(1, len(found)):
        prev, f = found[i - 1], found[i]
        if (prev.ref.kind == "state" and f.ref.kind == "state"
                and f.how == "gazetteer" and f.ref.name != prev.ref.name
                and f.start - prev.end == (3 if prev.possessive else 1)
                and _ORGAN_WORD.search(f.ref.surface or "")):
            # "Pakistan's Foreign Office spokesman said", "A Pakistani Foreign Office
            # spokesman": Pakistan's organ, not the metonym's own state (the Foreign Office is
            # London's only when no state owns it)
            found[i] = f._replace(ref=prev.ref)
    learn_mentions(mem, found, text, offset)
    return governments_of_people(found, text, offset, mem.home)


def armed_movements(body: str, gaz: Compiled) -> tuple[ActorRef, ...]:
    """The armed movements (gazetteer kind "group") the article names, in order; only read
    when the article speaks of rebels at all (a second scan of the gazetteer costs time)."""
    if not ("rebels" in body or "guerrillas" in body or "insurgents" in body):
        return ()
    seen: dict[str, ActorRef] = {}
    for a, b, s in _gazetteer_hits(body, gaz):
        if s.entry.kind == "group" and s.entry.name not in seen:
            seen[s.entry.name] = _ref(s.entry, body[a:b])
    return tuple(seen.values())
