"""The data model: articles, actors, events, their evidence (mentions), timelines.

Designed for curation (every event has a review status and remembers whether an editor changed
it) and for scale (indexes on what timeline queries filter and order by).
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from . import taxonomy


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class Article(models.Model):
    title = models.CharField(max_length=500)
    published = models.DateField(db_index=True)
    body = models.TextField()
    url = models.URLField(max_length=1000, null=True, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=16, default="en")
    content_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the normalised date, title and body"
    )
    source_name = models.CharField(max_length=500, blank=True, help_text="File it came from")
    ingested_at = models.DateTimeField(auto_now_add=True)
    parser_version = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content_hash"),
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_unique_url"
            ),
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
        ]
        indexes = [models.Index(fields=["outlet", "-published"], name="article_outlet_pub_idx")]

    def __str__(self):
        return f"{self.published} {self.title}"


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group"

    name = models.CharField(max_length=200, help_text="Canonical name: full name for people, "
                            "short English name for states and organisations")
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    country = models.CharField(
        max_length=3, blank=True, db_index=True,
        help_text="ISO 3166-1 alpha-3 (RUS), or an organisation code (EUR, UNO, NAT)",
    )
    role = models.CharField(max_length=200, blank=True, help_text="e.g. foreign minister")
    status = models.CharField(
        max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.APPROVED,
        db_index=True, help_text="Actors the parser discovers start as pending",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=r"^[A-Z]{3}$"),
                name="actor_country_alpha3",
            ),
        ]
        indexes = [models.Index(fields=["name"], name="actor_name_idx")]

    def __str__(self):
        return self.name


class ActorAlias(models.Model):
    """Another name for an actor ("Lavrov", "the Kremlin"); the parser reads these."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "actor aliases"
        constraints = [
            models.UniqueConstraint(fields=["actor", "normalized"], name="alias_unique_per_actor"),
        ]

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


def normalize_name(name: str) -> str:
    return " ".join(name.casefold().split())


class Event(models.Model):
    TYPE_CHOICES = [(t.slug, t.label) for t in taxonomy.EVENT_TYPES]
    PRECISION_CHOICES = [(p, p) for p in taxonomy.PRECISIONS]
    MOD_CHOICES = [(m, m.replace("_", " ").lower()) for m in taxonomy.MODS]

    class DateSource(models.TextChoices):
        TEXT = "text", "From the text"
        PUBLICATION = "publication", "Publication date"
        NONE = "none", "Undated"

    type = models.CharField(max_length=32, choices=TYPE_CHOICES)
    cameo = models.CharField("CAMEO code", max_length=4)
    summary = models.TextField(blank=True)
    quote = models.TextField(blank=True)

    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    date_mod = models.CharField("modifier", max_length=16, choices=MOD_CHOICES, blank=True)
    date_value = models.CharField("TIMEX3 value", max_length=32, blank=True)
    date_source = models.CharField(max_length=16, choices=DateSource.choices,
                                   default=DateSource.NONE)
    date_text = models.CharField("date words", max_length=200, blank=True)

    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="events")
    target = models.ForeignKey(Actor, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="targeted_events")

    confidence = models.FloatField(default=0.5)
    status = models.CharField(max_length=16, choices=ReviewStatus.choices,
                              default=ReviewStatus.PENDING)
    editor_modified = models.BooleanField(
        default=False, help_text="An editor changed this event, so re-parsing keeps it as is"
    )
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["date_start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_start__isnull=True, date_end__isnull=True)
                | Q(date_start__isnull=False, date_end__isnull=False,
                    date_start__lte=models.F("date_end")),
                name="event_date_range_valid",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="event_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(type__in=taxonomy.TYPE_SLUGS), name="event_type_known"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ReviewStatus.values), name="event_status_known"
            ),
            models.CheckConstraint(
                condition=~Q(date_source="none") | Q(date_start__isnull=True),
                name="event_undated_has_no_range",
            ),
        ]
        indexes = [
            # The public timeline: approved events in date order, id as the tiebreak.
            models.Index(fields=["status", "date_start", "id"], name="event_status_date_idx"),
            models.Index(fields=["actor", "status", "date_start"], name="event_actor_date_idx"),
            models.Index(fields=["target", "status", "date_start"], name="event_target_date_idx"),
            models.Index(fields=["type", "status", "date_start"], name="event_type_date_idx"),
            models.Index(fields=["cameo"], name="event_cameo_idx"),
            models.Index(fields=["status", "-created_at"], name="event_review_queue_idx"),
        ]

    def __str__(self):
        when = self.date_value or "undated"
        return f"{when} {self.get_type_display()}: {self.actor_id and self.actor}"

    def get_absolute_url(self):
        return reverse("admin:events_event_change", args=[self.pk])


class Mention(models.Model):
    """An event's support in one article: the sentence and where it is in the body."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField()
    start = models.PositiveIntegerField(help_text="Character offset into the article body")
    end = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")),
                                   name="mention_offsets_ordered"),
            models.UniqueConstraint(fields=["event", "article", "start"],
                                    name="mention_unique_per_event_article_offset"),
        ]

    def __str__(self):
        return f"{self.article_id}[{self.start}:{self.end}]"


class Timeline(models.Model):
    """A curated view of events: selection criteria, hand-picked events, or both."""

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    is_public = models.BooleanField(default=True)
    actors = models.ManyToManyField(Actor, blank=True, related_name="timelines",
                                    help_text="Events where any of these is actor or target")
    types = models.JSONField(default=list, blank=True, help_text="Event type slugs")
    countries = models.JSONField(default=list, blank=True, help_text="ISO alpha-3 codes")
    date_from = models.DateField(null=True, blank=True)
    date_to = models.DateField(null=True, blank=True)
    query = models.CharField(max_length=200, blank=True, help_text="Text the events contain")
    events = models.ManyToManyField(Event, blank=True, related_name="timelines",
                                    help_text="Hand-picked events, shown whatever the criteria")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[actors])

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_from__isnull=True) | Q(date_to__isnull=True)
                | Q(date_from__lte=models.F("date_to")),
                name="timeline_date_range_valid",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def has_criteria(self) -> bool:
        return bool(self.types or self.countries or self.date_from or self.date_to
                    or self.query or (self.pk and self.actors.exists()))
