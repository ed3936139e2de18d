"""REST API v1 views: thin; reads through events.selectors, writes through events.services."""
from __future__ import annotations

import json

from django.conf import settings
from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import (NotFound, ParseError, UnsupportedMediaType,
                                       ValidationError)
from rest_framework.parsers import BaseParser, JSONParser
from rest_framework.response import Response

from events.models import Actor, Article, Event, ReviewStatus
from events.parser.seedformat import (MAX_BODY_BYTES, ArticleFormatError, article_from_mapping,
                                      parse_seed)
from events.permissions import ReadOnlyOrCanAddArticle
from events.selectors import (events_visible, timeline_events, timelines_visible,
                              user_is_editor)
from events.services import article_ingest

from .conditional import ConditionalGetMixin
from .filters import ActorListFilter, ArticleFilter, EventFilter
from .pagination import KeysetPagination
from .serializers import (EVENT_FIELDS, ActorDetailSerializer, ActorSerializer,
                          ArticleDetailSerializer, ArticleIngestSerializer, ArticleSerializer,
                          EventSerializer, IngestResultSerializer, TimelineSerializer,
                          event_payloads, event_payloads_for)

ACTOR_DETAIL_EVENTS = 50

ORDERING_PARAM = OpenApiParameter(
    "ordering", OpenApiTypes.STR, enum=["date", "-date"],
    description="`date` (oldest first, the default) or `-date` (newest first); ties are "
                "broken by id, so the order is stable.")


class EditorContextMixin:
    def get_serializer_context(self):
        ctx = super().get_serializer_context()
        ctx["editor"] = user_is_editor(self.request.user)
        return ctx


def _ordering_descending(request) -> bool:
    value = request.query_params.get("ordering", "date")
    if value not in ("date", "-date"):
        raise ValidationError({"ordering": ["Use 'date' or '-date'."]})
    return value == "-date"


# --- Events -----------------------------------------------------------------------------------

@extend_schema(tags=["events"])
class EventViewSet(EditorContextMixin, viewsets.ReadOnlyModelViewSet):
    """Dated diplomatic events. The public sees approved events only."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    pagination_class = KeysetPagination
    keyset_field = "date_start"

    def keyset_descending(self, request):
        return _ordering_descending(request)

    def get_queryset(self):
        qs = events_visible(user=self.request.user)
        if self.action == "list":
            # Undated events cannot be placed in date order; they are reachable by id and
            # through their article.
            qs = qs.filter(date_start__isnull=False)
        return qs

    @extend_schema(parameters=[ORDERING_PARAM])
    def list(self, request, *args, **kwargs):
        _ordering_descending(request)  # a bad value is a 400 even on an empty result
        return events_page(self, self.filter_queryset(self.get_queryset()))

    def retrieve(self, request, *args, **kwargs):
        event = self.get_object()
        [payload] = event_payloads_for(Event.objects.filter(pk=event.pk),
                                       context=self.get_serializer_context())
        return Response(payload)


def events_page(view, qs):
    """One page of events: a query for the events (with actor and target), one for their
    sources, whatever the page size."""
    rows = view.paginate_queryset(qs.values(*EVENT_FIELDS))
    return view.get_paginated_response(event_payloads(rows,
                                                      context=view.get_serializer_context()))


# --- Actors -----------------------------------------------------------------------------------

@extend_schema(tags=["actors"])
class ActorViewSet(EditorContextMixin, viewsets.ReadOnlyModelViewSet):
    """People, states and organisations; search by name or alias with `q`."""

    serializer_class = ActorSerializer
    filterset_class = ActorListFilter
    pagination_class = KeysetPagination
    keyset_field = "name"
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        qs = Actor.objects.prefetch_related("aliases")
        if not user_is_editor(self.request.user):
            qs = qs.filter(status=ReviewStatus.APPROVED)
        return qs

    def get_serializer_class(self):
        return ActorDetailSerializer if self.action == "retrieve" else ActorSerializer

    def get_object(self):
        value = self.kwargs["slug"]
        qs = self.get_queryset()
        actor = qs.filter(slug=value).first()
        if actor is None and value.isascii() and value.isdigit() and len(value) < 19:
            actor = qs.filter(pk=int(value)).first()
        if actor is None:
            raise NotFound("No such actor.")
        return actor

    @extend_schema(parameters=[OpenApiParameter(
        "slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="Actor slug or id")])
    def retrieve(self, request, *args, **kwargs):
        actor = self.get_object()
        ctx = self.get_serializer_context()
        ctx["actor_events"] = event_payloads(list(
            events_visible(user=request.user)
            .filter(Q(actor=actor) | Q(target=actor), date_start__isnull=False)
            .order_by("-date_start", "-id").values(*EVENT_FIELDS)[:ACTOR_DETAIL_EVENTS]),
            context=ctx)
        return Response(ActorDetailSerializer(actor, context=ctx).data)


# --- Articles ---------------------------------------------------------------------------------

class PlainTextParser(BaseParser):
    """Articles in the seed text format: `date YYYY-MM-DD Title`, then the body."""

    media_type = "text/plain"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream.read()


@extend_schema(tags=["articles"])
class ArticleViewSet(EditorContextMixin, viewsets.GenericViewSet):
    """News articles and the events found in them. `POST` ingests one (editors only)."""

    queryset = Article.objects.all()
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    pagination_class = KeysetPagination
    permission_classes = [ReadOnlyOrCanAddArticle]
    parser_classes = [JSONParser, PlainTextParser]
    keyset_field = "published"
    keyset_descending = True

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def get_queryset(self):
        qs = Article.objects.all()
        if self.action == "list":
            qs = qs.defer("body")
        return qs

    def list(self, request):
        qs = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(qs)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def _article_events(self, article, request, ctx):
        return event_payloads_for(
            events_visible(user=request.user).filter(
                pk__in=article.mentions.values("event_id")), context=ctx)

    def retrieve(self, request, pk=None):
        article = self.get_object()
        ctx = self.get_serializer_context()
        ctx["article_events"] = self._article_events(article, request, ctx)
        return Response(ArticleDetailSerializer(article, context=ctx).data)

    @extend_schema(
        request={"application/json": ArticleIngestSerializer,
                 "text/plain": OpenApiTypes.STR},
        responses={201: IngestResultSerializer, 200: IngestResultSerializer,
                   400: OpenApiResponse(description="Field errors"),
                   413: OpenApiResponse(description="Body too large"),
                   415: OpenApiResponse(description="Unsupported content type")},
        description="Ingest an article: JSON (title, published, body, optional url, outlet, "
                    "language) or text/plain in the seed format (`date YYYY-MM-DD Title`, "
                    "then the body). Returns the article with the events found in it: 201 "
                    "when new, 200 when it was already stored (unchanged) or updated.",
    )
    def create(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return _too_large(length)
        ctype = (request.content_type or "").split(";")[0].strip().lower()
        if ctype == "application/json":
            data = self._json_body(request)
            if not isinstance(data, dict):
                raise ValidationError({"non_field_errors": [
                    "Expected a JSON object with title, published and body."]})
            fields = ArticleIngestSerializer(data=data)
            fields.is_valid(raise_exception=True)
            if len(str(data["body"]).encode("utf-8")) > MAX_BODY_BYTES:
                return _too_large(len(str(data["body"]).encode("utf-8")))
            try:
                article_in = article_from_mapping(data, name="article")
            except ArticleFormatError as exc:
                raise ValidationError({"non_field_errors": [str(exc)]})
        elif ctype == "text/plain":
            raw = request.body
            if len(raw) > MAX_BODY_BYTES + 1000:
                return _too_large(len(raw))
            try:
                article_in = parse_seed(raw, name="article")
            except ArticleFormatError as exc:
                raise ValidationError({"body": [str(exc)]})
        else:
            raise UnsupportedMediaType(ctype or "(none)")
        result = article_ingest(article=article_in)
        ctx = self.get_serializer_context()
        ctx["article_events"] = event_payloads_for(
            Event.objects.filter(pk__in=[e.pk for e in result.events]), context=ctx) \
            if result.status != "unchanged" else \
            self._article_events(result.article, request, ctx)
        body = {
            "status": result.status, "message": result.message,
            "events_created": result.events_created, "events_linked": result.events_linked,
            "article": ArticleDetailSerializer(result.article, context=ctx).data,
        }
        code = status.HTTP_201_CREATED if result.status == "new" else status.HTTP_200_OK
        return Response(body, status=code)

    @staticmethod
    def _json_body(request):
        raw = request.body
        try:
            return json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ParseError(f"The body is not UTF-8 (byte {exc.start}).")
        except json.JSONDecodeError as exc:
            raise ParseError(f"Malformed JSON: {exc.msg} at line {exc.lineno} column "
                             f"{exc.colno}.")


def _too_large(size: int) -> Response:
    return Response(
        {"detail": f"The request is {size:,} bytes; an article body may be at most "
                   f"{MAX_BODY_BYTES:,} bytes of UTF-8."},
        status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)


# --- Timelines --------------------------------------------------------------------------------

@extend_schema(tags=["timelines"])
class TimelineViewSet(ConditionalGetMixin, EditorContextMixin, viewsets.ReadOnlyModelViewSet):
    """Curated timelines: their selection criteria and hand-picked events."""

    serializer_class = TimelineSerializer
    filterset_class = None  # the events action sets EventFilter
    pagination_class = KeysetPagination
    keyset_field = "title"
    lookup_field = "slug"

    def get_queryset(self):
        return timelines_visible(user=self.request.user)

    def retrieve(self, request, *args, **kwargs):
        timeline = self.get_object()
        self.last_modified = timeline.updated_at
        return Response(self.get_serializer(timeline).data)

    @extend_schema(parameters=[ORDERING_PARAM], responses=EventSerializer(many=True),
                   filters=True)
    @action(detail=True, url_path="events", url_name="events", serializer_class=EventSerializer,
            filterset_class=EventFilter)
    def events(self, request, slug=None):
        """The timeline's events in date order, with the same filters as `/events/`."""
        # Not get_object(): that would run the event filters on the timeline queryset.
        timeline = get_object_or_404(self.get_queryset(), slug=slug)
        qs = self.filter_queryset(timeline_events(timeline=timeline, user=request.user))
        self.keyset_field = "date_start"
        self.keyset_descending = _ordering_descending(request)
        return events_page(self, qs)
