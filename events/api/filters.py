"""Query filters (django-filter): each one is validated, so a bad value is a 400 with the field
named, and each shows up in the OpenAPI schema."""
from __future__ import annotations

import copy
import re

import django_filters as df
import pycountry
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import QueryDict
from drf_spectacular.utils import extend_schema_field

from events import taxonomy
from events.models import Actor, Article, Mention, ReviewStatus
from events.search import events_search
from events.selectors import date_window_q, user_is_editor


class MultipleValueField(forms.Field):
    """A repeatable query parameter (`?type=a&type=b`), also accepting `a,b`."""

    def __init__(self, *args, item_field: forms.Field, **kwargs):
        self.item_field = item_field
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in (None, "", []):
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        items = [v.strip() for raw in values for v in str(raw).split(",") if v.strip()]
        if len(items) > 50:
            raise ValidationError("At most 50 values.")
        return [self.item_field.clean(v) for v in items]


class MultipleValueWidget(forms.SelectMultiple):
    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name)


class RepeatableFilter(df.Filter):
    """Base for repeatable filters; subclasses build the condition from the cleaned list."""

    field_class = MultipleValueField

    def __init__(self, *args, item_field=None, **kwargs):
        kwargs.setdefault("widget", MultipleValueWidget)
        super().__init__(*args, item_field=item_field or forms.CharField(max_length=200),
                         **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return self.apply(qs, value)


def _country(code: str) -> str:
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValidationError(f"{code!r} is not an ISO 3166-1 alpha-3 code (e.g. RUS).")
    return code


class CountryField(forms.CharField):
    def clean(self, value):
        return _country(super().clean(value))


class TypeField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if value not in taxonomy.BY_SLUG:
            raise ValidationError(
                f"Unknown event type {value!r}; one of: {', '.join(taxonomy.TYPE_SLUGS)}.")
        return value


class ActorRefField(forms.CharField):
    """An actor id or slug."""

    def clean(self, value):
        value = super().clean(value)
        if not re.fullmatch(r"[0-9]{1,18}|[-a-zA-Z0-9_]{1,220}", value):
            raise ValidationError(f"{value!r} is not an actor id or slug.")
        return value


def _array(description: str, **item) -> dict:
    # Query arrays are repeated parameters (OpenAPI's default form style, explode=true).
    return {"type": "array", "items": {"type": "string", **item}, "description": description}


@extend_schema_field(_array(
    "Actor id or slug, as actor or target; repeatable (`?actor=a&actor=b`). An unknown "
    "actor is a 400."))
class ActorFilter(RepeatableFilter):
    def apply(self, qs, value):
        ids = {int(v) for v in value if v.isdigit()}
        slugs = {v for v in value if not v.isdigit()}
        found = list(Actor.objects.filter(Q(pk__in=ids) | Q(slug__in=slugs))
                     .values_list("pk", "slug"))
        known = {str(pk) for pk, _ in found} | {slug for _, slug in found}
        unknown = [v for v in value if v not in known]
        if unknown:
            raise ValidationError({"actor": [f"Unknown actor: {', '.join(unknown)}."]})
        pks = [pk for pk, _ in found]
        # "Events involving" an actor: as the one acting or as the one acted upon.
        return qs.filter(Q(actor_id__in=pks) | Q(target_id__in=pks))


@extend_schema_field(_array(
    "ISO 3166-1 alpha-3 code of the actor's or target's country; repeatable.",
    pattern="^[A-Za-z]{3}$"))
class CountryFilter(RepeatableFilter):
    def apply(self, qs, value):
        unknown = [c for c in value if pycountry.countries.get(alpha_3=c) is None]
        if unknown:
            # Organisation codes (EUR, UNO, NAT...) are not countries but are stored as such.
            stored = set(Actor.objects.filter(country__in=unknown)
                         .values_list("country", flat=True).distinct())
            bad = [c for c in unknown if c not in stored]
            if bad:
                raise ValidationError({"country": [f"Unknown country code: {', '.join(bad)}."]})
        return qs.filter(Q(actor__country__in=value) | Q(target__country__in=value))


@extend_schema_field(_array("Event type; repeatable.", enum=list(taxonomy.TYPE_SLUGS)))
class TypeFilter(RepeatableFilter):
    def apply(self, qs, value):
        return qs.filter(type__in=value)


@extend_schema_field(_array(
    "Review status; repeatable. Editors only: the public sees approved events whatever "
    "this says.", enum=list(ReviewStatus.values)))
class StatusFilter(RepeatableFilter):
    """Editors only: the public sees approved events whatever this says."""

    def apply(self, qs, value):
        return qs.filter(status__in=value)


class LeanFilterSet(df.FilterSet):
    """django-filter deep-copies every filter, and rebuilds its form field and label, on every
    request: a third of an events page's Python time. Filters keep no per-request state but
    `model` and `parent`, and forms deep-copy their fields themselves, so a shallow copy of
    each filter sharing a form field built once is enough."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        model = queryset.model
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            if not hasattr(base, "_field"):
                base.model = model
                base.field  # noqa: B018 (builds and caches the form field on the base filter)
            f = copy.copy(base)
            f.model = model
            f.parent = self
            if base.method is not None:
                f.method = base.method  # rebinds the method filter to this copy
            self.filters[name] = f


class EventFilter(LeanFilterSet):
    date_after = df.DateFilter(
        method="filter_date_after",
        help_text="Events whose date range ends on or after this day (YYYY-MM-DD).")
    date_before = df.DateFilter(
        method="filter_date_before",
        help_text="Events whose date range starts on or before this day (YYYY-MM-DD).")
    actor = ActorFilter(
        help_text="Actor id or slug, as actor or target; repeatable (`?actor=a&actor=b`).")
    country = CountryFilter(
        item_field=CountryField(max_length=3),
        help_text="ISO 3166-1 alpha-3 code of the actor's or target's country; repeatable.")
    type = TypeFilter(
        item_field=TypeField(max_length=32),
        help_text="Event type slug; repeatable. One of: " + ", ".join(taxonomy.TYPE_SLUGS))
    cameo = df.CharFilter(method="filter_cameo",
                          help_text="CAMEO code prefix, e.g. `04` for all meetings.")
    status = StatusFilter(
        item_field=forms.ChoiceField(choices=ReviewStatus.choices),
        help_text="Review status (editors only; the public sees approved events only); "
                  "repeatable.")
    article = df.NumberFilter(method="filter_article",
                              help_text="Only events supported by this article id.")
    q = df.CharFilter(method="filter_q", max_length=200,
                      help_text="Full-text search in summary and quote (PostgreSQL "
                                "websearch syntax; word match elsewhere).")

    def filter_date_after(self, qs, name, value):
        return qs.filter(date_window_q(after=value))

    def filter_date_before(self, qs, name, value):
        return qs.filter(date_window_q(before=value))

    def filter_cameo(self, qs, name, value):
        value = value.strip()
        if not re.fullmatch(r"[0-9]{1,4}", value):
            raise ValidationError({"cameo": ["A CAMEO code prefix is 1 to 4 digits."]})
        return qs.filter(cameo__startswith=value)

    def filter_article(self, qs, name, value):
        if value != int(value) or not 0 < value < 2**63:
            raise ValidationError({"article": ["An article id is a positive whole number."]})
        return qs.filter(pk__in=Mention.objects.filter(article_id=int(value)).values("event_id"))

    def filter_q(self, qs, name, value):
        return events_search(qs, value)

    def filter_queryset(self, queryset):
        request = self.request
        if self.form.cleaned_data.get("status") and not user_is_editor(
                getattr(request, "user", None)):
            # Asking for pending events is not an error, but it shows nothing to the public.
            self.form.cleaned_data["status"] = [s for s in self.form.cleaned_data["status"]
                                                if s == ReviewStatus.APPROVED] or ["-"]
        try:
            return super().filter_queryset(queryset)
        except ValidationError as exc:
            from rest_framework.exceptions import ValidationError as DRFValidationError

            raise DRFValidationError(exc.message_dict if hasattr(exc, "error_dict")
                                     else {"detail": exc.messages})

    def is_valid(self):
        ok = super().is_valid()
        if ok:
            after = self.form.cleaned_data.get("date_after")
            before = self.form.cleaned_data.get("date_before")
            if after and before and after > before:
                self.form.add_error("date_before", "Must not be before date_after.")
                return False
        return ok


class ActorListFilter(df.FilterSet):
    q = df.CharFilter(method="filter_q", max_length=200,
                      help_text="Name or alias contains this text (case-insensitive).")
    kind = df.ChoiceFilter(choices=Actor.Kind.choices)
    country = df.CharFilter(method="filter_country", max_length=3,
                            help_text="ISO 3166-1 alpha-3 code.")

    def filter_q(self, qs, name, value):
        value = value.strip()
        if not value:
            return qs
        from events.models import ActorAlias, normalize_name

        aliased = ActorAlias.objects.filter(normalized__contains=normalize_name(value))
        return qs.filter(Q(name__icontains=value) | Q(pk__in=aliased.values("actor_id")))

    def filter_country(self, qs, name, value):
        try:
            return qs.filter(country=_country(value))
        except ValidationError as exc:
            from rest_framework.exceptions import ValidationError as DRFValidationError

            raise DRFValidationError({"country": exc.messages})


class ArticleFilter(df.FilterSet):
    outlet = df.CharFilter(field_name="outlet", lookup_expr="iexact", max_length=200)
    published_after = df.DateFilter(field_name="published", lookup_expr="gte")
    published_before = df.DateFilter(field_name="published", lookup_expr="lte")

    class Meta:
        model = Article
        fields = ["outlet", "published_after", "published_before"]
