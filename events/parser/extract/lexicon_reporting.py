"""The cue lexicon, plain speech: the reporting verbs and phrases (`said`, `told`, `added`,
`according to`, `in a statement`, the present tense of broadcast copy: `notes`, `argues`) that
make a bare `X said` a statement and open the reported speech whose content may carry a more
specific cue. Moved out of `lexicon_coop.py`, which keeps it last among its cues, to keep that
file under 400 lines."""
from __future__ import annotations

from .cue_base import DAY, Cue, _c

REPORTING_CUES: tuple[Cue, ...] = (
    _c("statement", "010", 0.55,
       "said says say stat told tell add noted stress emphasi argu acknowledg announc restated "
       "declar insist claim explain remark comment assert confirm indicat reiterat "
       "according in wrote tweet post repeat assur disclos maintain conced admit predict "
       "sent sends suggest notes worr contend apolog extended offered "
       "express voic denied denies repli respond quot made vowed gave describ convey affirm called "
       "calls contradict disput rebut refut respond react "
       "reaffirm inform notif "
       "warned",
       # ("member states are...": a noun; the verb "states" only before "that")
       # ("the final say", "a say in": a noun)
       r"\b(?:said|says|(?<!\bthe )(?<!\bfinal )(?<!\ba )(?<!\bno )(?<!\bany )(?<!\bmore )"
       r"(?<!\btheir )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\blimited )(?<!\bgreater )"
       r"(?<!\bbigger )(?<!\breal )(?<!\bequal )(?<!\blittle )say|saying|(?<=as )telling|"
       r"(?<=, )telling(?= (?:[\w'’]+ ){1,3}?that\b)|stated|"
       r"states(?= that\b)|(?<!been )(?<!was )(?<!were )(?<!being )told|tells|added|"
       r"adding|noted|stressed|"
       r"emphasi[sz]ed|"
       r"argued|acknowledged|announced|insisted|insists|explained|remarked|"
       # (not "declared a state of emergency", "declared himself acting president": a deed)
       # (nor "have been declared persona non grata": a passive, a measure)
       r"(?<!been )(?<!was )(?<!were )declared(?! (?:an? (?:[\w-]+ ){0,2}?state of "
       r"(?:emergency|siege)|"
       r"himself|herself|themselves|martial law|war\b|independence|victory|persona non grata|"
       r"the (?:end|start|opening|closing)))|"
       # "claims the islands" is a territorial claim: speech only before a clause
       # (not the noun: "how far it could press its claims while the United States was...")
       r"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\bour )(?<!\bterritorial )"
       r"claim(?:ed|s)?(?= that\b| [^.;,]{0,60}?\b(?:is|are|was|were|had|has|have|would|will|"
       r"could|did|should|must|had)\b)|"
       r"commented|asserted|confirmed|indicated|reiterated|restated(?= that)|according to|"
       r"in a statement|"
       r"(?:re)?affirmed|insisting(?= that)|"
       # "The French Government informed the North Atlantic Council yesterday that", "notified
       # Moscow on Friday that": told to a named party (not "informed sources", "was informed")
       r"(?<!been )(?<!was )(?<!were )(?:informed|notified)(?= (?:[\w.'’,-]+ ){1,8}?that\b)|"
       # "conveyed India's strong concern over", "described the situation as"
       r"conveyed (?:[\w'’-]+ ){0,3}?(?:concern|regret|hope|condolences|message|position)|"
       r"describ(?:ed|es) (?:[\w'’-]+ ){1,6}?as\b|"
       # "called it a very good meeting", "has called them 'restrictees'"
       r"call(?:ed|s) (?:it|them|this|that)(?= [\"“`']*(?!(?:off|back|in|out|up|to|for|on|"
       r"down)\b)(?-i:[a-z]))|"
       r"wrote|tweeted|posted(?= on| online| a (?:message|statement|video))|repeated(?= that)|"
       r"assured|gave (?:[\w'’]+ ){0,2}assurances?|disclosed|"
       # (what is maintained is said only with "that", a comma or a quote after it: not "Moscow
       # maintains close ties with Tehran")
       # ("has maintained from the outset that", "through its official media that")
       r"maintain(?:ed|s)(?= (?:[\w'’-]+ ){0,5}?that\b|,|\s*[\"“'])|"
       r"conceded|"
       r"admitted|predicted|warned(?= that)|apologi[sz]ed|"
       r"(?:expressed|voiced|extended|offered) (?:\w+ )?(?:concern|regret|hope|condolences|"
       r"sympathy|sorrow|remorse|apolog(?:y|ies)|sadness|"
       r"optimism|doubts?)|denied|denies|"
       # "contradicted Mr. Trump's account", "Iraq responded cautiously on Tuesday to"
       r"(?:contradicted|disputed|rebutted|refuted) (?:(?:[\w.-]+ )?[\w'’.-]+['’]s |the |this |"
       r"that |his |her |their |its )(?:[\w-]+ )?(?:account|claims?|version|assertions?|remarks|"
       r"comments)\b|"
       r"(?:responded|reacted) (?:cautiously|coolly|guardedly|calmly)(?=(?: " + DAY + r")? to\b)|"
       # ("replied on Friday that")
       r"(?:replied|responded)(?=(?: " + DAY + r")? that|:|"
       r", [\"“`']?(?-i:[A-ZÀ-Ž]))|"
       # ("Hatta made it plain at a news conference last night that")
       r"quoted|made (?:it )?clear|made it (?:plain|known)(?= that| (?:[\w,'’.-]+ ){1,8}?that)|"
       r"vowed(?=(?: [\w,]+){0,3}? that)|warned(?=(?: [\w,]+){0,3}? that)|suggest(?:ed|s)(?= that|"
       r" (?:\w+ ){1,3}(?:was|is|were|are|had|has|would|will|could|might)\b)|"
       r"sen(?:t|ds) (?:[\w-]+ ){0,3}signals?(?= (?:\w+ )?that)|"
       # present-tense reporting, common in broadcast copy and features ("..., notes X")
       r"adds|notes|argues|explains|asserts|declares|announces|stresses|acknowledges|"
       r"concedes|admits|contends|contended|"
       # plural subjects in the present: "U.S. officials claim they see signs..."
       r"(?:argue|contend|maintain|assert|acknowledge|concede|admit)"
       r"(?= that\b| (?:the|they|it|he|she|there|a|an|this|these)\b)|"
       r"(?<=[,\"”'] )worries(?= (?-i:[A-ZÀ-Ž])|"
       r" (?:former |the )))\b",
       speech=True),
)
