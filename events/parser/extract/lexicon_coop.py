"""The cue lexicon, second half: the cooperative acts (calls for talks, intent to negotiate,
proposals, meetings, calls, agreements, support) and plain speech. `lexicon.py` holds the
adversarial half and joins the two in order."""
from __future__ import annotations

from .cue_base import _DET, _TALKS, Cue, _c

COOPERATIVE_CUES: tuple[Cue, ...] = (
    # "proposed on Friday that foreign ministers of the Group of Eight hold an emergency
    # meeting": a proposal that others meet is a call for talks
    _c("call_for_talks", "026", 0.85, "propos",
       r"\bpropos(?:ed|es) (?:(?:on|last|this) \w+ )?that (?:[\w'’.-]+ ){1,10}?(?:hold|convene|"
       r"meet|open|start|resume|begin)\b[^.;:]{0,40}?\b" + _TALKS),
    _c("call_for_talks", "026", 0.85,
       "urg call appeal press invit encourag push support back endors favor favour",
       r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)? (?:on|upon|for)|appeal(?:ed|s|ing)?|"
       r"press(?:ed|es|ing)?|invit(?:e|ed|es|ing)|encourag(?:e|ed|es)|push(?:ed|es)? for|"
       r"calls? for)\b"
       r"(?:[^.;:]|(?<=Mr|Ms|Dr)\.|(?<=Mrs|Gen|Sen)\.|(?<=\b[A-Z])\.){0,110}?"
       r"\b(?:" + _TALKS + r"|to (?:resolve|settle) (?:their|the|its) (?:differences|disputes?)"
       r"(?! (?:by force|militarily)))|\b(?:support(?:ed|s)?|back(?:ed|s)?|endors(?:ed|es)|"
       r"favou?r(?:ed|s)?) (?:the idea of |the |calls for |a return to )?(?:launching |holding |"
       r"resuming |starting |opening |direct |new |peace )?(?:negotiations|talks|dialogue)\b",
       # "called for Sinn Fein to be expelled from the talks": no call for talks
       # (but "to resume their suspended peace talks" is a call)
       veto=r"\b(?:expel|exclu|barr|kick|out of)|\bsuspend\w* (?:from|him|her|them|it)\b"),
    # Talks a speaker says the sides must hold: "Both sides must come back to the table",
    # "Kyiv should begin direct talks with the separatists"
    _c("call_for_talks", "026", 0.8, "must should need needs ought",
       r"\b(?:must|should|needs? to|ought to) (?:\w+ly )?(?:return|come back|"
       r"go back|get back|resume|begin|start|hold|engage|open|launch|sit down|enter)\b"
       r"[^.;:]{0,60}?\b" + _TALKS, content=True),
    # "requested a meeting with", "sought talks with": asks the other side to meet (longer
    # than the meeting cue "talks with" inside it, so it wins).
    _c("call_for_talks", "026", 0.8, "request sought seek asked",
       r"\b(?:request(?:ed|s)|sought|seeks|asked for) (?:an? |the |new |fresh |urgent |direct )?"
       r"(?:(?!of\b)[\w-]+ )?(?:meeting|talks|negotiations|summit|consultations)\b"),
    # "expressed hope that Peru would return to the table": an appeal to talk, told softly
    _c("call_for_talks", "026", 0.75, "expressed voiced",
       r"\b(?:expressed|voiced) (?:the |its |his |her |their )?hopes? (?:that |for )"
       r"(?:[^.;:]){0,60}?\b(?:return(?:s|ed)? to|resum\w+|rejoin|resumption of|return to) "
       r"(?:the |a |an )?(?:\w+ )?" + _TALKS),
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
    # Taking up an invitation or a mediation offer (CAMEO 036, 038)
    # "Jakarta would take part in a fresh round of U.N.-sponsored talks with Portugal": talks
    # still to come, told as the speaker's side joining them
    _c("intent_to_negotiate", "036", 0.8, "will would agreed agree plans plan held holds",
       r"\b(?:(?:will|would|agreed to|agrees to|plans? to) (?:also )?(?:take part in|join|attend|"
       r"participate in) (?:[\w.'’-]+ ){0,6}?(?:talks|negotiations|consultations|"
       r"(?:peace )?conference)|"
       # "held out the prospect of fresh talks with Pakistan"
       r"(?:held|holds) out (?:the )?(?:prospect|possibility|hope) of (?:[\w-]+ ){0,2}?"
       r"(?:talks|negotiations|dialogue|discussions|a meeting|a summit))\b"),
    _c("intent_to_negotiate", "036", 0.8, "accept welcom",
       r"\b(?:accept(?:ed|s|ing)|welcom(?:ed|es|ing)) (?:an |the |a |his |her |their |its )?"
       r"(?:[\w.-]+ ){0,2}?(?:invitation|offer to (?:mediate|host talks)|mediation)\b"),
    # An invitation to come or visit asks the other side to meet.
    _c("call_for_talks", "026", 0.8, "invit",
       r"\binvit(?:ed|es|ing) (?:[\w.'’-]+ ){1,4}?to (?:come|visit|travel)\b|"
       # "invited the two men to New York": to a named place, for talks there
       r"\binvit(?:ed|es|ing) (?:(?-i:[a-z])[\w'’-]* ){1,3}?to (?=(?-i:[A-Z]))"),
    _c("intent_to_negotiate", "036", 0.85,
       "open ready willing prepared readiness eager intend intention plan hope want "
       "offer seek sought we is are keen look stand would will pledged promised vowed indicated "
       "has have had "
       "expressed signal showed voiced came come went go approach meeting talks round session "
       "summit go continue",
       r"\b(?:(?:open|ready|willing|prepared|readiness|willingness|eager|keen|intends?|intended|"
       # (not "wanted the rebels to send a delegation": what others should do is a call)
       r"intention|plans?|planned|hopes?|hoped|wants?(?= to| for)|wanted(?= to| for)|offered|"
       r"offers?|seeks?|sought|"
       r"pledged|promised|vowed) "
       # (not "prepared to guarantee a ceasefire by sending observers": an offer)
       r"(?:\w+ ){0,2}(?:to|for|of) (?!(?:guarantee|provide|supply|give|contribute|station|"
       r"deploy|finance|fund)\b|send\b(?! (?:a |an |its |his |her |their )?(?:[\w-]+ )?"
       r"(?:delegation|negotiators|envoys?|representatives?)))(?:[\w\"“”'`.-]+ ){0,9}?" + _TALKS +
       r"|(?:indicated|expressed|signall?ed|showed|voiced) (?:its |his |her |their )?"
       r"(?:\w+ )?interest in (?:\w+ ){0,2}" + _TALKS +
       r"|open to (?:contacts|talks)|"
       r"we are back|(?:is|are) back (?:at|in) the talks|"
       # "We came to Colombo with an open mind": ready to negotiate
       r"(?:came|come|went|go|approach\w*) (?:[\w'’]+ ){0,4}with an open mind|"
       r"(?:ready|willing|prepared|offered|offers?|stands? ready) (?:\w+ )?to (?:host|broker|"
       r"facilitate|sign)|look(?:s|ed|ing)? forward to (?:meeting|talks|visiting|negotiat\w+)|"
       # "was willing to modify its goals", "ready to go the extra mile": open to a bargain
       r"(?:willing|ready|prepared) (?:\w+ )?to (?:compromise|make (?:\w+ )?concessions|"
       r"show (?:\w+ )?flexibility|modify|consider|discuss|go the extra mile)\b|"
       r"(?:offered|offers|ready|willing|would|will) (?:to )?help (?:to )?[\"“]?(?:solve|resolve|"
       r"settle|mediate|broker|end)|"
       # "said it would hold talks with Peru": reported intent, not a meeting held
       r"would (?:soon |also |again )?(?:meet|(?:hold|begin|open|resume|start) (?:new |fresh |"
       r"direct |[\w-]+ ){0,3}?(?:talks|negotiations)|sit down)\b|"
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
    _c("proposal", "03", 0.75,
       "propos put unveil made submitted presented tabled offer promis pledg suggest ask held "
       "drafted floated published issued released set "
       "press "
       "willing ready prepared "
       "call float laid circulat draft handed",
       r"\b(?:propos(?:ed|es|ing)|(?<=we )propose\b|(?<=I )propose\b|put forward|unveil(?:ed|s)|"
       # the passive with its agent: "a peace plan put forward by U.N. envoy Kofi Annan"
       r"(?:put forward|presented|proposed|drafted|tabled|submitted|floated|unveiled|offered)"
       r"(?= (?:[\w,]+ ){0,4}?by (?:the )?(?:[\w.'’-]+ ){0,4}?(?-i:[A-Z]))|"
       r"put (?:a |an |its |his |her |their )?(?:[\w-]+ )?proposal to|"
       # "published a 12-point position paper", "set out six principles for a settlement"
       r"(?:published|issued|released) (?:a |an |its |his |her |their )?(?:[\w-]+ ){0,3}?"
       r"(?:position paper|peace plan|draft (?:agreements?|treaty|resolution)|proposals?|roadmap)|"
       r"set out (?:a |an |its |his |her |their )?(?:[\w-]+ ){0,2}?(?:principles|proposals?|plan|"
       r"conditions|terms|framework|vision)|"
       r"presented (?:[\w.'’-]+ ){1,3}?with (?:an? |the )(?:\w+ )?(?:proposal|plan|offer)|"
       r"ask(?:ed|s) (?:[\w.'’-]+ ){1,3}?for (?:help|aid|assistance|support)|"
       r"(?:made|submitted|presented|tabled) "
       r"(?:a |an |the |its |his |her |their )?(?:\w+ )?(?:proposals?|plans?|offers?|initiatives?)|"
       r"offer(?:ed|s|ing)? (?:(?:on|in|at|during|last|this|early|late|earlier) "
       r"(?:[\w,.]+ ){1,4}?)?"
       r"to|(?<!its )(?<!his )(?<!her )(?<!their )(?<!the )(?<!our )(?<!similar )(?<!broken )"
       r"(?<!empty )promis(?:ed|es|ing)|held out (?:the )?(?:prospect|promise|offer)|"
       # "offered Tehran a set of verification measures", "offered Russia a seat on the
       # council", "offered Ukraine 610 million euros", "offered inspectors access to"
       # (not what a thing "offers": "the initiative offers a solid basis for peace")
       r"offer(?:ed|s|ing) (?!(?:an? |the )?(?:[\w-]+ )?(?:basis|foundation|chance|hope|"
       r"opportunity|model|example|glimpse|lesson|path|window|insight|reminder)\b)"
       r"(?:[\w.'’-]+ ){1,8}?(?:an? |the |\d[\d.,]* |access to|asylum\b|"
       r"(?:wide|broad|full|some) )|offer(?:ed|s|ing) \$?\d[\d.,]* |"
       r"press(?:ed|es)? (?:anew |again |hard )?for|"
       r"pledg(?:ed|es)|suggest(?:ed|s)(?! that|,| (?:\w+ ){1,3}(?:was|is|were|are|had|has|"
       r"would|will|could|might)\b)|call(?:ed|s|ing)? for|"
       r"ask(?:ed|s) (?:[\w.]+ ){1,4}?to (?!reporters|journalists|the press|be\b)(?=\w)|"
       r"(?:willing|ready|prepared) to (?:withdraw|pull (?:out|back)|cede|hand over|return|"
       r"release|free|lift|give up)|"
       # "offered Peru a loan": an offer of aid (CAMEO 033)
       r"offer(?:ed|s) (?:[\w.'’-]+ ){0,3}?(?:an? |the |its |\$?[\d.,]+ (?:million |billion )?)?"
       r"(?:[\w-]+ )?(?:loan|aid|assistance|help|asylum|credits?|guarantees?|concessions?|"
       r"compensation)|"
       r"(?:offer(?:ed|s)|float(?:ed|s)|laid out|circulat(?:ed|es)|draft(?:ed|s)|"
       r"handed (?:[\w'’-]+ ){0,2}?[\w'’-]+|presented|submitted|tabled) " + _DET +
       r"(?:[\w,-]+ ){0,4}?(?:plan|proposal|compromise|deal|ceasefire|truce|formula|initiative|"
       r"package|resolution|blueprint|road ?map|framework|idea|working paper|draft|"
       r"version of (?:the |a |its )?(?:[\w,-]+ ){0,3}?plan))\b"),
    # The passive with its agent further on (its own cue: the plain "signed" of the next one
    # would match first): "a deal was struck by EU negotiators with Britain", "the accord was
    # signed on the White House lawn on Monday by Peres", "a deal signed in Istanbul on Friday
    # by Ukraine's minister"
    _c("agreement", "057", 0.8, "reached signed struck concluded initial",
       r"(?:(?<=was )|(?<=were )|(?<=agreement )|(?<=deal )|(?<=accord )|(?<=treaty )|"
       r"(?<=pact )|(?<=declaration )|(?<=protocol ))(?:reached|signed|struck|concluded|"
       r"initial+ed)(?:\s+(?!by\b)[\w'’.,-]+){0,7}?(?=\s+by\s+(?:the\s+)?(?-i:[A-Z]))",
       joint=True),
    _c("agreement", "057", 0.8,
       "agree sign reached struck accept ratifi resum restor establish normali clinch seal upgrad "
       "approv "
       "appeared seemed decided voted ink put exchanged came "
       "conclud initial formed forged built joined renewed gave concluded initialled initialed",
       # ("a signed declaration": an adjective, not a signing)
       r"\b(?:agreed|agree to|agrees|(?<!\ba )(?<!\ban )(?<!\bthe )signed|"
       r"signs (?=(?:a|an|the|its|their|his|her)\b)|"
       r"reached (?:an? |the )?(?:[\w'’$.,-]+ ){0,4}?(?:deal|"
       r"agreement|accord|ceasefire|truce|consensus|understanding)|"
       r"struck (?:an? |the )(?:[\w'’$.,-]+ ){0,4}?(?:deal|agreement|accord|bargain|pact)|"
       r"(?:accept(?:ed|s)|(?:appeared|seemed|decided|voted) to accept) (?:the |a |an |its )?"
       r"(?:[\w-]+ ){0,5}?(?:proposal|plan|offer|deal|terms|ceasefire|treaty|accord|agreement|"
       r"resolution|conditions|mediation|compromise|formula|framework|road ?map)|"
       # the passive: "the framework agreement was formally accepted on Tuesday by Eritrea"
       r"(?:(?<=was )|(?<=were )|(?<=ly ))accepted(?= (?:[\w,'’-]+ ){0,5}?by (?-i:[A-Z]))|"
       r"ratifi(?:ed|es)|approv(?:ed|es) (?:a |an |the |its )?(?:[\w.-]+ ){0,2}(?:treaty|accord|"
       r"agreement|deal|pact|ceasefire|truce)|"
       r"(?:resum|restor|establish|normali[sz])(?:ed|es) (?:full )?"
       r"(?:diplomatic )?(?:relations|ties)|(?:clinch|seal|conclud|initial+|ink)(?:ed|es|s)? "
       r"(?:an? |the )?(?:[\w'’$.,-]+ ){0,5}?(?:deal|agreement|accord|treaty|pact|declaration|"
       r"roadmap|road map|understanding|memorandum)|"
       # "put their signatures to the accord", "exchanged the instruments of ratification",
       # "came to terms on", "OPEC agreed on Wednesday to cut output"
       r"put (?:their|his|her|its) signatures? (?:[\w,]+ ){0,3}?to|"
       r"exchanged (?:the )?instruments of|"
       r"came to terms (?:on|with|over)|"
       # "renewed its provisional agreement with China", "gave his consent to the terms"
       r"renewed (?:its |their |the )(?:[\w-]+ ){0,2}?(?:agreement|accord|deal|treaty|pact) "
       r"with|gave (?:his |her |its |their )?(?:formal )?(?:consent|assent) "
       r"(?:(?:on|last|this) \w+ )?to|"
       r"(?:formed|forged|built|joined) (?:an? |the )?(?:\w+ )?(?:alliance|coalition) with|"
       # "the two leaders upgraded relations to a comprehensive strategic partnership"
       r"upgraded (?:their |bilateral |the )?(?:relations|ties))\b",
       joint=True),
    _c("phone_call", "041", 0.9, "phone telephon spoke spoken speaking talked discussed video "
       "called received rang speaks had held has holds conferred hotline dial on placed picked "
       "exchanged in during over by",
       r"\b(?:(?:tele)?phone (?:call|conversation|talks)|spoke (?:by|on the|over the) "
       r"(?:tele)?phone|spoke (?:with|to) (?:[\w.'’-]+ ){1,4}?(?:by|on the|over the|over an?) "
       r"(?:[\w-]+ )?(?:(?:tele)?phone|video (?:link|call|conference))|"
       r"phoned|telephoned|video (?:call|conference|link)|"
       r"received (?:a |an )?(?:(?:tele)?phone |video )?call from|"
       # "rang Zelensky", "spoke to Trump by phone", "had a call with", "held phone talks with",
       # "conferred by phone", "an online conversation", "a virtual summit", "a hotline"
       r"(?:rang|dial+ed) (?=(?-i:[A-Z]))|"
       r"(?:spoke|speaks|spoken|talked) to (?:[\w.'’-]+ ){1,5}?(?:by|on the|over the) "
       r"(?:tele)?phone|"
       r"(?:had|held|has|holds) (?:an? |their |a lengthy |a brief |a long )?(?:(?:tele)?phone|"
       r"video|online|virtual) (?:call|talks|conversation|summit|meeting|conference)|"
       r"(?:had|has|held) (?:an? |a lengthy |a brief |a long )?call with|"
       r"(?:had|held|has|holds) (?:an? )?(?:[\w-]+ )?video-?conference|"
       # an opening phrase names the call the main subject made: "In a call late on Wednesday,
       # Sharif spoke with...", "Over the telephone on Tuesday, Kishida briefed..."
       r"^\W*(?:In an? (?:[\w-]+ ){0,2}?(?:(?:tele)?phone |video )?"
       r"(?:call|conversation)(?! for)|(?:Over|By|On) the (?:tele)?phone)\b|"
       r"exchanged views (?:[\w'’-]+ ){0,3}?(?:by|over the|on the) (?:tele)?phone|"
       r"conferred (?:by|on the|over the) (?:tele)?phone|hotline|"
       r"called (?:his|her|their) (?:[\w-]+ )?counterparts?|"
       r"called (?:(?-i:[A-Z])[\w.'’-]* ){1,5}(?=(?:on|late|early|yesterday|last|this|overnight|"
       r"to discuss|to offer|to express)\b|\w+day\b)|"
       r"(?:(?:spoken|speaking|talked) |discussed (?:[\w'’-]+ ){0,8}?)(?:by|on the|over the) "
       r"(?:tele)?phone|"
       # "was on the phone with Barak", "spent the weekend on the telephone with", "placed a
       # call to Bush"
       r"on the (?:tele)?phone with|placed an? (?:(?:tele)?phone )?call to|"
       r"picked up the (?:tele)?phone to|"
       r"called (?=(?-i:[A-Z])\w+ (?:on|to discuss)))\b", joint=True),
    _c("meeting", "040", 0.85,
       "met meet held hold talks visit host sat play received negotiated summit paid confer spoke "
       "spoken talked news press joint in consult began begin open resum start conclud wrap "
       "discuss continu complet conven had on during mediat wrapped wound ended kicked made "
       "undertook spent shook flew led greeted called exchang arriv became becomes rejoined "
       "hosted gave attended dined lunched breakfasted granted toured rolled sat dropped face "
       "one welcomed landed arrived stopped was were hosting receiving welcoming",
       r"\b(?:met|meets|meeting with|meetings with|held (?!(?:tele)?phone |video |online |virtual )"
       r"(?:\w+ )?talks|hold (?:\w+ )?talks|"
       # "received visiting Brazilian President Lula", "wrapped up a three-day visit to Iran",
       # "made a rare, unannounced trip to Oman", "spent several hours with", "shook hands with",
       # "sat down together", "flew into Tehran", "led a delegation to Washington"
       r"received (?:visiting |the visiting )(?-i:[A-Z])[\w.'’-]*|"
       r"received the (?:[\w.'’-]+ ){0,4}?(?:envoy|delegation|minister|president|ambassador)|"
       r"(?:wrapped up|wound up|concluded|ended|began|started|kicked off|made|paid|undertook) "
       r"(?:an? |his |her |their |its )?(?:[\w,-]+ ){0,3}?(?:visit|trip|tour) (?:to|of)"
       r"(?= (?-i:[A-Z]))|"
       r"spent (?:[\w-]+ ){1,3}?(?:hours?|days|time|minutes|morning|afternoon|evening)"
       r"(?: (?:on|last|this|together))?(?: \w+day)? "
       r"with|shook hands with|"
       # a courtesy call: "called on Premier Zhu Rongji at Zhongnanhai" (not "called on X to")
       r"called on (?:(?:(?-i:[A-Z])[\w.'’-]*|(?-i:bin|ibn|al|el|de|da|van|von|del|abu)) ){1,7}?"
       r"(?=(?:at|in) (?-i:[A-Z])|on \w+day|\.)|"
       r"received (?:him|her|them)\b(?! (?:with|in) (?:anger|silence|dismay))|"
       r"sat down together|sat down (?:[\w-]+ ){1,6}?with(?= (?-i:[A-Z])| the | his | her )|"
       # the passive: "Arafat was received at the Elysee Palace on Tuesday by Chirac"
       r"(?:(?<=was )|(?<=were ))received(?= (?:[\w'’.-]+ ){0,8}?by (?-i:[A-Z]))|"
       r"flew into(?= (?-i:[A-Z]))|greeted (?=(?-i:[A-Z])|him\b|her\b|them\b)|"
       r"led (?:an? |his |her |its |their )?(?:[\w-]+ )?delegation to(?= (?-i:[A-Z]))|"
       r"negotiated (?:late|through|into|until|for|since)\b|"
       # "spoke to reporters after meeting Scholz": a meeting held (acts.py keeps the gerund)
       r"(?<=after )meeting(?= (?-i:[A-Z]))|(?<=following )meeting(?= (?-i:[A-Z]))|"
       r"holds (?:\w+ )?talks|talks with|"
       # "began indirect talks", "opened a new round of talks", "held a summit", "concluded
       # two days of negotiations": a round of talks under way or just held
       r"(?:held|holds|had|began|begins|opened|opens|resumed|resumes|started|starts|concluded|"
       r"concludes|wrapped up|continued|continues|completed|convened) (?:an? |the |their |two |"
       r"three |several )?(?:(?:[\w-]+ )?(?:round|days|hours|sessions?) of )?(?:[\w-]+ ){0,2}"
       r"(?:talks|negotiations|summit|consultations|dialogue)|"
       # "Boric, on a visit to Peru, said", "during his visit to Lima": the subject visits
       r"(?:on|during) (?:an? |his |her |their |its )(?:[\w-]+ ){0,2}?visit to(?= (?-i:[A-Z]))|"
       r"meetings? (?:(?:at|in|on) (?:[\w'’-]+ ){1,4})?with|"
       r"(?:held|holds) (?!out\b|(?:an? |their )?(?:(?:tele)?phone|video|online|virtual) )"
       r"(?:(?!not\b|no\b|to\b|in\b|whether\b|off\b)[\w-]+ ){1,6}?"
       r"(?:talks|negotiations|consultations|dialogue)|"
       r"talks (?:(?:in|at) (?:[\w'’-]+ ){1,2})?with|"
       r"visit(?:ed|s|ing)|host(?:ed|s|ing)|sat down with|play(?:ed|s) host to|"
       r"received (?=(?-i:[A-Z]))|negotiated with|summit with|paid (?:an? )?(?:\w+ )?visit|"
       # Gulf and Asian agency copy: "received at Bayan Palace this morning Bahraini Foreign
       # Minister X"
       r"received (?:at|in) (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2} "
       r"(?:(?:this|yesterday|today|on) ?\w* )?(?=(?-i:[A-Z]))|"
       r"conferred(?! (?:by|on the|over the) (?:tele)?phone)|(?:spoke|spoken|talked) (?:\w+ )?with|"
       r"mediat(?:ed|es|ing) between|mediated (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|"
       # table manners of diplomacy: "held a working lunch with", "dined with", "had an
       # audience with the Pope", "paid a courtesy call on", "received his Syrian counterpart",
       # "toured the ruins with", "rolled out the red carpet for", "sat across the table from"
       r"(?:held|had|hosted|gave|attended) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:lunch|dinner|"
       r"breakfast|banquet|luncheon) (?:with|for)(?= (?-i:[A-Z])| (?:his|her|the|visiting)\b)|"
       r"(?:dined|lunched|breakfasted) with|"
       r"(?:had|was granted|were granted|received|granted) (?:an? |the )?(?:[\w-]+ ){0,2}?"
       r"audience (?:with|to)|paid (?:an? )?(?:courtesy |farewell )?call on|"
       r"received (?:his|her|their|its) (?:[\w-]+ ){0,2}?counterparts?|"
       r"toured (?:[\w'’-]+ ){1,6}?with(?= (?-i:[A-Z])| (?:his|her|their) )|"
       r"rolled out the red carpet for|sat across the table from|dropped in on|"
       # "stopped in Havana to see his ally", "was given a red-carpet welcome in Islamabad",
       # "Hosting Sheikh Hasina in New Delhi, Modi said" (acts.py: the main subject's)
       r"stopped (?:over )?in (?-i:[A-Z])[\w'’-]+ (?:[\w,-]+ ){0,4}?to (?:see|meet|visit)\b|"
       r"(?:was|were) given an? (?:[\w-]+ ){0,2}?welcome|"
       r"^\W*(?:Hosting|Receiving|Welcoming) (?=(?:visiting |his |her |the )?(?-i:[A-Z]))|"
       r"(?:face-to-face|one-on-one) (?:encounter|meeting|talks) with|"

       # the host in the passive: "Abbas was welcomed at the Elysee Palace by Chirac"
       r"(?:(?<=was )|(?<=were ))(?:welcomed|greeted|hosted)(?= (?:[\w'’.,-]+ ){0,8}?by "
       r"(?-i:[A-Z]))|"
       # a visit's first step: "landed in the Maldives on his first trip abroad", "arrived in
       # Peking on Monday, beginning the first visit by"
       r"(?:landed|arrived) in (?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?"
       r"(?=[^.;]{0,80}?\b(?:visit|trip|tour|talks)\b)|"
       # a first visit, talks taken up again: "became the first Turkish president to visit
       # Armenia", "rejoined the negotiations in March"
       r"(?:became|becomes) the first (?:[\w-]+ ){1,4}?to visit(?= (?-i:[A-Z]))|"
       r"rejoined (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|"
       # state-agency copy: "Qian and Lee exchanged views on bilateral relations", "arrived here
       # Sunday afternoon for a three-day official visit"
       r"exchanged views (?:on|with|over)|"
       r"arrived (?:here|in (?-i:[A-Z])\w+) (?:[\w-]+ ){0,3}?for an? (?:[\w-]+ )?(?:official |"
       r"state |working |goodwill )?visit|"
       # "discussed the crisis with Blair": talks (a call says so: "by telephone")
       r"discuss(?:ed|es) (?:(?!(?:tele)?phone\b|by\b)[\w'’-]+ ){1,6}?with"
       r"(?! (?:the )?(?:press|reporters|journalists))|"
       # Acts named by a noun: "at a joint news conference with X", "in consultation with X".
       r"(?:joint )?(?:news|press) conference with|in (?:close )?consultations? with|"
       r"consultations? with)\b", joint=True),
    # Shuttle diplomacy: "travelled repeatedly between Addis Ababa and Asmara" is the
    # mediator's meetings with each side, not a meeting of the two sides with each other.
    _c("meeting", "040", 0.8, "shuttl travel",
       r"\b(?:shuttled|shuttles|shuttling|travell?ed(?: repeatedly| back and forth)?) "
       r"between(?= (?-i:[A-Z]))"),
    # "told Bashir during a meeting Tuesday": the two in the clause met (acts.py pairs them).
    _c("meeting", "040", 0.75, "during at",
       r"\b(?:during|at) (?:a|an|the|their) (?:[\w-]+ )?meeting\b(?! (?:of|with|on the)\b)",
       joint=True),
    # "attended the signing ceremony", "the talks were attended by Annan and Albright": being
    # there is meeting those there (no one side to name)
    _c("meeting", "040", 0.7, "attended",
       r"\battended(?= by\b| (?:the|a|an) (?:[\w-]+ ){0,3}?(?:talks|meeting|summit|ceremony|"
       r"signing|conference|session|funeral|inauguration|swearing-in|celebrations?|dinner|"
       r"banquet|reception|negotiations|consultations)\b)"),
    # "arrived in Washington", "flew to Moscow": a visit to the state the place stands for.
    _c("meeting", "042", 0.75, "arriv flew flies fly travel",
       r"\b(?:arriv(?:ed|es) in|flew to|fl(?:ies|y) to|travell?(?:ed|s) to)(?= (?-i:[A-Z]))"),
    # Praise in what a speaker says (CAMEO 051): "the agreement was an important step", "a
    # positive move"
    _c("support", "051", 0.65, "positive important significant welcome encouraging "
       "constructive good right",
       r"\b(?:positive|important|significant|welcome|encouraging|constructive|good|right) "
       r"(?:first )?(?:step|move|decision|development|sign|signal|gesture|initiative)s?\b",
       content=True),
    # CAMEO 052: "defended the decision", "defended Kosovo's right to"
    _c("support", "051", 0.7, "defend",
       r"\bdefend(?:ed|s|ing) (?:the |its |his |her |their |[A-Z][\w.]*(?:'s|’s) )(?:[\w-]+ )?"
       r"(?:decision|plan|policy|move|deal|agreement|accord|right|proposal|initiative)\b"),
    _c("support", "051", 0.75,
       "support back endors welcom prais hail applaud commend voted lauded expressed voic "
       "congratulat gave threw throw sided pledg vow promis stood stand approv adopt reaffirm "
       "lent lends signal came comes spoke speaks embraced thank offered backing",
       r"\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing) (?!down|away|off)|endors(?:ed|es|ing)|"
       r"welcom(?:e|ed|es|ing)\b(?! to\b)|prais(?:ed|es|ing)|hail(?:ed|s)|applaud(?:ed|s)|"
       r"commend(?:ed|s)|"
       r"voted (?:to support|for|in favou?r)|lauded|congratulat(?:ed|es)|sided with|"
       r"(?:pledg|vow|promis|reaffirm)(?:ed|es|s) (?:its |his |her |their |"
       r"(?-i:[A-Z])[\w.]*(?:'s|’s) )?(?:\w+ )?(?:support|backing|solidarity|commitment)|"

       r"(?:approv|adopt)(?:ed|es) (?:a |an |the )?(?:[\w.-]+ ){0,2}(?:resolution|plan|"
       r"proposal|measure|declaration)|"
       r"(?:pledg|vow|promis)(?:ed|es|s) to stand (?:by|with|behind|united)|"
       r"st(?:oo|an)d(?:s)? (?:firmly |united )?(?:by|with|behind) (?=(?-i:[A-Z])|the|its|his|her)|"
       r"(?:expressed|voiced|gave|threw|throws|throwing|lent|lends|signall?ed|offered) "
       r"(?:its |his |her |their )?"
       r"(?:[\w'’]+ ){0,2}?(?:support|backing|solidarity|blessing|approval|weight behind|"
       r"gratitude|appreciation for)|"
       # "came out in support of", "spoke out in favour of", "embraced the plan", "thanked X"
       r"(?:came|comes|spoke|speaks) out (?:strongly )?(?:in support of|in favou?r of|for)|"
       r"embraced (?:the |a |an )(?:[\w-]+ ){0,2}?(?:plan|proposal|idea|deal|initiative|"
       r"agreement|accord|offer|approach|call)|"
       r"thank(?:ed|s)? (?=(?-i:[A-Z])|the\b|him\b|her\b|them\b)|"
       # "thanked allies for their solidarity", "was quick to hail the deal"
       # (not the courtesies: "thanked reporters for coming")
       r"thank(?:ed|s) (?!reporters|journalists|the (?:press|media|audience|crowd))"
       r"(?:[\w'’-]+ ){1,3}?for\b(?! (?:coming|attending|listening|joining|being here))|"
       r"(?<=to )hail)\b"),
    _c("support", "051", 0.7, "call describ term",
       r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s)) (?:[\w'’.-]+ ){0,4}?(?:as )?"
       r"[\"“]?(?:an? |the )?(?:\w+ ){0,2}?(?:breakthrough|success|milestone|step forward|"
       r"(?:positive|important|first|welcome|significant|major|good) step|historic|landmark|"
       r"good news|victory for)\b"),
    _c("support", "051", 0.7,
       "historic turning breakthrough milestone step good force welcome grateful thankful "
       "appreciat encouraged heartened pleased",
       r"\b(?:historic (?:day|moment|step|agreement|deal|achievement|opportunity|decision|"
       r"vote)|turning point|breakthrough|milestone|step forward|step in the right direction|"
       r"good news|force for (?:stability|peace|good)|welcome (?:step|news|development)|"
       r"grateful|thankful|appreciates?|(?:encouraged|heartened|pleased) (?:by|that|with))\b",
       content=True),
    _c("statement", "010", 0.55,
       "said says say stat told tell add noted stress emphasi argu acknowledg announc "
       "declar insist claim explain remark comment assert confirm indicat reiterat "
       "according in wrote tweet post repeat assur disclos maintain conced admit predict "
       "sent sends suggest notes worr contend apolog extended offered "
       "express voic denied denies repli respond quot made vowed gave describ convey affirm called "
       "calls "
       "reaffirm "
       "warned",
       # ("member states are...": a noun; the verb "states" only before "that")
       r"\b(?:said|says|say|saying|(?<=as )telling|stated|states(?= that\b)|told|tells|added|"
       r"adding|noted|stressed|"
       r"emphasi[sz]ed|"
       r"argued|acknowledged|announced|declared|insisted|insists|explained|remarked|"
       # "claims the islands" is a territorial claim: speech only before a clause
       r"claim(?:ed|s)?(?= that\b| [^.;,]{0,60}?\b(?:is|are|was|were|had|has|have|would|will|"
       r"could|did|should|must|had)\b)|"
       r"commented|asserted|confirmed|indicated|reiterated|according to|in a statement|"
       r"(?:re)?affirmed|insisting(?= that)|"
       # "conveyed India's strong concern over", "described the situation as"
       r"conveyed (?:[\w'’-]+ ){0,3}?(?:concern|regret|hope|condolences|message|position)|"
       r"describ(?:ed|es) (?:[\w'’-]+ ){1,6}?as\b|"
       # "called it a very good meeting", "has called them 'restrictees'"
       r"call(?:ed|s) (?:it|them|this|that)(?= [\"“`']*(?!(?:off|back|in|out|up|to|for|on|"
       r"down)\b)(?-i:[a-z]))|"
       r"wrote|tweeted|posted(?= on| online| a (?:message|statement|video))|repeated(?= that)|"
       r"assured|gave (?:[\w'’]+ ){0,2}assurances?|disclosed|maintain(?:ed|s)|conceded|"
       r"admitted|predicted|warned(?= that)|apologi[sz]ed|"
       r"(?:expressed|voiced|extended|offered) (?:\w+ )?(?:concern|regret|hope|condolences|"
       r"sympathy|sorrow|remorse|apolog(?:y|ies)|sadness|"
       r"optimism|doubts?)|denied|denies|(?:replied|responded)(?= that|:|, [\"“`']?(?-i:[A-Z]))|"
       r"quoted|made (?:it )?clear|"
       r"vowed(?=(?: [\w,]+){0,3}? that)|warned(?=(?: [\w,]+){0,3}? that)|suggest(?:ed|s)(?= that|"
       r" (?:\w+ ){1,3}(?:was|is|were|are|had|has|would|will|could|might)\b)|"
       r"sen(?:t|ds) (?:[\w-]+ ){0,3}signals?(?= (?:\w+ )?that)|"
       # present-tense reporting, common in broadcast copy and features ("..., notes X")
       r"adds|notes|argues|explains|asserts|declares|announces|stresses|acknowledges|"
       r"concedes|admits|contends|contended|"
       # plural subjects in the present: "U.S. officials claim they see signs..."
       r"(?:argue|contend|maintain|assert|acknowledge|concede|admit)"
       r"(?= that\b| (?:the|they|it|he|she|there|a|an|this|these)\b)|"
       r"(?<=[,\"”'] )worries(?= (?-i:[A-Z])|"
       r" (?:former |the )))\b",
       speech=True),
)
