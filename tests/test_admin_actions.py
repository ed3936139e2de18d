"""Behaviour of the admin's actions and forms: review, edit, merge, upload, re-parse, CSV."""
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Actor, Article, Event, Mention, ReviewStatus
from tests import factories as f
from tests.test_admin import make_world

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:events_event_changelist")


@pytest.fixture
def root(django_user_model):
    return django_user_model.objects.create(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def su_client(client, root):
    client.force_login(root)
    return client


def change_data(event, **overrides):
    """The event page's form as the browser would post it unchanged."""
    data = {
        "type": event.type, "actor": event.actor_id, "target": event.target_id or "",
        "summary": event.summary, "quote": event.quote,
        "when": "" if event.date_start is None else None,
        "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0,
        "mentions-MIN_NUM_FORMS": 0, "mentions-MAX_NUM_FORMS": 1000,
    }
    if data["when"] is None:
        from events.admin.dates import event_date_display

        data["when"] = event_date_display(event)
    data.update(overrides)
    return {k: v for k, v in data.items()}


@pytest.mark.parametrize("action,status", [("approve_selected", "approved"),
                                           ("reject_selected", "rejected")])
def test_it_reviews_selected_events_in_bulk_with_history(su_client, root, action, status):
    events = [f.event(status=ReviewStatus.PENDING) for _ in range(3)]
    r = su_client.post(QUEUE, {"action": action,
                               "_selected_action": [e.pk for e in events[:2]]})
    assert r.status_code == 302
    assert [Event.objects.get(pk=e.pk).status for e in events] == [status, status, "pending"]
    record = events[0].history.latest()
    assert record.status == status and record.history_user == root


def test_it_approves_from_the_event_page_and_returns_to_the_queue(su_client, root):
    ev = f.event(status=ReviewStatus.PENDING, summary="old")
    url = reverse("admin:events_event_change", args=[ev.pk])
    r = su_client.post(url, change_data(ev, _approve="1"))
    assert r.status_code == 302 and r.url.startswith(QUEUE)
    ev.refresh_from_db()
    assert ev.status == "approved" and ev.reviewed_by == root
    assert not ev.editor_modified  # approving alone is not an edit


def test_it_saves_edits_and_rejects_in_one_click(su_client):
    ev = f.event(status=ReviewStatus.PENDING, summary="old")
    url = reverse("admin:events_event_change", args=[ev.pk])
    su_client.post(url, change_data(ev, summary="new summary", _reject="1"))
    ev.refresh_from_db()
    assert (ev.status, ev.summary, ev.editor_modified) == ("rejected", "new summary", True)


@pytest.mark.parametrize("typed,start,end,precision,value,mod", [
    ("2026-01-07", date(2026, 1, 7), date(2026, 1, 7), "day", "2026-01-07", ""),
    ("mid-December 2025", date(2025, 12, 11), date(2025, 12, 20), "month", "2025-12", "MID"),
    ("Q4 2025", date(2025, 10, 1), date(2025, 12, 31), "quarter", "2025-Q4", ""),
    ("December 2025", date(2025, 12, 1), date(2025, 12, 31), "month", "2025-12", ""),
])
def test_it_understands_the_date_an_editor_types(su_client, typed, start, end, precision,
                                                 value, mod):
    ev = f.event(status=ReviewStatus.PENDING)
    r = su_client.post(reverse("admin:events_event_change", args=[ev.pk]),
                       change_data(ev, when=typed))
    assert r.status_code == 302, r.context["adminform"].form.errors
    ev.refresh_from_db()
    assert (ev.date_start, ev.date_end, ev.precision, ev.date_value, ev.date_mod) == \
        (start, end, precision, value, mod)
    assert ev.date_source == "text" and ev.editor_modified


def test_it_explains_a_date_it_does_not_understand(su_client, monkeypatch):
    # The tagger's dateparser fallback tries every locale on a first call (seconds); the
    # form's error path is what this test is about.
    monkeypatch.setattr("events.admin.dates._from_timex", lambda text, dct: None)
    ev = f.event(status=ReviewStatus.PENDING)
    r = su_client.post(reverse("admin:events_event_change", args=[ev.pk]),
                       change_data(ev, when="the day after the summit"))
    assert r.status_code == 200
    assert "not a date I understand" in str(r.context["adminform"].form.errors["when"])
    ev.refresh_from_db()
    assert ev.date_start == date(2026, 1, 20)  # nothing lost


def test_it_makes_an_event_undated_when_the_date_is_cleared(su_client):
    ev = f.event()
    su_client.post(reverse("admin:events_event_change", args=[ev.pk]), change_data(ev, when=""))
    ev.refresh_from_db()
    assert (ev.date_start, ev.date_source, ev.precision) == (None, "none", "")


def test_it_adds_an_event_by_hand_with_its_cameo(su_client):
    actor = f.actor()
    r = su_client.post(reverse("admin:events_event_add"), change_data(
        Event(actor=actor, type="threat", summary="warned"), when="7 January 2026"))
    assert r.status_code == 302
    ev = Event.objects.get()
    assert (ev.cameo, ev.editor_modified, ev.status) == ("13", True, "pending")


def test_it_merges_the_events_picked_on_the_confirmation_page(su_client, root):
    world = make_world()
    keep, dup = world["event"], world["dup"]
    r = su_client.post(QUEUE + "?status=all", {
        "action": "merge_selected", "_selected_action": [keep.pk, dup.pk],
        "confirm": "yes", "keep": keep.pk})
    assert r.status_code == 302
    assert not Event.objects.filter(pk=dup.pk).exists()
    assert set(Mention.objects.filter(event=keep).values_list("article_id", flat=True)) == \
        {world["article"].pk, world["article2"].pk}
    assert Event.history.filter(id=dup.pk, history_type="-").get().history_user == root


def test_it_suggests_keeping_the_approved_event(su_client):
    world = make_world()
    r = su_client.post(QUEUE + "?status=all", {
        "action": "merge_selected", "_selected_action": [world["dup"].pk, world["event"].pk]})
    assert f'value="{world["event"].pk}" checked'.encode() in r.content


def test_it_needs_two_events_to_merge(su_client):
    ev = f.event(status=ReviewStatus.PENDING)
    r = su_client.post(QUEUE, {"action": "merge_selected", "_selected_action": [ev.pk]},
                       follow=True)
    assert b"Select at least two rows to merge." in r.content
    assert Event.objects.filter(pk=ev.pk).exists()


def test_it_merges_actors_from_the_list(su_client):
    keep, other = f.actor(name="Emmanuel Macron"), f.actor(name="E. Macron")
    ev = f.event(actor=other)
    r = su_client.post(reverse("admin:events_actor_changelist"), {
        "action": "merge_selected", "_selected_action": [keep.pk, other.pk],
        "confirm": "yes", "keep": keep.pk})
    assert r.status_code == 302
    ev.refresh_from_db()
    assert ev.actor == keep and not Actor.objects.filter(pk=other.pk).exists()
    assert list(keep.aliases.values_list("name", flat=True)) == ["E. Macron"]


def test_it_saves_aliases_and_says_the_next_parse_uses_them(su_client):
    actor = f.actor(name="Sergey Lavrov", slug="sergey-lavrov")
    url = reverse("admin:events_actor_change", args=[actor.pk])
    assert b"The next parse uses them" in su_client.get(url).content
    r = su_client.post(url, {
        "name": actor.name, "slug": actor.slug, "kind": "person", "country": "RUS",
        "role": "foreign minister", "status": "approved",
        "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 0, "aliases-MIN_NUM_FORMS": 0,
        "aliases-MAX_NUM_FORMS": 1000, "aliases-0-name": "Lavrov", "aliases-0-actor": actor.pk,
    })
    assert r.status_code == 302
    from events.services import actor_gazetteer

    known = {a.name: a.aliases for a in actor_gazetteer().actors}
    assert known["Sergey Lavrov"] == ("Lavrov",)


def test_it_uploads_a_seed_article(su_client):
    raw = b"date 2026-01-20 Macron and Putin\n\nThe Kremlin said Putin remains ready.\n"
    r = su_client.post(reverse("admin:events_article_upload"), {
        "file": SimpleUploadedFile("macron.txt", raw), "outlet": "Le Monde"})
    article = Article.objects.get()
    assert r.status_code == 302 and r.url.endswith(f"/{article.pk}/change/")
    assert (article.title, article.outlet, article.published) == \
        ("Macron and Putin", "Le Monde", date(2026, 1, 20))


@pytest.mark.parametrize("name,raw,message", [
    ("bad.txt", b"no header\nbody", "the first line must be"),
    ("bad.txt", b"\xff\xfe", "not UTF-8"),
    ("bad.json", b"{nope", "not valid JSON"),
    ("bad.json", b'{"title": "x"}', "missing body, published"),
])
def test_it_explains_a_bad_upload(su_client, name, raw, message):
    r = su_client.post(reverse("admin:events_article_upload"),
                       {"file": SimpleUploadedFile(name, raw)})
    assert r.status_code == 200
    assert message in r.content.decode()
    assert not Article.objects.exists()


def test_it_reparses_articles_keeping_editors_events(su_client, monkeypatch):
    from events import parser

    article = f.article(body="Lavrov said Russia is open to talks.")
    kept = f.event(status=ReviewStatus.APPROVED, mention_in=article)
    dropped = f.event(status=ReviewStatus.PENDING, mention_in=article)
    monkeypatch.setattr(parser, "parse_article", lambda **kw: [])
    r = su_client.post(reverse("admin:events_article_changelist"),
                       {"action": "reparse_selected", "_selected_action": [article.pk]})
    assert r.status_code == 302
    assert Event.objects.filter(pk=kept.pk).exists()
    assert not Event.objects.filter(pk=dropped.pk).exists()


def test_it_exports_events_as_csv(su_client):
    world = make_world()
    # Export honours the list filters: "all" statuses here, not only the pending queue.
    r = su_client.post(reverse("admin:events_event_export") + "?status=all", {
        "format": "0", "export_items": [world["event"].pk, world["dup"].pk],
        **{f"eventresource_{name}": "on" for name in (
            "id", "type", "actor", "target", "date_start", "status", "summary")}})
    assert r.status_code == 200
    text = r.content.decode()
    assert "sergey-lavrov" in text and "france" in text and "Lavrov met French envoys" in text


def test_it_imports_actors_from_csv_with_aliases_and_history(su_client, root):
    csv = ("name,slug,kind,country,role,status,aliases\n"
           "Kaja Kallas,kaja-kallas,person,EUR,EU foreign policy chief,approved,Kallas; "
           "the EU's top diplomat\n")
    r = su_client.post(reverse("admin:events_actor_import"), {
        "import_file": SimpleUploadedFile("actors.csv", csv.encode()), "format": "0",
        "resource": "0"})
    assert r.status_code == 200, r.content[:500]
    confirm = r.context["confirm_form"]
    r = su_client.post(reverse("admin:events_actor_process_import"), {
        **confirm.initial, "resource": "0"})
    assert r.status_code == 302
    actor = Actor.objects.get(slug="kaja-kallas")
    assert sorted(actor.aliases.values_list("name", flat=True)) == \
        ["Kallas", "the EU's top diplomat"]
    assert actor.history.latest().history_user == root


def test_it_reports_a_bad_csv_row_instead_of_storing_it(su_client):
    csv = "name,slug,kind,country,role,status,aliases\nNobody,nobody,person,XX1,,approved,\n"
    r = su_client.post(reverse("admin:events_actor_import"), {
        "import_file": SimpleUploadedFile("actors.csv", csv.encode()), "format": "0",
        "resource": "0"})
    assert r.status_code == 200
    assert "confirm_form" not in r.context or r.context["confirm_form"] is None
    assert not Actor.objects.filter(slug="nobody").exists()


def test_it_imports_events_from_csv_as_editor_owned(su_client, root):
    f.actor(name="Sergey Lavrov", slug="sergey-lavrov")
    csv = ("type,date_start,date_end,precision,date_value,date_source,actor,summary,"
           "confidence,status\n"
           "threat,2026-01-07,2026-01-07,day,2026-01-07,text,sergey-lavrov,Lavrov warned,"
           "0.9,pending\n")
    r = su_client.post(reverse("admin:events_event_import"), {
        "import_file": SimpleUploadedFile("events.csv", csv.encode()), "format": "0",
        "resource": "0"})
    assert r.status_code == 200
    r = su_client.post(reverse("admin:events_event_process_import"), {
        **r.context["confirm_form"].initial, "resource": "0"})
    assert r.status_code == 302
    ev = Event.objects.get()
    assert (ev.cameo, ev.actor.slug, ev.editor_modified) == ("13", "sergey-lavrov", True)
    assert ev.history.latest().history_user == root


def test_it_lists_the_likely_duplicates_of_a_selected_event(su_client):
    world = make_world()
    r = su_client.post(QUEUE, {"action": "find_duplicates",
                               "_selected_action": [world["dup"].pk]})
    assert r.status_code == 302 and r.url.endswith(f"?dup_of={world['dup'].pk}&status=all")
    r = su_client.get(r.url)
    assert {e.pk for e in r.context["cl"].result_list} == {world["event"].pk, world["dup"].pk}
