"""The cue lexicon: verb and noun phrases that signal each event type, with their strength.

Order matters only for ties: a more specific type beats `statement`, and a stronger cue beats
a weaker one. `speech` cues (said, told...) introduce reported speech whose content may carry a
more specific cue; `joint` cues (met, held talks) make one event per participant.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import names as N
from .cue_base import SEQUENCE_WORD
from .lexicon import CUES, Cue  # noqa: F401  (the lexicon lives in its own module)

# Words between a cue and its actor that show the cue is not an act that took place.
# ("not, directly or indirectly, threaten": an aside between the negation and the verb)
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without)(?:,[^,;.]{1,40},)?\s+"
                      r"(?:\w+\s+){0,1}$", re.IGNORECASE)
# "if Iraq refuses", "whether to meet": within the same clause (a comma or "and" ends it).
# ("resolutions that would have imposed sanctions": vetoed, so never imposed)
HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|would be|could|might|would have(?! to\b))\b"
                          r"(?:(?!\band\b|\bbut\b)[^,;])*$", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|is to|are to|plans? to|set to|"
                    r"is supposed to|are supposed to|to)\s+(?:\w+\s+)?$|"
                    # "will resume direct peace talks with"
                    r"\bwill\s+(?:resume|hold|open|begin|start|continue|launch|conduct|send)\s+"
                    r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# What the reporter expects or the calendar holds, for any act: "Washington was expected to
# press for", "is scheduled to leave", "are due to sign" (not what anyone has done or said).
EXPECTED_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|also\s+|still\s+)?"
                         r"(?:expected|scheduled|due|slated)\s+to\s+(?:\w+\s+)?$", re.I)
# "until Annan visits Baghdad", "once they sign": a condition still to be met.
PENDING = re.compile(r"\b(?:until|till|once|unless)\s+(?:[^,;]*\s)?$", re.IGNORECASE)
REFUSAL_BEFORE = re.compile(r"\b(?:refused|refuses|declined|rejected|declines)\s+to\s+$",
                            re.IGNORECASE)
# Present perfect is background ("has repeatedly said"); "had" is mostly reported speech
# shifting a dated past back ("said Vajpayee had offered"), so it counts only with "long" etc.
# ("have already imposed", "has so far refused", "have each accused", "had already halted")
PERFECT = re.compile(r"\b(?:(?:has|have)\s+(?:\w+ly\s+|long\s+|also\s+|since\s+|already\s+|"
                     r"so far\s+|each\s+|both\s+|still\s+)*(?:been\s+)?|"
                     r"had\s+(?:\w+ly\s+)*(?:long|repeatedly|always|often|already)\s+)$",
                     re.IGNORECASE)
_PASSIVE_AUX = r"\b(?:was|were|been|being|is|are|be)\s+"
PASSIVE_BEFORE = re.compile(_PASSIVE_AUX + r"(?:\w+ly\s+)?$", re.IGNORECASE)
# a meeting told in the passive, a word of sequence allowed: "was later received by"
PASSIVE_MET = re.compile(_PASSIVE_AUX + r"(?:" + SEQUENCE_WORD + r"\s+)?$", re.IGNORECASE)

# The possessive noun events: "Zelensky's peace proposal", "Iran's offer".
NOMINAL = re.compile(
    r"(?:'s|’s)\s+(?:\w+\s+){0,2}?(?P<noun>proposal|peace plan|plan|offer|initiative|"
    r"demands?|ultimatum|threats?|criticism|call for talks|refusal|rejection|"
    # "Maduro's call to discuss the border at the meeting"
    r"call to (?:discuss|negotiate|talk|meet|hold talks|resume talks|open talks))\b",
    re.IGNORECASE,
)
# Acts told by a noun, done (not planned) and of their own time (session 6, archive copy):
# "Beijing's condemnation of the air strikes filled the front page", "Chirac's telephone
# conversation with Bush on Tuesday lasted 20 minutes", "Egypt's decision to recall its
# ambassador was announced", "China's veto on Thursday means...", "an offer by Egypt to...",
# "its rejection by Iran was announced".
_DONE_NOUN = (r"(?P<noun>condemnations?|denunciations?|accusations?|veto|acceptance|warning|"
              r"suspension|expulsion|announcement|appeal|(?:tele)?phone (?:call|conversation)|"
              r"talks|meeting|rejection|refusal|offer|proposal|"
              r"decision to (?:recall|expel|sever|cut|suspend|break off|freeze|impose|close)|"
              r"(?:readiness|willingness) to (?:resume|hold|open|start|begin|enter|return to))\b")
_NOT_DONE = (r"(?!(?:planned|upcoming|proposed|expected|scheduled|next|forthcoming|postponed|"
             r"cancell?ed|possible|future|first-ever|likely|potential|hoped-for|long-awaited)\b)")
NOMINAL_DONE = re.compile(rf"(?:'s|’s)\s+{_NOT_DONE}(?:[\w-]+\s+){{0,2}}?{_DONE_NOUN}",
                          re.IGNORECASE)
NOMINAL_BY = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+{_NOT_DONE}"
                        rf"(?:[\w-]+\s+){{0,2}}?{_DONE_NOUN}(?:(?:\s+(?:of|to|with|on)\s+"
                        # (no verb between: "a proposal to X was rejected by India" is India's
                        # rejection, not its proposal)
                        r"(?:(?!\b(?:was|were|is|are|be|been|being|has|have|had)\b)[^,;.]){1,60}?)?"
                        r"\s+by|"
                        # "A warning from Finance Minister Funaro that Brazil could...", "a
                        # telephone call from Chancellor Schroeder to President Chirac": right
                        # after the noun (not "a proposal to expel Russia from the G20"), and
                        # never talks held ("details of the talks from China")
                        r"(?<!talks)(?<!meeting)\s+from)\s+(?:(?:[\w-]+\s+){0,4}?)$",
                        re.IGNORECASE)
DONE_TYPES = {
    "condemnation": ("criticism", "111"), "condemnations": ("criticism", "111"),
    "denunciation": ("criticism", "111"), "denunciations": ("criticism", "111"),
    "accusation": ("criticism", "112"), "accusations": ("criticism", "112"),
    "veto": ("rejection", "12"), "rejection": ("rejection", "12"), "refusal": ("rejection", "12"),
    "acceptance": ("agreement", "08"), "warning": ("threat", "13"),
    "suspension": ("sanction", "16"), "expulsion": ("sanction", "16"),
    "decision": ("sanction", "16"),
    "announcement": ("statement", "010"), "appeal": ("proposal", "02"),
    "talks": ("meeting", "040"), "meeting": ("meeting", "040"),
    "offer": ("proposal", "03"), "proposal": ("proposal", "03"),
    "readiness": ("intent_to_negotiate", "036"), "willingness": ("intent_to_negotiate", "036"),
}
# "Kuchma's four-day state visit": a visit under way or just made (never a planned one).
NOMINAL_VISIT = re.compile(
    r"(?:'s|’s)\s+(?!(?:planned|upcoming|proposed|expected|scheduled|next|forthcoming|"
    r"postponed|cancell?ed|possible|future|first-ever)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:(?:state|official|working)\s+visit\b(?:\s+to\s+)?|visit\s+to\s+(?=(?-i:[A-ZÀ-Ž])))",
    re.IGNORECASE)
# "ahead of Boric's visit to Lima", "on the eve of the king's visit": one still to come.
VISIT_AHEAD = re.compile(r"\b(?:ahead of|before|eve of|for|preparing for|prepare for|awaiting|"
                         r"during|until|after)\s+(?:the\s+)?$", re.IGNORECASE)
NOMINAL_BARE = re.compile(r"\s+(?:[\w-]+\s+)?(?P<noun>proposal|peace plan|plan|offer|initiative)\b",
                          re.IGNORECASE)
NOMINAL_TYPES = {
    "proposal": ("proposal", "03"), "peace plan": ("proposal", "03"), "plan": ("proposal", "03"),
    "offer": ("proposal", "03"), "initiative": ("proposal", "03"), "demand": ("demand", "10"),
    "demands": ("demand", "10"), "ultimatum": ("threat", "13"), "threat": ("threat", "13"),
    "threats": ("threat", "13"), "criticism": ("criticism", "111"),
    "call for talks": ("call_for_talks", "026"), "refusal": ("rejection", "12"),
    "rejection": ("rejection", "12"),
    **{f"call to {v}": ("call_for_talks", "026") for v in (
        "discuss", "negotiate", "talk", "meet", "hold talks", "resume talks", "open talks")},
}


_WORD = re.compile(r"[A-Za-z]+")
# (a quote may open the name: The "Agreed Framework")
_CAP_BEFORE = re.compile(r"[A-ZÀ-Ž][\w.]*\s+[\"“]?$")
_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Ž][a-z]+\s+[A-ZÀ-Ž][a-z]")
_BY_PREFIX: dict[str, list[tuple[str, Cue]]] = {}
for _cue in CUES:
    for _p in _cue.starts:
        _BY_PREFIX.setdefault(_p[:2], []).append((_p, _cue))


_WORD_CUES: dict[str, tuple[Cue, ...]] = {}


# Function words that start cues only as themselves: "in" must not try "in a statement" at
# "international", nor "no" at "north", nor "we" at "week".
_WHOLE = frozenset("in is are was were has have had no not all can will would could shall "
                   "should must we did does the on had".split())


def _cues_for(word: str) -> tuple[Cue, ...]:
    found = _WORD_CUES.get(word)
    if found is None:
        low = word.lower()
        found = tuple(dict.fromkeys(
            cue for prefix, cue in _BY_PREFIX.get(low[:2], ())
            if low.startswith(prefix) and (prefix not in _WHOLE or low == prefix)))
        if len(_WORD_CUES) < 50_000:  # bounded: arbitrary input must not grow it forever
            _WORD_CUES[word] = found
    return found


_NOTHING: tuple = ((), 0)
_WORD_INFO: dict[str, tuple] = {}


def _info(word: str) -> tuple:
    info = _WORD_INFO.get(word)
    if info is None:
        kind = N.WORD_KIND.get(word, 0)
        if not kind and len(word) > 1 and word.isupper():
            kind = 5  # an acronym ("RSF") a sentence may have defined
        cues = _cues_for(word)
        info = (cues, kind) if cues or kind else _NOTHING
        if len(_WORD_INFO) < 50_000:  # bounded: arbitrary input must not grow it forever
            _WORD_INFO[word] = info
    return info


@lru_cache(maxsize=8)
def scan(text: str) -> tuple[list, dict[int, list[int]]]:
    """One pass over the words of a sentence for both indexes: (start, word, cues) of the words
    that can start a cue, and the starts of the words that can start a mention, by kind (1
    pronoun, 2 "the", 3 title, 4 organisation head, 5 acronym)."""
    cue_words: list = []
    kinds: dict[int, list[int]] = {}
    get = _WORD_INFO.get
    for m in _WORD.finditer(text):
        word = m.group()
        info = get(word) or _info(word)
        if info is _NOTHING:
            continue
        cues, kind = info
        if cues:
            cue_words.append((m.start(), word, cues))
        if kind:
            kinds.setdefault(kind, []).append(m.start())
    return cue_words, kinds


# (single quotes too, as British copy uses them: one opening after a space, one closing
# before a space or a stop, but not the apostrophe of a plural possessive, "the states' rights")
_QUOTE_MARK = re.compile(r"``|''|[“”«»\"‘]|(?<=\s)'(?=\w)|(?<=[a-rt-z])['’](?=[\s,.;:!?])")
# A mark between two words ("backs" the), not one that opens or closes a sentence quote.
_WOVEN_QUOTE = re.compile(r"\w ?(?:``|''|[“”«»\"‘]|(?<=\s)'(?=\w)|(?<=[a-rt-z])['’](?=\s))+ ?\w")


class Hit:
    """A cue match found in the text with its quotation marks taken out, placed back on the
    original text (the same interface as the `re.Match` used elsewhere)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


def longest_first(found: list, quoted: bool = False) -> list:
    """The cue matches that survive when the longest reading of any words wins ("refused to
    meet" hides "meet", "must sit down at the table" hides "must"), in text order."""
    # (inside a quote, on the same words, the content cue first: '"This is hypocrisy," X said'
    # is X's criticism, and a quote names no subject a worded cue could take)
    # Outside quotes, on words as long, the worded cue first: "Russia is offering to enrich"
    # is Russia's offer, not a content cue waiting for a speaker.
    found = sorted(found, key=lambda cm: (-(cm[1].end() - cm[1].start()),
                                          cm[0].content != quoted, cm[1].start()))
    kept: list = []
    for cue, m in found:
        if all(m.end() <= k.start() or m.start() >= k.end() for _, k in kept):
            kept.append((cue, m))
    kept.sort(key=lambda cm: cm[1].start())
    return kept


# A time put between a verb and its object, as older copy and British papers write it
# ("accepted last night the proposals", "signed yesterday a treaty", "rejected on Tuesday the
# deployment"): the cue's phrase is the verb and the object.
# ... and between an appeal's verb and its preposition ("called yesterday for a conference",
# "appealed on Monday to the two sides")
_TIMES_BETWEEN = (r"\s+(?:(?:early |late |earlier )?(?:yesterday|today|tonight)|last night|"
                  r"this (?:morning|afternoon|evening)|last (?:week|month|year)|"
                  r"earlier (?:this|last) (?:week|month)|"
                  r"(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                  r"Sunday)(?: night| morning| afternoon| evening)?)")
_TIME_BETWEEN = re.compile(
    r"(?<=[a-z]ed)" + _TIMES_BETWEEN + r"(?=\s+(?:the|a|an|his|her|its|their)\s)|"
    r"(?:(?<=\bcalled)|(?<=\bappealed)|(?<=\bpressed))" + _TIMES_BETWEEN
    + r"(?=\s+(?:for|on|upon|to)\s)|"
    # ... and before the preposition that carries the act's object: "paid tribute on Wednesday
    # to", "threw his weight on Monday behind", "assented on Wednesday to", "exhorted Belgrade
    # on Tuesday to", "pleaded on Monday for"
    # ("flies today to Kiev": a journey ahead, its time kept; the word before is checked in
    # `_time_dropped`)
    r"(?<=[a-z'’-])(?P<t>(?!\s+(?:(?:early |late |earlier )?(?:today|tonight)|this)\b)"
    + _TIMES_BETWEEN + r")(?=\s+(?:to|for|behind|with|against)\s)")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_KEEP_TIME = frozenset(("talks", "offered", "asked"))
_HANDED = frozenset(("presented", "handed", "gave", "provided", "supplied"))


def _time_dropped(text: str, m: re.Match) -> tuple[int, int] | None:
    """The span a `_TIME_BETWEEN` match takes out, or None: before a preposition, only after a
    lower-case word (a name keeps its time, "called Modi on Saturday to"), and not after the
    words whose own cues read the time ("held online talks on Tuesday with")."""
    if m.group("t") is None:
        return m.span()
    word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if word is None or word.group(1) in _KEEP_TIME:
        return None
    if not word.group(1)[0].islower() and not (
            # "presented Iran on Tuesday with a package": the time of the handing over
            (verb := _WORD_BEFORE.search(text, max(0, word.start() - 30), word.start()))
            and verb.group(1) in _HANDED):
        return None
    return m.span("t")


def find_cues(text: str) -> list[tuple[Cue, re.Match | Hit]]:
    """Every cue match. Quotation marks woven into a sentence (`said Greece "fully backs" the
    effort`, `was ``deeply disappointed''`) and a time put between a verb and its object
    (`accepted last night the proposals`) would split the phrases the cues describe, so the
    cues are matched on the text without them and placed back."""
    drop = [span for m in _TIME_BETWEEN.finditer(text)
            if (span := _time_dropped(text, m)) is not None]
    if _QUOTE_MARK.search(text) is not None and _WOVEN_QUOTE.search(text) is not None:
        drop = sorted(drop + [q.span() for q in _QUOTE_MARK.finditer(text)])
    if not drop:
        return _find_cues(text)
    parts, index, last = [], [], 0
    for a, b in drop:
        if a < last:
            continue
        parts.append(text[last:a])
        index.extend(range(last, a))
        last = b
    parts.append(text[last:])
    index.extend(range(last, len(text)))
    index.append(len(text))
    clean = "".join(parts)
    return [(cue, Hit(index[m.start()], index[m.end() - 1] + 1 if m.end() > m.start()
                      else index[m.start()], text))
            for cue, m in _find_cues(clean)]


def in_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` is part of a name, not a cue: "United States",
    "Security Council Says", "opposition leader Said Abdullo Nuri signed" (a first name)."""
    if not text[start].isupper():
        return False
    return bool(_CAP_BEFORE.search(text, max(0, start - 30), start)
                or (start and text.startswith("Said", start)
                    and _NAME_NEXT.match(text, start + 4)))


def _find_cues(text: str) -> list[tuple[Cue, re.Match]]:
    """Found by trying only the cues whose first word fits each word of the text: one cheap
    tokenising pass instead of one regex scan per cue (an alternation of all first words in
    one regex is slower in `re` than this)."""
    out = []
    for start, word, cues in scan(text)[0]:
        if start and text[start - 1] == "-":
            continue  # "EU-hosted", "U.S.-drafted": part of a compound, not a verb
        if in_name(text, start):
            continue
        for cue in cues:
            m = cue.regex.match(text, start)
            if m and (cue.veto is None or cue.veto.search(m.group()) is None):
                out.append((cue, m))
    return out
