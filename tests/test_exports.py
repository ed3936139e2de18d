"""Exports against their specs: TimelineJS3 JSON, CSV (RFC 4180), iCalendar (RFC 5545),
Atom (RFC 4287)."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from icalendar import Calendar
from rest_framework.test import APIClient

from events.models import ReviewStatus, Timeline
from tests import factories as f

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def events():
    putin = f.actor(name="Vladimir Putin", slug="vladimir-putin", country="RUS")
    art = f.article(title="Talks, again", url="https://news.example.org/a?x=1&y=2",
                    outlet="Reuters")
    day = f.event(type="meeting", cameo="040", actor=putin, date_start=date(2026, 1, 7),
                  summary="Putin met the envoy, again; talks = \"useful\"", mention_in=art)
    month = f.event(type="call_for_talks", cameo="026", actor=putin,
                    date_start=date(2025, 12, 11), date_end=date(2025, 12, 20),
                    precision="month", date_mod="MID", date_value="2025-12",
                    summary="=HYPERLINK(\"http://evil\") a long summary " + "word " * 30)
    year = f.event(type="statement", actor=putin, date_start=date(2024, 1, 1),
                   date_end=date(2024, 12, 31), precision="year", date_value="2024")
    pending = f.event(actor=putin, status=ReviewStatus.PENDING, date_start=date(2026, 1, 8))
    return dict(day=day, month=month, year=year, pending=pending, article=art, putin=putin)


def get(api, fmt, params=None, base="/api/v1/events"):
    response = api.get(f"{base}/export/{fmt}/", params)
    assert response.status_code == 200, response.content
    return response


def test_it_exports_timelinejs3_json_with_only_the_date_parts_the_precision_knows(api, events):
    doc = get(api, "timelinejs").json()
    assert set(doc) == {"title", "events"}
    assert doc["title"]["text"]["headline"] == "Diplomatic events"
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert f"event-{events['pending'].pk}" not in slides
    year = slides[f"event-{events['year'].pk}"]
    assert year["start_date"] == {"year": 2024} and "end_date" not in year
    month = slides[f"event-{events['month'].pk}"]
    assert month["start_date"] == {"year": 2025, "month": 12}
    assert month["display_date"] == "mid-December 2025"
    day = slides[f"event-{events['day'].pk}"]
    assert day["start_date"] == {"year": 2026, "month": 1, "day": 7}
    assert day["group"] == "Meeting"
    assert day["text"]["headline"] == "Vladimir Putin: Meeting"
    assert "https://news.example.org/a?x=1&amp;y=2" in day["text"]["text"]
    for s in doc["events"]:
        assert set(s) <= {"unique_id", "start_date", "end_date", "display_date", "text",
                          "group"}
        assert isinstance(s["start_date"]["year"], int)
    # Chronological order.
    assert [s["unique_id"] for s in doc["events"]] == [
        f"event-{events[k].pk}" for k in ("year", "month", "day")]


def test_it_exports_csv_that_round_trips_and_defuses_formulas(api, events):
    response = get(api, "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="events.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(r["id"]) for r in rows] == [events[k].pk for k in ("year", "month", "day")]
    day = rows[2]
    assert day["summary"] == 'Putin met the envoy, again; talks = "useful"'
    assert day["display_date"] == "7 January 2026"
    assert day["source_urls"] == "https://news.example.org/a?x=1&y=2"
    assert rows[1]["summary"].startswith("'=HYPERLINK")


def _unfold(raw: str) -> str:
    return re.sub(r"\r\n[ \t]", "", raw)


def test_it_exports_rfc5545_icalendar(api, events):
    response = get(api, "ics")
    assert response["Content-Type"].startswith("text/calendar")
    raw = response.content
    # CRLF line ends and lines folded at 75 octets.
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = _unfold(raw.decode("utf-8"))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "VERSION:2.0" in text
    assert "PRODID:" in text
    cal = Calendar.from_ical(raw)
    vevents = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(vevents) == 3
    month = vevents[f"event-{events['month'].pk}@127.0.0.1"]
    # All-day: DATE values, DTEND is the day after the last day (exclusive).
    assert "DTSTART;VALUE=DATE:20251211" in text and "DTEND;VALUE=DATE:20251221" in text
    assert month.decoded("dtstart") == date(2025, 12, 11)
    assert month.decoded("dtend") == date(2025, 12, 21)
    day = vevents[f"event-{events['day'].pk}@127.0.0.1"]
    assert day.decoded("dtend") == date(2026, 1, 8)
    assert "DTSTAMP:" in text
    # Commas and semicolons are escaped in text values, and decode back.
    assert r"again\; talks = \"useful\"" not in text  # quotes are not escaped in RFC 5545
    assert r"Putin met the envoy\, again\;" in text
    assert str(day["description"]).startswith('Putin met the envoy, again; talks = "useful"')
    # The same event keeps its UID in another export.
    again = Calendar.from_ical(get(api, "ics", {"type": "meeting"}).content)
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [
        f"event-{events['day'].pk}@127.0.0.1"]


def test_it_exports_an_atom_feed(api, events):
    response = get(api, "atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text
        assert entry.find(f"{ATOM}id").text.startswith("tag:")
    # Newest first, as feed readers expect.
    assert entries[0].find(f"{ATOM}title").text.startswith("7 January 2026: Vladimir Putin")
    assert len({e.find(f"{ATOM}id").text for e in entries}) == 3


def test_it_exports_a_timeline_with_its_title(api, events):
    tl = Timeline.objects.create(slug="putin", title="Putin's diplomacy", description="D")
    tl.actors.add(events["putin"])
    doc = get(api, "timelinejs", base="/api/v1/timelines/putin").json()
    assert doc["title"]["text"]["headline"] == "Putin&#x27;s diplomacy"
    assert len(doc["events"]) == 3
    cal = Calendar.from_ical(get(api, "ics", base="/api/v1/timelines/putin").content)
    assert str(cal["x-wr-calname"]) == "Putin's diplomacy"
    assert api.get("/api/v1/timelines/nope/export/csv/").status_code == 404


def test_it_applies_filters_and_limits_to_exports(api, events):
    doc = get(api, "timelinejs", {"type": "meeting"}).json()
    assert [s["unique_id"] for s in doc["events"]] == [f"event-{events['day'].pk}"]
    limited = get(api, "csv", {"limit": 1})
    assert limited["X-Export-Truncated"] == "true"
    assert len(list(csv.DictReader(io.StringIO(limited.content.decode())))) == 1
    assert api.get("/api/v1/events/export/csv/", {"limit": 0}).status_code == 400
    assert api.get("/api/v1/events/export/csv/", {"limit": "\u00b3"}).status_code == 400
    bad = api.get("/api/v1/events/export/ics/", {"date_after": "soon"},
                  HTTP_ACCEPT="text/calendar")
    assert bad.status_code == 400 and "date_after" in bad.json()


def test_it_answers_304_for_an_unchanged_export(api, events):
    first = get(api, "ics")
    again = api.get("/api/v1/events/export/ics/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    events["day"].summary = "Changed"
    events["day"].save()
    assert api.get("/api/v1/events/export/ics/",
                   HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
