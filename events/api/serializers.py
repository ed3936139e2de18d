"""Serializers. For events the declared fields only describe the JSON for the OpenAPI schema:
the data is built by `event_payloads` as plain dicts from `.values()` rows, several times
faster than model instances and nested DRF fields, which keeps a page of events within a
small factor of its raw SQL (docs/api.md)."""
from __future__ import annotations

from datetime import date

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events import taxonomy
from events.display import display_date
from events.models import Actor, Article, Event, Timeline


def _abs(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


class _UrlMaker:
    """Absolute URLs without a `reverse()` per row: one per name and request."""

    def __init__(self, request):
        self.request = request
        self._bases: dict[str, str] = {}

    def __call__(self, name: str, key) -> str:
        base = self._bases.get(name)
        if base is None:
            path = reverse(name, args=["0"])
            base = _abs(self.request, path[: path.rindex("0/")])
            self._bases[name] = base
        return f"{base}{key}/"


def url_maker(context) -> _UrlMaker:
    maker = context.get("_urls")
    if maker is None:
        maker = context["_urls"] = _UrlMaker(context.get("request"))
    return maker


# --- Events -----------------------------------------------------------------------------------

class EventDateSerializer(serializers.Serializer):
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    precision = serializers.ChoiceField(choices=list(taxonomy.PRECISIONS) + [""])
    mod = serializers.ChoiceField(choices=list(taxonomy.MODS) + [""])
    value = serializers.CharField(help_text="TIMEX3 value: 2026-01-07, 2025-12, 2025-Q4...")
    display = serializers.CharField(help_text='Human date: "mid-December 2025"')
    source = serializers.ChoiceField(choices=list(taxonomy.DATE_SOURCES))
    text = serializers.CharField(help_text="The words the date came from")


class ActorBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Actor.Kind.choices)
    country = serializers.CharField()
    role = serializers.CharField()


class SourceSerializer(serializers.Serializer):
    article_id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField(allow_null=True)
    outlet = serializers.CharField()
    published = serializers.DateField()
    sentence = serializers.CharField(help_text="The evidence sentence")
    start = serializers.IntegerField(help_text="Offset of the sentence in the article body")
    end = serializers.IntegerField()


# The columns an event listing needs, fetched with .values(): building dicts straight from
# rows skips model instances and the prefetch machinery, the bulk of the ORM's cost per page.
EVENT_FIELDS = (
    "id", "type", "cameo", "summary", "quote", "confidence", "date_start", "date_end",
    "precision", "date_mod", "date_value", "date_source", "date_text",
    "status", "editor_modified", "reviewed_at",
    "actor__id", "actor__slug", "actor__name", "actor__kind", "actor__country", "actor__role",
    "target__id", "target__slug", "target__name", "target__kind", "target__country",
    "target__role",
)


def _actor(row: dict, prefix: str) -> dict | None:
    pk = row[f"{prefix}__id"]
    if pk is None:
        return None
    return {"id": pk, "slug": row[f"{prefix}__slug"], "name": row[f"{prefix}__name"],
            "kind": row[f"{prefix}__kind"], "country": row[f"{prefix}__country"],
            "role": row[f"{prefix}__role"]}


def _date(row: dict) -> dict:
    start, end = row["date_start"], row["date_end"]
    return {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "precision": row["precision"], "mod": row["date_mod"], "value": row["date_value"],
        "display": display_date(start=start, end=end, precision=row["precision"],
                                mod=row["date_mod"], value=row["date_value"]),
        "source": row["date_source"], "text": row["date_text"],
    }


def event_sources_by_event(event_ids) -> dict[int, list[dict]]:
    """The sources of many events in one query, oldest article first.

    Plain SQL: it is the hottest query of the API, and the ORM spends longer compiling it
    (a 50-value IN list) than PostgreSQL spends running it."""
    from django.db import connection

    from events.models import Article, Mention

    out: dict[int, list[dict]] = {}
    ids = [int(pk) for pk in event_ids]
    if not ids:
        return out
    q = connection.ops.quote_name
    m, a = q(Mention._meta.db_table), q(Article._meta.db_table)
    sql = (f"SELECT m.{q('event_id')}, a.{q('id')}, a.{q('title')}, a.{q('url')}, "
           f"a.{q('outlet')}, a.{q('published')}, m.{q('sentence')}, m.{q('start')}, "
           f"m.{q('end')} FROM {m} m JOIN {a} a ON a.{q('id')} = m.{q('article_id')} "
           f"WHERE m.{q('event_id')} IN ({', '.join(['%s'] * len(ids))}) "
           f"ORDER BY a.{q('published')}, m.{q('article_id')}, m.{q('start')}")
    with connection.cursor() as cur:
        cur.execute(sql, ids)
        rows = cur.fetchall()
    for event_id, article_id, title, url, outlet, published, sentence, start, end in rows:
        if isinstance(published, str):  # SQLite hands dates back as text
            published = date.fromisoformat(published)
        out.setdefault(event_id, []).append({
            "article_id": article_id, "title": title, "url": url, "outlet": outlet,
            "published": published.isoformat(), "sentence": sentence, "start": start,
            "end": end})
    return out


def event_payloads(rows: list[dict], *, context) -> list[dict]:
    """Contract-shaped events from `EVENT_FIELDS` rows, plus one query for their sources."""
    urls = url_maker(context)
    editor = bool(context.get("editor"))
    sources = event_sources_by_event([r["id"] for r in rows])
    out = []
    for r in rows:
        t = taxonomy.BY_SLUG.get(r["type"])
        data = {
            "id": r["id"], "url": urls("event-detail", r["id"]), "type": r["type"],
            "type_label": t.label if t else r["type"], "cameo": r["cameo"], "date": _date(r),
            "actor": _actor(r, "actor"), "target": _actor(r, "target"),
            "summary": r["summary"], "quote": r["quote"], "confidence": r["confidence"],
            "sources": sources.get(r["id"], []),
        }
        if editor:
            data["status"] = r["status"]
            data["editor_modified"] = r["editor_modified"]
            reviewed = r["reviewed_at"]
            data["reviewed_at"] = reviewed.isoformat().replace("+00:00", "Z") \
                if reviewed else None
        out.append(data)
    return out


def event_payloads_for(queryset, *, context, order=("date_start", "id")) -> list[dict]:
    return event_payloads(list(queryset.order_by(*order).values(*EVENT_FIELDS)),
                          context=context)


class EventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.URLField()
    type = serializers.ChoiceField(choices=list(taxonomy.TYPE_SLUGS))
    type_label = serializers.CharField()
    cameo = serializers.CharField()
    date = EventDateSerializer()
    actor = ActorBriefSerializer()
    target = ActorBriefSerializer(allow_null=True)
    summary = serializers.CharField()
    quote = serializers.CharField()
    confidence = serializers.FloatField()
    sources = SourceSerializer(many=True)
    status = serializers.ChoiceField(
        choices=["pending", "approved", "rejected"], required=False,
        help_text="Editors only")
    editor_modified = serializers.BooleanField(required=False, help_text="Editors only")
    reviewed_at = serializers.DateTimeField(required=False, allow_null=True,
                                            help_text="Editors only")

    def to_representation(self, instance):
        if isinstance(instance, dict) and "type_label" in instance:
            return instance  # already built by event_payloads
        [payload] = event_payloads_for(Event.objects.filter(pk=instance.pk),
                                       context=self.context)
        return payload


# --- Actors -----------------------------------------------------------------------------------

class ActorSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["id", "url", "slug", "name", "kind", "country", "role", "aliases"]

    def get_url(self, actor) -> str:
        return url_maker(self.context)("actor-detail", actor.slug)

    def get_aliases(self, actor) -> list[str]:
        return [a.name for a in actor.aliases.all()]


class ActorDetailSerializer(ActorSerializer):
    events_url = serializers.SerializerMethodField()
    events = serializers.SerializerMethodField()

    class Meta(ActorSerializer.Meta):
        fields = ActorSerializer.Meta.fields + ["events_url", "events"]

    def get_events_url(self, actor) -> str:
        return _abs(self.context.get("request"), reverse("event-list") + f"?actor={actor.slug}")

    @extend_schema_field(EventSerializer(many=True))
    def get_events(self, actor) -> list[dict]:
        # The view hands over the first events (date order); the rest via events_url.
        return self.context.get("actor_events", [])


# --- Articles ---------------------------------------------------------------------------------

class ArticleSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This resource in the API")
    source_url = serializers.URLField(source="url", allow_null=True,
                                      help_text="Where the article was published")

    class Meta:
        model = Article
        fields = ["id", "url", "title", "published", "source_url", "outlet", "language",
                  "ingested_at"]

    def get_url(self, article) -> str:
        return url_maker(self.context)("article-detail", article.pk)


class ArticleDetailSerializer(ArticleSerializer):
    events = serializers.SerializerMethodField()

    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["body", "parser_version", "events"]

    @extend_schema_field(EventSerializer(many=True))
    def get_events(self, article) -> list[dict]:
        return self.context.get("article_events", [])


class ArticleIngestSerializer(serializers.Serializer):
    """The JSON body of `POST articles/` (the seed text format is accepted as text/plain)."""

    title = serializers.CharField(max_length=500)
    published = serializers.CharField(
        max_length=40, help_text="YYYY-MM-DD; a full ISO timestamp is accepted for its date")
    body = serializers.CharField(help_text="Plain text, at most 1,000,000 bytes in UTF-8")
    url = serializers.URLField(required=False, allow_null=True, max_length=1000)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    language = serializers.CharField(required=False, max_length=16)

    def validate_published(self, value):
        from datetime import date

        day = value.strip()[:10]
        if len(value.strip()) > 10 and value.strip()[10] != "T":
            raise serializers.ValidationError("Use YYYY-MM-DD.")
        try:
            return date.fromisoformat(day) and value
        except ValueError:
            raise serializers.ValidationError("Not a real date in the form YYYY-MM-DD.")


class IngestResultSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["new", "unchanged", "updated"])
    message = serializers.CharField()
    events_created = serializers.IntegerField()
    events_linked = serializers.IntegerField()
    article = ArticleDetailSerializer()


# --- Timelines --------------------------------------------------------------------------------

class TimelineSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    events_url = serializers.SerializerMethodField()

    class Meta:
        model = Timeline
        fields = ["slug", "title", "description", "url", "events_url", "updated_at"]

    def get_url(self, timeline) -> str:
        return url_maker(self.context)("timeline-detail", timeline.slug)

    def get_events_url(self, timeline) -> str:
        return _abs(self.context.get("request"),
                    reverse("timeline-events", args=[timeline.slug]))
