"""Coordinated subjects: "X, Y and Z voted", "Colombia's government and Marxist FARC rebels
signed", "Delegations from Israel, Syria, Lebanon and Egypt faced each other", with the names
that only qualify another (an affiliation, a post's body, an acronym) left out. Split from
`roles.py`, which finds the subject these are joined to."""
from __future__ import annotations

import re

from . import name_refs as R
from . import names as N
from .actors import Mention

# "Reports attributed to the Japanese foreign ministry said": the source is the subject.
PREPOSITIONS = (r"with|to|of|for|against|on|from|between|about|in|at|into|toward|towards|over|"
                r"by|than|via|through")
# ("the six-nation Contact Group on former Yugoslavia imposed": "former" changes nothing)
PREP_BEFORE = re.compile(r"\b(?<!attributed )(?:" + PREPOSITIONS + r")\s+(?:the\s+)?"
                         # ("at Leskovac, in southern Serbia, Marshal Tito warned")
                         r"(?:former\s+|(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|"
                         r"western|central)\s+)?$", re.IGNORECASE)
# "The foreign ministers of Peru and Ecuador met", "Delegations from Israel, Syria, Lebanon
# and Egypt faced each other": the states the plural subject names (or that sent it) act.
_PLURAL_OF = re.compile(r"\b(?:(?:ministers|leaders|rulers|juntas|presidents|"
                        r"heads of (?:state|government)|"
                        r"governments|delegations|representatives|envoys|officials|negotiators|"
                        r"diplomats|prime ministers|premiers|chiefs)\s+of|(?:delegations|"
                        r"delegates|representatives|envoys|negotiators|teams)\s+(?:from|of))"
                        r"\s+(?:the\s+)?$", re.I)
_COORD_GAP = re.compile(r"^\s*(?:,|and|, and|&)\s*(?:the\s+|(?:his|her|its|their)\s+|"
                        # ("Cyrus Vance and Lord Owen unveiled", "Colonel Caamano and Colonel
                        # Benoit", "Mr. Scheel and Herr Bahr"): a style or rank
                        rf"(?-i:{N.STYLE_WORDS}|Colonel|General|Marshal|Admiral|Prince|King|"
                        r"Queen|President|Premier)\.?\s+)?"
                        # "and Marxist FARC rebels", "and leftist URNG guerrillas"
                        r"(?:(?:(?-i:[A-ZÀ-Ž])\w+ist|leftist|rightist|separatist|rebel)\s+)?$")
# "China and the 10-member Association of Southeast Asian Nations signed", "the Sudanese Armed
# Forces and the paramilitary Rapid Support Forces": a body's own modifiers after "the"
_COORD_MODIFIER_GAP = re.compile(r"^\s*,?\s*and\s+(?:the|its|their)\s+"
                                 r"(?:(?-i:[a-z0-9])[\w-]*\s+){1,2}$")
# "Colombia's government and the FARC": the state's organ is the state
_ORGAN_GAP = re.compile(r"['’]s\s+(?:(?:new|military|interim|transitional|civilian|federal|"
                        r"central)\s+)?(?:government|administration|authorities|regime|"
                        r"leadership)\b")
# "Kiir and rebel leader Machar": lower-case words of the title the mention starts after
_COORD_TITLE_GAP = re.compile(r"^\s*(?:,|and|, and|&)\s*(?:the\s+|(?:his|her|its|their)\s+)?"
                              r"(?:(?-i:[a-z])[\w-]*\s+){1,3}$")
_AFFILIATION_GAP = re.compile(r"^\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$")
_POSS_AFFILIATION = re.compile(r"^(?:['’]s)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$")
_AND_AFTER = re.compile(r"\s*,?\s*and\b")
# "Kurt Campbell, the White House Indo-Pacific coordinator, and...": the body is his post's
_POST_TAIL = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+{N.POST_NOUNS}\s*,", re.IGNORECASE)
_POST_APPOSED = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:of|for)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}")
# "Habyarimana and the chairman of the rebel RPF, Colonel Kanyarengwe, signed": the body
# names whose post the second person holds
_AND_POST_OF = re.compile(rf"\s+(?:,\s*)?and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}{N.POST_NOUNS}s?\s+"
                          r"(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# "Cristiani and five commanders of the FMLN put their names to the accord": the body whose
# members sign is the one joined
_AND_MEMBERS_OF = re.compile(
    r"^\s*,?\s*and\s+(?:the\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
    r"senior|top)\s+)?(?:(?-i:[a-z])[\w-]*\s+)?(?:leaders|commanders|representatives|delegates|"
    r"envoys|negotiators|officials|members|chiefs|heads)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
_STYLE_END = re.compile(rf"\b(?-i:{N.STYLE_WORDS})\.?\s+$")  # "with Mr. " -> "with "
_OR_ALIAS = re.compile(r"^\s*,?\s*(?:or|also known as)\s+(?:the\s+)?$")
_COMMA_RANK = re.compile(r"\s*,\s*(?:[A-ZÀ-Ž][\w.]*\s+){0,2}$")  # ", Colonel "
# "the Democratic Republic of the Congo (DRC) and Rwanda": the bracketed short name
_ACRONYM_GAP = re.compile(r"^\s*\([A-ZÀ-Ž][\w.]{1,8}\)")
# "U. Alexis Johnson, the American negotiator, and Wang Ping-nan met", "John J. McCloy, head of
# a special American negotiating team, and Soviet First Deputy Foreign Minister Vasily V.
# Kuznetsov held talks": a person's post in apposition, then the next person of the list
_PERSON_APPOSED_AND = re.compile(r"^\s*,\s+(?-i:(?:the|a|an|his|her|[a-z][\w-]*)\s)"
                          r"(?:(?!\b(?:said|says|told|who|which|whose|when)\b)[^,;()\"“”])"
                          r"{1,80}?,\s*and\s+(?:the\s+)?"
                          # ("Mr Andrei Gromyko, the Foreign Minister, and Mr Jacob Beam")
                          rf"(?:(?-i:{N.STYLE_WORDS})\.?\s+)?$")
# "Linera and the governor of Tarija department, Mario Cossio, signed", "Mr. den Uyl, and the
# Surinamese Prime Minister, Mr. Henck Arron": the second person's post put before his name
_AND_POST_APPOSED = re.compile(
    r"^\s*,?\s*and\s+(?:the|his|her)\s+(?:[\w'’.-]+\s+){0,4}?"
    rf"(?:{N.POST_NOUNS}|governor|mayor)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?,\s+"
    rf"(?:(?-i:{N.STYLE_WORDS})\.?\s+)?$", re.IGNORECASE)


def coordinated(mentions: list[Mention], head: Mention, text: str, offset: int
                 ) -> list[Mention]:
    """`head` and the mentions joined to it by commas/and on its left: "X, Y and Z voted"."""
    group = [head]
    idx = mentions.index(head)
    while idx > 0:
        prev = mentions[idx - 1]
        gap = _ACRONYM_GAP.sub("", text[prev.end - offset:group[0].start - offset])
        if prev.how == "group" and (noun := R.GROUP_AFTER.match(gap)):
            gap = gap[noun.end():]  # "The Philippine government and the MILF signed"
        elif prev.ref.role and (post := R.POSS_ROLE.match(gap)):
            gap = gap[post.end():]  # "Thailand's acting prime minister and Cambodia's premier"
        elif prev.ref.kind == "state" and (organ := _ORGAN_GAP.match(gap)):
            gap = gap[organ.end():]
        if (prev.ref.kind != "person" and idx > 1 and mentions[idx - 2].ref.kind == "person"
                and _POST_APPOSED.fullmatch(text, mentions[idx - 2].end - offset,
                                            prev.start - offset)
                and _COORD_GAP.match(gap.rstrip(",") if gap.startswith(",") else gap)):
            # "Brezhnev, General Secretary of the CPSU Central Committee, and Taraki": the
            # body is whose post it is; the person before it is the one joined
            prev = mentions[idx - 2]
            group.insert(0, prev)
            idx -= 2
            continue
        if (prev.ref.kind != "person" and idx > 1 and group[0].ref.kind == "person"
                and mentions[idx - 2].ref.kind == "person" and _COMMA_RANK.match(gap)
                and _AND_POST_OF.fullmatch(text, mentions[idx - 2].end - offset,
                                           prev.start - offset)):
            group.insert(0, mentions[idx - 2])
            idx -= 2
            continue
        if prev.ref.name == group[0].ref.name and _OR_ALIAS.match(gap):
            group[0] = prev  # "the Farabundo Marti National Liberation Front, or FMLN, signed"
            idx -= 1
            continue
        if (prev.ref.kind == "person" and group[0].ref.kind == "person"
                and (_PERSON_APPOSED_AND.match(gap) or _AND_POST_APPOSED.match(gap))
                and not PREP_BEFORE.search(_STYLE_END.sub("", text[
                    max(0, prev.start - offset - 25):prev.start - offset]))):
            group.insert(0, prev)
            idx -= 1
            continue
        same_span = prev.start == group[0].start and prev.how == "pair"
        if idx > 1 and prev.ref.kind != "person" and (
                (group[0].how == "title" and _AFFILIATION_GAP.match(gap))
                or (prev.ref.kind == "state" and prev.possessive
                    and group[0].ref.kind == "person" and _POSS_AFFILIATION.match(gap))):
            # "Khalilzad and Taliban political chief Baradar", "Nalbandian and Turkey's Ahmet
            # Davutoglu": the body or state is whose the person is, not a third party; the
            # name before it is the one joined
            before = mentions[idx - 2]
            if _COORD_GAP.match(text[before.end - offset:prev.start - offset]):
                group.insert(0, before)
                idx -= 2
                continue
        if not (same_span or _COORD_GAP.match(gap)
                or (group[0].ref.kind != "person" and _AND_MEMBERS_OF.match(gap))
                or (group[0].ref.kind != "person" and _COORD_MODIFIER_GAP.match(gap))
                or (group[0].how == "title" and _COORD_TITLE_GAP.match(gap))):
            break
        if (len(group) == 1 and not same_span and gap.strip() == "," and prev.how != "pair"
                and not _AND_AFTER.match(text, head.end - offset)
                and not _POST_TAIL.match(text, head.end - offset)):
            # "Under Maduro's predecessor, Hugo Chavez, Venezuela froze ties": a list ends
            # in "and"; a bare comma before the subject closes an opening phrase
            break
        a = prev.start - offset
        if (not same_span and idx > 1 and mentions[idx - 2].ref.kind == "person"
                and N.OF_GAP.fullmatch(text, mentions[idx - 2].end - offset, a)):
            # "Presidents Kuchma of Ukraine and Yeltsin of Russia", "Nasser of the United
            # Arab Republic and Tito of Yugoslavia": skip the "of" country
            group.insert(0, mentions[idx - 2])
            idx -= 2
            continue
        if (not same_span and PREP_BEFORE.search(text[max(0, a - 25):a])
                and not _PLURAL_OF.search(text, max(0, a - 40), a)):
            break  # "Posing with Clinton, Blair pledged": Clinton is no subject
        group.insert(0, prev)
        idx -= 1
    return group
