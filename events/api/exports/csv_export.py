"""CSV: one row per event, UTF-8 with a header row (RFC 4180, CRLF line ends)."""
from __future__ import annotations

import csv
import io

from events import taxonomy
from events.display import display_date

HEADER = ["id", "date_start", "date_end", "precision", "modifier", "timex", "display_date",
          "type", "type_label", "cameo", "actor", "actor_country", "target", "target_country",
          "summary", "quote", "confidence", "source_urls", "source_titles", "api_url"]


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # Spreadsheets run cells that start with these as formulas (CSV injection).
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def render(events, *, meta):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for ev in events:
        label = taxonomy.BY_SLUG[ev.type].label if ev.type in taxonomy.BY_SLUG else ev.type
        arts = [m.article for m in ev.mentions.all()]
        w.writerow([_cell(v) for v in (
            ev.pk, ev.date_start, ev.date_end, ev.precision, ev.date_mod, ev.date_value,
            display_date(start=ev.date_start, end=ev.date_end, precision=ev.precision,
                         mod=ev.date_mod, value=ev.date_value),
            ev.type, label, ev.cameo, ev.actor.name, ev.actor.country,
            ev.target.name if ev.target else "", ev.target.country if ev.target else "",
            ev.summary, ev.quote, ev.confidence,
            " ".join(a.url for a in arts if a.url), " | ".join(a.title for a in arts),
            meta.event_url(ev.pk),
        )])
    return buf.getvalue().encode("utf-8"), "text/csv; charset=utf-8", f"{meta.slug}.csv"
