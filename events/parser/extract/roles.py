"""Who does what in one sentence: coordinated subjects, the speaker of reported speech and the
span of what they said, and the mention an act is aimed at (the subject left of a cue is
`left_subject`; what a sentence's acts leave in the article's memory is `memory.remember`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import act_words as W
from . import cues as C
from . import names as N
from .actors import Mention
from .coordination import PREP_BEFORE, coordinated
from .left_subject import left_subject
from .quotes import QuoteMask

_CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")
# "After a meeting with Blair, Clinton said the talks went well": an opening phrase, not
# words said before an inverted attribution.
_OPENING_PHRASE = re.compile(r"^\W*(?:After|Following|During|At|Before|Ahead of|"
                             r"On the sidelines of|Speaking|Asked|Earlier|Later|On \w+day)\b"
                             r"(?:[^,;:\"“”`'’]|['’]s\b){0,160},$")
# The subject of "said" is a source of no state: "..., diplomats said", "..., several defence
# analysts argued", "..., a former State Department analyst wrote".
_NOT_SAID = re.compile(r"\b(?:not|never|n't)\s+(?:yet\s+|publicly\s+|immediately\s+)?$|"
                       r"\b(?:declined|refused)\s+to\s+$", re.IGNORECASE)
_UNAFFILIATED_SUBJECT = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}?(?:diplomats?|analysts?|sources?|experts?|observers|people|"
    r"residents|witnesses|critics|commentators|lawyers|scholars|historians|economists|"
    r"officials)(?:\s+(?:familiar|close|with|in|at|from|of)\b[^,]{0,40})?\s+$", re.IGNORECASE)
# "The agency quoted Deputy Prime Minister Tariq Aziz as saying...": Aziz is the speaker.
_QUOTED_AS = re.compile(r"\s+(?:[^,;.]{2,80}?)\s+as\s+(?:say(?:ing|s)|telling)\b")
_ISSUED_SAYING = re.compile(r"\b(?:issued|released|put out|published|sent|read out|"
                            r"circulated)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:statement|communiqu[eé]|declaration|letter|message|note)\s+$")
_AS_SAYING = re.compile(r"\s+as\s+$")
_WAS_QUOTED = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+quoted\b")
_PASSIVE_AND = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;.]{0,80}?\band\s+$")
_DATA_AFTER = re.compile(r"\s+(?:figures|data|statistics|estimates|census|polls?|surveys?)\b")
_AND = re.compile(r"\band\b|&")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_TAIL = re.compile(r"\s*(?:on|in|at|during|after|before|,|\.|according|adding|$)",
                   re.IGNORECASE)
# (a short noun phrase, not a clause: "The German chancellor and the Belarusian leader spoke
# by phone for an hour, Merkel's spokesperson, Steffen Seibert, said" is content first)
# "A spokesman for the ministry, X, said", "Russia's ambassador in Washington, X, said"
# after an attribution set inside the words: a clause going on with them (not "saying...",
# "as...", "who...": the attribution's own)
_GOES_ON = re.compile(r"(?:\s+[^,;\"“”]{1,60}?)?"
                      r",\s+(?:and\s+)?(?!(?:saying|adding|noting|stressing|warning|arguing|while|"
                      r"when|as|because|since|although|though|who|whom|which|after|before|but|"
                      r"according)\b)[\"“]?(?:the\s+|an?\s+|its\s+|his\s+|her\s+|their\s+)?"
                      r"(?:[\w'’-]+\s+){0,8}?[\"“]?(?:will|would|could|should|must|can|is|are|"
                      r"was|were|"
                      r"has|have|had|provides?|calls?|[a-z]+(?:ed|s))\b")
_LEAD_NP = re.compile(r"^\W*(?:(?:an?|the)\s|(?-i:[A-ZÀ-Ž])[\w.-]*(?:'s|’s)\s)[^,]{0,60},$",
                      re.IGNORECASE)
_THAT = re.compile(r",?\s+that\s+")
_PP_AFTER = re.compile(r"\s+(?:in|on|at|to|during|after|before|by|through|from|via|reporters|"
                       r"journalists|the press|a news conference)\b", re.IGNORECASE)
_DIRECTIVE = re.compile(r"\b(?:demand\w*|urg\w+|ask\w*|call\w* on|press\w*|insist\w*|want\w*)"
                        r"\b[^.;]*$")
_THE_END = re.compile(r"\b(?:the|a|an|Mr\.|Mrs\.|Ms\.|Dr\.)$")
# the post of someone else's aide, after a comma: ", Chancellor Angela Merkel's spokesman"
_WHOSE_POST = re.compile(r",[\"”'’]*\s+(?:the\s+)?(?:[A-ZÀ-Ž][\w.'’-]*\s+){1,5}?[A-ZÀ-Ž][\w.-]*"
                         r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aide|"
                         r"adviser|envoy|ambassador|representative|secretary|deputy|minister)$")
_POST_FOR = re.compile(r",[\"”'’]*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:spokes(?:man|woman|person)|"
                       r"officials?|source|minister|envoy|ambassador|representative|aide|"
                       r"adviser)\s+(?:for|of|in|at|to)(?:\s+the)?$")
# "..., said Gerard Rice", "``...'' said Rice": an inverted attribution follows the content.
_INVERTED_BEFORE = re.compile(r"[,\"”'’]\s*$")
_UNNAMED_GAP = re.compile(r"\s+(?:an?|one|the)\s+(?:(?:senior|top|high-ranking|ranking|"
                          r"government|foreign ministry)\s+)*")
_UNNAMED_END = re.compile(r"\s+(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?|"
                          r"envoys?|negotiators?)\b(?=\s*(?:[,.;]|$|who\b|speaking\b|in\b|at\b|"
                          r"on\b|familiar\b|close\b))")
_INVERTED_END = re.compile(r"\s*(?:''|[,.;:!?\"”)]|$|(?:\s+(?:of|in|at|on|to|for|told|says|"
                           r"said|added|adding)\b))")
_AND_VERB = re.compile(r"(?:\band|\bbut)\s+(?:also\s+|later\s+|then\s+)?$")
# Whom an act is aimed at is named in the verb's own phrase, before the next comma.
# (also before "in a statement" after the verb: "X, which ..., said in a statement")
_PLACED_IN = re.compile(r"\s+(?:[\w.-]+\s+){0,2}(?:in|at)\s+")


def _whose_state(head: Mention, mentions: list[Mention], text: str, offset: int) -> Mention:
    """"Nazarbayev of Kazakhstan, who was host to the meeting, said": the person the state
    only qualifies, not the state."""
    if head.ref.kind == "person":
        return head
    placed = [x for x in mentions if x.end <= head.start
              and _PLACED_IN.fullmatch(text, x.end - offset, head.start - offset)]
    if placed:
        return placed[-1]  # "A US official in Doha, who spoke on condition...": the US's
    person = [x for x in mentions if x.end <= head.start and x.ref.kind == "person"
              and N.OF_GAP.fullmatch(text, x.end - offset, head.start - offset)]
    return person[-1] if person else head


_REL_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,;]*,\s*(?:(?:said|says|stated)\s+)?$")
_WHO_SAYS = re.compile(r",\s+who\s+(?:(?:later|also|then|had|has|\w+ly)\s+)?$")


# A sentence's cues are asked for up to three times; a tiny cache (thread-safe) finds them once.
all_cues = lru_cache(maxsize=8)(C.find_cues)


def speech_cues(text: str, quoted: QuoteMask):
    for cue, m in all_cues(text):
        if cue.speech and not quoted[m.start()]:
            yield m


@lru_cache(maxsize=8)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    if ";" not in text and ":" not in text and "while" not in text and "but" not in text \
            and "whereas" not in text:
        return ()  # most sentences: a substring test is far cheaper than the regex scan
    return tuple(m.span() for m in _CLAUSE_BREAK.finditer(text))


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts (after ";", ":", "while", "but", "whereas")."""
    last = 0
    for a, b in _clause_breaks(text):
        if b > pos:
            break
        last = b
    return last



_LOWER_WORDS = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,3}\s+")
_POST_WORD = re.compile(rf"{N.POST_NOUNS}\b", re.I)


def _main_subject(mentions: list[Mention], text: str, offset: int, pos: int) -> Mention | None:
    for i, x in enumerate(mentions):
        if x.end - offset > pos:
            return None
        if PREP_BEFORE.search(text[max(0, x.start - offset - 25):x.start - offset]):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (x.ref.kind != "person" and nxt is not None and nxt.ref.kind == "person"
                and nxt.how == "title" and nxt.start - x.end < 50
                and (text.startswith(("'s ", "’s "), x.end - offset)
                     or (_LOWER_WORDS.fullmatch(text, x.end - offset, nxt.start - offset)
                         and _POST_WORD.match(text, nxt.start - offset)))):
            # "Kosovo's ethnic Albanian leader, Ibrahim Rugova, ... but said", "EU foreign
            # policy chief Federica Mogherini rejected ..., saying": whose, not who
            continue
        return x
    return None


_ITS_OFFICE = re.compile(r",\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|office|"
                         r"embassy|mission|cabinet|spokes(?:man|woman|person)|presidency|"
                         r"military|army|leadership)\s+$")


def speakers_of(text: str, offset: int, quoted: QuoteMask, mentions: list[Mention]):
    """(verb match, speaker mention, complement (lo, hi)) for each attribution."""
    out = []
    for v in speech_cues(text, quoted):
        verb = v.group().lower()
        if verb in ("say", "tell", "state") and _DIRECTIVE.search(text, max(0, v.start() - 60),
                                                               v.start()):
            continue  # "demanded that Washington say clearly...": not an attribution
        if _NOT_SAID.search(text, max(0, v.start() - 30), v.start()):
            continue  # "Khamenei has not yet commented", "declined to comment": nothing said
        if verb in ("told", "informed") and _PASSIVE_AND.search(text, max(0, v.start() - 120),
                                                                v.start()):
            continue  # "the ambassador was summoned ... and told of the decision": the hearer
        after = [m for m in mentions if m.start - offset >= v.end()]
        if verb == "according to":
            if after and _DATA_AFTER.match(text, after[0].end - offset):
                continue  # "according to World Bank figures": data, no one's statement
            if after and after[0].start - offset - v.end() < 12:
                if not text[:v.start()].strip(" \"“'`(") and (
                        comma := text.find(",", after[0].end - offset)) > 0:
                    # "According to the State Department, Pompeo expressed appreciation...":
                    # what the source tells comes after it
                    out.append((v, after[0], (comma + 1, len(text))))
                else:
                    out.append((v, after[0], (0, v.start())))
            continue
        if verb == "quoted" and _QUOTED_AS.match(text, v.end()):
            continue  # "INA quoted Aziz as saying...": Aziz speaks, the agency only relays
        if verb in ("saying", "telling") and (qa := _AS_SAYING.search(text, max(0, v.start() - 12),
                                                        v.start())):
            who = [x for x in mentions if x.end - offset <= qa.start()
                   and x.start - offset >= v.start() - 100]
            if wq := _WAS_QUOTED.search(text, max(0, v.start() - 100), qa.start()):
                # "Brezhnev was quoted by American officials as telling Carter": the one
                # quoted speaks, not those who relay him
                who = [x for x in who if x.end - offset <= wq.start()] or who
            if who:
                out.append((v, who[-1], (v.end(), len(text))))
                continue
        if verb == "saying" and _ISSUED_SAYING.search(text, max(0, v.start() - 60), v.start()):
            # "Netanyahu's office issued a statement saying...": who issued it says it.
            sp = _main_subject(mentions, text, offset, v.start())
            if sp is not None:
                out.append((v, sp, (v.end(), len(text))))
            continue
        if verb in ("saying", "adding", "telling") and text[:v.start()].rstrip().rstrip(
                "\"”'’").endswith(","):
            # "Vucic refused to meet Kurti, saying...", 'branded the sanctions "exaggerated,"
            # saying...': the main subject says it.
            sp = _main_subject(mentions, text, offset, v.start())
            if sp is not None:
                out.append((v, sp, (v.end(), len(text))))
            continue
        lo = clause_start(text, v.start())
        sp = left_subject(mentions, text, offset, lo, v.start())
        rel = _REL_CLAUSE.search(text, 0, v.start())
        if rel:  # "Takaichi, who met Trump in Tokyo, said": the subject before "who"
            before_rel = [x for x in mentions if 0 <= rel.start() - (x.end - offset) <= 1]
            sp = _whose_state(before_rel[-1], mentions, text, offset) if before_rel else sp
        elif who := _WHO_SAYS.search(text, max(0, v.start() - 12), v.start()):
            # "Abe held talks with Rouhani, who told a news conference that...": the one the
            # relative clause hangs on speaks, even as the object of "with"
            head = [x for x in mentions if 0 <= who.start() - (x.end - offset) <= 1
                    and x.how != "pronoun"]
            sp = head[-1] if head else sp
        if (sp is not None and _ITS_OFFICE.search(text, max(0, v.start() - 50), v.start())
                and (main := _main_subject(mentions, text, offset, v.start())) is not None
                and main.ref.kind in ("state", "organisation", "group")):
            # "Ethiopia will not sign a draft prepared by the World Bank, its foreign ministry
            # said": the office is the main subject's, not the last body named
            sp = main
        if sp is not None and _UNAFFILIATED_SUBJECT.search(text, sp.end - offset, v.start()):
            sp = None  # "Iran will vote on Thursday, diplomats said": no one's statement
        if sp is not None and v.start() - (sp.end - offset) > 60 and not (
                text[sp.end - offset:sp.end - offset + 2] == ", "
                and text[:v.start()].rstrip().endswith(",")
                and v.start() - (sp.end - offset) < 160):
            sp = None
        if _AND_VERB.search(text, max(0, v.start() - 30), v.start()):
            # "X did not rule out a meeting but said...": the main subject speaks again (and
            # "Carter praised both men ... and said": not the two he praised)
            sp = _main_subject(mentions, text, offset, v.start()) or sp
            if W.SOURCE_SUBJECT.match(text):
                sp = None  # "Diplomats said ..., but warned that...": they speak for no one
        if (sp is None and after and after[0].start - offset - v.end() < 6
                and _INVERTED_BEFORE.search(text, max(0, v.start() - 8), v.start())
                and _INVERTED_END.match(text, after[0].end - offset)):
            # "..., said Gerard Rice" (not "The newspaper, ..., said Peru had...": a clause)
            sp = after[0]
        elif (sp is None and after and after[0].ref.kind == "state"
              and _INVERTED_BEFORE.search(text, max(0, v.start() - 8), v.start())
              and _UNNAMED_GAP.fullmatch(text, v.end(), after[0].start - offset)
              and _UNNAMED_END.match(text, after[0].end - offset)):
            # '"...," said a senior Turkish official who asked not to be named': the state
            sp = after[0]
        if sp is None or (sp.ref.kind == "person" and not sp.ref.country and (
                W.THINK_TANK.match(text, sp.end - offset)
                or W.UNAFFILIATED.match(text, sp.end - offset))):
            # "said Michael Shifter of the Inter-American Dialogue": no one's act (ANNOTATING)
            continue
        sp_a = sp.start - offset
        group = coordinated(mentions, sp, text, offset) if sp_a < v.start() else [sp]
        if (len(group) > 1 and group[-2].start != sp.start
                and not _AND.search(text, group[-2].end - offset, sp_a)):
            group = [sp]  # "...to visit Baghdad, Gremitskikh said": a list ends with "and"
        head_at = group[0].start
        for x in reversed([x for x in mentions if x.end <= head_at]):
            # "the U.S. State Department said": one name in two mentions
            if x.ref.name != group[0].ref.name or text[x.end - offset:head_at - offset].strip():
                break
            head_at = x.start
        before = text[:head_at - offset].rstrip()
        if (art := _THE_END.search(before, max(0, len(before) - 5))):
            before = before[:art.start()].rstrip()  # "..., the spokesman said", "..., a source"
        elif (post := _POST_FOR.search(before, max(0, len(before) - 60))):
            before = before[:post.start() + 1]  # "..., a spokesman for Iran's armed forces said"
        elif (whose := _WHOSE_POST.search(before, max(0, len(before) - 80))):
            # "..., Chancellor Angela Merkel's spokesman Steffen Seibert said"
            before = before[:whose.start() + 1]
        elif (group[0].how == "title" and v.start() - (sp.end - offset) <= 2
              and (post := _LOWER_POST.search(before, max(0, len(before) - 60)))):
            # "..., presidential adviser Mykhailo Podolyak said": lower-case words of the post
            # before the title the mention starts with
            before = before[:post.start() + 1]
        tail = text[v.end():]
        if (told := _TOLD_WHOM.match(tail)) and v.group().lower() in ("told", "tells"):
            tail = tail[told.end():]  # "..., Mr. Xi told his guest, according to a readout"
        # "A spokesman for the ministry, Gennady Tarasov, said Moscow...": an apposition
        # between commas is the subject, not an inverted attribution.
        appositive = (text[sp.end - offset:v.start()].strip() == ","
                      and _LEAD_NP.match(before) is not None)
        inverted = (before and before[-1] in ",\"”'" and len(before.split()) >= 4
                    and not appositive and not _OPENING_PHRASE.match(before)
                    # "..., and the foreign minister, Ali Alatas, has said Jakarta...": the
                    # subject of a clause of its own, not an attribution after the content
                    and not _AND_SUBJECT.search(before)
                    and (len(tail.split()) <= 8 or _TAIL.match(tail)))
        if (sp_a > v.start() or inverted or (before and before[-1] in ",\"”'"
                                            and not appositive)) and _GOES_ON.match(tail):
            # "Under his plan, President Arias told reporters, each government would have...",
            # "If the regime goes on, Borrell told reporters, the bloc will respond": an
            # attribution set inside what was said; the words on both sides are its
            span = (0, len(text))
        elif sp_a > v.start() or inverted:
            span = (0, min(sp_a, v.start()))  # inverted: content first
        else:
            # "said in a statement released by his spokesman, X, that he was ready": what
            # was said starts after "that".
            th = (_THAT.search(text, v.end(), min(len(text), v.end() + 120))
                  if _PP_AFTER.match(text, v.end()) else None)
            # A semicolon ends what was said: "Iraq said A; Britain called it B"; so does a
            # clause of the narrator's own, its subject named and its verb in the simple past
            # ("announced the tariffs on May 16, and Japan rejected them the following day")
            semi = text.find(";", v.end())
            own = _OWN_CLAUSE.search(text, v.end())
            end = min(semi if semi > 0 else len(text), own.start() if own else len(text))
            span = (th.end() if th else v.end(), end)
            if _IN_ASIDE.search(text, 0, v.start()) and (
                    close := text.find(",", v.end())) > 0:
                # "Biden, who announced the breakthrough on Oct. 11, hailed ...": what the
                # relative clause says ends with it
                span = (span[0], min(span[1], close))
        out.append((v, sp, span))
        if len(group) > 1:
            # "Britain and France said...": each state joined to the subject says it too.
            seen = {sp.ref.name}
            for co in group[:-1]:
                if co.ref.name not in seen and co.how != "pronoun":
                    seen.add(co.ref.name)
                    out.append((v, co, span))
    return out


_OWN_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w.'’-]*"
                         r"(?:\s+(?-i:[A-ZÀ-Ž])[\w.'’-]*){0,3}\s+(?:(?!had\b|was\b|were\b)"
                         r"[a-z]+ed|met|held|sent|made|gave|took|struck|broke|sought|led)\b")
_TOLD_WHOM = re.compile(r"\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:guests?|visitors?|"
                        r"counterparts?|hosts?|audience|crowd|parliament|assembly|summit|"
                        r"conference|meeting|rally|gathering|delegates|lawmakers|legislators)"
                        r"(?=\s*[,.]|\s+(?:on|in|at|during|after|according)\b)")
_LOWER_POST = re.compile(r",[\"”'’]*\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*)"
                         r"(?:\s+(?-i:[a-z])[\w-]*){0,2}$")
_IN_ASIDE = re.compile(r",\s+(?:who|which)\s+(?:[\w'’-]+\s+){0,3}$")
_AND_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}"
                          r"[\w'’.-]+,$")


def pp_sides(mentions: list[Mention], text: str, offset: int, pos: int):
    """The subject and the object of the clause a "in a phone call" phrase ends."""
    before = [x for x in mentions if x.end - offset <= pos and x.how != "pronoun"
              and not PREP_BEFORE.search(text[max(0, x.start - offset - 25):x.start - offset])]
    if len(before) < 2 or before[0].ref.name == before[-1].ref.name:
        return None
    return before[0], before[-1]
