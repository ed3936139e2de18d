"""The per-article ingest job behind one seam.

`ingest_article_task` takes a JSON-serialisable article and returns a JSON-serialisable
result, so the same call can run inline (the API, the command) or later on a task queue
across machines.
"""
from __future__ import annotations

from .parser.seedformat import article_from_mapping
from .services import article_ingest


def ingest_article_task(payload: dict) -> dict:
    article = article_from_mapping(payload, name=payload.get("source_name") or "article")
    result = article_ingest(article=article)
    return {
        "article": result.article.pk,
        "status": result.status,
        "events_created": result.events_created,
        "events_linked": result.events_linked,
    }
