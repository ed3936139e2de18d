"""REST API v1 (filled in by the API work)."""
urlpatterns = []
