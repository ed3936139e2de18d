"""The cue lexicon, agreements: deals signed, struck, ratified or joined, told in the active or
the passive ("the accord was signed on Monday by Peres", "deposited its instrument of
ratification"). Out of `lexicon_coop.py`, which joins them after the offers and the calls for
talks in the same order as before, when that file grew past 400 lines."""
from __future__ import annotations

from .cue_base import VOTE_WORDS, Cue, _c

DEAL_CUES: tuple[Cue, ...] = (
    # "deposited its instrument of ratification with the Secretary-General": the state joins
    # the treaty (the depositary is no party to it)
    _c("agreement", "057", 0.8, "deposit",
       r"\bdeposit(?:ed|s) (?:its |their |the )?(?:[\w-]+ )?(?:instruments?|documents?) of "
       r"(?:ratification|accession|acceptance|approval)\b"),
    # The passive with its agent further on (its own cue: the plain "signed" of the next one
    # would match first): "a deal was struck by EU negotiators with Britain", "the accord was
    # signed on the White House lawn on Monday by Peres", "a deal signed in Istanbul on Friday
    # by Ukraine's minister"
    _c("agreement", "057", 0.8, "reached signed struck concluded initial agreed",
       r"(?:(?<=was )|(?<=were )|(?<=agreement )|(?<=deal )|(?<=accord )|(?<=treaty )|"
       r"(?<=pact )|(?<=declaration )|(?<=protocol ))(?:reached|signed|struck|concluded|agreed|"
       r"initial+ed)(?:\s+(?!by\b)[\w'’.,-]+){0,7}?(?=\s+by\s+(?:the\s+)?(?-i:[A-ZÀ-Ž]))",
       joint=True),
    # "Nasser ordered his forces to cease fire": a ceasefire kept by one's own side (the
    # development gold: an agreement, 3 of 3)
    _c("agreement", "057", 0.8, "ordered",
       r"\bordered (?:his|its|their) (?:own )?(?:[\w-]+ )?(?:forces|troops|armies|army|soldiers|"
       r"units)(?: (?:today|yesterday|tonight|on \w+day))? to (?:cease fire|cease firing|cease "
       r"hostilities|stop (?:fighting|firing|shooting)|hold (?:their )?fire|observe the "
       r"(?:ceasefire|cease-fire|truce))\b"),
    # "signed a law ratifying the New START treaty": the signer's ratification alone (the
    # treaty's other party signs nothing then)
    _c("agreement", "057", 0.8, "signed",
       r"\bsigned (?:a |the )?(?:law|bill|decree) (?:ratifying|approving)\b"),
    _c("agreement", "057", 0.8,
       "agree sign reached struck accept ratifi resum restor establish normali clinch seal upgrad "
       "would will "
       "approv "
       "appeared seemed decided voted ink put exchanged came announced settled finali "
       "conclud initial formed forged built joined renewed gave concluded initialled initialed "
       "dropped lifted withdrew waived worked",
       # ("a signed declaration": an adjective, not a signing)
       # (not "signed a law nullifying the memorandum", "signed an executive order")
       # (nor "a note signed by the foreign minister": a letter's signer agreed to nothing)
       # ("ended their talks on Sunday, agreeing on the need for a neutral Laos": the subject's)
       r"\b(?:agreed|agree to|agrees|(?<=, )agreeing (?:on|to|that)\b|"
       r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bnote )(?<!\bletter )"
       r"(?<!\bmessage )(?<!\bpetition )signed(?! (?:a |an |the |into )?"
       r"(?:[\w-]+ )?(?:law|bill|decree|executive order|"
       # (a memorandum on a matter is a deal: "signed a memorandum on cooperation in the gas
       # sector", "a memorandum committing Austria to neutrality")
       r"memorandum(?! of understanding| with\b| between\b| on\b| committing\b)|order|"
       # ("signed a diplomatic note on Monday demanding compensation": a note, no deal)
       r"proclamation|note|letter|message|petition|appeal)\b)|"
       r"signs (?=(?:a|an|the|its|their|his|her)\b)|"
       r"reached (?:an? |the )?[\"“']?(?:[\w'’$.,-]+ ){0,4}?[\"“']?(?:deal|"
       r"agreement|accord|ceasefire|truce|consensus|understanding|arrangement)|"
       r"struck (?:an? |the )(?:[\w'’$.,-]+ ){0,4}?(?:deal|agreement|accord|bargain|pact)|"
       r"(?:(?<!neither )(?<!not )(?<!never )accept(?:ed|s)|(?:appeared|seemed) to accept|"
       r"(?:decided|voted) " + VOTE_WORDS + r"to accept|(?:would|will) accept) "
       r"(?:the |a |an |its )?"
       # ("accepted a U.N. Security Council resolution", "the Security Council's demand for",
       # "accepted the first phase of the American-brokered Gaza plan")
       # (not across an infinitive: "would accept observers ... to monitor the ceasefire")
       r"(?:(?!to\b)[\w.'’-]+ ){0,7}?(?:(?:proposal|plan|offer|deal|demand)s?|terms|ceasefire|"
       r"cease-fire|truce|treaty|accord|agreement|"
       # (not "resolutions 242 and 338" in the plural: a position stated, as the gold reads it)
       r"resolution|conditions|mediation|compromise|formula|framework|road ?map|ruling|verdict|"
       # ("ECOWAS accepted the 24-month transition timetable presented by the junta")
       r"timetable|"
       # ("Sudan accepted on Tuesday the deployment of a joint peacekeeping force")
       r"award|arbitration|deployment|(?<=the )call|(?<=the )appeal|"
       # ("accepted on Monday a Soviet suggestion that")
       r"suggestion|"
       # ("accepted on Tuesday the name 'Republic of North Macedonia'")
       r"(?<=the )name)|"
       # the thing accepted named before: "Iraq accepted it in July last year", "Iran accepted
       # them on Monday" (not "accepted it was a mistake")
       r"(?<!not )(?<!never )accepted (?:it|them)(?= (?:on \w+day|in (?-i:[A-Z])\w+|last|"
       r"yesterday|today|unconditionally|formally|officially)\b|\s*[.;,])|"
       # the passive: "the framework agreement was formally accepted on Tuesday by Eritrea"
       r"(?:(?<=was )|(?<=were )|(?<=ly ))accepted(?= (?:[\w,'’-]+ ){0,5}?by (?-i:[A-ZÀ-Ž]))|"
       # "Chou dropped his objection to the entry of Government troops", "Greece lifted its
       # objection in return for a commitment": a concession that settles the point
       r"(?:dropped|lifted|withdrew|waived) (?:its|his|her|their) (?:\w+ )?(?:objections?|"
       r"opposition|reservations)\b|"
       # ("approved a 1974 land boundary agreement", "approved the final text of the deal")
       r"ratifi(?:ed|es)|approv(?:ed|es) (?:a |an |the |its )?(?:(?:final |draft )?text of "
       r"(?:the |a |an )?)?(?:[\w.'’-]+ ){0,3}?(?:treaty|accord|agreement|deal|pact|ceasefire|"
       r"truce)|"
       r"(?:resum|restor|establish|normali[sz])(?:ed|es) (?:full )?"
       r"(?:diplomatic )?(?:relations|ties)|(?:clinch|seal|conclud|initial+|ink)(?:ed|es|s)? "
       r"(?:an? |the )?(?:[\w'’$.,-]+ ){0,5}?(?:deal|agreement|accord|treaty|pact|declaration|"
       # ("initialled a protocol in Brazzaville")
       r"roadmap|road map|understanding|memorandum|text|document|protocol|convention|charter)|"
       # "put their signatures to the accord", "exchanged the instruments of ratification",
       # "came to terms on", "OPEC agreed on Wednesday to cut output"
       r"put (?:their|his|her|its) (?:signatures?|names?) (?:[\w,]+ ){0,3}?(?:to|on)|"

       r"exchanged (?:the )?(?:instruments|documents|letters) (?:of|ratifying)|"
       # "Israel and Lebanon on Thursday finalized a U.S.-brokered agreement"
       r"finali[sz](?:ed|es) (?:an? |the |their )?(?:[\w.'’-]+ ){0,3}?(?:agreement|deal|accord|"
       r"treaty|pact|text|ceasefire)|"
       # "the foreign ministers announced an agreement to settle the dispute", "they had
       # settled on the new name": the deal its makers announce is their agreement
       r"announced (?:an? |their )(?:[\w-]+ ){0,2}?(?:agreement|deal|accord|ceasefire|truce)"
       r"(?! (?:would|will|could|might|may)\b)|"
       r"settled on (?:an? |the )(?:[\w-]+ ){0,2}?(?:name|deal|formula|text|compromise|terms)|"
       r"came to terms (?:on|with|over)|"
       # "worked out a compromise during a walk in the woods", "settled the last disputes over
       # the treaty", "did agree yesterday to set up working groups"
       r"worked out (?:an? |the |their )?(?:[\w-]+ ){0,3}?(?:agreement|deal|accord|compromise|"
       r"formula|arrangement|settlement|understanding)|"
       r"settled (?:their |the |its |a |all )(?:[\w-]+ ){0,3}?(?:disputes?|differences|"
       r"quarrels?|disagreements?)|(?<=did )agree(?= (?:\w+ )?to\b)|"
       # "renewed its provisional agreement with China", "gave his consent to the terms"
       r"renewed (?:its |their |the )(?:[\w-]+ ){0,2}?(?:agreement|accord|deal|treaty|pact) "
       r"with|gave (?:his |her |its |their )?(?:formal )?(?:consent|assent) "
       r"(?:(?:on|last|this) \w+ )?to|"
       r"(?:formed|forged|built|joined) (?:an? |the )?(?:\w+ )?(?:alliance|coalition) with|"
       # "the two leaders upgraded relations to a comprehensive strategic partnership"
       r"upgraded (?:their |bilateral |the )?(?:relations|ties))\b",
       joint=True),
)
