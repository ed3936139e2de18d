"""The server side of the widget: the iframe page, oEmbed, escaping and framing headers."""
import re
from urllib.parse import quote

import pytest

from tests.browser.data import EVIL, SLUG, build_many, build_timeline

pytestmark = pytest.mark.django_db

PAGE = f"/embed/timelines/{SLUG}/"


@pytest.fixture
def timeline():
    return build_timeline()


def test_it_renders_approved_events_without_javascript(client, timeline):
    _, events = timeline
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Russia and the EU: talk of talks" in html
    assert f'id="event-{events["putin_ready"].pk}"' in html
    assert "UNAPPROVED secret draft" not in html
    # Uncertain dates are spans, known days points, each with a machine-readable <time>.
    assert re.search(rf'class="ev sp t-call_for_talks" id="event-{events["macron_call"].pk}"',
                     html)
    assert re.search(rf'class="ev pt t-intent_to_negotiate" id="event-{events["putin_ready"].pk}"',
                     html)
    assert '<time class="dt" datetime="2025-12">mid-December 2025</time>' in html
    assert '<time class="dt" datetime="2026-01-07">7 January 2026</time>' in html
    assert "Q4 2025" in html and "winter 2025" in html
    assert '<span class="rg">11–20 Dec 2025</span>' in html  # the days a span covers
    assert '<span class="rg">1 Dec 2025 – 28 Feb 2026</span>' in html
    # Grouped by month, as an ordered list of ordered lists.
    assert '<h2 class="gh">December 2025</h2><ol class="evs">' in html


def test_it_hides_events_from_editors_too(client, timeline, editor):
    client.force_login(editor)
    assert "UNAPPROVED secret draft" not in client.get(PAGE).content.decode()


def test_it_escapes_text_and_drops_non_http_links(client, timeline):
    html = client.get(PAGE).content.decode()
    assert EVIL not in html
    assert "&lt;img src=x onerror=" in html
    assert "javascript:" not in html
    assert 'href="https://www.rbc.ru/politics/20/01/2026/lavrov"' in html
    assert "Wire: Kremlin: Putin ready for dialogue" in html  # shown, not linked


def test_it_allows_framing_of_the_embed_page_only(client, timeline):
    response = client.get(PAGE)
    assert "X-Frame-Options" not in response.headers
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in csp and "script-src 'self'" in csp
    for url in ("/", "/admin/login/", "/embed/demo/", "/healthz"):
        assert client.get(url).headers.get("X-Frame-Options") == "DENY", url


def test_it_filters_by_type_actor_country_and_dates(client, timeline):
    _, events = timeline
    html = client.get(PAGE + "?type=rejection,criticism").content.decode()
    assert f'id="event-{events["merz_reject"].pk}"' in html
    assert f'id="event-{events["lavrov_crit"].pk}"' in html
    assert f'id="event-{events["putin_ready"].pk}"' not in html
    assert 'aria-current="true">Rejection</a>' in html
    html = client.get(PAGE + "?actor=friedrich-merz").content.decode()
    assert html.count('class="ev ') == 1
    html = client.get(PAGE + "?country=fra").content.decode()
    assert html.count('class="ev ') == 2
    html = client.get(PAGE + "?from=2026-01-10&to=2026-01-15").content.decode()
    assert html.count('class="ev ') == 2  # merz (12th) and the winter season overlapping


def test_it_pages_with_a_more_link(client):
    build_many(120, slug="many")
    html = client.get("/embed/timelines/many/").content.decode()
    assert html.count('class="ev ') == 50
    more = re.search(r'<a class="more" href="([^"]+)" rel="next">', html)[1].replace("&amp;", "&")
    page2 = client.get("/embed/timelines/many/" + more).content.decode()
    assert page2.count('class="ev ') == 50
    assert "Event number 50<" in page2 and "Event number 49<" not in page2
    assert "Back to the start" in page2


def test_it_groups_by_year_on_request(client):
    build_many(60, slug="long")
    html = client.get("/embed/timelines/long/?group=year").content.decode()
    assert html.count('<h2 class="gh">') == 1 and '<h2 class="gh">2020</h2>' in html
    html = client.get("/embed/timelines/long/").content.decode()
    assert '<h2 class="gh">January 2020</h2>' in html
    assert '<h2 class="gh">February 2020</h2>' in html


def test_it_answers_bad_options_with_400_and_field_errors(client, timeline):
    response = client.get(PAGE + "?type=bogus&from=yesterday&theme=neon&after=xyz")
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("type", "from", "theme", "after"):
        assert f"<li>{field}:" in html


def test_it_404s_unknown_and_private_timelines(client, timeline):
    tl, _ = timeline
    assert client.get("/embed/timelines/nope/").status_code == 404
    tl.is_public = False
    tl.save()
    assert client.get(PAGE).status_code == 404


def test_it_sets_language_direction_and_theme(client, timeline):
    html = client.get(PAGE + "?lang=ar&theme=dark").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="tl" data-theme="dark"' in html


def test_it_links_oembed_discovery(client, timeline):
    html = client.get(PAGE).content.decode()
    href = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"',
                     html)[1].replace("&amp;", "&")
    response = client.get(href)
    assert response.status_code == 200
    assert response.json()["type"] == "rich"


def test_it_answers_oembed_with_a_rich_iframe(client, timeline):
    url = f"http://testserver{PAGE}?type=rejection"
    response = client.get(f"/oembed?url={quote(url)}&maxwidth=500&maxheight=300&format=json")
    assert response.status_code == 200
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["width"] == 500 and data["height"] == 300
    assert data["title"] == "Russia and the EU: talk of talks"
    assert data["provider_url"] == "http://testserver/"
    assert f'<iframe src="http://testserver{PAGE}?type=rejection"' in data["html"]
    assert 'data-max-height="300"' in data["html"]
    assert '<script src="http://testserver/iframe.js" async>' in data["html"]
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_it_answers_oembed_errors(client, timeline):
    ok = quote(f"http://testserver{PAGE}")
    assert client.get(f"/oembed?url={ok}&format=xml").status_code == 501
    assert client.get("/oembed?format=json").status_code == 400
    bad = client.get(f"/oembed?url={ok}&maxwidth=wide")
    assert bad.status_code == 400 and "maxwidth" in bad.json()["errors"]
    assert client.get(f"/oembed?url={ok}&maxheight=-5").status_code == 400
    for url in ("http://testserver/embed/timelines/nope/", "http://evil.example/embed/timelines/"
                f"{SLUG}/", "http://testserver/admin/", "javascript:alert(1)"):
        assert client.get(f"/oembed?url={quote(url)}").status_code == 404, url
    assert client.get(f"/oembed?url={quote(f'http://testserver{PAGE}?type=nope')}"
                      ).status_code == 400


def test_it_escapes_the_title_in_oembed_html(client, timeline):
    tl, _ = timeline
    tl.title = 'Talks "quoted" <b>bold</b>'
    tl.save()
    data = client.get(f"/oembed?url={quote(f'http://testserver{PAGE}')}").json()
    assert 'title="Talks &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;"' in data["html"]


def test_it_serves_the_demo_page_with_both_embeds(client, timeline):
    html = client.get("/embed/demo/").content.decode()
    assert f'data-timeline="{SLUG}"' in html and "/embed.js" in html
    assert f'<iframe src="http://testserver{PAGE}"' in html
    assert "/iframe.js" in html


def test_it_renders_the_iframe_page_in_the_readers_language(client, timeline):
    _, events = timeline
    html = client.get(PAGE + "?lang=fr").content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert '<time class="dt" datetime="2025-12">mi-décembre 2025</time>' in html
    assert '<time class="dt" datetime="2026-01-07">7 janvier 2026</time>' in html
    assert '<span class="rg">11–20 déc 2025</span>' in html
    assert '<h2 class="gh">décembre 2025</h2>' in html
    assert ">Rejet</a>" in html and "8 événements affichés" in html
    html = client.get(PAGE + "?lang=ru").content.decode()
    assert "середина декабря 2025 г." in html and "Показано событий: 8" in html


def test_it_keeps_the_server_tables_equal_to_the_widgets():
    from pathlib import Path

    from events.embed.i18n import TABLES

    js = (Path(__file__).resolve().parents[1] / "events/static/embed/embed.js").read_text()
    found = dict((lang, (ui, types, dates)) for lang, ui, types, dates in re.findall(
        r'(\w\w): "([^"]*)" \+\s*";([^"]*)" \+\s*";([^"]*)"', js))
    assert set(found) == {"en", "fr", "de", "ru", "uk", "it", "es"}
    assert found == TABLES


def test_it_serves_the_scripts_at_stable_addresses_for_publishers(client):
    for url, target in (("/embed.js", "embed/embed.min.js"), ("/iframe.js", "embed/iframe.min.js"),
                        ("/embed.css", "embed/embed.min.css")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].endswith(target)
        assert "max-age=300" in response["Cache-Control"]
