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
            out.append(A.Act(type_, cameo, men.ref, men.how, 0.6, sent, men.start))
    return out


# "declined to renew a 2019 agreement that allowed the Indian Navy...", "under a 2017
# bilateral security treaty": a deal of a named year, between the story's two sides (not
# "the 1966 Geneva Agreement": a name; nor "a treaty between": between.py)
_YEAR_DEAL = re.compile(r"\b(?:a|an) (?P<year>1[89]\d\d|20\d\d) (?:[\w-]+ ){0,2}?"
                        r"(?:treaty|agreement|accord|pact|deal)\b(?! (?:between|with)\b)")


# ("the Shah abrogated a 1937 treaty": the deal's undoing, another act)
_UNDONE = re.compile(r"\b(?:abrogat|scrap|tore|tear|renounc|annul|nullif|violat|breach|"
                     r"denounc)\w*\s+(?:\w+\s+)?$")


def year_deals(sent: Sentence, text: str, offset: int, mem: Memory, times: list,
               acts: list) -> list:
    """Agreement acts, dated by their year, of the two sides a year-named deal is theirs."""
    if not (m := _YEAR_DEAL.search(text)) or _UNDONE.search(
            text, max(0, m.start() - 25), m.start()):
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
