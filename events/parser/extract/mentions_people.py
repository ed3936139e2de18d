"""The pass of `actors.find_mentions` over people named without a title: later references to
people already introduced (surnames, `al-Jubeir`), and new people in subject or attribution
position (`Vladimir Putin has said`, `said Gerard Rice`, `Iraq's Saddam Hussein`, a bare
surname as the subject of a verb, `Lord Owen`). Split out of `actors.py` by kind of mention
when that file grew past 400 lines; it holds the rules for when one word is a name."""
from __future__ import annotations

import re

import pycountry

from ..types import ActorRef
from . import names as N
from .gazetteer import Compiled
from .memory import Memory, Mention
from .mention_state import MentionState

_CAPITAL_PARTICLE = re.compile(
    rf"(?:{'|'.join(w.capitalize() for w in N.SURNAME_PARTICLE_WORDS)})\s+[A-ZÀ-Ž]")
_PARTICLE_SURNAME = re.compile(r"\b(?:al|el|ad|as|ash|an|at|az|abu|bin|ibn)-[A-ZÀ-Ž][a-zà-ÿ]+")


# a verb right after a surname that is also a month's name ("May said", not "May 5")
_SURNAME_ACTS = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|insisted|"
                           r"stressed|warned|urged|met|spoke|called|wrote|replied|declared|"
                           r"announced|argued|has|had|is|was|will|would)\b")
_MONTH_BEFORE = re.compile(r"\b(?:in|of|since|until|by|from|early|late|mid|last|next|this)[\s-]+$",
                           re.IGNORECASE)


def people(st: MentionState, gaz: Compiled) -> None:
    """Capitalised words no earlier pass took: a person already introduced, or a new one."""
    text, mem = st.text, st.mem
    if "-" in text and mem.people:
        for m in _PARTICLE_SURNAME.finditer(text):
            # "spoke by telephone with al-Jubeir": a surname with a lower-case particle
            if st.free(*m.span()) and (ref := mem.people.get(m.group())) is not None:
                st.add(m.start(), m.end(), ref, "surname")
    for m in N.CAPSEQ.finditer(text):
        a, b = m.span()
        # "met with Sununu Sunday": a day or month after a name is no part of it
        seq = _TIME_TAIL.sub("", m.group())
        b = a + len(seq)
        if " " in seq.strip() or seq in mem.people:
            if rn := _REGNAL.match(text, b):
                # "Archbishop Makarios III, the Ethnarch": a regnal number ends the name
                seq, b = seq + rn.group(), rn.end()
        if (lead := _TIME_LEAD.match(seq)) and (
                " " not in seq[lead.end():]
                # ("On Thursday Mr Papoulias and Mr Yilmaz held talks")
                or seq[lead.end():].split()[0].rstrip(".") in _STYLED):
            # "On Tuesday Alatas called", "Yesterday Caputo met": the day is no part of the
            # name, and the bare surname after it is read as one opening a sentence
            a, seq = a + lead.end(), seq[lead.end():]
        if not st.free(a, b):
            continue
        ref = _introduced(seq, mem)
        if ref is not None and (seq not in N.NAME_STOP or (
                # "May insisted on Saturday" after "Theresa May": the surname, not the month
                _SURNAME_ACTS.match(text, b) and not _MONTH_BEFORE.search(text, 0, a))):
            st.add(a, b, ref, "surname")
        elif " " not in seq:
            _one_word(st, a, b, seq, gaz)
        else:
            _new_name(st, a, b, seq, gaz)


def _introduced(seq: str, mem: Memory) -> ActorRef | None:
    ref = mem.people.get(seq)
    if ref is None and _CAPITAL_PARTICLE.match(seq):
        # "De Gaulle said", opening a sentence, is the "President de Gaulle" read before
        ref = mem.people.get(seq[0].lower() + seq[1:])
    if ref is None:
        words = seq.split()
        ref = mem.people.get(words[-1])
        if (ref is not None and len(words) > 1 and words[0] not in N.NAME_STOP
                and words[0] != ref.name.split()[0] and words[0][-1] != "."
                and not ref.name.lower().endswith(" " + seq.lower())):
            # ("Perez de Cuellar" after "Javier Perez de Cuellar" is his surname, and so is
            # "De Gaulle" opening a sentence after "Charles de Gaulle")
            ref = None  # "Saddam Hussein" after "King Hussein": another person
        elif (ref is not None and len(words) > 2 and words[0] == ref.name.split()[0]
              and words[-1] != ref.name.split()[-1] and seq.lower() not in ref.name.lower()):
            ref = None  # "Kim Yo Jong" is not "Kim Jong Un", whose middle name ends hers
    return ref


def _one_word(st: MentionState, a: int, b: int, seq: str, gaz: Compiled) -> None:
    text, mem = st.text, st.mem
    if seq.lower() in N.TITLE_FIRST and text[max(0, a - 4):a] in ("the ", "The "):
        return  # "The Pope praised...": a title, read as a role reference later
    # One word is a new person only where wire copy puts a bare surname: as the
    # subject of a reporting or act verb, after "said", or after an honorific.
    if _one_word_name(text, a, b, seq, gaz) and (
            seq in mem.mid_caps or text[:a].strip(" \"“'`(")
            or not (_GENERIC_ED.match(text, b) and _NOUN_SUFFIX.search(seq))):
        # (a noun-shaped word that only ever opens a sentence, before a verb known only
        # by its "-ed", names no one: "Violence continued..." but "Chavez dismissed")
        ref = mem.introduce(ActorRef(name=seq, kind="person", known=False, surface=seq))
        st.add(a, b, ref, "name")


def _new_name(st: MentionState, a: int, b: int, seq: str, gaz: Compiled) -> None:
    text, offset, mem, found = st.text, st.offset, st.mem, st.found
    name = N.clean_name(seq)
    if name and " " not in name and seq.split()[0] in _ONE_WORD_AFTER and not gaz.lookup(name):
        # "Lord Owen", "Sir Leon": a one-word name after a British title, a foreign style
        # ("Herr Grotewohl") or a rank ("Marshal Tito", "Colonel Nasser")
        at = a + seq.rfind(name)
        ref = mem.people.get(name) or mem.introduce(
            ActorRef(name=name, kind="person", known=False, surface=seq))
        st.add(at, at + len(name), ref, "name")
        return
    country = None
    if a > 3 and text[a - 3:a] in ("'s ", "’s "):
        # "Iraq's Saddam Hussein, facing...": a person of the state just named (whose name
        # may run to four words: "Mauritania's Mohamed Ould Abdel Aziz")
        owner = [f for f in found if f.end - offset == a - 3 and f.ref.kind == "state"]
        country = owner[0].ref.country if owner else None
    # (lower-case particles are no words of their own: "Marcel Alain de Souza")
    n_words = sum(1 for w in name.split() if not w.islower()) if name else 0
    if (not name or not 2 <= n_words <= 4 or gaz.lookup(name)
            or N.not_a_name(name.split())
            or any(gaz.lookup(w) and not _SHORT_WORD.fullmatch(w) for w in name.split())):
        # (a short word in a name is no acronym the gazetteer knows: "Kim Jong Un", not UN)
        return
    if all(w.lower() in N.TITLE_FIRST for w in name.split()):
        return  # "Faisal, then the Crown Prince, met": a post, read as a role reference later
    said_before = N.SAID_BEFORE.search(text, max(0, a - 8), a)
    # "held talks with Mr. Selwyn Lloyd": a style before two or more names marks a person
    styled = (" " + text[max(0, a - 5):a]).rstrip().endswith(N.HONORIFICS)
    name_at = a + max(0, seq.find(name))  # ("In New York, ...": the capital "In" is read off)
    if not styled and _PLACE_PREP.search(text, max(0, name_at - 8), name_at):
        return  # "U.N. officials in New York on Friday finished": a place
    # "Alberto Fujimori of Peru and Jamil Mahuad of Ecuador embraced": whose they are (not
    # "Alberto Adrianzen of Lima's Catholic University": a scholar, no state's)
    of_state = _state_after_of(text, b, offset, found)
    if not (said_before or country or styled or N.BARE_FOLLOW.match(text, b)
            or N.OBJECT_OF_ACT.search(text, max(0, a - 30), a)
            or N.POST_BEFORE.search(text, max(0, a - 30), a)
            # "Sadyr Japarov and Emomali Rahmon met": joined to a person already read
            or (text.startswith(" and ", b) and _joined_person(text, b + 5, offset, found)
                and not any(w.lower() in N.TITLE_FIRST for w in name.split()))
            # "signed by Adam Malik of Indonesia, Narciso Ramos of the Philippines and":
            # a name of a state's is its man's
            or of_state is not None):
        return
    if country is None and of_state is not None:
        country = of_state.ref.country
    at = seq.find(name)
    end = at + len(name)
    if all(w in N.STYLES for w in seq[:at].split()):
        # "received M. Ferhat Abbas", "Azzam Pasha, the League's secretary general, said":
        # the style stays in the mention, so the words around it still read as before
        at = 0
    if all(w in N.STYLES_AFTER for w in seq[end:].split()):
        end = len(seq)
    ref = mem.introduce(ActorRef(name=name, kind="person", country=country, known=False,
                                 surface=name))
    st.add(a + at, a + end, ref, "name")


def _state_after_of(text: str, b: int, offset: int, found: list[Mention]) -> Mention | None:
    """The state named right after " of " at `b` ("Narciso Ramos of the Philippines")."""
    of = N.OF_GAP.match(text, b)
    return None if of is None else next(
        (f for f in found if f.start - offset == of.end() and f.ref.kind == "state"
         and not f.possessive), None)


def _joined_person(text: str, at: int, offset: int, found: list[Mention]) -> bool:
    """Whether a person starts at `at`: one already read, or a name of two or three words
    that a verb follows ("Sadyr Japarov and Emomali Rahmon met")."""
    if any(f.start - offset == at and f.ref.kind == "person" for f in found):
        return True
    nxt = N.CAPSEQ.match(text, at)
    if nxt is None:
        return False
    seq = _TIME_TAIL.sub("", nxt.group())
    return 2 <= len(seq.split()) <= 3 and N.BARE_FOLLOW.match(text, at + len(seq)) is not None


_PLACE_PREP = re.compile(r"\b(?:in|at|from|near|outside|across|into)\s+$", re.IGNORECASE)
_ONE_WORD_AFTER = frozenset(N.PEERAGE) | N.NAME_PREFIXES  # a title, rank or style before a surname
# "speaking at Westminster College, Fulton, Missouri, yesterday, declared": a state or province
# after a town is where, never who (the gazetteer's states, Georgia among them, stay actors)
_PROVINCES = frozenset(sub.name for cc in ("US", "CA", "AU")
                       for sub in pycountry.subdivisions.get(country_code=cc)
                       if " " not in sub.name)
_SHORT_WORD = re.compile(r"[A-Z][a-z]{1,2}")
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ence|ance|ism|ship|ure|ing|ies|ers)$")
_GENERIC_ED = re.compile(r"\s+(?:also\s+|later\s+|again\s+)?(?!said\b|told\b|met\b)[a-z]{3,}ed\b")
# The object of a meeting or call verb, before the phrase that ends it.
_MET_BEFORE = re.compile(r"\b(?:meet|met|meets|received|receives|hosted|hosts|phoned|telephoned|"
                         r"welcomed|"
                         r"(?:met|talks|talked|meeting|spoke) with)\s+$")
_OBJECT_END = re.compile(r"(?:\s+(?:in|on|at|for|during|and|to|about|over|last|this|anywhere|"
                         r"soon|again|next|directly|personally|without|"
                         r"yesterday|today|earlier|later)\b|\s*[,.;]|\s*$)")


_REGNAL = re.compile(r" (?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XXI{0,3})\b(?!['’.-])")
# the styles a surname may follow ("Mr", "Herr", "M."), their stops dropped
_STYLED = frozenset(w.rstrip(".") for w in (*N.PEERAGE, *N.STYLES))
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_LEAD = re.compile(rf"(?:On |Last |Early |Late )?(?:{_DAYS}|Yesterday|Today) ")
# (what the capitalised run before the surname left of the sentence: its start, a comma, or a
# place, "In Jakarta on Tuesday Alatas called")
_TIME_SLOT = re.compile(rf"(?:^|[,;]\s*|\b(?:In|At) [A-ZÀ-Ž][\w-]+(?: [A-ZÀ-Ž][\w-]+)? "
                        rf"(?:on |early |late )?)(?:On |Last |Early |Late |"
                        rf"(?:Late|Early|Later|Earlier) on )?(?:{_DAYS}|Yesterday|"
                        rf"Today) $")
_TIME_TAIL = re.compile(rf"(?:\s+(?:{_DAYS}|"
                        r"January|February|March|April|June|July|August|September|October|"
                        r"November|December))+$")


def _one_word_name(text: str, a: int, b: int, word: str, gaz: Compiled) -> bool:
    if (len(word) < 3 or word in N.NAME_STOP or word in N.NOT_NAME or word in N.COMMON_SUBJECTS
            or word.isupper() or word in _PROVINCES):
        return False
    slot = ((" " + text[max(0, a - 5):a]).rstrip().endswith(N.HONORIFICS)
            or ((N.ONE_FOLLOW.match(text, b) is not None or N.AND_FOLLOW.match(text, b))
                and (N.SAID_BEFORE.search(text, max(0, a - 8), a) is not None
                     or N.SUBJECT_SLOT.search(text, max(0, a - 8), a) is not None
                     or _TIME_SLOT.search(text, max(0, a - 50), a) is not None))
            # "Mubarak received Arafat in Cairo", "Clinton phoned Yeltsin on Saturday"
            or (_MET_BEFORE.search(text, max(0, a - 16), a) is not None
                and _OBJECT_END.match(text, b) is not None))
    low = word.lower()
    return slot and low not in N.TITLE_FIRST and low not in N.ROLE_WORDS and not gaz.lookup(word)
