"""The cue lexicon, visits: a stay told with its purpose ("is in Pyongyang on a two-day visit"),
an invitation to visit, and an arrival or a flight that opens a visit to the state a place stands
for ("arrived in Washington", "arrived here" under a dateline). Moved out of `lexicon_meet.py`,
which appends them to its meetings in the same order, when that file grew past 400 lines."""
from __future__ import annotations

from .cue_base import Cue, _c

VISIT_CUES: tuple[Cue, ...] = (
    # "Lavrov is in Pyongyang on a two-day visit" (a cue of its own: the meetings' main cue
    # would be tried at every "is")
    _c("meeting", "040", 0.85, "is was are were",
       r"\b(?:is|was|are|were) in (?-i:[A-ZÀ-Ž])[\w'’-]+(?: (?-i:[A-ZÀ-Ž])[\w'’-]+)? (?:on|for) "
       r"(?:an? |his |her |their |its )?(?:[\w-]+ ){0,3}?(?:visit|trip|tour|talks)\b",
       joint=True),
    # an invitation to visit: "Queen Margrethe II had invited Trump for the state visit"
    _c("call_for_talks", "026", 0.8, "invit",
       r"\binvit(?:ed|es|ing) (?:[\w.'’-]+ ){1,6}?(?:for|on) (?:an? |the |his |her |a return )?"
       r"(?:[\w-]+ )?visit\b"),
    # "arrived in Washington", "flew to Moscow": a visit to the state the place stands for
    # (not the news present, "Clinton flies to Damascus on Thursday": a journey ahead)
    _c("meeting", "042", 0.75, "arriv flew fly travel made",
       # ("flew unannounced to Tunisia", "arrived unexpectedly in Kabul", "made an unannounced
       # stopover in Lahore"; a landing alone is no visit: tests/test_parser_visits.py)
       r"\b(?:arrived(?: (?:unannounced|unexpectedly|secretly|quietly|suddenly))? in|"
       r"made an? (?:[\w-]+ ){0,2}?(?:stopover|stop-over) in|"
       r"(?:flew|fly|travell?ed)(?: (?:unannounced|unexpectedly|secretly|quietly|suddenly|"
       r"hurriedly|abruptly))? to)(?= (?-i:[A-ZÀ-Ž]))|"
       # "arrived here today on a visit to the Soviet Union": the dateline is the place
       r"\barriv(?:ed|es) (?:here|today|yesterday|on \w+day|\w+day)(?: (?:today|yesterday|"
       r"tonight|on \w+day|\w+day))? (?:on|for) an? (?:[\w-]+ ){0,3}?visit to"
       r"(?= (?:the )?(?-i:[A-ZÀ-Ž]))|"
       # "arrived here today to open negotiations": the dateline's state (home.py names it)
       r"\b(?:arrived|arrives|flew in) here\b"),
)
