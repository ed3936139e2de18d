"""References to two actors at once: "the two leaders", "both sides", "the two countries",
and two posts of two states named together ("the German chancellor and the Belarusian
leader"). Which two is read from what the article has paired so far (memory.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import ActorRef
from . import name_refs as R
from . import names as N
from .gazetteer import Compiled, entry_for_country
from .memory import Memory, Mention, _ref, joint_sides, principal_states

_STATES_WORD = re.compile(r"\bsides?\b|countries|country|governments?|ministries|officials|"
                          r"delegations|diplomats|representatives")


def pair_reference(m: re.Match, found: list[Mention], offset: int, mem: Memory
                   ) -> tuple[ActorRef, ActorRef] | None:
    """The two actors a PAIR_REF match stands for, or None."""
    a = m.start()
    # "the two leaders signed...": both sides of the last meeting or call act;
    # people ("leaders", "presidents") are the last two people who acted jointly,
    # not the states a later "Ukraine ratified the treaty" paired. Before any joint
    # act, the last two people (or states) the article named.
    states = bool(_STATES_WORD.search(m.group()))
    said_sides = m.group().endswith(("sides", "side"))  # "the two sides", "each side"
    principals = principal_states(mem) if states else ()
    pair = mem.last_pair
    if mem.last_people is not None and not states:
        pair = mem.last_people
    if (states and not said_sides and (sides := joint_sides(mem))
            and all(entry_for_country(c) for c in sides)):
        # "the two countries" are the two whose sides met or agreed most (not a host's
        # country that received them once)
        pair = tuple(_ref(entry_for_country(c), entry_for_country(c).name)
                     for c in sides)
    elif states and pair is not None and all(r.kind == "person" for r in pair) and (
            not said_sides) and (
            len({r.country for r in pair} - {None}) == 2) and all(
            entry_for_country(r.country) for r in pair):
        # "Wagner and Nduhungirehe signed... The two countries signed a declaration in
        # April": the states the two people serve
        pair = tuple(_ref(entry_for_country(r.country), entry_for_country(r.country).name)
                     for r in pair)
    elif states and pair is not None and any(r.kind == "person" for r in pair) and (
            principals or len(mem.recent_states) == 2):
        # "the two sides agreed", "the two countries": states, not the two people
        # of the last meeting ("Clinton met Nalbandian... the two sides agreed"):
        # the two the story names most, else the last two that acted
        pair = principals or mem.recent_states
    if said_sides and mem.mixed_pair is not None:
        pair = mem.mixed_pair  # "Colombia and the FARC reached a deal... the two sides signed"
    # "X met Y on Thursday, and the two leaders signed...": the two the sentence
    # itself has just named come before any pair the memory holds
    here = list(dict.fromkeys(
        f.ref for f in sorted(found, key=lambda f: f.start) if f.end <= offset + a
        and (f.ref.kind == "state" if states else f.ref.kind == "person")))
    if len(here) == 2:
        pair = tuple(here)
    if pair is None:
        pair = (principals or mem.recent_states) if states else mem.recent_people
    post = _PLURAL_POST_WORD.search(m.group())
    if (len(pair) == 2 and post and mem.joint_subjects is not None
            and not all(_holds(r, post.group()) for r in pair)
            and all(_holds(r, post.group()) for r in mem.joint_subjects)):
        pair = mem.joint_subjects  # "Both ministers said they would meet again"
    if (len(pair) == 2 and _LEADERS.search(m.group())
            and any(r.kind == "person" and _NOT_LEADER.search(r.role or "") for r in pair)):
        # "Moses had spoken with both leaders... the two leaders": not the envoys who went
        # between them, but the last two people named who lead
        heads = [r for r in reversed(mem.seen_people) if r.role and _HEAD_ROLE.search(r.role)
                 and not _NOT_LEADER.search(r.role)][:2]
        pair = tuple(reversed(heads)) if len(heads) == 2 else ()
    if (len(pair) == 2 and (named := _NAMED_POST.search(m.group()))
            and not all(named[1] in (r.role or "") for r in pair)):
        # "Foreign Ministers Kotzias and Dimitrov signed, in the presence of Prime Ministers
        # Tsipras and Zaev. The two prime ministers reached the deal": the last two people
        # who hold the post the words name, not the last pair that acted
        # (the last people named first, then all the story has introduced)
        holders = list(dict.fromkeys(
            r for r in (*reversed(mem.seen_people), *reversed(mem.people.values()))
            if r.kind == "person" and named[1] in (r.role or "")))
        if len(holders) == 2:
            pair = tuple(reversed(holders))
    if len(pair) == 2 and not _misfits(m.group(), pair):
        return tuple(pair)
    return None


_NAMED_POST = re.compile(r"(prime minister|foreign minister|foreign secretar)(?:s|ies)$", re.I)


_PLURAL_POST_WORD = re.compile(r"(?:minister|president|envoy|negotiator)s$")


def _holds(ref: ActorRef, post: str) -> bool:
    """Whether a person's known role is that post ("ministers": a foreign minister or a
    secretary of state)."""
    role = (ref.role or "").lower()
    word = post[:-1]
    return ref.kind == "person" and (word in role or (word == "minister" and "secretary" in role))


_LEADERS = re.compile(r"(?:leaders|presidents|heads of state)$")
_HEAD_ROLE = re.compile(r"leader|president|prime minister|premier|chancellor|king|emir|sultan|"
                        r"head of state|chairman")
_NOT_LEADER = re.compile(r"envoy|spokes|ambassador|negotiator|mediator|official|aide|advis|"
                         r"secretary-general|secretary general|representative|coordinator")


def two_posts(m: re.Match, text: str, gaz: Compiled, mem: Memory):
    """"Merkel has spoken to Lukashenko. The German chancellor and the Belarusian leader
    spoke by phone": two posts of two states, named together, are the two people just named
    whose posts the article has not given, in the order they were named."""
    nxt = R.ROLE_REF.match(text, m.end() + 5) if text.startswith(" and ", m.end()) else None
    if nxt is None or not (m["dem"] and nxt["dem"]):
        return None
    people = [p for p in mem.seen_people[-2:] if not p.country and not p.role]
    s1, s2 = gaz.lookup(m["dem"]), gaz.lookup(nxt["dem"])
    if (len(people) != 2 or s1 is None or s2 is None or s1.entry.kind != "state"
            or s2.entry.kind != "state" or s1.entry.country == s2.entry.country):
        return None
    out = []
    for (match, s), person in zip(((m, s1), (nxt, s2)), people):
        role = " ".join(match["role"].lower().split())
        ref = mem.introduce(replace(person, country=s.entry.country, role=role))
        out.append((match.span(), ref))
    return out


_PLURAL_POST = re.compile(r"(?:presidents|prime ministers|foreign ministers|ministers|leaders|"
                          r"envoys|ambassadors|negotiators|foreign secretaries)$")


def singular(post: str) -> str:
    """"foreign ministers" -> "foreign minister", "foreign secretaries" -> "foreign secretary"."""
    return post[:-3] + "y" if post.endswith("ies") else post[:-1]
_AND_NAME = re.compile(rf"\s+and\s+(?P<name>{N.NAME})")


def plural_post(title: str, text: str, name_end: int, country: str | None, states: list,
                mem: Memory) -> tuple[str, tuple | None]:
    """"Foreign ministers Nikos Kotzias and Nikola Dimitrov signed" after "Greece and
    Macedonia signed a deal": a plural post before two names is each one's, and the two
    serve, in order, the two states the sentence or else the story pairs. Returns the post
    in the singular and, when a second name follows, its (start, end, countries) or None."""
    if not _PLURAL_POST.search(title):
        return title, None
    post = singular(title)
    nxt = _AND_NAME.match(text, name_end)
    if nxt is None or country is not None:
        return post, None
    name = N.clean_name(nxt["name"])
    if not name or " " not in name or not nxt["name"].startswith(name):
        return post, None
    pair = tuple(dict.fromkeys(states))
    if len(pair) != 2:
        sides = principal_states(mem) or mem.recent_states
        pair = tuple(r.country for r in sides) if len(sides) == 2 else ()
    if len(pair) != 2 or None in pair:
        return post, None
    a = nxt.start("name")
    return post, (a, a + len(name), pair)


def _misfits(words: str, pair) -> bool:
    """"The ministers" (not "the two ministers") may be any ministers the story told of:
    only two people who hold that post are meant ("the ministers' posts" after two
    presidents met are others)."""
    low = words.lower()
    if low.startswith(("the two", "both", "their", "them", "each")) or low.endswith("leaders"):
        return False
    post = low.split(" ", 1)[1].rstrip("s")  # "ministers" -> "minister"
    return any(r.role and post not in r.role.lower() and "counterpart" not in r.role.lower()
               for r in pair)
