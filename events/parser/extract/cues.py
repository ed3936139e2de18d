"""The cue lexicon: verb and noun phrases that signal each event type, with their strength.

Order matters only for ties: a more specific type beats `statement`, and a stronger cue beats
a weaker one. `speech` cues (said, told...) introduce reported speech whose content may carry a
more specific cue; `joint` cues (met, held talks) make one event per participant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TALKS = (r"(?:talks|negotiat\w*|dialogue|diplomacy|peace process|the (?:negotiating )?table|"
          r"mediat\w*|a (?:political )?settlement|rejoin|to meet|meetings?|a summit|a ceasefire)")


@dataclass(frozen=True)
class Cue:
    type: str
    cameo: str
    strength: float
    regex: re.Pattern
    starts: tuple[str, ...]  # lowercase prefixes of the words a match can start with
    speech: bool = False
    joint: bool = False


def _c(type_, cameo, strength, starts, pattern, **kw) -> Cue:
    return Cue(type_, cameo, strength, re.compile(pattern, re.IGNORECASE),
               tuple(starts.split()), **kw)


CUES: tuple[Cue, ...] = (
    # Negated forms first: they win over the plain verbs they contain.
    _c("intent_to_negotiate", "036", 0.8, "did does would has have not",
       r"\b(?:did not|didn't|does not|doesn't|would not|wouldn't|has not|have not|not) "
       r"(?:rule|ruling) out (?:talks|negotiat\w*|a meeting|meeting|dialogue|contacts?)"),
    _c("rejection", "125", 0.85, "refus declin reject",
       r"\b(?:refused|refuses|refusing|declined|declines|rejected|rejects|rejecting) "
       r"(?:to (?:meet|negotiate|talk|hold talks|join|attend|rejoin)|(?:any |the )?"
       r"(?:talks|negotiations|dialogue|meeting))"),
    _c("rejection", "12", 0.8,
       "reject refus turn dismiss ruled rules veto spurn rebuff repudiat declin kept "
       "boycott walked would will could can won cannot",
       r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing)|turned down|turns down|dismiss(?:ed|es)|"
       r"ruled out|rules out|vetoed|vetoes|spurned|rebuffed|repudiated|"
       r"declined to (?!comment|say|elaborate|give|provide|confirm|discuss|answer|respond)|"
       r"kept (?:his|her|its|their) (?:party|country|delegation) out|boycott(?:ed|s|ing)?|"
       r"walked out|(?:would|will|could|can) not accept|won't accept|cannot accept|"
       r"refuse to accept)\b"),
    _c("sanction", "16", 0.85, "impos sanction expel recalled severed cut froze new package",
       r"\b(?:impos(?:ed|es|ing) (?:new |fresh |further |more )?(?:sanctions|an embargo|"
       r"tariffs)|sanction(?:ed|s|ing) (?=(?-i:[A-Z]))|"
       r"expell?(?:ed|s|ing)? (?:\w+ ){0,3}(?:diplomats?|ambassadors?|envoys?)|"
       r"recalled (?:its|their|his|her) ambassador|severed (?:diplomatic )?"
       r"(?:ties|relations)|cut (?:off )?(?:diplomatic )?(?:ties|relations)|froze (?:the )?assets"
       r"|new sanctions|package of sanctions)\b"),
    _c("threat", "13", 0.8, "threat warn vow issued ultimatum would will retaliat",
       r"\b(?:threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?|vow(?:ed|s)? to retaliate|"
       r"issued an ultimatum|ultimatum|(?:would|will) (?:respond|retaliate|hit back)|"
       r"vow(?:ed|s) (?:to )?(?:respond|retaliate)|retaliat(?:ed|e|ion))\b"),
    _c("criticism", "112", 0.8,
       "accus blam condemn denounc criticis criticiz slam lambast rebuk castigat decri "
       "censur deplor attack hypocri are is were was dismiss",
       r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)(?! on)|condemn(?:ed|s|ing)?|"
       r"denounc(?:ed|es|ing)|"
       r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|slamm?(?:ed|s|ing)|lambast(?:ed|s|ing)|"
       r"rebuk(?:ed|es)|castigat(?:ed|es)|decri(?:ed|es)|censur(?:ed|es)|deplor(?:ed|es)|"
       r"attack(?:ed|s) (?=\w+'s|the (?:policy|decision|plan|approach|government))|"
       r"hypocri\w+|(?:are|is|were|was) (?:\w+ )?responsible for|"
       r"dismiss(?:ed|es|ing) (?:[\w'’\"]+ ){1,4}as\b)"),
    _c("demand", "10", 0.75, "demand insist called calls urg press",
       r"\b(?:demand(?:ed|s|ing)?|insist(?:ed|s|ing)? (?:that .{0,60}?)?(?:must|should)|"
       r"called on|calls on|urg(?:ed|es|ing)|press(?:ed|es) (?:\w+ ){0,3}to)\b"),
    _c("call_for_talks", "026", 0.85,
       "urg call appeal press invit encourag push support back endors favor favour",
       r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing)? (?:on|for)|appeal(?:ed|s)|press(?:ed|es)|"
       r"invit(?:ed|es|ing)|encourag(?:ed|es)|push(?:ed|es) for|calls? for)\b"
       r"(?:[^.;:]{0,80}?)\b" + _TALKS + r"|\b(?:support(?:ed|s)?|back(?:ed|s)?|endors(?:ed|es)|"
       r"favou?r(?:ed|s)?) (?:the idea of |the |calls for |a return to )?(?:launching |holding |"
       r"resuming |starting |opening |direct |new |peace )?(?:negotiations|talks|dialogue)\b"),
    _c("intent_to_negotiate", "036", 0.85,
       "open ready willing prepared readiness eager intend intention plan hope want "
       "offer seek sought we is are",
       r"\b(?:(?:open|ready|willing|prepared|readiness|willingness|eager|intends?|intended|"
       r"intention|plans?|planned|hopes?|hoped|wants?|wanted|offered|offers?|seeks?|sought) "
       r"(?:\w+ ){0,2}(?:to|for|of) (?:\w+ ){0,2}" + _TALKS + r"|open to (?:contacts|talks)|"
       r"we are back|(?:is|are) back (?:at|in) the talks)"),
    _c("proposal", "03", 0.75,
       "propos put unveil made submitted presented tabled offer promis pledg suggest "
       "call",
       r"\b(?:propos(?:ed|es|ing)|put forward|unveil(?:ed|s)|(?:made|submitted|presented|tabled) "
       r"(?:a |an |the |its |his |her )?(?:\w+ )?(?:proposal|plan|offer|initiative)|"
       r"offer(?:ed|s)? to|promis(?:ed|es)|"
       r"pledg(?:ed|es)|suggest(?:ed|s)|call(?:ed|s|ing)? for|calling for)\b"),
    _c("agreement", "057", 0.8, "agree sign reached struck accept ratifi",
       r"\b(?:agreed|agree to|agrees|sign(?:ed|s)|reached (?:an? |the )?(?:\w+ )?(?:deal|"
       r"agreement|accord|ceasefire|truce|consensus|understanding)|struck (?:a|the) deal|"
       r"accept(?:ed|s) (?:the |a |an )?(?:\w+ )?(?:proposal|plan|offer|deal|terms|ceasefire)|"
       r"ratifi(?:ed|es))\b", joint=True),
    _c("phone_call", "041", 0.9, "phone telephon spoke video called",
       r"\b(?:(?:tele)?phone (?:call|conversation|talks)|spoke (?:by|on the|over the) "
       r"(?:tele)?phone|spoke with (?:[\w.'’-]+ ){1,4}?(?:by|on the|over the) (?:tele)?phone|"
       r"phoned|telephoned|video (?:call|conference|link)|"
       r"called (?=(?-i:[A-Z])\w+ (?:on|to discuss)))\b", joint=True),
    _c("meeting", "040", 0.85, "met meet held hold talks visit host sat received negotiated summit",
       r"\b(?:met|meets|meeting with|meetings with|held (?:\w+ )?talks|hold (?:\w+ )?talks|"
       r"holds (?:\w+ )?talks|talks with|visit(?:ed|s|ing)|host(?:ed|s|ing)|sat down with|"
       r"received (?=(?-i:[A-Z]))|negotiated with|summit with)\b", joint=True),
    _c("support", "051", 0.75,
       "support back endors welcom prais hail applaud commend voted lauded expressed",
       r"\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing) (?!down|away|off)|endors(?:ed|es|ing)|"
       r"welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s)|applaud(?:ed|s)|commend(?:ed|s)|"
       r"voted (?:to support|for|in favou?r)|lauded|expressed (?:its |his |her )?support)\b"),
    _c("statement", "010", 0.55,
       "said says say stat told tell add noted stress emphasi argu acknowledg announc "
       "declar insist claim explain remark comment assert confirm indicat reiterat "
       "according in wrote tweet post",
       r"\b(?:said|says|say|stated|states|told|tells|added|adding|noted|stressed|emphasi[sz]ed|"
       r"argued|acknowledged|announced|declared|insisted|claimed|explained|remarked|"
       r"commented|asserted|confirmed|indicated|reiterated|according to|in a statement|"
       r"wrote|tweeted|posted)\b", speech=True),
)

# Words between a cue and its actor that show the cue is not an act that took place.
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without)\s+(?:\w+\s+){0,1}$",
                      re.IGNORECASE)
# "if Iraq refuses", "whether to meet": within the same clause (a comma or "and" ends it).
HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|would be|could|might)\b"
                          r"(?:(?!\band\b|\bbut\b)[^,;])*$", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|is to|are to|is scheduled to|are scheduled to|plans? to|"
                    r"is expected to|are expected to|is due to|are due to|set to|"
                    r"is supposed to|are supposed to|to)\s+(?:\w+\s+)?$", re.IGNORECASE)
REFUSAL_BEFORE = re.compile(r"\b(?:refused|refuses|declined|rejected|declines)\s+to\s+$",
                            re.IGNORECASE)
PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|long\s+|also\s+|since\s+)*$",
                     re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$",
                            re.IGNORECASE)

# The possessive noun events: "Zelensky's peace proposal", "Iran's offer".
NOMINAL = re.compile(
    r"(?:'s|’s)\s+(?:\w+\s+){0,2}?(?P<noun>proposal|peace plan|plan|offer|initiative|"
    r"demands?|ultimatum|threats?|criticism|call for talks|refusal|rejection)\b",
    re.IGNORECASE,
)
NOMINAL_TYPES = {
    "proposal": ("proposal", "03"), "peace plan": ("proposal", "03"), "plan": ("proposal", "03"),
    "offer": ("proposal", "03"), "initiative": ("proposal", "03"), "demand": ("demand", "10"),
    "demands": ("demand", "10"), "ultimatum": ("threat", "13"), "threat": ("threat", "13"),
    "threats": ("threat", "13"), "criticism": ("criticism", "111"),
    "call for talks": ("call_for_talks", "026"), "refusal": ("rejection", "12"),
    "rejection": ("rejection", "12"),
}


_WORD = re.compile(r"[A-Za-z]+")
_CAP_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")
_BY_PREFIX: dict[str, list[tuple[str, Cue]]] = {}
for _cue in CUES:
    for _p in _cue.starts:
        _BY_PREFIX.setdefault(_p[:2], []).append((_p, _cue))


_WORD_CUES: dict[str, tuple[Cue, ...]] = {}


def _cues_for(word: str) -> tuple[Cue, ...]:
    found = _WORD_CUES.get(word)
    if found is None:
        low = word.lower()
        found = tuple(dict.fromkeys(cue for prefix, cue in _BY_PREFIX.get(low[:2], ())
                                    if low.startswith(prefix)))
        if len(_WORD_CUES) < 50_000:  # bounded: arbitrary input must not grow it forever
            _WORD_CUES[word] = found
    return found


def find_cues(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[Cue, re.Match]]:
    """Every cue match, found by trying only the cues whose first word fits each word of the
    text: one cheap tokenising pass instead of one regex scan per cue (an alternation of all
    first words in one regex is slower in `re` than this)."""
    endpos = len(text) if endpos is None else endpos
    out = []
    for w in _WORD.finditer(text, pos, endpos):
        cues = _cues_for(w.group())
        if not cues:
            continue
        start = w.start()
        if start and text[start - 1] == "-":
            continue  # "EU-hosted", "U.S.-drafted": part of a compound, not a verb
        if w.group()[0].isupper() and _CAP_BEFORE.search(text, max(0, start - 30), start):
            continue  # "United States", "Security Council Says": part of a name
        for cue in cues:
            m = cue.regex.match(text, start, endpos)
            if m:
                out.append((cue, m))
    return out
