"""POST /api/v1/articles/: ingesting articles over the API, and refusing bad input cleanly."""
from __future__ import annotations

import json

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from events import services
from events.models import Article, Event
from events.parser.seedformat import MAX_BODY_BYTES
from tests import factories as f
from tests.test_api import make_editor

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"
BODY = "Lavrov said Russia is open to talks with Europe."
GOOD = {"title": "Lavrov on talks", "published": "2026-01-20", "body": BODY,
        "url": "https://news.example.org/lavrov", "outlet": "TASS"}


@pytest.fixture(autouse=True)
def parser_finds_one_event(monkeypatch):
    # The real parser is another helper's work; the API only has to pass its output through.
    monkeypatch.setattr(services.parser_mod, "parse_article", lambda **kw: [
        f.extracted(type="intent_to_negotiate", body=kw["body"], evidence=((0, 36),))])


@pytest.fixture
def editor_api(django_user_model):
    client = APIClient()
    client.force_authenticate(make_editor(django_user_model))
    return client


def post_json(client, data, **kw):
    return client.post(URL, json.dumps(data), content_type="application/json", **kw)


def test_it_ingests_a_json_article_and_returns_its_events(editor_api):
    response = post_json(editor_api, GOOD)
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["events_created"]) == ("new", 1)
    assert body["article"]["title"] == "Lavrov on talks"
    assert body["article"]["source_url"] == "https://news.example.org/lavrov"
    [event] = body["article"]["events"]
    assert event["type"] == "intent_to_negotiate" and event["status"] == "pending"
    assert event["sources"][0]["sentence"] == BODY[:36]
    # The same text again is not a second article.
    again = post_json(editor_api, GOOD)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert Article.objects.count() == 1 and Event.objects.count() == 1


def test_it_ingests_the_seed_text_format(editor_api):
    response = editor_api.post(URL, f.SEED_TEXT.encode(), content_type="text/plain")
    assert response.status_code == 201, response.content
    assert response.json()["article"]["published"] == "2026-01-20"


def test_it_accepts_a_token_for_scripts(django_user_model):
    token = Token.objects.create(user=make_editor(django_user_model, "script"))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert post_json(client, GOOD).status_code == 201


def test_it_lets_only_editors_write(django_user_model):
    anonymous = post_json(APIClient(), GOOD)
    assert anonymous.status_code in (401, 403)
    plain = APIClient()
    plain.force_authenticate(django_user_model.objects.create_user("reader"))
    assert post_json(plain, GOOD).status_code == 403
    assert Article.objects.count() == 0


@pytest.mark.parametrize("data, field", [
    ({**GOOD, "published": "20 January"}, "published"),
    ({**GOOD, "published": "2026-02-30"}, "published"),
    ({k: v for k, v in GOOD.items() if k != "body"}, "body"),
    ({**GOOD, "title": ""}, "title"),
    ({**GOOD, "url": "ftp://example.org/x"}, "url"),
    ({**GOOD, "body": "   "}, "body"),
])
def test_it_answers_bad_fields_with_400_and_the_field_named(editor_api, data, field):
    response = post_json(editor_api, data)
    assert response.status_code == 400, response.content
    assert field in response.json() or field in json.dumps(response.json())
    assert Article.objects.count() == 0


def test_it_refuses_malformed_json_and_non_objects(editor_api):
    bad = editor_api.post(URL, b'{"title": ', content_type="application/json")
    assert bad.status_code == 400 and "detail" in bad.json()
    listy = post_json(editor_api, [GOOD])
    assert listy.status_code == 400


def test_it_refuses_bodies_that_are_not_utf8(editor_api):
    raw = json.dumps(GOOD).encode().replace(b"Lavrov said", b"Lavrov \xff\xfe said")
    response = editor_api.post(URL, raw, content_type="application/json")
    assert response.status_code == 400 and "UTF-8" in response.json()["detail"]
    seed = editor_api.post(URL, b"date 2026-01-20 T\n\nCaf\xe9 talks", content_type="text/plain")
    assert seed.status_code == 400 and "UTF-8" in json.dumps(seed.json())


def test_it_refuses_oversize_bodies_with_413(editor_api):
    big = {**GOOD, "body": "x" * (MAX_BODY_BYTES + 10)}
    response = post_json(editor_api, big)
    assert response.status_code == 413 and "detail" in response.json()
    huge = editor_api.post(URL, b"x" * 3_000_000, content_type="text/plain")
    assert huge.status_code == 413


def test_it_refuses_unknown_content_types_with_415(editor_api):
    response = editor_api.post(URL, b"<article/>", content_type="application/xml")
    assert response.status_code == 415 and "detail" in response.json()
    form = editor_api.post(URL, {"title": "x"})  # multipart form
    assert form.status_code == 415


def test_it_accepts_a_full_timestamp_for_the_published_date(editor_api):
    response = post_json(editor_api, {**GOOD, "published": "2026-01-20T08:00:00Z"})
    assert response.status_code == 201
    assert response.json()["article"]["published"] == "2026-01-20"
