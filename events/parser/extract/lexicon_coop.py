"""The cue lexicon, second half: the cooperative acts (calls for talks, intent to negotiate,
proposals, meetings, calls, agreements, support) and plain speech (`lexicon_reporting.py`).
`lexicon.py` holds the adversarial half and joins the two in order."""
from __future__ import annotations

from .cue_base import _TALKS, VOTE_WORDS, Cue, _c
from .lexicon_deals import DEAL_CUES
from .lexicon_meet import MEETING_CUES
from .lexicon_propose import PROPOSAL_CUES
from .lexicon_reporting import REPORTING_CUES
from .lexicon_support import SUPPORT_CUES

_BEFORE_MEETINGS: tuple[Cue, ...] = (
    # "proposed on Friday that foreign ministers of the Group of Eight hold an emergency
    # meeting": a proposal that others meet is a call for talks
    _c("call_for_talks", "026", 0.85, "propos",
       r"\bpropos(?:ed|es) (?:(?:on|last|this) \w+ )?that (?:[\w'’.-]+ ){1,10}?(?:hold|convene|"
       r"meet|open|start|resume|begin)\b[^.;:]{0,40}?\b" + _TALKS),
    # "Papandreou invited Cem to pay a return visit to Athens": an invitation to meet
    _c("call_for_talks", "026", 0.85, "invit",
       r"\binvit(?:ed|es|ing) (?:[\w.'’-]+ ){1,4}?to (?:pay (?:an? )?(?:return |official |state |"
       r"working )?visit|visit)\b"),
    _c("call_for_talks", "026", 0.85,
       "urg call appeal press invit encourag push support back endors favor favour ask "
       "challeng implor plea lean",
       # ("pleaded with the warring parties to return to the negotiating table", "renewed his
       # plea for the government to reopen its dialogue")
       # (a call on someone with no errand to them is a visit: "called on Mugabe in Harare on
       # Saturday, two days before the summit")
       # (but "called on April 24 for an inclusive dialogue": the day of the call)
       r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)? (?:on|upon)(?=(?: [\w.'’,\"“-]+){0,15}? to |"
       r" \w+day\b| (?-i:[A-Z][a-z]{2,8})\.? \d{1,2}\b)|"
       r"call(?:ed|s|ing)? for|appeal(?:ed|s|ing)?|"
       r"plead(?:ed|s|ing)? with|(?<=his )plea|(?<=her )plea|(?<=its )plea|(?<=their )plea|"
       # "Lebanon asked Washington to revive the mediation"
       r"ask(?:ed|s) (?:[\w.'’-]+ ){1,6}?to (?=(?:revive|resume|restart|relaunch|mediate|broker|"
       r"host|arbitrate)\b)|"
       r"press(?:ed|es|ing)?|invit(?:e|ed|es|ing)|encourag(?:e|ed|es)|push(?:ed|es)? for|"
       r"challeng(?:ed|es) (?:[\w.'’-]+ ){1,6}?to (?=sit|meet|talk|negotiat|hold|resume|open)|"
       r"implor(?:ed|es)|(?<=to )implore|"
       # "The White House is leaning hard on Kyiv to sit down with Moscow"
       r"lean(?:ed|s|ing) (?:hard |heavily )?on(?= (?:[\w.'’-]+ ){1,4}?to )|"
       r"calls? for)\b"
       r"(?:[^.;:]|(?<=Mr|Ms|Dr)\.|(?<=Mrs|Gen|Sen)\.|(?<=\b[A-ZÀ-Ž])\.){0,110}?"
       r"\b(?:" + _TALKS + r"|to (?:resolve|settle) (?:their|the|its) (?:differences|disputes?)"
       r"(?! (?:by force|militarily))|"
       # "urged Canada and Saudi Arabia to 'diplomatically resolve' the dispute"
       r"to [\"“'`]*(?:diplomatically|peacefully|amicably) (?:resolve|settle|solve)\b|"
       r"to [\"“'`]*(?:resolve|settle|solve) (?:[\w'’-]+ ){1,3}?(?:diplomatically|peacefully|"
       r"amicably)\b)|\b(?:support(?:ed|s)?|back(?:ed|s)?|endors(?:ed|es)|"
       r"favou?r(?:ed|s)?) (?:the idea of |the |calls for |a return to )?(?:launching |holding |"
       r"resuming |starting |opening |direct |new |peace )?(?:negotiations|talks|dialogue)\b",
       # "called for Sinn Fein to be expelled from the talks": no call for talks
       # (but "to resume their suspended peace talks" is a call)
       # (nor "calling it a mistake that would encourage the PLO, and said his government
       # would never negotiate": talks refused, in another clause)
       veto=r"\b(?:expel|exclu|barr|kick|out of)|\bsuspend\w* (?:from|him|her|them|it)\b|"
            r"\b(?:never|not)\s+(?:\w+\s+)?(?:negotiat|talk|meet|sit)|,\s+and\s+(?:said|says|added|"
            r"told)\b"),
    # Talks a speaker says the sides must hold: "Both sides must come back to the table",
    # "Kyiv should begin direct talks with the separatists"
    _c("call_for_talks", "026", 0.8, "must should need needs ought",
       r"\b(?:must|should|needs? to|ought to) (?:\w+ly |also |now |first )?(?:return|come back|"
       r"go back|get back|resume|begin|start|hold|engage|open|launch|sit down|enter)\b"
       r"[^.;:]{0,60}?\b" + _TALKS +
       # "Mobutu and Kabila should meet face to face", "both sides should send negotiators to
       # Rhodes", "the dispute should be settled by negotiation"
       r"|\b(?:must|should|ought to) (?:\w+ly |also |now |first )?(?:meet (?:face to face|"
       r"directly|in person)|send (?:negotiators|envoys|delegations|representatives)|be "
       r"(?:settled|resolved) (?:by|through) (?:negotiations?|talks|dialogue))\b", content=True),
    # "requested a meeting with", "sought talks with": asks the other side to meet (longer
    # than the meeting cue "talks with" inside it, so it wins).
    _c("call_for_talks", "026", 0.8, "request sought seek asked",
       # ("asked on Tuesday for an urgent meeting of the Security Council")
       r"\b(?:request(?:ed|s)|sought|seeks|asked (?:(?:on )?\w+day |today |yesterday )?for) "
       r"(?:an? |the |new |fresh |urgent |direct )?"
       r"(?:(?!of\b)[\w-]+ )?(?:meeting|talks|negotiations|summit|consultations)\b"),
    # "expressed hope that Peru would return to the table": an appeal to talk, told softly
    _c("call_for_talks", "026", 0.75, "expressed voiced",
       r"\b(?:expressed|voiced) (?:the |its |his |her |their )?hopes? (?:that |for )"
       r"(?:[^.;:]){0,60}?\b(?:return(?:s|ed)? to|resum\w+|rejoin|resumption of|return to) "
       r"(?:the |a |an )?(?:\w+ )?" + _TALKS),
    # Talks offered with the other side: "Cano proposed talks with the new government", "has
    # repeatedly offered talks with Beijing" (an offer to negotiate, not a meeting held)
    _c("intent_to_negotiate", "036", 0.9, "propos offer",
       r"\b(?:propos|offer)(?:ed|es|s|ing)? (?:new |fresh |direct |peace |unconditional |"
       r"immediate |formal )?(?:talks|negotiations|dialogue)(?: (?:with|to)\b)?|"
       # a go-between's offer (CAMEO 039): "first offered Soviet good offices"
       r"\boffer(?:ed|s|ing)? (?:(?:its|his|her|their|the) )?(?:[\w-]+ )?good offices"),
    # Sending a mediator is a move to negotiate: "said it had sent an envoy to the Middle East".
    _c("intent_to_negotiate", "036", 0.75, "sent send dispatch appoint named",
       r"\b(?:(?:sen(?:t|ds|ding)|dispatch(?:ed|es|ing)|appoint(?:ed|s|ing)|named|"
       r"(?:(?<=agreed to )|(?<=agrees to )|(?<=will )|(?<=would )|(?<=decided to )|"
       r"(?<=offered to )|(?<=plans to )|(?<=ready to )|(?<=willing to ))(?:send|dispatch|"
       r"appoint)) (?:a |an |"
       r"its |his |her |their |the )?(?:new |special |senior |top )?(?:peace )?(?:envoy|mediator|"
       r"negotiator|emissary|peace delegation|special representative)s?"
       r"(?= to| for| as)|"
       # "agreed to send a delegation to the next round of talks in Cairo"
       r"(?<!not )(?<!never )(?:sen(?:t|ds|ding)|(?:(?<=to )(?<!not to )|(?<=will )|"
       r"(?<=would ))send) (?:a |an |its |their |the )?(?:[\w-]+ )?"
       r"(?:delegation|envoys) to "
       r"(?:the )?(?:[\w-]+ ){0,4}?(?:talks|negotiations|meeting|conference|summit|round)\b)"),
    # "Thailand intended to send a delegation to Hanoi to discuss...", "had instructed the
    # Foreign Ministry to negotiate with", "has not closed the door to talks"
    _c("intent_to_negotiate", "036", 0.8, "send instruct order told tasked has have had did does "
       "do",
       r"\b(?:(?<!not )send (?:a |an )?(?:[\w-]+ )?(?:delegation|envoy|emissary) to "
       r"(?-i:[A-ZÀ-Ž])[\w'’.-]+(?: (?-i:[A-ZÀ-Ž])[\w'’.-]+)? (?:to|for) (?:discuss|negotiat|talks|"
       r"hold talks|consult)|"
       r"(?:instruct|order|task)(?:ed|s) (?:the |his |her |its |their )?(?:[\w-]+ ){0,2}?"
       r"(?:ministry|minister|negotiators|delegation|envoy|team|government) to (?:negotiate|"
       r"open (?:talks|negotiations)|hold talks|start talks|resume talks|seek talks|establish "
       r"(?:diplomatic )?(?:relations|ties))|"
       r"(?:has|have|had|did|does|do) not (?:yet )?closed? the door (?:to|on) (?:further |"
       r"direct |new )?(?:talks|dialogue|negotiations|contacts))"),
    # Readiness told by what the side would do to talk (CAMEO 036, 039): "would resolve the
    # outstanding disputes with Khartoum through dialogue", "was prepared to send a
    # representative to discuss the resolution", "would not refuse a frank conversation", "was
    # ready to receive the U.N. envoy", "ready to submit the whole dispute to arbitration"
    _c("intent_to_negotiate", "039", 0.75,
       "would will ready prepared willing committed determined",
       r"\b(?:(?:(?:would|will) (?:\w+ly )?|(?:committed|determined) to )(?:resolv|settl|solv)"
       r"(?:e|ing) (?:[\w'’.,-]+ ){0,7}?(?:through|by) (?:peaceful |direct |bilateral )?"
       r"(?:dialogue|negotiations?|talks|consultations?|diplomatic means|peaceful means|"
       r"diplomacy)|"
       r"(?:would|will) not refuse (?:a |an |any )?(?:[\w-]+ )?(?:conversation|talks|dialogue|"
       r"meeting|negotiations?|discussions?)|"
       r"(?:ready|prepared|willing) to (?:receive|welcome) (?:the |an? |any )?(?:[\w.-]+ ){0,2}?"
       r"(?:envoy|mission|delegation|emissary|mediators?)|"
       r"(?:ready|prepared|willing) to send (?:a |an )?(?:[\w-]+ )?(?:representative|delegation|"
       r"envoy|delegate)s? to (?:discuss|talk|negotiate|the talks|the conference|the negotiations)|"
       r"(?:ready|prepared|willing) to submit (?:the |its |their |this )?(?:whole |entire )?"
       r"(?:dispute|issue|question|matter|case) to (?:arbitration|mediation|the World Court|"
       r"the International Court))\b"),
    # Taking up an invitation or a mediation offer (CAMEO 036, 038)
    # "Jakarta would take part in a fresh round of U.N.-sponsored talks with Portugal": talks
    # still to come, told as the speaker's side joining them
    _c("intent_to_negotiate", "036", 0.8,
       "will would agreed agree plans plan held holds end voted decided is are",
       r"\b(?:"
       # "The United States has ended its 13-year boycott of the PLO": contacts opened
       r"end(?:ed|s|ing) (?:its|their|his|her|a|the) (?:[\w-]+ ){0,2}?boycott of|"
       # ("voted on Saturday to attend next week's Geneva peace conference")
       r"(?:will|would|agreed to|agrees to|plans? to|(?:is|are) due to|(?:voted|decided) "
       + VOTE_WORDS + r"to) (?:also )?(?:take (?:a |an )?(?:full |"
       r"active )?part in|join|attend|participate in) (?:[\w.'’-]+ ){0,6}?(?:talks|negotiations|"
       r"consultations|(?:peace )?conference|meeting|summit)|"
       # "held out the prospect of fresh talks with Pakistan"
       r"(?:held|holds) out (?:the )?(?:prospect|possibility|hope) of (?:[\w-]+ ){0,2}?"
       r"(?:talks|negotiations|dialogue|discussions|a meeting|a summit))\b"),
    # a visit one says one will pay: "said he would visit Dhaka early next year", "she would
    # travel to Naypyitaw this week" (a trip others announce is their news: "the White House
    # said Clinton would travel to Warsaw")
    _c("intent_to_negotiate", "036", 0.7, "would will",
       r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bwe )|(?<=\bI ))(?:would|will) (?:soon |also |"
       r"personally |later |then |first )?(?:visit|travel to|go to|fly to)(?= (?-i:[A-ZÀ-Ž]))"
       # (not a trip for anything but talks: "would fly to Geneva to attend a funeral")
       r"(?![^.;]{0,60}?\b(?:funeral|holiday|vacation|medical|treatment|pilgrimage)\b)"),
    # "the two leaders committed themselves to a third round of negotiations"
    _c("intent_to_negotiate", "036", 0.75, "committed commits",
       r"\bcommit(?:ted|s) (?:themselves|itself|himself|herself) to (?:a |an |the |further )?"
       r"(?:[\w-]+ ){0,3}?(?:negotiations|talks|dialogue)\b"),
    # (an invitation welcomed is backed, support: "welcomed the invitation as the final burial
    # of the Yalta order"; accepted, it is the will to come)
    _c("intent_to_negotiate", "036", 0.8, "accept",
       r"\baccept(?:ed|s|ing) (?:an |the |a |his |her |their |its )?"
       r"(?:[\w.-]+ ){0,2}?(?:invitation|offer to (?:mediate|host talks)|mediation)\b"),
    # Membership offered: "NATO leaders on Tuesday invited Poland, Hungary and the Czech
    # Republic to join the alliance" (CAMEO 03)
    _c("proposal", "03", 0.8, "invit",
       r"\binvit(?:ed|es|ing) (?:[\w.'’,-]+ ){1,8}?to (?:join|become members? of) (?:the )?"
       r"(?:alliance|bloc|union|organi[sz]ation|group|community|grouping|club|NATO|EU|European "
       r"Union|Commonwealth|ASEAN)\b"),
    # An invitation to come or visit asks the other side to meet.
    # ("invited Sadat and Begin to join him at Camp David", "issued invitations on Friday to
    # Israel, Syria and Jordan to attend a peace conference", "sent a formal invitation for
    # Sadat to come to Jerusalem")
    _c("call_for_talks", "026", 0.8, "invit issued sent",
       r"\binvit(?:ed|es|ing) (?:[\w.'’-]+ ){1,4}?to (?:come|visit|travel)\b|"
       r"\binvit(?:ed|es|ing) (?:[\w.'’,-]+ ){1,12}?to (?:join (?:him|her|them) (?:at|in|for)|"
       r"attend (?:an? |the )?(?:[\w-]+ ){0,4}?(?:conference|summit|talks|meeting|negotiations))\b|"
       r"\b(?:issued|sent) (?:an? )?(?:formal )?invitations? (?:(?:on \w+day|today|yesterday) )?"
       r"(?:to|for)\b|"
       # "invited the two men to New York": to a named place, for talks there
       r"\binvit(?:ed|es|ing) (?:(?-i:[a-z])[\w'’-]* ){1,3}?to (?=(?-i:[A-ZÀ-Ž]))"),
    _c("intent_to_negotiate", "036", 0.85,
       "open ready willing prepared readiness eager intend intention plan hope want announced "
       "confirmed "
       "offer seek sought we is are keen look stand would will pledged promised vowed indicated "
       "has have had stated "
       "expressed signal showed voiced came come went go approach meeting talks round session "
       "summit go continue agreed use never not door disposal remain remains remained keep",
       r"\b(?:(?:open|ready|willing|prepared|readiness|willingness|eager|keen|intends?|intended|"
       # (not "wanted the rebels to send a delegation": what others should do is a call)
       r"intention|plans?|planned|hopes?|hoped|wants?(?= to| for)|wanted(?= to| for)|offered|"
       r"offers?|seeks?|sought|"
       r"pledged|promised|vowed) "
       # (not "prepared to guarantee a ceasefire by sending observers": an offer)
       r"(?:\w+ ){0,2}(?:to|for|of) (?!(?:guarantee|provide|supply|give|contribute|station|"
       r"act|respond|retaliate|use|strike|fight|defend|"
       # (nor talks undone: "the walkout, intended to wreck the negotiations")
       r"wreck|sabotage|derail|torpedo|scuttle|undermine|disrupt|obstruct|stall|"
       r"deploy|finance|fund)\b|send\b(?! (?:a |an |its |his |her |their )?(?:[\w-]+ )?"
       r"(?:delegation|negotiators|envoys?|representatives?)))(?:[\w\"“”'`.-]+ ){0,9}?" + _TALKS +
       r"|(?:indicated|expressed|signall?ed|showed|voiced) (?:its |his |her |their )?"
       r"(?:\w+ )?interest in (?:\w+ ){0,2}" + _TALKS +
       r"|open to (?:further |new |more |direct |fresh )?(?:contacts|talks|negotiations|"
       r"dialogue)|"
       # "the rebels were ready for 'a serious national political dialogue'", "Cuba was
       # prepared to reach an understanding with the United States"
       r"(?:ready|prepared) for [\"“'‘]?(?:an? |the |new |fresh )?(?:[\w-]+ ){0,3}?(?:dialogue|"
       r"talks|negotiations)\b|"
       r"(?:ready|willing|prepared) (?:\w+ )?to (?:reach|work out|seek) (?:an? )?(?:[\w-]+ )?"
       r"(?:understanding|accommodation|agreement|settlement|compromise) with|"
       # "Chile was prepared to study the proposal"
       r"(?:ready|willing|prepared) to (?:study|consider|examine|discuss) (?:an? |the |any |its |"
       r"his |her |their )?(?:[\w-]+ ){0,3}?(?:proposals?|plan|offer|ideas?|initiative|"
       r"suggestions?)\b|"
       r"we are back|(?:is|are) back (?:at|in) the talks|"
       # "We came to Colombo with an open mind": ready to negotiate
       r"(?:came|come|went|go|approach\w*) (?:[\w'’]+ ){0,4}with an open mind|"
       # ("said he was ready to act as a mediator between the two neighbors")
       r"(?:ready|willing|prepared|offered|offers?|stands? ready) (?:\w+ )?to (?:host|broker|"
       r"facilitate|mediate|(?:act|serve) as (?:an? |the )?(?:[\w-]+ )?(?:mediator|"
       r"intermediary|go-between|facilitator|honest broker)|sign|conclude|"
       r"receive (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:envoys?|"
       r"mediators?|delegations?|leaders|representatives?))\b|"
       # "looked forward to continuing talks with Putin", "to receiving Lopez Obrador"
       r"look(?:s|ed|ing)? forward to (?:continuing |further |more )?(?:meeting|talks|visiting|"
       r"negotiat\w+|discussions|receiving|hosting|welcoming|his meeting|her meeting)|"
       # "was willing to modify its goals", "ready to go the extra mile": open to a bargain
       r"(?:willing|ready|prepared) (?:\w+ )?to (?:compromise|make (?:\w+ )?concessions|"
       r"show (?:\w+ )?flexibility|modify|consider|discuss|go the extra mile)\b|"
       # ("Moscow has repeatedly stated a willingness to discuss the reduction of forces"; not
       # "praised the French delegation for its readiness to compromise")
       r"(?:stated|expressed|signall?ed|showed|voiced|indicated) (?:an? |its |their |his |her )?"
       r"(?:\w+ )?(?:willingness|readiness) to (?:compromise|consider|discuss)\b|"
       r"(?:offered|offers|ready|willing|would|will) (?:to )?help (?:to )?[\"“]?(?:solve|resolve|"
       r"settle|mediate|broker|end)|"
       # "agreed to meet again on Wednesday": the next round promised (the development gold
       # 6 times in 6), not a deal; "offered Soviet good offices", "ready to use his good
       # offices": to mediate
       r"agreed (?:on \w+day |today |\w+day )?to meet again\b|"
       # "Seoul's door to dialogue 'remains open'", "remained open to other facilitators",
       # "was ready to establish diplomatic relations", "would keep consulting"
       r"door[\"”']? (?:[\w'’-]+ ){0,4}?[\"“']?(?:remains?|remained|is|was|stays?|stayed|"
       r"would remain|will remain) (?:wide )?open|(?:remains?|remained) open to|"
       r"(?:ready|prepared|willing) (?:\w+ )?to (?:establish|restore|resume|normali[sz]e|"
       r"re-?establish) (?:full |normal )?(?:diplomatic )?(?:relations|ties)|"
       r"(?:would|will) (?:keep|continue) (?:consulting|talking|negotiating|discussing)\b|"
       r"(?:offer(?:ed|s|ing)?|ready|willing|prepared|(?<!through )(?<!via )(?<!by )use) "
       r"(?:to use )?(?:his |her |its |their |the |[\w-]+ )?good offices\b|"
       # "Peking had 'never closed the door' to negotiation", "has not closed the door to talks"
       r"(?:never|not) (?:closed|shut) the door[\"”']? (?:to|on) (?:further |direct |any )?"
       r"(?:negotiations?|talks|dialogue|contacts)|"
       # "said it would hold talks with Peru": reported intent, not a meeting held
       r"would (?:soon |also |again |personally |later |then |first )?(?:meet|(?:hold|begin|"
       r"open|resume|start) (?:new |fresh |"
       r"direct |[\w-]+ ){0,3}?(?:talks|negotiations|discussions|dialogue)|sit down)\b|"
       # "said he would go to Tashkent early in the new year to meet Mr. Shastri"
       r"(?:would|will) (?:go|travel|fly) to (?:[\w.'’-]+ ){1,7}?to (?:meet|see|hold talks|"
       r"negotiate|confer)\b|"
       # "would fly to Lahore tomorrow to attend the conference", "would travel to Geneva next
       # week to begin talks with the warring parties"
       r"(?:would|will) (?:go|travel|fly) to (?:[\w.'’-]+ ){1,7}?to (?:attend|join|(?:begin|open|"
       r"start|resume)) (?:the |a |an |its |his |their )?(?:[\w-]+ ){0,2}?(?:talks|negotiations|"
       r"conference|summit|meeting)\b|"
       # "his delegation would remain at the conference table", "Britain's door remained open",
       # "he remained at the disposal of both parties"
       r"(?:would|will) (?:remain|stay) at the (?:conference |negotiating )?table|"
       r"door (?:remained|remains|was still|is still|stayed|stays|would remain) open\b|"
       r"(?<=at the )disposal of (?:both|the two|all) (?:parties|sides)|"
       # announcing one's own coming meeting: "Taiwan announced the meeting on Tuesday", "The
       # meeting was announced late on Tuesday by Ma's office"
       r"(?:announced|confirmed) (?:the |a |an )?(?:planned |upcoming |first |historic |"
       r"proposed )?(?:[\w-]+ )?(?:meeting|summit|talks|visit)\b(?! (?:with|between|of)\b)|"
       r"(?:(?<=meeting was )|(?<=summit was )|(?<=talks were )|(?<=visit was ))"
       r"(?:announced|confirmed)(?: (?:[\w'’.,-]+ ){0,6}?by)(?= )|"
       # "said he would host Tshisekedi and Kagame in Washington": a meeting he means to hold
       r"(?:would|will) (?:soon |also )?(?:host|receive|invite) "
       r"(?=(?-i:[A-ZÀ-Ž])|the (?:two|leaders|"
       r"presidents|ministers))|"
       # "has no objection to indirect talks", "would welcome a dialogue with", "is open to
       # discussing", "would attend the Doha talks", "would lead the delegation to the talks"
       r"(?:has|have|had) no objections? to (?:[\w-]+ ){0,3}?" + _TALKS + r"|"
       r"(?:would|will) welcome (?:an? |the )?(?:[\w-]+ ){0,2}?(?:dialogue|talks|negotiations)|"
       r"open to (?:discussing|talking|negotiating|dialogue|meeting|a dialogue)\b|"
       r"(?:would|will) (?:attend|join|take part in|participate in|lead (?:[\w'’-]+ ){0,3}?"
       r"delegation to) (?:the )?(?:[\w.'’-]+ ){0,3}?(?:talks|negotiations|conference|summit)\b|"
       # "said he would return to direct negotiations"
       r"(?:would|will) (?:soon |also |again )?(?:return to|rejoin|go back to) (?:the )?"
       r"(?:[\w.-]+ ){0,3}?(?:talks|negotiations|negotiating table|table|dialogue)\b|"
       r"(?:will|would|shall) (?:continue|keep) (?:to )?"
       r"(?:talk|talking|negotiat\w*|engag\w*)\b|"
       # "would continue to play the role of facilitator", "a meeting of their consultation
       # mechanism would go ahead in Xiamen"
       r"(?:will|would|shall) (?:continue to |keep )?(?:play|act as|serve as) (?:the |a |an )?"
       r"(?:role of )?(?:[\w-]+ )?(?:facilitator|mediator|broker|host)\b|"
       r"(?:meeting|talks|round|session|summit)s? (?:[\w'’-]+ ){0,6}?(?:would|will) "
       r"(?:still )?go ahead\b|"
       # "will go ahead with the indirect talks", "will continue to mediate", "would go to
       # Brussels next week for talks with"
       r"go ahead with (?:the )?(?:[\w-]+ ){0,2}?(?:talks|negotiations|meeting|summit)|"
       r"(?:will|would) continue to (?:mediate|facilitate)|"
       r"(?:would|will) (?:go|travel|fly|come|head) to (?:[\w'’.-]+ ){1,4}?for "
       r"(?:[\w-]+ ){0,2}?(?:talks|negotiations|consultations|a summit|meetings?)\b)"),
)

# The proposals (lexicon_propose.py) and the deals come after the offers and calls, as they
# stood in one tuple before.
_BEFORE_MEETINGS = _BEFORE_MEETINGS + PROPOSAL_CUES + DEAL_CUES


# Order matters only for ties: the meetings and calls, and plain speech, keep their place
# among the rest.
COOPERATIVE_CUES: tuple[Cue, ...] = (_BEFORE_MEETINGS + MEETING_CUES + SUPPORT_CUES
                                     + REPORTING_CUES)
