"""Conditional GET for API views: an ETag from the rendered body, 304 when it matches."""
from __future__ import annotations

import hashlib

from django.utils.cache import get_conditional_response
from django.utils.http import http_date


class ConditionalGetMixin:
    """ETag (a hash of the body) on GET: a client that revalidates gets 304 and no body.

    Hashing the rendered body keeps the tag exact (deletions, permission-dependent fields)
    without an extra query; `last_modified` may be set by a view when it is cheap and exact.
    """

    last_modified = None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        ts = None
        if self.last_modified is not None:
            ts = int(self.last_modified.timestamp())
            response["Last-Modified"] = http_date(ts)
        return get_conditional_response(request, etag=etag, last_modified=ts,
                                        response=response)
