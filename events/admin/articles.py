"""Articles: the source documents, their extracted events, re-parse and upload."""
from __future__ import annotations

from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from ..models import Article, Mention
from ..parser.seedformat import ArticleFormatError
from ..services import article_ingest, article_reparse
from .base import CSS, JS, ReadOnlyInline, is_changelist
from .events import status_badge
from .filters import NoFacetsMixin, outlet_choices
from .forms import ArticleUploadForm
from .paginator import CappedCountPaginator

REPARSE_MAX = 200


class ArticleOutletFilter(NoFacetsMixin, admin.SimpleListFilter):
    title = "outlet"
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        return outlet_choices()

    def queryset(self, request, queryset):
        return queryset.filter(outlet=self.value()) if self.value() else queryset


def cached_values_filter(field: str, label: str):
    """A list filter over an article column's distinct values, read once per ten minutes
    (Django's own filter runs a DISTINCT over every article on each page load)."""

    class Filter(NoFacetsMixin, admin.SimpleListFilter):
        title = label
        parameter_name = field
        template = "admin/filter.html"

        def lookups(self, request, model_admin):
            key = f"events:admin:article-{field}"
            values = cache.get(key)
            if values is None:
                values = list(Article.objects.exclude(**{field: ""}).order_by(field)
                              .values_list(field, flat=True).distinct()[:100])
                cache.set(key, values, 600)
            return [(v, v) for v in values]

        def queryset(self, request, queryset):
            return queryset.filter(**{field: self.value()}) if self.value() else queryset

    Filter.__name__ = f"Article{field.title().replace('_', '')}Filter"
    return Filter


class ExtractedEventInline(ReadOnlyInline):
    """The article's events, through their evidence sentences."""

    model = Mention
    fields = ("event_link", "event_type", "event_status", "sentence")
    readonly_fields = fields
    verbose_name = "extracted event"
    verbose_name_plural = "extracted events"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event", "event__actor",
                                                            "event__target")

    @admin.display(description="event")
    def event_link(self, obj):
        from .dates import event_date_display

        ev = obj.event
        return format_html('<a href="{}">#{} {} · {}</a>',
                           reverse("admin:events_event_change", args=[ev.pk]), ev.pk,
                           event_date_display(ev), ev.actor)

    @admin.display(description="type")
    def event_type(self, obj):
        return obj.event.get_type_display()

    @admin.display(description="status")
    def event_status(self, obj):
        return status_badge(obj.event)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    list_display = ("title_short", "published", "outlet", "event_count", "parser_version",
                    "ingested_at")
    list_filter = (ArticleOutletFilter, cached_values_filter("language", "language"),
                   cached_values_filter("parser_version", "parser version"))
    search_fields = ("title", "url")
    ordering = ("-published", "-id")
    fields = ("title", "published", "outlet", "url", "language", "source_name",
              "parser_version", "ingested_at", "body_html")
    readonly_fields = ("title", "published", "source_name", "parser_version", "ingested_at",
                       "body_html")
    inlines = (ExtractedEventInline,)
    actions = ("reparse_selected",)
    change_list_template = "admin/events/article/change_list.html"

    class Media:
        css = CSS
        js = JS

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if is_changelist(request):
            events = (Mention.objects.filter(article=OuterRef("pk")).order_by()
                      .values("article").annotate(n=Count("event", distinct=True)).values("n"))
            qs = qs.defer("body").annotate(
                n_events=Coalesce(Subquery(events, output_field=IntegerField()), 0))
        return qs

    @admin.display(description="title", ordering="title")
    def title_short(self, obj):
        return Truncator(obj.title).chars(90)

    @admin.display(description="events", ordering="n_events")
    def event_count(self, obj):
        return obj.n_events

    @admin.display(description="body")
    def body_html(self, obj):
        return format_html('<div class="ev-article-body">{}</div>', obj.body)

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        context["show_save_and_add_another"] = False  # adding is the upload form
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Articles come in through ingest or upload, so "Add" opens the upload form.
    def add_view(self, request, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("admin:events_article_upload"))

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view),
                 name="events_article_upload"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = article_ingest(article=form.cleaned_data["article"])
            except (ArticleFormatError, IntegrityError) as exc:
                # e.g. a URL that another article already has.
                form.add_error(None, f"Not stored: {exc}")
            else:
                level = messages.INFO if result.status == "unchanged" else messages.SUCCESS
                self.message_user(request, f"{form.cleaned_data['article'].source_name}: "
                                           f"{result.message}", level)
                return HttpResponseRedirect(
                    reverse("admin:events_article_change", args=[result.article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Upload an article",
            "opts": self.opts,
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/events/article/upload.html", context)

    @admin.action(description="Re-parse selected articles (keeps editors' events)",
                  permissions=["change"])
    def reparse_selected(self, request, queryset):
        created = 0
        articles = list(queryset[:REPARSE_MAX + 1])
        if len(articles) > REPARSE_MAX:
            # Each re-parse runs the parser inside this request; keep the batch short.
            self.message_user(request, f"Select at most {REPARSE_MAX} articles to re-parse at "
                                       "once.", messages.WARNING)
            return
        for article in articles:
            created += article_reparse(article=article).events_created
        self.message_user(
            request, f"Re-parsed {len(articles)} article(s): {created} event(s) extracted; "
                     "events editors changed or reviewed were kept.", messages.SUCCESS)
