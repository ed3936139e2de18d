"""The article-level memory of actors introduced so far, and the references that resolve
against it ("the minister", "the Iraqi ambassador to Greece"); kept apart from `actors.py`,
which finds the mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..types import ActorRef
from .gazetteer import Compiled, Entry

if TYPE_CHECKING:
    from .acts import Act


class Mention(NamedTuple):  # a tuple: built thousands of times per article, cheaply
    start: int  # absolute offsets into the body
    end: int
    ref: ActorRef
    how: str  # gazetteer | title | surname | role | pronoun | group | name
    possessive: bool = False


_ROYAL = frozenset({"king", "queen", "prince", "emir", "shah", "sheikh", "sultan", "pope"})
_POSTED_TO = re.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?[A-ZÀ-Ž]")


@dataclass
class Memory:
    """What the article has introduced so far, for later references."""

    people: dict[str, ActorRef] = field(default_factory=dict)  # surname or full name -> ref
    last_person: ActorRef | None = None
    last_other: ActorRef | None = None
    last_plural: ActorRef | None = None
    last_pair: tuple[ActorRef, ActorRef] | None = None  # the sides of the last joint act
    last_people: tuple[ActorRef, ActorRef] | None = None  # ... of the last one by two people
    # the last two people who acted together as subjects ("Kerry and Lavrov also met ... with
    # Brahimi"): "both ministers" afterwards are they, not the one they met
    joint_subjects: tuple[ActorRef, ActorRef] | None = None
    # the two people whose joint act the sentence just read told: "Modi and Xi met in Kazan.
    # They had a brief conversation in Johannesburg in 2023", "Kibaki and Odinga signed the
    # deal. They first met on Jan. 24" (None after any other sentence)
    pair_just_met: tuple[ActorRef, ActorRef] | None = None
    # the last two people and the last two states named, for "the two envoys met" when no
    # joint act has paired anyone yet
    recent_people: tuple[ActorRef, ...] = ()
    recent_states: tuple[ActorRef, ...] = ()
    acronyms: dict[str, ActorRef] = field(default_factory=dict)  # "RSF" -> the organisation
    # the armed movements the whole article names: "the rebels" are the one it names, even
    # before its name comes ("Sudan's government and southern rebels signed... the SPLM")
    armed: tuple[ActorRef, ...] = ()
    # words the article capitalises inside a sentence too (names), as against a capital that
    # only opens sentences ("Violence continued...")
    mid_caps: frozenset[str] = frozenset()
    home: ActorRef | None = None  # the state the dateline files the story from (home.py)
    spokesman_of: ActorRef | None = None  # whose unnamed spokesman the story last quoted
    governed: ActorRef | None = None  # the state whose government the lead names (home.py)
    published: date | None = None  # the story's day: which states it knew (history.py)
    # what the article shows of a person's sex ("Skripal and his daughter", "Mrs May"), so
    # that "she" does not go to a man named since
    genders: dict[str, str] = field(default_factory=dict)
    seen_people: tuple[ActorRef, ...] = ()  # the last people named, latest last
    # the last three, four... people or states a sentence named together, by kind and size
    groups: dict[tuple[str, int], tuple[ActorRef, ...]] = field(default_factory=dict)
    seen_orgs: tuple[ActorRef, ...] = ()  # the last organisations named, latest last
    # how often each state was named: "the two countries" of a story are its two principals
    state_counts: dict[str, tuple[int, int, ActorRef]] = field(default_factory=dict)
    # how often two states (or people serving them) met, called or agreed: the story's sides
    joint_states: dict[frozenset, int] = field(default_factory=dict)
    # the first state and armed movement that agreed or met: a civil war's "two
    # sides" (Colombia and the FARC), which no count of states finds
    mixed_pair: tuple[ActorRef, ActorRef] | None = None

    def introduce(self, ref: ActorRef) -> ActorRef:
        key = ref.name.split()[-1]
        known = self.people.get(ref.name) or self.people.get(key)
        styles = _ROYAL.intersection(ref.role.split())
        if (known and ref.role and ref.name not in (known.name, known.name.split()[0])
                and styles != _ROYAL.intersection(known.role.split())
                and not styles <= _ROYAL.intersection(known.name.lower().split())):
            # "King Hussein" after "President Saddam Hussein": another person (but "Sheikh
            # Sabah" after "the emir, Sheikh Sabah al-Ahmad al-Sabah" is he)
            known = None
        if known and (known.name == ref.name or ref.name == key or
                      known.name.endswith(" " + ref.name)):
            # A fuller introduction adds role/country the first one lacked.
            if (not known.role and ref.role) or (not known.country and ref.country):
                known = replace(known, role=known.role or ref.role,
                                country=known.country or ref.country)
                self._store(known)
            return known
        if known is None and " " not in ref.name and len(ref.name) >= 5:
            # "Sheikh Mujib" after "Sheikh Mujibur Rahman": the short form the press uses
            fuller = {p for p in self.people.values()
                      if any(w.startswith(ref.name) and len(w) >= len(ref.name) + 2
                             for w in p.name.split())}
            if len(fuller) == 1:
                return fuller.pop()
        self._store(ref)
        return ref

    def _store(self, ref: ActorRef) -> None:
        self.people[ref.name] = ref
        words = ref.name.split()
        self.people[words[-1]] = ref
        if "-" in words[-1] and words[-1][:words[-1].index("-")].islower():
            self.people[words[-1].split("-", 1)[1]] = ref  # "al-Sisi" -> "Sisi"
        for w in words[1:]:
            if w.startswith(("d'", "d’")) and len(w) > 4:
                # "Miguel d'Escoto Brockmann" -> "Escoto", as his papers shortened him
                self.people.setdefault(w[2:], ref)
        if len(words) > 1:
            # Family name first ("Xi Jinping" -> "Xi") or a name used alone ("Abiy Ahmed" ->
            # "Abiy"): a first word stands for the person unless someone else has it; after a
            # style that is part of the name, the word after it too ("Sheikh Sabah al-Ahmad
            # al-Jaber al-Sabah" -> "Sabah", as "the Sultan" is still "Sultan Mohammed V")
            self.people.setdefault(words[0], ref)
            if words[0].lower() in _ROYAL and len(words) > 2:
                self.people.setdefault(words[1], ref)
        for w in words[1:-1]:
            # "Luiz Inacio Lula da Silva" -> "Lula": a middle name the press uses alone
            if len(w) > 2 and w[0].isupper() and w[-1] != ".":
                self.people.setdefault(w, ref)


@lru_cache(maxsize=4096)  # refs are frozen: one per known name and surface is enough
def _ref(entry: Entry, surface: str, known: bool = True) -> ActorRef:
    return ActorRef(name=entry.name, kind=entry.kind, country=entry.country, role=entry.role,
                    known=known, surface=surface)



def _known_person(ref: ActorRef, gaz: Compiled) -> ActorRef:
    """A discovered person the caller's gazetteer already knows (by full name) is known."""
    s = gaz.lookup(ref.name)
    if s and s.entry.kind == "person":
        return ActorRef(name=s.entry.name, kind="person", country=s.entry.country or ref.country,
                        role=s.entry.role or ref.role, known=True, surface=ref.surface)
    return ref


_MONARCHS = ("king", "queen", "emir", "shah", "sultan", "monarch")
# "the Venezuelan leader": whoever leads the state, by any title
_LEADERS = ("leader", "president", "premier", "chancellor", "prime") + _MONARCHS
# "the American diplomat": whoever holds a diplomatic post
_DIPLOMATS = ("diplomat", "envoy", "ambassador", "secretary", "minister", "negotiator",
              "mediator")


_NAMED_NEXT = re.compile(r",\s+(?:[A-ZÀ-Ž][\w'’.-]+\s+){1,3}?[A-ZÀ-Ž][\w'’-]+,")


# posts below a state's head, never "the <nation> leader"
_SUBORDINATE = re.compile("|".join((*_DIPLOMATS, "spokes", "official", "advis", "delegate",
                                    "representative", "aide")))


def _role_reference(m: re.Match, gaz: Compiled, mem: Memory) -> ActorRef | None:
    role = " ".join(m["role"].lower().split())
    country = None
    if m["dem"]:
        s = gaz.lookup(m["dem"])
        if s is None:
            return None
        country = s.entry.country
    if country and _POSTED_TO.match(m.string, m.end()):
        # "the Iraqi ambassador to Greece": a post named in full introduces another person,
        # who stays unnamed, so the state speaks.
        return _ref(s.entry, m.group()) if s.entry.kind in ("state", "organisation") else None
    if _NAMED_NEXT.match(m.string, m.end()):
        return None  # "the foreign minister, Sergei Lavrov,": the name after it is the mention
    # The latest-introduced person with that role (and country, if said) is meant.
    head = role.split()[-1]
    heads = (_MONARCHS if head == "monarch" else _LEADERS if head == "leader"
             else _DIPLOMATS if head == "diplomat" else (head,))
    post = role if len(role.split()) > 1 and head == "minister" else None
    people = list(reversed(list(dict.fromkeys(mem.people.values()))))
    for ref in people:
        # "his Greek counterpart George Papandreou" holds the post the other side holds
        peer = country is not None and ref.country == country and "counterpart" in ref.role
        if post and ref.role and post not in ref.role.lower() and not peer:
            continue  # "the foreign minister" is not the prime minister
        if (any(h in ref.role.split() for h in heads) or peer) and country in (None, ref.country):
            return ref
    if head == "leader" and country and len(
            ours := {r.name: r for r in people if r.country == country
                     and not _SUBORDINATE.search(r.role)}) == 1:
        # "General Omar Torrijos of Panama ... The Panamanian leader said": the one person of
        # that state, whatever his post (not an unplaced president named since)
        return next(iter(ours.values()))
    for ref in people:
        # a person whose country is not known yet may still be the one meant, when no one
        # of that post and state was
        if (ref.country is None and country and any(h in ref.role.split() for h in heads)
                and not (post and ref.role and post not in ref.role.lower())):
            return ref
    if country and m["dem"] and s.entry.kind in ("state", "organisation"):
        # "the Russian foreign minister" never named: the state speaks (ANNOTATING.md).
        return _ref(s.entry, m.group())
    if not country and head.startswith("spokes") and mem.spokesman_of is not None:
        # "a Yugoslav Foreign Ministry spokesman accused Italy... The spokesman renewed":
        # the state whose spokesman the story quoted, not the dateline's
        return replace(mem.spokesman_of, role=role, surface=m.group())
    if not country and mem.last_person is not None and (
            not head.startswith("spokes") or not mem.last_person.role):
        # (a president named last is not "the spokesman" of a later sentence)
        # "Safadi, a former journalist, became Jordan's foreign minister. The minister
        # spoke...": no one of that post was introduced, so the person just named is meant
        return mem.last_person
    if not country and mem.home is not None and head in _HOME_POSTS:
        # "LAGOS - The foreign minister said...": the government of the dateline's state, a
        # person the story may name later (pipeline._name_unnamed_officials)
        return replace(mem.home, role=role, surface=m.group())
    return None


_HOME_POSTS = frozenset({"minister", "president", "premier", "chancellor", "spokesman",
                         "spokeswoman", "spokesperson"})


JOINT_TYPES = frozenset({"meeting", "phone_call", "agreement"})
# How many paragraphs back an act may look for the one it repeats (merge.py, dating_inherit.py):
# far beyond any article's length, so that a megabyte of copy stays linear.
LOOK_BACK = 60


def _push(recent: tuple, ref) -> tuple:
    return (*[r for r in recent if r.name != ref.name][-1:], ref)


def remember(mem: Memory, acts: list[Act], mentions: list[Mention]) -> None:
    mem.pair_just_met = next(((a.actor, a.target) for a in acts
                              if a.type in ("meeting", "phone_call", "agreement")
                              and a.target is not None and a.actor.kind == "person"
                              and a.target.kind == "person"), None)
    for a in acts:
        if a.type in JOINT_TYPES and a.target is not None and a.actor.name != a.target.name:
            mem.last_pair = (a.actor, a.target)
            if a.actor.kind == "person" and a.target.kind == "person":
                mem.last_people = mem.last_pair
            if mem.mixed_pair is None and a.type != "phone_call" and {
                    a.actor.kind, a.target.kind} == {"state", "group"}:
                mem.mixed_pair = (a.actor, a.target)
            sides = frozenset((a.actor.country, a.target.country))
            if len(sides) == 2 and None not in sides:
                mem.joint_states[sides] = mem.joint_states.get(sides, 0) + 1
    # "Saudi Arabia, the UAE, Bahrain and Egypt severed links with Qatar ... the four
    # countries": the sides that did one deed together are the group a count refers to, even
    # where the sentence names more states
    by_cue: dict[int, dict[str, ActorRef]] = {}
    for a in acts:
        if not a.other_side and a.actor.kind in ("person", "state"):
            by_cue.setdefault(a.cue_start, {})[a.actor.name] = a.actor
    for group in by_cue.values():
        kinds = {r.kind for r in group.values()}
        if 3 <= len(group) <= 6 and len(kinds) == 1:
            mem.groups[(kinds.pop(), len(group))] = tuple(group.values())
    subjects = list(dict.fromkeys(a.actor for a in acts if not a.other_side
                                  and a.actor.kind == "person"))
    if len(subjects) == 2 and len({a.cue_start for a in acts if a.actor in subjects}) == 1:
        mem.joint_subjects = (subjects[0], subjects[1])
    for a in acts:
        for ref in (a.actor, a.target):
            if ref is None:
                continue
            if ref.kind == "person":
                mem.recent_people = _push(mem.recent_people, ref)
            elif ref.kind == "state":
                mem.recent_states = _push(mem.recent_states, ref)
    if not acts:
        # "Mali and Burkina Faso fought a brief war on Monday. The two governments agreed...":
        # the states a sentence with no act names are the story's sides all the same
        for m in mentions:
            if m.how != "pronoun" and m.ref.kind == "state":
                mem.recent_states = _push(mem.recent_states, m.ref)
    # (the subject, not a possessor before it: "Shamir's coalition partner, Foreign Minister
    # Shimon Peres, struck a softer tone. He urged...")
    named = [m for m in mentions if m.how != "pronoun"]
    subject = next((m for m in named if m.ref.kind == "person" and not m.possessive), None)
    for ref in [a.actor for a in acts] + ([subject.ref] if subject else [m.ref for m in named][:1]):
        if ref.kind == "person":
            mem.last_person = ref
            break
    for ref in [a.actor for a in acts] + [m.ref for m in mentions]:
        if ref.kind != "person":
            mem.last_other = ref
            if ref.kind in ("group", "organisation", "state"):
                mem.last_plural = ref
            break


_MALE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_FEMALE_TITLE = re.compile(r"\b(?:Mrs|Ms|Madam|Madame|Queen|Princess|Lady|Baroness|Dame)\.?\s+$")
_MALE_TITLE = re.compile(r"\b(?:Mr|King|Prince|Sir|Lord|Sheikh|Emir)\.?\s+$")


# "a Yugoslav Foreign Ministry spokesman", "a NATO spokesman", "Moscow's spokesman"
_SPOKESMAN_OF = re.compile(r"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
                           r"spokes(?:man|woman|person)\b")


def learn_mentions(mem: Memory, mentions: list[Mention], text: str, offset: int) -> None:
    """Note what a sentence names for later references: its people (and, where it names one,
    the pronouns it uses), how often each state is named, the organisations."""
    named = list(dict.fromkeys(m.ref for m in mentions
                               if m.ref.kind == "person" and m.how != "pronoun"))
    for m in mentions:
        if m.ref.kind == "person" and m.how != "pronoun":
            before = text[max(0, m.start - offset - 12):m.start - offset]
            if _FEMALE_TITLE.search(before):
                mem.genders.setdefault(m.ref.name, "f")
            elif _MALE_TITLE.search(before):
                mem.genders.setdefault(m.ref.name, "m")
    if len(named) == 1:
        he, she = _MALE.search(text), _FEMALE.search(text)
        if he and not she:
            mem.genders.setdefault(named[0].name, "m")
        elif she and not he:
            mem.genders.setdefault(named[0].name, "f")
    for ref in named:
        mem.seen_people = tuple(p for p in mem.seen_people if p.name != ref.name)[-3:] + (ref,)
    # (by name: "Egypt" and the "Cairo" where they met are one state of the group)
    states = list({m.ref.name: m.ref for m in mentions
                   if m.ref.kind == "state" and m.how not in ("pronoun", "pair")}.values())
    for kind, group in (("person", named), ("state", states)):
        if 3 <= len(group) <= 6:
            mem.groups[(kind, len(group))] = tuple(group)
    for m in mentions:
        if m.ref.kind == "state" and m.how not in ("pronoun", "pair"):
            n, _, _ = mem.state_counts.get(m.ref.name, (0, 0, m.ref))
            mem.state_counts[m.ref.name] = (n + 1, m.start, m.ref)
        if (m.ref.kind in ("state", "organisation") and m.how not in ("pronoun", "pair", "role")
                and _SPOKESMAN_OF.match(text, m.end - offset)):
            mem.spokesman_of = m.ref
        if m.ref.kind in ("organisation", "group") and m.how not in ("pronoun", "org_ref"):
            mem.seen_orgs = tuple(o for o in mem.seen_orgs if o.name != m.ref.name)[-5:] + (m.ref,)


def _orgs_by_code() -> dict[str, tuple[ActorRef, ...]]:
    from .data import GROUPS, ORGANISATIONS
    out: dict[str, list[ActorRef]] = {}
    for name, code, _ in ORGANISATIONS:
        if code:
            out.setdefault(code, []).append(ActorRef(
                name=name, kind="group" if name in GROUPS else "organisation", country=code,
                role="", known=True, surface=name))
    return {k: tuple(v) for k, v in out.items()}


_ORGS_BY_CODE = _orgs_by_code()
# Head nouns that stand for any organisation, and the names other heads also cover.
_ANY_ORG = frozenset({"bloc", "body", "organisation", "organization"})
_ALSO = {"court": ("tribunal",), "tribunal": ("court",), "alliance": ("nato", "treaty"),
         "union": ("eu",)}


def org_reference(head: str, mem: Memory, here: list[ActorRef]) -> ActorRef | None:
    """The organisation "the court" or "the bloc" stands for: the latest one named (in this
    sentence first) whose name has that head noun; none when the article named none."""
    head = head.lower()
    words = (head,) + _ALSO.get(head, ())
    # "NATO Secretary General Jens Stoltenberg said the alliance had...": the body a person
    # named in this sentence serves is named inside his title
    served = [o for p in reversed(here) if p.kind == "person" and p.country
              for o in _ORGS_BY_CODE.get(p.country, ())]
    for ref in list(reversed(here)) + served + list(reversed(mem.seen_orgs)):
        if ref.kind != "organisation" and (ref.kind != "group" or head in _ANY_ORG):
            continue  # "the front" may be a movement named before; "the bloc" never is
        names = f"{ref.name} {ref.surface or ''}".lower().replace("-", " ").split()
        if head in _ANY_ORG or any(w in names for w in words):
            return ref
    return None


def joint_sides(mem: Memory) -> tuple[str, str] | None:
    """The two states whose sides met, called or agreed most often so far (twice at least;
    on a tie the pair the story paired first), as ISO codes; else None."""
    ranked = sorted(mem.joint_states.items(), key=lambda kv: kv[1], reverse=True)  # stable
    if not ranked or ranked[0][1] < 2:
        return None
    return tuple(sorted(ranked[0][0]))


def principal_states(mem: Memory) -> tuple[ActorRef, ...]:
    """The two states the story has named most (the later one on a tie), or ()."""
    ranked = sorted(mem.state_counts.values(), key=lambda v: (v[0], v[1]), reverse=True)
    return tuple(v[2] for v in ranked[:2]) if len(ranked) >= 2 and ranked[1][0] >= 2 else ()


def fits(mem: Memory, ref: ActorRef, pronoun: str) -> bool:
    """Whether a he/she could be this person, by what the article has shown."""
    want = "f" if pronoun in ("she", "her") else "m"
    return mem.genders.get(ref.name, want) == want
