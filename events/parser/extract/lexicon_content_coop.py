"""Content cues, the cooperative families: praise and backing (CAMEO 051) and a plan put
forward (CAMEO 03) in what a speaker says; `lexicon_content.py` builds the cues from them."""
from __future__ import annotations

# Praise and backing in the speaker's words (CAMEO 051).
_PRAISE = (
    # "were a historic step towards peace", "the best news the people have had", "a man she
    # could do business with", "the only realistic path to peace", "can count on Germany's
    # full backing", "a steadfast friend of", "had been indispensable", "had done Africa proud"
    r"(?:an? |the )?(?:historic|important|major|significant|crucial|courageous|welcome) "
    r"(?:step|breakthrough|milestone|achievement)|the best news|(?:could|can) do business "
    r"with|the only (?:realistic|viable|sound|credible) (?:path|way|basis|option)|count on "
    r"(?:[\w'’.-]+ ){0,2}?(?:full |firm |unwavering )?(?:backing|support)|steadfast (?:friend|"
    r"ally|partner)|(?:had been|was|is) indispensable|done (?:[\w'’-]+ ){0,2}proud|"
    r"(?:a good|a great|an excellent) deal for|(?:has|have|had) (?:[\w'’-]+ ){0,2}back\b|"
    r"model of|deserves? to succeed|(?:siding|sided|side) with|as strong as ever|"
    # "the agreement was 'a success for all sides'", "the most important measure of arms
    # control yet" (not "the last chance for peace": a warning as often as praise)
    r"(?:an? )?(?:great |major |real |big )?success (?:for|of)\b|the most important "
    r"(?:[\w-]+ ){0,3}?(?:measure|step|agreement|treaty|achievement|event)\b|"
    # "Kofi Annan has our complete confidence", "Germany would back Finland's application"
    r"(?:has|have|had) (?:our|my|the) (?:full |complete |total |entire |unwavering )?"
    r"(?:confidence|backing|trust)\b|(?:would|will) (?:fully |strongly )?(?:back|support|"
    # ("Spain would back the agreement", "Mexico would vote for the resolution")
    r"endorse|vote for|vote in favou?r of) (?:[\w'’.-]+['’]s |the |its |their )(?:[\w-]+ ){0,2}?"
    r"(?:application|bid|candidacy|membership|request|plan|proposal|efforts?|initiative|"
    r"agreement|accord|deal|resolution|treaty|draft)|"
    # "a day of historic importance", "one of Denmark's closest allies"
    r"(?:day|moment|event) of (?:historic|great|real) (?:importance|significance)|"
    r"(?:remain(?:s|ed)?|is|was|are|were) (?:still )?one of (?:[\w'’-]+['’]s |our |its |their )"
    r"(?:closest|strongest|oldest|most reliable) (?:allies|partners|friends)|"
    r"(?:an? )?example (?:for|to) (?:the (?:whole )?world|others|the region|all)|"
    r"showed (?:great )?(?:courage|statesmanship|wisdom|leadership)|exemplary|"
    r"highly values?|values? (?:highly|greatly)|appreciat(?:es?|ed)|"
    r"deserve[sd]? (?:to be )?(?:commended|"
    r"praised|credit|"
    r"support|respect|recognition|admiration|"
    r"(?:the )?(?:full |strong |whole |unqualified )?(?:backing|support) of|"
    r"(?:the )?(?:[\w-]+ )?(?:gratitude|thanks|praise) of)|"
    # "the Islamic Republic would give Karzai's administration its full backing"
    r"(?:give|gives|gave|lend|lends|lent|extend|extends|extended) (?:[\w'’.-]+ ){0,3}?"
    r"(?:its|his|her|their|our) (?:full |strong |unqualified |total |firm )?(?:backing|support)|"
    r"(?:triumph|victory for|vindication|model for|beacon|true partner|man of courage|"
    r"best friend|best chance|great achievement)|(?:makes?|made) (?:\w+ ){0,2}(?:safer|"
    r"stronger)|(?:stands?|stood|standing) (?:shoulder to shoulder|firmly|fully|united|squarely|"
    r"foursquare|four-square|solidly)? ?(?:with|behind|beside)|(?:full |total |complete |unwavering )?"
    r"solidarity with|(?:the )?best hope for|no (?:better|greater|closer) (?:friend|ally)|"
    r"(?:are|is|stand) with (?:her|him|them|you|us) all the way|"
    # (not the verbs "supports", "welcomes": the worded cues give those to their subject)
    r"(?:positive|constructive|courageous|wise|bold|historic) (?:role|contribution|"
    r"decision|step|move|gesture|apology|effort)s?|(?:has been|was|is) (?:very )?"
    r"(?:helpful|constructive|positive|valuable)|"
    # "the parameters were 'a solid foundation' for a final agreement"
    r"(?:an? |the )(?:solid|good|sound|strong|firm|excellent) (?:foundation|basis)|"
    # "marks a new dawn", "an example to the world", "a historic
    # milestone"
    r"(?:an? )?new dawn|"
    r"(?:an? )?example to (?:the world|others|the region|all)|(?:historic|important|major|"
    r"significant) (?:milestone|achievement|breakthrough|moment|turning point)|"
    r"trusts? (?:[\w.'’-]+ ){1,3}?to keep|"
    # "a good agreement for the United States", "contained positive elements", "mutually
    # beneficial", "the most significant agreement ... ever", "had shown great flexibility and
    # goodwill", "generous and statesmanlike", "common sense has triumphed", "would cooperate
    # fully with" (not "a good day for Macedonia", "opened a new chapter": the development
    # gold reads those as plain statements 7 times in 11)
    r"(?:an? |the )(?:good|great|fair|excellent|balanced) (?:agreement|accord|deal|compromise) "
    r"for|positive elements|"
    r"mutually beneficial|the most (?:significant|important) (?:agreement|accord|step|deal)|"
    r"(?:great |real |considerable )?flexibility and goodwill|statesmanlike|"
    r"(?:has|have|had) triumphed|(?:would|will) (?:cooperate|co-operate) fully|"
    # "Britain would no longer oppose a trade and cooperation agreement"
    r"(?:would|will) no longer (?:oppose|object to|block|veto)"
)

# A plan put forward in the speaker's words (CAMEO 03): "his plan envisaged...", "Moscow was
# offering Washington a simple deal", "Seoul would provide large-scale economic aid".
_OFFER = (
    # "was ready to make 900 million euros available", "would cover the full cost of",
    # "stands ready to deliver further air defence systems", "was prepared to ease sanctions
    # ... in exchange for", "willing to extend interest-free loans", "would help build",
    # "his plan called for", "Doha's draft envisaged", "the package on the table included"
    r"(?:ready|prepared|willing) to (?:make (?:[\w$€£.,-]+ ){1,4}?available|deliver|supply|lead|"
    r"extend|lend|underwrite|finance|fund|cover|ease|lift|recogni[sz]e|release|free|grant|"
    r"donate|ship|send (?:troops|aid|experts|observers|peacekeepers|blue helmets))|"
    r"(?:would|will) (?:cover the (?:full )?cost|underwrite|finance|fund)\b|"
    r"(?:making|make|made) (?:an? )?(?:[\w$€£.,-]+ ){0,4}?(?:line of credit|loans?|aid|grants?)"
    r" available|idea was for|"
    # "would place its weapons under U.N. control if the Serbs did the same"; "our offer is"
    r"if (?:the )?(?:[\w'’-]+ ){1,3}?(?:did|does|do|would do|will do) (?:the same|likewise)|"
    r"(?:our|my|the government's|this) (?:offer|proposal) (?:is|was|would be)|"
    # "have indicated that they could contribute soldiers": troops or aid put at others' disposal
    r"(?:could|can|would|will) (?:contribute|provide|offer) (?:up to )?(?:[\d,]+ |some |more )?"
    r"(?:troops|soldiers|forces|peacekeepers|police(?:men)?|personnel|aid|funds)\b|"
    r"(?:is|was|are|were|stood|stands) (?:ready|willing|prepared) to (?:(?:help|assist) (?:to )?"
    r"(?:monitor|guarantee|rebuild|supervise|enforce|implement|finance|fund|pay for)\b|"
    r"guarantee|provide|send(?! (?:a |an |"
    r"its |his |her |their )?(?:[\w-]+ )?(?:delegation|negotiators|envoys?|representatives?))|"
    r"supply|give|contribute|station|deploy|finance|fund)\b|"
    r"(?:would|will) be (?:willing|ready|prepared) to (?!talk|negotiate|meet|discuss|resume|hold|"
    r"mediate|help (?:to )?mediate|return|sit|enter|join|attend|fight|retaliate|respond|defend|"
    r"use|strike|go to war)|"
    # (the present "is offering", "is proposing" of broadcast copy is left to the worded cues,
    # which read it with its subject; the past is reported speech: "said the movement was
    # offering to free the hostages")
    r"(?:is|are|was|were) (?:now )?(?:putting forward|willing to offer|ready "
    r"to offer|prepared to offer)|(?:was|were) (?:now )?(?:offering|proposing)|"
    r"(?:would|will) (?:offer|provide|put before|put forward|"
    # (not "would give its final answer on Monday", 'a "crushing response"': a reply, not an
    # offer)
    r"propose|grant|give)\b(?! up)(?! (?:its|his|her|their|a) [\"“']?(?:[\w-]+ )?(?:answer|reply|"
    r"response|decision|verdict|view)s?\b)|(?:plan|formula|proposal|road ?map|initiative|"
    r"solution|blueprint|framework|draft|package)s? (?:[\w-]+ ){0,3}?(?:envisage[sd]?|"
    r"provides? for|provided for|calls? for|called for|began with|begins with|"
    r"would (?:see|give|grant|have|create)|laid out|lays out|consists? of|includes?|included)|"
    r"under (?:the|his|her|its|our|their|a) (?:[\w-]+ ){0,3}?"
    r"(?:plan|proposal|formula|road ?map|initiative)|needs? (?:its|their|an?) own|"
    r"version of"
)
