"""The word patterns `dating.py` reads a clause's time by: expressions that set the scene,
mark background or habit, belong to another clause (a relative, a charge, a reason, what was
said) or sit right after the act's own verb. Moved out of `dating.py` so that it stays under
400 lines; the rules that use them are there."""
from __future__ import annotations

import re

_SETTING = re.compile(r"^\W{0,3}(?:(?:in|on|at|by|since|during|over|throughout|later|earlier|"
                      r"early|late|then|"
                      r"also|until|as of)\s+){0,3}$", re.IGNORECASE)
_UNDATED = re.compile(r"\b(?:repeatedly|long|often|previously|in the past|"
                      r"for (?:years|months|weeks|decades|some time)|"
                      r"in recent (?:years|months|weeks)|consistently|always)\b", re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r",\s+(?:who|which)\b[^,;]*,\s*$", re.IGNORECASE)
_HABITUAL = re.compile(r"(?:accuses|accuse|denies|deny|rejects|blames|insists|regards)\b"
                       r"(?! (?:that|it|this|having)\b)", re.IGNORECASE)
_AFTER_WHICH = re.compile(r",\s+(?:after|under|during|following|at|in|by) which\s+[^,;]*$",
                          re.IGNORECASE)
_NOUN_THEN_ACTOR = re.compile(
    r"\b(?:charges?|accusations?|allegations?|claims?|offers?|requests?|moves?|demands?|"
    r"proposals?|idea|invitation)\s+(?:that\s+)?(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w.'’-]*"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:has|had|have|also|strongly|repeatedly|long|flatly)\s+)*$",
    re.IGNORECASE)
_LONG_SPAN = re.compile(r"P(?:\d+|X)(?:Y|M|DE|CE)$")  # years or months, not "for two hours"
_FOR_SPAN = re.compile(r"\bfor\s+(?:more than\s+|nearly\s+|almost\s+|over\s+)?$")
_WHO_HAD = re.compile(r",\s+(?:who|which|whose\s+\w+)\s+(?:had|has|have)\s+(?:\w+ly\s+|long\s+|"
                      r"also\s+|already\s+)?$")
_CURRENT = re.compile(r"\b(?:this|today|now|recent|past|last)\b", re.IGNORECASE)
_PERFECT_GOVERNS = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:[a-z]+ed|sent|made|given|taken|told)\b"
    r"(?:[^.;:,\"“”]{0,90}?\band\s+(?:\w+ly\s+)?|\s+(?:[\w'’-]+\s+){0,3}to\s+|"
    # "has led calls for", "have issued repeated appeals for": the perfect's own object
    r"\s+(?:(?:a|an|the|its|their|his|her|repeated|several|many)\s+)?)$",
    re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|also|already|since|earlier|once|long|first)\s+)*$",
                         re.IGNORECASE)
_TRAILING = re.compile(r"\s*(?:in consultation|in cooperation|in talks|together|jointly|"
                       r"along with|with the help|"
                       # "arrived at the airport on Saturday night, where he was welcomed by"
                       r"where|"
                       # "sent a letter on Tuesday, complaining that...": the same act's time
                       r"(?-i:[a-z]+ing)(?= |$))\b", re.IGNORECASE)
# (not a preposition's object: "closed its airspace to all flights to and from Mali")
_INFINITIVE = re.compile(r"(?<!face )(?<!side )\bto\s+(?!the\b|a\b|an\b|face\b|all\b|and\b|its\b|"
                         r"their\b|his\b|her\b|any\b|both\b|some\b|most\b|several\b|"
                         # ("closed their airspace to each other's aircraft on Monday")
                         r"each\b|one\b|this\b|that\b|these\b|those\b|our\b|them\b|him\b|"
                         r"us\b|it\b|other\b|another\b|no\b|every\b|"
                         # ("complained to reporters on Thursday evening": whom, not an infinitive)
                         r"reporters\b|journalists\b|parliament\b|lawmakers\b|legislators\b|"
                         r"delegates\b|diplomats\b|supporters\b|students\b|television\b|"
                         r"radio\b|"
                         # ("took Lula to task on Tuesday": an idiom's noun)
                         r"task\b)[a-z]+\b")
# A refusal's infinitive never happened: a past day after it is the refusal's own
_REFUSED_TO = re.compile(r"(?:refus|declin|reject|fail)\w*\s+to\b", re.IGNORECASE)
# Expressions that can only point back from the act ("invited them to rejoin two weeks ago").
_PAST_ANCHORED = re.compile(r"\bago\b|\blast\b|\byesterday\b|\bearlier\b", re.IGNORECASE)
# the act's verb, then at once its date: "refused on Monday", "met Tuesday"
# ("refused on Monday to", "reiterated during Friday's talks that")
_OWN_DATE = re.compile(r"[a-z]+\s+"
                       # ("had formally proposed to Chinese Ambassador Ma Keqing on Monday that")
                       r"(?:(?:to|with)\s+(?:(?-i:[A-ZÀ-Ž])[\w.'’-]*\s+){1,5})?"
                       # ("announced on Friday that ..., and Abu Dhabi imposed its own embargo
                       # on Thursday": the verb's object, then its own day)
                       r"(?:(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+|"
                       # ("..., and Mubarak telephoned Mr. Arafat in Tunis last night")
                       r"(?:(?:Mr|Mrs|Dr)\.\s+)?(?:(?-i:[A-ZÀ-Ž])[\w.'’-]*\s+){1,4}"
                       r"(?:in\s+(?-i:[A-ZÀ-Ž])[\w.'’-]*\s+)?)?"
                       # ("the defense agreement that Gabon and France signed in August 1960")
                       r"(?:on\s+|last\s+|in\s+|(?:during|at|after)\s+(?:the\s+)?)?$",
                       re.IGNORECASE)
# (not what the subject says or claims on the way: ", saying...", ", citing...")
_ING_AFTER = re.compile(r",\s+(?!saying|adding|noting|stressing|warning|arguing|insisting|"
                        r"calling|citing|accusing|describing|claiming|telling|urging)"
                        r"(?-i:[a-z]+ing)\b(?!\s+(?:that|to)\b)")
_SAYING_AFTER = re.compile(r",\s+(?:saying|adding|declaring|insisting|arguing|warning|"
                           r"telling\s+[\w\s]{1,30}?(?=\s(?:in|on|at|during|that)\b))\b",
                           re.IGNORECASE)
# ("saying the talks on Monday had failed": Monday is what was said, not when)
_SAID_WHEN = re.compile(r"\s*(?:(?:in|on|at|during|late|early|after|before)\b[^,;]{0,60})?$",
                        re.IGNORECASE)
_SAID_WHAT = re.compile(r"\bthat\b|[\"“:]")
# a relative clause of its own between the act and the date: the date is that clause's
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,3}?(?:began|begun|started|"
                               r"erupted|broke out|took place|happened|occurred|ended|killed|"
                               r"followed|came)\b")
# the speech verb, then its date within a few words and before any "that" or quote
_SAID_WHEN_NEAR = re.compile(
    r"[a-z]+\b(?:(?:\s+(?!that\b)[\w,.'’-]+){0,8}?|"
    # "declared at a crowded public meeting in New Delhi on Sunday that": where the words
    # were spoken, however long, then when
    r",?\s+(?:at|in|to|before)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|conference|"
    r"rally|reception|session|gathering|dinner|luncheon|banquet|broadcast|speech|interview|"
    r"address|ceremony|summit|briefing|audience|crowd|nation|parliament|assembly)"
    r"(?:\s+(?:in|at|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:on|late|early))"
    r"\s+$", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[a-z]+ing|(?:he|she|they|it)\s+[a-z]+ed)\b[^,;]{0,30}$")
_CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)? for\b")
# what a charge or a reason clause tells has its own time: "rejected charges that Eritrea had
# been the aggressor in December", "lashed out at Mexico for voting last month"
_ITS_OWN_TIME = re.compile(r"\b(?:charges?|accusations?|claims?|allegations?|suggestions?) that\b")
_FOR_DOING = re.compile(r"\bfor (?:\w+ly )?\w+ing\b")  # (a blame's reason, not "for settling")
# ("the positions held before Aug. 5": an irregular participle, a time before it)
_PARTICIPLE_BEFORE = re.compile(r"\b(?:[a-z]\w*ed|held|taken|made|kept|won|seized)\s+"
                                r"(?:in|on|at|during|since|before|until)\s+$")
# "would not lift sanctions it imposed on Sudan in 1997": a relative clause on a noun, its
# subject a pronoun, dates its own verb (not "said it imposed": a saying's content)
_PRONOUN_RELATIVE = re.compile(r"\b(?<!said)(?<!says)(?<!told)(?<!announced)(?<!added)"
                               r"(?<!stated)(?<!warned)(?<!claimed)(?<!insisted)(?<!confirmed)"
                               r"(?<!denied)(?<!reported)(?<!that)(?<!which)(?<!and)(?<!but)"
                               r"(?<!what)(?<!when)(?<!after)(?<!before)(?<!since)(?<!until)"
                               r"(?<!while)(?<!because)(?<!where)(?<!once)"
                               r"(?<=[a-z]{3}) (?:that |which )?(?:it|they|he|she|we) "
                               r"(?:had |has |have )?[a-z]+ed\b[^,;.]{0,40}$")
