"""Small builders for test data (plain functions; no factory library needed at this size)."""
from __future__ import annotations

import itertools
from datetime import date

from events.models import Actor, Article, Event, Mention, ReviewStatus
from events.parser.seedformat import ArticleInput
from events.parser.types import ActorRef, DateRef, Evidence, ExtractedEvent

_n = itertools.count(1)

SEED_TEXT = """date 2026-01-20 Macron and Putin

On January 7, Macron said he intended to hold talks with the Russian president.

The Kremlin said that Vladimir Putin remains ready for dialogue.
"""


def article_input(*, body="Lavrov said Russia is open to talks.", title="Talks",
                  published=date(2026, 1, 20), url=None) -> ArticleInput:
    return ArticleInput(title=title, published=published, body=body, url=url)


def extracted(*, type="statement", actor="Sergey Lavrov", kind="person", country="RUS",
              target=None, value="2026-01-20", precision="day", source="publication",
              start=date(2026, 1, 20), end=None, evidence=((0, 10),), body="Lavrov said Russia",
              known=True) -> ExtractedEvent:
    from events.taxonomy import cameo_for

    if source == "none":
        value = precision = start = None
    return ExtractedEvent(
        type=type, cameo=cameo_for(type),
        actor=ActorRef(name=actor, kind=kind, country=country, known=known),
        target=ActorRef(name=target, kind="state") if target else None,
        date=DateRef(source=source, value=value, precision=precision, start=start,
                     end=end or start),
        evidence=tuple(Evidence(sentence=body[s:e], start=s, end=e) for s, e in evidence),
        summary=f"{actor} {type}", confidence=0.7,
    )


def actor(**kw) -> Actor:
    n = next(_n)
    kw.setdefault("name", f"Actor {n}")
    kw.setdefault("slug", f"actor-{n}")
    kw.setdefault("kind", Actor.Kind.PERSON)
    return Actor.objects.create(**kw)


def article(**kw) -> Article:
    n = next(_n)
    kw.setdefault("title", f"Article {n}")
    kw.setdefault("published", date(2026, 1, 20))
    kw.setdefault("body", f"Body of article {n}. Lavrov said things.")
    kw.setdefault("content_hash", f"{n:064x}")
    return Article.objects.create(**kw)


def event(*, mention_in=None, **kw) -> Event:
    kw.setdefault("type", "statement")
    kw.setdefault("cameo", "010")
    if "actor" not in kw:
        kw["actor"] = actor()
    kw.setdefault("date_start", date(2026, 1, 20))
    kw.setdefault("date_end", kw["date_start"])
    kw.setdefault("precision", "day" if kw["date_start"] else "")
    kw.setdefault("date_value", kw["date_start"].isoformat() if kw["date_start"] else "")
    kw.setdefault("date_source", "publication" if kw["date_start"] else "none")
    kw.setdefault("status", ReviewStatus.APPROVED)
    kw.setdefault("summary", "Something was said")
    ev = Event.objects.create(**kw)
    if mention_in is not None:
        Mention.objects.create(event=ev, article=mention_in, sentence=mention_in.body[:20],
                               start=0, end=20)
    return ev
