"""The sanction cue's words for envoys and ties: ambassadors recalled or summoned home,
relations severed, frozen, cut or broken off, aid, loans and credits halted. Kept apart from
`lexicon_sanction.py`, which had reached 400 lines and joins them into its main cue in the same
place (the pattern is character for character what it was)."""
from __future__ import annotations

# the heads of a mission besides an ambassador, expelled, recalled or told to leave
MISSION_HEADS = r"(?:high commissioners?|charg[eé]s? d['’]affaires|consuls?(?: general)?)"

ENVOYS_AND_TIES = (
    r"(?:recall(?:ed|ing|s)|withdrew|summoned home|called home) (?:its|their|his|her) (?:own )?"
    # ("recalled its permanent representative to the Community")
    r"(?:top |permanent )?(?:ambassadors?|envoys?|representatives?|"
    r"diplomats|" + MISSION_HEADS + r")|"
    # "recalled the British High Commissioner in Salisbury", "the U.S. ambassador": one's
    # own envoy, by demonym
    # (not "recalled Ambassador Philip Bonsal": the name would read as the other side)
    r"recall(?:ed|ing|s) the (?-i:[A-ZÀ-Ž])[\w.]+ (?:ambassador|envoy|" + MISSION_HEADS
    + r")\b|"
    # "Washington recalled Ambassador Philip W. Bonsal for consultations", "recalled Ushiroku
    # to Tokyo for consultations": the verb alone, so that the envoy is no other side
    r"recall(?:ed|ing|s)(?= (?:Ambassador |(?-i:[A-ZÀ-Ž])[\w.'’-]* ){1,5}(?:to (?-i:[A-ZÀ-Ž])"
    r"[\w-]+ |from (?-i:[A-ZÀ-Ž])[\w-]+ )?(?:for consultations|(?:on \w+day )?in protest)\b)|"
    # "recalled the three countries' ambassadors from Algiers"
    r"(?:recall(?:ed|ing|s)|withdrew) the (?:\w+ )?(?:countries|nations|states|members)['’] "
    r"ambassadors|"
    r"(?:sever(?:ed|s|ing)|(?:(?<=would )|(?<=will ))sever(?![^.;]{0,80}\b(?:if|unless)\b)) "
    r"(?:all )?"
    r"(?:[\w-]+ ){0,3}?(?:ties|relations|links|contacts)|"
    r"(?:froze|freez(?:es|ing)|frozen) (?:diplomatic |all )?(?:ties|relations|contacts)|"
    # "Japan froze its funding for KEDO"; "ended 36 years of diplomatic relations with
    # Taiwan, switching its recognition to Beijing"
    r"(?:froze|freez(?:es|ing)) (?:its |their |all )?(?:[\w-]+ ){0,2}?(?:funding|contributions?|"
    r"payments|aid|loans|credits)|"
    r"end(?:ed|s|ing) (?:\d+|[\w-]+) (?:years|decades) of (?:diplomatic |formal )?"
    r"(?:ties|relations)|"
    # ("cut diplomatic, trade and travel ties with Qatar")
    r"cut (?:off )?(?:its |their |all )?(?:diplomatic )?(?:[\w-]+, (?:[\w-]+, )*[\w-]+,? and "
    r"[\w-]+ )?(?:ties|relations|links|aid|assistance)|"
    # "has cut off all economic and military aid to Albania", "Peking ended aid to Vietnam"
    r"(?:cut off|ended|ends|halted|halts) (?:all |its |their )?(?:[\w-]+ and [\w-]+ )?"
    r"(?:aid|assistance)(?= to\b)|"
    # "cut off new Export-Import Bank credits to Chile", "suspended loans and credits to Iraq"
    # (loans frozen: the funding alternative above)
    r"(?:cut off|halted|halts|suspended|suspends) (?:all |its |their |new |further )?"
    r"(?:[\w-]+ ){0,3}?(?:loans|credits|lending)(?= to\b)|"
    # "had cut all defence cooperation with Fiji"
    r"cut (?:off )?(?:its |their |all )?(?:[\w-]+ )?(?:cooperation|contacts|links) with|"
    r"break(?:s|ing)? (?:off )?(?:its |their |all )?diplomatic (?:ties|relations)|"
    # "El Salvador broke diplomatic relations with Honduras", "broke off relations with"
    # "Dr. Chiari broke relations on Jan. 10": with no partner named, a date or the clause's
    # end after it still marks the act
    r"broke (?:off )?(?:its |their |all )?(?:diplomatic )?(?:ties|relations)"
    r"(?= with| between| (?:on|in|last|yesterday|after|over) |[,.;])|"
    r"broke off (?:its |their |all |(?-i:[A-ZÀ-Ž])[\w.-]*['’]s )?(?:diplomatic )?"
    r"(?:ties|relations)|"
    # the perfect of the news lead: "Panama has broken diplomatic ties with Taiwan"
    r"broken (?:off )?(?:its |their |all )?(?:diplomatic )?(?:ties|relations)(?= with| between)|"
    r"breaking off (?:its |their |all )?(?:ties|relations)|"
    # "Brazil, which broke with Havana in May", "Tito, who broke with Moscow in 1948"
    r"broke with (?=(?-i:[A-ZÀ-Ž])(?!\w*day\b))|"
)
