"""The cue lexicon: criticism and accusation (CAMEO 111, 112) and the demands told
beside them, in the order `lexicon.py` joins them (order matters only for ties)."""
from __future__ import annotations

from .cue_base import DRAWN_FROM, Cue, _c

BLAME_CUES: tuple[Cue, ...] = (
    _c("criticism", "112", 0.8,
       "accus blam condemn denounc criticis criticiz slam lambast rebuk castigat decri "
       "censur deplor attack hypocri are is were was dismiss lash hit took blast assail take "
       "chid scold fault brand protest ridicul derid deride express voic summon lodg fil join "
       "handed delivered sent launch made issued instructed ordered told put "
       "called drew draws renewed renews "
       "reacted held pinned pins "
       "complain alleg excoriat tore tears liken compar rail came comes mock berat criticis "
       "walked stormed charg rounded "
       "criticiz denounc slam",
       r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)(?! on)|condemn(?:ed|s|ing)?|"
       # "Nicaragua charged on Tuesday that the CIA was behind the mining": a charge laid
       r"charg(?:ed|ing) (?:on \w+day |\w+day |today |yesterday |last \w+ )?that\b|"
       # "the Palestinian delegation walked out of the hall in protest"
       r"(?:walked|stormed) out of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:conference|hall|"
       r"chamber|meeting|session|ceremony|assembly|room|debate|speech|forum|summit|dinner|"
       r"reception)\b|"
       # "excoriated Havana", "tore into the council", "likened Israel's war to", "railed
       # against", "came under fire from", "mocked", "berated"
       r"excoriat(?:ed|es)|(?:tore|tears) into|likened (?:[\w'’.-]+ ){1,6}?to|"
       r"compared (?:[\w'’.-]+ ){1,6}?to (?=(?-i:[A-ZÀ-Ž])|the Nazis|fascis)|rail(?:ed|s) against|"
       r"(?:came|comes) under fire from|mock(?:ed|s) (?=(?-i:[A-ZÀ-Ž])|the\b)|berat(?:ed|es)|"
       # "The remarks drew an angry protest from Seoul", "renewed his protest against"
       + DRAWN_FROM + "|"
       r"renew(?:ed|s) (?:its |his |her |their )?(?:[\w-]+ )?(?:protests?|complaints?) "
       r"(?:against|over|at)|"
       r"(?:condemned|criticised|criticized|denounced|slammed)"
       r"(?= (?:[\w,]+ ){0,3}?by (?:the )?(?-i:[A-ZÀ-Ž]))|"
       # a plural subject in the present: "the rebels accuse Khartoum of arming..."
       r"(?<!to )(?:accuse|criticise|criticize) (?=(?-i:[A-ZÀ-Ž])|the |each other)|"
       r"denounc(?:ed|es|ing)|"
       r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|slamm?(?:ed|s|ing)|lambast(?:ed|s|ing)|"
       r"rebuk(?:ed|es)|castigat(?:ed|es)|decri(?:ed|es)|censur(?:ed|es)|deplor(?:ed|es)|"
       # ("attacked the idea of a European super-state", "attacked the Community's farm
       # subsidies")
       r"attack(?:ed|s) (?=(?:the )?\w+'s|the (?:[\w-]+ ){0,2}?(?:policy|policies|decision|plan|"
       r"approach|government|doctrine|proposals?|speech|resolution|statement|regime|"
       r"administration|agreement|accords?|treaty|deal|pact|move|measures?|vote|ruling|remarks|"
       r"comments|initiative|report|sanctions|idea|subsidies|stand|position)\b|"
       # ("attacked plans for a European super-state")
       r"(?:plans|proposals|policies|moves|calls|efforts) (?:for|to|by|of|on)\b|"
       # "attacked Mr. Hammarskjold", "launched a violent attack on Mr. Hammarskjold", "a bitter
       # attack on the Eisenhower Doctrine": words against a person or a policy, not a raid
       r"(?-i:Mr\.|Mrs\.|Dr\.|M\.|Herr|Sir) )|"
       r"launch(?:ed|es|ing) (?:an? )?(?:[\w-]+ ){0,2}?attack on (?=(?-i:Mr\.|Mrs\.|Dr\.|M\.|Herr|"
       r"Sir|President|Premier|Prime Minister|Chancellor|the Secretary|the Prime|the President)"
       r"|the (?:policy|policies|government|doctrine|proposals?|plan|speech|resolution|regime|"
       r"administration)\b)|"
       r"(?:made|launched|delivered) (?:an? )?(?:bitter|scathing|blistering|stinging|vitriolic|"
       r"verbal|personal) attack on|"
       # "delivered a scathing critique of Israeli settlement policy"
       r"(?:made|launched|delivered|issued) (?:an? )?(?:[\w-]+ )?(?:critique|denunciation|"
       r"condemnation|indictment) of|"
       r"hypocri\w+|(?:are|is|were|was) (?:\w+ )?responsible for(?! (?:the )?(?:talks|security|"
       r"foreign|defen[cs]e|relations|negotiations|trade|the portfolio))|"
       # a person or a people dismissed as something is criticised ("dismissed the Americans
       # as liars"); a deal or remarks dismissed are rejected (the rejection cue)
       r"dismiss(?:ed|es|ing) (?:him|her|them|(?:the )?(?-i:[A-ZÀ-Ž])[\w-]+(?<!['’]s)) as\b|"
       # as is an account, a report, a declaration or a settlement others made ("dismissed
       # the Chinese account as a crude fabrication"; the development gold, 7 in 7)
       r"dismiss(?:ed|es|ing) (?:the |his |her |its |their |(?-i:[A-ZÀ-Ž])[\w.-]*['’]s )?"
       r"(?:[\w-]+ ){0,2}?(?:account|negotiations|pullout|withdrawal|declaration|criticism|"
       r"settlement|speech|report|statement|communiqu[eé]) (?:[\w'’-]+ ){0,3}?as\b|"
       r"lash(?:ed|es) out|hit out at|hit back at|"
       # "Juncker rounded on Brexit campaigner Nigel Farage"
       r"rounded on (?=(?-i:[A-ZÀ-Ž])|the |his |her |its |their |(?:[\w-]+ ){1,3}(?-i:[A-ZÀ-Ž]))|"
       # "Dhaka hit back the same day, saying", "the ministry hit back on Thursday" (not a
       # blow returned: "hit back with retaliatory duties", "would hit back hard")
       r"(?<!would )(?<!will )(?<!to )(?<!could )hit back(?: on \w+day| the same day| today|"
       r" yesterday| within hours)?(?:,? (?:saying|accusing|calling|describing|charging)\b|"
       r" on \w+day(?=\s*[.,;]))|(?:took|takes|take|taking) (?:a )?(?:\w+ )?"
       r"swipes? at|"
       r"took aim at|blast(?:ed|s)|assail(?:ed|s)|chid(?:ed|es)|scold(?:ed|s)|"
       r"fault(?:ed|s) (?!lines?)|brand(?:ed|s) (?!new)|"
       # "sent a strongly worded note to Egypt on Monday, protesting against the seizure"
       # ("protested 'most solemnly' against the agreement")
       r"(?<=, )protesting (?:against|at|over)|protest(?:ed|s) (?:(?:most |very )?[a-z]+ly )?"
       r"(?:against |to |over |"
       r"at |the |a |an |its |his |her |their )|ridicul(?:ed|es)|derid(?:ed|es)|"
       r"complain(?:ed|s|ing)|alleg(?:ed|es) (?=that|(?-i:[A-ZÀ-Ž]))|"
       # ("summoned the Japanese and U.S. ambassadors")
       # (not "summoned home its envoy in London": one's own, recalled, a sanction)
       r"summon(?:ed|s|ing) (?!home\b)(?:[\w.'’]+ ){0,4}(?:ambassadors?|envoys?|high commissioners?|"
       r"charg[eé]s? d'affaires|diplomats?)|"
       # the passive: "Indian High Commissioner Munu Mahawar was called in by the ministry"
       r"(?:(?<=was )|(?<=were ))(?:summoned|called in)(?= by)|"
       # ("handed a protest note to the Uzbek ambassador")
       # ("handed Britain a formal protest note": the one it is handed to first)
       # ("Chile and Peru lodged protests with the French embassies", "said it had sent a
       # diplomatic protest note to Beijing")
       r"(?:lodg(?:ed|es|ing)|handed|delivered|sent) (?:(?-i:[A-ZÀ-Ž])[\w.'’-]+ (?=an? ))?"
       r"[\"“`']*(?:a |an )?[\"“`']*"
       r"(?:[\w-]+ ){0,2}?(?:protests?|"
       r"complaints?|representations)|"
       # one's own envoy told to protest ("instructed its Ambassador in Paris to lodge a formal
       # protest"), the blame laid on another ("put the blame squarely on Europe")
       r"(?:instructed|ordered|told) (?:its|his|her|their) (?:[\w-]+ )?(?:ambassador|envoy|"
       r"representative|charg[eé] d['’]affaires)s? (?:[\w'’-]+ ){0,3}?to (?:lodge|deliver|make) "
       r"(?:an? )?(?:[\w-]+ )?protest|put (?:the |much of the |most of the )?blame "
       r"(?:\w+ )?on|"
       r"fil(?:ed|es|ing) (?:an? |its |their )?(?:[\w-]+ ){0,2}?(?:complaint|protest|lawsuit|"
       r"grievance)|join(?:ed|s)(?: in)? (?:the )?(?:chorus of )?(?:criticism|condemnation)|"
       # "expressed its condemnation of the storming of the mosque"
       r"expressed (?:its|his|her|their) (?:[\w-]+ )?(?:condemnation|outrage|indignation) "
       r"(?:of|at|over)|"
       # "issued a scathing denunciation of the Copenhagen Accord"
       r"(?:issued|delivered|launched) (?:an? |its |his |her |their )?(?:[\w-]+ ){0,2}?"
       r"(?:denunciation|condemnation|rebuke|broadside|tirade) (?:of|against)|"
       r"reacted (?:angrily|furiously|sharply|with (?:anger|outrage|fury))|"
       r"(?:expressed|voiced) [\"“]?(?:its |his |her |their )?[\"“]?(?:\w+ )?[\"“]?(?:anger|outrage|"
       r"indignation|displeasure|dismay|disapproval|disappointment|frustration|discontent|"
       r"dissatisfaction|misgivings)|"
       # CAMEO 112: "held Iraq responsible for", "pinned the blame on"
       r"held (?:[\w.'’-]+ ){1,4}?responsible for|pinn?(?:ed|s) (?:the )?blame on)\b"),
    # Two sides accusing each other: each criticises the other.
    _c("criticism", "112", 0.8, "trade exchange swapped",
       r"\b(?:traded|exchanged|swapped|trade|exchange) (?:angry |bitter |harsh |fresh |new )?"
       r"(?:accusations|charges|insults|barbs|blame|recriminations|threats|words)\b", joint=True),
    # Evaluative wording: "called the move a provocation", "described it as illegal".
    _c("criticism", "111", 0.75, "call describ term brand label",
       r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s)|brand(?:ed|s)|label+(?:ed|s)) "
       # ("called for an end to the blockade", "called on Britain to end the 'colonial
       # situation'": a call, not a name for it)
       r"(?!for\b|(?:up)?on (?!\w+day\b))"
       
       # ("described the votes organised by Moscow in four occupied regions as a sham": with
       # "as" to hold it, the charge may come later)
       r"(?:(?:[\w'’.-]+ ){0,12}?as |(?:[\w'’.-]+ ){0,6}?)[\"“‘']?(?:an? |the )?(?:\w+ )?"
       r"(?:mistake|error|blunder|folly|relic|provocation|"
       r"unjustified|unjustifiable|unwarranted|reprehensible|despicable|enemy|infringement|"
       r"sinister|"
       r"unfriendly|(?:serious |major |grave )?setback|"
       r"cynical|reckless|barbaric|brutal|deplorable|"
       r"provocative|violation|farce|lies?|interference|blackmail|aggression|aggressive|"
       r"inhuman|inhumane|murderous|fascists?|a stain|neither free nor fair|"
       r"terrorists?|unacceptable|illegal|irresponsible|hypocritical|absurd|outrageous|"
       r"counterproductive|dangerous|destabili[sz]ing|hostile|failure|disgrace|"
       r"shameful|sham|spies|spy|criminal|crime|capitulation|betrayal|surrender|submission|"
       r"blackmail|piracy|bullying|harassment|dangerous|liars?|aggressors?|occupiers|invaders|"
       r"puppets?|thugs|war criminals?|dictator|tyrant|murderers?|butcher|devil|satan|"
       r"traitors?|renegades?|"
       # ("called Trump a 'mentally deranged U.S. dotard'", "a warmonger", "called the IAEA 'a
       # servant of the United States'"; lackeys, gangsters and the like are listed below)
       r"deranged|dotard|madman|lunatic|warmongers?|servant of|"
       r"declaration of war|act of war|insult(?:ing)?|slap in the face|outrage|meddling|"
       r"(?:military )?invasion|occupation|land grab|robbery|"
       r"treason|treacherous|act of (?:[\w-]+ )?(?:treason|piracy|terror(?:ism)?|provocation|"
       r"sabotage|banditry|barbarism|hostility|aggression|violence|revenge|vengeance|"
       r"intimidation|cowardice|desperation)|"
       # "called the plan a trick", "a new form of colonialism", "a charade"
       r"trick|ploy|hoax|charade|travesty|whitewash|sell-?out|fraud|"
       r"colonial(?:ism|ist)?|imperialis[mt]|"
       # "called the Soviet move 'an attempt to dictate to the United Nations'", "a deliberate
       # affront", "a political assassination", "an extremely serious threat to peace"
       r"attempt to|affront|assassination|(?:[\w-]+ )?threat to (?:world |regional |"
       r"international )?(?:peace|stability|security)|"
       r"propaganda|nonsense|baseless|groundless|unfounded|slander(?:ous)?|smear|fabrications?|"
       r"flawed|biased|one-sided|unfair|unjust|politically motivated|nasty|disproportionate|"
       r"excessive|heavy-handed|"
       r"genocide|massacre|ethnic cleansing|"
       # "called the strike 'an attack on the sovereignty of Pakistan'", "described Morales's
       # departure as a coup", "called the closures 'an economic blockade'"
       r"threat to (?:the )?(?:[\w-]+ )?(?:sovereignty|independence|integrity|democracy)|"
       r"attack on|blockade|coup|"
       # "called the agreement 'a very vague document'", "a bitter pill", "a spit in the face"
       r"vague|bitter pill|spit in the face|stab in the back|appalling|disastrous|catastrophic|"
       r"regrettable|dishonest|cowardly|shameless|scandalous|humiliating|arrogant|offensive|"
       r"deceitful|"
       # "called the treaty 'discriminatory'", "called the offer 'unrealistic'"
       r"discriminatory|unworkable|unrealistic|insufficient|inadequate|meaningless|worthless|"
       # ("called the Soviet reply 'evasive'", "called the adoption of the law 'unhelpful'")
       r"evasive|unhelpful|unsatisfactory|disappointing|"
       r"hollow|cosmetic|step backwards?|"
       # "called a Chinese envoy 'very insolent' and 'a bully'"
       r"insolent|bull(?:y|ies)|lackeys?|stooges?|gangsters?|bandits?|racist|unreliable|"
       r"untrustworthy|"
       r"humiliation)\b"),
    _c("criticism", "111", 0.7, "are is were was",
       r"\b(?:are|is|were|was) [\"“`']*(?:\w+ )?[\"“`']*(?:unacceptable|illegal|"
       r"irresponsible|provocative|"
       r"a provocation|a violation|a mistake|counterproductive|outrageous|absurd|hypocritical|"
       r"a (?:gross |flagrant |clear )?(?:violation|interference)|spies|liars|"
       r"cynical|inhumane?|shameful|disgraceful|barbaric|a stain|a disgrace|a travesty|"
       r"neither free nor fair|not free (?:and|or) fair|on the wrong side of history|"
       r"not on at all|"
       r"(?:a )?(?:farce|sham|lies)|terrorists|criminals|(?:deeply |very )?(?:disappointed|"
       r"dismayed|outraged)|deplorable|regrettable|(?:wholly |totally |completely )?"
       r"(?:unjustified|unwarranted|unhelpful|unfriendly)|not helpful|not constructive)\b",
       content=True),
    _c("criticism", "111", 0.7, "made making makes falls fell discriminat unfriendly amount "
       "constitut",
       # ("the sanctions amounted to 'a declaration of war'")
       r"\b(?:(?:amount(?:ed|s) to|constitut(?:ed|es)) [\"“']?(?:an? )?(?:[\w-]+ )?"
       r"(?:declaration of war|act of war|act of aggression|provocation|violation|interference|"
       r"blackmail|piracy|aggression)|"
       r"(?:made|making|makes) (?:a |an )?(?:serious |grave |big |terrible |huge )?"
       r"(?:error|mistake|blunder)s?|falls? short|fell short|discriminat(?:es|ed|ing) against|"
       r"unfriendly act)\b", content=True),
    # A charge told in reported words by a phrase no verb carries: "the treaty was full of
    # loopholes", "the action was without validity in international law", "the decision was a
    # matter of deep regret", "the envoy had been rude", "Australia was parroting Washington"
    _c("criticism", "111", 0.7,
       "full without matter rude fed enough parrot insult sever accomplic pretext contempt "
       "only destroyed given",
       r"\b(?:full of (?:loopholes|holes|contradictions|lies|falsehoods|distortions)|"
       # "had 'destroyed the basis' for the negotiations", "had given away too much"
       r"destroyed the basis|given away too much|without (?:any )?"
       r"(?:legal |moral |juridical )?(?:basis|validity|foundation|justification)|"
       r"(?<=a )matter of (?:deep |great |profound |grave )?regret|rude|fed up|enough is enough|"
       r"parrot(?:ing|ed|s)|insulted|severely damaged|accomplices?|(?<!any )(?<!no )pretext|contempt|"
       r"only (?:serve to )?complicate)\b",
       content=True),
    # What a speaker says another side did or lacks is an accusation: "said Europe abandoned
    # dialogue", "saying Pristina had ignored agreements", "show no real interest in".
    _c("criticism", "112", 0.7,
       "abandon sabotag undermin torpedo wreck violat ignor obstruct betray derail stall "
       "block show shows showed has have had lack unjust unfair illegitimate illegal broke "
       "broken breaks attempt bid effort plot move hurt not ran run runs set sets setting",
       r"\b(?:abandon(?:ed|s|ing)|sabotag(?:ed|es|ing)|undermin(?:ed|es|ing)|torpedo(?:ed|es|ing)|"
       r"wreck(?:ed|s|ing)|violat(?:ed|es|ing)|ignor(?:ed|es|ing)|obstruct(?:ed|s|ing)|"
       r"betray(?:ed|s|ing)|derail(?:ed|s|ing)|stall(?:ed|s|ing)|block(?:ed|s|ing) "
       r"(?:the |any )?(?:peace|talks|negotiations|progress|a settlement|an agreement)|"
       r"(?:show|shows|showed|has|have|had) (?:shown )?no (?:real |genuine |serious )?"
       r"(?:interest|desire|will)|lack(?:s|ed|ing)? (?:the |any )?(?:real |genuine |political )?"
       r"(?:will|interest|desire|commitment)|unjust(?:ly)?|unfair(?:ly)?|illegitimate|"
       r"illegal(?:ly)?|"
       r"(?:has|have|had) no right|(?:broke|broken|breaks) (?:them|its word|his word|"
       r"their word|(?:its |his |their |the )?(?:promises?|commitments?|pledges?|agreements?|"
       r"ceasefire|truce))|"
       # "an attempt to undermine the AU-led process", "had seriously hurt the feelings of the
       # Chinese people", "not conducive to mutual trust", "ran counter to its commitments",
       # "set a dangerous precedent"
       r"(?:attempt|bid|effort|plot|move)s? to (?:undermine|sabotage|destabili[sz]e|derail|"
       r"torpedo|discredit)|hurt (?:the )?feelings of|not conducive to|r[au]ns? counter to|"
       r"set(?:s|ting)? an? (?:dangerous|bad|worrying|negative|troubling) precedent)\b",
       content=True),
    # What a body's resolution does is the body's act: "the IAEA board adopted a resolution
    # Monday demanding that North Korea readmit inspectors" (not a draft still proposed)
    _c("demand", "10", 0.8, "resolution",
       r"\b(?<!draft )resolution (?:[\w,.-]+ ){0,4}?(?:demanding|calling (?:on|upon|for)|"
       r"urging)\b"),
    # regret at another's decision is a rebuke ("expressed 'deep regret' over the
    # announcement"); regret over a loss or an attack is sympathy or apology
    # ("said she deeply regretted President Trump's decision to pull out")
    _c("criticism", "111", 0.75, "expressed voiced regretted regrets deeply",
       r"\b(?:(?:expressed|voiced) (?:its |his |her |their )?[\"“']?"
       r"(?:deep |profound |strong |great )?"
       r"regret[\"”']? (?:that\b|(?:over|at) )|(?:deeply )?regret(?:s|ted) )"
       r"(?:(?<=that)|(?:[\w'’.-]+ ){0,5}?(?:decision|announcement|move|step|"
       r"plan|measures?|statement|remarks|comments|policy|action|alignment|vote|withdrawal|"
       r"expulsion|closure|ruling|refusal|release|publication|deployment|visit|test|launch|sale|"
       r"detention|arrest|annexation|recognition|escalation|operation|strike|bombing|raid|"
       r"intervention|invasion)s?\b)"),
    _c("criticism", "111", 0.8, "resolution",
       r"\b(?<!draft )resolution (?:[\w,.-]+ ){0,4}?(?:condemning|denouncing|deploring)\b"),
)
