"""Curation: what editors do to many events or actors at once (review in bulk, merge, find
duplicates).

Every write loops and calls save()/delete() row by row rather than `queryset.update()`, so
django-simple-history records each change with who made it and why.
"""
from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Actor, ActorAlias, Event, Mention, ReviewStatus, Timeline, normalize_name
from .services import actor_alias_add, event_review


def _as_user(user):
    return user if getattr(user, "is_authenticated", False) else None


def _tag(obj, *, user=None, reason: str = "") -> None:
    # simple_history reads these attributes on save()/delete(); outside a request (commands,
    # tests) they are the only way it learns who did it and why.
    if _as_user(user) is not None:
        obj._history_user = user
    if reason:
        obj._change_reason = reason[:100]


# --- Review in bulk ---------------------------------------------------------------------------

def events_review(*, events: Iterable[Event], status: str, user=None) -> int:
    """Approve or reject many events; returns how many changed status."""
    changed = 0
    with transaction.atomic():
        for event in events:
            if event.status == status:
                continue
            event_review(event=event, status=status, user=user)
            changed += 1
    return changed


def actors_review(*, actors: Iterable[Actor], status: str, user=None) -> int:
    if status not in ReviewStatus.values:
        raise ValueError(f"unknown status {status!r}")
    changed = 0
    with transaction.atomic():
        for actor in actors:
            if actor.status == status:
                continue
            actor.status = status
            _tag(actor, user=user, reason=f"bulk {status}")
            actor.save(update_fields=["status", "updated_at"])
            changed += 1
    return changed


def event_mark_edited(*, event: Event) -> Event:
    """An editor changed the event: a re-parse of its articles must now keep it."""
    event.editor_modified = True
    return event


# --- Duplicates -------------------------------------------------------------------------------

def event_duplicates(*, event: Event, limit: int = 20) -> QuerySet:
    """Events that probably report the same act: same actor and type, overlapping dates, and
    found in other articles (two events from one article are two acts the article tells)."""
    if event.pk is None or event.date_start is None:
        return Event.objects.none()
    own_articles = Mention.objects.filter(event=event).values("article_id")
    shares_article = Mention.objects.filter(event=OuterRef("pk"), article_id__in=own_articles)
    qs = (
        Event.objects.filter(
            actor_id=event.actor_id, type=event.type,
            date_start__lte=event.date_end, date_end__gte=event.date_start,
        )
        .exclude(pk=event.pk)
        .exclude(status=ReviewStatus.REJECTED)
        .filter(~Exists(shares_article))
        .select_related("actor", "target")
        .order_by("date_start", "pk")
    )
    return qs[:limit]


# --- Merge events -----------------------------------------------------------------------------

def event_merge(*, keep: Event, others: Iterable[Event], user=None) -> Event:
    """Fold duplicates into `keep` in one transaction: their mentions (evidence), timeline
    memberships and a missing target move over; the duplicates are deleted with a history
    record that says where they went, so their history stays readable."""
    others = [e for e in others if e.pk != keep.pk]
    if not others:
        raise ValidationError("Pick at least one other event to merge into the kept one.")
    with transaction.atomic():
        keep = Event.objects.select_for_update().get(pk=keep.pk)
        ids = [e.pk for e in others]
        others = list(Event.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        if len(others) != len(ids):
            raise ValidationError("Some of the events to merge no longer exist.")
        existing = set(Mention.objects.filter(event=keep).values_list("article_id", "start"))
        for mention in Mention.objects.filter(event_id__in=ids).order_by("pk"):
            # (event, article, start) is unique: the same sentence twice is one piece of
            # evidence, so the duplicate's copy goes with it.
            if (mention.article_id, mention.start) in existing:
                continue
            mention.event = keep
            mention.save(update_fields=["event"])
            existing.add((mention.article_id, mention.start))
        for timeline in Timeline.objects.filter(events__in=ids).distinct():
            timeline.events.add(keep)
        for other in others:
            if keep.target_id is None and other.target_id and other.target_id != keep.actor_id:
                keep.target_id = other.target_id
            if not keep.quote and other.quote:
                keep.quote = other.quote
            keep.confidence = max(keep.confidence, other.confidence)
        keep.editor_modified = True
        _tag(keep, user=user, reason="merged " + ", ".join(f"#{pk}" for pk in ids))
        keep.save()
        for other in others:
            _tag(other, user=user, reason=f"merged into #{keep.pk}")
            other.delete()
    return keep


def event_merged_from(*, event: Event) -> QuerySet:
    """History records of the events that were merged into this one."""
    return Event.history.filter(history_type="-",
                                history_change_reason=f"merged into #{event.pk}")


# --- Merge actors -----------------------------------------------------------------------------

def actor_merge(*, keep: Actor, others: Iterable[Actor], user=None) -> Actor:
    """Fold other actors into `keep`: their events (as actor and as target), aliases (their
    names become aliases too, so the parser maps them to `keep`) and timelines move over."""
    others = [a for a in others if a.pk != keep.pk]
    if not others:
        raise ValidationError("Pick at least one other actor to merge into the kept one.")
    ids = [a.pk for a in others]
    with transaction.atomic():
        keep = Actor.objects.select_for_update().get(pk=keep.pk)
        others = list(Actor.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        reason = f"actor #{'/#'.join(str(pk) for pk in ids)} merged into #{keep.pk}"
        for event in Event.objects.filter(Q(actor_id__in=ids) | Q(target_id__in=ids)):
            if event.actor_id in ids:
                event.actor_id = keep.pk
            if event.target_id in ids:
                event.target_id = keep.pk
            if event.target_id == event.actor_id:
                event.target_id = None  # an actor does not act on itself
            _tag(event, user=user, reason=reason)
            event.save()
        for alias in ActorAlias.objects.filter(actor_id__in=ids).order_by("pk"):
            _tag(alias, user=user, reason=reason)
            if ActorAlias.objects.filter(actor=keep, normalized=alias.normalized).exists():
                alias.delete()
            else:
                alias.actor = keep
                alias.save()
        for timeline in Timeline.objects.filter(actors__in=ids).distinct():
            timeline.actors.add(keep)
        for other in others:
            if normalize_name(other.name) != normalize_name(keep.name):
                actor_alias_add(actor=keep, name=other.name)
            for field in ("country", "role"):
                if not getattr(keep, field) and getattr(other, field):
                    setattr(keep, field, getattr(other, field))
        _tag(keep, user=user, reason="merged " + ", ".join(f"#{pk}" for pk in ids))
        keep.save()
        for other in others:
            _tag(other, user=user, reason=f"merged into #{keep.pk}")
            other.delete()
    return keep


__all__ = [
    "actor_merge", "actors_review", "event_duplicates", "event_mark_edited", "event_merge",
    "event_merged_from", "events_review",
]
