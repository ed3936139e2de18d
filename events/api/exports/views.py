"""Export views: any event query (`/events/export/<fmt>/`) or a timeline
(`/timelines/<slug>/export/<fmt>/`) as TimelineJS3 JSON, CSV, iCalendar or Atom."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.renderers import JSONRenderer

from events.models import Event, Mention
from events.selectors import events_visible, timeline_events, timelines_visible

from ..conditional import ConditionalGetMixin
from ..filters import EventFilter
from ..serializers import EventSerializer, url_maker
from . import FORMATS, NEWEST_FIRST, ExportMeta

EXPORT_DEFAULT_LIMIT = 1000
EXPORT_MAX_LIMIT = 10_000


def _export_responses():
    return {
        (200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT,
                                                   description="TimelineJS3 JSON"),
        (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV"),
        (200, "text/calendar"): OpenApiResponse(OpenApiTypes.STR, description="iCalendar"),
        (200, "application/atom+xml"): OpenApiResponse(OpenApiTypes.STR, description="Atom"),
        (400, "application/json"): OpenApiResponse(description="Bad filter values"),
    }


EXPORT_PARAMS = [
    OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH,
                     enum=list(FORMATS),
                     description="timelinejs (TimelineJS3 JSON), csv, ics (iCalendar) or atom"),
    OpenApiParameter("limit", OpenApiTypes.INT, description=(
        f"Most events to export (1–{EXPORT_MAX_LIMIT}, default {EXPORT_DEFAULT_LIMIT}); "
        "the response has `X-Export-Truncated: true` when more matched.")),
]


class _ExportBase(ConditionalGetMixin, GenericAPIView):
    filterset_class = EventFilter
    pagination_class = None
    serializer_class = EventSerializer

    def perform_content_negotiation(self, request, force=False):
        # The format is in the URL; errors are always JSON, whatever Accept says.
        return JSONRenderer(), "application/json"

    def export(self, request, fmt, qs, *, title, description, link, slug):
        limit_raw = request.query_params.get("limit") or str(EXPORT_DEFAULT_LIMIT)
        if not re.fullmatch(r"[0-9]{1,6}", limit_raw) or \
                not 1 <= int(limit_raw) <= EXPORT_MAX_LIMIT:
            raise ValidationError({"limit": [f"A whole number from 1 to {EXPORT_MAX_LIMIT}."]})
        limit = int(limit_raw)
        qs = self.filter_queryset(qs).select_related("actor", "target").prefetch_related(
            # As events_with_relations, minus the article bodies (up to 1 MB each).
            Prefetch("mentions", queryset=Mention.objects.select_related("article")
                     .defer("article__body").order_by("article__published", "article_id",
                                                      "start")))
        order = ("-date_start", "-id") if fmt in NEWEST_FIRST else ("date_start", "id")
        rows = list(qs.order_by(*order)[: limit + 1])
        truncated = len(rows) > limit
        rows = rows[:limit]
        urls = url_maker({"request": request})
        meta = ExportMeta(
            title=title, description=description, link=link,
            feed_url=request.build_absolute_uri(), slug=slug,
            host=urlsplit(settings.SITE_URL).hostname or "localhost",
            event_url=lambda pk: urls("event-detail", pk))
        body, content_type, filename = FORMATS[fmt](rows, meta=meta)
        response = HttpResponse(body, content_type=content_type)
        disposition = "attachment" if fmt in ("csv", "ics") else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        if truncated:
            response["X-Export-Truncated"] = "true"
        return response


@extend_schema(tags=["exports"], parameters=EXPORT_PARAMS, responses=_export_responses(),
               filters=True)
class EventExportView(_ExportBase):
    """Export any event query (the `/events/` filters) as TimelineJS3 JSON, CSV, iCalendar or
    Atom."""

    def get_queryset(self):
        return events_visible(user=self.request.user).filter(date_start__isnull=False)

    def get(self, request, fmt):
        query = request.GET.copy()
        query.pop("limit", None)
        query = query.urlencode()
        return self.export(
            request, fmt, self.get_queryset(), title="Diplomatic events",
            description=f"Events matching: {query}" if query else "All events",
            link=request.build_absolute_uri(reverse("event-list") + (f"?{query}" if query
                                                                     else "")),
            slug="events")


@extend_schema(tags=["exports"], parameters=EXPORT_PARAMS, responses=_export_responses(),
               filters=True)
class TimelineExportView(_ExportBase):
    """Export a timeline's events (optionally filtered further) as TimelineJS3 JSON, CSV,
    iCalendar or Atom."""

    def get_queryset(self):
        return Event.objects.none()  # the schema generator asks; get() builds the real one

    def get(self, request, slug, fmt):
        timeline = get_object_or_404(timelines_visible(user=request.user), slug=slug)
        return self.export(
            request, fmt, timeline_events(timeline=timeline, user=request.user),
            title=timeline.title, description=timeline.description,
            link=url_maker({"request": request})("timeline-detail", timeline.slug),
            slug=timeline.slug)
