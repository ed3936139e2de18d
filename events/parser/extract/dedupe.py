"""The acts of one sentence, told once: what one actor did to one target, without the
readings another act of the same words already carries ("in a statement, demanded": the
demand; "agreed to send a delegation": the intent)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .acts import Act

_VEHICLE = re.compile(r"in an? (?:[\w-]+ )?(?:statement|communiqu[eé]|declaration)", re.I)


# ("has denied any involvement and condemned the attack": the denial is a statement of its own)
_DENIAL = re.compile(r"den(?:ied|ies|y)\b", re.IGNORECASE)
_AGREED_TO = re.compile(r"agree[sd]?\b(?:\s+(?:on|last|this)\s+\w+)?\s+to\b", re.IGNORECASE)


def dedupe(acts: list[Act]) -> list[Act]:
    """One act per actor, type and target in a sentence (the strongest reading), and none of
    the readings another act of the same words already carries."""
    seen: dict[tuple, Act] = {}
    doers = {a.actor.name for a in acts if a.type != "statement"}
    critics = {a.actor.name for a in acts if a.type == "criticism"}
    # ("agreed to send a delegation", "agreed to widen sanctions": the act agreed on)
    intents = [a for a in acts if a.type in ("intent_to_negotiate", "sanction")]
    callers = {(a.actor.name, a.target.name if a.target else None)
               for a in acts if a.type == "phone_call"}
    for a in acts:
        if (a.type == "statement" and a.actor.name in doers and _VEHICLE.match(
                a.sentence.text, a.cue_start - a.sentence.start)):
            continue  # "Kuwait, in a statement, demanded...": the statement carries the demand
        if a.type == "statement" and a.actor.name in critics and not _DENIAL.match(
                a.sentence.text, a.cue_start - a.sentence.start):
            continue  # "said he was saddened and accused X of...": what he said is the charge
        if a.type == "meeting" and (a.actor.name, a.target.name if a.target else None) in callers:
            continue  # "In a call on Wednesday, Sharif spoke with Pezeshkian": by phone
        if a.type == "agreement" and any(
                i.actor.name == a.actor.name and 0 < i.cue_start - a.cue_start <= 40
                and _AGREED_TO.match(a.sentence.text, a.cue_start - a.sentence.start)
                for i in intents):
            continue  # "agreed on Sunday to send a delegation to the talks": the intent
        # (a charge told twice over, "accused the administration of appeasement and compared
        # the summit to Munich", is one criticism, whoever each part names)
        key = (a.actor.name, a.type, a.target.name if a.target and a.type != "criticism"
               else None)
        if key not in seen or a.strength > seen[key].strength:
            seen[key] = a
    return list(seen.values())
