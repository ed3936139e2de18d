"""Talks (and deals) named by a noun with their two sides after it: "the last round of direct talks
between the two leaders", "negotiations between Chile and Peru ended". Both sides met, unless
the talks are still wanted, planned or called for ("wants to renew the talks between...")."""
from __future__ import annotations

import re

from .memory import Mention

# ("A telephone conversation took place on Friday between X and Y": a call)
_BETWEEN = re.compile(r"\b(?:(?P<call>(?:tele)?phone (?:call|conversation|talks)|video call)|talks|"
                      r"negotiations|meeting|summit|"
                      # "a brief conversation between Mr Modi and Mr Sharif on the sidelines"
                      r"conversations?|encounter|discussions|consultations|"
                      # "the 1994 peace treaty between Israel and Jordan": made by both
                      r"(?P<deal>agreement|accord|treaty|pact|deal|truce|ceasefire))\s+(?:"
                      # "talks that began there on Monday between"
                      r"(?:that|which) (?:began|opened|started|ended|concluded)"
                      r"(?:\s+(?!between)[\w,]+){0,3}?\s+|"
                      r"(?:took place|was held|were held|was signed|was reached)"
                      r"(?:\s+(?:on|in|late|early|last|this)(?:\s+[\w,]+){1,3}?)?\s+|"
                      # "secret talks in Beijing between", "talks last week between",
                      # "preparatory talks in Beijing earlier this month between"
                      r"(?:in|at) (?-i:[A-ZÀ-Ž])[\w'’-]+(?: (?-i:[A-ZÀ-Ž])[\w'’-]+)?\s+"
                      r"(?:(?:earlier |late |early )?(?:(?:last|this) (?:week|month|year)|"
                      r"on \w+day)\s+)?|"
                      # "talks in a Jeddah hotel between", "talks at the department between"
                      r"(?:in|at) (?:a|the) (?:[\w'’-]+ )?[\w'’-]+\s+|"
                      r"(?:earlier |late |early )?(?:last|this) (?:week|month|year)\s+|"
                      r"on \w+day\s+)?between\s+",
                      re.IGNORECASE)
# Words before the noun phrase that make the talks something still to come.
_AHEAD = re.compile(r"\b(?:to|will|would|renew|resume|host|hold|planned|proposed|draft|upcoming|"
                    r"next|"
                    r"possible|future|launch\w*|rule out|ruled out|call\w*|urg\w*|wants?|for|"
                    # "pulled out of talks between the two ministers planned in Washington"
                    r"pulled out of|withdrew from|boycott\w*|skipp\w*|"
                    r"prospects?|hopes?|idea|possibility|expected|new|second|another|further|"
                    # "no telephone call between them is planned"
                    r"more|no)\s+(?:[\w-]+\s+){0,4}$",
                    re.IGNORECASE)


# Talks told only as stalled, suspended or broken down are background to the news, not a
# meeting it reports ("normalization talks between Japan and North Korea have been stalled
# since 1992", "Syria's talks with Israel broke down in January").
STALLED = (r"[^.;]{0,90}?\b(?:(?:were|was|have been|has been|had been|remain(?:ed)?) "
           r"(?:\w+ )?(?:suspended|stalled|frozen|deadlocked|broken off|halted|stuck|on hold)|"
           # (not the adjective: "held talks on the stalled autonomy negotiations")
           r"broke (?:down|off)|collapsed|(?<!the )(?<!\ba )(?<!\ban )(?<!long-)stalled|"
           r"ended without|"
           # "A meeting between Kagame and Tshisekedi that was planned in Luanda in December was
           # called off"
           r"(?:that|which) (?:was|were|had been) (?:planned|scheduled|expected)|"
           r"(?:was|were) (?:called off|cancell?ed|postponed|scrapped)|"
           # "A follow-up meeting between the two leaders has not taken place"
           r"(?:has|have|had) (?:not|never) (?:yet )?(?:taken place|been held)|"
           r"(?:did not|never) take place|never took place)\b")
# ... or after it: "the talks between Ethiopia and Egypt are expected to resume"
STALLED_AFTER = re.compile(STALLED, re.IGNORECASE)
# what follows the talks' noun phrase when they are still to come, or only stalled
AHEAD_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:are|is|were|was) (?:\w+ )?(?:expected|due|"
                          r"scheduled|set|slated|likely|planned|supposed) to|"
                          r"(?:is|are) (?:\w+ )?(?:planned|scheduled)\b|will|would|could|"
                          r"may|might)\b|" + STALLED, re.IGNORECASE)


_LED_BY = re.compile(r"(?:an? |the )(?:[\w.-]+ ){0,2}?(?:delegation|team|mission) (?:led|headed) "
                     r"by ")
_AND_LED_BY = re.compile(r" and " + _LED_BY.pattern)
# "between delegations led by A and B", "between the two teams headed by A and B"
_SIDES_LED_BY = re.compile(r"(?:the )?(?:two )?(?:delegations|teams) (?:led|headed) by ")
# "A, the secretary of Iran's security council, and B": the first side's apposition
_APPOSED_AND = re.compile(r", [^,;]{3,90}, and ")


def between_sides(text: str, offset: int, mentions: list[Mention]):
    """(cue position, side A, side B, (type, CAMEO), end of "... between") for each `talks
    between A and B` of the sentence."""
    if "between" not in text:
        return []
    out = []
    for m in _BETWEEN.finditer(text):
        head = text.rfind(",", 0, m.start()) + 1
        if _AHEAD.search(text, head, m.start()):
            continue
        at = offset + m.end()
        if led := _SIDES_LED_BY.match(text, m.end()):
            at = offset + led.end()
        if lead := _LED_BY.match(text, m.end()):
            at = offset + lead.end()  # "between a U.S. delegation led by Rubio and ..."
        first = [x for x in mentions if x.start == at]
        if len(first) == 2 and first[0].how == "pair":
            if not AHEAD_AFTER.match(text, first[1].end - offset):
                out.append((offset + m.start(), first[0], first[1], _kind(m), offset + m.end()))
            continue
        if len(first) != 1:
            continue
        rest = text[first[0].end - offset:first[0].end - offset + 5]
        other = _AND_LED_BY.search(text, first[0].end - offset, first[0].end - offset + 120)
        if lead and other:
            # "between a U.S. delegation led by Rubio and Waltz and a Ukrainian team headed by
            # Yermak": the heads of each side met; the second side's head is the first name
            # after its "led by"
            second = next((x for x in mentions if 0 <= x.start - offset - other.end() <= 45
                           and x.ref.kind == "person"), None)
            if second is None or AHEAD_AFTER.match(text, second.end - offset):
                continue
            for x in [first[0]] + [x for x in mentions if x.ref.kind == "person"
                                   and first[0].end <= x.start < offset + other.start()]:
                out.append((offset + m.start(), x, second, _kind(m), offset + m.end()))
            continue
        if rest.startswith(" and "):
            after = first[0].end + 5
        elif ap := _APPOSED_AND.match(text, first[0].end - offset):
            after = offset + ap.end()
        else:
            continue
        led = _LED_BY.match(text, after - offset)
        if led:
            after += led.end() - (after - offset)  # "and a delegation led by Jimmy Carter"
        second = next((x for x in mentions if x.start == after), None)
        if second is not None and not AHEAD_AFTER.match(text, second.end - offset):
            out.append((offset + m.start(), first[0], second, _kind(m), offset + m.end()))
    return out


def _kind(m: re.Match) -> tuple[str, str]:
    if m["call"]:
        return "phone_call", "041"
    return ("agreement", "057") if m["deal"] else ("meeting", "040")
