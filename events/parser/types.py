"""What the parser returns: plain frozen dataclasses, no ORM, so the parser stays pure."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ActorRef:
    """An actor as the article names it, resolved as far as the parser could."""

    name: str  # canonical name: full name for people, short English name for states/orgs
    kind: str  # person | state | organisation | group (events.taxonomy.ACTOR_KINDS)
    country: str | None = None  # ISO 3166-1 alpha-3, or an organisation code (EUR, UNO, NAT)
    role: str = ""  # "foreign minister", "president"...
    known: bool = True  # False when discovered from a title pattern, not from the gazetteer
    surface: str = ""  # the words in the article that named it first


@dataclass(frozen=True)
class DateRef:
    """When an act happened, as TIMEX3 plus a concrete range."""

    source: str  # text | publication | none (events.taxonomy.DATE_SOURCES)
    value: str | None = None  # TIMEX3 value: 2026-01-07, 2025-12, 2025-Q4, 2025-WI, 2025, 202
    precision: str | None = None  # day | week | month | quarter | season | year | decade
    mod: str | None = None  # START | MID | END | APPROX ...
    start: date | None = None  # first day of the range
    end: date | None = None  # last day of the range (inclusive)
    text: str | None = None  # the words the date came from (source == "text")


@dataclass(frozen=True)
class Evidence:
    """One sentence supporting an event, with offsets into the article body."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedEvent:
    type: str  # events.taxonomy slug
    cameo: str
    actor: ActorRef
    date: DateRef
    evidence: tuple[Evidence, ...]
    target: ActorRef | None = None
    quote: str = ""
    summary: str = ""
    confidence: float = 0.5


@dataclass(frozen=True)
class KnownActor:
    """A gazetteer entry the caller hands the parser (e.g. from the Actor table)."""

    name: str
    kind: str
    country: str | None = None
    role: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    """Actors the parser should recognise beyond its built-in lists."""

    actors: tuple[KnownActor, ...] = field(default_factory=tuple)
