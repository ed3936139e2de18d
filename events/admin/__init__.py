"""The editors' admin. Each module registers one area; this package only brings them in and
names the site."""
from django.contrib import admin

from . import actors, articles, events, timelines  # noqa: F401 - registers the ModelAdmins

admin.site.site_header = "Diplomatic event timeline · editors"
admin.site.site_title = "Timeline editors"
admin.site.index_title = "Review and curation"
