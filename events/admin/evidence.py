"""The evidence panel: each supporting sentence in its paragraph, with the date words and the
actors' names marked, so an editor can check the parser without opening the article."""
from __future__ import annotations

import re

from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

CONTEXT_CHARS = 280


def _terms(event) -> list[tuple[str, str]]:
    terms: list[tuple[str, str]] = []
    if event.date_text:
        terms.append((event.date_text, "ev-date"))
    for actor in (event.actor, event.target):
        if actor is None:
            continue
        terms.append((actor.name, "ev-actor"))
        terms.extend((alias.name, "ev-actor") for alias in actor.aliases.all())
        # People are often named by surname alone after the first mention.
        if actor.kind == "person" and " " in actor.name:
            terms.append((actor.name.split()[-1], "ev-actor"))
    return [(t, c) for t, c in terms if len(t.strip()) >= 3]


def highlight(text: str, terms: list[tuple[str, str]]) -> str:
    """HTML of `text` with every term wrapped in <mark class=...>; longest terms win."""
    spans: list[tuple[int, int, str]] = []
    for term, css in sorted(terms, key=lambda t: -len(t[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, re.IGNORECASE):
            if all(m.end() <= s or m.start() >= e for s, e, _ in spans):
                spans.append((m.start(), m.end(), css))
    out, pos = [], 0
    for s, e, css in sorted(spans):
        out.append(escape(text[pos:s]))
        out.append(format_html('<mark class="{}">{}</mark>', css, text[s:e]))
        pos = e
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))


def evidence_html(event) -> str:
    if event.pk is None:
        return "—"
    mentions = list(event.mentions.all())
    if not mentions:
        return mark_safe('<p class="ev-none">No evidence sentence (added by hand).</p>')
    terms = _terms(event)
    blocks = []
    for mention in mentions:
        article = mention.article
        body = article.body
        lo = max(0, mention.start - CONTEXT_CHARS)
        hi = min(len(body), mention.end + CONTEXT_CHARS)
        before, sentence, after = body[lo:mention.start], body[mention.start:mention.end], \
            body[mention.end:hi]
        link = reverse("admin:events_article_change", args=[article.pk])
        blocks.append(format_html(
            '<figure class="ev-evidence"><blockquote>{}{}<span class="ev-sentence">{}</span>'
            '{}{}</blockquote><figcaption><a href="{}">{}</a> · {} · {}{}</figcaption>'
            "</figure>",
            "… " if lo else "", highlight(before, terms), highlight(sentence, terms),
            highlight(after, terms), " …" if hi < len(body) else "",
            link, article.title, article.outlet or "unknown outlet", article.published,
            format_html(' · <a href="{}" rel="noopener noreferrer" target="_blank">source</a>',
                        article.url) if article.url else "",
        ))
    return mark_safe("".join(blocks))


def confidence_html(value: float) -> str:
    band = "low" if value < 0.4 else "medium" if value < 0.7 else "high"
    return format_html('<span class="ev-conf ev-conf-{}" title="parser confidence">{}</span>',
                       band, f"{value:.2f}")


def links_html(rows) -> str:
    return format_html_join(mark_safe(", "), '<a href="{}">{}</a>', rows) or "—"
