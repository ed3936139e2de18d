"""Embeddable widget and oEmbed: included at the site root by timeline/urls.py."""
from django.urls import path

from . import oembed, views

urlpatterns = [
    # Stable addresses for publishers' snippets: they outlive the hashed static file names.
    path("embed.js", views.stable_script, {"name": "embed/embed.min.js"}, name="embed-js"),
    # embed.js loads its stylesheet from beside itself.
    path("embed.css", views.stable_script, {"name": "embed/embed.min.css"}, name="embed-css"),
    path("iframe.js", views.stable_script, {"name": "embed/iframe.min.js"}, name="iframe-js"),
    path("embed/timelines/<slug:slug>/", views.embed_timeline, name="embed-timeline"),
    path("embed/demo/", views.demo, name="embed-demo"),
    path("oembed", oembed.oembed, name="oembed"),
]
