"""Actor mentions in a sentence, and the article-level memory that resolves later references.

Four ways an actor is named: a gazetteer surface ("the Kremlin", "NATO", an editor's alias), a
title pattern that introduces a person ("Russian Foreign Minister Sergey Lavrov", "Lavrov,
Russia's foreign minister", "spokesperson Maria Zakharova"), a later short reference to a person
already introduced ("Lavrov", "the minister", "the Russian president"), or a pronoun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..types import ActorRef
from .gazetteer import Compiled, Entry

_TITLE_HEADS = (
    r"(?:Prime Minister|Foreign Minister|Foreign Secretary|Defen[cs]e (?:Minister|Secretary)|"
    r"Secretary of State|Secretary[- ]General|Under[- ]Secretary|High Representative|"
    r"Attorney General|Director[- ]General|Vice[- ]President|Deputy Prime Minister|"
    r"President|Premier|Chancellor|Minister|Secretary|Spokes(?:person|man|woman)|"
    r"Ambassador|Envoy|Leader|King|Queen|Crown Prince|Prince|Emir|Sheikh|Pope|Chairman|"
    r"Chairwoman|Chair|Director|Commissioner|Governor|Senator|Sen\.|Rep\.|Treasurer|"
    r"Superintendent|Delegate|General|Gen\.|Adviser|Advisor|Mayor|Speaker|Representative|"
    r"Negotiator|Official|Lawmaker|Commander|Chief|Head|Coordinator|Mediator|Diplomat)"
)
_PARTICLE = r"(?:von|van|der|den|de|del|da|di|la|le|al|bin|ibn|el|dos|du|ben)"
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ]*(?:[A-Z][a-zà-ÿ]+)*(?:['’-](?!s\b)[A-Za-zà-ÿ]+)*|[A-Z]\.)"
_NAME = (rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,3}}"
         r"(?:\s+(?:II|III|IV|Jr\.?|Sr\.?))?")
_NAME_STOP = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December The A An In On At But And Or Of For To It He
She They We I This That These Those His Her Its Their After Before When While Also Mr Mrs Ms
Dr Said Says Last Next Earlier Later Meanwhile However Nevertheless Moreover Still Instead Yet
Indeed Separately Thus Therefore Nonetheless Furthermore Besides Otherwise Today Yesterday
""".split())

_PRE_WORD = (r"(?:[A-Z][\w.'’-]*|former|then|deputy|acting|chief|senior|top|outgoing|"
             r"foreign|defen[cs]e|interior|finance|economy|trade|environment|executive|special|"
             r"security|press|party|opposition|government|ministry|military|state|"
             r"\w+(?:'s|’s))")
# Found head first (one cheap scan), then the words before it and the name after it.
_TITLE_HEAD = re.compile(rf"(?i:{_TITLE_HEADS})(?=,?\s+[A-Z])")
_TITLE_FIRST = frozenset("""
prime foreign defence defense secretary under high attorney director vice deputy president
premier chancellor minister spokesperson spokesman spokeswoman ambassador envoy leader king
queen crown prince emir sheikh pope chairman chairwoman chair commissioner governor senator sen
rep treasurer superintendent delegate general gen adviser advisor mayor speaker representative
negotiator official lawmaker commander chief head coordinator mediator diplomat
""".split())
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|stated|announced|added|told|insisted|argued)\b")
_PRONOUNS = frozenset("he He she She it It they They him Him her Her".split())
_SAY_WORDS = frozenset("said says told added".split())
_WORD = re.compile(r"[A-Za-z]+")
_CAPSEQ = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD})*")
_BARE_FOLLOW = re.compile(
    r"\s+(?:has|have|had|is|was|remains|said|says|told|urged|called|met|accused|warned|"
    r"rejected|proposed|backed|supported|welcomed|criticised|criticized|condemned|demanded|"
    r"threatened|signed|agreed|announced|stated|argued|insisted|added|also|repeatedly|"
    r"would|will|who)\b|\s*,|'s\b|’s\b")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})$")
_AFTER_COMMA = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+)?(?P<pre>(?:[\w.'’-]+\s+){{0,4}}?)"
    rf"(?P<title>(?i:{_TITLE_HEADS}))\b")
_PRE_BEFORE = re.compile(rf"(?:{_PRE_WORD}\s+){{1,5}}$")
_NAME_AT = re.compile(rf"(?P<comma>,)?\s+(?P<name>{_NAME})")
_PAIR_REF = re.compile(r"\b(?:[Tt]he two|[Bb]oth) (?:leaders|sides|ministers|presidents|"
                       r"prime ministers|foreign ministers|men|women|countries|governments|"
                       r"heads of state)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)\s+$")
_NOT_NAME = frozenset("""
Party Council Ministry Union Road Street Movement Republic Monarchy Army Forces Force Office
Department House Church Order Committee Commission Agency Bank Court Assembly Convention Group
Front League Organization Organisation Association Institute University News Times Post Press
Airport Square Sea River Avenue Hall Center Centre Palace Ocean Security Peace Foreign State
Government Parliament Congress Senate Police Islands Island Federation Kingdom Nations Affairs
Authority Alliance Service Services Fund Program Programme Summit Treaty Agreement Accord
Conference Talks Plan Northern Southern Eastern Western North South East West Central
Catholic Protestant Muslim Christian Jewish Minister President Prime Secretary General
International National Day World Global United Democratic People Popular Liberation Islamic
""".split())
_ROLE_WORDS = frozenset("""
prime foreign defence defense interior finance economy trade environment deputy vice chief
executive special security press acting former senior top secretary minister president
attorney general director spokesperson spokesman spokeswoman high representative party
""".split())
_GROUP_NOUNS = (r"(?:officials?|government|governments|authorities|leaders|leadership|"
                r"politicians|diplomats|ministers|delegation|delegates|negotiators|side|"
                r"ministry|foreign ministry|embassy|administration|parliament|cabinet)")
_GROUP_AFTER = re.compile(rf"(?:(?:,\s*|\s+and\s+)[A-Z][\w.]+)*\s+{_GROUP_NOUNS}\b")
_ROLE_REF = re.compile(
    r"\b[Tt]he\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?(?P<role>(?:prime |foreign |defen[cs]e )?"
    r"(?:minister|president|chancellor|premier|spokes(?:person|man|woman)|secretary[- ]general|"
    r"secretary|ambassador|envoy|leader|king|queen|diplomat))\b"
)
_OF_ORG = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?")


@dataclass(frozen=True)
class Mention:
    start: int  # absolute offsets into the body
    end: int
    ref: ActorRef
    how: str  # gazetteer | title | surname | role | pronoun | group | name
    possessive: bool = False


@dataclass
class Memory:
    """What the article has introduced so far, for later references."""

    people: dict[str, ActorRef] = field(default_factory=dict)  # surname or full name -> ref
    last_person: ActorRef | None = None
    last_other: ActorRef | None = None
    last_plural: ActorRef | None = None
    last_pair: tuple[ActorRef, ActorRef] | None = None  # the sides of the last joint act

    def introduce(self, ref: ActorRef) -> ActorRef:
        key = ref.name.split()[-1]
        known = self.people.get(ref.name) or self.people.get(key)
        if known and (known.name == ref.name or ref.name == key or
                      known.name.endswith(" " + ref.name)):
            # A fuller introduction adds role/country the first one lacked.
            if (not known.role and ref.role) or (not known.country and ref.country):
                known = replace(known, role=known.role or ref.role,
                                country=known.country or ref.country)
                self._store(known)
            return known
        self._store(ref)
        return ref

    def _store(self, ref: ActorRef) -> None:
        self.people[ref.name] = ref
        words = ref.name.split()
        self.people[words[-1]] = ref
        # Some names put the family name first ("Xi Jinping" -> "Xi").
        if len(words) == 2 and len(words[0]) <= 3:
            self.people.setdefault(words[0], ref)


def _ref(entry: Entry, surface: str, known: bool = True) -> ActorRef:
    return ActorRef(name=entry.name, kind=entry.kind, country=entry.country, role=entry.role,
                    known=known, surface=surface)


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[-1] in _NAME_STOP:
        words.pop()
    while words and words[0] in _NAME_STOP:
        words.pop(0)
    if not words or any(w in _NAME_STOP for w in words):
        return None
    return " ".join(words)


def _context_of(pre: str, gaz: Compiled) -> tuple[str | None, list[str]]:
    """Country (or organisation code) and role words from the words before a title."""
    country = None
    role_words: list[str] = []
    for m in gaz.regex.finditer(pre):
        s = gaz.lookup(m.group())
        if s and s.entry.kind in ("state", "organisation", "group"):
            country = s.entry.country or country
    poss = re.search(r"([A-Z][\w.]+(?:\s+[A-Z]\w+)*)(?:'s|’s)\s*$", pre)
    if poss:
        s = gaz.lookup(poss[1])
        if s:
            country = s.entry.country or country
    for w in pre.split():
        if w.lower() in _ROLE_WORDS:
            role_words.append(w.lower())
        elif role_words:
            role_words = []
    return country, role_words


def find_mentions(text: str, offset: int, gaz: Compiled, mem: Memory) -> list[Mention]:
    """Actor mentions of one sentence (`text` starts at body offset `offset`)."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, ref: ActorRef, how: str) -> None:
        poss = text[b:b + 2] in ("'s", "’s")
        found.append(Mention(offset + a, offset + b, ref, how, poss))
        taken.append((a, b))

    gaz_hits = [(m, s) for m in gaz.regex.finditer(text)
                if (s := gaz.lookup(m.group())) is not None]
    gaz_spans = [m.span() for m, s in gaz_hits if s.form != "demonym"]

    def in_gazetteer(a: int, b: int) -> bool:
        return any(not (b <= s or a >= e) for s, e in gaz_spans)

    # One pass over the words finds where each word-triggered pattern can start.
    title_at, the_at, pronoun_at = [], [], []
    for w in _WORD.finditer(text):
        word = w.group()
        if word in _PRONOUNS:
            pronoun_at.append(w)
        elif word == "the" or word == "The":
            the_at.append(w)
        elif word.lower() in _TITLE_FIRST:
            title_at.append(w)
    # 1. People introduced with a title: the longest, most informative pattern.
    for w in title_at:
        h = _TITLE_HEAD.match(text, w.start())
        if h is None:
            continue
        nm = _NAME_AT.match(text, h.end())
        if nm is None:
            continue
        name = _clean_name(nm["name"])
        if not name or gaz.lookup(name):
            continue
        name_start = nm.start("name") + nm["name"].find(name)
        name_end = name_start + len(name)
        if in_gazetteer(name_start, name_end) or any(w in _NOT_NAME for w in name.split()):
            continue
        window = text[max(0, h.start() - 80):h.start()]
        pm = _PRE_BEFORE.search(window)
        pre = pm.group() if pm else ""
        if nm["comma"] and not re.search(r"(?:'s|’s)\s+(?:\w+\s+)?$|^[A-Z]\w+\s+", pre):
            continue  # "Russia's foreign minister, Sergey Lavrov": only with a country before
        span_start = h.start() - len(pre)
        country, role_words = _context_of(pre, gaz)
        title = " ".join(h.group().lower().split())
        role = " ".join([w for w in role_words if w not in title.split()] + [title])
        ref = mem.introduce(ActorRef(name=name, kind="person", country=country, role=role,
                                     known=False, surface=text[span_start:name_end]))
        ref = _known_person(ref, gaz)
        if free(span_start, name_end):
            add(span_start, name_end, ref, "title")
    comma = text.find(", ")
    while comma >= 0:
        m = _AFTER_COMMA.match(text, comma)
        nm = _NAME_BEFORE.search(text[max(0, comma - 50):comma]) if m else None
        comma = text.find(", ", comma + 2)
        if nm is None:
            continue
        name = _clean_name(nm["name"])
        base = m.start() - len(nm.group())
        if not name or gaz.lookup(name):
            continue
        a = base + nm["name"].find(name)
        if not free(a, a + len(name)) or any(w in _NOT_NAME for w in name.split()):
            continue
        country, role_words = _context_of(m["pre"] or "", gaz)
        if country is None:
            rest = text[m.end():m.end() + 60]
            of = _OF_ORG.match(rest)
            if of:
                g = gaz.regex.match(rest, of.end())
                s = gaz.lookup(g.group()) if g else None
                country = s.entry.country if s else None
        if " " not in name and name not in mem.people and country is None:
            # "Lavrov, Russia's foreign minister" names a person; "Nevertheless, the
            # president said" does not: one unknown word needs a country in the title.
            continue
        title = " ".join(m["title"].lower().split())
        ref = mem.introduce(ActorRef(name=name, kind="person", country=country,
                                     role=" ".join(role_words + [title]), known=False,
                                     surface=name))
        ref = _known_person(ref, gaz)
        add(a, a + len(name), ref, "title")
    # 2. Gazetteer names (states, organisations, the Actor table and its aliases).
    for m, s in gaz_hits:
        a, b = m.span()
        if not free(a, b):
            continue
        if s.form == "demonym":
            g = _GROUP_AFTER.match(text, b)
            if not g:
                continue
            if s.entry.kind == "person":
                continue
            if s.entry.kind in ("state", "organisation"):
                # "Iraqi officials", "the British and Irish governments": the state acts.
                add(a, b, _ref(s.entry, m.group()), "group")
                continue
        ref = _ref(s.entry, m.group())
        if s.entry.kind == "person":
            ref = mem.introduce(replace(ref, known=True))
        add(a, b, ref, "gazetteer")
    # 3. Later references to people already introduced (surnames), and new people named
    # without a title in subject or attribution position ("Vladimir Putin has said").
    for m in _CAPSEQ.finditer(text):
        a, b = m.span()
        if not free(a, b):
            continue
        seq = m.group()
        ref = mem.people.get(seq) or mem.people.get(seq.split()[-1])
        if ref is not None and seq not in _NAME_STOP:
            add(a, b, ref, "surname")
            continue
        if " " not in seq:
            continue  # a new person needs at least a first name and a surname
        name = _clean_name(seq)
        if (not name or not 2 <= len(name.split()) <= 3 or gaz.lookup(name)
                or any(w in _NOT_NAME or gaz.lookup(w) for w in name.split())):
            continue
        said_before = _SAID_BEFORE.search(text, max(0, a - 8), a)
        if not (said_before or _BARE_FOLLOW.match(text, b)):
            continue
        a = a + seq.find(name)
        ref = mem.introduce(ActorRef(name=name, kind="person", known=False, surface=name))
        add(a, a + len(name), ref, "name")
    for w in the_at:
        m = _ROLE_REF.match(text, w.start())
        if m is None:
            continue
        a, b = m.span()
        if not free(a, b):
            continue
        ref = _role_reference(m, gaz, mem)
        if ref is not None:
            add(a, b, ref, "role")
    if mem.last_pair is not None:
        for m in _PAIR_REF.finditer(text):
            a, b = m.span()
            if free(a, b):
                # "the two leaders signed...": both sides of the last meeting or call act.
                for ref in mem.last_pair:
                    found.append(Mention(offset + a, offset + b, ref, "pair"))
                taken.append((a, b))
    for m in pronoun_at:
        a, b = m.span()
        if not free(a, b):
            continue
        word = m.group().lower()
        ref = None
        if word in ("he", "she", "him", "her"):
            # A person named earlier in the same sentence comes first ("Macron said he...").
            here = [f for f in found if f.ref.kind == "person" and f.end <= offset + a]
            ref = here[-1].ref if here else mem.last_person
        elif word == "it":
            # "Hamas said it rejected...": the speaker just named; else the last actor.
            here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                    and _SPEECH_AFTER.match(text, f.end - offset)]
            ref = here[-1].ref if here else mem.last_other
        else:
            ref = mem.last_plural
        if ref is not None:
            add(a, b, ref, "pronoun")
    found.sort(key=lambda x: x.start)
    return found


def _known_person(ref: ActorRef, gaz: Compiled) -> ActorRef:
    """A discovered person the caller's gazetteer already knows (by full name) is known."""
    s = gaz.lookup(ref.name)
    if s and s.entry.kind == "person":
        return ActorRef(name=s.entry.name, kind="person", country=s.entry.country or ref.country,
                        role=s.entry.role or ref.role, known=True, surface=ref.surface)
    return ref


def _role_reference(m: re.Match, gaz: Compiled, mem: Memory) -> ActorRef | None:
    role = " ".join(m["role"].lower().split())
    country = None
    if m["dem"]:
        s = gaz.lookup(m["dem"])
        if s is None:
            return None
        country = s.entry.country
    # The latest-introduced person with that role (and country, if said) is meant.
    for ref in reversed(list(dict.fromkeys(mem.people.values()))):
        head = role.split()[-1]
        if head in ref.role.split() and (country is None or ref.country == country):
            return ref
    if country and m["role"].lower() in ("leader",):
        return None
    return None
