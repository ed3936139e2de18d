"""manage.py setup_groups: the "Editors" and "Viewers" groups with exactly their rights.

Idempotent: running it again resets both groups to the rights below (rights added by hand to
these two groups are removed; other groups are left alone).
"""
from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError

APP = "events"
EDITORS = "Editors"
VIEWERS = "Viewers"

# model -> actions editors need. Merging deletes the duplicates, so it needs "delete" on events
# and actors; articles are never deleted from the admin (their evidence would go with them).
EDITOR_RIGHTS: dict[str, tuple[str, ...]] = {
    "event": ("view", "add", "change", "delete"),
    "actor": ("view", "add", "change", "delete"),
    "actoralias": ("view", "add", "change", "delete"),
    "article": ("view", "add", "change"),
    "mention": ("view",),
    "timeline": ("view", "add", "change", "delete"),
}
VIEWER_RIGHTS: dict[str, tuple[str, ...]] = {model: ("view",) for model in EDITOR_RIGHTS}


def permissions_for(rights: dict[str, tuple[str, ...]]) -> list[Permission]:
    wanted = {f"{action}_{model}" for model, actions in rights.items() for action in actions}
    perms = list(Permission.objects.filter(content_type__app_label=APP, codename__in=wanted))
    missing = wanted - {p.codename for p in perms}
    if missing:
        raise CommandError(f"permissions not found (run migrate first): {sorted(missing)}")
    return perms


class Command(BaseCommand):
    help = "Create or reset the Editors and Viewers groups with exactly the rights they need."

    def handle(self, *args, verbosity=1, **options):
        for name, rights in ((EDITORS, EDITOR_RIGHTS), (VIEWERS, VIEWER_RIGHTS)):
            group, created = Group.objects.get_or_create(name=name)
            perms = permissions_for(rights)
            group.permissions.set(perms)
            if verbosity:
                self.stdout.write(f"{name}: {'created' if created else 'updated'}, "
                                  f"{len(perms)} permissions")
        if verbosity:
            self.stdout.write("Members need is_staff to log in to the admin.")
