"""Keyset ("cursor") pagination on (sort key, id).

DRF's CursorPagination keys on the first ordering field only and skips ties with an offset, so
an insert on the same date shifts the page. Here the cursor holds the last row's (key, id) and
the next page is `key > k OR (key = k AND id > i)`; the redundant `key >= k` lets the database
seek straight into its (status, date_start, id) index, so deep pages cost what the first does,
and no COUNT(*) is ever run.
"""
from __future__ import annotations

import base64
import binascii
import json
from collections import OrderedDict
from datetime import date

from django.db.models import Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    # The view may set `keyset_field` (default "date_start") and `keyset_descending`.
    default_field = "date_start"

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            raise ValidationError({self.page_size_query_param: ["A whole number is required."]})
        if not 1 <= size <= self.max_page_size:
            raise ValidationError({self.page_size_query_param: [
                f"Must be between 1 and {self.max_page_size}."]})
        return size

    def _decode(self, request, field_is_date: bool):
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(raw.encode("ascii") + b"==").decode())
            key, pk, reverse = data["k"], int(data["i"]), bool(data.get("r", False))
            if field_is_date:
                key = date.fromisoformat(key)
            elif not isinstance(key, str):
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error,
                json.JSONDecodeError, AttributeError):
            raise ValidationError({self.cursor_query_param: ["Invalid cursor."]})
        return key, pk, reverse

    def _encode(self, key, pk, reverse: bool) -> str:
        if isinstance(key, date):
            key = key.isoformat()
        payload = {"k": key, "i": pk}
        if reverse:
            payload["r"] = 1
        raw = json.dumps(payload, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.field = getattr(view, "keyset_field", self.default_field)
        descending = getattr(view, "keyset_descending", False)
        if callable(descending):
            descending = descending(request)
        self.descending = descending = bool(descending)
        field_is_date = queryset.model._meta.get_field(self.field).get_internal_type() == \
            "DateField"
        self.size = self.get_page_size(request)
        cursor = self._decode(request, field_is_date)
        reverse = bool(cursor and cursor[2])
        # Walking backwards (a "previous" link) flips the direction of the scan.
        desc = descending != reverse
        f = self.field
        if cursor:
            key, pk = cursor[0], cursor[1]
            if desc:
                cond = Q(**{f"{f}__lte": key}) & (Q(**{f"{f}__lt": key}) | Q(pk__lt=pk))
            else:
                cond = Q(**{f"{f}__gte": key}) & (Q(**{f"{f}__gt": key}) | Q(pk__gt=pk))
            queryset = queryset.filter(cond)
        order = (f"-{f}", "-id") if desc else (f, "id")
        rows = list(queryset.order_by(*order)[: self.size + 1])
        more = len(rows) > self.size
        rows = rows[: self.size]
        if reverse:
            rows.reverse()
            self.has_next, self.has_previous = True, more
        else:
            self.has_next, self.has_previous = more, cursor is not None
        self.rows = rows
        return rows

    def _link(self, row, reverse: bool):
        url = self.request.build_absolute_uri()
        if isinstance(row, dict):  # a .values() row
            key, pk = row[self.field], row["id"]
        else:
            key, pk = getattr(row, self.field), row.pk
        cursor = self._encode(key, pk, reverse)
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_next_link(self):
        if not self.has_next or not self.rows:
            return None
        return self._link(self.rows[-1], False)

    def get_previous_link(self):
        if not self.has_previous:
            return None
        if not self.rows:
            return remove_query_param(self.request.build_absolute_uri(),
                                      self.cursor_query_param)
        return self._link(self.rows[0], True)

    def get_paginated_response(self, data):
        return Response(OrderedDict([("next", self.get_next_link()),
                                     ("previous", self.get_previous_link()),
                                     ("results", data)]))

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": "Opaque position from a `next` or `previous` link.",
             "schema": {"type": "string"}},
            {"name": self.page_size_query_param, "required": False, "in": "query",
             "description": f"Results per page (1–{self.max_page_size}, "
                            f"default {self.page_size}).",
             "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size}},
        ]
