import pytest

from events.models import ReviewStatus
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_counts_only_approved_events_for_the_public(client):
    factories.event(status=ReviewStatus.APPROVED)
    factories.event(status=ReviewStatus.PENDING)
    page = client.get("/").content.decode()
    assert "1 event published" in page
    assert 'href="/admin/"' in page


def test_it_reports_health():
    from django.test import Client

    response = Client().get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
