"""Reads for the embed pages: a timeline's public events, filtered and paged by keyset.

Built on events.selectors so the rule "the public sees approved events only" stays in one
place; the embed never passes a user, so even a logged-in editor sees the public view.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q

from events.models import Event, Timeline
from events.selectors import (date_window_q, events_with_relations, timeline_events,
                              timelines_visible)


@dataclass(frozen=True)
class EmbedFilters:
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # ids or slugs
    countries: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None


@dataclass
class EmbedPage:
    events: list[Event] = field(default_factory=list)
    next_cursor: str | None = None


def embed_timeline_get(*, slug: str) -> Timeline | None:
    return timelines_visible(user=None).filter(slug=slug).first()


def embed_events_page(*, timeline: Timeline, filters: EmbedFilters,
                      after: tuple[date, int] | None = None, limit: int = 50) -> EmbedPage:
    """One page of events in timeline order (date, then id); the cursor is the last row's
    (date_start, id), so a page costs the same however deep it is."""
    qs = timeline_events(timeline=timeline, user=None)
    if filters.types:
        qs = qs.filter(type__in=filters.types)
    if filters.actors:
        ids = [int(a) for a in filters.actors if a.isdigit()]
        slugs = [a for a in filters.actors if not a.isdigit()]
        qs = qs.filter(Q(actor_id__in=ids) | Q(actor__slug__in=slugs)
                       | Q(target_id__in=ids) | Q(target__slug__in=slugs))
    if filters.countries:
        qs = qs.filter(Q(actor__country__in=filters.countries)
                       | Q(target__country__in=filters.countries))
    qs = qs.filter(date_window_q(after=filters.date_from, before=filters.date_to))
    if after is not None:
        day, pk = after
        qs = qs.filter(Q(date_start__gt=day) | Q(date_start=day, pk__gt=pk))
    rows = list(events_with_relations(qs.order_by("date_start", "id"))[: limit + 1])
    page = EmbedPage(events=rows[:limit])
    if len(rows) > limit:
        last = rows[limit - 1]
        page.next_cursor = f"{last.date_start.isoformat()}_{last.pk}"
    return page
