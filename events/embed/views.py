"""The embed routes: the server-rendered iframe page (works without JavaScript) and the demo.

These are the only framable pages of the site: `embeddable` lifts X-Frame-Options for them and
sends `frame-ancestors *`; everything else keeps the global X-Frame-Options: DENY.
"""
from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html_join
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from events import taxonomy

from . import i18n
from .params import PASSTHROUGH, parse_embed_options
from .selectors import embed_events_page, embed_timeline_get

PAGE_SIZE = 50
DEMO_SLUG = "russia-eu-dialogue"


def _static_origin() -> str:
    parts = urlsplit(settings.STATIC_URL)
    return f" {parts.scheme}://{parts.netloc}" if parts.netloc else ""


def embeddable(view):
    """Framable by any site, and locked down otherwise: no inline script or style runs."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        src = "'self'" + _static_origin()
        response["Content-Security-Policy"] = (
            f"default-src 'none'; style-src {src}; script-src {src}; img-src {src} data:; "
            "base-uri 'none'; form-action 'self'; frame-ancestors *"
        )
        return response
    return xframe_options_exempt(wrapped)


def _bad_request(errors: dict[str, list[str]]) -> HttpResponse:
    items = format_html_join("", "<li>{}: {}</li>", ((k, " ".join(v)) for k, v in errors.items()))
    return HttpResponse(
        f"<!doctype html><title>Bad request</title><h1>Bad request</h1><ul>{items}</ul>",
        status=400,
    )


def _http_url(url: str | None) -> str | None:
    # Only http(s) links are shown: a javascript: or data: URL never becomes an href.
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else None


def _card(ev, lang: str) -> dict:
    point = ev.date_start == ev.date_end and not ev.date_mod
    precision = ev.precision
    if precision == "month":
        machine = ev.date_start.isoformat()[:7]
    elif precision == "year":
        machine = str(ev.date_start.year)
    else:
        machine = ev.date_start.isoformat()
    sources, seen = [], set()
    for mention in ev.mentions.all():
        article = mention.article
        if article.pk in seen:
            continue
        seen.add(article.pk)
        label = ": ".join(x for x in (article.outlet, article.title) if x)
        sources.append({"label": label, "url": _http_url(article.url)})
    ranged = not point and ev.date_end != ev.date_start
    return {
        "id": ev.pk, "type": ev.type if ev.type in taxonomy.BY_SLUG else "",
        "type_label": i18n.type_label(ev.type, lang), "shape": "pt" if point else "sp",
        "display": i18n.event_date(start=ev.date_start, end=ev.date_end, precision=precision,
                                   mod=ev.date_mod, value=ev.date_value, lang=lang),
        "datetime": machine,
        "range": i18n.day_range(ev.date_start, ev.date_end, lang) if ranged else "",
        "actor": ev.actor, "target": ev.target, "summary": ev.summary, "quote": ev.quote,
        "sources": sources,
    }


def _groups(cards: list[dict], events, group: str, lang: str) -> list[dict]:
    if not events:
        return []
    # "auto", as in embed.js: by year when the page spans more than three years.
    yearly = group == "year" or (
        group == "auto" and (events[-1].date_start - events[0].date_start).days > 3 * 365)
    groups: list[dict] = []
    for card, ev in zip(cards, events):
        d = ev.date_start
        key = str(d.year) if yearly else f"{d.year}-{d.month:02d}"
        if not groups or groups[-1]["key"] != key:
            label = i18n.group_label(d, yearly=yearly, lang=lang)
            groups.append({"key": key, "label": label, "events": []})
        groups[-1]["events"].append(card)
    return groups


def _query(request, **changes) -> str:
    query = request.GET.copy()
    query.pop("after", None)
    for name, value in changes.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return "?" + query.urlencode()


def _chips(request, kind: str, options: list[tuple[str, str]], selected: tuple[str, ...]):
    chips = []
    for value, label in options:
        on = value in selected
        now = [v for v in selected if v != value] if on else [*selected, value]
        chips.append({"value": value, "label": label, "on": on,
                      "url": _query(request, **{kind: now})})
    return chips


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


@require_GET
@embeddable
@cache_control(public=True, max_age=60)
def embed_timeline(request, slug: str):
    timeline = embed_timeline_get(slug=slug)
    if timeline is None:
        return HttpResponse("<!doctype html><title>Not found</title><p>No such timeline.</p>",
                            status=404)
    options, errors = parse_embed_options(request.GET)
    if errors:
        return _bad_request(errors)
    page = embed_events_page(timeline=timeline, filters=options.filters, after=options.after,
                             limit=PAGE_SIZE)
    cards = [_card(ev, options.lang) for ev in page.events]
    labels = i18n.labels(options.lang)
    f = options.filters
    types = {c["type"]: c["type_label"] for c in cards if c["type"]} | \
        {t: i18n.type_label(t, options.lang) for t in f.types}
    actors = {a: a for a in f.actors} | {c["actor"].slug: c["actor"].name for c in cards}
    this_url = _absolute(request, reverse("embed-timeline", args=[slug]))
    kept = {k: request.GET.getlist(k) for k in PASSTHROUGH if k in request.GET}
    canonical = this_url + ("?" + urlencode(kept, doseq=True) if kept else "")
    by_label = lambda item: item[1]  # noqa: E731
    return render(request, "embed/timeline.html", {
        "timeline": timeline, "options": options, "labels": labels,
        "groups": _groups(cards, page.events, options.group, options.lang),
        "status": labels["shown"].replace("{n}", str(len(cards))) if cards else labels["empty"],
        "type_chips": _chips(request, "type", sorted(types.items(), key=by_label), f.types),
        "actor_chips": _chips(request, "actor", sorted(actors.items(), key=by_label), f.actors),
        "filtered": bool(f.types or f.actors),
        "clear_url": _query(request, type=[], actor=[]),
        "more_url": _query(request, after=page.next_cursor) if page.next_cursor else "",
        "start_url": _query(request) if options.after is not None else "",
        "canonical": canonical,
        "oembed_url": _absolute(request, reverse("oembed")) + "?" + urlencode(
            {"url": canonical, "format": "json"}),
    })


@require_GET
def demo(request):
    timeline = embed_timeline_get(slug=DEMO_SLUG)
    embed_js = _absolute(request, reverse("embed-js"))
    iframe_js = _absolute(request, reverse("iframe-js"))
    iframe_src = _absolute(request, reverse("embed-timeline", args=[DEMO_SLUG]))
    return render(request, "embed/demo.html", {
        "timeline": timeline, "slug": DEMO_SLUG, "embed_js": embed_js, "iframe_js": iframe_js,
        "iframe_src": iframe_src,
        "oembed_url": _absolute(request, reverse("oembed")) + "?" + urlencode(
            {"url": iframe_src, "format": "json"}),
    })


@require_GET
@cache_control(public=True, max_age=300)
def stable_script(request, name):  # scripts and the widget stylesheet
    """Redirect a stable script address to the current (hashed, long-cached) static file, so a
    release reaches every embed within minutes without publishers changing their HTML."""
    return HttpResponseRedirect(static(name))
