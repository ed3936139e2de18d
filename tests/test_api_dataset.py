"""manage.py generate_dataset: a consistent synthetic dataset, repeatable from its seed."""
from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F

from events.models import Actor, Article, Event, Mention, Timeline

pytestmark = pytest.mark.django_db


def test_it_generates_a_consistent_dataset_the_api_can_serve(client):
    call_command("generate_dataset", events=300, actors=20, articles=40, batch=100,
                 stdout=open("/dev/null", "w"))
    assert (Event.objects.count(), Actor.objects.count(), Article.objects.count()) == (
        300, 20, 40)
    assert Mention.objects.count() >= 300
    assert not Event.objects.filter(date_end__lt=F("date_start")).exists()
    assert Timeline.objects.count() == 3
    # Sequences were reset: ordinary inserts still work after explicit ids.
    Actor.objects.create(name="After", slug="after-generate")
    page = client.get("/api/v1/events/", {"page_size": 200}).json()
    assert len(page["results"]) == 200 and page["next"]


def test_it_gives_the_same_data_for_the_same_seed():
    call_command("generate_dataset", events=50, actors=5, articles=10, seed=3,
                 stdout=open("/dev/null", "w"))
    first = list(Event.objects.order_by("id").values_list("type", "date_start", "actor_id"))
    Mention.objects.all().delete()
    Event.objects.all().delete()
    Timeline.objects.all().delete()
    Article.objects.all().delete()
    Actor.objects.all().delete()
    call_command("generate_dataset", events=50, actors=5, articles=10, seed=3,
                 stdout=open("/dev/null", "w"))
    second = list(Event.objects.order_by("id").values_list("type", "date_start", "actor_id"))
    assert [r[:2] for r in first] == [r[:2] for r in second]


def test_it_refuses_nonsense_sizes():
    with pytest.raises(CommandError):
        call_command("generate_dataset", events=0)
    with pytest.raises(CommandError):
        call_command("generate_dataset", actors=1)
