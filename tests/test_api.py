"""REST API: events, actors, timelines, articles (reads); permissions, filters, pagination."""
from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from events.models import ActorAlias, Mention, ReviewStatus, Timeline
from tests import factories as f

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events/"


def make_editor(django_user_model, username="api-editor"):
    # No password: hashing one costs a third of a second and these clients log in by token
    # or force_authenticate.
    user = django_user_model.objects.create_user(username, f"{username}@example.com", None,
                                                 is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="events", codename__in=["view_event", "add_article"]))
    return django_user_model.objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor_api(django_user_model):
    client = APIClient()
    client.force_authenticate(make_editor(django_user_model))
    return client


@pytest.fixture
def world():
    """A small world: two actors, an article, approved/pending/rejected events."""
    putin = f.actor(name="Vladimir Putin", slug="vladimir-putin", country="RUS",
                    role="president")
    macron = f.actor(name="Emmanuel Macron", slug="emmanuel-macron", country="FRA")
    ActorAlias.objects.create(actor=putin, name="the Kremlin")
    art = f.article(title="Macron and Putin", url="https://news.example.org/1",
                    outlet="Reuters", body="On January 7, Macron said he intended to talk.")
    call = f.event(type="call_for_talks", cameo="026", actor=macron, target=putin,
                   date_start=date(2025, 12, 11), date_end=date(2025, 12, 20),
                   precision="month", date_mod="MID", date_value="2025-12",
                   date_source="text", date_text="In mid-December",
                   summary="Macron calls for talks with Putin", quote="We must talk",
                   mention_in=art, confidence=0.8)
    meet = f.event(type="meeting", cameo="040", actor=putin, date_start=date(2026, 1, 7),
                   summary="Putin meets envoys about a ceasefire")
    pending = f.event(type="statement", actor=putin, status=ReviewStatus.PENDING,
                      date_start=date(2026, 1, 8), summary="Unreviewed claim")
    rejected = f.event(type="threat", cameo="13", actor=putin, status=ReviewStatus.REJECTED,
                       date_start=date(2026, 1, 9))
    undated = f.event(type="statement", actor=macron, date_start=None, summary="Undated")
    return dict(putin=putin, macron=macron, article=art, call=call, meet=meet,
                pending=pending, rejected=rejected, undated=undated)


def ids(response):
    assert response.status_code == 200, response.content
    return [e["id"] for e in response.json()["results"]]


# --- Shape and permissions --------------------------------------------------------------------

def test_it_lists_events_in_the_contract_shape(api, world):
    body = api.get(EVENTS).json()
    assert set(body) == {"next", "previous", "results"}
    ev = body["results"][0]
    assert ev["id"] == world["call"].pk
    assert ev["url"] == f"http://testserver/api/v1/events/{world['call'].pk}/"
    assert (ev["type"], ev["type_label"], ev["cameo"]) == ("call_for_talks", "Call for talks",
                                                           "026")
    assert ev["date"] == {"start": "2025-12-11", "end": "2025-12-20", "precision": "month",
                          "mod": "MID", "value": "2025-12", "display": "mid-December 2025",
                          "source": "text", "text": "In mid-December"}
    assert ev["actor"] == {"id": world["macron"].pk, "slug": "emmanuel-macron",
                           "name": "Emmanuel Macron", "kind": "person", "country": "FRA",
                           "role": ""}
    assert ev["target"]["slug"] == "vladimir-putin"
    assert (ev["summary"], ev["quote"], ev["confidence"]) == (
        "Macron calls for talks with Putin", "We must talk", 0.8)
    art = world["article"]
    assert ev["sources"] == [{"article_id": art.pk, "title": "Macron and Putin",
                              "url": "https://news.example.org/1", "outlet": "Reuters",
                              "published": "2026-01-20", "sentence": art.body[:20],
                              "start": 0, "end": 20}]
    assert "status" not in ev and "editor_modified" not in ev


def test_it_never_shows_the_public_pending_or_rejected_events(api, world):
    assert ids(api.get(EVENTS)) == [world["call"].pk, world["meet"].pk]
    assert ids(api.get(EVENTS, {"status": "pending"})) == []
    assert api.get(f"{EVENTS}{world['pending'].pk}/").status_code == 404
    assert api.get(f"{EVENTS}{world['rejected'].pk}/").status_code == 404


def test_it_shows_editors_every_status_and_their_fields(editor_api, world):
    got = editor_api.get(EVENTS).json()["results"]
    assert [e["id"] for e in got] == [world[k].pk for k in ("call", "meet", "pending",
                                                            "rejected")]
    assert {e["status"] for e in got} == {"approved", "pending", "rejected"}
    assert {"editor_modified", "reviewed_at"} <= set(got[0])
    assert ids(editor_api.get(EVENTS, {"status": "pending"})) == [world["pending"].pk]
    assert editor_api.get(f"{EVENTS}{world['pending'].pk}/").status_code == 200


def test_it_treats_staff_without_the_view_permission_as_public(django_user_model, world):
    client = APIClient()
    client.force_authenticate(django_user_model.objects.create_user("staff", is_staff=True))
    assert world["pending"].pk not in ids(client.get(EVENTS))


def test_it_shows_an_undated_event_by_id_but_not_in_date_order(api, world):
    assert world["undated"].pk not in ids(api.get(EVENTS))
    body = api.get(f"{EVENTS}{world['undated'].pk}/").json()
    assert body["date"]["start"] is None and body["date"]["display"] == "undated"


# --- Filters ----------------------------------------------------------------------------------

def test_it_filters_by_repeatable_type(api, world):
    assert ids(api.get(EVENTS, {"type": "meeting"})) == [world["meet"].pk]
    assert ids(api.get(f"{EVENTS}?type=meeting&type=call_for_talks")) == [
        world["call"].pk, world["meet"].pk]


def test_it_filters_by_actor_id_or_slug_as_actor_or_target(api, world):
    putin, macron = world["putin"], world["macron"]
    assert ids(api.get(EVENTS, {"actor": "vladimir-putin"})) == [world["call"].pk,
                                                                 world["meet"].pk]
    assert ids(api.get(EVENTS, {"actor": str(macron.pk)})) == [world["call"].pk]
    both = api.get(f"{EVENTS}?actor={macron.pk}&actor={putin.slug}")
    assert ids(both) == [world["call"].pk, world["meet"].pk]


def test_it_filters_by_country_of_actor_or_target(api, world):
    assert ids(api.get(EVENTS, {"country": "fra"})) == [world["call"].pk]
    assert ids(api.get(EVENTS, {"country": "RUS"})) == [world["call"].pk, world["meet"].pk]
    assert ids(api.get(EVENTS, {"country": "DEU"})) == []


def test_it_filters_by_overlapping_date_range(api, world):
    # The call (11–20 December) overlaps a window that starts on 15 December.
    assert ids(api.get(EVENTS, {"date_after": "2025-12-15", "date_before": "2025-12-31"})) \
        == [world["call"].pk]
    assert ids(api.get(EVENTS, {"date_after": "2025-12-21"})) == [world["meet"].pk]
    assert ids(api.get(EVENTS, {"date_before": "2025-12-10"})) == []


def test_it_keeps_long_ranges_that_began_well_before_the_window(api):
    # On PostgreSQL the window also bounds date_start by the longest range (for the index);
    # a decade that began ten years earlier must still overlap the window.
    decade = f.event(date_start=date(2000, 1, 1), date_end=date(2009, 12, 31),
                     precision="decade", date_value="200", date_source="text")
    day = f.event(date_start=date(2009, 6, 1))
    f.event(date_start=date(2008, 1, 1))
    assert ids(api.get(EVENTS, {"date_after": "2009-06-01"})) == [decade.pk, day.pk]
    assert ids(api.get(EVENTS, {"date_after": "2010-01-01"})) == []


def test_it_filters_by_cameo_prefix_article_and_text(api, world):
    assert ids(api.get(EVENTS, {"cameo": "04"})) == [world["meet"].pk]
    assert ids(api.get(EVENTS, {"cameo": "0"})) == [world["call"].pk, world["meet"].pk]
    assert ids(api.get(EVENTS, {"article": world["article"].pk})) == [world["call"].pk]
    assert ids(api.get(EVENTS, {"q": "ceasefire"})) == [world["meet"].pk]


def test_it_orders_newest_first_on_request(api, world):
    assert ids(api.get(EVENTS, {"ordering": "-date"})) == [world["meet"].pk, world["call"].pk]


@pytest.mark.parametrize("params, field", [
    ({"date_after": "2025-13-45"}, "date_after"),
    ({"date_before": "yesterday"}, "date_before"),
    ({"date_after": "2026-01-02", "date_before": "2026-01-01"}, "date_before"),
    ({"type": "summit"}, "type"),
    ({"country": "Russia"}, "country"),
    ({"country": "ZZZ"}, "country"),
    ({"actor": "nobody-at-all"}, "actor"),
    ({"actor": "bad slug!"}, "actor"),
    ({"status": "maybe"}, "status"),
    ({"cameo": "x1"}, "cameo"),
    ({"article": "abc"}, "article"),
    ({"ordering": "title"}, "ordering"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"page_size": "lots"}, "page_size"),
    ({"page_size": "100000"}, "page_size"),
])
def test_it_rejects_bad_filter_values_with_a_field_error(api, world, params, field):
    response = api.get(EVENTS, params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert field in response.json()


# --- Pagination -------------------------------------------------------------------------------

def _walk(client, url, params=None):
    seen, pages = [], 0
    response = client.get(url, params)
    while True:
        pages += 1
        seen += ids(response)
        nxt = response.json()["next"]
        if not nxt:
            return seen, pages
        response = client.get(nxt)


def test_it_walks_every_event_once_in_date_then_id_order(api):
    actor = f.actor()
    days = [date(2026, 1, d) for d in (5, 1, 3, 3, 3, 2, 5, 4, 1, 3)]
    made = [f.event(actor=actor, date_start=d) for d in days]
    expected = [e.pk for e in sorted(made, key=lambda e: (e.date_start, e.pk))]
    seen, pages = _walk(api, EVENTS, {"page_size": 3})
    assert seen == expected and pages == 4
    back, _ = _walk(api, EVENTS, {"page_size": 3, "ordering": "-date"})
    assert back == expected[::-1]


def test_it_follows_previous_links_back_to_the_same_pages(api):
    actor = f.actor()
    for d in (1, 1, 2, 2, 3, 3, 4):
        f.event(actor=actor, date_start=date(2026, 2, d))
    first = api.get(EVENTS, {"page_size": 2}).json()
    second = api.get(first["next"]).json()
    third = api.get(second["next"]).json()
    back = api.get(third["previous"]).json()
    assert [e["id"] for e in back["results"]] == [e["id"] for e in second["results"]]
    again = api.get(back["previous"]).json()
    assert [e["id"] for e in again["results"]] == [e["id"] for e in first["results"]]
    assert first["previous"] is None


def test_it_keeps_pages_stable_when_events_are_inserted(api):
    actor = f.actor()
    for d in (1, 2, 2, 3, 4):
        f.event(actor=actor, date_start=date(2026, 3, d))
    first = api.get(EVENTS, {"page_size": 2}).json()
    # Inserts on the boundary date and before the cursor must neither repeat nor skip rows.
    f.event(actor=actor, date_start=date(2026, 3, 1))
    late = f.event(actor=actor, date_start=date(2026, 3, 2))
    rest, _ = _walk(api, first["next"])
    before = [e["id"] for e in first["results"]]
    assert not set(before) & set(rest)
    assert late.pk in rest  # same date as the cursor row, larger id: after it
    assert len(before) + len(rest) == 6


@pytest.mark.parametrize("page_size", [2, 20])
def test_it_runs_a_constant_number_of_queries_whatever_the_page_size(
        api, django_assert_num_queries, page_size):
    for i in range(25):
        art = f.article()
        a, b = f.actor(country="RUS"), f.actor(country="FRA")
        f.event(actor=a, target=b, date_start=date(2025, 1, 1 + i % 28), mention_in=art)
    # One query for the events (with actor and target), one for their sources.
    with django_assert_num_queries(2):
        assert len(ids(api.get(EVENTS, {"page_size": page_size}))) == page_size
    with django_assert_num_queries(2):
        api.get(EVENTS, {"page_size": page_size, "country": "RUS", "type": "statement"})
    with django_assert_num_queries(3):  # + resolving the actor slug
        api.get(EVENTS, {"page_size": page_size, "actor": a.slug})
    tl = Timeline.objects.create(slug="all-rus", title="Russia", countries=["RUS"])
    with django_assert_num_queries(4):  # + the timeline and its actor criteria
        assert len(ids(api.get(f"/api/v1/timelines/{tl.slug}/events/",
                               {"page_size": page_size}))) == page_size


# --- Actors -----------------------------------------------------------------------------------

def test_it_finds_actors_by_name_or_alias(api, world):
    by_alias = api.get("/api/v1/actors/", {"q": "kremlin"}).json()["results"]
    assert [a["slug"] for a in by_alias] == ["vladimir-putin"]
    assert by_alias[0]["aliases"] == ["the Kremlin"]
    by_name = api.get("/api/v1/actors/", {"q": "macron"}).json()["results"]
    assert [a["slug"] for a in by_name] == ["emmanuel-macron"]


def test_it_shows_an_actor_with_its_visible_events(api, world):
    body = api.get("/api/v1/actors/vladimir-putin/").json()
    assert body["name"] == "Vladimir Putin"
    assert [e["id"] for e in body["events"]] == [world["meet"].pk, world["call"].pk]
    assert body["events_url"].endswith("/api/v1/events/?actor=vladimir-putin")
    assert api.get(f"/api/v1/actors/{world['putin'].pk}/").json()["slug"] == "vladimir-putin"
    assert api.get("/api/v1/actors/nobody/").status_code == 404
    # Found by schemathesis: "³" is a digit to str.isdigit() but not to int().
    assert api.get("/api/v1/actors/\u00b3/").status_code == 404


def test_it_hides_pending_actors_from_the_public(api, editor_api):
    f.actor(name="New Envoy", slug="new-envoy", status=ReviewStatus.PENDING)
    assert api.get("/api/v1/actors/new-envoy/").status_code == 404
    assert editor_api.get("/api/v1/actors/new-envoy/").status_code == 200


# --- Articles ---------------------------------------------------------------------------------

def test_it_lists_articles_newest_first_and_shows_one_with_its_events(api, world):
    older = f.article(title="Older", published=date(2025, 1, 1))
    listed = api.get("/api/v1/articles/").json()["results"]
    assert [a["id"] for a in listed] == [world["article"].pk, older.pk]
    assert "body" not in listed[0]
    Mention.objects.create(event=world["pending"], article=world["article"], sentence="x",
                           start=30, end=31)
    body = api.get(f"/api/v1/articles/{world['article'].pk}/").json()
    assert body["body"].startswith("On January 7")
    assert [e["id"] for e in body["events"]] == [world["call"].pk]  # not the pending one


# --- Timelines --------------------------------------------------------------------------------

@pytest.fixture
def timeline(world):
    tl = Timeline.objects.create(slug="russia-talks", title="Russia talks",
                                 description="Calls for talks")
    tl.actors.add(world["putin"])
    return tl


def test_it_shows_a_timeline_as_the_widget_expects(api, timeline):
    body = api.get("/api/v1/timelines/russia-talks/").json()
    assert set(body) == {"slug", "title", "description", "url", "events_url", "updated_at"}
    assert body["events_url"] == "http://testserver/api/v1/timelines/russia-talks/events/"


def test_it_lists_a_timelines_visible_events_in_order_with_filters(api, timeline, world):
    url = "/api/v1/timelines/russia-talks/events/"
    assert ids(api.get(url)) == [world["call"].pk, world["meet"].pk]
    assert ids(api.get(url, {"type": "meeting"})) == [world["meet"].pk]
    assert api.get(url, {"type": "nope"}).status_code == 400


def test_it_hides_private_timelines_from_the_public(api, editor_api):
    Timeline.objects.create(slug="draft", title="Draft", is_public=False)
    assert api.get("/api/v1/timelines/draft/").status_code == 404
    assert api.get("/api/v1/timelines/draft/events/").status_code == 404
    assert editor_api.get("/api/v1/timelines/draft/").status_code == 200


def test_it_answers_304_to_a_revalidating_client(api, timeline, world):
    url = "/api/v1/timelines/russia-talks/events/"
    first = api.get(url)
    assert first["ETag"]
    again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    world["meet"].summary = "Changed"
    world["meet"].save()
    assert api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
    detail = api.get("/api/v1/timelines/russia-talks/")
    assert detail["Last-Modified"]
    assert api.get("/api/v1/timelines/russia-talks/",
                   HTTP_IF_MODIFIED_SINCE=detail["Last-Modified"]).status_code == 304


# --- Cross-cutting ----------------------------------------------------------------------------

def test_it_opens_cors_for_public_reads_without_credentials(api, world):
    response = api.get(EVENTS, HTTP_ORIGIN="https://newsroom.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_it_throttles_anonymous_clients_with_retry_after(api, world, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/min", "user": None})
    assert api.get(EVENTS).status_code == 200
    assert api.get(EVENTS).status_code == 200
    third = api.get(EVENTS)
    assert third.status_code == 429
    assert int(third["Retry-After"]) > 0
    assert "detail" in third.json()


def test_it_serves_the_root_and_the_docs_page(api):
    from django.urls import reverse

    root = api.get(reverse("api-root")).json()
    assert set(root) == {"events", "actors", "articles", "timelines"}
    assert api.get(reverse("api-docs")).status_code == 200


def test_it_keeps_long_ranges_in_a_timeline_window(api):
    decade = f.event(date_start=date(2000, 1, 1), date_end=date(2009, 12, 31),
                     precision="decade", date_value="200", date_source="text")
    f.event(date_start=date(2008, 1, 1))
    Timeline.objects.create(slug="late-2009", title="Late 2009", date_from=date(2009, 6, 1))
    assert ids(api.get("/api/v1/timelines/late-2009/events/")) == [decade.pk]
