"""API permissions: reading is public, writing needs the editor's model permission."""
from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOnlyOrCanAddArticle(BasePermission):
    """GET/HEAD/OPTIONS for everyone; POST only with `events.add_article` (editors)."""

    message = "Ingesting articles needs an editor account with the 'add article' permission."

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("events.add_article"))
