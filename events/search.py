"""Full-text search over events: PostgreSQL's tsvector with a GIN index, a plain
case-insensitive match elsewhere (SQLite in development)."""
from __future__ import annotations

from django.db import connection
from django.db.models import Q, QuerySet

SEARCH_CONFIG = "english"
SEARCH_FIELDS = ("summary", "quote")
INDEX_NAME = "event_fulltext_gin"


def search_vector():
    # The index in migration 0002 is built from this very expression, so PostgreSQL uses it.
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*SEARCH_FIELDS, config=SEARCH_CONFIG)


def search_index():
    from django.contrib.postgres.indexes import GinIndex

    return GinIndex(search_vector(), name=INDEX_NAME)


def events_search(queryset: QuerySet, text: str) -> QuerySet:
    text = (text or "").strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery

        return queryset.annotate(_search=search_vector()).filter(
            _search=SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        )
    cond = Q()
    for word in text.split()[:8]:
        cond &= Q(summary__icontains=word) | Q(quote__icontains=word)
    return queryset.filter(cond)
