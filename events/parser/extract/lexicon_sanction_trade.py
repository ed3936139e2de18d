"""The cue lexicon, sanctions told as trade, access or a treaty taken away (CAMEO 16): sales,
imports and deliveries cut off or barred, privileges and rights revoked, a frontier's gates
closed, visas imposed, a treaty of friendship suspended, a ban on trade announced, a foreign
commander ordered out. Kept apart from `lexicon_sanction.py`, which had reached 400 lines;
`lexicon.py` lists them beside it."""
from __future__ import annotations

from .cue_base import OWN_ENVOY_HOME, Cue, _c

TRADE_SANCTION_CUES: tuple[Cue, ...] = (
    # "agreed on Wednesday on a new package of sanctions against Russia", "ECOWAS leaders
    # endorsed sanctions against the junta": the measures, not a deal or a word of support
    _c("sanction", "16", 0.8, "agreed endorsed approved",
       r"\b(?:agreed (?:on \w+day )?on|endorsed|approved) (?:an? |the )?(?:new |fresh |further |"
       r"tougher |additional |(?:[\w-]+ )?package of )*(?:[\w-]+ ){0,2}?(?:sanctions|embargo) "
       r"(?:on|against)\b"),
    # "cut off military sales to Ecuador in retaliation", "barred imports of Norwegian fish",
    # "halted arms deliveries to Indonesia"
    _c("sanction", "16", 0.8, "cut halted halts suspended suspends stopped banned bans barred "
       "bars severed",
       r"\b(?:cut off|halted|halts|suspended|suspends|stopped|banned|bans|barred|bars) "
       r"(?:all |its |their |new |further )?(?:[\w-]+ ){0,2}?(?:sales|imports|purchases|"
       r"deliveries) (?:of (?:[\w'’-]+ ){1,3}?)?(?:to|from|of)\b|"
       # "on Tuesday halted bus and train services between the two countries" (CAMEO 16)
       r"\b(?:cut off|halted|halts|suspended|suspends|stopped|severed) (?:all )?(?:the )?"
       r"(?:[\w-]+,? (?:and )?){0,3}?(?:bus|rail|railway|train|air|ferry|road|sea|postal) "
       r"(?:services?|links|connections|traffic|sailings)\b|"
       # "cut off the former Yugoslav republic's access to the port of Salonika", "cut off
       # the former Yugoslav republic of Macedonia from the port of Salonika"
       r"\bcut off (?:[\w'’.-]+ ){1,7}?(?:access to|from (?:the )?(?:port|ports|sea|harbou?r|"
       r"airport|pipeline|grid|markets?)\b)"),
    # "revoked Japan's fishing privileges in American waters", "withdrew the landing rights of"
    _c("sanction", "16", 0.8, "revoked revokes withdrew withdraws cancelled canceled suspended",
       r"\b(?:revoked|revokes|withdrew|withdraws|cancell?ed|suspended) (?:[\w'’.-]+['’]s |the |"
       r"its |their )?(?:fishing|landing|overflight|port|trading|transit|traffic) (?:privileges|"
       r"rights|licen[cs]es|access)\b"),
    # "closed the iron gates at La Linea", "imposed entry visas on Algerian nationals",
    # "suspended its 2002 treaty of friendship with Spain"
    _c("sanction", "16", 0.8, "closed closes shut imposed imposes suspended suspends froze "
       "freezes",
       r"\b(?:(?:closed|closes|shut) the (?:[\w-]+ )?(?:frontier |border )?gates|"
       r"(?:imposed|imposes) (?:new )?(?:entry )?visas? (?:requirements? )?on|"
       r"(?:suspended|suspends|froze|freezes) (?:its|their|the) (?:\d{4} )?(?:[\w-]+ )?"
       r"(?:treaty|pact) of (?:friendship|cooperation|good[- ]neighbou?rliness|alliance))\b"),
    # "Reagan announced a ban on all trade with Libya", "declared an embargo on arms sales to",
    # "announced today a halt to all oil shipments to the United States"
    _c("sanction", "16", 0.8, "announced announces declared declares",
       r"\b(?:announced|announces|declared|declares) (?:(?:today|yesterday|on \w+day) )?"
       r"(?:an? |its )?(?:total |full |complete )?(?:ban on|embargo on|halt to|freeze on) "
       r"(?:all )?(?:[\w-]+ ){0,2}?(?:trade|imports|exports|sales|flights|shipments|travel|"
       r"investment|deliveries) (?:with|to|from)\b"),
    # "ASEAN barred Myanmar junta chief Min Aung Hlaing on Saturday from attending the summit"
    _c("sanction", "16", 0.8, "barred bars banned",
       r"\b(?:barred|bars|banned) (?:[\w.'’-]+ ){1,8}?from (?:attending|taking part in|"
       r"participating in)\b"),
    # "ordered the Italian admiral commanding NATO naval forces in southern Europe to leave
    # Malta" (the country's own people told to leave a place are no one expelled: a state or
    # an island named as what they leave)
    _c("sanction", "16", 0.75, "ordered orders",
       r"\border(?:ed|s) (?:the |its |all )?(?:[\w.'’,-]+ ){1,12}?to leave (?:the island|the "
       r"country|(?-i:[A-ZÀ-Ž])\w+)(?= within| by|[,.;]| and\b)"),
    # a member put out of a body: "The Council of Europe expelled Russia on Wednesday over its
    # invasion of Ukraine" (a state named right after the verb; diplomats have their own cue)
    _c("sanction", "16", 0.8, "expelled expels",
       r"\bexpel(?:led|s) (?=(?-i:[A-ZÀ-Ž])[\w'’.-]+(?: (?-i:[A-ZÀ-Ž])[\w'’.-]+)? "
       r"(?:from|on \w+day|over|for)\b)"),
    # "slashed Cuba's sugar quota", "announced on Friday the suspension of all U.S. military
    # exports to Argentina", "signed into law on Tuesday a bill tightening the embargo"
    _c("sanction", "16", 0.8, "slashed cut reduced suspended eliminated announc signed",
       r"\b(?:slashed|cut|reduced|suspended|eliminated) "
       r"(?:[\w'’.-]+['’]s |the (?-i:[A-ZÀ-Ž])[\w-]+ )(?:sugar|import|export|fishing|textile|"
       r"steel) quotas?\b|"
       r"\bannounc(?:ed|es) (?:(?:on \w+day|today|yesterday) )?(?:the |an? )?(?:suspension|"
       r"cutoff|cut-off|halt|freeze) (?:of|to|on) (?:all )?(?:[\w.-]+ ){0,3}?(?:aid|exports|"
       r"imports|sales|shipments|deliveries|credits|assistance|trade|flights)\b|"
       r"\bsigned into law (?:(?:on \w+day|today|yesterday) )?(?:an? |the )?(?:bill|measure|"
       r"legislation) (?:[\w-]+ ){0,4}?(?:embargo|sanctions)\b"),
    # "cut pre-accession funds for Turkey", "partially froze Turkey's membership talks"
    _c("sanction", "16", 0.8, "cut slashed froze frozen suspended partially",
       r"\b(?:cut|slashed|froze|suspended) (?:all |its |the )?(?:[\w-]+ ){0,2}?(?:funds|funding) "
       r"(?:for|to)\b|"
       r"\b(?:partially )?(?:froze|frozen|suspended) (?:[\w'’.-]+['’]s )?(?:membership|accession) "
       r"(?:talks|negotiations|bid)\b"),
    # "Israel ordered the immediate recall of its ambassadors to Ireland, Norway and Spain"
    # ("Japan ordered its ambassador in Moscow home on Tuesday to report")
    _c("sanction", "16", 0.8, "ordered announced",
       r"\b(?:ordered|announced) the (?:immediate )?recall of (?:its|their|his|her) (?:[\w-]+ )?"
       r"(?:ambassadors?|envoys?|diplomats|high commissioners?)\b|"
       r"\bordered " + OWN_ENVOY_HOME),
    # "Greece was withdrawing its armed forces from NATO's military command" (France, 1966)
    _c("sanction", "16", 0.8, "withdr pull",
       r"\b(?:withdr(?:aw|ew|awn|aws|awing)|pull(?:ed|s|ing)? out) (?:its |their |all )?(?:armed )?"
       r"(?:forces|troops) from (?:the )?(?:[\w'’-]+ ){0,2}?(?:integrated )?military "
       r"(?:command|structure|wing|organi[sz]ation)\b"),
)
