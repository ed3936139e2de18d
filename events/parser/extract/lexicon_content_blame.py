"""The content cues' words of blame: what a speaker's words call another side's conduct (a
violation, an aggression, a lie, "a talking shop"), split out of `lexicon_content.py` when that
file grew past 400 lines; the cue that reads them is still there."""
from __future__ import annotations

# Strong evaluations of another side's conduct (CAMEO 111/112).
_BLAME = (
    r"(?:blatant|flagrant|gross|clear|serious) (?:violation|breach)|violat(?:ed|es|ing|ion of)|"
    # "was an act of maritime piracy", "a barbaric aggression", "pure terror against",
    # "stabbed the Arab nation in the back", "using gas as a weapon to blackmail Europe"
    r"(?:act|acts) of (?:\w+ )?(?:piracy|aggression|terror(?:ism)?|war|banditry)|"
    # "was 'an infamous act'", "'a heinous act'", "'an act of disastrous folly'", "the Russian
    # state was 'culpable'"
    r"(?:infamous|heinous|monstrous|odious|contemptible|dastardly) "
    r"(?:act|crime|deed|decision|resolution)|act of (?:\w+ )?folly|"
    r"(?:is|was|are|were) [\"“'‘]?(?:culpable|complicit)\b|"
    r"(?:barbaric|naked|brutal|unprovoked|blatant) (?:aggression|attack|invasion)|"
    r"pure terror|state terror(?:ism)?|stabbed (?:[\w'’-]+ ){1,4}?in the back|"
    r"(?:an? )?(?:unfriendly|hostile) (?:act|step|move|gesture)|"
    r"as a weapon|to blackmail|(?:biased|one-sided)\b|broken (?:every|its|their|all) "
    r"(?:promise|pledge|commitment)s?|not (?:a|one) shred of evidence|"
    r"waging (?:a )?war (?:not only )?(?:on|against)|inconsistent with (?:the )?(?:spirit|letter|"
    r"détente|detente)|"
    # "the government had 'sold out' for the sake of trade"
    r"sold (?:\w+ )?out\b|"
    # "the attack casts serious doubt on the credibility of Russia's commitment"
    r"casts? (?:\w+ )?doubts? on (?:the )?(?:credibility|sincerity|good faith|commitment)|"
    # the other side's forces accused of a deed of war: "said Iraqi troops have set fire to
    # large sections of Kuwait City", "civilians are being rounded up and held by Iraqi troops"
    r"(?:troops|forces|soldiers|militias?|militiamen|gunmen|warplanes|jets|artillery) "
    r"(?:have |had |were |was |are )?(?:also )?(?:set fire to|rounded up|killed|shelled|"
    r"attacked|bombed|looted|massacred|tortured|executed|abducted|raped|burned|fired on|"
    r"opened fire on)|(?:being |been )?rounded up (?:and (?:held|detained) )?by|"
    # "the vessels had 'illegally intruded' into Chinese waters"
    r"aggressive (?:alliance|act|acts|policy|policies|move|moves|behaviou?r|stance|posture|"
    r"pact|designs)|"
    r"illegal(?:ly)? (?:intru\w+|enter(?:ed|ing)?|entry|occup\w+|seiz\w+|annex\w+|detain\w+|"
    r"cross(?:ed|ing)?|incursions?)|"
    r"breach(?:ed|es|ing)? (?:of )?(?:its|their|the) (?:obligations|commitments|sovereignty)|"
    r"(?:deeply )?destabili[sz]ing|reckless|provocations?|betray(?:ed|al)|outlaw|cruel|"
    r"inhumane?|(?:taken|holding|held) (?:\w+ ){0,3}hostage|"
    # crimes named as what someone does, not as a subject of the news ("would investigate the
    # genocide")
    r"(?:is|was|are|were|amount(?:s|ed)? to|constitut(?:es|ed)|commit(?:s|ted|ting)|"
    r"carr(?:y|ies|ied|ying) out|guilty of) [\"“'`]*(?:an? |the )?(?:[\w-]+ )?(?:genocide|"
    r"ethnic cleansing|war crimes?|crimes? against humanity|atrocit(?:y|ies)|terrorism)|"
    # "had abused the immunities granted to its mission", "was gravely concerning", "not in the
    # spirit of the accords"
    r"abus(?:ed|es|ing) (?:[\w-]+ ){0,3}?(?:immunit\w+|privileges|platform|forum|concept|"
    r"power|position|hospitality|trust|rights?|mechanism)|"
    r"(?:gravely|deeply|extremely|profoundly) (?:concerning|troubling|disturbing)|"
    # "the incident was premeditated and planned", "had repeatedly provoked trouble"
    # ("said the runoff had been deeply flawed")
    r"(?:(?:deeply|fundamentally|seriously|badly|fatally) )?flawed|"
    r"premeditated|provok(?:ed|es|ing) (?:[\w-]+ )?(?:trouble|tensions?|incidents?|conflict|"
    r"crisis|clashes)|"
    r"not in the spirit of|"
    r"aggression|hypocri(?:sy|tical)|irresponsible|foolish|unfriendl(?:y|iness)|"
    r"illegitimate|unjustified|unwarranted|baseless|groundless|slanderous|interference|"
    r"meddling|bully(?:ing)?|blackmail|shameful|disgraceful|outrageous|barbaric|brutal|"
    r"state terrorism|cross-border terrorism|terrorist state|(?:re)?coloni[sz]e|"
    r"colonial(?:ism|ist)|imperialis[tm]|sabotag(?:e|ed|ing)|lack of (?:\w+ )?(?:commitment|"
    r"respect|good faith|seriousness|sincerity)|bad faith|double standards?|hostile "
    r"(?:act|policy|policies)|toy of|puppets?|dangerous (?:act|game|escalation|precedent)|"
    # ("an insult to the Cambodian people", "insulting"; not "insults we had to endure")
    r"stab in the back|disrespect\w*|humiliat\w+|an insult to\b|insulting\b|"
    r"(?:fuell?(?:ed|ing|s)?|stok(?:ed|ing|es)) "
    r"(?:the )?(?:tensions|conflict|violence|war)|escalat\w+ (?:the )?tensions?|"
    r"behaving like|haven for|safe haven|propaganda|lies|lying|distort(?:ed|ing|ion)|"
    r"threat to (?:peace|stability|security|the region)|unilateral(?:ly)?|"
    r"threat to (?:[\w'’]+ ){0,2}?(?:territorial integrity|sovereignty|independence|"
    r"national security)|"
    r"(?:did|does|do|has done|had done) nothing (?:to|but)|no respect for|"
    r"made (?:\w+ )?(?:terrorism|violence) (?:an? )?(?:instrument|tool)|"
    # "said the United States was destroying what little remains of relations"
    r"destroy(?:ing|ed|s)? (?:[\w\"“”']+ ){0,4}?(?:relations|ties|trust|the (?:treaty|agreement|"
    r"process))|"
    # "said it was highly likely that Russia was responsible"
    # "Russia bore responsibility for the attack", "had been behind the failed coup", "was
    # guilty of the massacre", "deliberately orchestrated the crisis", "a historic mistake"
    r"b(?:ore|ears) (?:full |the |direct |primary |sole )?responsibility for|"
    r"(?:was|were|had been|is|are) behind (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:coup|attacks?|"
    r"plot|bombings?|assassination|killings?|unrest|uprising|incursion|crisis)|"
    r"guilty of (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:massacres?|killings?|attacks?|crimes?|"
    r"atrocit(?:y|ies))|(?:deliberately )?(?:orchestrat|engineer|instigat|mastermind)(?:ed|es|"
    r"ing)|(?:an? |the )?(?:historic|grave|serious|big|huge|terrible|strategic|tragic|fatal) "
    r"(?:mistake|error|blunder)|deeply (?:troubled|disturbed)|"
    r"(?:is|was|are|were) (?:\w+ )?(?:to blame|responsible)(?! for (?:the )?(?:talks|security|"
    r"foreign|defen[cs]e|relations))|"
    # the speaker's dismay and the other side's failings: "was 'appalled' by a decision",
    # "an affront to every nation", "noted the decision with regret and concern", "had
    # 'communicated considerable doubts'", "directly contradicts the national interests", "had
    # been too slow", "failed in their most basic duty", "rewarded a rogue regime", "engaged in
    # espionage", "protectionism, pure and simple", "felt misled", "a gamble with the lives of"
    r"appalled|(?:an? )?affront to|impunity|murderers|rogue (?:regime|state|nation)s?|"
    r"espionage|protectionis(?:m|t)|(?:with|of) (?:deep |great |profound )?regret and concern|"
    r"(?:considerable|serious|grave|deep) (?:doubts|misgivings)|"
    r"(?:directly |flatly )?contradict(?:s|ed)? (?:the )?(?:[\w-]+ )?(?:interests|spirit|"
    r"principles|commitments|assurances)|exposed (?:the )?(?:failure|hypocrisy|bankruptcy)|"
    r"(?:had been|has been|was|were|is|are) (?:far |much )?too slow|"
    r"failed in (?:its|their|his|her) (?:[\w-]+ ){0,2}?(?:duty|duties|obligations?|"
    r"responsibilit(?:y|ies))|(?:feel|felt|feels|been|was|were) misled|misleading|"
    r"(?:a )?gamble with (?:the )?(?:lives|future|security)|"
    # "said sanctions were 'not justified'", "a token gesture", "the letter contained many
    # inaccuracies", "a clumsy fabrication", "had been treacherously attacked", "responsibility
    # for the failure lay with the Turkish Cypriots", "a declaration of economic war"
    r"not (?:\w+ )?justified|(?:token|mere|empty) gestures?|window[- ]dressing|"
    r"inaccurac(?:y|ies)|untruths?|falsehoods?|fabricat(?:ion|ions|ed)|treacherous(?:ly)?|"
    r"responsibility for (?:the |this )?(?:[\w-]+ )?(?:failure|collapse|breakdown|deadlock|"
    r"impasse) (?:lay|lies|rests|rested) (?:with|on)|declaration of (?:economic |trade )war|"
    # "Iran was 'the real villain'", "turned the committee into 'a talking shop'", "had no
    # excuse whatever", "deeply implicated", "received 'with horror'", "swallowed up by", "above
    # the law", "on the wrong side of history", "a source of instability", "cannot be trusted"
    r"villains?\b|(?<!not going to be a )(?<!never be a )talking[- ]shop|"
    r"no (?:\w+ )?(?:excuse|justification)(?! not\b)|implicated in\b|"
    r"(?:deeply|directly) implicated|with (?:horror|dismay|alarm)|neo-?colonial|"
    r"obedient (?:instrument|tool)|swallowed up|above the law|wrong side of history|"
    # (not "remove a source of tension", "did not expect it to become a source of tension")
    r"(?:is|was|are|were|been) (?:an? |the )?(?:main |major |constant )?source of "
    r"(?:instability|tension)|(?:can ?not|could not|can't) be trusted"
)
