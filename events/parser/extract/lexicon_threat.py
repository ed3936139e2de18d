"""The cue lexicon, threats and warnings (CAMEO 13): warned, threatened, vowed to retaliate,
an ultimatum, pressure announced for later, force promised on a condition, the diplomatic forms
of a warning ("would draw its own conclusions"). Kept apart from `lexicon.py`, whose adversarial
cues include them in this place."""
from __future__ import annotations

from .cue_base import Cue, _c

# a time given to do something: "gave the rebels until noon to withdraw", "gave Niger's junta
# one week to reinstate President Bazoum" (not the time to leave of an expulsion)
_DEADLINE = (r"(?:gave|gives) (?:[\w'’.,-]+ ){1,8}?(?:(?:\d+|\w+) (?:hours|days|weeks|months)|"
             r"(?:a|one) (?:week|month|day)|until) (?:[\w:.,]+ ){0,6}?to "
             r"(?!leave the country|leave the kingdom)")

THREAT_CUES: tuple[Cue, ...] = (
    _c("threat", "13", 0.8, "threat warn vow issued ultimatum would will won retaliat caution "
       "brandish served gave sent delivered repeated",
       # (not "a complaint against the threatened tariffs": an adjective)
       r"\b(?:(?<!the )(?<!its )(?<!their )(?<!his )(?<!her )threaten(?:ed|s|ing)?|"
       r"warn(?:ed|s|ing)?|vow(?:ed|s)? to retaliate|"
       r"vow(?:ed|s)? (?:[\w,]+ ){0,3}?to [\"“`']*(?:crush|destroy|defeat|punish|eliminate|"
       r"wipe out|fight on|respond|retaliate|hit back|"
       # ("vowed to exercise its right to a pre-emptive nuclear strike")
       r"(?:launch|carry out|exercise (?:its|their) right to) (?:an? )?(?:[\w-]+ ){0,2}?"
       r"(?:strikes?|attacks?)|"
       # ("vowed to continue its armed struggle")
       r"continue (?:its |the |their |his )?(?:armed )?(?:struggle|fight|resistance|war)|"
       r"take (?:[\"“`']*[\w-]+ ){0,2}?"
       r"(?:counter-?measures|measures|steps|action|revenge))|"
       r"brandish(?:ed|es|ing) (?:the )?threat|served notice on|"
       # "Dulles served notice last night that the United States would retaliate"
       r"serv(?:ed|es) notice(?= (?:[\w.'’-]+ ){0,5}?that\b)|"
       r"(?:warning|threat) (?:was|were) (?:issued|sent|delivered) to|"
       r"issued an ultimatum|"
       # "issued a stern warning to North Korea"
       r"(?:issued|gave|sent|delivered|repeated) (?:a |an |its |his |her |their )?"
       r"(?:[\w-]+ )?(?:warning|threat)s?|"
       # "sent India an ultimatum", "delivered an ultimatum to Belgrade"
       r"(?:sent|gave|delivered|handed|presented) (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){0,3}?"
       r"(?:an? |its |his |her |their )?(?:[\w-]+ )?ultimatum|"
       # "would not tolerate" warns of what follows if it happens
       r"(?:would|will) (?:not|never) tolerate|won't tolerate|"
       # (not "expelled the ambassador in retaliation for new sanctions": the motive of a deed)
       r"vow(?:ed|s) (?:to )?(?:respond|retaliate)|retaliated?|(?<!\bin )retaliation|"
       # "vowed harsh revenge against the United States"
       r"vow(?:ed|s) (?:\w+ )?(?:revenge|vengeance|retribution|retaliation)|"
       r"caution(?:ed|s) (?:against|that|(?:[\w.'’-]+ ){1,4}?(?:against|not|that)))\b"),
    # Pressure announced for later: "may extend its naval quarantine", "might be tightened".
    _c("threat", "13", 0.7,
       "may might could would will quarantine blockade embargo sanctions barricade",
       r"\b(?:may|might|could|would|will) (?:soon )?(?:extend|expand|tighten|widen|impose|"
       r"enforce|blockade|barricade|be extended|be expanded|be tightened|be widened) "
       r"(?:[\w'’-]+ ){0,3}?(?:quarantine|blockade|embargo|sanctions|interdiction|barricade|"
       r"port|ports|no-fly zone|restrictions)\b|"
       # "the naval barricade now in force might be extended to Aqaba", "Seoul could end the
       # pact 'at any time' if the talks failed": a measure held over the other side
       r"(?:quarantine|blockade|embargo|sanctions|barricade) (?:[\w'’-]+ ){0,4}?(?:may|"
       r"might|could|would|will) (?:soon )?be (?:extended|expanded|tightened|widened)\b|"
       r"(?:could|would|will|may|might) (?:end|scrap|terminate|cancel|abrogate|suspend|quit|"
       r"withdraw from|pull out of) (?:the |its |their |our )(?:[\w-]+ )?(?:pact|treaty|"
       r"agreement|deal|accord|arrangement)(?=[^.;]{0,60}\b(?:if|unless|at any time)\b)",
       content=True),
    # "declared an 'all-out war' against the group"
    _c("threat", "13", 0.8, "declared declares declaring",
       r"\bdeclar(?:ed|es|ing) (?:an? )?[\"“'`]*(?:all-out|total|full-scale) war\b"),
    # Consequences held over the other side: "an embargo could plunge the U.S. into a
    # depression", "the troops in the Gulf will remain until Iraq complies".
    _c("threat", "13", 0.7, "could would will may might troops forces ships warships armada "
       "carrier",
       r"\b(?:(?:could|would|will|may|might) (?:plunge|drag|push|throw|tip) (?:[\w.'’-]+ ){1,4}?"
       r"into (?:a |an |the )?[\"“`']*(?:\w+ )?(?:depression|recession|crisis|war|chaos|turmoil|"
       r"conflict|catastrophe|abyss|disaster)|"
       r"(?:troops|forces|ships|warships|armada|carriers?) (?:[\w,.'’-]+ ){0,6}?(?:will|would) "
       r"(?:remain|stay)(?: [\w-]+){0,4}? until)\b", content=True),
    # "will seek U.N. Security Council action against Sudan"
    _c("threat", "13", 0.7, "would will seek push ask",
       r"\b(?:would|will) (?:seek|push for|ask for|press for) (?:[\w.'’-]+ ){0,4}?"
       r"(?:action|sanctions|measures|punishment) against\b", content=True),
    # CAMEO 1312/138/139: "called for tougher sanctions against", "set a deadline", "reserved
    # the right to respond", "vowed revenge"
    _c("threat", "13", 0.75, "call called calls set sets gave gives reserv vow issued delivered "
       "handed presented",
       r"\b(?:call(?:ed|s|ing)? for (?:new |tougher |fresh |further |more |stiffer |"
       r"international |economic |wider )*(?:sanctions|an embargo|a boycott)|"
       r"(?:set|sets|gave|gives) (?:\w+ ){0,2}?(?:a |an )?(?:new |final |firm )?(?:[\w-]+ )?"
       r"deadline|"
       # an ultimatum (CAMEO 139) with what follows if it is not met: "gave Saddam 48 hours to
       # leave Iraq or face military action", "delivered a blunt ultimatum to" (without, a
       # demand: `_DEADLINE` below)
       + _DEADLINE + r"(?=[^.;]{0,150}?\bor (?:face|else|risk|bear)\b)|"
       r"(?:issued|delivered|gave|handed|presented) (?:[\w'’.-]+ ){0,5}?(?:an? |the |its |his |"
       r"her )?(?:[\w-]+ )?ultimatum|"
       # ("still reserved the right under the 1960 Treaty of Guarantee to intervene")
       r"reserv(?:ed|es|ing) the right (?:(?:under|in) (?:[\w'’.-]+ ){1,6}?)?to|"
       r"vow(?:ed|s|ing)? (?:to take )?(?:revenge|to avenge))\b"),
    # "Japan would also consider recalling its ambassador": a step against the other side
    # held out (CAMEO 13)
    _c("threat", "13", 0.7, "would will may might could",
       r"\b(?:would|will|may|might|could) (?:also |now |even )?(?:consider|weigh|look at) "
       r"(?:recalling|expelling|imposing|cutting|suspending|freezing|severing|breaking off|"
       r"downgrading|withdrawing|closing|sanctions|retaliat\w*|taking (?:further |tougher )?"
       r"(?:action|measures|steps) against)\b"),
    # Force promised on a condition: "said it would strike Iraq unless...".
    _c("threat", "13", 0.75, "would will could",
       r"\b(?:would|will|could) (?:strike|attack|bomb|hit|invade|punish|use force against|"
       r"take military action against) (?:[\w.'’-]+ ){0,4}?(?:unless|if)\b", content=True),
    _c("threat", "13", 0.7, "would will could all not draw deal",
       r"\b(?:(?:would|will) do whatever (?:is )?(?:necessary|it takes)|all necessary "
       r"(?:means|measures|steps)|(?:would|will|could) "
       r"(?:not hesitate to |be prepared to |be ready to )?"
       r"(?:use|resort to) (?:military )?force|"
       r"(?:would|will|could) (?:face|pay|feel) (?:a |the |serious |grave |severe )?"
       r"(?:heavy )?(?:price|consequences)|(?:would|will) not hesitate to|all options "
       r"(?:are|remain) on the table|"
       # "Lavrov said Moscow would respond": the speaker warns (his state's response)
       r"(?:would|will) (?:respond|retaliate|hit back)|"
       # "the armed forces had been instructed to deal strongly with any repetition"
       r"deal (?:strongly|firmly|decisively|harshly|sternly|severely|resolutely) with|"
       # "the Kremlin would draw its own conclusions": the diplomatic form of a warning
       r"(?:would|will) (?:be forced to )?draw (?:the |its |their |our )?(?:own |appropriate |"
       r"necessary )?conclusions)\b", content=True),
    # A harm the speaker's side would do on a condition: "NATO would launch air strikes if
    # the Bosnian Serbs attacked", "Iran would resume enrichment in 60 days unless...",
    # "Russia would take 'military-technical' measures if Ukraine were admitted"
    _c("threat", "13", 0.7, "would will",
       r"\b(?:would|will) (?:launch|take|resume(?! (?:talks|negotiations|dialogue))|impose|"
       r"close|expel|sever|cut off|withdraw from|pull out of|quit|boycott|reconsider|suspend|"
       r"freeze|downgrade|reimpose|intensify|step up|escalate|not allow|not be allowed|"
       # ("would seek action by the U.N. Security Council if Iran resumed", "would carry its
       # complaint to the United Nations if the inter-American system failed")
       r"seek action by|carry (?:its|their|the) (?:complaint|case|dispute) to|refer) "
       r"(?:[\w.'’\"“”,-]+ ){0,10}?(?:if|unless)\b", content=True),
    # "said Iran risked referral to the Security Council", "South Africa would review its
    # relations with the world body", "the president's patience with Baghdad is wearing very
    # thin", "ready to adopt further sanctions"
    _c("threat", "13", 0.7, "risk would will patience ready prepared",
       r"\b(?:risk(?:s|ed)? (?:being referred|referral) to (?:the )?(?:U\.?N\.? )?Security "
       r"Council|(?:would|will) (?:review|reconsider|reassess|re-examine) (?:its|their) "
       r"(?:relations|ties|membership|cooperation|participation) (?:with|in)|"
       r"patience (?:[\w'’.-]+ ){0,4}?(?:is |was )?(?:wearing|running|growing) (?:very |"
       r"dangerously )?(?:thin|out|short)|(?:ready|prepared) to adopt (?:further |new |"
       r"additional |tougher )?(?:sanctions|measures))\b", content=True),
    # whatever the speaker's side would do "unless" the other gives way is held over it:
    # "the United States would stay away from the Moscow Olympics unless Soviet troops left"
    # (not "would not sign unless": a condition refused, the rejection cues')
    _c("threat", "13", 0.65, "would will must",
       # ("the last British servicemen must leave the island by the end of the month unless
       # London paid more")
       r"\b(?:would|will|must)(?! not\b| never\b) (?:[\w.'’\"“”,-]+ ){1,12}?unless\b",
       content=True),
    # an ultimatum with nothing said of what follows is a demand (CAMEO 10): "NATO gave the
    # Bosnian Serbs 10 days to withdraw their heavy weapons", "gave Moscow until the end of the
    # following day to explain"
    _c("demand", "10", 0.75, "gave gives",
       r"\b" + _DEADLINE + r"(?!leave\b|quit\b|vacate\b)(?![^.;]{0,150}?\bor (?:face|else|risk|"
       r"bear)\b)"),
)
