"""Smoke tests: every admin page of every model renders for a superuser, with bounded queries
on the changelists, and no admin page can be framed."""
from datetime import date

import pytest
from django.urls import reverse

from events.models import ActorAlias, Event, Mention, ReviewStatus, Timeline
from tests import factories as f

pytestmark = pytest.mark.django_db

MODELS = ("event", "actor", "actoralias", "article", "timeline")


def make_world():
    """A little of everything: two articles reporting one meeting, a timeline, an alias."""
    lavrov = f.actor(name="Sergey Lavrov", slug="sergey-lavrov", country="RUS",
                     role="foreign minister")
    france = f.actor(name="France", slug="france", kind="state", country="FRA")
    ActorAlias.objects.create(actor=lavrov, name="Lavrov")
    body = ("Moscow, 20 January. On January 7, Lavrov met French envoys in Geneva. "
            "France said the talks were useful.")
    a1 = f.article(title="Lavrov meets French envoys", body=body, outlet="Reuters",
                   url="https://example.com/a1")
    a2 = f.article(title="Geneva talks", body=body + " More.", outlet="AP")
    start = body.index("On January 7")
    ev = f.event(actor=lavrov, target=france, type="meeting", cameo="040",
                 date_start=date(2026, 1, 7), date_source="text", date_text="January 7",
                 status=ReviewStatus.PENDING, confidence=0.8, summary="Lavrov met French envoys")
    Mention.objects.create(event=ev, article=a1, sentence=body[start:body.index("Geneva.") + 7],
                           start=start, end=body.index("Geneva.") + 7)
    dup = f.event(actor=lavrov, type="meeting", cameo="040", date_start=date(2026, 1, 7),
                  status=ReviewStatus.PENDING, mention_in=a2, confidence=0.3)
    tl = Timeline.objects.create(slug="lavrov", title="Lavrov's diplomacy", types=["meeting"])
    tl.actors.add(lavrov)
    tl.events.add(ev)
    ev.status = ReviewStatus.APPROVED
    ev.save()
    return {"event": ev, "dup": dup, "actor": lavrov, "target": france, "article": a1,
            "article2": a2, "timeline": tl, "actoralias": lavrov.aliases.get()}


@pytest.fixture
def world():
    return make_world()


@pytest.fixture
def su_client(client, django_user_model):
    # No password: hashing one costs more than the rest of a test.
    root = django_user_model.objects.create(username="root", is_staff=True, is_superuser=True)
    client.force_login(root)
    return client


def obj_for(world, model):
    return world[model]


@pytest.mark.parametrize("model", MODELS)
def test_it_renders_the_changelist_of_every_model(su_client, world, model):
    r = su_client.get(reverse(f"admin:events_{model}_changelist"))
    assert r.status_code == 200
    assert r.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("model", MODELS)
def test_it_renders_the_change_history_and_delete_pages(su_client, world, model):
    pk = obj_for(world, model).pk
    for view in ("change", "history", "delete"):
        r = su_client.get(reverse(f"admin:events_{model}_{view}", args=[pk]))
        assert r.status_code == 200, (model, view)


@pytest.mark.parametrize("model", [m for m in MODELS if m != "article"])
def test_it_renders_the_add_page(su_client, world, model):
    assert su_client.get(reverse(f"admin:events_{model}_add")).status_code == 200


def test_it_sends_article_add_to_the_upload_form(su_client):
    r = su_client.get(reverse("admin:events_article_add"))
    assert r.status_code == 302 and r.url == reverse("admin:events_article_upload")
    r = su_client.get(r.url)
    assert r.status_code == 200 and b"Upload and parse" in r.content


@pytest.mark.parametrize("model", ["event", "actor", "actoralias"])
def test_it_renders_import_and_export_pages(su_client, world, model):
    for view in ("import", "export"):
        r = su_client.get(reverse(f"admin:events_{model}_{view}"))
        assert r.status_code == 200, view


@pytest.mark.parametrize("model", ["event", "actor", "timeline"])
def test_it_renders_a_historical_version_with_revert(su_client, world, model):
    obj = obj_for(world, model)
    record = obj.history.earliest()
    url = reverse(f"admin:events_{model}_simple_history", args=[obj.pk, record.history_id])
    r = su_client.get(url)
    assert r.status_code == 200 and b"Revert" in r.content


def test_it_renders_the_history_with_a_diff(su_client, world):
    r = su_client.get(reverse("admin:events_event_history", args=[world["event"].pk]))
    assert b"Pending review" in r.content or b"pending" in r.content
    assert b"Approved" in r.content or b"approved" in r.content


@pytest.mark.parametrize("action", ["merge_selected"])
@pytest.mark.parametrize("model", ["event", "actor"])
def test_it_renders_the_merge_confirmation_page(su_client, world, model, action):
    ids = [world[model].pk, world["dup" if model == "event" else "target"].pk]
    # The browser posts to the list's own URL, filters included.
    query = "?status=all" if model == "event" else ""
    r = su_client.post(reverse(f"admin:events_{model}_changelist") + query,
                       {"action": action, "_selected_action": ids})
    assert r.status_code == 200
    assert b"Merge into the selected one" in r.content
    assert r.content.count(b'name="keep"') == 2


def test_it_renders_the_event_page_with_highlighted_evidence(su_client, world):
    r = su_client.get(reverse("admin:events_event_change", args=[world["event"].pk]))
    html = r.content.decode()
    assert '<mark class="ev-date">January 7</mark>' in html
    assert '<mark class="ev-actor">Lavrov</mark>' in html
    assert reverse("admin:events_article_change", args=[world["article"].pk]) in html
    assert "Save and approve" in html and "Save and reject" in html
    assert f"?dup_of={world['event'].pk}" in html  # duplicate suggestion
    assert 'value="7 January 2026"' in html  # the date as an editor reads it


def test_it_answers_the_actor_autocomplete(su_client, world):
    r = su_client.get(reverse("admin:autocomplete"), {
        "term": "lavr", "app_label": "events", "model_name": "event", "field_name": "actor"})
    assert r.status_code == 200
    assert [x["text"] for x in r.json()["results"]] == ["Sergey Lavrov"]


def test_it_renders_timeline_preview_and_embed_snippet(su_client, world, settings):
    settings.SITE_URL = "https://timeline.example"
    r = su_client.get(reverse("admin:events_timeline_change", args=[world["timeline"].pk]))
    html = r.content.decode()
    assert "Lavrov met French envoys" in html  # approved: in the preview
    assert "&lt;script src=&quot;https://timeline.example/embed.js&quot; " \
           "data-timeline=&quot;lavrov&quot; async&gt;&lt;/script&gt;" in html
    assert "https://timeline.example/embed/timelines/lavrov/" in html


def test_it_keeps_pending_events_out_of_the_timeline_preview(su_client, world):
    tl = world["timeline"]
    tl.events.add(world["dup"])
    r = su_client.get(reverse("admin:events_timeline_change", args=[tl.pk]))
    assert f"/admin/events/event/{world['dup'].pk}/change/" not in r.content.decode()


def test_it_opens_the_queue_on_pending_events_newest_first(su_client, world):
    newer = f.event(status=ReviewStatus.PENDING, summary="newest pending")
    r = su_client.get(reverse("admin:events_event_changelist"))
    shown = [e.pk for e in r.context["cl"].result_list]
    assert shown == [newer.pk, world["dup"].pk]  # the approved event is not in the queue
    r = su_client.get(reverse("admin:events_event_changelist"), {"status": "all"})
    assert len(r.context["cl"].result_list) == 3


@pytest.mark.parametrize("params,expected", [
    ({"q": "Lavrov"}, {"event", "dup"}),            # actor name
    ({"q": "lavr"}, {"event", "dup"}),              # part of a name
    ({"q": "French envoys"}, {"event"}),            # summary
    ({"q": "Geneva talks"}, {"dup"}),               # article title
    ({"q": "France"}, {"event"}),                   # target
    ({"confidence": "low"}, {"dup"}),
    ({"outlet": "Reuters"}, {"event"}),
    ({"country": "FRA"}, {"event"}),
    ({"type": "meeting", "precision": "day"}, {"event", "dup"}),
    ({"date_source": "text"}, {"event"}),
    ({"date_start__year": "2026"}, {"event", "dup"}),
])
def test_it_filters_and_searches_the_queue(su_client, world, params, expected):
    f.event(summary="unrelated", status=ReviewStatus.PENDING, confidence=0.9,
            date_start=date(2025, 5, 1))
    r = su_client.get(reverse("admin:events_event_changelist"), {"status": "all", **params})
    assert r.status_code == 200
    shown = {e.pk for e in r.context["cl"].result_list}
    assert shown == {world[k].pk for k in expected}


def test_it_filters_by_actor_and_lists_duplicates(su_client, world):
    url = reverse("admin:events_event_changelist")
    r = su_client.get(url, {"status": "all", "actor": world["target"].pk})
    assert {e.pk for e in r.context["cl"].result_list} == {world["event"].pk}
    r = su_client.get(url, {"status": "all", "dup_of": world["event"].pk})
    assert {e.pk for e in r.context["cl"].result_list} == {world["event"].pk, world["dup"].pk}


def test_it_shows_facet_counts_on_request(su_client, world):
    r = su_client.get(reverse("admin:events_event_changelist"), {"_facets": "1"})
    assert r.status_code == 200
    assert b"Pending review (1)" in r.content and b"Approved (1)" in r.content
    assert b"Low (&lt; 0.4) (1)" in r.content and b"Statement (0)" in r.content


def test_it_keeps_the_queue_queries_bounded(su_client, world, django_assert_max_num_queries):
    url = reverse("admin:events_event_changelist")
    su_client.get(url)  # warm the session
    for _ in range(60):
        ev = f.event(status=ReviewStatus.PENDING, mention_in=world["article"])
        Mention.objects.create(event=ev, article=world["article2"], sentence="s", start=3, end=9)
    with django_assert_max_num_queries(16):
        r = su_client.get(url, {"status": "all", "o": "1"})
    assert len(r.context["cl"].result_list) == 50


@pytest.mark.parametrize("model", ["actor", "article", "timeline", "actoralias"])
def test_it_keeps_other_changelists_bounded(su_client, world, model,
                                            django_assert_max_num_queries):
    for i in range(30):
        a = f.actor()
        ActorAlias.objects.create(actor=a, name=f"alias {i}")
        f.event(actor=a, mention_in=f.article())
        Timeline.objects.create(slug=f"t{i}", title=f"T{i}").actors.add(a)
    with django_assert_max_num_queries(14):
        assert su_client.get(reverse(f"admin:events_{model}_changelist")).status_code == 200


def test_it_never_runs_a_full_count_on_big_tables():
    from events.admin.paginator import CappedCountPaginator

    for _ in range(5):
        f.event()
    p = CappedCountPaginator(Event.objects.all(), 2)
    p.cap = 3
    assert p.count == 3 and p.is_estimate  # stopped at the cap
    p = CappedCountPaginator(Event.objects.all(), 2)
    assert p.count == 5 and not p.is_estimate


def test_it_drills_down_dates_without_scanning_the_events(su_client, world):
    url = reverse("admin:events_event_changelist")
    html = su_client.get(url, {"status": "all"}).content.decode()
    assert "date_start__year=2026" in html
    html = su_client.get(url, {"status": "all", "date_start__year": "2026"}).content.decode()
    assert "date_start__month=12" in html and "All dates" in html
    r = su_client.get(url, {"status": "all", "date_start__year": "2026",
                            "date_start__month": "1"})
    assert "date_start__day=31" in r.content.decode()
    assert {e.pk for e in r.context["cl"].result_list} == {world["event"].pk, world["dup"].pk}
