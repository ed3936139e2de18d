from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from .models import Article
from .selectors import events_visible, timelines_visible


def _links():
    links = []
    for label, name in (("Editors' admin", "admin:index"), ("REST API", "api-root"),
                        ("API documentation", "api-docs"), ("Widget demo", "embed-demo")):
        try:
            links.append((label, reverse(name)))
        except NoReverseMatch:  # an area not installed in this build
            pass
    return links


def home(request):
    # Counts follow the visibility rule: the public learns nothing about unreviewed events.
    return render(request, "events/home.html", {
        "articles": Article.objects.count(),
        "events": events_visible(user=request.user).count(),
        "timelines": timelines_visible(user=request.user).order_by("title")[:20],
        "links": _links(),
    })


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
