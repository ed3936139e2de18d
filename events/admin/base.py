"""What every curated model's admin shares: history with diff and revert, CSV import/export
guarded by model permissions, the paginator for big tables, and the admin's CSS/JS."""
from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_permission_codename
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from .paginator import CappedCountPaginator

CSS = {"all": ("events/admin/admin.css",)}
JS = ("events/admin/admin.js",)


def is_changelist(request) -> bool:
    """List pages annotate counts that the change and history pages need not pay for."""
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name and match.url_name.endswith("_changelist"))


def has_model_perm(request, opts, action: str) -> bool:
    return request.user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")


class CuratedAdmin(ImportExportMixin, SimpleHistoryAdmin):
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_per_page = 50

    class Media:
        css = CSS
        js = JS

    def has_import_permission(self, request):
        # Importing creates and overwrites rows.
        return has_model_perm(request, self.opts, "add") and \
            has_model_perm(request, self.opts, "change")

    def has_export_permission(self, request):
        return has_model_perm(request, self.opts, "view")


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False
