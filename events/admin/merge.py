"""The merge action's confirmation page, shared by events and actors.

The action first renders a page listing the selected rows with a choice of the one to keep;
submitting it posts the same action again with `keep` and `confirm`, and the merge runs in one
transaction (events.curation).
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from .forms import MergeForm

MAX_MERGE = 50


def merge_action(modeladmin, request, queryset, *, merge, describe):
    objs = list(queryset[: MAX_MERGE + 1])
    opts = modeladmin.model._meta
    if len(objs) < 2:
        modeladmin.message_user(request, "Select at least two rows to merge.", messages.WARNING)
        return None
    if len(objs) > MAX_MERGE:
        modeladmin.message_user(request, f"Merge at most {MAX_MERGE} rows at a time.",
                                messages.WARNING)
        return None
    form = MergeForm(request.POST if "confirm" in request.POST else None,
                     queryset=queryset.model.objects.filter(pk__in=[o.pk for o in objs]))
    if "confirm" in request.POST and form.is_valid():
        keep = form.cleaned_data["keep"]
        others = [o for o in objs if o.pk != keep.pk]
        try:
            merged = merge(keep=keep, others=others, user=request.user)
        except ValidationError as exc:
            modeladmin.message_user(request, " ".join(exc.messages), messages.ERROR)
            return None
        modeladmin.message_user(
            request, f"Merged {len(others)} {opts.verbose_name_plural} into #{merged.pk}.",
            messages.SUCCESS)
        return None
    rows = [describe(o) for o in objs]
    if not form.is_bound:
        # Suggest keeping the best-supported, most reviewed row.
        form.initial["keep"] = max(rows, key=lambda r: r.get("score", 0))["obj"].pk
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Merge {opts.verbose_name_plural}",
        "subtitle": None,
        "opts": opts,
        "form": form,
        "rows": rows,
        "queryset": objs,
        "action_name": request.POST.get("action"),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    request.current_app = modeladmin.admin_site.name
    return TemplateResponse(request, "admin/events/merge_confirmation.html", context)
