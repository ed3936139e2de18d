"""Timelines: built by criteria and by hand-picking events, previewed, and embedded."""
from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from ..models import Timeline
from ..selectors import timeline_events
from .base import CSS, JS, is_changelist
from .dates import event_date_display
from .forms import TimelineAdminForm
from .paginator import CappedCountPaginator

PREVIEW_ROWS = 25


def embed_snippets(timeline: Timeline) -> dict[str, str]:
    site = settings.SITE_URL
    return {
        "script": f'<script src="{site}/embed.js" data-timeline="{timeline.slug}" async>'
                  "</script>",
        "iframe": f'<iframe src="{site}/embed/timelines/{timeline.slug}/" width="100%" '
                  f'height="600" style="border:0" loading="lazy" '
                  f'title="{escape(timeline.title)}"></iframe>'
                  f'<script src="{site}/iframe.js" async></script>',
    }


@admin.register(Timeline)
class TimelineAdmin(SimpleHistoryAdmin):
    form = TimelineAdminForm
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_display = ("title", "slug", "is_public", "criteria_summary", "picked", "updated_at")
    list_filter = ("is_public",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("actors", "events")
    readonly_fields = ("preview", "embed")
    fieldsets = (
        (None, {"fields": ("title", "slug", "description", "is_public")}),
        ("Criteria: events matching all of these", {
            "fields": ("actors", "types", "countries", "date_from", "date_to", "query"),
            "description": "Leave a criterion empty to not filter on it. With no criteria "
                           "at all, the timeline shows only its hand-picked events.",
        }),
        ("Hand-picked events", {"fields": ("events",)}),
        ("Preview and embed", {"fields": ("preview", "embed")}),
    )

    class Media:
        css = CSS
        js = JS

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if is_changelist(request):
            qs = qs.prefetch_related("actors").annotate(n_picked=Count("events"))
        return qs

    @admin.display(description="criteria")
    def criteria_summary(self, obj):
        parts = []
        if obj.actors.all():
            parts.append(", ".join(a.name for a in obj.actors.all()[:3]))
        if obj.types:
            parts.append("types: " + ", ".join(obj.types))
        if obj.countries:
            parts.append(", ".join(obj.countries))
        if obj.date_from or obj.date_to:
            parts.append(f"{obj.date_from or '…'} to {obj.date_to or '…'}")
        if obj.query:
            parts.append(f"“{obj.query}”")
        return "; ".join(parts) or "hand-picked only"

    @admin.display(description="picked", ordering="n_picked")
    def picked(self, obj):
        return obj.n_picked

    @admin.display(description="preview (what the public sees: approved events only)")
    def preview(self, obj):
        if obj.pk is None:
            return "Save the timeline to preview it."
        qs = timeline_events(timeline=obj, user=None).select_related("actor", "target")
        rows = list(qs[: PREVIEW_ROWS + 1])
        if not rows:
            return "No approved event matches yet."
        more = len(rows) > PREVIEW_ROWS
        items = format_html_join(
            "", '<li><span class="ev-tl-date">{}</span> <a href="{}">{}</a> {}</li>',
            ((event_date_display(e), reverse("admin:events_event_change", args=[e.pk]),
              f"{e.actor}{' → ' + str(e.target) if e.target_id else ''}",
              e.summary[:140]) for e in rows[:PREVIEW_ROWS]))
        tail = format_html("<p class='ev-muted'>First {} shown.</p>", PREVIEW_ROWS) \
            if more else ""
        return format_html('<ol class="ev-tl-preview">{}</ol>{}', items, tail)

    @admin.display(description="embed")
    def embed(self, obj):
        if obj.pk is None:
            return "Save the timeline to get its embed code."
        snippets = embed_snippets(obj)
        note = "" if obj.is_public else format_html(
            "<p class='ev-warn'>This timeline is not public: embeds show nothing until it is."
            "</p>")
        return format_html(
            '{}<div class="ev-embed"><label>Script tag</label>'
            '<textarea readonly rows="2" class="ev-copy-src">{}</textarea>'
            '<button type="button" class="button ev-copy">Copy</button></div>'
            '<div class="ev-embed"><label>Or an iframe</label>'
            '<textarea readonly rows="3" class="ev-copy-src">{}</textarea>'
            '<button type="button" class="button ev-copy">Copy</button></div>',
            note, snippets["script"], snippets["iframe"])
