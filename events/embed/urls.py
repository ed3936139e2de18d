"""Embeddable widget and oEmbed: included at the site root by timeline/urls.py."""
from django.urls import path

from . import oembed, views

urlpatterns = [
    path("embed/timelines/<slug:slug>/", views.embed_timeline, name="embed-timeline"),
    path("embed/demo/", views.demo, name="embed-demo"),
    path("oembed", oembed.oembed, name="oembed"),
]
