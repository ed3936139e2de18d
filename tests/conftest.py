import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The locmem cache outlives a test's transaction; a stale gazetteer version or throttle
    # count from one test must not leak into the next.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.com", "pw-editor-1",
                                                 is_staff=True)
