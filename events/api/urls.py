"""REST API v1, mounted at /api/v1/ by timeline/urls.py."""
from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import views
from .exports import FORMATS
from .exports.views import EventExportView, TimelineExportView

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="event")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("timelines", views.TimelineViewSet, basename="timeline")

_FMT = "(?P<fmt>" + "|".join(FORMATS) + ")"

urlpatterns = [
    re_path(rf"^events/export/{_FMT}/$", EventExportView.as_view(), name="event-export"),
    re_path(rf"^timelines/(?P<slug>[-a-zA-Z0-9_]+)/export/{_FMT}/$",
            TimelineExportView.as_view(), name="timeline-export"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    *router.urls,
]
