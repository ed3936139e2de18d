"""The cue lexicon: support and praise (CAMEO 051, 052, 054), the cooperative acts told
after the meetings and calls (`lexicon_coop.py` joins them in order)."""
from __future__ import annotations

from .cue_base import VOTE_WORDS, Cue, _c

# "rebels, backed by Rwanda": the armed forces a patron backs (fixed-width lookbehinds, one
# per word, with or without the comma)
_ARMED = ("rebels", "forces", "militias", "fighters", "insurgents", "separatists", "guerrillas")
_NOT_AFTER_ARMED = "".join(rf"(?<!{w} )(?<!{w}, )" for w in _ARMED)

SUPPORT_CUES: tuple[Cue, ...] = (
    # Praise in what a speaker says (CAMEO 051): "the agreement was an important step", "a
    # positive move"
    _c("support", "051", 0.65, "positive important significant welcome encouraging "
       "constructive good right",
       r"\b(?:positive|important|significant|welcome|encouraging|constructive|good|right) "
       r"(?:first )?(?:step|move|decision|development|sign|signal|gesture|initiative)s?\b",
       content=True),
    # CAMEO 054, told as backing: "recognised opposition leader Juan Guaido as interim
    # president", "would continue to recognise Maduro's government" (not "did not recognise
    # the court's jurisdiction", a refusal, nor "recognised that talks were needed")
    # "The Gulf Cooperation Council has come out in favour of a no-fly zone" (a cue of its
    # own: "come" is too common a word to try the long support cue at)
    _c("support", "051", 0.8, "come",
       r"\b(?:(?<=has )|(?<=have ))come out (?:strongly )?(?:in support of|in favou?r of)\b"),
    _c("support", "051", 0.75, "recogni",
       r"\b(?<!not )(?<!never )(?<!n't )(?<!refused to )(?<!to formally )(?<!cease to )"
       r"(?<!stop )(?<!longer )(?<!internationally )(?<!widely )(?<!universally )"
       r"recogni[sz](?:ed|ing|e) "
       r"(?=(?:the )?(?:(?:new |interim |opposition |breakaway |secessionist |self-proclaimed )?"
       r"(?:government|authorities|independence|sovereignty|regime|state|republic)\b|"
       # the state named before: "Madagascar recognized it on Feb. 28"
       r"(?:it|them)(?= (?:on|in|last|yesterday|today|formally|\w+day)\b|\s*[.,;])|"
       # "became the first country to recognise the rebel council"
       r"(?:rebel|transitional|opposition|national) (?:[\w-]+ )?(?:council|administration)\b|"
       r"(?:(?:[\w-]+ )?(?:leader|president|"
       r"chief|head) )?(?-i:[A-ZÀ-Ž])(?!\w+['’]s (?:right|"
       r"jurisdiction|authority|ruling|award|decision|claims?|annexation)\b)))"
       r"(?!(?:the )?(?:need|importance|right|fact|role|efforts?)\b)",
       veto=r"\bthat\b"),
    # "also announced recognition on Wednesday", "has full confidence in his special envoy"
    _c("support", "051", 0.75, "announced extended granted has have had expressed",
       r"\b(?:(?:announced|extended|granted) (?:its |their |formal |diplomatic |full )*"
       r"recognition\b(?! of (?:the )?(?:need|importance|right|fact|role))|"
       r"(?:has|have|had|expressed) (?:full |complete |every |total )confidence in)"),
    # CAMEO 052: "defended the decision", "defended Kosovo's right to"
    _c("support", "051", 0.7, "defend",
       r"\bdefend(?:ed|s|ing) (?:the |its |his |her |their |[A-ZÀ-Ž][\w.]*(?:'s|’s) )(?:[\w-]+ )?"
       r"(?:decision|plan|policy|move|deal|agreement|accord|right|proposal|initiative)\b"),
    _c("support", "051", 0.75,
       "support back endors welcom prais hail applaud commend voted lauded expressed voic "
       "congratulat gave threw throw sided pledg vow promis stood stand approv adopt reaffirm "
       "lent lends signal came comes spoke speaks embraced thank offered backing sent sends renew "
       "provide provided "
       "view positively extended extends declared declares announced proclaimed assured "
       "assures",
       # (not "traffic backed up for kilometres"; nor an armed force's patron, "rebels backed
       # by Rwanda", "Rwandan-backed rebels", a side of a war, not a word of support)
       r"\b(?:support(?:ed|s|ing)?|(?<!-)back(?:ed|s|ing)(?= (?!down|away|off|up for|up at|"
       r"up on|by\b))|"
       r"(?<!-)" + _NOT_AFTER_ARMED + r"backed(?= by\b)|"
       r"endors(?:ed|es|ing)|"
       r"welcom(?:e|ed|es|ing)\b(?! to\b)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|applaud(?:ed|s)|"
       r"commend(?:ed|s)|"
       # ("sent a message on Tuesday congratulating the five leaders": the sender's; a bare
       # participle is read only after a document, acts.py)
       r"voted (?:to support|for|in favou?r)|lauded|congratulat(?:ed|es|ing)|sided with|"
       # "voted 19 to 0 on Tuesday to endorse the quarantine", "voted unanimously on Monday in
       # favour of recognising Abkhazia"
       r"voted " + VOTE_WORDS + r"(?:to (?:endorse|back|support)|in favou?r of)\b|"
       # "sent a message of thanks to General Abboud", "came down on Britain's side"
       r"sen(?:t|ds) (?:an? |his |her |its |their )?(?:[\w-]+ )?(?:messages?|letters?|"
       r"cables?|telegrams?) of (?:thanks|gratitude)|(?:came|comes) down on (?:the )?"
       r"(?:[\w.]+['’]s )?side\b|"
       # "sent messages of congratulation to both leaders"
       r"sen(?:t|ds) (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){0,3}?(?:a |his |her |its |their )?(?:[\w-]+ )?"
       r"(?:messages?|letters?|cables?|telegrams?) of (?:congratulations?|support|solidarity)|"
       # "the Yemeni Government sent its congratulations to President al-Shaabi"
       r"sen(?:t|ds) (?:his|her|its|their) (?:warm |warmest |hearty )?congratulations to|"
       # "sent a congratulatory message to Tokayev"
       r"sen(?:t|ds) (?:a |an |his |her |its |their )?(?:warm |personal )?congratulatory "
       r"(?:messages?|letters?|cables?|telegrams?|notes?) to|"
       r"(?:pledg|vow|promis|reaffirm|renew)(?:ed|es|s) (?:its |his |her |their |"
       r"(?-i:[A-ZÀ-Ž])[\w.]*(?:'s|’s) )?(?:\w+ )?(?:support|backing|solidarity|commitment)|"

       # (not "adopted a resolution demanding that...": what it demands is its act, below)
       r"(?:approv|adopt)(?:ed|es) (?:a |an |the )?(?:[\w.-]+ ){0,2}(?:resolution|plan|"
       r"proposal|measure|declaration)(?! (?:[\w,.-]+ ){0,4}?(?:demanding|calling|urging|"
       r"condemning|denouncing|deploring)\b)|"
       r"(?:pledg|vow|promis)(?:ed|es|s) to stand (?:by|with|behind|united)|"
       r"st(?:oo|an)d(?:s)? (?:united |[\"“'‘]?\w+ly[\"”'’]? )?(?:by|with|behind) "
       r"(?=(?-i:[A-ZÀ-Ž])|the|its|his|her)|"
       # "declared his full support yesterday for Premier Lumumba's government", "assured
       # President Nasser of Soviet backing"
       r"(?:declared|declares|announced|proclaimed) (?:its |his |her |their )?"
       r"(?:[\w'’\"“-]+ ){0,2}?(?:support|backing)(?= (?:[\w-]+ ){0,2}?(?:for|with)\b)|"
       r"assur(?:ed|es) (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* |de |the ){1,5}?of (?:[\w'’-]+ ){0,3}?"
       r"(?:support|backing|solidarity)|"
       # ("Egypt said it would provide political and military support to the coalition")
       r"(?:expressed|voiced|gave|threw|throws|throwing|lent|lends|signall?ed|offered|"
       r"(?<=would )provide|(?<=will )provide|provided) "
       r"(?:its |his |her |their )?"
       r"(?:[\w'’\"“]+ ){0,4}?[\"“']*(?:support|backing|solidarity|blessing|approval|weight behind|"
       r"gratitude|appreciation for)|"
       # "came out in support of", "spoke out in favour of", "embraced the plan", "thanked X"
       r"(?:came|comes|spoke|speaks) out (?:strongly )?(?:in support of|in favou?r of|for)|"
       # "Hurd and Dumas also spoke in favor", "India and Yugoslavia voted with the Russians"
       r"(?:spoke|speaks) (?:strongly )?in favou?r\b|"
       # ("Tanzania, Guinea and Mozambique spoke in support of it")
       r"(?:spoke|speaks) (?:strongly )?in support of\b|"
       r"voted (?:with|alongside) (?=the\b|(?-i:[A-ZÀ-Ž]))|"
       # "said it viewed positively the Chinese plan", "spoke highly of China's efforts",
       # "extended warm felicitations to the Chinese leadership"
       r"view(?:ed|s)? positively|positively (?:assessed|evaluated|viewed)|"
       r"sp(?:oke|eaks) (?:very )?highly of|extend(?:ed|s) (?:his |her |its |their )?"
       r"(?:warm |warmest |hearty |heartfelt |sincere )*(?:felicitations|congratulations) to|"
       r"embraced (?:the |a |an )(?:[\w-]+ ){0,2}?(?:plan|proposal|idea|deal|initiative|"
       r"agreement|accord|offer|approach|call)|"
       r"thank(?:ed|s)? (?=(?-i:[A-ZÀ-Ž])|the\b|him\b|her\b|them\b)|"
       # "thanked allies for their solidarity", "was quick to hail the deal"
       # (not the courtesies: "thanked reporters for coming")
       r"thank(?:ed|s) (?!reporters|journalists|the (?:press|media|audience|crowd))"
       r"(?:[\w'’-]+ ){1,3}?for\b(?! (?:coming|attending|listening|joining|being here))|"
       r"(?<=to )hail)\b"),
    _c("support", "051", 0.7, "call describ term",
       r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s)) (?:[\w'’.-]+ ){0,4}?(?:as )?"
       r"[\"“]?(?:an? |the )?(?:\w+ ){0,2}?(?:breakthrough|success|milestone|step forward|"
       r"(?:positive|important|first|welcome|significant|major|good) step|historic|landmark|"
       r"good news|victory for|"
       # ("called the agreement 'a win-win situation'", "called the meeting 'a remarkable
       # beginning'")
       r"win-win|(?:remarkable|good|promising|new|auspicious) beginning|(?:good|promising) start|"
       r"turning point)"
       r"\b"),
    # "called the accord 'an example for the whole world'", "called the annulment 'a
    # triumph'", "called the American proposal 'positive'", "my new best friend" (not "described
    # the conversation as constructive": how talks went is told of the talks)
    _c("support", "051", 0.7, "call describ term",
       r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s))(?! as\b) (?:[\w'’.-]+ ){0,4}?"
       r"(?:as )?[\"“]?(?:an? |the )?(?:\w+ ){0,2}?(?:(?<!bad )(?<!poor )(?<!dangerous )example "
       r"(?:for|to)|triumph|positive|constructive|encouraging|best friend|(?:great|historic|"
       r"important) achievement|model for|good (?:text|deal|agreement|accord|compromise)|"
       # "called the proposal 'bold and imaginative'", "called the package 'generous'"
       r"bold|imaginative|generous|courageous|statesmanlike|realistic|balanced|helpful|useful|"
       r"valuable|sensible|reasonable|first step|step in the right direction)\b"
       # ("called it 'a very good and very useful meeting'": how talks went)
       r"(?!\s+(?:meetings?|talks|sessions?|discussions?|conversations?|exchanges?|visit|"
       r"summit))",
       veto=r"\b(?:talks|meetings?|conversations?|discussions?|call|session|atmosphere|"
       r"negotiations|exchanges?|dialogue|visit|summit)\b"),
    _c("support", "051", 0.7,
       "historic turning breakthrough milestone step good force welcome grateful thankful "
       "appreciat encouraged heartened pleased important positive significant constructive "
       "gratified",
       r"\b(?:historic (?:day|moment|step|agreement|deal|achievement|opportunity|decision|"
       r"vote)|turning point|breakthrough|milestone|step forward|step in the right direction|"
       r"good news|force for (?:stability|peace|good)|welcome (?:step|news|development)|"
       # ("said the decision was 'an important and positive step'")
       r"(?:important|positive|significant|constructive) and (?:important|positive|significant|"
       r"constructive|welcome) (?:step|act|move|signal|development)|"
       r"grateful|thankful|appreciat(?:es?|ed)|"
       # ("was 'gratified' by India's decision")
       r"(?:encouraged|heartened|pleased|gratified)[\"”']* (?:by|that|with|at))\b",
       content=True),
)
