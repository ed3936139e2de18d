"""Actors and their aliases: the parser's gazetteer, curated by editors."""
from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html

from .. import curation
from ..models import Actor, ActorAlias, Event, ReviewStatus, normalize_name
from .base import CuratedAdmin, has_model_perm, is_changelist
from .events import status_badge
from .filters import EventCountryOnActorFilter, country_label
from .merge import merge_action
from .resources import ActorResource

ALIAS_HELP = ("Other names for this actor (\"Lavrov\", \"the Kremlin\"). The next parse uses "
              "them: articles ingested or re-parsed after you save recognise these names as "
              "this actor. Existing events are not changed until their article is re-parsed.")


def _count(field: str):
    rows = (Event.objects.filter(**{field: OuterRef("pk")}).order_by().values(field)
            .annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def actor_search(queryset, term: str):
    term = " ".join((term or "").split())
    if not term:
        return queryset
    aliases = ActorAlias.objects.filter(normalized__contains=normalize_name(term))
    return queryset.filter(Q(name__icontains=term) | Q(slug__icontains=term)
                           | Q(pk__in=aliases.values("actor_id")))


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ("name",)
    verbose_name_plural = "aliases (used by the next parse)"

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["name"].help_text = ALIAS_HELP
        return formset


@admin.register(Actor)
class ActorAdmin(CuratedAdmin):
    resource_classes = [ActorResource]
    list_display = ("name", "kind", "country_col", "role", "status_col", "events_as_actor",
                    "events_as_target", "alias_list")
    list_filter = ("status", "kind", EventCountryOnActorFilter)
    search_fields = ("name",)  # shows the box (and enables autocomplete); see get_search_results
    search_help_text = "Name, alias or slug."
    ordering = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug", "kind", "country", "role", "status", "event_links")
    readonly_fields = ("event_links",)
    inlines = (ActorAliasInline,)
    actions = ("approve_selected", "reject_selected", "merge_selected")

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if is_changelist(request):
            qs = qs.annotate(n_actor=_count("actor"), n_target=_count("target")) \
                .prefetch_related("aliases")
        return qs

    def get_search_results(self, request, queryset, search_term):
        return actor_search(queryset, search_term), False

    @admin.display(description="country", ordering="country")
    def country_col(self, obj):
        return country_label(obj.country) if obj.country else "—"

    @admin.display(description="status", ordering="status")
    def status_col(self, obj):
        return status_badge(obj)

    @admin.display(description="events", ordering="n_actor")
    def events_as_actor(self, obj):
        url = reverse("admin:events_event_changelist") + f"?actor={obj.pk}&status=all"
        return format_html('<a href="{}">{}</a>', url, obj.n_actor)

    @admin.display(description="as target", ordering="n_target")
    def events_as_target(self, obj):
        return obj.n_target

    @admin.display(description="aliases")
    def alias_list(self, obj):
        names = [a.name for a in obj.aliases.all()]
        return ", ".join(names[:6]) + (" …" if len(names) > 6 else "")

    @admin.display(description="events")
    def event_links(self, obj):
        if obj.pk is None:
            return "—"
        counts = Event.objects.filter(Q(actor=obj) | Q(target=obj)).aggregate(
            total=Count("pk"), pending=Count("pk", filter=Q(status=ReviewStatus.PENDING)))
        url = reverse("admin:events_event_changelist")
        return format_html(
            '<a href="{}?actor={}&status=all">{} events</a> as actor or target, '
            '<a href="{}?actor={}">{} pending review</a>',
            url, obj.pk, counts["total"], url, obj.pk, counts["pending"])

    def _review(self, request, queryset, status):
        n = curation.actors_review(actors=queryset, status=status, user=request.user)
        self.message_user(request, f"{n} actor(s) marked {status}.", messages.SUCCESS)

    @admin.action(description="Approve selected actors", permissions=["change"])
    def approve_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.APPROVED)

    @admin.action(description="Reject selected actors", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)

    @admin.action(description="Merge selected actors…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        return merge_action(self, request, queryset.select_related(None),
                            merge=curation.actor_merge, describe=_describe_actor)

    def has_merge_permission(self, request):
        return has_model_perm(request, self.opts, "change") and \
            has_model_perm(request, self.opts, "delete")


def _describe_actor(actor) -> dict:
    n = getattr(actor, "n_actor", 0) + getattr(actor, "n_target", 0)
    aliases = [a.name for a in actor.aliases.all()]
    return {
        "obj": actor,
        "url": reverse("admin:events_actor_change", args=[actor.pk]),
        "title": f"#{actor.pk} {actor.name} ({actor.get_kind_display().lower()}"
                 f"{', ' + actor.country if actor.country else ''})",
        "detail": actor.role,
        "extra": f"{actor.get_status_display()}, {n} event(s); aliases: "
                 f"{', '.join(aliases) or 'none'}",
        "score": (actor.status == ReviewStatus.APPROVED, n, len(aliases)),
    }


@admin.register(ActorAlias)
class ActorAliasAdmin(CuratedAdmin):
    list_display = ("name", "actor", "normalized")
    list_select_related = ("actor",)
    search_fields = ("name", "actor__name")
    autocomplete_fields = ("actor",)
    fields = ("actor", "name")
