"""The event admin: the editors' review queue and the event page."""
from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from .. import curation
from ..models import Actor, ActorAlias, Article, Event, Mention, ReviewStatus, normalize_name
from ..search import events_search
from ..services import event_review
from .base import CuratedAdmin, ReadOnlyInline, has_model_perm, is_changelist
from .datehierarchy import date_hierarchy as build_date_hierarchy
from .dates import event_date_display
from .evidence import confidence_html, evidence_html, links_html
from .filters import (
    ActorFilter,
    ConfidenceFilter,
    CountryFilter,
    DuplicatesOfFilter,
    OutletFilter,
    ReviewStatusFilter,
)
from .forms import EventAdminForm
from .merge import merge_action
from .resources import EventResource

STATUS_CSS = {ReviewStatus.PENDING: "pending", ReviewStatus.APPROVED: "approved",
              ReviewStatus.REJECTED: "rejected"}


def status_badge(obj) -> str:
    # The short word in lists; the full label as a tooltip.
    return format_html('<span class="ev-status ev-status-{}" title="{}">{}</span>',
                       STATUS_CSS.get(obj.status, obj.status), obj.get_status_display(),
                       obj.status)


def event_search(queryset, term: str):
    """Summary and quote (full-text on PostgreSQL), actor and target names and aliases,
    article titles, or an event id. The parts are a UNION ALL of id lists under one IN, so
    each part can use its own index and no row shows twice."""
    term = " ".join((term or "").split())
    if not term:
        return queryset
    if term.lstrip("#").isdigit():
        return queryset.filter(pk=int(term.lstrip("#")))
    actors = Actor.objects.filter(
        Q(name__icontains=term)
        | Q(pk__in=ActorAlias.objects.filter(normalized__contains=normalize_name(term))
            .values("actor_id"))
    ).values("pk")
    ids = (
        Event.objects.filter(actor_id__in=actors).order_by().values("pk")
        .union(Event.objects.filter(target_id__in=actors).order_by().values("pk"),
               events_search(Event.objects.all(), term).order_by().values("pk"),
               Mention.objects.filter(article__title__icontains=term).order_by()
               .values("event_id"), all=True)
    )
    return queryset.filter(pk__in=ids)


class MentionInline(ReadOnlyInline):
    model = Mention
    fields = ("article_link", "sentence", "start", "end")
    readonly_fields = fields
    verbose_name = "evidence sentence"
    verbose_name_plural = "evidence sentences (raw)"
    classes = ("collapse",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article").defer("article__body")

    @admin.display(description="article")
    def article_link(self, obj):
        return format_html('<a href="{}">{}</a>',
                           reverse("admin:events_article_change", args=[obj.article_id]),
                           obj.article.title)


@admin.register(Event)
class EventAdmin(CuratedAdmin):
    form = EventAdminForm
    resource_classes = [EventResource]
    change_form_template = "admin/events/event/change_form.html"
    import_export_change_list_template = "admin/events/event/change_list.html"
    list_display = ("event_date", "type", "actor", "target", "summary_short", "confidence_col",
                    "status_col", "source")
    list_display_links = ("event_date", "summary_short")
    list_filter = (ReviewStatusFilter, "type", "precision", "date_source", ConfidenceFilter,
                   ActorFilter, CountryFilter, OutletFilter, "editor_modified",
                   DuplicatesOfFilter)
    list_select_related = ("actor", "target")
    date_hierarchy = "date_start"
    # The review queue: most recently extracted first. Ids grow with extraction, and the
    # primary key index serves this order for any filter, with no sort of the matching rows.
    ordering = ("-id",)
    search_fields = ("summary",)  # shows the search box; get_search_results does the work
    search_help_text = "Summary, quote, actor names and aliases, article titles, or #id."
    autocomplete_fields = ("actor", "target")
    inlines = (MentionInline,)
    actions = ("approve_selected", "reject_selected", "unreview_selected", "merge_selected",
               "find_duplicates")
    readonly_fields = ("evidence", "confidence_col", "understood_date", "date_text",
                       "status_col", "editor_modified", "reviewed_by", "reviewed_at", "cameo",
                       "likely_duplicates", "merged_from")
    fieldsets = (
        ("Evidence", {"fields": ("evidence", "confidence_col")}),
        ("Event", {"fields": ("type", "cameo", "actor", "target", "summary", "quote")}),
        ("Date", {"fields": ("when", "understood_date", "date_text")}),
        ("Review", {"fields": ("status_col", "editor_modified", "reviewed_by", "reviewed_at")}),
        ("Likely duplicates", {"fields": ("likely_duplicates", "merged_from")}),
    )
    history_list_display = ["status"]
    view_on_site = False  # the event's URL is this page; the public sees it on a timeline

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if not is_changelist(request):
            return qs
        # The list's "source" column: titles and outlets, never the article bodies.
        articles = Article.objects.only("id", "title", "outlet", "published", "url")
        return qs.prefetch_related(
            Prefetch("mentions", queryset=Mention.objects.select_related(None)
                     .prefetch_related(Prefetch("article", queryset=articles))
                     .order_by("article__published", "article_id", "start")))

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:
            # The evidence panel shows article bodies; load them only on the event page.
            prefetch = Prefetch("mentions", queryset=Mention.objects.select_related("article")
                                .order_by("article__published", "article_id", "start"))
            prefetch_related_objects([obj], prefetch, "actor__aliases", "target__aliases")
        return obj

    def get_search_results(self, request, queryset, search_term):
        return event_search(queryset, search_term), False

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        cl = getattr(response, "context_data", {}).get("cl")
        if cl is not None:
            # Replaces Django's drill-down, which scans the filtered rows (datehierarchy.py).
            response.context_data["ev_date_hierarchy"] = build_date_hierarchy(cl)
        return response

    # --- columns ---

    @admin.display(description="date", ordering="date_start")
    def event_date(self, obj):
        return event_date_display(obj)

    @admin.display(description="summary")
    def summary_short(self, obj):
        return Truncator(obj.summary or obj.quote or "—").chars(90)

    @admin.display(description="confidence", ordering="confidence")
    def confidence_col(self, obj):
        return confidence_html(obj.confidence)

    @admin.display(description="status", ordering="status")
    def status_col(self, obj):
        return status_badge(obj)

    @admin.display(description="edited", boolean=True, ordering="editor_modified")
    def edited(self, obj):
        return obj.editor_modified

    @admin.display(description="source")
    def source(self, obj):
        mentions = obj.mentions.all()
        if not mentions:
            return "—"
        first = mentions[0].article
        more = len({m.article_id for m in mentions}) - 1
        label = first.outlet or Truncator(first.title).chars(30)
        return f"{label} +{more}" if more else label

    # --- event page panels ---

    @admin.display(description="evidence")
    def evidence(self, obj):
        return evidence_html(obj)

    @admin.display(description="understood as")
    def understood_date(self, obj):
        if obj.pk is None or obj.date_start is None:
            return "undated"
        span = obj.date_start.isoformat() if obj.date_start == obj.date_end else \
            f"{obj.date_start} – {obj.date_end}"
        mod = f", modifier {obj.date_mod}" if obj.date_mod else ""
        return format_html("{} <span class='ev-muted'>(TIMEX3 {}, {} precision{}; {})</span>",
                           span, obj.date_value, obj.precision, mod,
                           obj.get_date_source_display())

    @admin.display(description="likely duplicates")
    def likely_duplicates(self, obj):
        dups = list(curation.event_duplicates(event=obj, limit=10))
        if not dups:
            return "None found (same actor and type, overlapping date, other articles)."
        rows = [(reverse("admin:events_event_change", args=[d.pk]),
                 f"#{d.pk} {event_date_display(d)} — {Truncator(d.summary).chars(60)} "
                 f"({d.get_status_display().lower()})") for d in dups]
        url = reverse("admin:events_event_changelist") + f"?dup_of={obj.pk}&status=all"
        return format_html('{}<p><a class="button" href="{}">Compare and merge…</a></p>',
                           links_html(rows), url)

    @admin.display(description="merged from")
    def merged_from(self, obj):
        if obj.pk is None:
            return "—"
        rows = [(reverse("admin:events_event_history", args=[h.id]), f"#{h.id}")
                for h in curation.event_merged_from(event=obj)]
        return links_html(rows)

    # --- saving ---

    def save_model(self, request, obj, form, change):
        if not change or form.has_changed():
            # An editor's version: a re-parse of the article keeps it as it is.
            curation.event_mark_edited(event=obj)
        super().save_model(request, obj, form, change)
        for button, status in (("_approve", ReviewStatus.APPROVED),
                               ("_reject", ReviewStatus.REJECTED)):
            if button in request.POST:
                event_review(event=obj, status=status, user=request.user)
                self.message_user(request, f"Event #{obj.pk} {status}.", messages.SUCCESS)

    def response_change(self, request, obj):
        if "_approve" in request.POST or "_reject" in request.POST:
            # Back to the queue, where the next event waits.
            return HttpResponseRedirect(self._queue_url(request))
        return super().response_change(request, obj)

    def _queue_url(self, request):
        from django.contrib.admin.templatetags.admin_urls import add_preserved_filters

        url = reverse("admin:events_event_changelist")
        return add_preserved_filters(
            {"preserved_filters": self.get_preserved_filters(request), "opts": self.opts}, url)

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        context["can_review"] = bool(obj) and self.has_change_permission(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # --- actions ---

    def _review(self, request, queryset, status):
        n = curation.events_review(events=queryset.select_related(None), status=status,
                                   user=request.user)
        self.message_user(request, f"{n} event(s) marked {status}.", messages.SUCCESS)

    @admin.action(description="Approve selected events", permissions=["change"])
    def approve_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.APPROVED)

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)

    @admin.action(description="Send selected events back to pending", permissions=["change"])
    def unreview_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.PENDING)

    @admin.action(description="Merge selected events…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        return merge_action(self, request, queryset, merge=curation.event_merge,
                            describe=_describe_event)

    @admin.action(description="Show likely duplicates of the selected event", permissions=["view"])
    def find_duplicates(self, request, queryset):
        event = queryset.order_by("-pk").first()
        url = reverse("admin:events_event_changelist") + f"?dup_of={event.pk}&status=all"
        return HttpResponseRedirect(url)

    def has_merge_permission(self, request):
        # A merge deletes the duplicates, so it needs both rights.
        return has_model_perm(request, self.opts, "change") and \
            has_model_perm(request, self.opts, "delete")


def _describe_event(event) -> dict:
    return {
        "obj": event,
        "url": reverse("admin:events_event_change", args=[event.pk]),
        "title": f"#{event.pk} {event_date_display(event)} · {event.get_type_display()} · "
                 f"{event.actor}" + (f" → {event.target}" if event.target_id else ""),
        "detail": event.summary or event.quote,
        "extra": f"{event.get_status_display()}, confidence {event.confidence:.2f}, "
                 f"{len(event.mentions.all())} evidence sentence(s)",
        "score": (event.status == ReviewStatus.APPROVED, event.editor_modified,
                  len(event.mentions.all()), event.confidence),
    }
