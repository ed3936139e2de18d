import os
import subprocess
import sys

from django.conf import settings

PROD = {"DEBUG": "0", "ALLOWED_HOSTS": "timeline.example.org",
        "SECRET_KEY": "a-production-secret-" + "x" * 40, "PATH": os.environ["PATH"]}


def manage(*args, env):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR,
                          env=env, capture_output=True, text=True, timeout=120)


def test_it_refuses_to_start_in_production_without_a_secret_key():
    env = {k: v for k, v in PROD.items() if k != "SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_it_passes_the_deployment_checklist_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PROD)
    assert result.returncode == 0, result.stderr


def test_it_reads_the_database_from_database_url(tmp_path):
    env = {**PROD, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path}/other.db"}
    result = manage("shell", "-v", "0", "-c",
                    "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
                    env=env)
    assert result.stdout.strip() == f"{tmp_path}/other.db"


def test_it_defaults_to_sqlite_in_the_project_folder_for_development():
    env = {"PATH": os.environ["PATH"]}
    result = manage("shell", "-v", "0", "-c",
                    "from django.conf import settings; d = settings.DATABASES['default'];"
                    "print(d['ENGINE'], d['NAME'], settings.DEBUG)", env=env)
    assert result.stdout.split() == ["django.db.backends.sqlite3",
                                     str(settings.BASE_DIR / "db.sqlite3"), "True"]


def test_the_second_engines_leg_keeps_only_the_tests_that_can_reach_a_database():
    # bin/test's PostgreSQL leg: a test pytest-django keeps from every database cannot differ
    # by engine, so only those that ask for one (a django_db mark, a fixture built on `db`) run.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "--db-tests-only",
         "-p", "no:cacheprovider", "tests/test_models.py", "tests/test_views.py",
         "tests/test_parser_session22.py"],
        cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=120,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "tests/test_models.py:" in result.stdout and "tests/test_views.py:" in result.stdout
    # the parser's tests never reach a database
    assert "test_parser_session22" not in result.stdout
