"""manage.py quickstart: migrate, load the seed articles, make a demo timeline, serve."""
from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.urls import NoReverseMatch, reverse

from events.models import Event, ReviewStatus, Timeline
from events.services import event_review

DEMO_SLUG = "russia-eu-dialogue"


class Command(BaseCommand):
    help = "Set up a demo: migrate, ingest seeds/, create a demo timeline and admin, then serve."

    def add_arguments(self, parser):
        parser.add_argument("--seeds", default=str(Path(settings.BASE_DIR) / "seeds"))
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument("--no-serve", action="store_true", help="set up, then stop")

    def handle(self, *args, seeds, addrport, no_serve, **options):
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated.")
        try:
            call_command("ingest", seeds, stdout=self.stdout, stderr=self.stderr,
                         no_progress=True)
        except CommandError as exc:
            # Some seed files failed; the others are in. Say so and carry on with the demo.
            self.stderr.write(f"Seed ingest: {exc}")
        self._demo_timeline()
        self._admin_user()
        if "setup_groups" in _commands():
            call_command("setup_groups", verbosity=0)

        base = f"http://{addrport}"
        self.stdout.write(self.style.SUCCESS("\nReady:"))
        for label, name in (("Admin", "admin:index"), ("API", "api-root"),
                            ("API docs", "api-docs"), ("Widget demo", "embed-demo")):
            try:
                self.stdout.write(f"  {label + ':':13}{base}{reverse(name)}")
            except NoReverseMatch:
                pass
        if not no_serve:
            call_command("runserver", addrport, use_reloader=False)

    def _demo_timeline(self):
        timeline, created = Timeline.objects.get_or_create(
            slug=DEMO_SLUG,
            defaults={"title": "Russia and the EU: talk of talks",
                      "description": "Calls for dialogue, offers and rebuffs between Moscow and "
                                     "European capitals, from the seed articles.",
                      "is_public": True},
        )
        # Demo data only: approve what the parser found in the seeds so the public API and
        # the widget have something to show. Real articles wait for an editor.
        pending = Event.objects.filter(status=ReviewStatus.PENDING, mentions__isnull=False,
                                       date_start__isnull=False).distinct()
        approved = 0
        for event in pending:
            event_review(event=event, status=ReviewStatus.APPROVED)
            approved += 1
        if created or approved:
            timeline.events.add(*Event.objects.filter(status=ReviewStatus.APPROVED,
                                                      date_start__isnull=False))
        self.stdout.write(f"Demo timeline '{DEMO_SLUG}': {timeline.events.count()} events "
                          f"({approved} seed events approved for the demo).")

    def _admin_user(self):
        User = get_user_model()
        username = os.getenv("DJANGO_SUPERUSER_USERNAME")
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("Admin user: already exists.")
        elif username and os.getenv("DJANGO_SUPERUSER_PASSWORD"):
            call_command("createsuperuser", interactive=False, username=username,
                         email=os.getenv("DJANGO_SUPERUSER_EMAIL", f"{username}@example.com"),
                         verbosity=0)
            self.stdout.write(f"Admin user '{username}' created from the environment.")
        else:
            self.stdout.write(
                "No admin user yet. Create one with:\n"
                "  .venv/bin/python manage.py createsuperuser\n"
                "or set DJANGO_SUPERUSER_USERNAME and DJANGO_SUPERUSER_PASSWORD before quickstart."
            )


def _commands():
    from django.core.management import get_commands

    return get_commands()
