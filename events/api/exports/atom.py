"""Atom 1.0 (RFC 4287) with Django's syndication feed generator."""
from __future__ import annotations

from html import escape

from django.utils import feedgenerator

from events import taxonomy
from events.display import display_date


def render(events, *, meta):
    feed = feedgenerator.Atom1Feed(
        title=meta.title, link=meta.link, description=meta.description,
        feed_url=meta.feed_url, language="en", author_name="Diplomatic event timeline",
        # A tag URI (RFC 4151) stays the same when the host name or scheme changes.
        feed_guid=f"tag:{meta.host},2026:feed:{meta.slug}",
    )
    for ev in events:
        label = taxonomy.BY_SLUG[ev.type].label if ev.type in taxonomy.BY_SLUG else ev.type
        when = display_date(start=ev.date_start, end=ev.date_end, precision=ev.precision,
                            mod=ev.date_mod, value=ev.date_value)
        text = ev.summary or label
        if ev.quote:
            text += f" “{ev.quote}”"
        feed.add_item(
            title=f"{when}: {ev.actor.name}: {label}",
            link=meta.event_url(ev.pk),
            description=escape(text),  # Atom1Feed marks summaries as HTML
            unique_id=f"tag:{meta.host},2026:event:{ev.pk}",
            pubdate=ev.created_at, updateddate=ev.updated_at,
            categories=[label],
        )
    body = feed.writeString("utf-8")
    return body.encode("utf-8"), "application/atom+xml; charset=utf-8", f"{meta.slug}.atom"
