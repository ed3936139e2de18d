"""Tense of the clause around an expression, from a few words of context (no parser).

"said on Monday" -> past, "will meet on Monday" -> future. The cue nearest to the expression
wins: first among the words before it in the same clause, then among a few words after it.
A past participle after a form of "be" is passive, not a past tense ("will be named in
December" is future), so the auxiliary before it decides.
"""
from __future__ import annotations

import re

_FUTURE = (r"will|'ll|shall|would|wo|may|might|going\s+to|to\s+be|"
           # (not the noun's "submitted a plan to the United Nations on Wednesday")
           r"plans?\s+to(?!\s+(?:the|a|an|his|her|its|their|this|both|all)\b)|planned\s+to|"
           r"planning\s+to|(?:is|are|be)\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|"
           r"expects?\s+to|(?:set|due|scheduled|expected|slated|supposed|poised)\s+to|"
           # "Thursday's vote is expected to pass": the copula belongs to the future
           r"(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:set|due|scheduled|expected|slated|likely)\s+to|"
           r"upcoming|forthcoming|"
           # A control verb announces an act still to come: "agreed to buy it in February"
           # in an October paper is next February.
           r"(?:agreed|agrees?|decided|decides?|voted|offered|"
           r"promised|promises?|pledged|pledges?|vowed|vows?|threatened|threatens?|"
           r"proposed|likely|ready|prepared|wants?|wanted)\s+to"
           # (an infinitive: not "proposed to the United States on Saturday", "offered to Iran")
           r"(?!\s+(?:the|a|an|his|her|its|their|this|both|all)\b|\s+(?-i:[A-Z]))")
# Prepositions that lean to the future ("payable Dec. 15", "by May") but count only when
# no verb in the clause says otherwise ("had filed reports by Wednesday").
_WEAK_FUTURE = r"until|till|through|by|before"
# Right before the expression these settle it whatever the verb: "declared a dividend
# payable Dec. 15", "named chairman effective Feb. 1".
_SCHEDULE = re.compile(r"\b(?:payable|effective|starting|beginning|due|expiring|until)"
                       r"(?:\s+(?:on|in|at))?\s+$", re.I)
# A deadline moved to a date: "extended the offer to Nov. 16", "has extended loans through
# January". The new date lies ahead of the act that set it.
_EXTENDED_TO = re.compile(r"\bextend(?:ed|s|ing)?\b[^.;:]{0,60}\b(?:to|until|till|through)"
                          r"\s+$", re.I)
_PAST = (r"said|told|was|were|had|did|ago|earlier|previously|already|met|held|took|gave|"
         r"made|came|went|began|spoke|wrote|sent|saw|left|won|lost|fell|rose|became|since|"
         r"brought|bought|sold|struck|thought|found|paid|kept|ran|hit|grew|chose|drew|"
         r"fought|sought|caught|spent|built|meant|felt|heard|stood|broke|shook|got|threw|"
         r"flew|knew|withdrew|rang|sang|swore|tore|wore|hid|bit|fed|slid|dealt|"
         r"froze|chose|drove|rode|stole|woke|forbade|forgot|overcame|understood|withstood|"
         r"undertook|overtook|withheld|upheld|lent|sank|shrank|sprang|fled|sped|led|"
         # the irregular pasts spelled as their present ("put forward a plan on Monday")
         r"put|cut|shut|quit|cast|"
         r"has\s+been|have\s+been|\w{3,}ed")
_PRESENT = (r"is|are|am|says|say|now|currently|today|meets?|visits?|holds?|begins?|starts?|"
            # the present of a journey announced: "Clinton flies to Damascus on Thursday"
            r"flies|travels|heads|leaves|arrives|returns")
# Future in the past: "had been due to expire Friday" is the Friday before the paper.
_FUTURE_IN_PAST = r"had\s+been\s+(?:due|scheduled|set|expected|slated|supposed|planned)\s+to"
# A word joined to another by a hyphen is no verb of the clause: "in Cha-am on Friday",
# "the US-led force", "a left-wing party", "the long-awaited talks".
_CUE = re.compile(rf"\b(?<!-)(?:(?P<fpast>{_FUTURE_IN_PAST})|(?P<future>{_FUTURE})|"
                  rf"(?P<past>{_PAST})|(?P<present>{_PRESENT})|(?P<weak>{_WEAK_FUTURE}))\b(?!-)",
                  re.I)
_CONTROL_PAST = re.compile(r"(?:agreed|decided|voted|offered|promised|pledged|vowed|threatened|"
                           r"proposed|wanted)\s+to", re.I)
# Words ending in -ed that are not past verbs.
_NOT_PAST = frozenset({"need", "speed", "seed", "feed", "indeed", "proceed", "exceed",
                       "succeed", "bed", "red", "shed", "based", "led", "united", "hundred",
                       "limited", "related", "armed", "detailed", "concerned", "interested",
                       "advanced", "alleged", "coed", "embed", "breed", "steed", "creed",
                       "greed", "weed", "wed", "bled", "fled", "sled", "shred", "tired",
                       "unprecedented", "scheduled", "expected", "proposed", "planned",
                       "supposed"})
_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|shall|to|can|could|must|'ll)\s+"
                           r"(?:\w+ly\s+)?$", re.I)
_AUX_BEFORE = re.compile(r"\b(?:be|been|being|is|are|am)\s+$", re.I)
# "a still unspecified date", "the proposed merger": an -ed adjective, not a verb.
_ADJ_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that|still|very|"
                         r"newly|recently|so-called|long|widely)\s+$", re.I)
# A full stop after "Sept", "Mr", "Inc" or an initial does not end the clause. (The
# punctuation is matched before the lookbehinds, which then look one character further back:
# the same matches, but most positions fail on their first test.)
_CLAUSE_END = re.compile(r"[.!?;:](?<![A-Z].)(?<![A-Z][a-z].)(?<![A-Z][a-z]{2}.)"
                         r"(?<![A-Z][a-z]{3}.)['\"”’]*\s+|\n\s*\n|[\"“”]|''|``")
BEFORE, AFTER = 80, 40  # characters: about a dozen words before, six after
_NAME_MAY = re.compile(r"(?<=[\w,;:)\"'”’-] )May\b")
_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:(?:On|In|By|Since|Early|Late|Later|Earlier|Then)\s+)?"
                     r"(?:the\s+)?$", re.IGNORECASE)
# The same patterns without re.I, for ASCII text lowered once: the engine then skips an
# alternative on its first letter without trying it, three times faster on the cue list.
# (re.I also folds a few non-ASCII letters, such as the long s, so other text keeps them.)
# Every cue starts with a word character or the apostrophe of "'ll": the lookahead skips,
# before the cue list is tried, the word ends where \b also holds.
_IGNORECASE = (_SCHEDULE, _EXTENDED_TO, _CUE, _MODAL_BEFORE, _AUX_BEFORE, _ADJ_BEFORE)
_LOWERED = tuple(re.compile(r"\b(?=[\w'])" + rx.pattern[2:] if rx is _CUE else rx.pattern)
                 for rx in _IGNORECASE)


def tense_at(text: str, start: int, end: int) -> str | None:
    """past | future | present for the clause around text[start:end], or None."""
    before = text[max(0, start - BEFORE):start]
    cut = None
    for cut in _CLAUSE_END.finditer(before):
        pass
    if cut:
        before = before[cut.end():]
    reach = AFTER
    opening = _OPENER.search(before) and text.startswith(",", end)
    if opening:
        # "On March 12, British Prime Minister Theresa May told parliament": an opening
        # phrase, whose verb comes after the subject
        reach = 3 * AFTER
    after = text[end:end + reach]
    if m := _CLAUSE_END.search(after):
        after = after[:m.start()]
    # A capital "May" inside a clause is a name or the month ("Theresa May told"), never the
    # modal, which the lowered text below could no longer tell apart.
    if "May" in before or "May" in after:
        before, after = _NAME_MAY.sub("May_", before), _NAME_MAY.sub("May_", after)
    # (the lowered copies lose the capital that tells "proposed to China" from an infinitive)
    before_cased, after_cased = before, after
    if before.isascii() and after.isascii():
        schedule, extended, cue, *tests = _LOWERED
        before, after = before.lower(), after.lower()
    else:
        schedule, extended, cue, *tests = _IGNORECASE
    if schedule.search(before) or extended.search(before):
        return "future"
    # The cue nearest the expression decides, so the tests run from there outwards.
    last_weak = None
    for c in reversed(list(cue.finditer(before))):
        if _keep(c, before, tests) and not _to_a_name(c, before_cased):
            if c.lastgroup != "weak":
                return _reading(c)
            if last_weak is None:
                last_weak = c
    for c in cue.finditer(after):
        if c.lastgroup != "weak" and _keep(c, after, tests) and not _to_a_name(c, after_cased):
            if c.lastgroup == "future" and _CONTROL_PAST.match(c.group()):
                # "On Monday, EU ministers agreed to widen sanctions", "in late September,
                # when they pledged to deepen ties": a date told before the control verb is
                # when they agreed, not when what they agreed on will happen
                return "past"
            return _reading(c)
    # Only a preposition: "by May", "payable Dec. 15", "effective Feb. 1".
    if last_weak and last_weak.end() >= len(before.rstrip()) - 1:
        return "future"
    return None


def _reading(m: re.Match) -> str:
    return "past" if m.lastgroup == "fpast" else m.lastgroup


# Present-tense cues that are nouns too: after a determiner or a possessive they name an act
# ("Blair's visit to Peru on Monday was cordial"), and the clause's verb decides.
_NOUN_TOO = frozenset({"visit", "visits", "hold", "holds", "start", "starts", "meet", "meets"})
_DET_MODIFIER = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that)\s+[\w-]+\s+$",
                           re.IGNORECASE)


_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-Ž]")


def _to_a_name(m: re.Match, cased: str) -> bool:
    """"proposed to Chinese Ambassador Ma Keqing on Monday": a control verb's "to" before a
    name is a preposition, not the infinitive that points ahead."""
    return (m.lastgroup == "future" and m.group().endswith("to")
            and _CAPITAL_NEXT.match(cased, m.end()) is not None)


def _keep(m: re.Match, chunk: str, tests) -> bool:
    modal_before, aux_before, adj_before = tests
    word = m.group(0).lower()
    if m.lastgroup == "present" and modal_before.search(chunk, 0, m.start()):
        return False  # "will meet": the modal before it decides
    if m.lastgroup == "present" and word in _NOUN_TOO and (
            adj_before.search(chunk, 0, m.start())
            # ("at the end of a state visit": a determiner and a modifier before the noun)
            or _DET_MODIFIER.search(chunk, 0, m.start())
            or chunk.endswith(("'s ", "\u2019s ", "s' "), 0, m.start())):
        return False
    if m.lastgroup == "past" and " " not in word:
        if word in _NOT_PAST:
            return False
        head = m.start()
        if aux_before.search(chunk, 0, head) or adj_before.search(chunk, 0, head):
            return False  # passive ("will be named") or adjective ("an unspecified date")
    return True
