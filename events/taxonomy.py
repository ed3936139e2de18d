"""The event taxonomy and its CAMEO codes (shared/corpus/README.md).

Pure data: the parser, the models and the API all read it, so it must not import Django.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    slug: str
    label: str
    cameo: str  # the CAMEO code an event of this type gets when nothing more specific is known
    cameo_codes: tuple[str, ...]  # every CAMEO code the type covers
    description: str


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("statement", "Statement", "010", ("010", "012", "013", "014"),
              "A public comment or claim that fits no more specific type"),
    EventType("call_for_talks", "Call for talks", "026", ("026", "027", "028"),
              "Urges others to meet, negotiate, resume dialogue, accept mediation"),
    EventType("intent_to_negotiate", "Intent to negotiate", "036", ("036", "037", "038", "039"),
              "Says it is open, ready or intends to meet or negotiate"),
    EventType("proposal", "Proposal", "03", ("03", "02"),
              "Puts forward a plan, terms, an offer (peace plan, ceasefire proposal)"),
    EventType("support", "Support", "051", ("051",),
              "Praises, endorses or backs an actor, idea or proposal"),
    EventType("meeting", "Meeting", "040", ("040", "042", "043", "044", "046"),
              "Talks held in person: meets, visits, hosts, negotiates"),
    EventType("phone_call", "Phone call", "041", ("041",),
              "Talks by telephone or video call"),
    EventType("agreement", "Agreement", "057", ("057", "06"),
              "Agrees, signs, reaches a deal or ceasefire"),
    EventType("rejection", "Rejection", "12", ("12", "125"),
              "Rejects a proposal, demand or talks; refuses"),
    EventType("criticism", "Criticism", "111", ("111", "112"),
              "Criticises, denounces or accuses"),
    EventType("demand", "Demand", "10", ("10",),
              "Demands something of another actor"),
    EventType("threat", "Threat", "13", ("13",),
              "Warns or threatens"),
    EventType("sanction", "Sanction", "16", ("16", "17"),
              "Imposes sanctions, expels diplomats, cuts relations"),
)

BY_SLUG: dict[str, EventType] = {t.slug: t for t in EVENT_TYPES}
TYPE_SLUGS: tuple[str, ...] = tuple(BY_SLUG)

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "quarter", "season", "year", "decade")
MODS: tuple[str, ...] = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE",
                         "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
                         "EQUAL_OR_MORE")
DATE_SOURCES: tuple[str, ...] = ("text", "publication", "none")
ACTOR_KINDS: tuple[str, ...] = ("person", "state", "organisation", "group")


def cameo_for(slug: str) -> str:
    return BY_SLUG[slug].cameo
