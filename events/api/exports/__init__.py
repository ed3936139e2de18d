"""Event exports: TimelineJS3 JSON, CSV, Atom, iCalendar.

Each module has `render(events, *, meta) -> (bytes, content_type, filename)`; `events` are
Event rows with actor, target and mentions (with articles) loaded, in the order to write.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import atom, csv_export, ical, timelinejs


@dataclass
class ExportMeta:
    title: str
    description: str
    link: str  # absolute URL of the HTML/JSON resource the export describes
    feed_url: str  # absolute URL of the export itself
    slug: str  # for file names and stable ids
    host: str  # for iCalendar UIDs and Atom tag URIs
    event_url: Callable[[int], str]  # absolute API URL of one event


FORMATS = {
    "timelinejs": timelinejs.render,
    "csv": csv_export.render,
    "ics": ical.render,
    "atom": atom.render,
}
# Feed readers want the newest first; the other formats read as a chronology.
NEWEST_FIRST = {"atom"}
