"""The cue lexicon: acts told in the passive with their agent ("Diplomatic relations with Israel
were broken off by the Soviet Union", "The American offer was warmly welcomed by Mr. Bevin").

The active cues ask for what follows the verb (an object, a preposition); in the passive that
comes first, so these ask instead for the participle right after "was"/"were"/"been" (an
adverb between) and a by-phrase naming the agent within a few words; `subjects.py` takes the
agent as the actor.
"""
from __future__ import annotations

from .cue_base import Cue, _c

# the participle after the passive auxiliary, an adverb allowed ("was warmly welcomed"; not
# "The General Assembly approved early Sunday a plan put forward by")
_ADVERBS = ("", "warmly ", "formally ", "strongly ", "firmly ", "flatly ", "sharply ",
            "roundly ", "bitterly ", "officially ", "unanimously ", "also ", "swiftly ",
            "publicly ", "promptly ", "immediately ")
_AFTER_BE = "(?:" + "|".join(rf"(?<=\b{aux} {adv})" for aux in ("was", "were", "been")
                             for adv in _ADVERBS) + ")"
# ... and the agent within eight words: "by the Foreign Secretary, Mr. Ernest Bevin"
_BY_AGENT = (r"(?=(?:\s+(?!by\b|and\b|but\b|which\b|that\b|who\b)[\w,'’‘.\"“”-]+){0,8}?\s+by\s+"
             r"(?:the\s+)?(?-i:[A-ZÀ-Ž]))")


def _passive(type_: str, cameo: str, starts: str, verbs: str) -> Cue:
    return _c(type_, cameo, 0.75, starts, _AFTER_BE + r"(?:" + verbs + r")\b" + _BY_AGENT)


PASSIVE_CUES: tuple[Cue, ...] = (
    _passive("sanction", "16", "broken severed", r"broken off|severed"),
    # "Twenty-five Soviet officials were ordered out of Britain by the Foreign Office", "were
    # declared personae non gratae by", "An embargo ... was declared by Saudi Arabia"
    _passive("sanction", "16", "ordered expelled imposed declared",
             r"ordered out|ordered to leave|expelled|imposed|declared (?:a )?personae? non "
             r"gratae?"),
    _passive("support", "051", "welcomed praised endorsed hailed applauded",
             r"welcomed|praised|endorsed|hailed|applauded"),
    _passive("criticism", "111", "condemned denounced criticised criticized",
             r"condemned|denounced|criticised|criticized"),
    _passive("agreement", "057", "accepted approved ratified signed",
             r"accepted|approved|ratified|signed"),
    _passive("rejection", "12", "rejected turned spurned rebuffed vetoed opposed disowned disputed",
             r"rejected|turned down|spurned|rebuffed|vetoed|opposed|disowned|disputed"),
    _passive("demand", "10", "demanded", r"demanded"),
    # "Talks with Leonid Brezhnev were held in Moscow on Friday by Secretary of State Henry
    # Kissinger" (act_gates keeps it only after talks: "hostages were held by" is no meeting)
    _passive("meeting", "040", "held", r"held"),
    # the host in the passive: "Deng Xiaoping was entertained at the White House on Monday by
    # President Carter"
    _passive("meeting", "040", "entertained", r"entertained"),
)
