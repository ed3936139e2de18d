from datetime import date

import pytest
from django.db import IntegrityError, transaction

from events.models import ActorAlias, Article, Event, Mention
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_it_refuses_two_articles_with_the_same_content_hash():
    f.article(content_hash="a" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        f.article(content_hash="a" * 64)


def test_it_allows_many_articles_without_url_but_not_the_same_url_twice():
    f.article(url=None)
    f.article(url=None)
    f.article(url="https://example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        f.article(url="https://example.org/a")
    assert Article.objects.count() == 3


def test_it_refuses_an_event_whose_range_ends_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        f.event(date_start=date(2026, 1, 10), date_end=date(2026, 1, 1))


def test_it_refuses_an_undated_event_with_a_range():
    with pytest.raises(IntegrityError), transaction.atomic():
        f.event(date_source="none")


def test_it_refuses_confidence_outside_zero_to_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        f.event(confidence=1.5)


def test_it_refuses_an_unknown_event_type():
    with pytest.raises(IntegrityError), transaction.atomic():
        f.event(type="coup")


def test_it_refuses_a_country_that_is_not_three_capitals():
    with pytest.raises(IntegrityError), transaction.atomic():
        f.actor(country="ru")


def test_it_refuses_mention_offsets_out_of_order():
    ev = f.event()
    art = f.article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(event=ev, article=art, sentence="x", start=10, end=5)


def test_it_normalises_aliases_and_keeps_them_unique_per_actor():
    a = f.actor(name="Sergey Lavrov")
    alias = ActorAlias.objects.create(actor=a, name="  Sergei   LAVROV ")
    assert alias.normalized == "sergei lavrov"
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorAlias.objects.create(actor=a, name="sergei lavrov")


def test_it_records_history_of_event_changes():
    ev = f.event(summary="before")
    ev.summary = "after"
    ev.save()
    assert [h.summary for h in ev.history.order_by("history_id")] == ["before", "after"]


def test_it_deletes_an_articles_mentions_with_it_but_keeps_events():
    art = f.article()
    ev = f.event(mention_in=art)
    art.delete()
    assert Mention.objects.count() == 0
    assert Event.objects.filter(pk=ev.pk).exists()
