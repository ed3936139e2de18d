"""The OpenAPI schema: valid, complete, and a schemathesis run against it finds no 5xx."""
from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

from events.api.filters import EventFilter
from events.models import Timeline
from tests import factories as f
from tests.test_api import make_editor


def _schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def test_it_generates_a_valid_openapi_3_schema():
    schema = _schema()
    validate_schema(schema)  # raises on any violation of the OpenAPI 3.0 JSON schema
    assert schema["openapi"].startswith("3.")


def test_it_documents_every_event_filter_on_every_event_listing():
    paths = _schema()["paths"]
    wanted = set(EventFilter.base_filters) | {"cursor", "page_size", "ordering"}
    for path in ("/api/v1/events/", "/api/v1/timelines/{slug}/events/"):
        names = {p["name"] for p in paths[path]["get"]["parameters"]}
        assert wanted <= names, (path, wanted - names)
    export = {p["name"] for p in paths["/api/v1/events/export/{fmt}/"]["get"]["parameters"]}
    assert set(EventFilter.base_filters) | {"limit", "fmt"} <= export
    ingest = paths["/api/v1/articles/"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(ingest)


# --- Property-based run over every operation --------------------------------------------------

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json",
                                        get_wsgi_application())


@pytest.fixture
def fuzz_world(django_user_model, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

    # Throttling would turn the run into a test of 429s.
    monkeypatch.setattr(AnonRateThrottle, "allow_request", lambda *a: True)
    monkeypatch.setattr(UserRateThrottle, "allow_request", lambda *a: True)
    # The WSGI handler closes "obsolete" connections at each request's start and end, which
    # inside the test's transaction means closing it (Django's test client does the same).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield_value = Token.objects.create(user=make_editor(django_user_model, "fuzzer")).key
    putin = f.actor(name="Vladimir Putin", slug="vladimir-putin", country="RUS")
    art = f.article(url="https://news.example.org/1")
    f.event(actor=putin, target=f.actor(country="FRA"), mention_in=art)
    f.event(actor=putin, date_start=date(2025, 12, 11), date_end=date(2025, 12, 20),
            precision="month", date_mod="MID", date_value="2025-12")
    tl = Timeline.objects.create(slug="vladimir-putin", title="Putin")
    tl.actors.add(putin)
    yield yield_value
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=40, deadline=None, derandomize=False,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_it_never_answers_with_a_server_error(case, fuzz_world):
    # As an editor, so POST articles/ really ingests what the generator makes up.
    response = case.call(headers={"Authorization": f"Token {fuzz_world}"})
    case.validate_response(response, checks=[not_a_server_error])
