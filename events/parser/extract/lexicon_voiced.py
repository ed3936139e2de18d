"""The cue lexicon, what a speaker's words make of "X said", third set (session 12, found with
phrasebook batches u and v: reported speech typed only by its content, written by annotators
who chose idiom, euphemism and metaphor on purpose). Families, not single quotes:

- a warning as a condition and its consequence ("if Washington deploys missiles, we will
  mirror the step"; "would use them without hesitation if"), or as a warning's stock phrases
  ("will pay dearly", "all options are open", "our patience is not infinite");
- a charge's words: a regime's true colours, a lapdog, commitments held in contempt, a mockery
  made of them, the right to lecture denied;
- praise: courageous leadership, conduct with great courage, a rock in stormy waters, a salute;
- an offer: ready to stop, swap or release, a solution put on the table, a truce asked for;
- talks wanted of others: the only way out, no alternative to dialogue, back to the table;
- the speaker's own readiness: no reason not to meet, would love to sit down, serious about
  its talks;
- a refusal: the answer is no, not a basis for any discussion, cannot serve as a basis;
- a demand: what the speaker expects of another side, troops that have to go back.

Content cues: they type the act of the speaker whose words hold them (acts.py)."""
from __future__ import annotations

from .cue_base import _TALKS, Cue, _c

# what a warning's consequence does to the other side
_HARM = (r"(?:respond|retaliate|mirror|strike|hit back|reconsider|review|strengthen|reinforce|"
         r"use (?:them|it|force|all|every)|turn|cut|close|shut|halt|suspend|expel|sever|"
         r"downgrade|impose|punish|fly|pay|suffer|face|lose|see the gates opened|open the gates|"
         r"draw (?:all |the )*consequences|"
         # "we will really intervene militarily", "would take the case to the International
         # Court of Justice", "would recommend further measures"
         r"(?:really |then )?intervene|take (?:[\w'’-]+ ){0,3}?to (?:the )?(?:International Court|"
         r"World Court|ICJ|courts?\b|Security Council|U\.?N\.?\b|United Nations|arbitration)|"
         r"(?:recommend|take|adopt|impose|seek) (?:further|additional|tougher|stronger|punitive) "
         r"(?:measures|steps|action|sanctions))")
_MODAL = r"(?:will|would|shall)(?: (?:have to|then|not hesitate to|also|immediately|be forced to))?"

VOICED_CUES: tuple[Cue, ...] = (
    _c("threat", "13", 0.7,
       "if will would shall pay play plays playing all patience sit stand find could may "
       "might draw let bear",
       r"\b(?:if\b[^.;:]{3,140}?\b" + _MODAL + r" " + _HARM + r"\b|"
       + _MODAL + r" " + _HARM + r"\b[^.;]{0,100}?\b(?:if|should|unless|as long as|until)\b|"
       r"(?:will|would|shall) pay dearly|pay (?:an? )?(?:very |extremely )(?:dear|heavy|high) "
       r"price|play(?:s|ing)? with fire|all options (?:are|remain|were|remained) (?:still )?"
       r"(?:open|on the table|under consideration|being considered)|"
       # ("Israel did not seek war, but would not shrink from defending its rights")
       r"(?:will|would) not (?:shrink|flinch|shy away) from (?:defending|using|taking|"
       r"responding)|"
       r"patience (?:is|was|has been) (?:not (?:infinite|unlimited|endless)|running out|"
       r"wearing thin|exhausted)|(?:will|would) not (?:sit|stand) (?:idly |idle )?by|"
       r"(?:will|would) sit idle|"
       r"(?:could|would|will|may|might) find (?:themselves|itself|himself) (?:cut off|excluded|"
       r"isolated|sanctioned|targeted)|"
       r"draw (?:all |the )*consequences|let no one (?:imagine|think|doubt)|"
       # "will bear all the consequences", "will never sit idly by"
       r"bear (?:all )?(?:the )?(?:[\w-]+ )?consequences|(?:will|would) never (?:sit|stand) "
       r"(?:idly |idle )?by)\b",
       content=True),
    _c("criticism", "111", 0.65,
       "export shown showed show reveal saboteur in contempt has have had unprofessional unsafe "
       "right standing authority lapdog lackey stooge henchm adventur lost made make makes "
       "making mockery judge alone its their his her overturn turn turned turns turning bore "
       "bears lack lacks lacked lacking trampl great grave double lied a an was is are were "
       "amount amounted constitut intended contrary",
       r"\b(?:export of (?:instability|terror\w*|revolution|violence|chaos)|"
       r"(?:shown|showed|show|shows|reveal(?:ed|s)?) (?:its|their|his|her) true colou?rs|"
       r"saboteurs?|in contempt|contempt for|(?:has|have|had) not been (?:helpful|constructive)|"
       r"unprofessional|unsafe|(?:right|standing|authority) to lecture|"
       r"lapdogs?|lackeys?|stooges?|henchm[ae]n|adventurers|adventurism|lost all sense of|"
       r"(?:made|make|makes|making) a mockery of|judge, jury and executioner|"
       r"alone b(?:ore|ears) (?:the )?responsibility|(?:its|their|his|her) own failures|"
       r"overturn(?:s|ed)? the (?:legal )?(?:foundation|basis)|"
       # "had turned a blind eye to", "bore a heavy share of the blame", "lacked all
       # legitimacy", "trampled on the will of the people", "a great mistake", "a double game"
       r"turn(?:ed|s|ing)? a blind eye|b(?:ore|ears) (?:[\w-]+ ){0,4}?blame|"
       r"lack(?:s|ed|ing)? (?:all |any )?legitimacy|trampl(?:ed|es|ing) (?:on|upon)|"
       r"(?:an? )?(?:great|grave|historic) mistake|double game|lied (?:to|about)|"
       # the other side's measure named a reprisal: "was an economic retaliation", "was
       # clearly intended as retaliation for Saturday's election"
       r"(?:was|is|are|were|amounts? to|amounted to|constitutes?) (?:clearly |nothing but |"
       r"simply |an? )*(?:[\w-]+ )?(?:retaliation|reprisal)\b|intended as (?:an? )?"
       r"(?:retaliation|reprisal|punishment)|"
       # "was 'criminal and contrary to international law'", "Erdogan was 'a thief'"
       r"(?:is|was|are|were) [\"“']*(?:an? )?(?:common |petty )?(?:criminal|thief|thieves|liar|"
       r"liars|bandit|bandits|gangster|gangsters)\b|contrary to international law)\b",
       content=True),
    _c("support", "051", 0.65,
       "courageous visionary bold wise forward a the with for salut deserve gift shown have has "
       "had enjoy is are model",
       r"\b(?:(?:courageous|visionary|bold|wise|forward-looking)(?:,? (?:[\w-]+))? leadership|"
       r"(?:a|the) rock (?:in|of)\b|with (?:great|remarkable|exemplary|such|enormous) (?:courage|"
       r"wisdom|statesmanship|dignity)|for as long as it takes|salut(?:e|es|ed)\b|"
       r"deserve[sd]? [\"“']*(?:the )?(?:[\w'’-]+ ){0,3}?(?:support|backing|gratitude|thanks|"
       r"praise|"
       r"solidarity)|(?:a )?gift to (?:all|the)|shown (?:great )?(?:greatness|courage|wisdom|"
       r"statesmanship|leadership|restraint)|"
       # "would have New Zealand's full support", "Azerbaijan is not alone", "a model neighbour"
       r"(?:have|has|had|enjoy|enjoys|enjoyed) (?:[\w'’-]+ ){0,2}?full support|"
       r"(?:is|are) not alone\b|(?:a )?model (?:neighbou?r|partner|ally))\b", content=True),
    _c("proposal", "03", 0.65,
       "willing ready prepared put putting puts ask asked asks under the should must are is "
       "were",
       r"\b(?:(?:willing|ready|prepared) to (?:stop|halt|end|suspend|freeze|withdraw|pull back|"
       r"swap|exchange|give|pay|cut|reduce)\b|(?:put|putting|puts) (?:[\w'’-]+ ){0,4}?on the "
       r"table|ask(?:ed|s)? for (?:an? |the )?(?:[\w-]+ ){0,2}?(?:truce|ceasefire|cease-fire|"
       r"pause|moratorium|amnesty)|under (?:his|her|its|their|our) plan|"
       r"ask(?:s|ed)? (?:[\w'’.-]+ ){1,5}?to consider|"
       r"the best (?:course|way|option|solution) would be (?:for|to)|"
       r"(?:should|must) become (?:an? )?(?:zone|region|area) of (?:peace|cooperation)|"
       r"(?:are|is|were) offering\b)", content=True),
    _c("call_for_talks", "026", 0.7,
       "only no come coming has have door need needs should must ought can could is was "
       "remains",
       r"\b(?:only (?:viable |realistic |possible |sensible )?(?:way|road|path|route)"
       r"(?: out| forward)?\b\W+"
       r"(?:[\w'’\"“”.,-]+ ){0,12}?[\"“'‘]?" + _TALKS + r"|"
       # "Dialogue is the only way out of the crisis"
       r"(?:(?<=dialogue )|(?<=talks )|(?<=negotiations )|(?<=diplomacy ))(?:is|was|remains) "
       r"the only (?:way|road|path|route|option|solution|answer)\b|"
       # "the dispute could only be settled 'around a table'", "the war could only be ended if
       # the two generals returned to the Jeddah talks", "can be settled only around a table"
       r"(?:can|could) (?:only be (?:settled|resolved|solved|ended|overcome)\b|be (?:settled|"
       r"resolved|solved|ended|overcome) only\b)\W+"
       r"(?:[\w'’\"“”.,-]+ ){0,8}?[\"“'‘]?(?:" + _TALKS + r"|(?:a|the) table)|"
       r"(?:come|coming) (?:back )?to the (?:negotiating |conference )?table|"
       r"no alternative to (?:[\w'’.-]+ ){0,6}?(?:dialogue|talks|negotiations|diplomacy)|"
       r"(?:has|have) to (?:come back|return) to (?:the )?(?:dialogue|talks|negotiations|table)|"
       r"(?:should|must|need to|needs to) meet at the (?:conference |negotiating )?table|"
       # "Britain should sit down with Argentina and talk", "Smith should meet the leaders of
       # the Front", "should come into the room and talk to", "should step back, cool down
       # and talk", "should give negotiation a real chance"
       r"(?:should|must|needs? to|ought to) (?:\w+ly )?(?:sit (?:down )?(?:again |together )?"
       r"with|meet (?:each other|with|as soon as possible|soon|urgently|without delay|at once|"
       r"the (?:leaders|representatives|envoys|delegates)|"
       r"(?-i:[A-ZÀ-Ž]))|come into the room|(?:[\w,]+ ){1,4}?and talk\b|give (?:negotiations?|"
       r"dialogue|diplomacy|talks|peace) an? (?:real |fair )?chance)|"
       r"door (?:of|to|for) (?:diplomacy|dialogue|talks) should be (?:opened|kept open))",
       content=True),
    _c("intent_to_negotiate", "036", 0.7,
       "door ready willing prepared no serious will would hand committed seek",
       r"\b(?:door (?:to|for) (?:dialogue|talks|negotiations?) with (?:[\w'’.-]+ ){1,3}?(?:is|was|"
       r"remains) (?:still )?not closed|"
       # "ready to go to the Knesset": the place a lookahead, for the word boundary that
       # closes the cue
       r"(?:ready|willing|prepared) to go to (?:the )?(?:[\w-]+ )?(?=(?-i:[A-ZÀ-Ž]))|"
       r"no reason not to (?:meet|talk|negotiate|sit down)|"
       r"serious about (?:its |the |their |our )?(?:talks|negotiations|dialogue)|"
       r"(?:will|would) (?:go anywhere|meet anyone|talk to anyone)|"
       r"would (?:love|like|be happy|be glad) to (?:sit down|meet|talk|mediate)|"
       # "both sides said they would continue consultations": talks to go on
       r"(?:will|would) (?:continue|pursue) (?:the |their |its |our )?(?:[\w-]+ )?"
       r"(?:consultations|talks|negotiations|dialogue|contacts)\b(?! (?:on|over) how to end)|"
       # "ready to sit with the Americans at any table", "the kingdom's hand is extended",
       # "willing to play a constructive role and to mediate between"
       r"(?:ready|willing|prepared) to sit (?:down )?(?:directly |again |together |face to face )?"
       r"with|hand (?:is|was|remains) "
       r"(?:extended|outstretched)|(?:ready|willing|prepared) to (?:[\w-]+ ){0,6}?mediate|"
       # "Moscow was ready to keep working with Tokyo", "India remained committed to a fair
       # solution"
       r"(?:ready|willing|prepared) to (?:keep |continue )?work(?:ing)? (?:together )?with|"
       # ("remained committed to finding 'a negotiated solution'", "committed to dialogue")
       r"committed to (?:finding |reaching |seeking )?[\"“']*(?:an? |the )?(?:fair|peaceful|"
       r"negotiated|diplomatic|political|just|lasting|mutually acceptable) (?:solution|"
       r"settlement|resolution)|committed to (?:the )?(?:[\w-]+ ){0,3}?(?:dialogue|talks|"
       # ("Armenia remained committed to the Minsk Group talks")
       r"negotiations|peace process(?:es)?)\b|"
       r"seek (?:an? |the )?(?:diplomatic|peaceful|negotiated|political) "
       r"(?:solution|settlement))\b",
       content=True),
    _c("rejection", "12", 0.7,
       "answer do does did not unacceptable cannot can could no see sees saw off over would "
       "will",
       r"\b(?:answer (?:to (?:[\w'’-]+ ){1,4})?(?:was|is|would be|will be|remains) [\"“]?no\b|"
       r"(?:do|does|did) not consider (?:[\w'’\"“”.-]+ ){1,6}?(?:a |an )?(?:basis|starting point)|"
       r"not smart,? (?:not )?(?:wise|honou?rable)|"
       r"unacceptable to (?=(?-i:[A-ZÀ-Ž]))|"
       r"not (?:a|an) (?:[\w-]+ )?(?:solution|option|formula|basis) (?:[\w'’-]+ ){0,2}?(?:can|"
       r"could|would) accept|(?:cannot|can not|could not|does not|did not) serve as (?:a |the )?"
       r"basis|no thanks|(?:sees?|saw) no role for|off the table|over my dead body|"
       r"not even consider|(?:would|will) not come to the (?:conference |negotiating )?table)\b",
       content=True),
    # Found with phrasebook batch x (session 14), what is said that types the saying: a
    # charge ("deliberately stirring up trouble", "bore all the hallmarks of ethnic cleansing",
    # "appalled", "a shameful document that distorts history"), backing ("the whole of Africa
    # rejoices", "can always count on China", "a step in the right direction", "valued
    # Beijing's balanced position", "an inspiration"), a refusal ("will never recognise this
    # annexation", "no merit", "will not pay for any wall", "no intention of returning to the
    # negotiating table"), an intent ("will take part in the next round of the dialogue", "a
    # meeting was not excluded") and a warning ("would be crushed on the beaches", "would be
    # forced to take steps", "taught another lesson")
    _c("criticism", "111", 0.7, "stirring stir bore bears was were is are am distort glorif",
       r"\b(?:stir(?:s|red|ring)? up trouble|b(?:ore|ears) (?:all )?the (?:hallmarks|marks) of|"
       r"(?:was|were|is|are|am) (?:deeply |utterly |profoundly )?(?:appalled|outraged|dismayed|"
       r"shocked|horrified|disgusted)\b|distort(?:s|ed|ing)? (?:the )?history|"
       r"glorif(?:y|ies|ied|ying) (?:aggression|war|militarism|terrorism|colonialism))",
       content=True),
    _c("support", "051", 0.65, "rejoic can a an important major significant positive step "
       "valued values appreciat",
       r"\b(?:rejoic(?:e|es|ed|ing)|can (?:always )?count on|"
       r"(?:a |an )?(?:important |major |significant |positive )?step in the right direction|"
       r"(?:valued|values|appreciat(?:ed|es)) (?:[\w'’.-]+ ){0,3}?(?:position|role|efforts?|"
       r"support|stance|contribution)|an inspiration to)\b", content=True),
    _c("rejection", "12", 0.7, "will would shall could saw sees see found finds no",
       r"\b(?:(?:will|would|shall|could) never (?:recogni[sz]e|accept|agree)|"
       r"(?:saw|sees|see|found|finds) (?:[\"“']?no merit|nothing of merit)|"
       r"(?:will|would|shall) not (?:pay|extradite|hand over|open|cede|surrender|"
       r"return)\b|"
       r"no intention (?:of|to) (?:returning|return|resuming|resume|rejoining|going back) "
       r"(?:to )?(?:the )?(?:negotiating table|talks|negotiations|dialogue))", content=True),
    _c("intent_to_negotiate", "036", 0.7, "will would meeting talks summit contact",
       r"\b(?:(?:will|would) take part in (?:the |a )?(?:next |new |coming )?(?:round of )?"
       r"(?:[\w-]+ ){0,3}?(?:talks|dialogue|negotiations|consultations)|"
       r"(?:meeting|talks|summit|contacts?) (?:[\w'’.-]+ ){0,10}?(?:was|is|were|are|"
       r"(?:would|will) be) [\"“']*not (?:excluded|ruled out))", content=True),
    _c("threat", "13", 0.7, "would will taught teach",
       r"\b(?:(?:would|will) be (?:crushed|defeated|destroyed|repelled|annihilated|punished|"
       r"wiped out)|(?:would|will) be forced to (?:take|respond|act|"
       r"use)|(?:taught|teach) (?:[\w'’.-]+ ){0,4}?(?:a |another |an? (?:[\w-]+ )?)lesson)",
       content=True),
    _c("demand", "10", 0.65, "expect expects expected want wants had has have",
       # (not "was expected to visit", "expected to close the talks", "nobody expects us to")
       r"\b(?:(?<!is )(?<!was )(?<!are )(?<!were )(?<!be )(?<!been )(?<!nobody )"
       r"expect(?:s|ed)? (?!us\b|you\b|me\b|to\b)(?:our |the |its |their )?(?:[\w'’.-]+ ){1,4}?"
       r"to (?!be\b|see\b|have\b)|"
       r"(?:expect|expects|expected|want|wants) the (?:immediate |unconditional |swift )?"
       r"(?:(?:irreversible|verifiable|complete|full)"
       r"(?: and (?:irreversible|verifiable|complete))? )?"
       r"(?:release|return|withdrawal|extradition|handover|neutrali[sz]ation|disarmament|"
       r"dismantling|departure|removal|pullout) of|"
       # "Tokyo also wanted the talks to address the abductions"
       r"(?:want|wants|wanted) the (?:talks|negotiations|meeting|summit) to (?:address|include|"
       r"cover|take up|deal with)|"
       r"(?:had|has|have) to (?:go back|withdraw|leave|pull back|pull out))\b", content=True),
)
