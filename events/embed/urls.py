"""Embeddable widget and oEmbed (filled in by the widget work)."""
urlpatterns = []
