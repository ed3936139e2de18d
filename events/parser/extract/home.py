"""The state a story is filed from, for the organs it names without their state: agency copy
datelined "TEHRAN, Aug 6 (IRNA) --" says "The Foreign Ministry accused Washington..." and
"KUWAIT (KUNA) -- The cabinet demanded..."; the ministry and the cabinet are Iran's and
Kuwait's. "A Foreign Ministry spokesman in Seoul" names the place itself.
"""
from __future__ import annotations

import calendar
import re

from ..types import ActorRef
from .gazetteer import Compiled, entry_for_country
from .memory import Mention, _ref

# The dateline's place: "TEHRAN, Aug 6 (IRNA) --", "BEIJING (Reuters) -", "KUWAIT, Feb 26".
_PLACE = re.compile(r"^\W*([A-ZÀ-Ž][A-Z .'-]+?)(?:,|\s+\(|\s+[_—–-])")
# An organ of a state named bare: "The Foreign Ministry", "a Foreign Ministry spokesman", "the
# cabinet", "a government spokeswoman" (not "the government of Peru"; and "X said that the
# government is ready" is X's own side, skipped below so that the speaker acts).
ORGAN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|top|chief)\s+)?(?:Foreign (?:Ministry|Office)|"
    r"[Ff]oreign [Mm]inistry|Defen[cs]e Ministry|Interior Ministry|Information Ministry|"
    r"[Cc]abinet|[Gg]overnment|Presidency|[Pp]resident's office|Prime Minister's office|"
    r"state (?:radio|television|TV|news agency))"
    r"(?:\s+(?:spokes(?:man|woman|person)|official|source))?\b(?!\s+of\b)")
# The states whose foreign ministry English copy calls a Foreign Office of their own; filed
# from elsewhere, a bare "Foreign Office" is the British one (the gazetteer's)
_OWN_OFFICE = frozenset({"GBR", "PAK", "DEU", "DDR"})
_SAID_BEFORE = re.compile(r"\b(?:said|says|told [\w ]{1,25}?|added|stated|announced)"
                          r"(?:\s+(?:\w+day|today|here|yesterday))*(?:\s+that)?\s+$")
_IN_PLACE = re.compile(r"\s+in\s+([A-ZÀ-Ž][\w'-]+(?:\s[A-ZÀ-Ž][\w'-]+)?)")
# "the Ministry of Economy, Trade and Industry", "Japan's Ministry of Foreign Affairs": one
# organ, whose last word is no one's name
_DAYS = "|".join(calendar.day_name) + "|" + "|".join(calendar.month_name[1:])
_MINISTRY_OF = re.compile(r"\b(?:[Tt]he\s+|(?P<poss>['’]s\s+))Ministry\s+of\s+(?:the\s+)?"
                          r"(?-i:[A-ZÀ-Ž])[\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)(?!(?:" + _DAYS + r")\b)"
                          r"(?-i:[A-ZÀ-Ž])[\w'’-]*){0,4}")
_POSSESSOR = re.compile(r"((?-i:[A-ZÀ-Ž])[\w'-]*(?:\s(?-i:[A-ZÀ-Ž])[\w'-]*)?)$")
# "In Tokyo, the Foreign Ministry said...": the place the sentence opens in
_OPENING_PLACE = re.compile(r"^\W*In\s+([A-ZÀ-Ž][\w'-]+(?:\s[A-ZÀ-Ž][\w'-]+)?),")


def dateline_state(first_text: str, gaz: Compiled) -> ActorRef | None:
    m = _PLACE.match(first_text)
    if m is None:
        return None
    place = m.group(1).strip().title()
    s = gaz.lookup(place)
    if s is None or s.entry.kind != "state":
        return None
    return _ref(s.entry, place)


# "El Salvador's government and leftist guerrillas signed a peace treaty" (filed from Mexico
# City): the government the story is about
_STATES_GOVERNMENT = re.compile(r"\b((?-i:[A-ZÀ-Ž])[\w'-]+(?:\s(?-i:[A-ZÀ-Ž])[\w'-]+)?)['’]s\s+"
                                r"(?:[a-z]+\s+)?government\b")


def story_government(first_text: str, gaz: Compiled) -> ActorRef | None:
    """The state whose government the lead names ("El Salvador's government ... signed")."""
    m = _STATES_GOVERNMENT.search(first_text)
    s = gaz.lookup(m.group(1)) if m else None
    return _ref(s.entry, m.group(1)) if s is not None and s.entry.kind == "state" else None


def bare_organs(text: str, gaz: Compiled, home: ActorRef | None,
                governed: ActorRef | None = None) -> list[tuple[int, int, ActorRef]]:
    out = []
    opening = _OPENING_PLACE.match(text)
    if opening and (s := gaz.lookup(opening.group(1))) and s.entry.kind == "state":
        home = _ref(s.entry, opening.group(1))
    for m in ORGAN.finditer(text):
        if m.group().split()[-1].lower() in ("government", "cabinet") and _SAID_BEFORE.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "X said today that the government is prepared to...": X's own side
        ref = home
        if governed is not None and m.group().split()[-1].lower() == "government":
            ref = governed  # "the government and the FMLN had agreed": the lead's government
        place = _IN_PLACE.match(text, m.end())
        if place and (s := gaz.lookup(place.group(1))) and s.entry.kind == "state":
            ref = _ref(s.entry, place.group(1))  # "a Foreign Ministry spokesman in Seoul"
        elif "Office" in m.group() and home is not None and home.country not in _OWN_OFFICE:
            continue  # "ROME -- The Foreign Office rejected the Italian charges": London's
        if ref is not None:
            out.append((m.start(), m.end(), ref))
    for m in _MINISTRY_OF.finditer(text):
        ref, start = home, m.start()
        if m["poss"]:
            owner = _POSSESSOR.search(text, 0, m.start())
            s = gaz.lookup(owner.group(1)) if owner else None
            ref = _ref(s.entry, owner.group(1)) if s and s.entry.kind == "state" else None
            start = owner.start() if ref is not None else start
        if ref is not None and not any(a <= start < b for a, b, _ in out):
            out.append((start, m.end(), ref))
    if home is not None:
        # "Kuznetsov arrived here today to open negotiations": the dateline's place
        out += [(m.start(1), m.end(1), home) for m in _ARRIVED_HERE.finditer(text)]
    return out


_ARRIVED_HERE = re.compile(r"\b(?:arrived|arrives|flew in) (here)\b")


_GOVERNMENT_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:government|administration|cabinet|"
                               r"regime)\b")


def governments_of_people(found: list[Mention], text: str, offset: int,
                          home: ActorRef | None) -> list[Mention]:
    """"Prime Minister Yitzhak Shamir's government stated...": the state acts, the person's
    (or, with none known, the dateline's)."""
    out = []
    for f in found:
        if f.ref.kind == "person" and f.possessive and _GOVERNMENT_AFTER.match(
                text, f.end - offset):
            entry = entry_for_country(f.ref.country or (home.country if home else None))
            if entry is not None:
                f = f._replace(ref=_ref(entry, text[f.start - offset:f.end - offset]),
                               how="group")
        out.append(f)
    return out
