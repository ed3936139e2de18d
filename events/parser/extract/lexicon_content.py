"""Content cues: what a speaker's words make of a plain "X said": an evaluation, a warning, a
refusal, praise, a plan or an order of the other side. They count only inside reported speech
or a quotation (`content=True`), and then the act is the speaker's, aimed at the subject it
evaluates: "the Kremlin said NATO's build-up was deeply destabilising" is Russia's criticism.

Written from the phrasebook's reported-speech items (tests/corpus/phrasebook/d.jsonl: the
reporting verb is neutral and the content decides the type), as families of wordings rather
than single phrases; the plain comments of the same file (statements) keep them honest.
"""
from __future__ import annotations

from .cue_base import _TALKS, Cue, _c
from .lexicon_content_blame import _BLAME
from .lexicon_content_coop import _OFFER, _PRAISE


# What the speaker says will follow (CAMEO 13): "will be met with a crushing response",
# "Pakistan will give a befitting reply", "there will be consequences".
_WARNING = (
    # "would pay 'a dear price'", "the consequences would be catastrophic", "would not fail to
    # respond", "would be treated as an army of occupation", "means war", "leave Moscow no
    # choice but", "bear the consequences", "the response will be decisive", "a direct party
    # to the conflict", "will not tolerate"
    r"pay [\"“'`]*(?:an? |the )?(?:dear|heavy|high|terrible|steep|painful) price|"
    r"consequences (?:[\w'’-]+ ){0,4}?(?:would|will|could) be (?:catastrophic|severe|grave|"
    r"dire|serious|devastating)|(?:would|will) not fail to|treated as (?:an? )?(?:army of "
    r"occupation|occupiers?|legitimate targets?|hostile|enemy)|means war|no (?:other )?choice "
    r"but|bear the consequences|(?:the )?response (?:will|would) be (?:decisive|swift|"
    r"overwhelming|crushing|resolute|harsh)|direct party to the conflict|"
    r"(?:will|would) not tolerate|(?:come|came) down on|misadventure|(?:would|will) (?:hit|"
    r"strike|punish) (?:[\w'’-]+ ){0,3}?with|by every (?:means|available means)|"
    # (not "would not respond in kind": the words' own negation)
    # "will result in military conflict", "would be regarded as an attack on the United States",
    # "Turkey's economy will be totally destroyed"
    r"(?:will|would) result in (?:an? )?(?:military conflict|armed conflict|war|military action)|"
    r"(?:regarded|treated|considered) as an? (?:armed |military )?attack (?:on|against|upon|by)|"
    r"(?:will|would) be (?:totally |completely |utterly )?(?:destroyed|obliterated|wiped out|"
    r"annihilated)|"
    r"(?:will|would|shall|could|may|might) (?:(?!not\b|never\b)\w+ ){0,2}?(?:be (?:met|answered|"
    r"greeted) (?:with|by)|"
    r"face (?:a |an |the )?"
    r"(?:\w+ ){0,2}?(?:response|consequences|retaliation|reprisals|(?:air ?)?strikes|military "
    # ("Saudi politicians would face divine revenge")
    r"action|force|revenge|vengeance|retribution|punishment)|pay (?:a |the )?(?:\w+ ){0,2}?"
    r"price|regret|retaliate|hit back|strike|destroy|shoot down|target|crush|punish|avenge|"
    r"respond (?:firmly|decisively|robustly|forcefully|militarily|harshly|strongly|in kind|"
    r"with force)|take (?:[\w\"“”-]+ ){0,3}?(?:action|measures|steps|countermeasures)|"
    r"use (?:military )?force|defend every inch|"
    # (not "would give its answer within six months": a reply, no warning)
    r"give (?:a |an )?(?:fitting |befitting |crushing |firm |strong |resolute |appropriate |"
    r"proper |due |decisive |swift |stern |severe |adequate |worthy )(?:reply|response|"
    r"answer)|feel the (?:consequences|pain)|come (?:suddenly )?one night|make fire)|"
    r"(?:crushing|befitting|decisive|devastating|resolute|swift|severe|harsh|overwhelming|"
    r"immediate) (?:response|reply|retaliation|countermeasures|blow|consequences)|"
    r"(?:there will be|will have|would have|faces?|severe|serious|grave|dire|unpredictable) "
    r"(?:\w+ )?consequences|"
    # "there will be very severe penalties, financial and otherwise"
    r"there (?:will|would) be (?:\w+ ){0,3}?(?:penalties|sanctions|punishment|repercussions|"
    r"retaliation|hell to pay)|(?:ready|prepared|poised) to (?:act|strike|respond|retaliate|use "
    r"force|defend|slap|impose|hit back)|red lines?|nuclear button|back to the stone age|"
    r"(?:can|could|would|will) take (?:\w+ )?back to|"
    # "would be regarded as a declaration of war", "our right to respond in any way"
    r"(?:be|is|was) (?:regarded|considered|treated|seen) as (?:an? )?[\"“']*(?:declaration of "
    r"war|act of war|act of aggression|casus belli)|(?:our|its|their|the) right to (?:respond|"
    r"retaliate|self-defen[cs]e|defend)|"
    # "Japan would also consider recalling its ambassador"
    r"(?:would|will|could|may|might) (?:also )?consider (?:[\w-]+ ){0,2}?(?:recalling|imposing|"
    r"cutting|expelling|suspending|severing|downgrading|sanctions|options|measures|"
    r"countermeasures|steps|action|retaliation)|"
    # "Israel would act alone if necessary", "a massive price to pay", "would be turned into a
    # sea of fire", "would trigger a response from the whole alliance", "will deploy missiles"
    r"(?:will|would|could|may|might) (?:\w+ )?act (?:alone|unilaterally|on (?:its|their|our) "
    r"own)|(?:an? |the )?(?:[\w-]+ )?price to pay|sea of fire|"
    r"trigger (?:an? |the )?(?:[\w-]+ )?(?:response|reaction|retaliation)|"
    r"(?:will|would) (?:deploy|station|aim|target) (?:[\w-]+ ){0,3}?(?:missiles|warheads|"
    r"nuclear weapons)|"
    # "Senegal's patience 'has limits'", "all options are under review", "should 'think twice
    # before acting'", "'severe revenge' awaited those behind the killing"
    r"patience (?:[\w\"“”'’]+ ){0,3}?(?:limits|running out|wearing thin|(?:is )?exhausted|"
    r"not unlimited|not infinite|run out)|all (?:the )?options (?:are|remain|were|remained) "
    r"(?:on the table|open|under review|under consideration)|think twice|"
    r"(?:severe|harsh|bloody|terrible|crushing) (?:revenge|vengeance)"
)

# Turning something down in the speaker's words (CAMEO 12).
_REFUSAL = (
    # ("Ukraine will not legally recognise Russia's occupation of Crimea")
    r"neither accepts? nor recogni[sz]es?|(?:does|do|did|will|would|shall) not (?:\w+ly )?"
    r"(?:accept|recogni[sz]e)|"
    # "there was no question of handing the islands", "not the slightest interest in sitting
    # down with", "fell far short of", "simply not on the cards", "no negotiations with"
    r"(?:there (?:is|was|could be|would be) )?no question of|(?:not|no) the slightest interest "
    r"in|(?:fell|falls|fall) (?:far |well )?short of|not on the cards|"
    r"no negotiations? (?:with|over)|"
    r"did not meet (?:[\w'’-]+ ){0,3}?(?:minimum )?(?:conditions|demands|requirements)|"
    # "the United States 'does not make deals with terrorists'", "would not bargain with Peking",
    # "We do not negotiate with mercenaries"
    r"(?:does|do|did) not (?:make deals|bargain|negotiate|deal) with|"
    r"(?:would|will) not (?:make deals|bargain) with|"
    # "the question of an Indonesian withdrawal 'does not arise'", "the court had no
    # jurisdiction", "the agreements were no longer valid" (not "does not arise at this time")
    r"(?:does|did) not arise(?! at this)|(?:has|had|have) no jurisdiction|"
    r"(?:is|was|are|were) no longer valid|"
    r"(?:saw|sees|see) no point in|(?:would|will) not (?:renegotiate|bargain away|hand over|"
    r"budge|back down|cede)|"
    # "the group was not bound by an agreement it had not negotiated"
    r"(?:is|was|are|were|would|will) not (?:be )?bound by|"
    # "There is nothing to mediate," the minister said
    r"(?:there is|there's|there was) nothing (?:left )?to (?:mediate|negotiate|discuss|talk about)|"
    # "Berlin had not agreed to any such arrangement"
    r"(?:had|has|have|did|does|do|would|will) not agreed? to (?:any|the|this|that|such|its|"
    r"their)\b|not (?:acceptable|a basis for)|unacceptable (?:to|for) (?:us|our)|"
    r"will not pass|never,? (?:\w+,? ){0,3}?(?:accept(?:ed)?|recogni[sz]ed?|agreed?|allow|"
    r"lay down|give up|surrender)|(?:would|will) (?:not|never) (?:trade|cede|give up|surrender|"
    r"lay down|let|allow|attend|sit down|take part|be (?:a )?party to|return to|sign|"
    r"participate|vote for|"
    # ("would not resign under pressure from anybody", "would not send troops to Liberia",
    # "would not resume relations", "will not join the coalition")
    r"resign|step down|join|grant|resume (?:diplomatic )?(?:relations|ties|talks|aid)|"
    r"send (?:any )?(?:troops|soldiers|forces|peacekeepers)|"
    # ("Bonn would not impose sanctions either")
    r"impose (?:any )?(?:sanctions|an embargo))(?! on\b)|"
    # "Athens 'will never discuss' its sovereignty", "will make no concessions on its system"
    # (not a comment withheld: "would not discuss the details")
    r"(?:would|will) (?:not|never) discuss (?!(?:the )?(?:details|specifics)|it\b|further|"
    r"publicly|what|whether|how|who|when)|(?:would|will) make no concessions|"
    r"(?:saw|sees|see) no need for|no (?:scope|room|place|question) for|"
    r"(?:saw|sees?) no (?:grounds|"
    r"reason|basis) (?:whatsoever )?for|(?:not|never) (?:be )?on the table|"
    r"no intention (?:whatsoever )?of (?:meeting|talking|negotiating|sitting|attending|"
    r"returning|accepting|signing|recogni[sz]ing|joining|handing|giving|discussing|raising|"
    r"changing|withdrawing|resigning|stepping|leaving|lifting|reversing|abandoning|"
    r"surrendering|yielding|extraditing|reopening|renewing)|(?:would|will) vote (?:against|"
    r"[\"“]?no)|(?:is|was|are|were) not an option|answer (?:was|is|would be) "
    r"[\"“]?no|"
    r"(?:not|never) (?:a single|one) (?:inch|centimet(?:re|er)s?|grain)|null and void|"
    # "Cuba will not hold multiparty elections as the price for lifting the embargo"
    r"(?:will|would) not (?:[\w-]+ ){1,5}?as (?:the|a) (?:price|condition|precondition) for|"
    # "the deployment was 'unacceptable' to his country"
    r"(?:is|was|are|were|would be|remains?) [\"“']*(?:completely |totally |absolutely |simply |"
    r"entirely )?unacceptable[\"”']* to (?:his|her|its|their|the|our|us)\b|"
    # "Russia would no longer deal with Saakashvili"
    r"(?:would|will) no longer (?:deal|talk|negotiate|work|cooperate|engage) with|"
    # a refusal told as what will not move the speaker: "India would not be deterred by
    # sanctions", "would not be 'stampeded' into signing", "the decision would not be reversed"
    # (not "will not be intimidated", "bullied": defiance, read as a plain statement or as no
    # act at all by the development gold, 2 times in 3)
    r"(?:would|will|could|shall) (?:not|never) be (?:deterred|stampeded|driven|dictated to|"
    r"reversed|rescinded|revoked)|"
    # "Honduras could not sign the draft in its present form", "Kiev could not support
    # Moscow's decision", "a condition his Government could never accept"
    r"(?:could|can|cannot)(?: not| never)? (?:accept|sign|support|endorse|recogni[sz]e) "
    r"(?=the |a |an |any |such |this |that |its |their |his |her |(?-i:[A-ZÀ-Ž]))|"
    # "his government was not prepared to join in the declaration", "India would accept no
    # arrangement that..."
    # (the speaker's own side: "said Britain was not ready to join" tells another's position)
    r"(?:(?<=government )|(?<=country )|(?<=delegation )|(?<=administration )|(?<=it )|"
    r"(?<=he )|(?<=she )|(?<=they )|(?<=we )|(?<=I ))"
    r"(?:is|was|are|were) not (?:prepared|willing|ready) to (?:join|accept|sign|recogni[sz]e|"
    r"agree|negotiate|endorse|support)|(?:would|will) (?:accept|tolerate|allow|permit) no\b|"
    # "there would be no swap of Zakharov for Daniloff", "saw nothing new in the Cuban offer",
    # "had never intended to ratify the document", "would never sit at the same table"
    r"there (?:would|will|could) be no (?:swap|exchange|deal|trade|compromise|concessions?|"
    r"retreat|negotiations?|talks)\b|(?:saw|sees|see|found|finds) nothing new in|"
    r"never intended to (?:ratify|sign|accept|recogni[sz]e|honou?r)|"
    r"(?:would|will) (?:not|never) sit (?:down )?at the same table|"
    # "It is impossible for us to recognise a self-proclaimed president"
    r"(?:is|was|would be) impossible (?:for (?:us|me|him|her|them|[\w-]+) )?to (?:recogni[sz]e|"
    r"accept|sign)"
)


# What the other side has to do (CAMEO 10): "Israel should open the crossing", "Belgrade had
# to pull its police out", "Lebanon's leaders need to carry out reforms".
_ORDER = (
    # "all hostages had to be released immediately", "the junta has seven days to restore",
    # "What we expect from Caracas is the immediate release", "wants Pyongyang to hand over"
    r"(?:had|has|have) to be (?:released|freed|returned|withdrawn|lifted|restored|handed over)|"
    r"(?:has|have|had) (?:\w+ ){0,2}(?:days|hours|weeks) to (?:restore|release|withdraw|leave|"
    r"comply|hand)|what (?:we|it|they) expect(?:s|ed)? from|"
    r"(?:wants|wanted) (?-i:[A-ZÀ-Ž])[\w.'’-]*(?: (?-i:[A-ZÀ-Ž])[\w.'’-]*)? to (?!talk|negotiate|"
    r"meet|join|return to the)|was expected to make sure|"
    r"(?<!we )(?<!i )(?<!you )(?<!nobody )(?<!one )(?<!may )(?<!might )(?<!eventually )"
    r"(?:should|must|has to|have to|had to|needs? to|needed to|ought to) [\"“`']*"
    r"(?!be\b|have\b|not\b|consider\b|say\b|know\b|think\b|remember\b|admit\b|wait\b|see\b|talk\b|"
    r"doubt\b|worry\b|fear\b|expect\b|hope\b|"
    r"sit\b|return to (?:the )?(?:talks|table|negotiations|dialogue))"
    r"(?:\w+ly )?(?-i:[a-z])+|expect(?:s|ed)? (?:the |its )?(?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){1,3}to\b|"
    # "China expects the new U.S. administration to honour its commitment"
    r"expect(?:s|ed)? (?:the |its |their )?(?:[\w.'’-]+ ){0,3}?(?:administration|government|"
    r"side|authorities|leadership|parties|sides|regime) to\b|"
    r"expect(?:s|ed)? (?:both|all|the two) (?:sides|governments|countries|parties) to\b|"
    r"(?:is|was) time for (?:\w+ ){1,4}to (?!talk|negotiate|return|come back|sit)"
)

# First words a match can start with (lower-case prefixes), for the word index of cues.py.
_STARTS = {
    "criticism": ("bore bears behind guilty orchestrat engineer instigat mastermind historic "
        "infamous heinous monstrous odious contemptible dastardly "
        "unfriendly hostile "
        "cast casts sold act acts barbaric naked brutal unprovoked blatant pure state stabbed as "
        "to biased one broken not waging inconsistent "
        "deliberately premeditated provok "
        "grave big huge terrible strategic tragic fatal an a "
        "blatant flagrant gross clear serious violat breach deeply destabili reckless "
        "illegal aggressive troops forces soldiers militia militias militiamen gunmen warplanes "
        "jets artillery being been rounded "
        "provocation betray outlaw cruel inhuman taken holding held ethnic genocide war "
        "crimes is was are were amount constitut commit carr guilty aggression hypocri "
        "irresponsible foolish unfriendl illegitimate unjustified unwarranted "
        "baseless groundless slanderous interference meddling bully blackmail shameful "
        "disgraceful outrageous barbaric brutal atrocit state cross terrorism terrorist "
        "coloni recoloni colonial imperialis sabotag lack bad double hostile toy puppet "
        "dangerous stab disrespect humiliat insult fuel stok escalat behaving haven safe "
        "propaganda lies lying distort threat unilateral did does do has had no made destroy "
        "abus gravely extremely profoundly not "
        "appalled affront impunity murderers rogue espionage protectionis with of considerable "
        "serious grave deep contradict directly flatly exposed had has was were is are failed "
        "feel felt feels been misleading gamble token mere empty window inaccurac untruth "
        "falsehood fabricat treacherous responsibility declaration flawed fundamentally badly "
        "fatally villain talking implicated neo obedient swallowed above wrong source can "
        "cannot could"),
    "threat": ("act price sea trigger a an consequences means no bear response direct come came "
        "misadventure by pay treated would will the "
        "will would shall could may might crushing befitting decisive devastating "
        "be is was our its their the "
        "resolute swift severe harsh overwhelming immediate there faces face serious "
        "grave dire unpredictable ready prepared poised red nuclear back can regarded "
        "considered patience all think harsh bloody terrible"),
    "rejection": ("vote question slightest fell falls fall cards negotiations point saw "
        "neither does do did will would shall not had has have unacceptable never no sees see off "
        "is was are were remain remains there "
        "null "
        "answer could can cannot accept found finds intended impossible"),
    "support": ("new on in example historic important major significant crucial courageous "
        "welcome could can count steadfast had was is done a an has have siding sided side "
        "showed exemplary deserves deserve as the "
        "highly values value appreciat deserve triumph victory vindication model beacon true man best "
        "great make makes made stand stood standing full total complete unwavering solidarity the "
        "no "
        "are is give gives gave lend lends lent extend extends extended "
        "positive constructive courageous wise bold historic has was is a an trust day moment "
        "event remain remains remained are were would will fair excellent balanced "
        "mutually the most great real considerable flexibility statesmanlike have success big"),
    "proposal": ("is are was were stood stands would will could can plan formula proposal road "
        "ready prepared willing making make made idea draft package "
        "roadmap initiative "
        "if our my the this "
        "solution blueprint framework under need needs version"),
    "demand": ("should must has have had need needs needed ought expect is was what wants "
        "wanted"),
    "call_for_talks": ("is was hope hopes hoped should must need needs needed has have had the "
        "time want wants wanted"),
}

CONTENT_CUES: tuple[Cue, ...] = (
    _c("criticism", "111", 0.65, _STARTS["criticism"], r"\b(?:" + _BLAME + r")\b", content=True),
    _c("threat", "13", 0.7, _STARTS["threat"], r"\b(?:" + _WARNING + r")\b", content=True),
    _c("rejection", "12", 0.7, _STARTS["rejection"], r"\b(?:" + _REFUSAL + r")\b", content=True),
    _c("support", "051", 0.65, _STARTS["support"], r"\b(?:" + _PRAISE + r")\b", content=True),
    _c("proposal", "03", 0.65, _STARTS["proposal"], r"\b(?:" + _OFFER + r")\b", content=True),
    _c("demand", "10", 0.65, _STARTS["demand"], r"\b(?:" + _ORDER + r")\b", content=True),
    # Talks the speaker wants of others: "it is time for both sides to come back to the table",
    # "Beijing hoped India and Pakistan would resolve their differences through dialogue",
    # "the leaders should talk to each other", "should settle their dispute through talks"
    _c("call_for_talks", "026", 0.75, _STARTS["call_for_talks"],
       r"\b(?:(?:is|was) time for|(?:the )?time (?:has|had) come for|"
       # "the world body wanted the Taliban to send a delegation to meet the opposition"
       r"(?:wants?|wanted) (?:[\w'’.,-]+ ){1,5}?to(?: send(?: [\w-]+){0,3}?| come| go)?|"
       r"(?:hopes?|hoped) (?:that )?(?:[\w'’.-]+ ){1,5}?(?:would|will|"
       r"can|could)|(?:should|must|need(?:s|ed)? to|had to|ought to) (?:\w+ly )?(?:talk|return|"
       r"resume|hold|engage|re-engage|settle|resolve|sit|come|go|get|negotiate|begin|start|open|"
       r"launch|enter|accept|seek|pursue|find|reach|work|have the courage)|"
       r"(?:is|was) (?:not )?"
       r"too late for) (?:[\w'’\"“”.,-]+ ){0,10}?(?:through |by )?" + _TALKS, content=True),
    # "Israeli officials said negotiations with Egypt on compensation could begin next month":
    # the speaker's own talks with the other side, still to come (ANNOTATING.md: intent)
    _c("intent_to_negotiate", "036", 0.7, "talks negotiations dialogue",
       r"\b(?:talks|negotiations|dialogue) with (?:[\w'’.-]+ ){1,3}?(?:[\w'’.,-]+ ){0,6}?"
       r"(?:could|would|will|may|might|are to|is to) (?:soon )?(?:begin|start|resume|open|"
       r"take place|be held)\b", content=True),
    # "the foreign ministry said Haysom was 'persona non grata'": the speaker's state expels
    _c("sanction", "16", 0.7, "is was were are",
       r"\b(?:is|was|were|are) (?:now )?[\"“']?persona non grata\b", content=True),
    # "Putin had replied that the EU should talk directly to Lukashenko's government"
    _c("call_for_talks", "026", 0.75, "should must need needs needed ought",
       r"\b(?:should|must|need(?:s|ed)? to|ought to) (?:\w+ly )?(?:talk|negotiate|speak) "
       r"(?:\w+ly )?(?:to|with)\b", content=True),
    # "the two countries needed 'very, very deep conversation'", "needs a real dialogue"
    _c("call_for_talks", "026", 0.7, "need needs needed",
       r"\b(?:needs?|needed) (?:an? |more |real |genuine |serious |direct )?[\"“']*"
       r"(?:(?!for\b|to\b|at\b|in\b|of\b|with\b|on\b)[\w,]+ ){0,3}?"
       r"(?:conversations?|dialogue|talks)\b", content=True),
    # A good the speaker's side would do on a condition (CAMEO 03): "the United States would
    # help Europe if the European nations drew up a joint program", "Egypt would begin
    # clearing the canal if Israel pulled back", "Israel would receive full normal relations
    # if it withdrew"
    _c("proposal", "03", 0.65, "would will",
       r"\b(?:would|will) (?:help|aid|assist|give|grant|begin|start|open|reopen|lift|ease|end|"
       r"release|free|recogni[sz]e|normali[sz]e|establish|restore|ban|reduce|accept|guarantee|"
       r"sign|join|receive|withdraw (?:its|their|all) (?:troops|forces|soldiers)|"
       r"pull (?:its|their) (?:troops|forces) (?:out|back)) (?:[\w.'’,-]+ ){0,12}?"
       r"(?:if|provided|in return for|in exchange for)\b(?! not\b)", content=True),
)
