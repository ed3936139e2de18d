"""iCalendar (RFC 5545) with the `icalendar` library: all-day events (DTSTART;VALUE=DATE) with
an exclusive DTEND, UIDs that stay the same across exports, CRLF, folding and escaping."""
from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event as VEvent

from events import taxonomy
from events.display import display_date


def render(events, *, meta):
    cal = Calendar()
    cal.add("prodid", "-//Diplomatic event timeline//API v1//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", meta.title)
    if meta.description:
        cal.add("x-wr-caldesc", meta.description)
    for ev in events:
        if not ev.date_start:
            continue
        label = taxonomy.BY_SLUG[ev.type].label if ev.type in taxonomy.BY_SLUG else ev.type
        when = display_date(start=ev.date_start, end=ev.date_end, precision=ev.precision,
                            mod=ev.date_mod, value=ev.date_value)
        item = VEvent()
        item.add("uid", f"event-{ev.pk}@{meta.host}")
        item.add("dtstamp", ev.updated_at)
        item.add("last-modified", ev.updated_at)
        item.add("created", ev.created_at)
        item.add("dtstart", ev.date_start)
        # RFC 5545 3.6.1: for a DATE start, DTEND is the day after the last day.
        item.add("dtend", (ev.date_end or ev.date_start) + timedelta(days=1))
        item.add("summary", f"{ev.actor.name}: {label}")
        lines = [ev.summary] if ev.summary else []
        if ev.quote:
            lines.append(f"“{ev.quote}”")
        lines.append(f"Date: {when}")
        for m in ev.mentions.all():
            a = m.article
            lines.append(f"Source: {a.outlet + ', ' if a.outlet else ''}{a.title}"
                         f"{' <' + a.url + '>' if a.url else ''}")
        item.add("description", "\n".join(lines))
        item.add("categories", [label])
        item.add("url", meta.event_url(ev.pk))
        item.add("transp", "TRANSPARENT")
        cal.add_component(item)
    return cal.to_ical(), "text/calendar; charset=utf-8", f"{meta.slug}.ics"
