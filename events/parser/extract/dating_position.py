"""Where a date stands against the act's clause: an opening clause ("Before leaving Islamabad
on Monday, Sharif spoke"), an aside of the subject ("X, speaking on Sunday, accused"), an
attribution after the content ("..., the ministry said on Sunday"), a when-clause, a date after
an apposition ("met his counterpart, Sergei Lavrov, on Monday"), and the comma segments they
are measured in. Split out of `dating.py` (session 15) to keep that file under 400 lines;
`dating.date_for` asks these."""
from __future__ import annotations

import re

# "Before leaving Islamabad on Monday, Sharif spoke...", "In a video message posted on
# Tuesday, Dagalo accused...": an opening adverbial clause dates the main clause after it.
# ("Leaving the Foreign Office on Thursday, Popov rejected": any participle that opens it)
_OPENING = re.compile(r"^\W{0,3}(?:before|after|following|speaking|addressing|writing|while|"
                      # "As Iraqi troops tightened their grip on Thursday, Bush telephoned",
                      # "With NATO bombs falling for an eighth night on Wednesday, the Pope",
                      # "Hours after the attack on Tuesday, Putin called"
                      r"as|with|within|(?:a few |several |just )?hours|"
                      # "A day after Tuesday's US election, Kibaki praised", "On the eve of"
                      r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
                      r"(?:days?|weeks?) (?:after|before)|the (?:day|morning|night|evening) "
                      r"(?:after|before)|"
                      r"during|over|throughout|when|in|on|at|earlier|later|since|ahead of|"
                      r"prior to|returning|"
                      r"meeting|asked|(?!According|Including|Regarding|Concerning|Excluding)"
                      r"(?-i:[A-Z][a-z]+ing)(?=\s+(?:the|a|an|his|her|its|their|to|in|at|on|"
                      r"from|with|for|back|out|up|down|into)\b)|"
                      # "Leaving Kuala Lumpur on Monday, Kang warned" (not a city: "Beijing")
                      # "Seated among aides at his golf club on Tuesday, Trump warned"
                      r"(?-i:[A-Z][a-z]{2,}ed)(?=\s+(?:among|at|in|on|beside|with|by|before|"
                      r"after|alongside|outside|inside|from)\b)|"
                      r"(?!Beijing|Peking|Nanjing|Chongqing|Kunming|Nanning|Xining|Keelung)"
                      r"(?-i:[A-Z][a-z]{2,}ing)(?=\s+(?-i:[A-Z])))\b", re.IGNORECASE)


_PARTICIPLE_AFTER = re.compile(r"\s*[a-z]+ed\b")
_LINK_WORD = re.compile(r"\b(?:who|whom|which|that|said|says|told|and|but|while|when|as|where)\b"
                        r"|[;:\"“”]")


# "X, speaking on Sunday, accused Y": an aside of the subject dates the verb after it.
_ASIDE = re.compile(r"\s*(?:speaking|addressing|writing|talking|appearing|interviewed|"
                    # "Lahoud, opening the summit on Wednesday, demanded": any participle aside
                    r"(?!including|regarding|concerning|excluding|according)(?-i:[a-z]+ing)|"
                    # "Annan, in a statement issued in New York on Tuesday, urged..."
                    r"(?:in|at|during)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,4}?"
                    r"(?:statement|interview|letter|speech|address|remarks|comments|post|"
                    r"message|news conference|press conference|briefing|call|article|op-ed|"
                    # ("Jayewardene, in a nationwide broadcast on Thursday night, rejected";
                    # "Khrushchev, at the opening session of the summit on Monday, demanded")
                    r"broadcast|session|meeting|summit|conference|ceremony|rally|dinner|"
                    r"banquet|funeral|"
                    # ("Mr. Khrushchev, at a Kremlin reception last night, praised")
                    r"reception|luncheon|lunch|breakfast|gathering|parade|debate|hearing|"
                    # ("Boutros-Ghali, in a report delivered to the council Friday night, said")
                    r"report|testimony|note|tweet|video|"
                    r"column|editorial))\b",
                    re.IGNORECASE)
# "Chile will not accept the plan, the ministry said on Sunday": the attribution after the
# content dates what was said.
_TRAILING_SAID = re.compile(r"\b(?:said|says|told|added|stated|announced|declared|reported)\b")
_REPORTED_THAT = re.compile(r"\bthat\b")
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|while|as|after|before|when|then)\b", re.IGNORECASE)


def aside_or_attribution(text: str, a: int, cue: int) -> bool:
    seg = segment(text, a)
    if seg[1] <= cue and _ASIDE.match(text, seg[0]) and text[seg[1]:seg[1] + 1] == ",":
        return True
    if seg[0] > cue:  # a short attribution clause after the content
        said = _TRAILING_SAID.search(text, seg[0], min(a, seg[0] + 60))
        return (said is not None and not _REPORTED_THAT.search(text, seg[0], a)
                and not _NEW_CLAUSE.match(text, seg[0]))
    return False


def in_opening_clause(text: str, a: int, cue: int) -> bool:
    """Whether the date at `a` lies in an opening clause of the sentence, which dates the main
    clause at `cue` (`text` starts past the dateline: the pipeline cuts it off)."""
    if _OPENING.match(text) is None:
        return False
    comma = text.find(",")
    if 0 <= a < comma < cue:
        return True
    # "At the last round, in January, the two sides agreed": a date later in the opening
    # phrases, before any clause of their own has begun
    nxt = text.find(",", a)
    if not 0 <= a < nxt < cue:
        return False
    if not _CLAUSE_WORD.search(text, 0, a):
        return True
    # "In his ruling, announced in New York on Monday, X ordered": a participle that
    # qualifies the opening phrase dates the main clause, as the phrase itself would
    part = _PARTICIPLE_AFTER.match(text, comma + 1) if comma > 0 else None
    return (part is not None and part.end() <= a and not _LINK_WORD.search(text, 0, comma)
            and not _CLAUSE_WORD.search(text, part.end(), a))


# "Relations collapsed last Wednesday, when Thailand recalled...": the when-clause is of the
# date just before it
_WHEN_CLAUSE = re.compile(r"\s*when\b")


def when_of(text: str, seg: tuple[int, int], a: int, end: int) -> bool:
    return ((end < seg[0] and text[end:seg[0]].strip() == ","
             and _WHEN_CLAUSE.match(text, seg[0]) is not None)
            # "The text was settled at the Pardo Palace on Friday, when General Franco, the
            # Spanish head of state, received the Sultan": the when-clause's verb may come after
            # an apposition of its subject
            or (end < seg[0] and seg[0] - end < 150 and text.startswith(", when ", end)
                and ";" not in text[end:seg[0]]))


# "met his Russian counterpart, Sergei Lavrov, on Monday": a date opening the segment after
# an apposition (no verb, no clause word in between) is the verb's own.
# ("met the Turkish Foreign Minister, Feridun Cemal Erkin, separately on Tuesday": an adverb
# of the verb's may come first)
_DATE_OPENS = re.compile(r",\s*(?:[a-z]+ly\s+|again\s+|together\s+|also\s+)?"
                         r"(?:(?:in|at)\s+(?-i:[A-ZÀ-Ž])[\w.'’-]*"
                         r"(?:\s+(?-i:[A-ZÀ-Ž])[\w.'’-]*){0,2}\s+|"
                         # ("..., Pierre de Leusse, at the alliance headquarters at the Porte
                         # Dauphine later on Thursday")
                         r"(?:in|at)\s+(?:the|his|her|its|their)\s+(?:[\w.'’-]+\s+){1,7}?|"
                         # ("accused Trujillo of plotting against his life, in a broadcast to
                         # the nation on Saturday": where and when the words were spoken)
                         r"(?:in|at)\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?:broadcast|speech|statement|"
                         r"interview|address|message|letter|declaration|communiqu[eé]|meeting|"
                         r"news conference|press conference|conference|rally|session|"
                         r"reception)(?:\s+(?:to|in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+"
                         r"[\w'’-]+)?)?\s+|"
                         r"on\s+the\s+sidelines\s+of\s+(?:[\w.'’-]+\s+){1,6}?)?"
                         # ("..., China's top foreign policy official, in Beijing in late July")
                         r"(?:on|in|at|last|this|early|late|earlier|later(?:\s+on)?)?\s*$",
                         re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"\b(?:who|whom|which|that|said|says|told|and|but|while|when|after|"
                          r"before|as|where|[a-z]+(?:ed|ing))\b|[;:\"“”]")


def after_apposition(text: str, cue: int, seg: tuple[int, int], a: int) -> bool:
    if a <= seg[1] or a - seg[1] > 160 or not _DATE_OPENS.search(text, seg[1], a):
        return False
    between = text[seg[1]:text.rfind(",", seg[1], a)]
    if _WHO_APPOSED.fullmatch(between) and _VENUE_OPENS.match(text, seg[1] + len(between)):
        # "met Abe, who has sought closer ties with Manila, on the sidelines of a summit on
        # Wednesday": a relative clause on the object, closed, then where the verb's act took
        # place and when (a bare ", on Monday" after "who arrived from Moscow" may be his)
        return True
    if a - seg[1] > 80:
        return False
    # ("signed the treaty, called the Falepili Union, on Thursday": a name given, no clause)
    return between.count(",") <= 1 and not _CLAUSE_WORD.search(
        _NAMING.sub("", between, count=1))


_VENUE_OPENS = re.compile(r",\s*(?:on\s+the\s+sidelines\s+of|at|in)\s+(?:the|a|an)\b")
_WHO_APPOSED = re.compile(r",\s*(?:who|which)\b[^,;:\"“”]*")
_NAMING = re.compile(r"^,\s*(?:called|dubbed|named|known as|codenamed|titled)\b")

# a clause comma, not one inside a number ("the 9,000-page plan")
# (not the commas of a list of nouns: "signed a treaty of friendship, alliance and mutual
# assistance in the Kremlin yesterday" is one clause)
_COMMA = re.compile(r"(?:,(?!\d)|(?<!\d),)(?!\s+(?:(?!then\b|later\b|while\b|when\b|"
                    r"before\b|after\b|who\b|which\b)[a-z][a-z-]*(?<!ed)\s+){1,2}(?:and|or)\s+"
                    r"(?!(?:then|later|on|in|at|said|says|told|was|were|is|are|has|have|had)\b)"
                    r"[a-z][a-z-]*(?<!ed)\s+(?![a-z]+ed\b)[a-z])"
                    # (nor those of a list of names: "accused France, Spain, Portugal and Italy
                    # on Wednesday of")
                    r"(?!\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*){0,2}"
                    r"(?:,|\s+(?:and|or)\s+(?-i:[A-ZÀ-Ž])))")


def segment(text: str, pos: int) -> tuple[int, int]:
    before = [m.start() for m in _COMMA.finditer(text, 0, pos)]
    a = before[-1] + 1 if before else 0
    nxt = _COMMA.search(text, pos)
    return a, (len(text) if nxt is None else nxt.start())
