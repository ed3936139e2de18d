from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from .models import Article, Event, Timeline


def home(request):
    return render(request, "events/home.html", {
        "articles": Article.objects.count(),
        "events": Event.objects.count(),
        "timelines": Timeline.objects.filter(is_public=True).order_by("title")[:20],
    })


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
