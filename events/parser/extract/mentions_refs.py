"""The passes of `actors.find_mentions` over references back to actors named before: posts
(`the minister`, `the French president`), organisations by their head noun (`the court`),
`the rebels` of the one armed movement the article names, two actors at once (`the two
leaders`), and pronouns. Split out of `actors.py` by kind of mention when that file grew past
400 lines; they run last, once the sentence's names are read."""
from __future__ import annotations

import re

from ..types import ActorRef
from . import name_refs as R
from . import names as N
from .gazetteer import Compiled
from .memory import _role_reference, fits, org_reference
from .mention_state import MentionState
from .pairs import pair_reference, two_posts

# a person in object position (not "X and Y", a second subject)
_OBJECT_OF = re.compile(r"\b(?:with|to|for|against|on|from|between|about|than|met|meet|"
                        r"called|told|urged|asked|visited|received|phoned|telephoned|invited|"
                        r"thanked|welcomed|congratulated|praised|critici[sz]ed|accused|warned)\s+"
                        r"(?:the\s+|his\s+|her\s+)?(?:\w+\s+){0,3}$")
_EXPLETIVE_IT = re.compile(
    r"\s+(?:is|was|would be|will be|had been|has been)\s+(?:now\s+|not\s+|also\s+|still\s+)?"
    r"(?:up to|time|clear|important|necessary|essential|possible|impossible|likely|unlikely|"
    r"too early|too soon|hard|difficult|vital|crucial|imperative|high time|unclear|"
    r"understood|expected|believed|reported|feared|hoped)\b")
_THING_SUBJECT = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:deal|plan|treaty|accord|agreement|proposal|"
    r"resolution|pact|protocol|truce|ceasefire|cease-fire|text|document|draft|initiative|"
    r"package|declaration|framework|roadmap|road map|law|bill|project|dam|pipeline)\b")


def role_references(st: MentionState, gaz: Compiled, the_at) -> None:
    text, mem = st.text, st.mem
    for w in the_at:
        m = R.ROLE_REF.match(text, w)
        if m is None:
            continue
        a, b = m.span()
        if not st.free(a, b):
            continue
        if m["cap"] and text[max(0, a - 2):a] == ", ":
            continue  # "Mr. Selwyn Lloyd, the Foreign Secretary,": his post, not a reference
        if (two := two_posts(m, text, gaz, mem)) is not None:
            for (x, y), ref in two:
                if st.free(x, y):
                    st.add(x, y, ref, "role")
            continue
        ref = _role_reference(m, gaz, mem)
        if ref is not None:
            st.add(a, b, ref, "role")


def org_references(st: MentionState, the_at) -> None:
    text, offset = st.text, st.offset
    for w in the_at:
        m = R.ORG_REF.match(text, w)
        if m is None or not st.free(*m.span()):
            continue
        here = [f.ref for f in sorted(st.found, key=lambda f: f.start) if f.end <= offset + w]
        ref = org_reference(m["head"], st.mem, here)
        if ref is not None:
            st.add(m.start(), m.end(), ref, "org_ref")


def rebels(st: MentionState) -> None:
    text, mem = st.text, st.mem
    if len(mem.armed) == 1 and ("rebels" in text or "guerrillas" in text
                                or "insurgents" in text):
        for m in _REBELS.finditer(text):
            a = m.start("head")
            # (not "FARC rebels": a name the rebels already have)
            if st.free(*m.span("head")) and not (a >= 2 and st.taken[a - 2]):
                st.add(*m.span("head"), mem.armed[0], "org_ref")


_GROUP_NOT_SUBJECT = re.compile(r"\b(?:by|to|with|for|on|of|from|between|among|against|"
                                r"[a-z]+ing|[a-z]+ed|met|told|urged|asked)\s+$")


def pairs(st: MentionState) -> None:
    for m in R.PAIR_REF.finditer(st.text):
        a, b = m.span()
        if st.free(a, b) and (pair := pair_reference(m, st.found, st.offset, st.mem)):
            st.add_pair(a, b, pair)
    for m in R.GROUP_REF.finditer(st.text):
        a, b = m.span()
        if _GROUP_NOT_SUBJECT.search(st.text, max(0, a - 30), a):
            continue  # "congratulating the five leaders", "signed by the five presidents"
        kind, size = "person" if m["people"] else "state", R.GROUP_SIZES[m["n"]]
        # the group the sentence itself has just named comes first ("Mkapa, Museveni and Moi
        # ... the three leaders said"), then the last one the story named
        here = list({f.ref.name: f.ref for f in sorted(st.found, key=lambda f: f.start)
                     if f.end <= st.offset + a and f.ref.kind == kind
                     and f.how not in ("pronoun", "pair")}.values())
        group = tuple(here) if len(here) == size else st.mem.groups.get((kind, size))
        if group and st.free(a, b):
            st.add_pair(a, b, group)


def pronouns(st: MentionState, pronoun_at, quoted) -> None:
    text = st.text
    for a in pronoun_at:
        word = N.WORD.match(text, a).group()
        b = a + len(word)
        if not st.free(a, b):
            continue
        word = word.lower()
        if word == "her" and not N.HER_OBJECT.match(text, b):
            continue  # "her Peruvian counterpart": a determiner, not a mention
        if word in ("he", "she", "him", "her"):
            ref = _person(st, a, word, quoted)
        elif word == "it":
            ref = _it(st, a, b)
        else:
            ref = _plural(st, a, b, word)
        if ref is not None:
            st.add(a, b, ref, "pronoun")


def _person(st: MentionState, a: int, word: str, quoted) -> ActorRef | None:
    text, offset, mem, found = st.text, st.offset, st.mem, st.found
    # A person named earlier in the same sentence comes first ("Macron said he...").
    here = sorted((f for f in found if f.end <= offset + a and (
        f.ref.kind == "person" or R.PERSON_NOUN.match(text, f.end - offset))
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
    elif said := [f for f in here if _SAID_HE.fullmatch(text, f.end - offset, a)]:
        here = said[-1:]  # "..., while Aliyev said he was ready": who said it, in his clause
    elif (here and not subj and text[:a].rstrip().endswith(",")
          and (before := [p for p in reversed(mem.seen_people)
                          if p.kind == "person" and all(p.name != f.ref.name for f in here)])):
        # "In a letter to President Kennedy the same day, he asked": the persons of the
        # opening phrase are its objects; the subject goes on from the sentences before
        return before[0] if fits(mem, before[0], word) else here[-1].ref
    else:
        here = subj[:1] or here
    if not here and (unnamed := next((f for f in found if f.end <= offset + a
                                      and f.ref.kind == "state" and f.how != "pronoun"
                                      and _UNNAMED_OF.fullmatch(text, 0, f.start - offset)),
                                     None)):
        # "A Foreign Ministry spokesman in Paris said ..., and he rejected": the unnamed
        # official the sentence opens with, who speaks for the state
        return unnamed.ref
    ref = here[-1].ref if here else mem.last_person
    if ref is not None and ref.kind == "person" and not fits(mem, ref, word):
        # "Skripal and his daughter were poisoned... She gave Moscow until...": not him
        other = [p for p in reversed(mem.seen_people) if p.name != ref.name
                 and fits(mem, p, word)]
        ref = other[0] if other else ref
    return ref


# the speech verb right after a speaker, then the pronoun ("Aliyev said he", "X told
# reporters that he"): the verbs of names.SPEECH_AFTER
_SAID_HE = re.compile(N.SPEECH_AFTER.pattern + r"(?:\s+(?:reporters|journalists|parliament|"
                      r"the \w+))?\s+(?:that\s+)?")
_UNNAMED_OF = re.compile(r"\W*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|"
                         r"official|diplomat|envoy)\s+(?:in|for|of|from)\s+(?:the\s+)?",
                         re.IGNORECASE)
_APPOSED_SAID = re.compile(r",\s+[^,;]{1,80},\s+(?:\w+ly\s+)?(?:said|says|added|announced)\b")
_WHAT_IT = re.compile(r"\bwhat\s+$", re.IGNORECASE)


def _it(st: MentionState, a: int, b: int) -> ActorRef | None:
    text, offset, found = st.text, st.offset, st.found
    if _EXPLETIVE_IT.match(text, b):
        return None  # "said it was now up to the EU to...": no one
    # "Hamas said it rejected...": the speaker just named; else the last actor.
    here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
            and N.SPEECH_AFTER.match(text, f.end - offset)]
    if not here and N.SAID_THAT_BEFORE.search(text, max(0, a - 40), a):
        # "The RSF, which has fought since 2023, said it welcomed": the subject.
        here = sorted((f for f in found if f.ref.kind != "person"
                       and f.end <= offset + a), key=lambda f: f.start)[:1]
        # ("and Greece, Macedonia's southern neighbour, said it backed the deal": the one
        # whose apposition the verb closes)
        apposed = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                   and not f.possessive and _APPOSED_SAID.match(text, f.end - offset)]
        here = apposed[-1:] or here
    if not here and _WHAT_IT.search(text, max(0, a - 6), a):
        # "The U.S. State Department condemned what it called aggression": the subject
        here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                and not f.possessive][:1]
    if not here and _AND_IT.search(text, max(0, a - 8), a):
        # "India banned TikTok ..., and it has since tightened curbs": the subject
        # of the clause before
        here = [f for f in found if f.ref.kind != "person" and f.end <= offset + a
                and not f.possessive and not N.PREP_OBJ.search(
                    text, max(0, f.start - offset - 25), f.start - offset)][:1]
    ref = here[-1].ref if here else st.mem.last_other
    if not here and _THING_SUBJECT.match(text) and not any(
            f.ref.kind != "person" and f.end <= offset + a for f in found):
        # "The deal had been held up because it required an amendment": the thing
        # the sentence is about, no actor
        return None
    return ref


def _plural(st: MentionState, a: int, b: int, word: str) -> ActorRef | None:
    """"They": the last plural actor, or two sides just named (those are added here, one
    mention each at the pronoun, and nothing is returned for the caller to add)."""
    text, offset, mem, found = st.text, st.offset, st.mem, st.found
    ref = mem.last_plural
    pair = [f for f in found if f.how == "pair" and f.end <= offset + a]
    if word == "they" and not text[:a].strip() and mem.pair_just_met is not None:
        # "Modi and Xi met on Wednesday. They had first talked in 2023": the two
        st.add_pair(a, b, mem.pair_just_met)
        return None
    if word == "they" and len(pair) >= 2 and pair[-1].start == pair[-2].start:
        # "The two leaders first met in Geneva, when they agreed to...": the pair
        st.add_pair(a, b, [f.ref for f in pair[-2:]])
        return None
    if word == "they" and N.SAID_THAT_BEFORE.search(text, max(0, a - 60), a):
        # "Tsipras and Zaev announced ... that they had settled on": the two speakers
        said = [f for f in sorted(found, key=lambda f: f.start) if f.end <= offset + a
                and f.how != "pronoun"]
        if (len(said) >= 2 and said[-2].ref.name != said[-1].ref.name
                and text[said[-2].end - offset:said[-1].start - offset].strip() in
                ("and", ", and")):
            group = said[-2:]
            # "Mali, Burkina Faso and Niger said they were withdrawing": the whole list
            for f in reversed(said[:-2]):
                if (text[f.end - offset:group[0].start - offset].strip() != ","
                        or f.ref.name in {g.ref.name for g in group}):
                    break
                group.insert(0, f)
            st.add_pair(a, b, [f.ref for f in group])
            return None
        if said and _PLURAL_BODY.match(text, said[0].end - offset) and all(
                f.ref.name == said[0].ref.name for f in said):
            # "The Taiwan authorities announced that they were ending...": the
            # plural body that spoke
            ref = said[0].ref
    return ref


_AND_IT = re.compile(r",?\s+(?:and|but)\s+$")
_PLURAL_BODY = re.compile(r"\s+(?:authorities|officials|leaders|negotiators|diplomats|ministers|"
                         r"delegates|government officials)\b")
# "southern rebels", "leftist guerrillas", "the rebels'" (not "rebel commanders": people)
_REBELS = re.compile(r"\b(?:[Tt]he\s+)?(?:(?:[a-z]+ern|leftist|rightist|Marxist|Maoist|"
                     r"Islamist|separatist|armed)\s+)?(?P<head>rebels|guerrillas|insurgents)\b")
