"""Curation services: bulk review with history, event and actor merge, duplicate suggestions."""
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from events import curation
from events.models import Actor, ActorAlias, Event, Mention, ReviewStatus, Timeline
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_it_reviews_in_bulk_and_records_each_change_in_history(editor):
    events = [f.event(status=ReviewStatus.PENDING) for _ in range(3)]
    n = curation.events_review(events=Event.objects.all(), status=ReviewStatus.APPROVED,
                               user=editor)
    assert n == 3
    for ev in events:
        ev.refresh_from_db()
        assert ev.status == ReviewStatus.APPROVED and ev.reviewed_by == editor
        latest = ev.history.latest()
        assert latest.status == ReviewStatus.APPROVED and latest.history_user == editor


def test_it_skips_events_already_in_the_wanted_status(editor):
    f.event(status=ReviewStatus.APPROVED)
    before = Event.history.count()
    assert curation.events_review(events=Event.objects.all(), status="approved",
                                  user=editor) == 0
    assert Event.history.count() == before


def test_it_merges_events_moving_mentions_timelines_and_target(editor):
    lavrov = f.actor(name="Sergey Lavrov")
    france = f.actor(name="France", kind="state")
    a1, a2, a3 = f.article(), f.article(), f.article()
    keep = f.event(actor=lavrov, mention_in=a1)
    dup = f.event(actor=lavrov, target=france, quote="We are ready", mention_in=a2)
    Mention.objects.create(event=dup, article=a3, sentence="x", start=5, end=9)
    # The same sentence as one the kept event already has: unique (event, article, start).
    Mention.objects.create(event=dup, article=a1, sentence="dup", start=0, end=20)
    tl = Timeline.objects.create(slug="t", title="T")
    tl.events.add(dup)

    merged = curation.event_merge(keep=keep, others=[dup], user=editor)

    assert not Event.objects.filter(pk=dup.pk).exists()
    assert set(merged.mentions.values_list("article_id", "start")) == {
        (a1.pk, 0), (a2.pk, 0), (a3.pk, 5)}
    assert merged.target == france and merged.quote == "We are ready"
    assert merged.editor_modified
    assert list(tl.events.all()) == [merged]
    assert merged.history.latest().history_change_reason == f"merged #{dup.pk}"
    gone = Event.history.filter(id=dup.pk, history_type="-").get()
    assert gone.history_change_reason == f"merged into #{keep.pk}"
    assert gone.history_user == editor
    assert list(curation.event_merged_from(event=merged)) == [gone]


def test_it_refuses_a_merge_with_nothing_to_merge():
    ev = f.event()
    with pytest.raises(ValidationError):
        curation.event_merge(keep=ev, others=[ev])


def test_it_rolls_back_a_merge_that_fails_halfway(monkeypatch):
    keep, dup = f.event(mention_in=f.article()), f.event(mention_in=f.article())

    def boom(*a, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Event, "delete", boom)
    with pytest.raises(RuntimeError):
        curation.event_merge(keep=keep, others=[dup])
    assert Mention.objects.get(article__in=dup.mentions.values("article")).event_id == dup.pk
    keep.refresh_from_db()
    assert not keep.editor_modified


def test_it_suggests_duplicates_with_same_actor_type_and_overlapping_date():
    lavrov = f.actor()
    a1, a2 = f.article(), f.article()
    ev = f.event(actor=lavrov, date_start=date(2026, 1, 7), mention_in=a1)
    month = f.event(actor=lavrov, date_start=date(2026, 1, 1), date_end=date(2026, 1, 31),
                    precision="month", date_value="2026-01", mention_in=a2)
    f.event(actor=lavrov, date_start=date(2026, 2, 7), mention_in=a2)  # other date
    f.event(actor=lavrov, type="threat", cameo="13", mention_in=a2)  # other type
    f.event(actor=f.actor(), date_start=date(2026, 1, 7), mention_in=a2)  # other actor
    f.event(actor=lavrov, date_start=date(2026, 1, 7), mention_in=a1)  # same article
    assert list(curation.event_duplicates(event=ev)) == [month]


def test_it_merges_actors_moving_events_aliases_and_timelines(editor):
    keep = f.actor(name="Sergey Lavrov")
    other = f.actor(name="S. Lavrov", country="RUS", role="foreign minister")
    ActorAlias.objects.create(actor=other, name="Lavrov")
    ActorAlias.objects.create(actor=keep, name="lavrov")  # same alias, kept once
    as_actor = f.event(actor=other)
    as_target = f.event(target=other)
    self_target = f.event(actor=keep, target=other)
    tl = Timeline.objects.create(slug="t", title="T")
    tl.actors.add(other)

    curation.actor_merge(keep=keep, others=[other], user=editor)

    assert not Actor.objects.filter(pk=other.pk).exists()
    keep.refresh_from_db()
    assert (keep.country, keep.role) == ("RUS", "foreign minister")
    assert sorted(keep.aliases.values_list("normalized", flat=True)) == ["lavrov", "s. lavrov"]
    as_actor.refresh_from_db(), as_target.refresh_from_db(), self_target.refresh_from_db()
    assert as_actor.actor == keep and as_target.target == keep
    assert self_target.actor == keep and self_target.target is None
    assert list(tl.actors.all()) == [keep]
    assert as_actor.history.latest().history_user == editor


def test_it_reviews_actors_in_bulk_with_history(editor):
    a = f.actor(status=ReviewStatus.PENDING)
    assert curation.actors_review(actors=Actor.objects.all(), status="approved",
                                  user=editor) == 1
    assert a.history.latest().status == "approved"
    with pytest.raises(ValueError):
        curation.actors_review(actors=[a], status="maybe")
