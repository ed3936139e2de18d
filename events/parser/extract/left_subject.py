"""The subject of a cue: the nearest name left of it that is not an object, past appositions
("Massad Boulos, the senior U.S. adviser for Africa, said"), asides, prepositions and
possessives, and a body named before the members it lists.
"""
from __future__ import annotations

import re

from . import name_refs as R
from .actors import Mention
from .coordination import _COORD_GAP, PREP_BEFORE, PREPOSITIONS
from .data import OUTLETS

# "Jordan's official Petra news agency", "Myanmar's state-run New Light of Myanmar newspaper",
# "Ethiopia's state broadcaster": the state's own voice (the name between is the outlet's)
_MEDIA = (r"(?:official|semi-official|state|state-run|state-owned|state-controlled|"
          r"government-run|government-owned|government-controlled)\s+"
          r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:of\s+)?){0,4}" + OUTLETS)
_MEDIA_OF = re.compile(r"(?:'s|’s)\s+" + _MEDIA + r"\b", re.IGNORECASE)
_POSS_GROUP = re.compile(r"(?:'s|’s)\s+(?:\w+\s+){0,2}?(?:foreign ministry|ministry|government|"
                         r"officials?|spokes(?:man|woman|person)|embassy|(?:presidential )?office|"
                         + _MEDIA + "|"
                         r"leadership|administration|mission|delegation|cabinet|"
                         r"parliament|legislature|senate|congress|presidency|negotiators|"
                         # ("Russia's State Duma on Friday ratified the treaty")
                         r"duma|knesset|bundestag|sejm|rada|majlis|storting|national assembly|"
                         r"negotiating team|"
                         r"army|military|armed forces|coast guard|navy|junta|regime|"
                         # "Saddam's message called for...": the sender's act
                         r"message|letter|statement|communiqu[eé]|note)\b", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:]|\bthat|\band|\bbut|\bsaid|\bsays)\W*$")
# (also a relative clause: "China, which regards Taiwan as its own, imposed...")
_APPOSITION_SRC = (r",\s+(?:the|a|an|his|her|its|their|which|who|whose|one of|among|"
                   # ("Henry Kissinger, President Nixon's national security adviser, met")
                   r"(?:[A-ZÀ-Ž][\w.]*\s+){0,3}[A-ZÀ-Ž][\w.]*(?:'s|’s)|"
                   r"[a-z]+ing|"
                   # "Jacques Delors, president of the European Commission, praised"
                   # (capitalised too: "Taraki, President of the Revolutionary Council,")
                   # ("Wladyslaw Gomulka, First Secretary of the Central Committee of...,")
                   # ("Chou En-lai, Premier and Foreign Minister of Communist China, said")
                   r"(?:(?i:premier|president|prime minister|chairman|minister)\s+and\s+)?"
                   r"(?:(?-i:[a-z])[\w-]*\s+|(?i:first|deputy|vice|acting|executive|"
                   r"permanent|foreign|defen[cs]e|prime|interior|finance)\s+){0,2}?"
                   r"(?i:president|premier|chairman|chairwoman|head|"
                   r"leader|chief|secretary[- ]general|general secretary|secretary|minister|director|"
                   r"commissioner|governor|ambassador|envoy|spokes(?:man|woman|person))\s+"
                   r"(?:of|for))"
                   r"\s"
                   r"[^,;]{0,140},"
                   # a second apposition, of the first's last name: "..., minister for
                   # the Pacific in Australia, the islands' main security partner, flew"
                   r"(?:\s+(?:the|a|an)\s[^,;]{0,80},)?"
                   # ("Taylor, whose Front controls most of the country, has rejected")
                   r"\s*(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+|(?:on )?\w+day\s+|now\s+|"
                   r"later\s+|"
                   r"(?:last|this) (?:week|month|year|night)\s+|earlier\s+|today\s+)?$")
_APPOSITION = re.compile(_APPOSITION_SRC)
# ... and a relative clause on the apposition's post: "Kofi Annan, the U.N. secretary-general,
# who returned from Baghdad on Sunday, told reporters" (tried when the first finds no name)
_APPOSITION_REL = re.compile(_APPOSITION_SRC.replace(r"(?:\s+(?:the|a|an)\s",
                                                     r"(?:\s+(?:the|a|an|who|which)\s"))
_REL_WORD = re.compile(r",\s+(?:who|which)\s")
_POST_ASIDE = re.compile(r",\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:vice[- ]|deputy\s+)?"
                         r"(?:president|chairman|"
                         r"chairwoman|head|leader|chief|secretary[- ]general|commander|founder|"
                         # ("Saddam Hussein, vice-chairman of Iraq's Revolutionary Command
                         # Council,", "Khrushchev, First Secretary of the Soviet Communist Party,")
                         r"(?:first\s+|general\s+)?secretary|"
                         r"(?:foreign\s+|prime\s+)?minister|ambassador|envoy|representative|"
                         r"delegate|member|director(?:[- ]general)?|governor|premier|"
                         r"spokes(?:man|woman|person))\s+of\s[^,;]{0,140},", re.IGNORECASE)
_A_ASIDE = re.compile(r",\s+an?\s[^,;]{1,60},")
_OTHER_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?:[\w'’-]+\s+){0,2}(?:officials|"
                            r"diplomats|analysts|sources|experts|observers|critics|lawmakers)"
                            r"\s+(?:\w+\s+){0,2}$")
_PART_ASIDE = re.compile(r",\s+(?:[a-z]+ing\s[^,;]{0,100}|[a-z]+ed by\s[^,;]{0,100}|"
                         # ("Bulganin, in a message to Sir Anthony Eden, warned", "Rouhani, in
                         # an interview with NBC's Ann Curry, said", "Carter, in a State of the
                         # Union address aimed at Brezhnev's Soviet Union, warned")
                         r"(?:in|during)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:message|letter|note|cable|telegram|reply|interview|address|speech|"
                         r"broadcast)\s[^,;]{0,120}|"
                         # (", where she met Greenland's premier, Kim Kielsen, had called":
                         # the name apposed inside the clause is the clause's)
                         # ("The Arab League, of which Djibouti is a member, condemned")
                         # ("Ivory Coast, through which Taylor's fighters entered Liberia,")
                         r"(?:(?:of|in|to|for|through|from|with) which\s|of whom\s)[^,;]{0,100}|"
                         r"(?:which|who|where)\s[^,;]{0,160}(?:,\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*"
                         r"(?:\s+(?-i:[A-ZÀ-Ž])[\w'’.-]*){0,3})?),")
# "the nation of Bangladesh said", "the government of Iraq": the name after "of" is the subject.
_HEAD_OF = re.compile(r"\b(?:(?:nation|country|kingdom|government|state|emirate|republic|"
                      r"people|leaders?|leadership|president|king|prime minister|foreign minister|"
                      # ("the office of President Ramaphosa said", not "chairman-in-office of")
                      r"ministers|(?<!-)office|"
                      # "The board of governors of the International Atomic Energy Agency
                      # demanded": the body's own organ acts for it
                      r"board(?: of governors)?|(?:permanent |governing )?council|"
                      r"(?:founding |summit )?conference|summit|secretariat|"
                      r"(?:central |executive |political |standing )?committee|member states)"
                      r"\s+of|"
                      # "a spokesman for the Israeli prime minister", "officials in Beijing"
                      r"(?:spokes(?:man|woman|person|men)|representatives?|envoys?|delegates?|"
                      # "experts from the two sides met", "delegations from the two countries"
                      r"experts|delegations?|teams|commanders|"
                      # ("A spokesman at the Quai d'Orsay said")
                      r"negotiators?|aides?)\s+(?:of|for|from)|spokes(?:man|woman|person)\s+at|"
                      r"officials?\s+(?:of|for|from|at|in))"
                      r"\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_OFFICIALS_IN = re.compile(r"\b(?!(?:Some|Senior|Top|Other|Several|Many|Most|Few|Two|Three|"
                               r"Government|Ministry|Military|Security|Defen[cs]e|Foreign|Local|"
                               r"Provincial|Regional|State|Party|Embassy|Administration)\b)"
                               r"(?-i:[A-ZÀ-Ž])[\w.'’-]*\s+(?:government\s+)?officials?\s+"
                               r"(?:in|at)\s+(?:the\s+)?$")
# "Mr. Khrushchev, at a Kremlin reception last night, praised": a state or body named as the
# modifier of an indefinite or possessed noun after a preposition ("at his Jerusalem office")
# is not the subject (a person's name there, "Australians for a Constitutional Monarchy
# executive director Kerry Jones", may well be)
_PREP_A = re.compile(r"\b(?:" + PREPOSITIONS + r"|during|after)\s+an?\s+$", re.IGNORECASE)
_PREP_POSS = re.compile(r"\b(?:" + PREPOSITIONS + r"|during|after)\s+(?:his|her|its|their)\s+$",
                        re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?:office|offices|headquarters|residence|home|palace|embassy|"
                        r"consulate|villa|hotel|compound|mission|bureau)\b")
_LED_BY = re.compile(r"\b(?:(?:delegation|team|mission|contingent) (?:led|headed) by|"
                     # "A government statement broadcast by Baghdad Radio accused London":
                     # whose statement it is
                     r"(?:statement|communiqu[eé]|declaration|message|note|letter) (?:issued|"
                     r"broadcast|carried|released|published|read(?: out)?|distributed) by)"
                     r"\s+(?:the\s+)?$")


def post_holder(mentions: list[Mention], m: Mention, text: str, offset: int) -> Mention | None:
    """The mention right before `m` when " of " joins them ("King Harald of Norway", "President
    Kenneth Kaunda of Zambia"): whose post `m` names; else None."""
    i = mentions.index(m)
    if i and text[mentions[i - 1].end - offset:m.start - offset] == " of ":
        return mentions[i - 1]
    return None


def left_subject(mentions: list[Mention], text: str, offset: int, lo: int, pos: int
                  ) -> Mention | None:
    """The nearest mention before `pos` (relative) and after `lo` that is not an object."""
    for apposition in (_APPOSITION, _APPOSITION_REL):
        if apposition is _APPOSITION_REL and not _REL_WORD.search(text, lo, pos):
            break  # (the second only differs where a relative clause follows the post)
        ap = apposition.search(text, lo, pos)
        if ap is not None:
            # "Massad Boulos, the senior U.S. adviser for Africa, said": the name before the
            # apposition is the subject, not a name inside it.
            head = [m for m in mentions if 0 <= ap.start() - (m.end - offset) <= 1
                    and m.start - offset >= lo]
            if head and not head[-1].possessive:
                h = head[-1]
                if (h.ref.kind != "person" and apposition is _APPOSITION
                        and text.startswith(", who ", ap.start())):
                    # "Kim, president of the Korean Olympic Committee, who led the delegation,
                    # proposed": "who" is said of a person, so of the name before the post
                    continue
                holder = post_holder(mentions, h, text, offset)
                # "President Kenneth Kaunda of Zambia, who ..., called": the person, not the
                # state his post is of
                if holder is not None and holder.ref.kind == "person" and h.ref.kind == "state":
                    return holder
                a = h.start - offset
                if not (h.ref.kind != "person" and PREP_BEFORE.search(text, max(0, a - 25), a)
                        and not _HEAD_OF.search(text, max(0, a - 40), a)):
                    return h
                # ("Muzorewa, chairman of the African National Council, which led the
                # campaign, said", "Residents of San Vicente, the largest town, said": a body
                # or a place after a preposition is no subject, apposed or not)
    # "Iraq's Saddam Hussein, facing U.S. and Arab troops at the border, today sought...",
    # "Libya, which brought the case in its dispute with Britain, hailed the ruling": names
    # inside a participial or relative aside are not the subject.
    asides = [(x.start(), x.end()) for x in _PART_ASIDE.finditer(text, lo, pos)]
    # "Prabhakaran, leader of the Liberation Tigers, ..., was flown to New Delhi for talks":
    # the body a person's post is of, in an apposition after him, is not the subject
    # ... nor a place in one that says who he is ("Senator Henry Jackson, a Washington
    # Democrat, has criticised")
    asides += [(x.start(), x.end()) for aside in (_POST_ASIDE, _A_ASIDE)
               for x in aside.finditer(text, lo, pos)
               if any(m.ref.kind == "person" and m.end - offset == x.start() for m in mentions)]
    # ("the North's official Korean Central News Agency warned": no named owner, the outlet)
    asides += [(x.start(), x.end()) for x in _MEDIA_OF.finditer(text, lo, pos)
               if any(m.possessive and m.end - offset == x.start() for m in mentions)]
    for m in reversed(mentions):
        a = m.start - offset
        if a < lo or m.end - offset > pos:
            continue
        if asides and any(s < a < e for s, e in asides):
            continue
        if (PREP_BEFORE.search(text[max(0, a - 25):a]) and m.how != "pronoun"
                and not (_HEAD_OF.search(text, max(0, a - 40), a)
                         # ("French officials in Algiers said": whose they are is said first)
                         and not _OWN_OFFICIALS_IN.search(text, max(0, a - 50), a))
                # "A North Korean delegation led by Kim Kye-gwan held talks": he leads it
                and not _LED_BY.search(text, max(0, a - 40), a)):
            continue
        if m.ref.kind != "person" and (_PREP_A.search(text, max(0, a - 25), a) or (
                _PREP_POSS.search(text, max(0, a - 25), a)
                and _NOUN_NEXT.match(text, m.end - offset))):
            continue
        if m.possessive and not _POSS_GROUP.match(text, m.end - offset) and not (
                R.POSS_ROLE.match(text, m.end - offset)
                and _CLAUSE_OPEN.search(text, max(0, m.start - offset - 8), m.start - offset)):
            continue
        if _OTHER_SUBJECT.search(text, m.end - offset, pos):
            return None  # "..., and Western officials have pressed for": their own subject
        if members := _members_listed(mentions, m, text, offset):
            # "The Contadora Group of Mexico, Colombia, Venezuela and Panama ... issued": the
            # body, named before its members
            body = [x for x in mentions if x.end <= members[0].start and x.start - offset >= lo]
            return body[-1] if body else None
        return m
    return None


def _members_listed(mentions: list[Mention], m: Mention, text: str, offset: int) -> list:
    """The list of names `m` ends, when it began after "<Body> of": a body's members."""
    i = mentions.index(m)
    while i > 0:
        prev = mentions[i - 1]
        if not _COORD_GAP.match(text[prev.end - offset:mentions[i].start - offset]):
            return []
        i -= 1
        if _BODY_OF_MEMBERS.search(text, max(0, prev.start - offset - 40), prev.start - offset):
            return mentions[i:mentions.index(m) + 1]
    return []


# "the Contadora Group of", "the Gulf Cooperation Council of" (not "Presidents Kuchma of")
_BODY_OF_MEMBERS = re.compile(r"(?-i:[A-ZÀ-Ž])\w*\s+"
                              r"(?-i:Group|Union|Alliance|Organi[sz]ation|Council|"
                              r"Community|League|Bloc|Forum|Coalition|Quartet)\s+of\s+$")

