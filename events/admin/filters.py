"""Changelist filters for the review queue.

Filters over related tables (outlet, duplicates) use EXISTS subqueries so a row never shows
twice and no DISTINCT over the whole table is needed. Filters with many choices (actors,
outlets) do not compute facet counts: one COUNT per choice would be hundreds of counts.
"""
from __future__ import annotations

from django.contrib import admin
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q

from ..models import Actor, Article, Event, Mention, ReviewStatus

MANY_CHOICES = 60  # above this a filter renders as a drop-down list


class ReviewStatusFilter(admin.SimpleListFilter):
    """The queue opens on pending events; "All" is an explicit choice, not the default."""

    title = "review status"
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return ReviewStatus.choices

    def queryset(self, request, queryset):
        value = self.value() or ReviewStatus.PENDING
        if value == self.ALL:
            return queryset
        if value not in ReviewStatus.values:
            return queryset.none()
        return queryset.filter(status=value)

    def get_facet_counts(self, pk_attname, filtered_qs):
        # Plain conditional counts, one pass over the rows (Django's default for a
        # SimpleListFilter is a "pk IN (subquery)" per choice).
        return {f"{i}__c": Count(pk_attname, filter=Q(status=value))
                for i, (value, _) in enumerate(self.lookup_choices)}

    def choices(self, changelist):
        add_facets = changelist.add_facets
        counts = self.get_facet_queryset(changelist) if add_facets else {}
        current = self.value() or ReviewStatus.PENDING
        for i, (lookup, title) in enumerate(self.lookup_choices):
            if add_facets:
                title = f"{title} ({counts.get(f'{i}__c', '-')})"
            yield {
                "selected": current == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }
        yield {
            "selected": current == self.ALL,
            "query_string": changelist.get_query_string({self.parameter_name: self.ALL}),
            "display": "All",
        }


class NoFacetsMixin:
    """For filters with many choices: list them without a COUNT per choice."""

    template = "admin/events/dropdown_filter.html"

    def get_facet_counts(self, pk_attname, filtered_qs):
        return {}

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class ActorFilter(admin.SimpleListFilter):
    """Events where the actor is actor or target. Thousands of actors make no list: the
    filter is a search box fed by the admin's actor autocomplete."""

    title = "actor"
    parameter_name = "actor"
    template = "admin/events/autocomplete_filter.html"

    def lookups(self, request, model_admin):
        value = self.value()
        actor = Actor.objects.filter(pk=value).first() if value and value.isdigit() else None
        # Always one row, so the filter shows even when nothing is picked.
        return [(str(actor.pk), actor.name)] if actor else [("", "")]

    def get_facet_counts(self, pk_attname, filtered_qs):
        return {}

    def choices(self, changelist):
        selected = [(k, v) for k, v in self.lookup_choices if k]
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All",
            "current": selected[0][1] if selected else "",
            "parameter": self.parameter_name,
        }

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if not value.isdigit():
            return queryset.none()
        return queryset.filter(Q(actor_id=value) | Q(target_id=value))


class CountryFilter(NoFacetsMixin, admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = (Actor.objects.exclude(country="").order_by("country")
                 .values_list("country", flat=True).distinct())
        return [(code, country_label(code)) for code in codes]

    def queryset(self, request, queryset):
        value = (self.value() or "").upper()
        if not value:
            return queryset
        # Ids of the country's actors rather than a join: the newest-first scan of the
        # events stops after one page instead of joining every event to its actors.
        actors = Actor.objects.filter(country=value).values("pk")
        return queryset.filter(Q(actor_id__in=actors) | Q(target_id__in=actors))


class OutletFilter(NoFacetsMixin, admin.SimpleListFilter):
    title = "outlet"
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        return outlet_choices()

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        return queryset.filter(Exists(Mention.objects.filter(
            event=OuterRef("pk"), article__outlet=value)))


class ConfidenceFilter(admin.SimpleListFilter):
    title = "parser confidence"
    parameter_name = "confidence"
    BANDS = {
        "low": ("Low (< 0.4)", Q(confidence__lt=0.4)),
        "medium": ("Medium (0.4–0.7)", Q(confidence__gte=0.4, confidence__lt=0.7)),
        "high": ("High (≥ 0.7)", Q(confidence__gte=0.7)),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _) in self.BANDS.items()]

    def get_facet_counts(self, pk_attname, filtered_qs):
        return {f"{i}__c": Count(pk_attname, filter=cond)
                for i, (_, cond) in enumerate(self.BANDS.values())}

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value() or "")
        return queryset.filter(band[1]) if band else queryset


class DuplicatesOfFilter(admin.SimpleListFilter):
    """?dup_of=<id>: the event and its likely duplicates, ready to select and merge."""

    title = "likely duplicates of"
    parameter_name = "dup_of"

    def lookups(self, request, model_admin):
        value = self.value()
        if value and value.isdigit():
            return [(value, f"event #{value}")]
        return []

    def has_output(self):
        return bool(self.value())

    def queryset(self, request, queryset):
        from ..curation import event_duplicates

        value = self.value()
        if not value:
            return queryset
        event = Event.objects.filter(pk=value).first() if value.isdigit() else None
        if event is None:
            return queryset.none()
        ids = [event.pk, *event_duplicates(event=event).values_list("pk", flat=True)]
        return queryset.filter(pk__in=ids)


class EventCountryOnActorFilter(NoFacetsMixin, admin.SimpleListFilter):
    """Actor list: filter by country."""

    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        return CountryFilter.lookups(self, request, model_admin)

    def queryset(self, request, queryset):
        value = (self.value() or "").upper()
        return queryset.filter(country=value) if value else queryset


OUTLETS_CACHE_KEY = "events:admin:outlets"


def outlet_choices() -> list[tuple[str, str]]:
    """Outlets for the filters: a DISTINCT over all articles, so cached for ten minutes."""
    choices = cache.get(OUTLETS_CACHE_KEY)
    if choices is None:
        outlets = (Article.objects.exclude(outlet="").order_by("outlet")
                   .values_list("outlet", flat=True).distinct())
        choices = [(o, o) for o in outlets[:500]]
        cache.set(OUTLETS_CACHE_KEY, choices, 600)
    return choices


# Organisation codes the parser uses in the country field (models.Actor.country).
ORGANISATIONS = {"EUR": "European Union", "UNO": "United Nations", "NAT": "NATO"}


def country_label(code: str) -> str:
    if code in ORGANISATIONS:
        return f"{ORGANISATIONS[code]} ({code})"
    try:
        import pycountry

        found = pycountry.countries.get(alpha_3=code)
    except (ImportError, LookupError, KeyError):
        found = None
    return f"{found.name} ({code})" if found else code
