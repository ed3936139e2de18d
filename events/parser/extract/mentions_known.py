"""The passes of `actors.find_mentions` over names the sentence spells out as names: the
gazetteer's (states, organisations, the Actor table and its aliases, demonyms before a group
noun) and organisations the gazetteer lacks, with their acronyms. Split out of `actors.py` by
kind of mention when that file grew past 400 lines; people and later references are in
`mentions_people.py` and `mentions_refs.py`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import ActorRef
from . import name_refs as R
from . import names as N
from .gazetteer import Compiled
from .memory import Memory, _ref
from .mention_state import MentionState

_STATE_ORGAN = re.compile(r"\w+ (?:Army|Navy|Air Force|Armed Forces|Foreign Ministry|"
                          r"Defen[cs]e Ministry|Government|Coast Guard)$")
# ("The Ministry of External Affairs in New Delhi said")
_OFFICE_IN = re.compile(r"\b(?:the\s+)?(?:(?-i:[A-ZÀ-Ž])\w+\s+){0,2}(?:Ministry|Office|Department|"
                        r"[Mm]inistry|[Gg]overnment|[Pp]residency)(?:\s+of\s+(?:Foreign|External|"
                        r"Home)\s+Affairs)?\s+in\s+$")
# "The Ministry of Foreign Affairs of Ukraine", "the Secretariat of Foreign Affairs of Mexico",
# "The Foreign Ministry of the Republic of Kazakhstan": the state whose office it is
_OFFICE_OF = re.compile(r"\b(?:[Tt]he\s+)?(?:(?:Foreign|External)\s+)?(?:Ministry|Department|"
                        r"Secretariat|Office)(?:\s+of\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+"
                        r"(?-i:[A-ZÀ-Ž])\w+(?:\s+(?-i:[A-ZÀ-Ž])\w+){0,2})?)?\s+of\s+(?:the\s+)?"
                        r"(?:(?:Republic|Kingdom|State|Federation|Sultanate|Emirate)\s+of\s+)?$")
# "President of the Revolutionary Council", "General Secretary of the CPSU Central Committee":
# the post is a person's; the body named after it is the organisation
_POST_OF_BODY = re.compile(rf"^(?:(?:{N.TITLE_HEADS})\s+)+(?:of|for)\s+(?:the\s+)?")
_POSTS_OF = re.compile(r"\b((?:foreign|defen[cs]e|finance|trade|interior|prime)\s+)?"
                       r"(minister|president|leader|premier|chancellor)s\s+of\s+(?:the\s+)?"
                       r"(?:(?P<first>(?-i:[A-ZÀ-Ž])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w.'’-]*){0,2}),?"
                       r"\s+and\s+(?:the\s+)?)?$", re.I)
_SPOKESMAN_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person))\b"
                              r"(?!\s+(?-i:[A-ZÀ-Ž])|,\s+(?-i:[A-ZÀ-Ž]))")
_HALF_BEFORE = re.compile(r"\b(North|South|East|West)\s+and\s+$")
_NAMED_AFTER_CITY = re.compile(
    r"\s+(?:peace\s+|ceasefire\s+|cease-fire\s+)?(?:accords?|agreements?|"
    r"treaty|protocols?|declaration|process|format|framework|conventions?|charter|formula|"
    r"talks|conference|negotiations|plan|understanding|memorandum)\b", re.I)


_PARTY = re.compile(r"\b(?:main |ruling |governing |opposition |conservative |socialist |"
                    r"nationalist |centre-right |centre-left |far-right |far-left )+"
                    r"(?P<name>(?:[A-ZÀ-Ž][\w'’-]+ )*[A-ZÀ-Ž][\w'’-]+) party\b")


def organisations(st: MentionState, gaz: Compiled, org_at, acr_at) -> None:
    """Organisations the gazetteer does not know, by their head noun ("the paramilitary Rapid
    Support Forces (RSF)", "the Kosovo Liberation Army"), with the acronym they are given; then
    the acronyms given earlier in the article (`acr_at`)."""
    text, mem = st.text, st.mem
    if any(not st.in_gazetteer(p, p + 1) for p in org_at):  # "Union" of "European Union": known
        for m in N.ORG_SEQ.finditer(text):
            a, b = m.span()
            name = N.clean_name(_POST_OF_BODY.sub("", m.group()))
            if (not name or " " not in name or gaz.lookup(name) or not st.free(a, b)
                    or name.endswith("News Agency")):
                continue  # a news agency reports; it is not a party
            if _STATE_ORGAN.match(name) and (dem := gaz.lookup(name.split()[0])) and \
                    dem.entry.kind == "state":
                continue  # "the Indian Army": the state's organ, read as a group below
            a = b - len(name)
            if any(s < b and e > a and (s < a or e > b or (s, e) == (a, b))
                   for s, e in st.gaz_spans):
                continue  # part of a longer known name ("UN Security Council")
            ref = ActorRef(name=name, kind="organisation", country=None, role="", known=False,
                           surface=name)
            acr = N.ACRONYM_AFTER.match(text, b)
            if acr:
                mem.acronyms[acr[1]] = ref
            st.add(a, b, ref, "name")
    if " party" in text:
        # "the main opposition New Democracy party accused...": a party its copy does not
        # capitalise as one
        for m in _PARTY.finditer(text):
            a, b = m.span("name")
            name = m["name"]
            if st.free(a, b) and not gaz.lookup(name) and not any(
                    w in N.NOT_NAME for w in name.split()):
                st.add(a, b, mem.introduce(ActorRef(name=name, kind="organisation",
                                                    known=False, surface=name)), "name")
    for start, word in acr_at:
        if st.free(start, start + len(word)):
            st.add(start, start + len(word), mem.acronyms[word], "surname")


# "the U.S.-backed Contra rebels", "a Saudi-led coalition", "the Russian-drafted text": the
# name is part of an adjective on someone else, who acts
_BACKED = re.compile(r"-(?:backed|led|brokered|sponsored|based|funded|financed|supported|"
                     r"allied|aligned|trained|armed|installed|controlled|owned|drafted|"
                     r"mediated|friendly|born|made|built)\b")


# "the Chinese were ready to resume the negotiations", "the French would not accept": a
# demonym whose plural is itself, as the subject of a verb, is its people (its state)
_SAME_PLURAL = ("ese", "ch", "sh", "ss")
_PEOPLE_ACT = re.compile(r"\s+(?:were|are|would|will|had|have|did|do|could|can|should|must|"
                         r"might)\b")


def known_names(st: MentionState, gaz: Compiled, gaz_hits: list) -> None:
    """Gazetteer names (states, organisations, the Actor table and its aliases)."""
    text = st.text
    for a, b, s in gaz_hits:
        if not st.free(a, b) or _BACKED.match(text, b):
            continue
        if s.form == "demonym":
            g = (R.GROUP_AFTER.match(text, b) or N.OWN_OFFER.match(text, b)
                 or (text[a:b].endswith(_SAME_PLURAL)
                     and text[max(0, a - 4):a] in ("the ", "The ") and _PEOPLE_ACT.match(text, b)))
            if not g:
                continue
            if s.entry.kind == "person":
                continue
            if (g.group().endswith("leader") and text[max(0, a - 4):a].lower() == "the "
                    and R.ROLE_REF.match(text, a - 4)):
                continue  # "the Venezuelan leader": a person, read as a role reference
            if s.entry.kind in ("state", "organisation"):
                # "Iraqi officials", "the British and Irish governments": the state acts.
                st.add(a, b, _ref(s.entry, text[a:b]), "group")
                continue
        if s.form == "metonym" and _NAMED_AFTER_CITY.match(text, b):
            continue  # "the Algiers accord", "the Geneva talks": a place in a name, no actor
        if s.form == "metonym" and (p := st.mem.people.get(text[a:b])) is not None and (
                p.name.rsplit(None, 1)[-1] == text[a:b]):
            continue  # "Emilio Colombo ... Colombo told reporters": the man, not Sri Lanka
        if s.form == "metonym" and any(
                b2 == a - 3 and text[b2:a] in ("'s ", "’s ") and s2.entry is s.entry
                for a2, b2, s2 in gaz_hits):
            continue  # "India's External Affairs Ministry": the state's own organ, read with it
        if s.entry.kind == "state" and (office := _OFFICE_IN.search(text, max(0, a - 60), a)
                                        or _OFFICE_OF.search(text, max(0, a - 90), a)):
            # "The Foreign Ministry in Ankara rejected...": the state the office is in
            if st.free(office.start(), a):
                st.add(office.start(), b, _ref(s.entry, text[a:b]), "group")
                continue
        st.add(a, b, _known_ref(text, a, b, s, gaz, st.mem), "gazetteer")
        if (s.entry.kind == "state" and text.startswith(("North ", "South ", "East ", "West "), a)
                and (half := _HALF_BEFORE.search(text, max(0, a - 12), a))):
            # "South and North Korea reached a deal": the first half names a state too
            other = gaz.lookup(half[1] + text[a:b][text[a:b].find(" "):])
            if (other is not None and other.entry.kind == "state"
                    and other.entry.name != s.entry.name and st.free(*half.span(1))):
                st.add(half.start(1), half.end(1), _ref(other.entry, half[1]), "gazetteer")


def _known_ref(text: str, a: int, b: int, s, gaz: Compiled, mem: Memory) -> ActorRef:
    ref = _ref(s.entry, text[a:b])
    if s.entry.kind == "person":
        ref = mem.introduce(replace(ref, known=True))
    elif s.entry.kind == "state" and (role := R.POSS_ROLE.match(text, b)):
        # "Azerbaijan's foreign minister said...": the state, unless the article names
        # its foreign minister later (the pipeline looks once the article is read)
        ref = replace(ref, role=role.group().split(None, 1)[1].lower())
    elif s.entry.kind == "state" and (spk := _SPOKESMAN_AFTER.match(text, b)):
        # "A Pentagon spokesman said...": the state, unless the article names him
        ref = replace(ref, role=spk.group().split()[-1].lower())
    elif s.entry.kind == "state" and (posts := _POSTS_OF.search(text, max(0, a - 90), a)) and (
            not posts["first"] or getattr(gaz.lookup(posts["first"]), "entry", None)):
        # "The foreign ministers of Japan and South Korea announced": each state's post,
        # whose holders the article may name later
        ref = replace(ref, role=((posts[1] or "") + posts[2]).lower())
    return ref


# a capitalised word (not a sentence's first) right before a known organisation's name of
# several words makes it part of a longer name the table does not hold
_TITLE_WORD_BEFORE = re.compile(r"(?<=[a-z,] )(?-i:[A-Z][a-z]{2,})$")


def _gazetteer_hits(text: str, gaz: Compiled) -> list:
    """(start, end, surface) of the known names; "the UN" + "Security Council" read as one
    "UN Security Council" (the regex takes the leftmost name, and "the UN" starts first)."""
    hits = []
    get, starts = gaz.surfaces.get, gaz.starts_word
    for m in gaz.regex.finditer(text):
        if not starts(text, m.start()):
            continue
        g = m.group()
        s = get(g) or get(g.casefold())
        if s is None:
            continue
        a, b = m.span()
        if (s.entry.kind in ("group", "organisation") and " " in g and g[0].isupper() and a > 1
                and text[a - 1] == " " and not (hits and hits[-1][1] == a - 1)
                and (prev := _TITLE_WORD_BEFORE.search(text, max(0, a - 30), a - 1))
                and get(prev.group()) is None):
            # "Sudan Liberation Movement" inside "the Southern Sudan Liberation Movement" (but
            # "the United Nations Security Council": two names the table knows, joined)
            continue
        if s.entry.kind == "state" and a >= 4 and text.startswith("New ", a - 4) and (
                a < 5 or not text[a - 5].isalpha()):
            continue  # "New Jersey", "New Mexico", "New Guinea": another place's name
        if hits:
            pa, pb, ps = hits[-1]
            if a == pb + 1 and text.startswith("the ", pa):
                joined = gaz.lookup(text[pa + 4:b])
                if joined is not None:
                    hits[-1] = (pa + 4, b, joined)
                    continue
        hits.append((a, b, s))
    return hits
