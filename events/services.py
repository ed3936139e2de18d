"""Writes: every change to articles, actors and events goes through these functions.

Keyword-only `<entity>_<action>` functions (HackSoftware's styleguide); views, admin actions
and commands stay thin and call these.
"""
from __future__ import annotations

import hashlib
import logging
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.text import slugify

from . import parser as parser_mod
from .models import Actor, ActorAlias, Article, Event, Mention, ReviewStatus, normalize_name
from .parser.seedformat import ArticleFormatError, ArticleInput, check_body
from .parser.types import ActorRef, ExtractedEvent, Gazetteer, KnownActor

log = logging.getLogger(__name__)

# Events reported at this precision by two articles, with the same actor, type and target,
# are taken to be one real-world event; coarser dates ("in 2025") are too vague to merge on.
MERGEABLE_PRECISIONS = ("day", "week")


@dataclass
class IngestResult:
    article: Article
    status: str  # "new" | "unchanged" | "updated"
    events_created: int = 0
    events_linked: int = 0  # existing events (from other articles) that got a new mention
    events: list[Event] = field(default_factory=list)

    @property
    def message(self) -> str:
        if self.status == "unchanged":
            return f"already ingested as article {self.article.pk}; nothing changed"
        return (f"article {self.article.pk} {self.status}: {self.events_created} new events, "
                f"{self.events_linked} linked to existing events")


def content_hash(*, title: str, published: date, body: str) -> str:
    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).split())

    payload = f"{published.isoformat()}\n{norm(title)}\n{norm(body)}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- Actors -----------------------------------------------------------------------------------

GAZETTEER_VERSION_KEY = "events:gazetteer-version"
_gazetteer_memo: dict[str, Gazetteer] = {}


def gazetteer_invalidate() -> None:
    try:
        cache.incr(GAZETTEER_VERSION_KEY)
    except ValueError:
        cache.set(GAZETTEER_VERSION_KEY, 1, None)


def actor_gazetteer() -> Gazetteer:
    """The Actor table (with editors' aliases) as the parser's gazetteer, memoised until an
    actor or alias changes."""
    version = str(cache.get_or_set(GAZETTEER_VERSION_KEY, 1, None))
    if version in _gazetteer_memo:
        return _gazetteer_memo[version]
    actors = (
        Actor.objects.exclude(status=ReviewStatus.REJECTED)
        .only("name", "kind", "country", "role")
        .prefetch_related(Prefetch("aliases", queryset=ActorAlias.objects.only("actor", "name")))
    )
    gaz = Gazetteer(actors=tuple(
        KnownActor(name=a.name, kind=a.kind, country=a.country or None, role=a.role,
                   aliases=tuple(al.name for al in a.aliases.all()))
        for a in actors
    ))
    _gazetteer_memo.clear()
    _gazetteer_memo[version] = gaz
    return gaz


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "actor"
    slug, n = base, 1
    while Actor.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def actor_create(*, name: str, kind: str = Actor.Kind.PERSON, country: str = "", role: str = "",
                 status: str = ReviewStatus.APPROVED, aliases: tuple[str, ...] = ()) -> Actor:
    actor = Actor(name=name.strip(), slug=_unique_slug(name), kind=kind,
                  country=(country or "").upper(), role=role, status=status)
    actor.full_clean()
    actor.save()
    for alias in aliases:
        actor_alias_add(actor=actor, name=alias)
    return actor


def actor_alias_add(*, actor: Actor, name: str) -> ActorAlias:
    alias, _ = ActorAlias.objects.get_or_create(
        actor=actor, normalized=normalize_name(name), defaults={"name": name.strip()}
    )
    return alias


def actor_find(*, name: str) -> Actor | None:
    key = normalize_name(name)
    actor = Actor.objects.filter(name__iexact=name.strip()).order_by("pk").first()
    if actor is None:
        alias = ActorAlias.objects.filter(normalized=key).select_related("actor").first()
        actor = alias.actor if alias else None
    return actor


def actor_resolve(*, ref: ActorRef, memo: dict | None = None) -> Actor:
    """The Actor row for what the parser found, creating it (pending review if the parser
    discovered it rather than knew it)."""
    key = normalize_name(ref.name)
    if memo is not None and key in memo:
        return memo[key]
    actor = actor_find(name=ref.name)
    if actor is None:
        country = ref.country if ref.country and len(ref.country) == 3 else ""
        actor = actor_create(
            name=ref.name, kind=ref.kind, country=country, role=ref.role,
            status=ReviewStatus.APPROVED if ref.known else ReviewStatus.PENDING,
        )
        if ref.surface and normalize_name(ref.surface) != key:
            actor_alias_add(actor=actor, name=ref.surface)
    if memo is not None:
        memo[key] = actor
    return actor


# --- Articles and their events ----------------------------------------------------------------

def article_parse(*, article: ArticleInput, gazetteer: Gazetteer | None = None
                  ) -> list[ExtractedEvent]:
    """The parser seam: pure, runs anywhere (a worker process, a task queue)."""
    return parser_mod.parse_article(body=article.body, published=article.published,
                                    title=article.title, gazetteer=gazetteer)


def _find_same_event(*, actor: Actor, target: Actor | None, ev: ExtractedEvent) -> Event | None:
    if ev.date.source == "none" or ev.date.precision not in MERGEABLE_PRECISIONS:
        return None
    return Event.objects.filter(
        type=ev.type, actor=actor, target=target, date_value=ev.date.value or "",
    ).order_by("pk").first()


def _store_events(*, article: Article, extracted: list[ExtractedEvent], memo: dict) -> tuple:
    created = linked = 0
    stored: list[Event] = []
    for ev in extracted:
        actor = actor_resolve(ref=ev.actor, memo=memo)
        target = actor_resolve(ref=ev.target, memo=memo) if ev.target else None
        if target is not None and target.pk == actor.pk:
            target = None
        event = _find_same_event(actor=actor, target=target, ev=ev)
        if event is None:
            d = ev.date
            event = Event.objects.create(
                type=ev.type, cameo=ev.cameo, summary=ev.summary, quote=ev.quote,
                date_start=d.start if d.source != "none" else None,
                date_end=(d.end or d.start) if d.source != "none" else None,
                precision=d.precision or "", date_mod=d.mod or "", date_value=d.value or "",
                date_source=d.source, date_text=(d.text or "")[:200],
                actor=actor, target=target, confidence=max(0.0, min(1.0, ev.confidence)),
            )
            created += 1
        elif not event.mentions.filter(article=article).exists():
            linked += 1
        for evidence in ev.evidence:
            Mention.objects.get_or_create(
                event=event, article=article, start=evidence.start,
                defaults={"end": evidence.end, "sentence": evidence.sentence},
            )
        stored.append(event)
    return created, linked, stored


def _editor_owned() -> Q:
    # Approving or rejecting is editorial work too: only untouched pending events are the
    # parser's to replace.
    return Q(editor_modified=True) | ~Q(status=ReviewStatus.PENDING)


def _drop_parser_events(*, article: Article) -> None:
    """Forget what an earlier parse of this article produced, except editors' events."""
    mine = Event.objects.filter(mentions__article=article).exclude(_editor_owned())
    ids = list(mine.values_list("pk", flat=True).distinct())
    Mention.objects.filter(article=article, event_id__in=ids).delete()
    Event.objects.filter(pk__in=ids, mentions__isnull=True).delete()


def article_store(*, article: ArticleInput, extracted: list[ExtractedEvent],
                  memo: dict | None = None) -> IngestResult:
    """Store an article and its parsed events in one transaction.

    The same text again changes nothing; the same URL with new text updates the article and
    re-parses it, keeping what editors did.
    """
    check_body(article.body, name=article.source_name or "article")
    digest = content_hash(title=article.title, published=article.published, body=article.body)
    memo = {} if memo is None else memo
    with transaction.atomic():
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is not None:
            return IngestResult(article=existing, status="unchanged")
        status = "new"
        row = Article.objects.select_for_update().filter(url=article.url).first() \
            if article.url else None
        if row is not None:
            status = "updated"
            _drop_parser_events(article=row)
        else:
            row = Article(url=article.url or None)
        row.title = article.title
        row.published = article.published
        row.body = article.body
        row.outlet = article.outlet
        row.language = article.language or "en"
        row.content_hash = digest
        row.source_name = article.source_name[:500]
        row.parser_version = parser_mod.PARSER_VERSION
        row.save()
        created, linked, stored = _store_events(article=row, extracted=extracted, memo=memo)
    return IngestResult(article=row, status=status, events_created=created,
                        events_linked=linked, events=stored)


def article_ingest(*, article: ArticleInput, gazetteer: Gazetteer | None = None) -> IngestResult:
    """Parse and store one article: the whole per-article job, behind one call."""
    digest = content_hash(title=article.title, published=article.published, body=article.body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:  # skip the parse too
        return IngestResult(article=existing, status="unchanged")
    if gazetteer is None:
        gazetteer = actor_gazetteer()
    extracted = article_parse(article=article, gazetteer=gazetteer)
    try:
        return article_store(article=article, extracted=extracted)
    except IntegrityError:
        # Another writer stored the same text between our check and our insert.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return IngestResult(article=existing, status="unchanged")


def article_reparse(*, article: Article, gazetteer: Gazetteer | None = None) -> IngestResult:
    """Parse a stored article again; only events no editor has touched are replaced."""
    if gazetteer is None:
        gazetteer = actor_gazetteer()
    data = ArticleInput(title=article.title, published=article.published, body=article.body,
                        url=article.url, outlet=article.outlet, language=article.language)
    extracted = article_parse(article=data, gazetteer=gazetteer)
    with transaction.atomic():
        _drop_parser_events(article=article)
        created, linked, stored = _store_events(article=article, extracted=extracted, memo={})
        article.parser_version = parser_mod.PARSER_VERSION
        article.save(update_fields=["parser_version"])
    return IngestResult(article=article, status="updated", events_created=created,
                        events_linked=linked, events=stored)


# --- Review -----------------------------------------------------------------------------------

def event_review(*, event: Event, status: str, user=None) -> Event:
    """Approve or reject one event; saved row by row so history records who and when."""
    if status not in ReviewStatus.values:
        raise ValueError(f"unknown status {status!r}")
    event.status = status
    event.reviewed_by = user if getattr(user, "is_authenticated", False) else None
    event.reviewed_at = timezone.now()
    if event.reviewed_by is not None:
        event._history_user = user  # outside a request, tell simple_history who did it
    event.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    return event


__all__ = [
    "ArticleFormatError", "IngestResult", "actor_create", "actor_alias_add", "actor_find",
    "actor_gazetteer", "actor_resolve", "article_ingest", "article_parse", "article_reparse",
    "article_store", "content_hash", "event_review", "gazetteer_invalidate",
]
