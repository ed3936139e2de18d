"""The widget in a real browser: a publisher's page on another origin embeds it with a script
tag (or an iframe) and it talks to the real API on the live server."""
from __future__ import annotations

import re

import pytest

from tests.browser.data import SLUG, build_many, build_timeline

expect = pytest.importorskip(
    "playwright.sync_api",
    reason="browser tests need the playwright package: run bin/test-browser-setup").expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def script_tag(live_server, slug=SLUG, **data) -> str:
    attrs = "".join(f' data-{k.replace("_", "-")}="{v}"' for k, v in data.items())
    return (f'<script src="{live_server.url}/embed.js" data-timeline="{slug}"'
            f"{attrs} async></script>")


@pytest.fixture
def timeline(transactional_db):
    return build_timeline()


def test_it_renders_approved_events_from_the_api(host_page, live_server, timeline):
    _, events = timeline
    page = host_page(script_tag(live_server))
    expect(page.locator(".ev")).to_have_count(8)
    expect(page.locator(".ti")).to_have_text("Russia and the EU: talk of talks")
    assert page.locator(".st").inner_text() == "8 events shown"
    assert "UNAPPROVED" not in page.locator(".tl").inner_text()
    # Precision drawn as it is: a span for mid-December, a point for 7 January.
    call = page.locator(f"#event-{events['macron_call'].pk}")
    assert "sp" in call.get_attribute("class").split()
    assert call.locator("time").get_attribute("datetime") == "2025-12"
    assert call.locator("time").inner_text() == "mid-December 2025"
    day = page.locator(f"#event-{events['putin_ready'].pk}")
    assert "pt" in day.get_attribute("class").split()
    assert day.locator("time").inner_text() == "January 7, 2026"
    assert page.locator("li.g h3").first.inner_text().lower() == "october 2025"
    dates = [t.text_content() for t in page.locator(".ev time").all()]
    assert dates[:3] == ["Q4 2025", "winter 2025", "mid-December 2025"]
    assert dates[-1] == "early February 2026"
    # Text from articles stays text; only http(s) sources become links.
    evil = page.locator(f"#event-{events['evil'].pk} .sm")
    assert evil.inner_text().startswith("<img src=x onerror=")
    assert page.evaluate("window.__pwned") is None
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator(".src a").first.get_attribute("rel") == "noopener noreferrer"
    # The host page's CSS (red monospace list items) does not leak into the Shadow DOM.
    assert day.evaluate("e => getComputedStyle(e).color") != "rgb(255, 0, 0)"
    assert page.errors == []


def test_it_shows_editors_the_public_view_only(browser, live_server, timeline, client, editor):
    # Same origin as the API, with an editor's session cookie: the widget still omits it.
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="view_event"))
    client.force_login(editor)
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                          "url": live_server.url}])
    page = context.new_page()
    page.goto(f"{live_server.url}/embed/demo/")
    expect(page.locator("#script-embed .ev")).to_have_count(8)
    assert "UNAPPROVED" not in page.locator("#script-embed .tl").text_content()
    api = page.request.get(f"{live_server.url}/api/v1/timelines/{SLUG}/events/")
    assert "UNAPPROVED" in api.text()  # the cookie does work for the API itself
    context.close()


def test_it_filters_with_type_and_actor_chips(host_page, live_server, timeline):
    page = host_page(script_tag(live_server))
    expect(page.locator(".ev")).to_have_count(8)
    chip = page.locator(".type .chip", has_text="Rejection")
    chip.click()
    expect(chip).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".ev")).to_have_count(1)
    page.locator(".type .chip", has_text="Criticism").click()
    expect(page.locator(".ev")).to_have_count(2)
    page.locator(".actor .chip", has_text="Sergey Lavrov").click()
    expect(page.locator(".ev")).to_have_count(1)  # Lavrov's criticism only
    page.locator(".clr").click()
    expect(page.locator(".ev")).to_have_count(8)
    expect(page.locator('.chip[aria-pressed="true"]')).to_have_count(0)


def test_it_applies_data_attribute_filters_and_reports_errors(host_page, live_server,
                                                              timeline):
    page = host_page(
        f'<div id="a">{script_tag(live_server, type="rejection,criticism")}</div>'
        f'<div id="b">{script_tag(live_server, country="FRA")}</div>'
        f'<div id="c">{script_tag(live_server, **{"from": "2026-01-10", "to": "2026-01-15"})}'
        f'</div><div id="d">{script_tag(live_server, "no-such-timeline")}</div>')
    expect(page.locator("#a .ev")).to_have_count(2)
    expect(page.locator("#b .ev")).to_have_count(2)  # Macron's two events
    expect(page.locator("#c .ev")).to_have_count(2)  # 12 January, and winter overlapping
    expect(page.locator("#d .st")).to_contain_text("Could not load the timeline.")
    expect(page.locator("#d .st button")).to_have_text("Try again")
    assert page.errors == []


def test_it_works_with_the_keyboard(host_page, live_server, timeline):
    page = host_page(script_tag(live_server))
    expect(page.locator(".ev")).to_have_count(8)
    active = "() => { const r = document.querySelector('.diplo-timeline').shadowRoot;" \
             " const a = r.activeElement; return a ? a.className + '|' + a.textContent : ''; }"
    page.keyboard.press("Tab")
    assert page.evaluate(active).startswith("chip")
    page.keyboard.press("Enter")  # chips are buttons: Enter toggles the filter
    expect(page.locator(".ev")).to_have_count(2)  # the first chip: the two statements
    page.keyboard.press("Space")
    expect(page.locator(".ev")).to_have_count(8)
    # Tab on to the list: one tab stop, then arrows, Home and End move between events.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate(active).startswith("ev "):
            break
    first = page.evaluate(active)
    assert first.startswith("ev ") and "Q4 2025" in first
    outline = page.evaluate("() => getComputedStyle(document.querySelector('.diplo-timeline')"
                            ".shadowRoot.activeElement).outlineStyle")
    assert outline == "solid"  # focus is visible
    page.keyboard.press("ArrowDown")
    assert "winter 2025" in page.evaluate(active)
    page.keyboard.press("End")
    assert "early February 2026" in page.evaluate(active)
    page.keyboard.press("Home")
    assert "Q4 2025" in page.evaluate(active)
    assert page.locator('.ev[tabindex="0"]').count() == 1


def test_it_loads_more_with_the_cursor_and_follows_deep_links(host_page, live_server,
                                                              transactional_db):
    timeline = build_many(120, slug="many")
    last = timeline.actors.first().events.order_by("-date_start").first()
    page = host_page(script_tag(live_server, "many", page_size=50))
    expect(page.locator(".ev")).to_have_count(50)
    page.locator("button.more").click()
    expect(page.locator(".ev")).to_have_count(100)
    assert "Event number 50" in page.evaluate(
        "() => document.querySelector('.diplo-timeline').shadowRoot.activeElement.textContent")
    page.locator("button.more").click()
    expect(page.locator(".ev")).to_have_count(120)
    expect(page.locator("button.more")).to_be_hidden()

    # A deep link to an event on the third page loads until it is there, then focuses it.
    page2 = host_page(script_tag(live_server, "many", page_size=50), path="/deep",
                      hash=f"#event-{last.pk}")
    target = page2.locator(f"#event-{last.pk}")
    expect(target).to_have_class(re.compile(r"\bhl\b"))
    expect(target).to_be_focused()
    expect(target).to_be_in_viewport()


def test_it_localises_dates_and_labels(host_page, live_server, timeline):
    _, events = timeline
    tags = "".join(
        f'<section id="{lang}">{script_tag(live_server, lang=lang)}</section>'
        for lang in ("fr", "de", "ru", "uk", "it", "es", "ar"))
    page = host_page(tags)
    expect(page.locator(".ev")).to_have_count(8 * 7)
    call, day = events["macron_call"].pk, events["putin_ready"].pk
    want = {"fr": ("mi-décembre 2025", "7 janvier 2026", "8 événements affichés"),
            "de": ("Mitte Dezember 2025", "7. Januar 2026", "8 Ereignisse angezeigt"),
            "ru": ("середина декабря 2025 г.", "7 января 2026 г.", "Показано событий: 8"),
            "uk": ("середина грудня 2025 р.", "7 січня 2026 р.", "Показано подій: 8"),
            "it": ("metà dicembre 2025", "7 gennaio 2026", "8 eventi mostrati"),
            "es": ("mediados de diciembre de 2025", "7 de enero de 2026",
                   "8 eventos mostrados")}
    for lang, (mid, exact, shown) in want.items():
        root = page.locator(f"#{lang} .tl")
        # text_content: off-screen events skip layout (content-visibility), so no innerText.
        assert root.locator(f"#event-{call} time").text_content() == mid, lang
        assert root.locator(f"#event-{day} time").text_content() == exact, lang
        assert root.locator(".st").text_content() == shown, lang
        assert root.get_attribute("dir") == "ltr"
    fr = [t.text_content() for t in page.locator("#fr .ev time").all()]
    assert fr[:2] == ["T4 2025", "hiver 2025"] and fr[-1] == "début février 2026"
    rtl = page.locator("#ar .tl")
    assert rtl.get_attribute("dir") == "rtl"
    assert rtl.locator(".st").text_content() == "8 events shown"  # English labels, RTL layout
    box = rtl.locator(f"#event-{day} .mk").bounding_box()
    frame = rtl.bounding_box()
    assert box["x"] > frame["x"] + frame["width"] / 2  # the rail is on the right


def test_it_resizes_the_iframe_to_its_content(host_page, live_server, timeline):
    src = f"{live_server.url}/embed/timelines/{SLUG}/"
    page = host_page(f'<iframe id="tl" src="{src}" style="width:100%;border:0" height="150">'
                     f'</iframe><script src="{live_server.url}/iframe.js" async>'
                     "</script>")
    frame = page.frame_locator("#tl")
    expect(frame.locator(".ev")).to_have_count(8)
    page.wait_for_function("() => document.getElementById('tl').offsetHeight > 1000")
    inner = page.frame(url=re.compile("/embed/timelines/")).evaluate(
        "() => Math.ceil(document.documentElement.getBoundingClientRect().height)")
    assert page.evaluate("() => document.getElementById('tl').offsetHeight") == inner
    # A message from any other origin (here the host page itself) is ignored.
    page.evaluate("() => window.postMessage({type: 'diplo-timeline:height', height: 10}, '*')")
    page.wait_for_timeout(200)
    assert page.evaluate("() => document.getElementById('tl').offsetHeight") == inner


def test_it_honours_reduced_motion_and_dark_theme(browser, live_server, timeline):
    context = browser.new_context(reduced_motion="reduce", color_scheme="dark")
    page = context.new_page()
    page.goto(f"{live_server.url}/embed/demo/")
    chip = page.locator("#script-embed .chip").first
    expect(chip).to_be_visible()
    assert chip.evaluate("e => getComputedStyle(e).transitionDuration") == "0s"
    page.set_content(script_tag(live_server, theme="auto"))
    expect(page.locator(".ev")).to_have_count(8)
    bg = page.locator(".tl").evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg == "rgb(21, 23, 27)"
    context.close()


def test_it_takes_screenshots_for_the_readme(browser, live_server, timeline, screenshot_dir):
    # Viewports taller than the widget: off-screen months are not painted (content-visibility).
    shots = {"widget-light.png": ({"width": 760, "height": 2200}, "light", "en"),
             "widget-dark-mobile.png": ({"width": 390, "height": 3000}, "dark", "fr"),
             "widget-rtl.png": ({"width": 600, "height": 2200}, "light", "ar")}
    full = screenshot_dir.name == "screenshots"  # SCREENSHOTS=docs: all of them, else one
    for name, (viewport, theme, lang) in list(shots.items())[: None if full else 1]:
        context = browser.new_context(viewport=viewport, device_scale_factor=1)
        page = context.new_page()
        page.goto(f"{live_server.url}/healthz")  # any light page of ours: same-origin assets
        page.set_content(f'<body style="margin:12px;background:#eee">'
                         f'{script_tag(live_server, theme=theme, lang=lang)}</body>')
        expect(page.locator(".ev")).to_have_count(8)
        path = screenshot_dir / name
        page.locator(".diplo-timeline").screenshot(path=str(path))
        assert path.stat().st_size > 5_000
        context.close()
    if not full:
        return
    context = browser.new_context(viewport={"width": 1000, "height": 3400})
    page = context.new_page()
    page.goto(f"{live_server.url}/embed/demo/")
    expect(page.locator("#script-embed .ev")).to_have_count(8)
    page.frame_locator("#iframe-embed iframe").locator(".ev").first.wait_for()
    page.wait_for_function("() => document.querySelector('#iframe-embed iframe').offsetHeight"
                           " > 1000")
    page.screenshot(path=str(screenshot_dir / "widget-demo.png"), full_page=True)
    context.close()
