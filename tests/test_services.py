from datetime import date

import pytest

from events import services
from events.models import Actor, ActorAlias, Article, Event, Mention, ReviewStatus
from events.parser.seedformat import ArticleFormatError
from tests import factories as f

pytestmark = pytest.mark.django_db

BODY = "Lavrov said Russia is open to talks. Macron urged the EU to prepare for talks."


def store(events, **kw):
    kw.setdefault("body", BODY)
    return services.article_store(article=f.article_input(**kw), extracted=events)


def parser_returns(monkeypatch, events):
    monkeypatch.setattr(services.parser_mod, "parse_article", lambda **kw: list(events))


def test_it_stores_an_article_its_events_actors_and_mentions():
    result = store([f.extracted(body=BODY, evidence=((0, 36),)),
                    f.extracted(type="call_for_talks", actor="Emmanuel Macron", country="FRA",
                                target="European Union", body=BODY, evidence=((37, 79),))])
    assert result.status == "new" and result.events_created == 2
    ev = Event.objects.get(type="call_for_talks")
    assert (ev.actor.name, ev.actor.country, ev.target.name) == (
        "Emmanuel Macron", "FRA", "European Union")
    assert ev.status == ReviewStatus.PENDING
    mention = ev.mentions.get()
    assert BODY[mention.start:mention.end] == mention.sentence
    assert mention.article == result.article


def test_it_changes_nothing_when_the_same_text_is_ingested_again(monkeypatch):
    parser_returns(monkeypatch, [f.extracted(body=BODY)])
    first = services.article_ingest(article=f.article_input(body=BODY))
    again = services.article_ingest(article=f.article_input(body=BODY + "\n"))
    assert first.status == "new" and again.status == "unchanged"
    assert "nothing changed" in again.message
    assert again.article.pk == first.article.pk
    assert (Article.objects.count(), Event.objects.count(), Mention.objects.count()) == (1, 1, 1)


def test_it_stores_nothing_when_an_event_cannot_be_stored():
    bad = f.extracted(body=BODY, evidence=((5, 5),))  # offsets the database refuses
    with pytest.raises(Exception):
        store([f.extracted(body=BODY), bad])
    assert (Article.objects.count(), Event.objects.count(), Actor.objects.count()) == (0, 0, 0)


def test_it_refuses_an_empty_body_before_touching_the_database():
    with pytest.raises(ArticleFormatError, match="no body"):
        store([], body="   ")
    assert Article.objects.count() == 0


def test_it_makes_one_event_with_two_sources_when_two_articles_report_it():
    store([f.extracted(body=BODY)], title="First")
    second = store([f.extracted(body=BODY + " More.")], title="Second", url="https://x.org/2")
    assert second.events_created == 0 and second.events_linked == 1
    ev = Event.objects.get()
    assert ev.mentions.values("article").distinct().count() == 2


def test_it_keeps_vague_dates_from_different_articles_apart():
    store([f.extracted(body=BODY, source="none")], title="First")
    store([f.extracted(body=BODY, source="none")], title="Second")
    assert Event.objects.count() == 2


def test_it_reparses_replacing_only_events_no_editor_touched(monkeypatch):
    a = f.extracted(body=BODY, evidence=((0, 36),))
    b = f.extracted(type="call_for_talks", actor="Emmanuel Macron", body=BODY,
                    evidence=((37, 79),))
    result = store([a, b])
    edited = Event.objects.get(type="statement")
    edited.summary = "Lavrov: open to talks (editor's words)"
    edited.editor_modified = True
    edited.save()
    approved = Event.objects.get(type="call_for_talks")
    services.event_review(event=approved, status=ReviewStatus.APPROVED)

    parser_returns(monkeypatch, [f.extracted(type="criticism", body=BODY, evidence=((0, 36),))])
    again = services.article_reparse(article=result.article)

    assert again.events_created == 1
    kept = Event.objects.get(pk=edited.pk)
    assert kept.summary == "Lavrov: open to talks (editor's words)"
    assert kept.mentions.count() == 1
    assert Event.objects.get(pk=approved.pk).status == ReviewStatus.APPROVED
    assert set(Event.objects.values_list("type", flat=True)) == {
        "statement", "call_for_talks", "criticism"}


def test_it_drops_untouched_events_the_new_parse_no_longer_finds(monkeypatch):
    result = store([f.extracted(body=BODY)])
    parser_returns(monkeypatch, [])
    services.article_reparse(article=result.article)
    assert Event.objects.count() == 0


def test_it_updates_an_article_whose_url_comes_back_with_new_text(monkeypatch):
    parser_returns(monkeypatch, [f.extracted(body=BODY)])
    first = services.article_ingest(article=f.article_input(url="https://x.org/a"))
    parser_returns(monkeypatch, [f.extracted(type="criticism", body=BODY)])
    second = services.article_ingest(
        article=f.article_input(url="https://x.org/a", body=BODY + " Update."))
    assert second.status == "updated" and second.article.pk == first.article.pk
    assert list(Event.objects.values_list("type", flat=True)) == ["criticism"]


def test_it_resolves_actors_by_name_or_alias_and_marks_discovered_ones_pending():
    lavrov = services.actor_create(name="Sergey Lavrov", country="RUS", aliases=("Sergei Lavrov",))
    store([f.extracted(actor="sergei lavrov", body=BODY),
           f.extracted(type="criticism", actor="Paula Pinho", country="EUR", known=False,
                       body=BODY)])
    assert Event.objects.get(type="statement").actor == lavrov
    pinho = Actor.objects.get(name="Paula Pinho")
    assert pinho.status == ReviewStatus.PENDING and pinho.slug == "paula-pinho"


def test_it_gives_actors_with_the_same_name_distinct_slugs():
    one = services.actor_create(name="John Smith")
    two = services.actor_create(name="John Smith!")
    assert (one.slug, two.slug) == ("john-smith", "john-smith-2")


def test_it_hands_editors_aliases_to_the_parser_and_sees_new_ones(monkeypatch):
    seen = []
    monkeypatch.setattr(services.parser_mod, "parse_article",
                        lambda **kw: seen.append(kw["gazetteer"]) or [])
    actor = services.actor_create(name="Sergey Lavrov", kind="person", country="RUS")
    services.article_ingest(article=f.article_input(body="One."))
    ActorAlias.objects.create(actor=actor, name="Russia's top diplomat")
    services.article_ingest(article=f.article_input(body="Two."))
    first, second = (next(a for a in g.actors if a.name == "Sergey Lavrov") for g in seen)
    assert first.aliases == () and second.aliases == ("Russia's top diplomat",)


def test_it_records_who_reviewed_an_event(django_user_model):
    user = django_user_model.objects.create_user("ed", password="x")
    ev = f.event(status=ReviewStatus.PENDING)
    services.event_review(event=ev, status=ReviewStatus.APPROVED, user=user)
    ev.refresh_from_db()
    assert (ev.status, ev.reviewed_by) == (ReviewStatus.APPROVED, user)
    assert ev.history.first().history_user == user


def test_it_hashes_text_ignoring_whitespace_but_not_words():
    h = services.content_hash
    d = date(2026, 1, 1)
    assert h(title="T", published=d, body="a  b\n") == h(title="T", published=d, body="a b")
    assert h(title="T", published=d, body="a b") != h(title="T", published=d, body="a c")


def test_the_ingest_task_takes_and_returns_plain_data(monkeypatch):
    from events.tasks import ingest_article_task

    parser_returns(monkeypatch, [f.extracted(body=BODY)])
    out = ingest_article_task({"title": "T", "published": "2026-01-20", "body": BODY})
    assert out["status"] == "new" and out["events_created"] == 1
    assert ingest_article_task({"title": "T", "published": "2026-01-20", "body": BODY})[
        "status"] == "unchanged"
