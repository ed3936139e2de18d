"""oEmbed provider (https://oembed.com): a timeline's embed URL in, a `rich` iframe snippet out.

Errors follow the spec: 404 when the URL is not one of our timelines, 501 for a format other
than JSON, 400 (with field errors in JSON) for malformed parameters.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET

from .params import PASSTHROUGH, parse_embed_options
from .selectors import embed_timeline_get

PATH_RE = re.compile(r"^/(?:embed/timelines|api/v1/timelines)/(?P<slug>[-\w]+)/?$")
DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 600
MAX_SIZE = 10_000
CACHE_AGE = 3600


def _json(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status)
    # Browsers may ask too (oEmbed consumers are often client-side); it is public data.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _size(raw: str | None, name: str, errors: dict) -> int | None:
    if raw in (None, ""):
        return None
    if not raw.isdigit() or not 0 < int(raw) <= MAX_SIZE:
        errors[name] = [f"Enter a whole number of pixels between 1 and {MAX_SIZE}."]
        return None
    return int(raw)


def _our_hosts(request) -> set[str]:
    hosts = {request.get_host().lower()}
    site = urlsplit(settings.SITE_URL)
    if site.netloc:
        hosts.add(site.netloc.lower())
    return hosts


@require_GET
def oembed(request):
    fmt = request.GET.get("format", "json") or "json"
    if fmt != "json":
        return _json({"error": f"format {fmt[:20]!r} is not supported; use json"}, status=501)
    errors: dict[str, list[str]] = {}
    url = request.GET.get("url", "").strip()
    if not url:
        errors["url"] = ["This parameter is required."]
    maxwidth = _size(request.GET.get("maxwidth"), "maxwidth", errors)
    maxheight = _size(request.GET.get("maxheight"), "maxheight", errors)
    if errors:
        return _json({"errors": errors}, status=400)

    parts = urlsplit(url)
    match = PATH_RE.match(parts.path)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in _our_hosts(request) \
            or not match:
        return _json({"error": "not a timeline URL of this service"}, status=404)
    timeline = embed_timeline_get(slug=match["slug"])
    if timeline is None:
        return _json({"error": "no such timeline"}, status=404)
    # Options in the URL (?type=...&lang=fr) carry over to the embed, once validated.
    given = parse_qs(parts.query)
    kept = {k: v for k, v in given.items() if k in PASSTHROUGH}
    _, bad = parse_embed_options(QueryDict(urlencode(kept, doseq=True)))
    if bad:
        return _json({"errors": {"url": [f"{k}: {' '.join(v)}" for k, v in bad.items()]}},
                     status=400)

    width = min(maxwidth or DEFAULT_WIDTH, DEFAULT_WIDTH)
    height = min(maxheight or DEFAULT_HEIGHT, DEFAULT_HEIGHT)
    src = request.build_absolute_uri(reverse("embed-timeline", args=[timeline.slug]))
    if kept:
        src += "?" + urlencode(kept, doseq=True)
    resizer = request.build_absolute_uri(reverse("iframe-js"))
    html = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;width:100%;max-width:{}px;height:{}px"{}></iframe>'
        '<script src="{}" async></script>',
        src, timeline.title, width, height, width, height,
        format_html(' data-max-height="{}"', maxheight) if maxheight else "",
        resizer,
    )
    return _json({
        "version": "1.0", "type": "rich",
        "title": timeline.title,
        "provider_name": "Diplomatic event timelines",
        "provider_url": request.build_absolute_uri("/"),
        "cache_age": CACHE_AGE,
        "html": str(html), "width": width, "height": height,
    })
