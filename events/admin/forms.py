"""Admin forms: the event form with a date an editor types, merge and upload forms."""
from __future__ import annotations

import json

from django import forms
from django.core.exceptions import ValidationError

from .. import taxonomy
from ..models import Event, Timeline
from ..parser.seedformat import (
    ArticleFormatError,
    ArticleInput,
    article_from_mapping,
    decode,
    parse_seed,
)
from .dates import DateNotUnderstood, event_date_display, understand_date

DATE_FIELDS = ("date_start", "date_end", "precision", "date_mod", "date_value")


class EventAdminForm(forms.ModelForm):
    when = forms.CharField(
        label="Date", required=False, max_length=100,
        help_text="Type it as you would say it: 2026-01-07, 7 January 2026, December 2025, "
                  "mid-December 2025, Q4 2025, early 2024. Leave empty for undated.",
        widget=forms.TextInput(attrs={"size": 30, "placeholder": "e.g. mid-December 2025"}),
    )

    class Meta:
        model = Event
        fields = ["type", "actor", "target", "summary", "quote"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "quote": forms.Textarea(attrs={"rows": 2, "cols": 80}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.date_start:
            self.fields["when"].initial = event_date_display(self.instance)

    def clean(self):
        cleaned = super().clean()
        if "when" not in self.changed_data:
            return cleaned
        text = cleaned.get("when", "").strip()
        event = self.instance
        if not text:
            event.date_start = event.date_end = None
            event.precision = event.date_mod = event.date_value = ""
            event.date_source = Event.DateSource.NONE
            return cleaned
        dct = None
        if event.pk:
            first = event.mentions.select_related("article").order_by("article__published") \
                .first()
            dct = first.article.published if first else None
        try:
            found = understand_date(text, dct=dct)
        except DateNotUnderstood as exc:
            self.add_error("when", str(exc))
            return cleaned
        event.date_start, event.date_end = found.start, found.end
        event.precision, event.date_mod, event.date_value = \
            found.precision, found.mod, found.value
        event.date_source = Event.DateSource.TEXT
        return cleaned

    def save(self, commit=True):
        event = super().save(commit=False)
        if not event.cameo or "type" in self.changed_data:
            event.cameo = taxonomy.cameo_for(event.type)
        if commit:
            event.save()
            self._save_m2m()
        return event


class MergeForm(forms.Form):
    """Pick which of the selected rows survives a merge."""

    keep = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None,
                                  label="Keep")

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset
        self.fields["keep"].label_from_instance = lambda obj: f"#{obj.pk} {obj}"


class ArticleUploadForm(forms.Form):
    file = forms.FileField(
        help_text="A seed-format .txt (first line 'date YYYY-MM-DD Title', then the body) or a "
                  ".json object with title, published, body and optionally url, outlet, "
                  "language. Up to 1 MB of text.")
    url = forms.URLField(required=False, assume_scheme="https",
                         help_text="Where the article was published (optional)")
    outlet = forms.CharField(required=False, max_length=200)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is None:
            return cleaned
        name = upload.name or "upload"
        if upload.size > 1_100_000:
            raise ValidationError(f"{name} is {upload.size:,} bytes; the limit is 1,100,000.")
        try:
            raw = upload.read()
            if name.lower().endswith(".json"):
                try:
                    data = json.loads(decode(raw, name=name))
                except json.JSONDecodeError as exc:
                    raise ArticleFormatError(f"{name}: not valid JSON ({exc.msg}, line "
                                             f"{exc.lineno})") from None
                article = article_from_mapping(data, name=name)
            else:
                article = parse_seed(raw, name=name)
        except ArticleFormatError as exc:
            raise ValidationError(str(exc)) from None
        url = cleaned.get("url") or article.url
        outlet = cleaned.get("outlet") or article.outlet
        cleaned["article"] = ArticleInput(
            title=article.title, published=article.published, body=article.body, url=url,
            outlet=outlet, language=article.language, source_name=name)
        return cleaned


class TimelineAdminForm(forms.ModelForm):
    types = forms.MultipleChoiceField(
        choices=[(t.slug, t.label) for t in taxonomy.EVENT_TYPES], required=False,
        widget=forms.CheckboxSelectMultiple, help_text="Only events of these types (none: all)")
    countries = forms.CharField(
        required=False, help_text="ISO 3166-1 alpha-3 codes, comma separated (RUS, FRA, UKR)")

    class Meta:
        model = Timeline
        fields = ["title", "slug", "description", "is_public", "actors", "types", "countries",
                  "date_from", "date_to", "query", "events"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["countries"] = ", ".join(self.instance.countries or [])

    def clean_countries(self):
        raw = self.cleaned_data.get("countries") or ""
        codes = [c.strip().upper() for c in raw.replace(";", ",").split(",") if c.strip()]
        bad = [c for c in codes if len(c) != 3 or not c.isalpha()]
        if bad:
            raise ValidationError(f"Not alpha-3 codes: {', '.join(bad)}")
        return sorted(set(codes))
