"""Acts that are not diplomacy though their words are: firms that merge or sign a joint venture
("Exxon and Mobil agreed to merge", "Toyota signed a joint venture agreement"), national teams
that meet in a tournament ("Iran and Iraq met in the Asian Cup quarter-finals"). A news feed
carries such copy beside the diplomatic stories; the acts read from it are dropped.
"""
from __future__ import annotations

import re

from .acts import Act

# a deal between firms: what is bought, merged or shared
_COMMERCE = re.compile(r"\b(?:merge|merger|acquire[ds]?|acquisition|takeover|joint[- ]venture|"
                       r"code-?sharing|patent|licensing|to buy|stake in|deal worth|shareholders|"
                       r"\$[\d.,]+ (?:billion|million))\b", re.IGNORECASE)
# two teams meeting on the field
_SPORT = re.compile(r"\b(?:quarter-?finals?|semi-?finals?|finals?|group stage|match(?:es)?|"
                    r"friendly|tournament|championships?|[A-ZÀ-Ž]\w+ (?:Cup|Games)|Olympics?|"
                    r"league|qualifiers?)\b")

_MET_IN_THE = re.compile(r"\b(?:met|meet|meets|faced|face|play(?:ed|s)?)\s+(?:\w+\s+){0,2}?"
                         r"in\s+the\b")


def _unknown_one_word(act: Act) -> bool:
    """An actor the parser only guessed from a capitalised word ("Exxon", "Toyota")."""
    return act.actor.kind == "person" and not act.actor.known and " " not in act.actor.name


def not_diplomacy(act: Act) -> bool:
    text = act.sentence.text
    if act.type == "agreement" and _unknown_one_word(act) and _COMMERCE.search(text):
        return True
    return (act.type == "meeting" and _SPORT.search(text) is not None
            and _MET_IN_THE.search(text) is not None)
