"""The cue lexicon, what a speaker's words make of "X said" (session 9, found with phrasebook
batch r: speech behind neutral verbs, typed only by its content). Families, not single
quotes: a charge's vocabulary, a warning's conditional consequence ("any incursion would..."),
a refusal told as what the speaker's side will not do, praise as standing by a partner, a plan
told by what it provides for, readiness to engage, and the only way out being talks.
Content cues: they type the act of the speaker whose words hold them (acts.py)."""
from __future__ import annotations

from .cue_base import Cue, _c

SAID_CUES: tuple[Cue, ...] = (
    # talks announced: "Israeli officials said Begin and Sadat would hold further talks
    # Monday", "his office said Kinshasa would send a delegation to Luanda" (told by the
    # reporter, "X will meet Y" is a schedule, no act)
    # ("She said she expected to meet her Venezuelan counterpart later this week")
    _c("intent_to_negotiate", "036", 0.7, "would will expected expects expect",
       r"\b(?:would|will|expect(?:ed|s)? to) (?:(?:now|soon|also|again) )?"
       r"(?:meet(?! (?:its|their|the|his|her|"
       r"our) (?:\w+ )?(?:obligations|commitments|demands|deadline|conditions|targets|needs))|"
       r"hold (?:[\w-]+ ){0,2}?(?:talks|meetings?|negotiations|consultations)|negotiate|"
       r"send (?:a |an )?(?:[\w-]+ )?delegation|resume (?:the )?(?:talks|negotiations)|"
       # "said he would speak with the Israeli and Lebanese prime ministers", "would seek talks
       # with Mexico"
       r"speak (?:again |directly )?(?:with|to) (?=the |(?-i:[A-ZÀ-Ž]))|"
       r"seek (?:direct |new )?talks|"
       # "said he would travel to the United States in the coming days for talks", "Japan
       # would dispatch its vice minister for talks with U.S. officials", "would fly to
       # Beijing to seek assurances": a trip the speaker plans to talk
       # ("would fly back to Yangon on Sunday to co-chair a donors' conference")
       r"(?:travel|go|fly|head|come|dispatch|send) (?:[\w'’.,-]+ ){0,9}?(?:for (?:talks|"
       r"negotiations|consultations)|to (?:seek|hold talks|negotiate|discuss)|to (?:co-?chair|"
       r"chair|attend|take part in) (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:conference|summit|"
       r"meeting|talks|session)))\b",
       content=True),
    _c("criticism", "111", 0.7,
       "weaponi lost disconnect politically entrenched hostility collective hypocrite flagrant "
       "blatant gross of useless failed riddled full falsehood graveyard gave given giving "
       "provid a an appalling despicable abhorrent disgusting instrument tool prize reward gift "
       "scientifically totally completely entirely unfounded deeply extremely highly regrettable "
       "naked regret with deeply very extremely dissatisfied displeased unhappy "
       "recipe externally directed being had has have was were shelter harbo shield gravely "
       "seriously",
       r"\b(?:weaponi[sz](?:ation|ing|ed)|lost touch with reality|"
       # "Tehran is deeply dissatisfied with", "a recipe for disaster", "an externally inspired
       # attempt", "the crisis was being directed from Moscow"
       r"(?:(?:deeply|very|extremely) )?(?:dissatisfied|displeased|unhappy) (?:with|about|over|"
       r"at)|recipe for disaster|externally (?:inspired|instigated|directed|organi[sz]ed)|"
       r"(?:being )?directed from (?:abroad|outside|(?-i:[A-ZÀ-Ž])\w+)|"
       # "Guatemala had not been consulted on the deployment"
       r"(?:had|has|have|was|were) not been consulted|"
       # "said Beijing regretted the move", "noted the decision 'with regret and concern'"
       # (not "regretted the embarrassment the reports had caused": an apology)
       # ("We deeply regret and strongly condemn this decision": the present of the speaker)
       r"(?:regrett?(?:ed|s)|(?<=we )regret|(?<=we deeply )regret|(?<=we strongly )regret) "
       r"(?:and (?:strongly |firmly )?(?:condemn|protest|reject) )?"
       r"(?:the|this|that|its|their|[\w'’-]+['’]s) (?:[\w-]+ ){0,3}?"
       r"(?:decision|move|step|invasion|attack|withdrawal|actions?|vote|announcement|refusal|"
       r"policy|strikes?|remarks|measures?|sanctions|recognition|expulsion|closure)|"
       r"[\"“]*with (?:deep |great |profound |some )?regret(?: and (?:concern|dismay))?[\"”]*|"
       # "Washington was 'deeply concerned' by China's announcement" (another's act, not a
       # situation: "concerned about the humanitarian situation" is a comment)
       r"(?:deeply|very|extremely|gravely|seriously) concerned[\"”']* (?:by|about|over|at) "
       r"(?:the |this |that |its |their |[\w.'’-]+['’]s )(?:[\w-]+ ){0,3}?(?:decision|move|step|"
       r"announcement|actions?|moves|declaration|deployment|plans?|refusal)\b|"
       r"disconnect(?:ed|ion) from reality|politically motivated|"
       r"(?:deeply )?(?:entrenched )?hostility (?:to|toward|towards|against)|"
       r"(?:deeply )?entrenched hostility|collective punishment|hypocrites|"
       r"(?:flagrant|blatant|gross) (?:denial|disregard|violation|breach|interference)|"
       r"of no use|useless|failed to honou?r|riddled with (?:lies|falsehoods)|"
       r"full of (?:lies|falsehoods)|falsehoods|graveyard (?:for|of)|"
       r"(?:gave|given|giving|provid(?:ed|ing)) (?:[\w'’\"“”]+ ){0,3}?(?:shelter|(?:a )?safe haven|"
       r"space) (?:\w+ )?(?:to|for) (?:extremists|terrorists|separatists|militants)|"
       # "Islamabad is 'brazenly' sheltering the men behind the Mumbai attacks"
       r"(?:sheltering|harbou?ring|shielding) [\"“”']*(?:the )?(?:men|those|terrorists|militants|"
       r"killers|perpetrators|suspects|fugitives|extremists|plotters|masterminds?)\b|"
       r"appalling|despicable|abhorrent|disgusting|"
       r"(?:an? )?(?:instrument|tool) in the hands of|"
       r"(?:a |an )?(?:prize|reward|gift) for (?:terrorism|terrorists|aggression|the aggressor)|"
       r"(?:scientifically |totally |completely |entirely )unfounded|"
       r"(?:deeply|extremely|highly) regrettable|naked (?:economic )?(?:bullying|coercion|"
       r"aggression))\b", content=True),
    # the consequence the speaker announces for a condition: "any U.S. incursion would turn
    # Venezuela into a new Vietnam", "warships would be legitimate targets if..."
    _c("threat", "13", 0.7,
       "any legitimate fair shot retaliatory ready not crank ratchet hell full time should close "
       "countermeasures will would just",
       r"\b(?:any (?:[\w.'’-]+ ){0,3}?(?:attempt|incursion|attack|aggression|adventurism|"
       r"provocation|violation|aircraft|vessel|warship|intrusion|escalation|strike|"
       r"interference|act of aggression)\b[^.;]{0,80}?\b(?:will|would|shall)\b|"
       r"(?:legitimate|fair) targets?|(?:will|would) be shot down|"
       r"retaliatory (?:steps|measures|action)|countermeasures|ready to fight|"
       r"not be spared|(?:crank|ratchet) up (?:the )?(?:sanctions|pressure|tariffs)|"
       r"hell to pay|full force|time and place of (?:our|its|their) choosing|"
       r"should not count on|close the Strait of Hormuz|"
       # "the army would keep fighting until then", "his fighters would continue to resist",
       # "These measures are just the beginning"
       r"(?:would|will) (?:keep|continue) (?:on )?(?:fighting|to fight|attacking|to attack|"
       r"(?:its|their) attacks|to resist|resisting|(?:its|the) offensive)|just the beginning)\b",
       content=True),
    # what the speaker's side will not do: "Hungary would not implement the EU migration pact"
    _c("rejection", "12", 0.7,
       "would will not did",
       r"\b(?:(?:would|will) (?:not|no longer) (?:implement|comply with|recogni[sz]e|remove|"
       # ("would not support economic sanctions", "would no longer respect any limits", "would
       # no longer accept the court's jurisdiction")
       r"support|respect|accept|honou?r|abide by|hand (?:over|back)|"
       r"give back|return|receive|sign|hold talks|negotiate|back down|cede|reopen|"
       # ("would not send a high-level delegation to the conference")
       r"send (?:an? |any )?(?:[\w-]+ )?(?:delegation|envoy|representatives?)|"
       r"surrender|extradite|reverse|agree to|tolerate|allow|move|relocate|withdraw|rescind|"
       r"revoke|retract|apologi[sz]e|budge|halt|stop|cease|suspend|"
       r"put (?:their|its|his|her|our) (?:names?|signatures?) "
       r"to|change (?:its|their|our|his|her) (?:position|stance|"
       r"policy|decision))|"
       r"not (?:up )?for (?:sale|discussion|negotiation)|not up for discussion|"
       r"not (?:subject to|open to|a (?:matter|subject) (?:of|for)) (?:negotiations?|discussion|"
       r"bargaining)|"
       r"non-negotiable|not negotiable|"
       # "would never again take part in the six-party talks", "would take no part in the
       # Marshall plan", "would ignore the joint declaration"
       r"(?:would|will) (?:never (?:again )?take part|take no part|no longer take part) in|"
       r"(?:would|will) (?:simply )?ignore (?:the|its|their|any) (?:[\w-]+ ){0,2}?(?:declaration|"
       r"ultimatum|resolution|demands?|proposals?|plan|call|appeal|ruling|verdict)|"
       r"not worth (?:discussing|considering|the paper)|not smart,? not wise|"
       r"did not see (?:[\w'’-]+ ){1,6}?as (?:a |an )?(?:basis|serious|credible|viable))\b",
       content=True),
    # what the speaker's side wants of another: "We want an official apology and legal
    # compensation from Japan", "the government-in-exile wants guarantees that..."
    _c("demand", "10", 0.65, "want wants wanted demand expect expects",
       r"\b(?:wants?|wanted|expects?|expected) (?:an? |the |full |official |formal |written )?"
       r"(?:[\w-]+ )?(?:apology|apologies|guarantees?|compensation|reparations|explanation|"
       r"assurances?)\b", content=True),
    # CAMEO 03, intent to cooperate: "Budapest was ready to work with Washington"
    _c("proposal", "03", 0.65, "ready willing prepared",
       r"\b(?:ready|willing|prepared) to cooperate (?:closely |together )?with\b",
       content=True),
    # standing by a partner: "Turkey would stand by brotherly Azerbaijan", "a true friend"
    _c("support", "051", 0.7,
       "true real reliable trusted indispensable strategic valued close dependable stand stands "
       "standing stood firmly squarely fully at shoulder glimmer ray rock inspiration shining "
       "game keep continue continued realistic credible viable sound practical the a an would "
       "determined committed work working preserve safeguard save salvage uphold protect",
       r"\b(?:"
       # keeping a deal alive: "the bloc was 'determined to preserve' the deal", "would keep
       # working to safeguard the accord"
       r"(?:preserv(?:e|ing)|safeguard(?:ing)?|sav(?:e|ing)|salvag(?:e|ing)|uphold(?:ing)?|"
       r"protect(?:ing)?)[\"”]* (?:the |this |that |its |their )?(?:[\w-]+ ){0,3}?(?:deal|"
       r"agreement|accord|treaty|pact)\b(?! (?:monitors|observers|talks|negotiations))|"
       r"(?:a |an )?(?:true|real|reliable|trusted|indispensable|valued|dependable) "
       r"(?:friend|partner|ally)|stand(?:s|ing)? by|stood by|(?:firmly|squarely|fully) "
       r"(?:at|by|behind)|at (?:[\w'’]+ ){0,2}side\b|shoulder to shoulder|"
       r"(?:glimmer|ray) of hope|rock[- ]solid|(?:an )?inspiration (?:for|to)|"
       r"(?:a )?shining example|game[- ]changer|"
       r"(?:keep|continue|continued|would keep) (?:to )?back(?:ing)?|"
       r"(?:a |an )?(?:realistic|credible|viable|sound|practical) (?:plan|blueprint|proposal|"
       r"basis|framework)|the only basis)\b", content=True),
    # a plan told by what it provides: "France's idea was a one-month truce", "the AU road map
    # foresaw a ceasefire", "Pakistan needed the world's help to rebuild"
    _c("proposal", "03", 0.65,
       "idea plan proposal offer road roadmap approach blueprint foresaw foresees needed need "
       "needs wanted would",
       r"\b(?:(?:idea|plan|proposal|offer|road ?map|approach|blueprint) (?:was|is) (?:to|for|a|"
       r"an)\b|(?:foresaw|foresees|would first)\b|"
       r"needs?(?:ed)? (?:the world's |international |foreign |outside )?(?:help|assistance|"
       r"support)\b|needs?(?:ed)? \$\s?\d|"
       r"wanted to (?:form|create|set up|establish|build)\b)", content=True),
    # readiness to engage: "Istanbul's doors remain open", "had no problem talking to"
    _c("intent_to_negotiate", "036", 0.7,
       "ready willing prepared door doors no stood stands",
       r"\b(?:(?:ready|willing|prepared) to engage|doors? (?:remain|remains|are|is|were|was) "
       r"(?:still )?(?:wide )?open|no problem (?:talking|meeting|sitting)|(?:stood|stands) ready to "
       r"(?:host|help|facilitate|mediate|talk|meet))\b", content=True),
    # the only way out is talks: "it was high time for Belgrade and Pristina to get back to
    # the dialogue", "the only way out was for its leaders to sit down together"
    _c("call_for_talks", "026", 0.7,
       "high time only best courage should",
       r"\b(?:(?:high )?time for (?:[\w'’-]+ ){1,4}?to (?:get back|return|go back|come back) to "
       r"(?:the )?(?:dialogue|table|talks|negotiations|negotiating table)|"
       r"courage to negotiate|(?:only|best) way (?:out |forward )?(?:[\w'’-]+ ){0,6}?"
       r"(?:was|is) (?:for (?:[\w'’-]+ ){1,5})?to (?:sit down|negotiate|talk|hold talks|return to)|"
       r"should (?:settle|resolve) (?:[\w'’-]+ ){1,6}?(?:through|by|via) (?:dialogue|talks|"
       r"negotiations|diplomatic means|peaceful means))\b", content=True),
    # "It is time for Egypt and Israel to sit down together", "it was high time the Federal
    # Government and the rebels began talks", "the war would end only when Kigali and Kinshasa
    # sat down to negotiate": talks wanted of two others
    _c("call_for_talks", "026", 0.7, "high time only",
       r"(?:(?<=\bis )|(?<=\bwas ))(?:high )?time (?:for |that )?(?:[\w'’-]+ ){1,6}?(?:to )?"
       r"(?:sit down|sat down|(?:began|begin|start|started|open|opened) (?:direct |peace |"
       r"serious |formal )?(?:talks|negotiations|negotiating|a dialogue))\b|"
       r"\bonly (?:when|if|once) (?:[\w'’-]+ ){1,6}?(?:sit|sat|sits) down (?:together|to (?:talk|"
       r"negotiate)|at the (?:negotiating )?table|[^.;]{0,40}? and (?:negotiated?|talk(?:ed)?))\b",
       content=True),
)
