"""References to people and bodies that are not names: "the two leaders", "the four
governments", "the minister", "Chile's foreign minister", "the Syrian officials", "the bloc".
Kept apart from `names.py` (the name shapes and word lists), which had reached 400 lines;
`mentions_refs.py` and `mentions_known.py` resolve them against what the story has named.
"""
from __future__ import annotations

import re

PAIR_REF = re.compile(r"\b(?:(?:[Tt]he two|[Bb]oth) (?:leaders|sides|ministers|presidents|envoys|"
                      r"negotiators|delegates|chief negotiators|foreign secretaries|"
                      r"prime ministers|foreign ministers|men|women|countries|governments|"
                      r"heads of state|(?:defen[cs]e |foreign |trade |interior )?ministries)|"
                      # "The two delegations first met on February 16" (as subjects only: a
                      # host who "received the two delegations" met each, as the gold reads it)
                      r"(?:The two|Both) delegations|"
                      # "The two agreed that Mr. Shevardnadze would visit", "when the two met"
                      r"[Tt]he two(?= (?:also |then |later |finally |have |had )?(?:agreed|met|"
                      r"signed|held|spoke|discussed|talked|shook|initial+ed)\b)|"
                      # "Each side has accused the other of bombing civilian targets"
                      r"[Ee]ach (?:side|country|government)(?= (?:\w+ ){0,2}?\w+ the other\b)|"
                      r"[Tt]he (?:leaders|ministers|presidents|foreign "
                      r"ministers|prime ministers)\b(?! of)|"
                      # "talks between their officials", "two days of talks between them"
                      r"(?<=between )(?:their (?:officials|delegations|diplomats|envoys|"
                      r"negotiators|representatives|leaders|governments)|them))\b")
# "The four leaders initialled the text", "the three governments signed a defence pact": a
# group the story has named together (memory.py keeps each size of group last named)
GROUP_REF = re.compile(r"\b[Tt]he (?P<n>three|four|five|six) (?:(?P<people>leaders|presidents|"
                       r"prime ministers|premiers|foreign ministers|ministers|men|heads of state|"
                       r"heads of government|envoys|negotiators)|(?P<states>countries|"
                       r"governments|states|nations))\b(?! of\b)")
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}
# "An EU spokesperson praised what she called...": the pronoun is the unnamed official.
PERSON_NOUN = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|minister|envoy|"
                         r"ambassador|diplomat|negotiator)\b", re.IGNORECASE)
GROUP_NOUNS = (r"(?i:officials?|government|governments|authorities|leaders|leadership|"
               r"politicians|diplomats|"
               # ("the Chinese people were willing"; not "the Libyan People's Bureau", a name)
               r"(?-i:people)(?![’']s)|ministers|delegations?|delegates|negotiators|mediators|side|"
               r"lawmakers|legislators|parliamentarians|"
               r"(?:foreign |defen[cs]e |interior |finance |trade |external affairs )?"
               r"(?:ministry|office)(?: spokes(?:man|woman|person))?|"
               r"embassy|administration|parliament|cabinet|envoys?|representatives?|mission|"
               r"regime|presidency|spokes(?:man|woman|person)|state department|sources|aides|"
               r"commanders|police|news agency|media|leader|authorities|army|armed forces|"
               # "the official Syrian radio called the sanction a farce": state media speak for it
               r"(?:state )?(?:radio|television)|"
               # "The Chinese note demanded", "the Soviet reply said": a state's paper speaks
               r"notes?|reply|communiqu[eé]|"
               r"navy|military|counterparts?|coast guard|junta|"
               # "U.S. Air Force fliers say": service people speaking of their operations
               r"fliers|pilots|officers|generals)")
# "Chile's foreign minister said": unnamed, so the state speaks; only where a clause begins
# (never "summoned China's ambassador to protest").
POSS_ROLE = re.compile(r"(?:'s|’s)\s+(?:acting |interim )?(?:(?:foreign|defen[cs]e|interior|"
                        r"finance|trade|prime|deputy|top|chief) )?(?:minister|president|premier|"
                        # ("Zimbabwe's delegate voiced similar misgivings")
                        r"chancellor|ambassador|envoy|delegate|"
                        r"leader|diplomat|foreign secretary|representative|"
                        # "Pakistan's Director General of Military Operations telephoned"
                        r"(?i:director[- ]general|army chief|military chief|chief of (?:the )?"
                        r"(?:army|defen[cs]e|general) staff|national security adviser|"
                        r"high commissioner|intelligence (?:agency|service)|spy agency))\b"
                        r"(?!\s+(?-i:[A-ZÀ-Ž])|,\s+(?-i:[A-ZÀ-Ž]))")
# (a demonym of two words in the list: "the Syrian and Saudi Arabian Governments")
GROUP_AFTER = re.compile(rf"(?:(?:,\s*|\s+and\s+)[A-ZÀ-Ž][\w.]+(?:\s+[A-ZÀ-Ž][a-z]+an)?)*\s+"
                         rf"(?:(?i:military|senior|top|"
                         rf"government|defen[cs]e|foreign|security|diplomatic|intelligence|"
                         rf"official|army|air force|navy|naval|health|interior|finance|trade|"
                         rf"economy|justice|information|emergencies|culture|energy|fisheries|"
                         rf"agriculture|environment|oil|petroleum|commerce|transport)\s+)?"
                         rf"{GROUP_NOUNS}\b")
ROLE_REF = re.compile(
    r"\b[Tt]he\s+(?:(?P<dem>(?!(?:Prime|Foreign|Defen[cs]e)\b)[A-ZÀ-Ž][a-z]+)\s+)?(?P<role>"
    r"(?:prime |foreign |defen[cs]e )?"
    r"(?:minister|president|chancellor|premier|spokes(?:person|man|woman)|secretary[- ]general|"
    r"secretary|ambassador|envoy|leader|king|queen|monarch|emir|sultan|[Ss]hah|diplomat|[Pp]ope|"
    # older copy capitalises a monarch's title: "The King conferred with President Johnson"
    r"King|Queen|Emir|Sultan|"
    # ... and other posts: "The President complained that", "the Chinese Premier said" (not
    # a title before a name, "The Prime Minister Tony Blair", nor "The President of the
    # Commission", another post)
    r"(?P<cap>(?:(?:Prime|Foreign|Defen[cs]e) )?(?:Minister|President|Chancellor|Premier|"
    r"Secretary[- ]General|Secretary)(?!\s+(?:of\b|(?-i:[A-ZÀ-Ž]))))))\b"
)
# "The court rejected...", "the bloc said": an organisation the article has named, by the head
# noun of its name (memory.org_reference); never "the council of elders" nor "the Court X".
ORG_REF = re.compile(
    # ("the 15-nation bloc", "the regional bloc", "the world body")
    r"\b[Tt]he\s+(?:(?:\d+-(?:nation|member|country|state)|regional|western|world|military|"
    r"economic|trade)\s+)?(?P<head>court|commission|council|committee|tribunal|bloc|alliance|body|"
    # ("the bank said", not "the bank's initiative": a thing or a man of the bank's)
    r"organi[sz]ation|agency|union|league|coalition|panel|movement|front|"
    r"(?:bank|fund)(?!['’]s))\b"
    r"(?!\s+(?:of|for|on|in|to)\b|\s+(?-i:[A-ZÀ-Ž])|['’]s\s+(?:[\w-]+\s+)?(?:members|member))")
