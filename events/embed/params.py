"""The embed options, shared by the script tag (data-*), the iframe page and oEmbed (query
string): parsed and checked in one place, so bad input is a 400 with field errors."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.http import QueryDict

from events import taxonomy

from .selectors import EmbedFilters

THEMES = ("auto", "light", "dark")
RTL_LANGS = {"ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb", "ug"}
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
ACTOR_RE = re.compile(r"^[-\w]{1,220}$")
COUNTRY_RE = re.compile(r"^[A-Za-z]{3}$")
CURSOR_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})_(\d{1,18})$")
# The query-string names the embed page understands (also what oEmbed passes through).
PASSTHROUGH = ("type", "actor", "country", "from", "to", "theme", "lang", "group")
GROUPS = ("auto", "month", "year")


@dataclass(frozen=True)
class EmbedOptions:
    filters: EmbedFilters
    theme: str = "auto"
    lang: str = "en"
    group: str = "auto"
    after: tuple[date, int] | None = None

    @property
    def direction(self) -> str:
        return "rtl" if self.lang.split("-")[0].lower() in RTL_LANGS else "ltr"


def _multi(query: QueryDict, name: str) -> list[str]:
    """`?type=a&type=b` and `?type=a,b` (as in data-type="a,b") both work."""
    return [v.strip() for raw in query.getlist(name) for v in raw.split(",") if v.strip()]


def _date(query: QueryDict, name: str, errors: dict) -> date | None:
    raw = query.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[name] = [f"Enter a date as YYYY-MM-DD, not {raw[:40]!r}."]
        return None


def parse_embed_options(query: QueryDict) -> tuple[EmbedOptions | None, dict[str, list[str]]]:
    errors: dict[str, list[str]] = {}
    types = _multi(query, "type")
    bad = [t for t in types if t not in taxonomy.BY_SLUG]
    if bad:
        errors["type"] = [f"Unknown event type {t[:40]!r}." for t in bad]
    actors = _multi(query, "actor")
    if any(not ACTOR_RE.match(a) for a in actors):
        errors["actor"] = ["An actor is an id or a slug (letters, digits, hyphens)."]
    countries = [c.upper() for c in _multi(query, "country")]
    if any(not COUNTRY_RE.match(c) for c in countries):
        errors["country"] = ["A country is a three-letter code such as RUS."]
    date_from = _date(query, "from", errors)
    date_to = _date(query, "to", errors)
    if date_from and date_to and date_from > date_to:
        errors["to"] = ["'to' must not be before 'from'."]
    theme = query.get("theme", "auto") or "auto"
    if theme not in THEMES:
        errors["theme"] = [f"Choose one of {', '.join(THEMES)}."]
    lang = query.get("lang", "en") or "en"
    if not LANG_RE.match(lang):
        errors["lang"] = ["A language is a BCP 47 tag such as en, fr or pt-BR."]
    group = query.get("group", "auto") or "auto"
    if group not in GROUPS:
        errors["group"] = [f"Choose one of {', '.join(GROUPS)}."]
    after = None
    if query.get("after"):
        m = CURSOR_RE.match(query["after"])
        try:
            after = (date.fromisoformat(m[1]), int(m[2])) if m else None
        except ValueError:
            after = None
        if after is None:
            errors["after"] = ["Invalid cursor."]
    if errors:
        return None, errors
    filters = EmbedFilters(types=tuple(types), actors=tuple(actors), countries=tuple(countries),
                           date_from=date_from, date_to=date_to)
    return EmbedOptions(filters=filters, theme=theme, lang=lang, group=group,
                         after=after), {}
