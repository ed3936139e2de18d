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
