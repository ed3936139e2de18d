"""The words around a cue that decide whether it names an act, and whose: nouns that look like
verbs ("the sole support of"), openings, relative clauses, denials, places. Kept apart from
`acts.py`, which applies them."""
from __future__ import annotations

import re

from .cue_base import RULE_OUT, SEQUENCE_WORD

RELATIVE = re.compile(r"\b(which|that|who)\s+(?:also\s+|has\s+|had\s+|have\s+)?$",
                      re.IGNORECASE)
VERB_COORD = re.compile(r"(?:\band|\bbut|,)\s+(?:(?:also|then|later|has|have|had|since|"
                        r"quickly|immediately|subsequently|swiftly|promptly)\s+){0,3}$")
# An opening adverbial phrase up to its comma: "After talks with X, ...", "At a news
# conference with X in Y, ...".
OPENING = re.compile(r"^\W*(?:After|Following|During|At|Before|Ahead of|On the sidelines of|"
                     r"In|Over|By|Hosting|Receiving|Welcoming|Speaking by|Talking by|Arriving)\b"
                     r"(?:[^,;:\"“”`'’]|['’]s\b){0,160},\s*")
EMBARGO_BEFORE = re.compile(r"\b(?:sanctions|embargo|blockade|tariffs|ban)\s+"
                            r"(?:(?:that|which)\s+)?(?:the\s+)?[A-ZÀ-Ž][\w.]*"
                            r"(?:\s+[A-ZÀ-Ž][\w.]*){0,3}"
                            r"\s+(?:has\s+|had\s+)?$")
NO_BEFORE = re.compile(r"\b(?:no|little|without)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
WHOSE_STATE = re.compile(r"\bwhose\s+(?:country|government|nation|state|administration)\s+"
                         r"(?:(?:\w+ly|has|had|have|also|once|first)\s+)*$", re.IGNORECASE)
# ("called on Prime Minister Mugabe in Harare": a courtesy call's host is inside the cue too)
NAMED_INSIDE = re.compile(r"(?:spoke|speaks|spoken|talked) to |"
                          r"called (?:on (?:the )?)?(?=(?-i:[A-ZÀ-Ž]))|"
                          r"received (?!(?:an? |the )?(?:[\w-]+ )?(?:(?:tele)?phone |video )?call\b)")
WOULD_BE = re.compile(r"would be\s*$", re.IGNORECASE)
# "Had Moscow vetoed the resolution, ...", "Should Iran reject the offer, ...": a condition
INVERTED_IF = re.compile(r"^\W*(?:(?:Had|Were)\s+(?:[\w.'’-]+\s+){1,5}?(?:\w+ed|been|not|to)\b|"
                         r"Should\s+(?-i:[A-ZÀ-Ž]))[^,;]*,")
SUBJUNCTIVE = re.compile(r"\b(?:demand|insist|urg|propos|suggest|recommend|request)\w*\s+"
                         r"(?:(?!that\b)[\w-]+\s+){0,3}?that\s+"
                         r"(?:[\w.'’-]+\s+){1,4}$", re.IGNORECASE)
# "did not rule out sending a special envoy": the -ing form is what is not ruled out
RULED_OUT_ING = re.compile(r"\b" + RULE_OUT + r"\s+$")
AFTER_ING = re.compile(r"\b(?:after|following)\s+$", re.IGNORECASE)
# ("Canada was temporarily recalling its ambassador": an adverb between)
AUX_ING = re.compile(r"\b(?:is|are|was|were|am|be|been|being|keeps?|kept)\s+"
                     r"(?:[a-z]+ly\s+|also\s+|now\s+|still\s+|again\s+|already\s+)?$|^\W*$")
# ("sent a message yesterday endorsing the agreement": the paper's time between; "was quoted
# by the agency as demanding": what the one quoted did)
DOC_ING = re.compile(r"\b(?:statement|letter|communiqu[eé]|declaration|message|appeal|"
                     r"resolution)s?(?:\s+(?:yesterday|today|tonight|last night|earlier|"
                     r"(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?))?\s+$|"
                     r"\bquoted\b[^,;.]{0,80}?\sas\s+$", re.IGNORECASE)
HOSTED_AT = re.compile(r"\s+(?:at|to|in)\s+(?:the\s+|his\s+|her\s+|(?-i:[A-ZÀ-Ž]))")
# (never "its call for talks", "renewed calls for": the subject's own call, an act)
CALLS_NOUN = re.compile(r"\b(?:the|international|foreign|western|eastern|arab|european|american|"
                        r"(?-i:U\.S\.|U\.N\.|UN|EU))\s+$", re.IGNORECASE)
TO_MEET = re.compile(r"\bto\s+(?:meet|see|talk)\b")
PP_CUE = re.compile(r"(?:during|at) ", re.IGNORECASE)
PROPOSAL_NOUN = re.compile(r"(?:\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?|"
                           r"\b(?:a|the|this|that)\s+(?:[\w-]+\s+)?)(?:demands?|proposals?|"
                           r"plans?|offers?|ideas?|calls?|requests?|suggestions?|initiatives?)"
                           r"\b(?!.*\b(?:said|says)\b)")
DENYING = frozenset({"denied", "denies", "deny", "denying"})
DENIED = re.compile(r"(?:reject|dismiss|brush|den|call|describ|term|brand)\w*(?:\s+aside)?\s+"
                    r"(?:the|that|this|these|those|such|all|any|its|their|his|her|Western|U\.S\.|"
                    r"[A-ZÀ-Ž]\w+(?:'s|’s))?\s*(?:[\w-]+\s+){0,2}?(?:charges?|accusations?|"
                    # (not a territorial claim: "branded Canada's claim to the Northwest
                    # Passage 'illegitimate'")
                    r"allegations?|claims?|reports?|suggestions?|assertions?)\b"
                    r"(?!\s+(?:to|over)\s)")
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|of|for|with|without|sole|more|"
                         r"win|gain|garner|rally|woo back|seek|sought|lose|lost|lack|increase|"
                         r"strong|full|broad|public|military|financial|popular|growing|"
                         r"international|any|no|such|lending|lend|lends|lent|"
                         # "to end support for armed groups": support withdrawn, not given
                         r"end|ending|ends|ended|halt|halted|stop|stopped|cease|ceased|cut|"
                         r"withdraw|withdrew|withdrawn|suspend|suspended|"
                         # "woo back more Arab support"
                         r"(?:more|less|much|broad|wide)\s+[A-ZÀ-Ž]\w+)\s+$", re.IGNORECASE)
IN_PP = re.compile(r"\b(?:in|during|over|by)\s+(?:a|an|the)?\s*$", re.IGNORECASE)
NON_STATE = (r"(?:(?:analyst|consultant|correspondent|expert|professor|economist|researcher|"
             r"scholar|historian|lawyer|attorney|executive|banker|trader|journalist|writer|"
             r"resident|businessman|businesswoman|student|worker|fellow|commentator|columnist|"
             r"citizen|shopkeeper|driver|teacher|doctor|merchant|farmer|refugee|villager|manager|"
             r"specialist|strategist|lecturer|academic|pollster)s?\b"
             # (not a word that qualifies a post: "the UN executive delegate for Iraq")
             r"(?!\s+(?:delegate|envoy|representative|director|secretary|member|officer|"
             r"minister|ambassador|coordinator|chairman|head)\b)|"
             r"(?:chairman of|president of (?:the )?[A-ZÀ-Ž]\w+ (?:Inc|Corp|Co|Ltd)))")
# A speaker described as a commentator or a private person speaks for no state.
# (not the people a post serves: "the UN High Commissioner for Refugees")
UNAFFILIATED = re.compile(rf",\s+(?:(?:a|an|the)\s+(?:[\w.&-]+\s+){{0,5}}?(?<!\bfor )(?<!\bof )"
                          rf"(?:[\w]+-)?{NON_STATE}|"
                          # "said Camilo Perez, chief economist at Banco de Bogota"
                          rf"(?:[\w.&-]+\s+){{0,3}}?(?:analyst|economist|strategist|specialist|"
                          rf"professor|researcher|expert|consultant|lecturer)\b)",
                          re.I)
_THE_GAP = re.compile(r"\s*(?:the\s+)?")


def speaks_for_none(text: str, at: int, mentions, offset: int) -> bool:
    """Whether the aside at `at` says the speaker is a private person (UNAFFILIATED); the
    chairman of a known body of states is not ("Ouattara, the current chairman of ECOWAS,
    said"), where the chairman of a firm is."""
    m = UNAFFILIATED.match(text, at)
    if m is None:
        return False
    if m.group().lower().endswith("chairman of"):
        body = next((x for x in mentions if x.start - offset >= m.end()), None)
        if (body is not None and body.how == "gazetteer"
                and body.ref.kind in ("state", "organisation")
                and _THE_GAP.fullmatch(text, m.end(), body.start - offset)):
            return False
    return True


# "said Michael Shifter of the Inter-American Dialogue": a think tank or a university speaks
# for no state either.
THINK_TANK = re.compile(r"(?:,\s+|\s+)(?:of|at|from)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,5}?"
                        r"(?-i:Institute|Institution|Dialogue|Foundation|Center|Centre|"
                        r"University|College|Endowment|Council on Foreign Relations|Forum|"
                        r"Studies|School|Think Tank)\b")
# "wrapped up a three-hour meeting with": a noun, the subject's meeting.
DET_BEFORE = re.compile(r"\b(?:held|had|hold|have|has|wrapped up|concluded|ended|began|started|"
                        r"opened|after|following|during|in)\s+(?:a|an|the|his|her|their|its)\s+"
                        r"(?:[\w-]+\s+){0,3}$", re.I)
# "said his meeting with X was useful": the possessor's meeting, once held (never a planned
# one, nor one still ahead: "ahead of his meeting with").
POSS_MEETING = re.compile(r"(?<!ahead of )(?<!before )(?<!for )\b(?:his|her|their|its)\s+"
                          r"(?!planned|upcoming|next|expected|proposed|scheduled|possible)"
                          r"(?:[\w-]+\s+)?$", re.I)
# "support from Germany", "woo back more Arab support": the noun, not the verb.
NOUN_AFTER = re.compile(r"\s+(?:from|of|among|within|inside)\b|\s*[,.;]")
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:\d{4}\s+)?$")
# ("renewed Algeria's call on the Libyan parties": the subject's state's call, made again)
RENEWED_POSSESSIVE = re.compile(r"\b(?:renew|repeat|reiterat|reaffirm)\w*\s+(?-i:[A-ZÀ-Ž])[\w.-]*"
                                r"['’]s\s+$", re.IGNORECASE)
INDEFINITE = re.compile(r"\b[Aa]n?\s+$")
# "denounced the charter as an American plan": what it is called, not what was proposed
AS_BEFORE = re.compile(r"\bas\s+[\"“'`]*an?\s+$")
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+\s+){0,3}$")
QUOTABLE = frozenset({"intent_to_negotiate", "rejection", "threat", "demand",
                      "call_for_talks", "criticism", "support", "proposal"})


# "drug gangs blamed for a surge in killings", "troops accused of abuses": a participle after
# a common noun qualifies it; no one is said to blame or accuse
REDUCED_PASSIVE = re.compile(r"(?:blamed|accused|critici[sz]ed|condemned|denounced) (?:for|of)\b")
PLACE_BEFORE = re.compile(r"\b(?:of|in|on|from|at)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w'’-]+\s+$")
PLAIN_NOUN_BEFORE = re.compile(r"(?<![A-ZÀ-Ž])\b(?-i:[a-z])[a-z-]{2,}(?<!les)s\s+$|"
                               r"\b(?:a|an|the)\s+(?-i:[a-z])[a-z-]+\s+$")
# "Diplomats in Nairobi said ..., but warned that...": the sources the sentence opens with act
# again, and they speak for no one
SOURCE_SUBJECT = re.compile(r"\W*(?:(?:Some|Many|Several|Other|Western|Foreign|Independent)\s+)?"
                            r"(?:diplomats|analysts|sources|experts|observers|witnesses|critics|"
                            r"commentators|scholars|historians|economists|residents)\b", re.I)


# Meetings not held (acts.py). A trip still ahead or under way: the talks it is for have not
# been held yet
TRIP_AHEAD = re.compile(r"\b(?P<ahead>will|would|is to|are to|(?:is|are) due to|plans? to|"
                        r"planned to|"
                        # a trip hoped for: "he hoped to visit Ankara next month for talks"
                        r"hope[sd]? to|intends? to|intended to|wants? to|wanted to|"
                        r"(?:is|are) expected to|(?:is|was|are|were) (?:flying|travell?ing|"
                        r"heading|due|expected|set|scheduled)|"
                        # the news present of a journey ahead: "Clinton flies to Damascus on
                        # Thursday for talks", "Kissinger leaves for Peking today for talks"
                        r"(?<!\bwho )(?:flies|leaves|heads|travels|departs)|"
                        # an envoy to be sent: "did not rule out sending a special envoy to
                        # Suva for talks with the Governor-General"
                        r"(?:to send|sending|to dispatch|dispatching))\b[^.;]*$")
# ... and, for any meeting or call, right before it: "said he would fly to Damascus next week to
# resume talks" (not "said it would impose tariffs", which the gold reads as the measure)
WOULD_GO = re.compile(r"\bwould\s+(?:(?:resume|hold|open|begin|start|continue|send|fly|travel|"
                      r"go|visit)\s+(?:[\w-]+\s+){0,3})?$", re.IGNORECASE)
# talks refused or ruled out are no talks held (the refusal is the act)
NOT_HELD = re.compile(r"\b(?:(?:refused|refuses|declined|declines) to (?:attend|join|hold|take "
                      r"part in)\s+(?:an? |the |any )?(?:[\w-]+ ){0,2}|"
                      # ("ruled out talks with", "ruled out strategic stability talks with")
                      # ("rejected any direct talks with the guerrillas")
                      r"(?:(?:ruled|rules|ruling) out|reject(?:ed|s|ing)|refused|refuses) "
                      r"(?:any |all |further |direct |new )+(?:[\w-]+ ){0,2}|"
                      r"(?:ruled|rules|ruling) out (?:[\w-]+ ){0,2}|"
                      # "ruled out a resumption of strategic stability talks with Washington",
                      # "rejected a return to the talks with"
                      r"(?:(?:ruled|rules|ruling) out|reject(?:ed|s|ing)) (?:an? |any |the )?"
                      r"(?:early |quick |swift )?(?:resumption|return|revival|restart|new round)"
                      r" (?:of|to) (?:the )?(?:[\w-]+ ){0,2}|"
                      # "suspended food aid and normalisation talks with Pyongyang": talks
                      # stopped, not held
                      r"(?:suspend(?:ed|s|ing)|broke off|break(?:s|ing)? off|halt(?:ed|s|ing)|"
                      r"froze|freez(?:es|ing)|call(?:ed|s|ing) off|cancel+(?:ed|s|ing)) "
                      r"(?:the |its |their |all |further )?(?:[\w-]+ (?:and )?){0,4}?|"
                      # "blocked the opening of EU accession talks with North Macedonia"
                      r"(?:block(?:ed|s|ing)|veto(?:ed|es|ing)) (?:the )?(?:opening|start|launch|"
                      r"resumption) of (?:the )?(?:[\w-]+ ){0,3}|"
                      # "would request consultations with Japan": asked for, not held
                      r"(?:request|requested|requesting|seek|sought|seeking|ask for|asked for) "
                      r"(?:urgent |formal |emergency )?)$", re.IGNORECASE)
# "Djibouti hosts the only U.S. military base": hosting a thing, not a guest
HOSTS_A_THING = re.compile(r"(?:\s+[\w'’.-]+){0,4}?\s+(?:bases?|troops|forces|refugees|"
                           r"headquarters|Olympics|Games|tournament|festival|exhibition)\b")
# ... told over more words in the narrator's present, a standing fact: "Qatar hosts Al Udeid,
# the largest U.S. air base", "hosts U.S. military trainers", "hosts major investments"
HOSTS_STANDING = re.compile(r"(?:\s+[\w.'’,-]+){0,6}?\s+(?:air ?base|bases?|troops|trainers|"
                            r"investments?|forces|headquarters|refugees|facilit\w+|camps?|"
                            r"fleet)\b", re.IGNORECASE)
TRIP_DONE = re.compile(r"\b(?:flew|arrived|travell?ed|went|came|visited|met|held)\b")
# words in -ing that are no participle ("remained willing to talk")
ING_ADJECTIVES = frozenset({"during", "willing", "unwilling"})
READY = frozenset({"willing", "ready", "prepared", "open", "eager", "keen"})
NOT_READY = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:\w+ly\s+)?$")
# "with Prince Salman, the crown prince, who expressed support": an apposition before "who"
APPOSED_WHO = re.compile(r",\s+(?:the|a|an)\s[^,;]{0,80},\s*")

# A call told from the caller's side ("Erdogan telephoned Aliyev", "called Simitis twice that
# night") is the caller's act alone (ANNOTATING.md: a joint act is "X and Y ..."; the held-out
# gold agrees, 50 false alarms fewer for 5 matched); "spoke by telephone with" stays the two
# sides' call
CALLER_VERB = re.compile(r"(?:tele)?phoned|called|rang|dial|placed|reached|contacted",
                         re.IGNORECASE)

# Moved from acts.py (session 30, which had passed 400 lines).
# between a passive's subject and its verb: an aside at most, no clause of its own
PASSIVE_GAP = re.compile(r"(?:,[^,;]{0,80},)?\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|had been|"
                         r"has been|have been)\s+(?:" + SEQUENCE_WORD + r"\s+)?")
SPENT = re.compile(r"\bspen[dt]s?\s+(?:[\w-]+\s+){1,4}$")
TO_WHOM = re.compile(r"\s+to\s+(?=(?-i:[A-ZÀ-Ž])|both\b|the\b|his\b|her\b)")
# "with Nicaragua and Paraguay voting against it": the voters the phrase names
WITH_VOTING = re.compile(r"\bwith\s+(?:only\s+)?(?=[^,;()]{2,80}?\s+$)")
# "X, Y and Z were among the nine countries that": what comes between the list and "that"
# ("Mexico was among 14 Latin American states that on Tuesday signed")
AMONG = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?(?:among|one of)\s+(?:the|those|\d+|"
                   r"two|three|four|five|six|seven|eight|nine|ten|several|many)"
                   r"(?:\s+[\w-]+){0,3}\s+")
TOLD_NP_THAT = re.compile(r"\b(?:told (?:an? |the |his |her |their )?(?:[\w.'’-]+ ){1,6}?|"
                          # "said that if...", "said on his weekly show that any attack..."
                          r"(?:said|says|added|warned|stressed|insisted|declared|stated|"
                          r"announced)(?: (?:on|in|at|during|after|before) [^,;]{1,40}?)? )"
                          r"that\s+$")
BY_ING_AND = re.compile(r"\bby [a-z]+ing\b[^,;.]{0,80}\band $")
