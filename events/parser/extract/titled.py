"""People introduced with a title: "Russian Foreign Minister Sergey Lavrov", "Foreign
Minister Ali Alatas of Indonesia", "Foreign ministers Nikos Kotzias and Nikola Dimitrov", and
"Lavrov, Russia's foreign minister". Called by `actors.find_mentions`, which owns the
sentence's mention list (`free` and `add`)."""
from __future__ import annotations

import re

from ..types import ActorRef
from . import names as N
from .gazetteer import Compiled
from .memory import Memory, _known_person, principal_states
from .pairs import _PLURAL_POST, plural_post, singular

_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?"
                       r"(?P<state>[A-ZÀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-Ž][\w.'’-]*){0,2})")
_NEXT_OF = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>{N.NAME})\s+of\s+(?:the\s+)?"
                      r"(?P<state>[A-ZÀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-Ž][\w.'’-]*){0,2})")


def _context_of(pre: str, gaz: Compiled) -> tuple[str | None, list[str]]:
    """Country (or organisation code) and role words from the words before a title."""
    found = gaz.context.get(pre)
    if found is None:
        found = _read_context(pre, gaz)
        if len(gaz.context) < 20_000:  # bounded: arbitrary input must not grow it forever
            gaz.context[pre] = found
    return found


def _read_context(pre: str, gaz: Compiled) -> tuple[str | None, list[str]]:
    country = owner = None
    role_words: list[str] = []
    for m in gaz.regex.finditer(pre):
        if not gaz.starts_word(pre, m.start()):
            continue
        s = gaz.lookup(m.group())
        if s and s.entry.kind in ("state", "organisation", "group"):
            country = s.entry.country or country
            if s.entry.kind == "state" and pre.startswith(("'s", "’s"), m.end()):
                owner = s.entry.country  # "North Korea's U.N. ambassador": North Korea's man
    if owner:
        country = owner  # a state's man wherever posted ("Russia's EU envoy")
    poss = re.search(r"([A-ZÀ-Ž][\w.]+(?:\s+[A-ZÀ-Ž]\w+)*)(?:'s|’s)\s*$", pre)
    if poss:
        s = gaz.lookup(poss[1])
        if s:
            country = s.entry.country or country
    for w in pre.split():
        if w.lower() in N.ROLE_WORDS:
            role_words.append(w.lower())
        elif role_words:
            role_words = []
    return country, role_words


def _place_in_name(gaz_hits, a: int, b: int, n_words: int) -> bool:
    """A known place inside a name a title introduces that is still the person's name: the
    only known name inside it, and either a first name that is a state's ("Foreign Minister
    Israel Katz") or a surname that is a capital's ("Foreign Minister Emilio Colombo")."""
    inside = [(s, e, h) for s, e, h in gaz_hits if s < b and e > a and h.form != "demonym"]
    if n_words < 2 or len(inside) != 1:
        return False
    s, e, h = inside[0]
    return (s == a and e < b and h.entry.kind == "state") or (
        s > a and e == b and h.form == "metonym")


_DEPARTMENT = re.compile(r"\s+(?:of|for)\s+(?:State\s+for\s+)?(?:Foreign|External|Home|Internal)\s+"
                         r"Affairs(?:,?\s+and\s+(?-i:[A-ZÀ-Ž])\w+(?:\s+(?-i:[A-ZÀ-Ž])\w+){0,2}"
                         r"(?=\s+(?-i:[A-ZÀ-Ž])\w+\s+(?-i:[A-ZÀ-Ž])))?")
_DAY_FIRST = re.compile(r"^(?:(?:On|Late|Early|Last|Later|Earlier)\s+)?(?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|Yesterday|Today)\s+")


def title_first(text: str, title_at, gaz: Compiled, mem: Memory, gaz_hits, in_gazetteer,
                free, add) -> None:
    """A title before the name, the longest, most informative pattern."""
    for w in title_at:
        h = N.TITLE_HEAD.match(text, w)
        if h is None:
            continue
        nm = N.NAME_AT.match(text, h.end())
        if (post := N.POST_OF.match(text, h.end())) and (
                g := gaz.regex.match(text, post.end())) and gaz.lookup(g.group()):
            nm = N.NAME_AT.match(text, g.end()) or nm  # "Ambassador to the UN Madeleine Albright"
        elif h.group().lower().endswith(("minister", "secretary", "state")) and (
                dept := _DEPARTMENT.match(text, h.end())):
            # "Minister of Foreign Affairs Melanie Joly", "Minister of Foreign Affairs and
            # International Cooperation Nasser Bourita": the ministry's long name, then the man
            nm = N.NAME_AT.match(text, dept.end()) or nm
        if nm is None:
            continue
        name = N.clean_name(nm["name"])
        if not name or gaz.lookup(name):
            continue
        name_start = nm.start("name") + nm["name"].find(name)
        name_end = name_start + len(name)
        words = name.split()
        if (in_gazetteer(name_start, name_end) and not _place_in_name(
                gaz_hits, name_start, name_end, len(words))) or N.not_a_name(words):
            continue
        # ("Late on Friday President Nazarbayev": the day is no part of the title)
        pre = _DAY_FIRST.sub("", N.pre_words(text, h.start()))
        if not free(name_start, name_end):
            # "Prime Minister Sheikh Hasina": "Sheikh" is a title too, but the name after it
            # is already another's, and a second introduction would make her two people
            continue
        if nm["comma"] and not re.search(r"(?:'s|’s)\s+(?:\w+\s+)?$|^[A-ZÀ-Ž][\w.-]*\s+", pre):
            # "Russia's foreign minister, Sergey Lavrov", "the U.N. envoy, Lakhdar Brahimi":
            continue  # only with a country or body before
        span_start = h.start() - len(pre)
        country, role_words = _context_of(pre, gaz)
        for a2, b2, s2 in gaz_hits:
            if a2 < span_start < b2 and s2.entry.kind in ("state", "organisation"):
                # "Saint Vincent and the Grenadines Prime Minister Ralph Gonsalves",
                # "Organization of American States Secretary-General Jose Miguel Insulza": the
                # words before the title are the end of a state's or a body's name
                span_start, country = a2, country or s2.entry.country
        of = None
        if country is None and (of := _OF_STATE.match(text, name_end)):
            # "Foreign Minister Ali Alatas of Indonesia"
            country = _state_named(of["state"], gaz)
        title = " ".join(h.group().lower().split())
        if country is not None and of is not None and _PLURAL_POST.search(title):
            _each_of_their_states(text, of.end(), singular(title), gaz, mem, free, add)
        title, second = plural_post(title, text, name_end, country, [
            s.entry.country for a, b, s in gaz_hits
            if b <= span_start and s.entry.kind == "state"], mem)
        if second is not None:
            country = second[2][0]
        role = " ".join([w for w in role_words if w not in title.split()] + [title])
        ref = mem.introduce(ActorRef(name=name, kind="person", country=country, role=role,
                                     known=False, surface=text[span_start:name_end]))
        ref = _known_person(ref, gaz)
        if free(span_start, name_end):
            add(span_start, name_end, ref, "title")
        if second is not None and free(second[0], second[1]):
            other = text[second[0]:second[1]]
            add(second[0], second[1], _known_person(mem.introduce(ActorRef(
                name=other, kind="person", country=second[2][1], role=role, known=False,
                surface=other)), gaz), "title")


def _state_named(words: str, gaz: Compiled) -> str | None:
    """The state of the longest known name that opens `words` ("the Soviet Union, ...")."""
    words = words.rstrip(".").split()
    hits = (gaz.lookup(" ".join(words[:k])) for k in range(len(words), 0, -1))
    s = next((h for h in hits if h), None)
    return s.entry.country if s and s.entry.kind == "state" else None


def _each_of_their_states(text: str, at: int, post: str, gaz: Compiled, mem: Memory, free,
                          add) -> None:
    """"Foreign Ministers Genscher of West Germany, Baker of the United States and Hurd of
    Britain": a plural post over a list of names, each followed by its state."""
    for nx in _NEXT_OF.finditer(text, at):
        if nx.start() != at:
            break
        name = N.clean_name(nx["name"])
        country = _state_named(nx["state"], gaz)
        if not name or " " not in name or country is None or gaz.lookup(name):
            break
        a = nx.start("name") + nx["name"].find(name)
        if free(a, a + len(name)):
            add(a, a + len(name), _known_person(mem.introduce(ActorRef(
                name=name, kind="person", country=country, role=post, known=False,
                surface=name)), gaz), "title")
        at = nx.end()


def title_after_comma(text: str, title_at, gaz: Compiled, mem: Memory, free, add) -> None:
    """"Lavrov, Russia's foreign minister": only a comma with a title word just after it."""
    title_starts = title_at
    comma = text.find(", ") if title_starts else -1
    ti = 0
    while comma >= 0:
        while ti < len(title_starts) and title_starts[ti] <= comma:
            ti += 1
        if ti == len(title_starts):
            break
        if title_starts[ti] - comma > 60:
            comma = text.find(", ", title_starts[ti] - 60)
            continue
        m = N.AFTER_COMMA.match(text, comma)
        nm = N.NAME_BEFORE.search(text[max(0, comma - 50):comma]) if m else None
        comma = text.find(", ", comma + 2)
        if nm is None:
            continue
        name = N.clean_name(nm["name"])
        base = m.start() - len(nm.group())
        if not name or gaz.lookup(name):
            continue
        a = base + nm["name"].find(name)
        if not free(a, a + len(name)) or N.not_a_name(name.split()):
            continue
        country, role_words = _context_of(m["pre"] or "", gaz)
        if country is None:
            rest = text[m.end():m.end() + 60]
            of = N.OF_ORG.match(rest)
            if of:
                g = gaz.regex.match(rest, of.end())
                s = gaz.lookup(g.group()) if g else None
                country = s.entry.country if s else None
        if name not in mem.people and _PLACE_BEFORE_NAME.search(text, max(0, a - 10), a):
            # "Speaking at the palace at Carthage, the French Premier told", "In New York, U.N.
            # Secretary-General U Thant said": a place, then the subject's title
            continue
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


_PLACE_BEFORE_NAME = re.compile(r"\b(?:in|at|from|near|outside|into|to)\s+$", re.IGNORECASE)
_STATE_WORDS = r"[A-ZÀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-Ž][\w.'’-]*){0,2}"
_POSTS_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Tt]heir)\s+(?:two\s+)?(?P<post>(?:foreign|defen[cs]e|prime|finance|trade)\s+"
    r"ministers|presidents|leaders|envoys|chief negotiators|negotiators)"
    rf"(?:\s+of\s+(?:the\s+two\s+(?:countries|sides|nations|states)|(?P<a>{_STATE_WORDS})\s+and"
    rf"\s+(?:the\s+)?(?P<b>{_STATE_WORDS})))?,\s+(?P<x>{N.NAME})\s+and\s+(?P<y>{N.NAME}),")


def posts_apposed(text: str, gaz: Compiled, mem: Memory, free, add, hold) -> None:
    """"The foreign ministers of Spain and Morocco, Ana Palacio and Mohamed Benaissa,
    agreed", "The foreign ministers of the two countries, Jedrychowski and Scheel, also
    signed": the two names hold the post, and serve, in order, the two states named (else
    the two the story names most)."""
    if ", " not in text:
        return
    for m in _POSTS_APPOSED.finditer(text):
        states = [gaz.lookup(m[k]) for k in ("a", "b") if m[k]]
        if len(states) == 2 and all(s and s.entry.kind == "state" for s in states):
            pair = tuple(s.entry.country for s in states)
        else:
            sides = principal_states(mem)
            pair = tuple(r.country for r in sides) if len(sides) == 2 and not m["a"] else ()
        if len(pair) != 2 or None in pair or pair[0] == pair[1]:
            continue
        post = " ".join(m["post"].lower().split())[:-1]
        hold(m.start(), m.start("x"))  # the states are whose posts, not further parties
        for key, country in zip(("x", "y"), pair):
            _add_post_holder(m[key], m.start(key), country, post, gaz, mem, free, add)


def _add_post_holder(word: str, a: int, country: str, post: str, gaz: Compiled, mem: Memory,
                     free, add) -> None:
    """The person a name listed after a plural post is ("Ana Palacio" of "The foreign ministers
    of Spain and Morocco, Ana Palacio and..."): that post, the state given."""
    name = N.clean_name(word)
    if not name or gaz.lookup(name) or not word.startswith(name):
        return
    if free(a, a + len(name)):
        add(a, a + len(name), _known_person(mem.introduce(ActorRef(
            name=name, kind="person", country=country, role=post, known=False,
            surface=name)), gaz), "title")


_STATE_IN_LIST = r"(?:the\s+)?[A-ZÀ-Ž][\w.'’-]*(?:\s+(?:of\s+)?[A-ZÀ-Ž][\w.'’-]*){0,3}"
_POSTS_LISTED = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:foreign|defen[cs]e|prime|finance|trade)\s+ministers|presidents|"
    r"leaders|envoys|chief negotiators|negotiators)\s+of\s+"
    rf"(?P<states>{_STATE_IN_LIST}(?:,\s+{_STATE_IN_LIST}){{1,6}},?\s+and\s+{_STATE_IN_LIST}),\s+"
    rf"(?P<names>{N.NAME}(?:,\s+{N.NAME}){{1,6}},?\s+and\s+{N.NAME}),")
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def posts_listed(text: str, gaz: Compiled, mem: Memory, free, add, hold) -> None:
    """"The foreign ministers of Angola, Cuba and South Africa, Afonso Van-Dunem, Isidoro
    Malmierca and Pik Botha, signed": three or more names that hold the post and serve, in
    order, the states listed before them (`posts_apposed` reads two)."""
    if text.count(",") < 4:
        return
    for m in _POSTS_LISTED.finditer(text):
        states = [gaz.lookup(re.sub(r"^the\s+", "", s))
                  for s in _LIST_SEP.split(m["states"])]
        names = list(_LIST_SEP.finditer(m["names"]))
        starts = [m.start("names")] + [m.start("names") + s.end() for s in names]
        raw = _LIST_SEP.split(m["names"])
        if (len(states) != len(raw) or not all(s and s.entry.kind == "state" for s in states)
                or len({s.entry.country for s in states}) != len(states)):
            continue
        post = " ".join(m["post"].lower().split())[:-1]
        hold(m.start(), m.start("names"))  # the states are whose posts, not further parties
        for a, word, state in zip(starts, raw, states):
            _add_post_holder(word, a, state.entry.country, post, gaz, mem, free, add)
