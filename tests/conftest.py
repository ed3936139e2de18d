import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--db-tests-only", action="store_true",
        help="run only the tests that pytest-django lets touch a database (bin/test's "
             "PostgreSQL leg: the others, the parser's above all, cannot reach one, so they "
             "prove nothing more on a second engine)")


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--db-tests-only"):
        return
    # pytest-django blocks every database access outside a test that asks for one (the
    # django_db mark, or a fixture built on `db`/`transactional_db`), so a test that asks for
    # none gives the same result on any engine: it has run in the SQLite leg already.
    keep, skip = [], []
    for item in items:
        uses_db = (item.get_closest_marker("django_db") is not None
                   or "_django_db_helper" in getattr(item, "fixturenames", ()))
        (keep if uses_db else skip).append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


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
