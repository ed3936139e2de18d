"""Screenshots of the editors' admin in headless Chromium (Playwright, Debian's chromium).

    .venv/bin/python scripts/admin_screenshots.py [--out docs/screenshots] [--port 8765]

Builds a small demo database of its own (a temporary SQLite file), serves it with runserver on
127.0.0.1, logs in as a demo editor and saves admin-*.png. Needs `pip install playwright` and
`apt-get install chromium`; it never downloads a browser.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.getenv("CHROMIUM", "/usr/bin/chromium")
PASSWORD = "demo-editor-pw-1"

ARTICLES = [
    ("Lavrov says Moscow open to talks with Paris", "TASS", date(2026, 1, 20),
     "Moscow, 20 January. Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow "
     "remained open to dialogue with France. On January 7, Macron said he intended to hold "
     "talks with the Russian president, and the Kremlin said that Vladimir Putin remains ready "
     "for dialogue. Lavrov criticised the new EU sanctions package as counterproductive."),
    ("Macron wants to speak to Putin again", "Le Monde", date(2026, 1, 8),
     "Paris, 8 January. Emmanuel Macron said on January 7 that he intended to hold talks with "
     "Vladimir Putin in the coming weeks. In mid-December 2025 the French president had called "
     "for a ceasefire over the holidays. The Elysee gave no date for a call."),
    ("EU foreign ministers weigh new sanctions", "Reuters", date(2026, 1, 15),
     "Brussels, 15 January. Kaja Kallas said the EU would adopt a new sanctions package in "
     "February. Hungary rejected the proposal, saying it harmed European economies. In Q4 2025 "
     "the bloc had agreed its nineteenth package."),
]


def build_demo():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from events.models import Actor, ActorAlias, Article, Event, Mention, Timeline
    from events.services import content_hash

    call_command("migrate", interactive=False, verbosity=0)
    call_command("setup_groups", verbosity=0)
    user = get_user_model().objects.create_user("editor", "editor@example.com", PASSWORD,
                                                is_staff=True, first_name="Ed")
    user.groups.add(Group.objects.get(name="Editors"))

    def actor(name, kind, country, role="", aliases=(), status="approved"):
        a = Actor.objects.create(name=name, slug=name.lower().replace(" ", "-"), kind=kind,
                                 country=country, role=role, status=status)
        for alias in aliases:
            ActorAlias.objects.create(actor=a, name=alias)
        return a

    lavrov = actor("Sergey Lavrov", "person", "RUS", "foreign minister", ("Lavrov",))
    macron = actor("Emmanuel Macron", "person", "FRA", "president",
                   ("Macron", "the French president", "the Elysee"))
    putin = actor("Vladimir Putin", "person", "RUS", "president",
                  ("Putin", "the Kremlin", "the Russian president"))
    france = actor("France", "state", "FRA", aliases=("Paris",))
    eu = actor("European Union", "organisation", "EUR", aliases=("EU", "the bloc"))
    kallas = actor("Kaja Kallas", "person", "EUR", "EU foreign policy chief", ("Kallas",))
    hungary = actor("Hungary", "state", "HUN")
    actor("Peskov", "person", "", status="pending")
    articles = []
    for title, outlet, published, body in ARTICLES:
        articles.append(Article.objects.create(
            title=title, outlet=outlet, published=published, body=body,
            url=f"https://news.example/{published}/{len(articles)}",
            content_hash=content_hash(title=title, published=published, body=body),
            parser_version="0.1"))

    def event(art, sentence_start, type_, cameo, who, whom, start, end, precision, value,
              mod="", date_text="", summary="", status="pending", conf=0.7, quote=""):
        ev = Event.objects.create(
            type=type_, cameo=cameo, actor=who, target=whom, date_start=start, date_end=end,
            precision=precision, date_value=value, date_mod=mod, date_text=date_text,
            date_source="text" if date_text else "publication", summary=summary,
            status=status, confidence=conf, quote=quote)
        body = art.body
        s = body.index(sentence_start)
        e = body.index(".", s) + 1
        Mention.objects.create(event=ev, article=art, sentence=body[s:e], start=s, end=e)
        return ev

    for i in range(14):  # some volume for the queue, older than the events below
        day = date(2025, 11, 1) + timedelta(days=3 * i)
        Event.objects.create(
            type="statement", cameo="010", actor=[lavrov, macron, putin, kallas][i % 4],
            date_start=day, date_end=day, precision="day", date_value=day.isoformat(),
            date_source="publication", summary=f"Statement on the talks, round {i + 1}",
            status="pending", confidence=0.3 + (i % 7) / 10)
    a1, a2, a3 = articles
    d7 = date(2026, 1, 7)
    event(a1, "Russian Foreign", "intent_to_negotiate", "036", lavrov, france,
          date(2026, 1, 20), date(2026, 1, 20), "day", "2026-01-20",
          summary="Lavrov says Moscow remains open to dialogue with France", conf=0.82)
    event(a1, "On January 7", "intent_to_negotiate", "036", macron, putin, d7, d7, "day",
          "2026-01-07", date_text="January 7",
          summary="Macron intends to hold talks with Putin", conf=0.91)
    event(a2, "Emmanuel Macron said", "intent_to_negotiate", "036", macron, putin, d7, d7,
          "day", "2026-01-07", date_text="January 7",
          summary="Macron says he will hold talks with Putin in the coming weeks", conf=0.88)
    event(a2, "In mid-December", "call_for_talks", "026", macron, None, date(2025, 12, 11),
          date(2025, 12, 20), "month", "2025-12", "MID", "mid-December 2025",
          summary="Macron calls for a holiday ceasefire", conf=0.64)
    event(a1, "Lavrov criticised", "criticism", "111", lavrov, eu, date(2026, 1, 20),
          date(2026, 1, 20), "day", "2026-01-20",
          summary="Lavrov criticises the new EU sanctions package", conf=0.35)
    event(a3, "Kaja Kallas said", "sanction", "16", kallas, None, date(2026, 2, 1),
          date(2026, 2, 28), "month", "2026-02", date_text="February",
          summary="EU to adopt a new sanctions package", conf=0.58, status="approved")
    event(a3, "Hungary rejected", "rejection", "12", hungary, eu, date(2026, 1, 15),
          date(2026, 1, 15), "day", "2026-01-15",
          summary="Hungary rejects the sanctions proposal", conf=0.77, status="rejected")
    event(a3, "In Q4 2025", "agreement", "057", eu, None, date(2025, 10, 1),
          date(2025, 12, 31), "quarter", "2025-Q4", date_text="Q4 2025",
          summary="EU agreed its nineteenth sanctions package", conf=0.69, status="approved")
    from events.services import event_review

    approved = Event.objects.get(summary__startswith="Macron says he will")
    approved.summary = "Macron says he will hold talks with Putin within weeks"
    approved.editor_modified = True
    approved._history_user = user
    approved.save()
    event_review(event=approved, status="approved", user=user)
    tl = Timeline.objects.create(slug="russia-eu-dialogue", title="Russia–EU dialogue",
                                 description="Talks, offers and refusals between Moscow, Paris "
                                             "and Brussels.", types=[
                                     "intent_to_negotiate", "call_for_talks", "sanction",
                                     "agreement", "rejection"])
    tl.actors.add(lavrov, macron, eu)
    return user


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def shoot(base: str, out: Path, extra: bool = False) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from events.models import Article, Event, Timeline

    saved = []
    macron_events = list(Event.objects.filter(type="intent_to_negotiate",
                                              actor__name="Emmanuel Macron")
                         .order_by("pk").values_list("pk", flat=True))
    timeline = Timeline.objects.get()
    article_pk = Article.objects.order_by("pk").first().pk
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"{base}/admin/login/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"{base}/admin/")
        # Editors working the queue fold the navigation away; so do the screenshots.
        page.evaluate("localStorage.setItem('django.admin.navSidebarIsOpen', 'false')")

        def snap(name, url, full=False, before=None):
            page.goto(base + url)
            if before:
                before()
            path = out / f"admin-{name}.png"
            page.screenshot(path=str(path), full_page=full)
            saved.append(path)

        snap("queue", "/admin/events/event/?_facets=1")
        snap("event", f"/admin/events/event/{macron_events[0]}/change/", full=True)

        def open_merge():
            for pk in macron_events:
                page.check(f"input[name=_selected_action][value='{pk}']")
            page.select_option("select[name=action]", "merge_selected")
            page.click("button[name=index]")
            page.wait_for_selector(".ev-merge")

        snap("merge", "/admin/events/event/?status=all&type__exact=intent_to_negotiate",
             before=open_merge)
        snap("timeline", f"/admin/events/timeline/{timeline.pk}/change/", full=True)
        if extra:  # pages the README does not show
            snap("actors", "/admin/events/actor/")
            snap("article", f"/admin/events/article/{article_pk}/change/", full=True)
            snap("history", f"/admin/events/event/{macron_events[-1]}/history/")
        browser.close()
    return saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--all", action="store_true",
                    help="also the actor list, an article and an event's history")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    tmp = tempfile.mkdtemp(prefix="admin-shots-")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3", "DEBUG": "1",
           "SITE_URL": f"http://127.0.0.1:{args.port}"}
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    build_demo()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{args.port}", "--noreload"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{args.port}"
        wait_for(f"{base}/healthz")
        for path in shoot(base, out, extra=args.all):
            print(path)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
