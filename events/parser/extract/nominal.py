"""Acts told by a noun rather than a verb, the way archive copy often tells them: "Beijing's
condemnation of the air strikes filled the front page", "Chirac's telephone conversation with
Bush on Tuesday lasted 20 minutes", "an offer by Egypt to train 1,000 policemen", "its
rejection by Iran was announced on Sunday". Only acts already done: not "ahead of X's
meeting", not "the planned talks", not what "will" still come. The clause dates them, like a
verb's act (`dating.date_for`)."""
from __future__ import annotations

import re

from ..types import ActorRef
from . import act_words as W
from . import acts as A  # (acts.py calls this module: the class is looked up at call time)
from . import cues as C
from . import dates as D
from .between import AHEAD_AFTER
from .cue_base import _TALKS
from .memory import Memory, Mention, principal_states
from .quotes import QuoteMask
from .sentences import Sentence

RESTATED = re.compile(r"\b(?:reaffirmed|reiterated|restated|repeated|underlined|stressed|"
                       r"expressed|conveyed|voiced|confirmed)\s+$", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:no|any|without|not|never)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TALKS_AFTER = re.compile(r"^[^,;.]{0,70}?\b" + _TALKS, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\.(?=\s|$)")
# a participle of its own before the by-phrase, after a common noun past the act's noun
# ("talks to free hostages held by"; not "talks with Oman held by")
_PARTICIPLE_BY = re.compile(r"\s[a-z][\w-]*\s(?:[a-z]+ed|held|taken|kept|seized)\s+by\s")
_SAID = re.compile(r"\b(?:said|says|told|tells|added|stressed|noted)\b")


def _joint(noun: str) -> bool:
    return noun.lower().split()[0] in ("talks", "meeting", "telephone", "phone")


def _kind(noun: str, after: str) -> tuple[str, str]:
    key = noun.lower().split()[0]
    if key in ("telephone", "phone"):
        return "phone_call", "041"
    if key == "appeal" and _TALKS_AFTER.match(after):
        return "call_for_talks", "026"  # "Solana's appeal to Belgrade to open a dialogue"
    return C.DONE_TYPES[key]


_WITH = re.compile(r"\s+(?:with|to)\s+(?:the\s+)?$")


def _object(mentions: list[Mention], text: str, offset: int, lo: int, hi: int,
            actor: ActorRef, joint: bool) -> ActorRef | None:
    """Whom the act is aimed at; for talks and calls only the one after "with"/"to"."""
    for x in mentions:
        if lo <= x.start - offset < hi and x.ref.name != actor.name:
            if joint and not _WITH.search(text, lo, x.start - offset):
                return None
            return x.ref
    return None


# An act named by the noun that opens the sentence, handed on in the passive by its agent:
# "A six-point peace plan was put forward by Nicolas Sarkozy", "A fresh appeal for negotiations
# between London and Buenos Aires was issued by the OAS", "Readiness to reopen the test-ban
# negotiations was expressed by the Soviet Government", "A warning that Greece would not
# tolerate drilling was delivered to Ankara by Papandreou". Only verbs that hand a thing on:
# the act is the noun's ("A plan ... was rejected by India" is India's rejection: the cues).
_PASSIVE_NOUN = re.compile(
    # (a dateline first: "HARARE (Reuters) - A power-sharing blueprint was laid before...")
    r"^(?:(?-i:[A-Z][A-Z .,'’-]+)(?:\([^)]*\))?\s*[-—–]+\s*)?(?:(?:An?|The)\s+)?"
    + C._NOT_DONE + r"(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>(?:peace\s+)?plans?|proposals?|blueprint|scheme|framework|offer|initiative|"
    r"timetable|formula|warnings?|appeal|call\s+for|readiness|willingness|protests?|"
    r"condemnation|demands?|support|praise|endorsement)\b"
    r"(?P<rest>[^;]{0,200}?)\s(?:was|were)\s+(?:\w+ly\s+|also\s+)?(?:issued|delivered|"
    r"expressed|voiced|signall?ed|made|lodged|conveyed|put\s+forward|tabled|laid\s+before|"
    r"presented|unveiled|floated|submitted|sent|handed|extended|renewed|reiterated|sought|"
    r"outlined)\b[^;.]{0,80}?\sby\s+(?:the\s+)?"
    # ("by South African President Thabo Mbeki"; not "by Nicolas Sarkozy in Moscow")
    r"(?:(?!(?:in|at|on|of|to|for|from|with)\b)[\w-]+\s+){0,4}?$", re.IGNORECASE)
_ORGAN_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|office|"
                          r"delegation|embassy|mission|spokes(?:man|woman|person)|cabinet)\b",
                          re.IGNORECASE)
_INTENT_AFTER = re.compile(r"^\s+to\s+(?:\w+\s+)?(?:meet|negotiate|discuss|talk|hold|reopen|"
                           r"resume|open|start|begin|enter|return)\b", re.IGNORECASE)


# the noun's act; a plan, proposal, blueprint, offer... (any other noun of the pattern) proposes
_PASSIVE_KINDS = {
    "warning": ("threat", "13"), "warnings": ("threat", "13"),
    "protest": ("criticism", "111"), "protests": ("criticism", "111"),
    "condemnation": ("criticism", "111"), "demand": ("demand", "10"), "demands": ("demand", "10"),
    "support": ("support", "051"), "praise": ("support", "051"),
    "endorsement": ("support", "051"),
}


def _passive_kind(noun: str, after: str) -> tuple[str, str] | None:
    key = noun.lower().split()[0]
    if key in ("appeal", "call"):
        # a call for talks; any other call or appeal is too loose to type
        return ("call_for_talks", "026") if _TALKS_AFTER.match(after) else None
    if key in ("readiness", "willingness"):
        return ("intent_to_negotiate", "036") if _INTENT_AFTER.match(after) else None
    return _PASSIVE_KINDS.get(key, ("proposal", "03"))


def passive_noun_acts(sent: Sentence, text: str, offset: int, mentions: list[Mention],
                      acts: list) -> list:
    """The agent of a noun-first passive (`_PASSIVE_NOUN`) does the act the noun names."""
    if " was " not in text and " were " not in text:
        return []  # (no passive: most sentences, spared the search)
    for men in mentions:
        a = men.start - offset
        if not 0 < a < 400 or (men.possessive and not _ORGAN_AFTER.match(
                text, men.end - offset)):
            continue  # ("by China's foreign ministry": China)
        m = _PASSIVE_NOUN.match(text, 0, a)
        if m is None:
            continue
        kind = _passive_kind(m["noun"], m["rest"])
        if kind is None or any(x.type == kind[0] and x.actor.name == men.ref.name
                               for x in acts):
            return []
        target = _object(mentions, text, offset, m.end("noun"), a, men.ref, False)
        return [A.Act(kind[0], kind[1], men.ref, men.how, 0.6, sent, men.start, target=target)]
    return []


def nominal_acts(sent: Sentence, text: str, offset: int, mentions: list[Mention],
                 acts: list) -> list:
    out: list = []
    for men in mentions:
        a, b = men.start - offset, men.end - offset
        actor = men
        if men.possessive:
            m = C.NOMINAL_DONE.match(text, b)
            if m is None or C.VISIT_AHEAD.search(text, 0, a) or _NONE_BEFORE.search(text, 0, a):
                continue
            if RESTATED.search(text, 0, a):
                # "Primakov today reaffirmed Moscow's rejection of NATO's plans": the one who
                # restates it acts
                before = [x for x in mentions if x.end - offset <= a and not x.possessive]
                if before:
                    actor = before[-1]
            elif men.ref.kind == "state":
                # "Song Min-soon said Seoul's offer to supply electricity remained on the
                # table": a state's act in the words of its own man is his
                own = [x for x in mentions if x.end - offset <= a and x.ref.kind == "person"
                       and x.ref.country == men.ref.country
                       and _SAID.search(text, x.end - offset, a)]
                if own:
                    actor = own[-1]
            noun_end = m.end()
            stop = _CLAUSE_END.search(text, noun_end)
            target = _object(mentions, text, offset, noun_end,
                             stop.start() if stop else len(text), men.ref, _joint(m["noun"]))
        else:
            window = text[max(0, a - 160):a]
            m = C.NOMINAL_BY.search(window)
            if m is None or _NONE_BEFORE.search(window, 0, m.start()) or \
                    C.VISIT_AHEAD.search(window, 0, m.start()):
                continue
            base = a - len(window)
            noun_end = base + m.end("noun")
            if _PARTICIPLE_BY.search(text, noun_end + 1, base + m.end()):
                continue  # "talks to free hostages held by FARC": the hostages' captors
            target = _object(mentions, text, offset, noun_end, a, men.ref, _joint(m["noun"]))
        after = text[noun_end:]
        if m["noun"].lower().split()[0] in ("talks", "meeting") and AHEAD_AFTER.match(after):
            continue  # "Iran's talks with the EU will resume", "...broke down": not news
        type_, cameo = _kind(m["noun"], after)
        if any(x.type == type_ and x.actor.name == actor.ref.name for x in acts + out):
            continue
        out.append(A.Act(type_, cameo, actor.ref, actor.how, 0.6, sent, men.start,
                         target=target))
    return out


def possessive_acts(sent: Sentence, text: str, offset: int, quoted: QuoteMask,
                    mentions: list[Mention]) -> list:
    """Acts a noun names right after their actor: "Zelensky's peace proposal", "X's visit to
    Y", "A Pakistani proposal"; moved from `acts.py`, which calls it."""
    out: list = []
    # Possessive noun events: "Zelensky's peace proposal" (background: undated).
    for men in mentions:
        if men.possessive:
            nm = C.NOMINAL.match(text, men.end - offset)
            if nm is None and (nv := C.NOMINAL_VISIT.match(text, men.end - offset)) and not \
                    C.VISIT_AHEAD.search(text, 0, men.start - offset):
                host = next((x for x in mentions if x.start - offset == nv.end()), None)
                out.append(A.Act("meeting", "042", men.ref, men.how, 0.6, sent, men.start,
                                 target=host.ref if host else None))
            elif nm and not RESTATED.search(text, 0, men.start - offset):
                type_, cameo = C.NOMINAL_TYPES[nm["noun"].lower()]
                out.append(A.Act(type_, cameo, men.ref, men.how, 0.6, sent, men.start,
                                 date=D.NO_DATE))
        elif (men.how == "group" and W.INDEFINITE.search(text, max(0, men.start - offset - 4),
                                                        men.start - offset)
              and not quoted[men.start - offset]  # '...the charter as "an American plan"'
              and not W.AS_BEFORE.search(text, max(0, men.start - offset - 12),
                                         men.start - offset)
              and (nm := C.NOMINAL_BARE.match(text, men.end - offset))):
            # "A Pakistani proposal to set up a working group was rejected": put forward now.
            type_, cameo = C.NOMINAL_TYPES[nm["noun"].lower()]
            actor = men
            if put := _PUT_FORWARD.search(text, max(0, men.start - offset - 40),
                                          men.start - offset):
                # "Switzerland's delegate, Edouard Brunner, revived a Swiss plan": the man
                # who puts his state's plan forward (or one of no known state) acts
                actor = next((x for x in reversed(mentions) if x.end - offset <= put.start()
                              and x.ref.kind == "person" and not x.possessive
                              and x.ref.country in (None, men.ref.country)), men)
            out.append(A.Act(type_, cameo, actor.ref, actor.how, 0.6, sent, men.start))
    return out


_PUT_FORWARD = re.compile(r"\b(?:revived|presented|put forward|unveiled|submitted|tabled|"
                          r"circulated|outlined|floated)\s+an?\s+$")


# "declined to renew a 2019 agreement that allowed the Indian Navy...", "under a 2017
# bilateral security treaty": a deal of a named year, between the story's two sides (not
# "the 1966 Geneva Agreement": a name; nor "a treaty between": between.py)
_YEAR_DEAL = re.compile(r"\b(?:a|an) (?P<year>1[89]\d\d|20\d\d) (?:[\w-]+ ){0,2}?"
                        r"(?:treaty|agreement|accord|pact|deal)\b(?! (?:between|with)\b)")


# ("the Shah abrogated a 1937 treaty": the deal's undoing, another act)
_UNDONE = re.compile(r"\b(?:abrogat|scrap|tore|tear|renounc|annul|nullif|violat|breach|"
                     r"denounc)\w*\s+(?:\w+\s+)?$")


_DEAL_TOLD = re.compile(r",?\s+(?:that|which|in which|under which|signed)\b")


def year_deals(sent: Sentence, text: str, offset: int, mem: Memory, times: list,
               acts: list) -> list:
    """Agreement acts, dated by their year, of the two sides a year-named deal is theirs."""
    if not (m := _YEAR_DEAL.search(text)) or _UNDONE.search(
            text, max(0, m.start() - 25), m.start()) or not _DEAL_TOLD.match(text, m.end()):
        return []
    sides = principal_states(mem)  # (only now: it ranks every state the story named)
    if len(sides) != 2:
        return []
    year = next((t for t in times if t.start - offset == m.start("year")), None)
    if year is None or any(a.type == "agreement" for a in acts):
        return []
    date = D.to_dateref(year)
    return [A.Act("agreement", "057", x, "pair", 0.55, sent, offset + m.start(), target=y,
                  date=date) for x, y in (sides, sides[::-1])]
