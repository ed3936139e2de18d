"""The word lists and patterns that name actors in news copy: titles ("Foreign Minister"),
name shapes (initials, particles, "al-"), words that are never names, group nouns ("officials",
"the foreign ministry"), organisation heads ("Forces", "Liberation Army") and reporting slots.
Kept apart from `actors.py`, which applies them.
"""
from __future__ import annotations

import re

TITLE_HEADS = (
    r"(?:Prime Minister|Foreign Minister|Foreign Secretary|Defen[cs]e (?:Minister|Secretary)|"
    r"Secretary of State|Secretary[- ]General|Under[- ]Secretary|High Representative|"
    r"Attorney General|Director[- ]General|Vice[- ]President|Deputy Prime Minister|"
    r"President|Premier|Chancellor|Minister|Secretary|Spokes(?:person|man|woman)|"
    r"Ambassador|Envoy|Leader|King|Queen|Crown Prince|Prince|Emir|Shah|Sheikh|Sultan|Pope|"
    r"Chairman|"
    r"Chairwoman|Chairperson|Chair|Director|Commissioner|Governor|Senator|Sen\.|Rep\.|Treasurer|"
    r"Superintendent|Delegate|General|Gen\.|Adviser|Advisor|Mayor|Speaker|Representative|"
    r"Negotiator|Official|Lawmaker|Commander|Chief of Staff|Chief|Head|Coordinator|Mediator|"
    r"Diplomat|Counterpart|State Council+or|Councill?or|Reverend|Rev\.|"
    r"Presidents|Prime Ministers|Foreign Ministers|Foreign Secretaries)"
)
PARTICLE = r"(?:von|van|der|den|de|del|da|di|la|le|al|bin|ibn|el|dos|du|ben|arap|ould|wa)"
# An initial ("James A. Baker") is tried first: "A" alone would end the name there.
# ("F.W. de Klerk": initials, then a particle)
NAME_WORD = (r"(?:(?:[A-ZÀ-Ž]\.\s?){0,2}[A-ZÀ-Ž]\.(?=\s+(?:" + PARTICLE + r"\s+)?[A-ZÀ-Ž])|"
             # initials written without stops: "JD Vance", "PW Botha", "KP Sharma Oli" (not an
             # acronym before a name: "UN Secretary-General", "PM Modi")
             r"(?!(?:UN|US|EU|UK|AU|DR|EC|PM|FM|VP|MP|IS|TV|UAE)\b)[A-Z]{2}(?=\s+[A-ZÀ-Ž][a-z])|"
             # (letters beyond ASCII too: "Óscar Arias", "Recep Tayyip Erdoğan", "Ceaușescu")
             # (never from inside an acronym: "M Modi" out of "PM Modi")
             r"(?<![A-Z])[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]*(?:[A-ZÀ-Ž][a-zß-öø-ÿĀ-ɏ]+)*"
             r"(?:['’-](?!s\b)[A-Za-zß-öø-ÿĀ-ɏ]+)*(?![A-Za-zĀ-ɏ]))")
# After the first word, a hyphened particle may open a word: "Abdel Fattah al-Sisi"; so may an
# elided one: "Valery Giscard d'Estaing", "Miguel d'Escoto Brockmann".
NAME_NEXT = (rf"(?:{NAME_WORD}|(?:al|el|ad|as|ash|an|at|az|abu|bin|ibn|ul)-[A-ZÀ-Ž][a-zß-öø-ÿĀ-ɏ]+|"
             r"d['’][A-ZÀ-Ž][a-zß-öø-ÿĀ-ɏ]+)")
NAME = (rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_NEXT}){{0,4}}"
        r"(?:\s+(?:[IVX]{2,5}\b|Jr\.?|Sr\.?))?")
NAME_STOP = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December The A An In On At But And Or Of For To It He
She They We I This That These Those His Her Its Their After Before When While Also Mr Mrs Ms
Dr Said Says Last Next Earlier Later Meanwhile However Nevertheless Moreover Still Instead Yet
Indeed Separately Thus Therefore Nonetheless Furthermore Besides Otherwise Today Yesterday
Afterwards Afterward Subsequently Elsewhere Tonight
As If So Since Though Although Until Unless Because With Without By From Under Like Unlike
Despite Amid Among Once Whether Where Why How What Who Which Not Only Even Both Each Every
Sir Dame Lord Lady
Datuk Dato Seri Tun Ratu Excellency Highness Reverend Rev
""".split())

PRE_WORD = (r"(?:[A-ZÀ-Ž][\w.'’-]*|former|then|deputy|acting|chief|senior|top|outgoing|"
            # "Ecuador's leftist President Rafael Correa"
            r"leftist|rightist|conservative|socialist|nationalist|liberal|moderate|hardline|"
            r"hard-line|reformist|veteran|embattled|ousted|exiled|interim|caretaker|elected|"
            r"incoming|civilian|populist|centrist|longtime|long-serving|powerful|influential|"
            r"foreign|defen[cs]e|interior|finance|economy|trade|environment|executive|special|"
            r"security|press|party|opposition|government|ministry|military|state|"
            r"\w+(?:'s|’s))")
# Found head first (one cheap scan), then the words before it and the name after it.
# "President de Gaulle", "Foreign Minister van den Broek", "President dos Santos": a surname
# may open with its lower-case particle after a title (never a first name: "de" alone)
SURNAME_PARTICLE_WORDS = ("de", "van", "von", "dos", "da", "du", "del", "della", "di", "der", "den",
                          "ter", "la", "le")
SURNAME_PARTICLES = rf"(?:(?:{'|'.join(SURNAME_PARTICLE_WORDS)})\s+){{1,2}}"
TITLE_HEAD = re.compile(rf"(?i:{TITLE_HEADS})(?:-elect|-designate)?"  # "President-elect X"
                        rf"(?=,?\s+(?-i:{SURNAME_PARTICLES})?[A-ZÀ-Ž]"
                        r"|\s+(?:to|for|of|at)\s+(?:the\s+)?[A-ZÀ-Ž])")
TITLE_FIRST = frozenset("""
prime foreign defence defense secretary under high attorney director vice deputy president
premier chancellor minister spokesperson spokesman spokeswoman ambassador envoy leader king
queen crown prince emir shah sheikh sultan pope chairman chairwoman chairperson chair commissioner
governor
senator sen
rep treasurer superintendent delegate general gen adviser advisor mayor speaker representative
negotiator official lawmaker commander chief head coordinator mediator diplomat counterpart
presidents state councillor councilor reverend rev
""".split())
PRONOUNS = frozenset("he He she She it It they They him Him her Her".split())
# What a word can start: 1 a pronoun, 2 "the" (a role reference), 3 a title.
WORD_KIND = {w: 1 for w in PRONOUNS} | {"the": 2, "The": 2} | {
    v: 3 for w in TITLE_FIRST for v in (w, w.capitalize(), w.upper())} | {
    w: 4 for w in """Forces Army Front Party Movement Organization Organisation Union League
    Alliance Council Authority Coalition Committee Brigade Brigades Group Guard Guards Congress
    Federation Association Commission Agency Assembly Militia Tribunal Court Cross
    Crescent Rally""".split()}
# ("Nicaragua immediately said it would...": an adverb between)
SPEECH_AFTER = re.compile(r"\s+(?:(?:also|later|immediately|quickly|swiftly|promptly|then|again|"
                          r"separately|publicly|repeatedly|officially|formally)\s+)?"
                          r"(?:said|says|stated|announced|added|told|insisted|argued|warned|"
                          r"assured|informed|vowed|pledged|threatened|declared|restated|"
                          r"reiterated|repeated|reaffirmed|maintained|stressed)\b")
WORD = re.compile(r"[A-Za-z]+")
CAPSEQ = re.compile(rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_NEXT})*")
BARE_FOLLOW = re.compile(
    # ("Tony Blair yesterday warned Iran", "Dmitry Medvedev on Friday signed": a day between)
    r"(?:\s+(?:yesterday|today|tonight|last night|(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|this (?:morning|afternoon|evening|week)))?"
    # ("Vyacheslav Molotov flatly refused", "Olof Palme sharply criticised")
    r"(?:\s+(?-i:[a-z]{2,}ly)(?<!only)(?<!early)(?<!Italy))?"
    r"\s+(?:has|have|had|is|was|remains|said|says|told|urged|called|met|accused|warned|"
    r"rejected|proposed|backed|supported|welcomed|criticised|criticized|condemned|demanded|"
    r"threatened|signed|agreed|announced|stated|argued|insisted|added|also|repeatedly|"
    r"would|will|who|became|becomes|took|takes|served|serves|returned|inherited|"
    r"succeeded|put|held|initial+ed|reached|struck|praised|denied|visited|hosted|received|"
    r"arrived|flew|expressed|described|dismissed|thanked|pledged|vowed|offered|sent|"
    # the deeds a full name opens in copy: "Thabo Mbeki tabled a power-sharing draft"
    r"tabled|presented|unveiled|floated|outlined|recalled|expelled|ordered|imposed|froze|"
    # ("Leonid Brezhnev set his signature to", "Charles de Gaulle shut the door on")
    r"set(?=\s+(?:his|her|its|their)\s)|shut|got(?=\s+(?:through|a call))|"
    r"suspended|severed|ratified|approved|accepted|refused|declined|vetoed|blocked|boycotted|"
    r"telephoned|phoned|rang|spoke|hailed|lauded|congratulated|endorsed|blamed|denounced|"
    r"slammed|branded|appealed|asked|invited|pressed|reiterated|stressed|confirmed|repeated|"
    r"responded|replied|reaffirmed|voiced|conveyed|issued|delivered|wrote|launched|opened|"
    r"resumed|convened|chaired|mediated|brokered|paid|ruled|walked|left|cancelled|canceled|"
    r"postponed|signalled|signaled|acknowledged|admitted|apologi[sz]ed|protested|summoned|"
    # ("Vladimir Putin declared that", "Winston Churchill asserted"): more ways to say
    r"declared|asserted|maintained|emphasi[sz]ed|noted|explained|predicted|claimed|contended|"
    r"cautioned|charged|disclosed|revealed|indicated|conceded|assured|promised|suggested|"
    r"recommended|informed|complained|objected|conferred|rebuffed|spurned|lashed|assailed|"
    r"deplored|regretted|laid|made|gave|"
    # any other past, regular or not: "Jimmy Carter sat down with", "Barack Obama spent 90
    # minutes on the telephone", "Donald Trump shook hands with"
    r"[a-z]{3,}ed|sat|shook|spent|went|came|began|broke|stood|threw|lent|withdrew|led|kept|"
    r"cut|won|sought|met|spoke|wrote|flew|rang|drew)\b|"
    r"\s*,|"
    r"'s\b|’s\b|\s+of\s+(?=[A-ZÀ-Ž])")
# "has spoken to Alexander Lukashenko", "met Nikol Pashinyan": a full name as the other side
# of an act is a person, whatever follows it
OBJECT_OF_ACT = re.compile(r"\b(?:spoke|spoken|talked|talks|speaking)\s+(?:by\s+(?:tele)?phone\s+)?"
                           r"(?:to|with)\s+$|\b(?:met|meets|meetings?)(?:\s+with)?\s+$|"
                           # "sat down with Anwar Sadat", "shook hands with", "conferred with",
                           # "on the telephone with", "negotiating with"
                           r"\b(?:sat down|shook hands|conferred|on the (?:tele)?phone|"
                           r"negotiat(?:ed|ing)|talks|meeting)\s+with\s+$|"
                           r"\b(?:telephoned|phoned|hosted|received|thanked|congratulated|"
                           r"invited|accused|criticised|criticized|urged|rang|visited|"
                           r"praised|condemned|warned|welcomed|expelled|called)\s+$|"
                           # a passive's agent: "a plan unveiled by Mikhail Gorbachev"
                           r"\b[a-z]{3,}ed\s+(?:(?:on|late|early)\s+\w+\s+)?by\s+$")
# "hosted by the EU's foreign policy chief, Catherine Ashton.": the name a post introduces
# The posts a person holds, for patterns that look for one near a name or a body
POST_NOUNS = (r"(?:chief|minister|secretary|envoy|spokes(?:man|woman|person)|ambassador|president|"
              r"commissioner|head|representative|negotiator|coordinator|advis[eo]r|official|"
              r"leader|premier|chancellor|diplomat|counsel+or|council+or|mediator|chairman|"
              r"chairwoman|director)")
POST_BEFORE = re.compile(rf"\b{POST_NOUNS},\s+$")
NAME_BEFORE = re.compile(rf"(?P<name>{NAME})$")
AFTER_COMMA = re.compile(
    # (", according to the Vatican spokesman": a source, not the name's post; nor what a
    # clause after the comma tells: "outside Geneva, where Iran's chief negotiator met")
    rf",\s+(?!according\b|citing\b|quoting\b|where\b|when\b|which\b|who\b|whose\b|"
    rf"while\b|whereas\b|after\b|before\b|since\b|because\b|although\b|though\b|"
    # (nor a clause's verb: "led by Sayed, was received by the king")
    rf"but\b|and\b|was\b|were\b|is\b|are\b|has\b|have\b|had\b|will\b|would\b|said\b|"
    rf"says\b|told\b)(?:the\s+|a\s+|an\s+)?"
    rf"(?P<pre>(?:[\w.'’-]+\s+){{0,4}}?)"
    rf"(?P<title>(?i:{TITLE_HEADS}))\b")
PRE_WORD_RE = re.compile(PRE_WORD)
PRE_WORD_TAIL = re.compile(r"[A-ZÀ-Ž][\w.'’-]*$")
# (a rank's abbreviation before the name is no part of it: "Mali's interim president, Col.
# Assimi Goita")
NAME_AT = re.compile(rf"(?P<comma>,)?\s+(?:(?:Col|Gen|Lt|Maj|Adm|Brig|Capt|Cmdr)\.\s+)*"
                     rf"(?P<name>(?:{SURNAME_PARTICLES})?{NAME})")
# A post's complement between the title and the name: "Ambassador to the United Nations
# Madeleine Albright", "Special Envoy for Syria Staffan de Mistura" (the place or body must be
# a known name, so that the name after it can be told apart).
POST_OF = re.compile(r"\s+(?:to|for|of|at)\s+(?:the\s+)?")
PREP_OBJ = re.compile(r"\b(?:with|to|of|for|against|on|from|between|about|by|than|and|met|"
                      r"meet|called|told|urged)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+){0,3}$")
SAID_THAT_BEFORE = re.compile(r"\b(?:said|says|told|added|declared|announced|stated|insisted|"
                              r"warned|argued|maintained|indicated|made clear|saying|announcing|"
                              r"declaring|stating|insisting|warning)\s+"
                              r"(?:\w+\s+){0,4}?(?:that\s+)?$")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)\s+$")
NOT_NAME = frozenset("""
Party Council Ministry Union Road Street Movement Republic Monarchy Army Forces Force Office
Department House Church Order Committee Commission Agency Bank Court Assembly Convention Group
Front League Organization Organisation Association Institute University News Times Post Press
Airport Square Sea River Avenue Hall Center Centre Palace Ocean Security Peace Foreign State
Government Parliament Congress Senate Police Islands Island Federation Kingdom Nations Affairs
Authority Alliance Service Services Fund Program Programme Summit Treaty Agreement Accord Cross
Crescent Conference Talks Plan Northern Southern Eastern Western North South East West Central
Catholic Protestant Muslim Christian Jewish Minister President Prime Secretary General
International National Day World Global United Democratic People Popular Liberation Islamic
Shoal Reef Reefs Strait Straits Bay Gulf Valley Mountains Mountain Hills Desert Peninsula Canal
Lake Coast Province Region District Zone Bridge Dam Port Harbour Harbor Base Camp Corridor
Framework Protocol Declaration Charter Memorandum Communique Resolution Motors Electric Staff
Agriculture Fisheries Industry Commerce Finance Defence Defense Interior Health Education Energy
Environment Transport Labour Culture Information Tourism Economy Treasury Immigration
Industries Oy Inc Corp Corporation Ltd Holdings Company Airlines Shipyard Shipyards Hotel
Stadium Cathedral Mosque Museum Theatre Theater Hospital Embassy
""".split())
# ... that are also family names, so that after a title and a given name they end a person's
# name ("National Security Adviser Anthony Lake", "Ambassador Tony Hall").
SURNAMES_TOO = frozenset({"Lake", "Hall", "Church", "Post", "Banks", "Bay"})
FIRST_NAMES_TOO = frozenset({"Christian"})  # "Christian Pineau" (not "Christian Democrats")


def not_a_name(words: list[str]) -> bool:
    """A word of NOT_NAME rules a would-be name out, but for surnames and first names too."""
    return any(w in NOT_NAME and not (i == len(words) - 1 > 0 and w in SURNAMES_TOO) and not (
        i == 0 and len(words) > 1 and w in FIRST_NAMES_TOO and words[1] not in NOT_NAME
        and not words[1].startswith("Democr")) for i, w in enumerate(words))
ROLE_WORDS = frozenset("""
prime foreign defence defense interior finance economy trade environment deputy vice chief
executive special security press acting former senior top secretary minister president
attorney general director spokesperson spokesman spokeswoman high representative party
""".split())
# After a bare surname: a past-tense or reporting verb ("Albright accused", "Yeltsin
# telephoned"), possibly after an adverb or a day ("Annan on Friday said").
ONE_FOLLOW = re.compile(
    r"(?:\s+(?:also|later|again|then|earlier|repeatedly|on \w+day|last \w+)|\s*,[^,]{3,60},)?\s+"
    # "Castro has said", "Annan had repeatedly urged": a perfect of the same verbs
    r"(?:(?:has|had)\s+(?:\w+ly\s+|also\s+|long\s+|since\s+)?)?"
    r"(?:said|says|told|tells|met|spoke|flew|went|came|made|gave|took|wrote|held|sent|sought|"
    r"urges|warns|calls|wants|is expected|was quoted|[a-z]{3,}ed|"
    # irregular pasts of acts: "Boric sat down with", "Abiy struck a deal", "Sharif withdrew"
    r"sat|struck|began|threw|lent|stood|broke|withdrew|paid|led|kept|put|laid|cut|shut|"
    r"set(?=\s+(?:his|her|its|their)\s))\b")
# "Clinton and Yeltsin held a summit": the first of two names joined as the subject.
AND_FOLLOW = re.compile(r"\s+and\s+(?:[A-ZÀ-Ž][\w.'’-]*\s+){0,3}[A-ZÀ-Ž][\w.'’-]*"
                        + ONE_FOLLOW.pattern)
SUBJECT_SLOT = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but|while|when|as|after|then|said|says|"
                          r"told|that)\s+|[\"“'`]\s*)$")
# The English styles and titles before a name ("Mr. Machel", "Lord Owen")
PEERAGE = ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady")
HONORIFICS = tuple(f" {w}." for w in PEERAGE[:4]) + tuple(f" {w}" for w in PEERAGE)
COMMON_SUBJECTS = frozenset("""
Officials Diplomats Analysts Critics Witnesses Police Protesters Rebels Troops Residents Sources
Experts Observers Negotiators Leaders Both Many Some Others Several Most Few Everyone Nobody
Republicans Democrats Conservatives Liberals Opponents Supporters Members Lawmakers Legislators
Delegates Ministers Authorities Investigators Prosecutors Economists Doctors Workers Students
Reporters Journalists Demonstrators Militants Guerrillas Insurgents Soldiers Voters Talks
Negotiations Relations Tensions Sanctions Inspectors Monitors Refugees Settlers Hardliners
Moderates Allies Neighbors Neighbours Washington Each Neither Either Nothing Something Who What
Friends Relatives Colleagues Insiders Advisers Advisors Associates Families Participants
Reports Newspapers Polls Commanders Aides Americans Europeans Arabs Fans Players Teams Clubs
Which Where Why How Those Such Despite Although Though Because Since Until Unless Whether
Envoys Emissaries Mediators Representatives Spokesmen Ambassadors Delegations Governments
""".split())
ORG_HEADS = (r"(?:Forces|Army|Front|Party|Movement|Organi[sz]ation|Union|League|Alliance|Council|"
             r"Authority|Coalition|Committee|Brigades?|Group|Guards?|Congress|Federation|"
             r"Association|Commission|Agency|Assembly|Militia|Tribunal|Court|"
             # a national society: "the South Korean Red Cross proposed talks"
             r"Red Cross|Red Crescent)")
ORG_FIRST = r"(?:Coalition|Movement|Front|Union|Alliance|Party|Council|Congress|Rally|League)"
ORG_SEQ = re.compile(
    # the head first: "the Coalition for the Defence of the Republic", "the Rally for Congolese
    # Democracy", "the Movement for Democratic Change" (tried first: "The Coalition" alone is
    # no name)
    rf"(?<![\w.])(?:The\s+)?{ORG_FIRST}\s+for\s+(?:the\s+)?{NAME_WORD}"
    rf"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?{NAME_WORD}){{0,4}}|"
    rf"(?<![\w.]){NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?"
    rf"{NAME_WORD})*?\s+{ORG_HEADS}\b"
    # (not a document's name: "the Intermediate-Range Nuclear Forces Treaty")
    r"(?!\s+(?:Treaty|Agreement|Accords?|Convention|Protocol|Pact|Declaration|Charter|Act)\b)")
ACRONYM_AFTER = re.compile(r"\s+\(([A-Z]{2,6})\)")
# "A Pakistani proposal", "an Egyptian peace plan": the state puts it forward.
OWN_OFFER = re.compile(r"\s+(?:[\w-]+\s+)?(?:proposal|peace plan|plan|offer|initiative)\b")
HER_OBJECT = re.compile(r"\s*(?:[,.;:!?)\"”']|$|(?:to|that|on|in|at|by|for|with|and|as|about|"
                        r"from|after|before|during|over|of)\b)")
OF_ORG = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?")


# "Colonel Alexis Kanyarengwe", "Ayatollah Ali Khamenei": a rank or a cleric's style opens the
# name in copy but is no part of it (the same man is "Kanyarengwe" two lines on)
RANKS = frozenset("Colonel Lieutenant Captain Admiral Brigadier Marshal Cardinal Ayatollah "
                  # (British copy drops the stop: "Gen Manoj Naravane")
                  "Gen Col Lt Maj Brig Capt "
                  "Rabbi Major Prince Princess Lieutenant-Colonel Lieutenant-General "
                  "Major-General Brigadier-General Vice-Admiral Rear-Admiral Field-Marshal "
                  "Air-Marshal".split())
# Older copy styles foreigners as their own papers do: "M. Ferhat Abbas", "Herr Grotewohl",
# "Signor Nenni"; and Ottoman styles follow the name: "Azzam Pasha", "Salah el-Din Bey"
STYLES = frozenset("M. Herr Frau Signor Signora Senor Señor Senora Señora Mme. Mme Madame "
                   "Monsieur Mlle. Mynheer Pandit".split())
STYLES_AFTER = frozenset("Pasha Bey Effendi".split())
# The words before a name that clean_name drops: a rank or a style
NAME_PREFIXES = RANKS | STYLES
# The styles that may stand between a verb or "and" and the person it names ("met Mr. Machel",
# "Vance and Lord Owen"), for the patterns that look across them
STYLE_WORDS = "|".join((*PEERAGE, "Herr", "Mme", "M"))
# "Alberto Fujimori of Peru", "Genscher of West Germany": whose a person is
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


# Stop words that are also surnames when a name ends on them
_SURNAME_STOPS = frozenset(("May", "He"))
_SON_OF = frozenset(("bin", "ibn", "ben", "Bin", "Ibn", "Ben"))


def clean_name(name: str) -> str | None:
    words = name.split()
    while len(words) > 1 and words[0] in NAME_PREFIXES:
        words.pop(0)
    if len(words) > 2 and words[0] in COMMON_SUBJECTS:
        words.pop(0)  # "Negotiators Borko Stefanovic of Serbia and ...": a plural noun
    while len(words) > 1 and words[-1] in STYLES_AFTER:
        words.pop()
    while words and words[-1] in NAME_STOP and not (
            words[-1] in _SURNAME_STOPS and len(words) > 1 and words[-2] not in NAME_STOP
            or words[-1] == "Said" and len(words) > 2 and words[-2] in _SON_OF):
        words.pop()  # (but "Theresa May", "Liu He" and "Qaboos bin Said" keep their surnames)
    while words and words[0] in NAME_STOP and not (
            words[0] == "Said" and len(words) >= 3  # "Said Abdullo Nuri", a first name
            or words[0] == "He" and len(words) == 2 and words[1] not in NAME_STOP):
        words.pop(0)  # ("He Lifeng", a Chinese surname first)
    if not words or any(w in NAME_STOP and not (i == 0 and w in ("Said", "He"))
                        for i, w in enumerate(words[:-1])) or (
            words[-1] in NAME_STOP and words[-1] not in _SURNAME_STOPS and words[-1] != "Said"):
        return None
    return " ".join(words)


def pre_words(text: str, end: int) -> str:
    """Up to five title-prefix words ("former Russian", "Iraq's deputy") ending at `end`,
    read backwards word by word: a regex anchored at the end would try every start."""
    floor = max(0, end - 80)
    if end == floor or not text[end - 1].isspace():
        return ""
    pos = end
    for word in reversed(text[floor:end].rsplit(None, 5)[-5:]):
        at = text.rfind(word, floor, pos)
        if PRE_WORD_RE.fullmatch(word) is None:
            tail = PRE_WORD_TAIL.search(word)  # "(Russian": the word inside
            if tail is not None:
                pos = at + tail.start()
            break
        pos = at
    return text[pos:end] if pos < end else ""
