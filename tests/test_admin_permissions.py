"""The Editors and Viewers groups: exactly the rights each needs, and the admin enforces them."""
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from events.models import Event, ReviewStatus
from tests import factories as f
from tests.test_admin import make_world

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:events_event_changelist")


@pytest.fixture
def groups():
    call_command("setup_groups", verbosity=0)


def member(django_user_model, group_name):
    user = django_user_model.objects.create(username=group_name.lower(), is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client, django_user_model, groups):
    client.force_login(member(django_user_model, "Editors"))
    return client


@pytest.fixture
def viewer_client(client, django_user_model, groups):
    client.force_login(member(django_user_model, "Viewers"))
    return client


def codenames(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_it_creates_the_groups_idempotently(groups):
    editors = codenames("Editors")
    Group.objects.get(name="Editors").permissions.clear()
    call_command("setup_groups", verbosity=0)
    assert codenames("Editors") == editors
    assert Group.objects.filter(name__in=["Editors", "Viewers"]).count() == 2
    assert "change_event" in editors and "delete_article" not in editors
    assert not any(c.endswith(("_user", "_group", "_permission")) for c in editors)
    assert codenames("Viewers") == {f"view_{m}" for m in (
        "event", "actor", "actoralias", "article", "mention", "timeline")}


def test_it_lets_an_editor_review_and_merge(editor_client):
    world = make_world()
    pending = world["dup"]
    r = editor_client.post(QUEUE, {"action": "approve_selected",
                                   "_selected_action": [pending.pk]})
    assert r.status_code == 302
    assert Event.objects.get(pk=pending.pk).status == ReviewStatus.APPROVED
    r = editor_client.post(QUEUE + "?status=all", {
        "action": "merge_selected", "_selected_action": [world["event"].pk, pending.pk],
        "confirm": "yes", "keep": world["event"].pk})
    assert not Event.objects.filter(pk=pending.pk).exists()


def test_it_lets_an_editor_upload_and_edit_but_not_delete_articles_or_touch_users(
        editor_client):
    article = f.article()
    assert editor_client.get(reverse("admin:events_article_upload")).status_code == 200
    assert editor_client.get(
        reverse("admin:events_article_change", args=[article.pk])).status_code == 200
    assert editor_client.get(
        reverse("admin:events_article_delete", args=[article.pk])).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:events_actor_import")).status_code == 200


def test_it_lets_a_viewer_read_everything_and_change_nothing(viewer_client):
    world = make_world()
    ev = world["dup"]
    for url in (QUEUE, reverse("admin:events_event_change", args=[ev.pk]),
                reverse("admin:events_event_history", args=[ev.pk]),
                reverse("admin:events_actor_changelist"),
                reverse("admin:events_timeline_change", args=[world["timeline"].pk]),
                reverse("admin:events_article_change", args=[world["article"].pk])):
        assert viewer_client.get(url).status_code == 200, url
    page = viewer_client.get(reverse("admin:events_event_change", args=[ev.pk])).content
    assert b"Save and approve" not in page
    r = viewer_client.post(reverse("admin:events_event_change", args=[ev.pk]),
                           {"summary": "vandalised", "_approve": "1"})
    assert r.status_code == 403
    r = viewer_client.post(QUEUE, {"action": "approve_selected", "_selected_action": [ev.pk]})
    ev.refresh_from_db()
    assert ev.status == ReviewStatus.PENDING and ev.summary != "vandalised"
    assert viewer_client.get(reverse("admin:events_article_upload")).status_code == 403
    assert viewer_client.get(reverse("admin:events_actor_import")).status_code == 403
    assert viewer_client.get(reverse("admin:events_event_export")).status_code == 200
    assert viewer_client.get(
        reverse("admin:events_event_delete", args=[ev.pk])).status_code == 403


def test_it_shows_no_admin_to_anonymous_visitors(client):
    r = client.get(QUEUE)
    assert r.status_code == 302 and "/admin/login/" in r.url
    assert client.get(reverse("admin:login")).headers["X-Frame-Options"] == "DENY"
