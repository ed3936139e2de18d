"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

A date object carries only the parts the event's precision knows: a month-precision event gets
{year, month}, never a made-up day, so TimelineJS does not claim "1 December".
"""
from __future__ import annotations

import json
from html import escape

from events import taxonomy
from events.display import display_date


def _date_obj(d, parts: int) -> dict:
    obj = {"year": d.year}
    if parts >= 2:
        obj["month"] = d.month
    if parts >= 3:
        obj["day"] = d.day
    return obj


# How many of (year, month, day) each precision knows.
PARTS = {"day": 3, "week": 3, "month": 2, "quarter": 2, "season": 2, "year": 1, "decade": 1}


def slide(ev, *, event_url) -> dict:
    parts = PARTS.get(ev.precision, 3)
    start = _date_obj(ev.date_start, parts)
    end = _date_obj(ev.date_end, parts) if ev.date_end else None
    label = taxonomy.BY_SLUG[ev.type].label if ev.type in taxonomy.BY_SLUG else ev.type
    who = ev.actor.name + (f" → {ev.target.name}" if ev.target_id and ev.target else "")
    paragraphs = [f"<p>{escape(ev.summary)}</p>"] if ev.summary else []
    if ev.quote:
        paragraphs.append(f"<blockquote>{escape(ev.quote)}</blockquote>")
    sources = []
    for m in ev.mentions.all():
        a = m.article
        name = escape(f"{a.outlet + ': ' if a.outlet else ''}{a.title} ({a.published:%-d %b %Y})")
        sources.append(f'<li><a href="{escape(a.url)}">{name}</a></li>' if a.url
                       else f"<li>{name}</li>")
    if sources:
        paragraphs.append(f"<ul>{''.join(sources)}</ul>")
    out = {
        "unique_id": f"event-{ev.pk}",
        "start_date": start,
        "display_date": display_date(start=ev.date_start, end=ev.date_end,
                                     precision=ev.precision, mod=ev.date_mod,
                                     value=ev.date_value),
        "text": {"headline": escape(f"{who}: {label}"), "text": "".join(paragraphs)},
        "group": label,
    }
    if end is not None and end != start:
        out["end_date"] = end
    return out


def document(events, *, meta) -> dict:
    return {
        "title": {"text": {"headline": escape(meta.title),
                           "text": f"<p>{escape(meta.description)}</p>"
                           if meta.description else ""}},
        # Undated events cannot be placed on a timeline; exports only hold dated ones.
        "events": [slide(ev, event_url=meta.event_url) for ev in events if ev.date_start],
    }


def render(events, *, meta):
    body = json.dumps(document(events, meta=meta), ensure_ascii=False, separators=(",", ":"))
    return body.encode("utf-8"), "application/json", f"{meta.slug}.timeline.json"
