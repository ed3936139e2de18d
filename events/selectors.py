"""Reads: the querysets the API, the admin and the widget share, so the rule "the public
never sees what an editor has not approved" lives in one place."""
from __future__ import annotations

from datetime import date, timedelta

from django.db import connection
from django.db.models import Prefetch, Q, QuerySet

from .models import Event, Mention, ReviewStatus, Timeline
from .search import events_search


def user_is_editor(user) -> bool:
    return bool(user and user.is_authenticated and user.is_staff
                and user.has_perm("events.view_event"))


def events_visible(*, user=None) -> QuerySet:
    """Events a user may see: editors see every status, everyone else approved only."""
    qs = Event.objects.all()
    if not user_is_editor(user):
        qs = qs.filter(status=ReviewStatus.APPROVED)
    return qs


def events_with_relations(qs: QuerySet) -> QuerySet:
    """Everything an event listing shows, in a constant number of queries."""
    return qs.select_related("actor", "target").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by(
            "article__published", "article_id", "start"))
    )


def timeline_criteria_q(timeline: Timeline) -> Q | None:
    """The timeline's selection criteria as one condition, or None if it has none."""
    cond = Q()
    has = False
    actor_ids = list(timeline.actors.values_list("pk", flat=True)) if timeline.pk else []
    if actor_ids:
        cond &= Q(actor_id__in=actor_ids) | Q(target_id__in=actor_ids)
        has = True
    if timeline.types:
        cond &= Q(type__in=timeline.types)
        has = True
    if timeline.countries:
        cond &= Q(actor__country__in=timeline.countries) | Q(target__country__in=timeline.countries)
        has = True
    if timeline.date_from or timeline.date_to:
        cond &= date_window_q(after=timeline.date_from, before=timeline.date_to)
        has = True
    return cond if has else None


def timeline_events(*, timeline: Timeline, user=None) -> QuerySet:
    """A timeline's events: those matching its criteria plus its hand-picked ones, filtered to
    what the user may see, in date order with a stable id tiebreak. Undated events cannot be
    placed on a timeline, so they are left out."""
    base = events_visible(user=user).filter(date_start__isnull=False)
    cond = timeline_criteria_q(timeline)
    if timeline.query:
        matching = events_search(Event.objects.all(), timeline.query).values("pk")
        cond = (cond or Q()) & Q(pk__in=matching)
    picked = Q(pk__in=timeline.events.values("pk")) if timeline.pk else Q(pk__in=[])
    qs = base.filter((cond | picked) if cond is not None else picked)
    return qs.order_by("date_start", "id")


def timelines_visible(*, user=None) -> QuerySet:
    qs = Timeline.objects.all()
    if not user_is_editor(user):
        qs = qs.filter(is_public=True)
    return qs


def event_longest_span_days() -> int | None:
    """Days between the start and end of the longest event range, or None when unknown.

    A date window "events overlapping [after, ...]" is `date_end >= after`, which no index
    ordered by date_start can seek. Since no event is longer than this, the same rows also
    satisfy `date_start >= after - longest`, which the (status, date_start, id) index can.
    On PostgreSQL migration 0003 indexes the span, so this is one index probe."""
    if connection.vendor != "postgresql":
        return None  # the embedded database is small: the plain condition is fast enough
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(date_end - date_start) FROM events_event")
        (days,) = cursor.fetchone()
    return days


def date_window_q(*, after=None, before=None) -> Q:
    """Events whose date range overlaps [after, before] (either end may be open).

    `date_end >= after` alone cannot seek the date_start indexes; every such event also has
    `date_start >= after - longest range`, which can (see event_longest_span_days)."""
    cond = Q()
    if after:
        cond &= Q(date_end__gte=after)
        longest = event_longest_span_days()
        if longest is not None and longest < (after - date.min).days:
            cond &= Q(date_start__gte=after - timedelta(days=longest))
    if before:
        cond &= Q(date_start__lte=before)
    return cond
