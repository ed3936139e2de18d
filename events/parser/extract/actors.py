"""Actor mentions in a sentence, and the article-level memory that resolves later references.

Four ways an actor is named: a gazetteer surface ("the Kremlin", "NATO", an editor's alias), a
title pattern that introduces a person ("Russian Foreign Minister Sergey Lavrov", "Lavrov,
Russia's foreign minister", "spokesperson Maria Zakharova"), a later short reference to a person
already introduced ("Lavrov", "the minister", "the Russian president"), or a pronoun.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import ActorRef
from .cues import scan
from .home import bare_organs, governments_of_people
from . import names as N
from .gazetteer import Compiled, entry_for_country
from .history import of_its_day
from .memory import (Memory, Mention, _ref, _role_reference, fits,
                     learn_mentions, org_reference)
from .pairs import pair_reference, two_posts
from .titled import posts_apposed, title_after_comma, title_first

__all__ = ["Memory", "Mention", "find_mentions"]

_STATE_ORGAN = re.compile(r"\w+ (?:Army|Navy|Air Force|Armed Forces|Foreign Ministry|"
                          r"Defen[cs]e Ministry|Government|Coast Guard)$")
_OFFICE_IN = re.compile(r"\b(?:the\s+)?(?:(?-i:[A-Z])\w+\s+){0,2}(?:Ministry|Office|Department|"
                        r"[Mm]inistry|[Gg]overnment|[Pp]residency)\s+in\s+$")
# "President of the Revolutionary Council", "General Secretary of the CPSU Central Committee":
# the post is a person's; the body named after it is the organisation
_POST_OF_BODY = re.compile(rf"^(?:(?:{N.TITLE_HEADS})\s+)+(?:of|for)\s+(?:the\s+)?")
_POSTS_OF = re.compile(r"\b((?:foreign|defen[cs]e|finance|trade|interior|prime)\s+)?"
                       r"(minister|president|leader|premier|chancellor)s\s+of\s+(?:the\s+)?"
                       r"(?:(?P<first>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}),?"
                       r"\s+and\s+(?:the\s+)?)?$", re.I)
# a person in object position (not "X and Y", a second subject)
_SPOKESMAN_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person))\b"
                              r"(?!\s+(?-i:[A-Z])|,\s+(?-i:[A-Z]))")
_OBJECT_OF = re.compile(r"\b(?:with|to|for|against|on|from|between|about|than|met|meet|"
                        r"called|told|urged|asked|visited|received|phoned|telephoned|invited|"
                        r"thanked|welcomed|congratulated|praised|critici[sz]ed|accused|warned)\s+"
                        r"(?:the\s+|his\s+|her\s+)?(?:\w+\s+){0,3}$")
_EXPLETIVE_IT = re.compile(
    r"\s+(?:is|was|would be|will be|had been|has been)\s+(?:now\s+|not\s+|also\s+|still\s+)?"
    r"(?:up to|time|clear|important|necessary|essential|possible|impossible|likely|unlikely|"
    r"too early|too soon|hard|difficult|vital|crucial|imperative|high time|unclear|"
    r"understood|expected|believed|reported|feared|hoped)\b")
_PARTICLE_SURNAME = re.compile(r"\b(?:al|el|ad|as|ash|an|at|az|abu|bin|ibn)-[A-Z][a-zà-ÿ]+")
_OFFICE_OF = re.compile(r"['’]s\s+(?:press\s+)?office\b")
_THING_SUBJECT = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:deal|plan|treaty|accord|agreement|proposal|"
    r"resolution|pact|protocol|truce|ceasefire|cease-fire|text|document|draft|initiative|"
    r"package|declaration|framework|roadmap|road map|law|bill|project|dam|pipeline)\b")
_NAMED_AFTER_CITY = re.compile(
    r"\s+(?:peace\s+|ceasefire\s+|cease-fire\s+)?(?:accords?|agreements?|"
    r"treaty|protocols?|declaration|process|format|framework|conventions?|charter|formula|"
    r"talks|conference|negotiations|plan|understanding|memorandum)\b", re.I)


def find_mentions(text: str, offset: int, gaz: Compiled, mem: Memory,
                  quoted=None) -> list[Mention]:
    """Actor mentions of one sentence (`text` starts at body offset `offset`); names inside
    `quoted` (a QuoteMask) are never what a pronoun outside the quote refers to."""
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)  # 1 where a mention already covers the character

    def free(a: int, b: int) -> bool:
        return taken.find(1, a, b) < 0

    def add(a: int, b: int, ref: ActorRef, how: str) -> None:
        poss = text[b:b + 2] in ("'s", "’s")
        if ref.kind == "state":
            ref = of_its_day(ref, mem.published)
        found.append(Mention(offset + a, offset + b, ref, how, poss))
        taken[a:b] = b"\x01" * (b - a)

    gaz_hits = _gazetteer_hits(text, gaz)
    gaz_spans = [(a, b) for a, b, s in gaz_hits if s.form != "demonym"]

    def hold(a: int, b: int) -> None:  # words read as part of another's mention
        taken[a:b] = b"\x01" * (b - a)

    def in_gazetteer(a: int, b: int) -> bool:
        return any(not (b <= s or a >= e) for s, e in gaz_spans)

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
    title_first(text, title_at, gaz, mem, gaz_hits, in_gazetteer, free, add)
    title_after_comma(text, title_at, gaz, mem, free, add)
    posts_apposed(text, gaz, mem, free, add, hold)
    # Organisations the gazetteer does not know, by their head noun ("the paramilitary Rapid
    # Support Forces (RSF)", "the Kosovo Liberation Army"), with the acronym they are given.
    if any(not in_gazetteer(p, p + 1) for p in org_at):  # "Union" of "European Union": known
        for m in N.ORG_SEQ.finditer(text):
            a, b = m.span()
            name = N.clean_name(_POST_OF_BODY.sub("", m.group()))
            if (not name or " " not in name or gaz.lookup(name) or not free(a, b)
                    or name.endswith("News Agency")):
                continue  # a news agency reports; it is not a party
            if _STATE_ORGAN.match(name) and (dem := gaz.lookup(name.split()[0])) and \
                    dem.entry.kind == "state":
                continue  # "the Indian Army": the state's organ, read as a group below
            a = b - len(name)
            if any(s < b and e > a and (s < a or e > b or (s, e) == (a, b)) for s, e in gaz_spans):
                continue  # part of a longer known name ("UN Security Council")
            ref = ActorRef(name=name, kind="organisation", country=None, role="", known=False,
                           surface=name)
            acr = N.ACRONYM_AFTER.match(text, b)
            if acr:
                mem.acronyms[acr[1]] = ref
            add(a, b, ref, "name")
    for start, word in acr_at:
        if free(start, start + len(word)):
            add(start, start + len(word), mem.acronyms[word], "surname")
    # State organs named bare ("The Foreign Ministry accused...") are the dateline's state's.
    for a, b, ref in bare_organs(text, gaz, mem.home):
        if free(a, b):
            add(a, b, ref, "group")
    # 2. Gazetteer names (states, organisations, the Actor table and its aliases).
    for a, b, s in gaz_hits:
        if not free(a, b):
            continue
        if s.form == "demonym":
            g = N.GROUP_AFTER.match(text, b) or N.OWN_OFFER.match(text, b)
            if not g:
                continue
            if s.entry.kind == "person":
                continue
            if (g.group().endswith("leader") and text[max(0, a - 4):a].lower() == "the "
                    and N.ROLE_REF.match(text, a - 4)):
                continue  # "the Venezuelan leader": a person, read as a role reference
            if s.entry.kind in ("state", "organisation"):
                # "Iraqi officials", "the British and Irish governments": the state acts.
                add(a, b, _ref(s.entry, text[a:b]), "group")
                continue
        if s.form == "metonym" and _NAMED_AFTER_CITY.match(text, b):
            continue  # "the Algiers accord", "the Geneva talks": a place in a name, no actor
        if s.entry.kind == "state" and (office := _OFFICE_IN.search(text, max(0, a - 60), a)):
            # "The Foreign Ministry in Ankara rejected...": the state the office is in
            if free(office.start(), a):
                add(office.start(), b, _ref(s.entry, text[a:b]), "group")
                continue
        ref = _ref(s.entry, text[a:b])
        if s.entry.kind == "person":
            ref = mem.introduce(replace(ref, known=True))
        elif s.entry.kind == "state" and (role := N.POSS_ROLE.match(text, b)):
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
        add(a, b, ref, "gazetteer")
    # 3. Later references to people already introduced (surnames), and new people named
    # without a title in subject or attribution position ("Vladimir Putin has said").
    if "-" in text and mem.people:
        for m in _PARTICLE_SURNAME.finditer(text):
            # "spoke by telephone with al-Jubeir": a surname with a lower-case particle
            if free(*m.span()) and (ref := mem.people.get(m.group())) is not None:
                add(m.start(), m.end(), ref, "surname")
    for m in N.CAPSEQ.finditer(text):
        a, b = m.span()
        # "met with Sununu Sunday": a day or month after a name is no part of it
        seq = _TIME_TAIL.sub("", m.group())
        b = a + len(seq)
        if not free(a, b):
            continue
        ref = mem.people.get(seq)
        if ref is None:
            words = seq.split()
            ref = mem.people.get(words[-1])
            if (ref is not None and len(words) > 1 and words[0] not in N.NAME_STOP
                    and words[0] != ref.name.split()[0] and words[0][-1] != "."
                    and not ref.name.endswith(" " + seq)):
                # ("Perez de Cuellar" after "Javier Perez de Cuellar" is his surname)
                ref = None  # "Saddam Hussein" after "King Hussein": another person
        if ref is not None and seq not in N.NAME_STOP:
            add(a, b, ref, "surname")
            continue
        if " " not in seq and seq.lower() in N.TITLE_FIRST and text[max(0, a - 4):a] in (
                "the ", "The "):
            continue  # "The Pope praised...": a title, read as a role reference below
        if " " not in seq:
            # One word is a new person only where wire copy puts a bare surname: as the
            # subject of a reporting or act verb, after "said", or after an honorific.
            if _one_word_name(text, a, b, seq, gaz) and (
                    seq in mem.mid_caps or text[:a].strip(" \"“'`(")
                    or not (_GENERIC_ED.match(text, b) and _NOUN_SUFFIX.search(seq))):
                # (a noun-shaped word that only ever opens a sentence, before a verb known only
                # by its "-ed", names no one: "Violence continued..." but "Chavez dismissed")
                ref = mem.introduce(ActorRef(name=seq, kind="person", known=False, surface=seq))
                add(a, b, ref, "name")
            continue
        name = N.clean_name(seq)
        if name and " " not in name and seq.split()[0] in _PEERAGE and not gaz.lookup(name):
            # "Lord Owen", "Sir Leon": a one-word name after a British title
            at = a + seq.rfind(name)
            ref = mem.people.get(name) or mem.introduce(
                ActorRef(name=name, kind="person", known=False, surface=seq))
            add(at, at + len(name), ref, "name")
            continue
        if (not name or not 2 <= len(name.split()) <= 3 or gaz.lookup(name)
                or any(w in N.NOT_NAME or gaz.lookup(w) for w in name.split())):
            continue
        said_before = N.SAID_BEFORE.search(text, max(0, a - 8), a)
        country = None
        if a > 3 and text[a - 3:a] in ("'s ", "’s "):
            # "Iraq's Saddam Hussein, facing...": a person of the state just named
            owner = [f for f in found if f.end - offset == a - 3 and f.ref.kind == "state"]
            country = owner[0].ref.country if owner else None
        if not (said_before or country or N.BARE_FOLLOW.match(text, b)
                or N.OBJECT_OF_ACT.search(text, max(0, a - 30), a)
                or N.POST_BEFORE.search(text, max(0, a - 30), a)
                # "Sadyr Japarov and Emomali Rahmon met": joined to a person already read
                or (text.startswith(" and ", b) and _joined_person(text, b + 5, offset, found)
                    and not any(w.lower() in N.TITLE_FIRST for w in name.split()))):
            continue
        a = a + seq.find(name)
        ref = mem.introduce(ActorRef(name=name, kind="person", country=country, known=False,
                                     surface=name))
        add(a, a + len(name), ref, "name")
    for w in the_at:
        m = N.ROLE_REF.match(text, w)
        if m is None:
            continue
        a, b = m.span()
        if not free(a, b):
            continue
        if (two := two_posts(m, text, gaz, mem)) is not None:
            for (x, y), ref in two:
                if free(x, y):
                    add(x, y, ref, "role")
            continue
        ref = _role_reference(m, gaz, mem)
        if ref is not None:
            add(a, b, ref, "role")
    for w in the_at:
        m = N.ORG_REF.match(text, w)
        if m is None or not free(*m.span()):
            continue
        here = [f.ref for f in sorted(found, key=lambda f: f.start) if f.end <= offset + w]
        ref = org_reference(m["head"], mem, here)
        if ref is not None:
            add(m.start(), m.end(), ref, "org_ref")
    if len(mem.armed) == 1 and ("rebels" in text or "guerrillas" in text
                                or "insurgents" in text):
        for m in _REBELS.finditer(text):
            a = m.start("head")
            # (not "FARC rebels": a name the rebels already have)
            if free(*m.span("head")) and not (a >= 2 and taken[a - 2]):
                add(*m.span("head"), mem.armed[0], "org_ref")
    for m in N.PAIR_REF.finditer(text):
        a, b = m.span()
        if free(a, b) and (pair := pair_reference(m, found, offset, mem)):
            for ref in pair:
                found.append(Mention(offset + a, offset + b, ref, "pair"))
            taken[a:b] = b"\x01" * (b - a)
    for a in pronoun_at:
        word = N.WORD.match(text, a).group()
        b = a + len(word)
        if not free(a, b):
            continue
        word = word.lower()
        if word == "her" and not N.HER_OBJECT.match(text, b):
            continue  # "her Peruvian counterpart": a determiner, not a mention
        ref = None
        if word in ("he", "she", "him", "her"):
            # A person named earlier in the same sentence comes first ("Macron said he...").
            here = sorted((f for f in found if f.end <= offset + a and (
                f.ref.kind == "person" or N.PERSON_NOUN.match(text, f.end - offset))
                and (quoted is None or quoted[a] or not quoted[f.start - offset])),
                key=lambda f: f.start)
            # The subject of the sentence before any other person named in it: "Clerides
            # said in a statement released by his spokesman, Papapetrou, that he was ready".
            subj = [f for f in here if not N.PREP_OBJ.search(text, max(0, f.start - offset - 25),
                                                            f.start - offset)]
            if word in ("him", "her") and subj and (others := [
                    f for f in here if f.ref.name != subj[0].ref.name
                    and f.start > subj[0].start and _OBJECT_OF.search(
                        text, max(0, f.start - offset - 25), f.start - offset)]):
                # "Seselja flew to Honiara, met Sogavare and asked him not to sign": an
                # object is not the subject of its clause when another object was named since
                here = others[-1:]
            else:
                here = subj[:1] or here
            ref = here[-1].ref if here else mem.last_person
            if ref is not None and ref.kind == "person" and not fits(mem, ref, word):
                # "Skripal and his daughter were poisoned... She gave Moscow until...": not him
                other = [p for p in reversed(mem.seen_people) if p.name != ref.name
                         and fits(mem, p, word)]
                ref = other[0] if other else ref
        elif word == "it" and _EXPLETIVE_IT.match(text, b):
            continue  # "said it was now up to the EU to...": no one
        elif word == "it":
            # "Hamas said it rejected...": the speaker just named; else the last actor.
            here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                    and N.SPEECH_AFTER.match(text, f.end - offset)]
            if not here and N.SAID_THAT_BEFORE.search(text, max(0, a - 40), a):
                # "The RSF, which has fought since 2023, said it welcomed": the subject.
                here = sorted((f for f in found if f.ref.kind != "person"
                               and f.end <= offset + a), key=lambda f: f.start)[:1]
            if not here and _AND_IT.search(text, max(0, a - 8), a):
                # "India banned TikTok ..., and it has since tightened curbs": the subject
                # of the clause before
                here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                        and not f.possessive and not N.PREP_OBJ.search(
                            text, max(0, f.start - offset - 25), f.start - offset)][:1]
            ref = here[-1].ref if here else mem.last_other
            if not here and _THING_SUBJECT.match(text) and not any(
                    f.ref.kind != "person" and f.end <= offset + a for f in found):
                # "The deal had been held up because it required an amendment": the thing
                # the sentence is about, no actor
                continue
        else:
            ref = mem.last_plural
            pair = [f for f in found if f.how == "pair" and f.end <= offset + a]
            if word == "they" and not text[:a].strip() and mem.pair_just_met is not None:
                # "Modi and Xi met on Wednesday. They had first talked in 2023": the two
                for r in mem.pair_just_met:
                    found.append(Mention(offset + a, offset + b, r, "pair"))
                taken[a:b] = b"\x01" * (b - a)
                continue
            if word == "they" and len(pair) >= 2 and pair[-1].start == pair[-2].start:
                # "The two leaders first met in Geneva, when they agreed to...": the pair
                for f in pair[-2:]:
                    found.append(Mention(offset + a, offset + b, f.ref, "pair"))
                taken[a:b] = b"\x01" * (b - a)
                continue
            if word == "they" and N.SAID_THAT_BEFORE.search(text, max(0, a - 60), a):
                # "Tsipras and Zaev announced ... that they had settled on": the two speakers
                said = [f for f in sorted(found, key=lambda f: f.start) if f.end <= offset + a
                        and f.how != "pronoun"]
                if (len(said) >= 2 and said[-2].ref.name != said[-1].ref.name
                        and text[said[-2].end - offset:said[-1].start - offset].strip() == "and"):
                    for f in said[-2:]:
                        found.append(Mention(offset + a, offset + b, f.ref, "pair"))
                    taken[a:b] = b"\x01" * (b - a)
                    continue
                if said and _PLURAL_BODY.match(text, said[0].end - offset) and all(
                        f.ref.name == said[0].ref.name for f in said):
                    # "The Taiwan authorities announced that they were ending...": the
                    # plural body that spoke
                    ref = said[0].ref
        if ref is not None:
            add(a, b, ref, "pronoun")
    for i, f in enumerate(found):
        if (f.possessive and f.ref.kind == "person" and f.ref.country
                and _OFFICE_OF.match(text, f.end - offset)
                and (state := entry_for_country(f.ref.country))):
            # "Frederiksen's office described the conversation as good": her government
            found[i] = Mention(f.start, f.end, of_its_day(_ref(state, state.name),
                                                          mem.published), "group")
    found.sort(key=lambda x: x.start)
    learn_mentions(mem, found, text, offset)
    return governments_of_people(found, text, offset, mem.home)


_AND_IT = re.compile(r",?\s+(?:and|but)\s+$")
_PLURAL_BODY = re.compile(r"\s+(?:authorities|officials|leaders|negotiators|diplomats|ministers|"
                         r"delegates|government officials)\b")


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


# "southern rebels", "leftist guerrillas", "the rebels'" (not "rebel commanders": people)
_REBELS = re.compile(r"\b(?:[Tt]he\s+)?(?:(?:[a-z]+ern|leftist|rightist|Marxist|Maoist|"
                     r"Islamist|separatist|armed)\s+)?(?P<head>rebels|guerrillas|insurgents)\b")


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
        if hits:
            pa, pb, ps = hits[-1]
            if a == pb + 1 and text.startswith("the ", pa):
                joined = gaz.lookup(text[pa + 4:b])
                if joined is not None:
                    hits[-1] = (pa + 4, b, joined)
                    continue
        hits.append((a, b, s))
    return hits


_PEERAGE = frozenset({"Sir", "Dame", "Lord", "Lady"})
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ence|ance|ism|ship|ure|ing|ies|ers)$")
_GENERIC_ED = re.compile(r"\s+(?:also\s+|later\s+|again\s+)?(?!said\b|told\b|met\b)[a-z]{3,}ed\b")
# The object of a meeting or call verb, before the phrase that ends it.
_MET_BEFORE = re.compile(r"\b(?:meet|met|meets|received|receives|hosted|hosts|phoned|telephoned|"
                         r"welcomed|"
                         r"(?:met|talks|talked|meeting|spoke) with)\s+$")
_OBJECT_END = re.compile(r"(?:\s+(?:in|on|at|for|during|and|to|about|over|last|this|anywhere|"
                         r"soon|again|next|directly|personally|without|"
                         r"yesterday|today|earlier|later)\b|\s*[,.;]|\s*$)")


_TIME_TAIL = re.compile(r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|June|July|August|September|October|"
                        r"November|December))+$")


def _one_word_name(text: str, a: int, b: int, word: str, gaz: Compiled) -> bool:
    if (len(word) < 3 or word in N.NAME_STOP or word in N.NOT_NAME or word in N.COMMON_SUBJECTS
            or word.isupper()):
        return False
    slot = ((" " + text[max(0, a - 5):a]).rstrip().endswith(N.HONORIFICS)
            or ((N.ONE_FOLLOW.match(text, b) is not None or N.AND_FOLLOW.match(text, b))
                and (N.SAID_BEFORE.search(text, max(0, a - 8), a) is not None
                     or N.SUBJECT_SLOT.search(text, max(0, a - 8), a) is not None))
            # "Mubarak received Arafat in Cairo", "Clinton phoned Yeltsin on Saturday"
            or (_MET_BEFORE.search(text, max(0, a - 16), a) is not None
                and _OBJECT_END.match(text, b) is not None))
    low = word.lower()
    return slot and low not in N.TITLE_FIRST and low not in N.ROLE_WORDS and not gaz.lookup(word)
