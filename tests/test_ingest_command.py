import io
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from events.models import Article, Event, Timeline
from tests.factories import SEED_TEXT

pytestmark = pytest.mark.django_db


def run(*args, stdin=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    try:
        call_command("ingest", *args, "--workers", "1", stdout=out, stderr=err)
        return out.getvalue(), err.getvalue(), None
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc


def test_it_ingests_the_seed_folder_and_says_so_the_second_time():
    out, err, exc = run(str(Path(settings.BASE_DIR) / "seeds"))
    assert exc is None and "new: 1," in out
    out, err, exc = run(str(Path(settings.BASE_DIR) / "seeds"))
    assert exc is None and "new: 0, unchanged: 1" in out
    assert Article.objects.count() == 1


def test_it_reads_one_article_from_stdin(monkeypatch):
    out, err, exc = run("-", stdin=SEED_TEXT.encode(), monkeypatch=monkeypatch)
    assert exc is None
    art = Article.objects.get()
    assert (str(art.published), art.title) == ("2026-01-20", "Macron and Putin")
    assert art.body.startswith("On January 7")


def test_it_reads_json_articles(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(
        {"title": "T", "published": "2026-01-20", "body": "Lavrov said so.",
         "url": "https://example.org/a", "outlet": "RBC"}))
    out, err, exc = run(str(tmp_path))
    assert exc is None
    assert Article.objects.get().outlet == "RBC"


@pytest.mark.parametrize("content, message", [
    (b"Title without a date line\n\nBody.", "first line must be 'date YYYY-MM-DD Title'"),
    (b"date 2026-02-30 Impossible\n\nBody.", "'2026-02-30' is not a real date"),
    (b"date 20-1-2026 Wrong form\n\nBody.", "not in the form YYYY-MM-DD"),
    (b"date 2026-01-20 Empty\n\n   \n", "no body text"),
    (b"date 2026-01-20 Latin-1\n\nCaf\xe9 talks.", "not UTF-8"),
    (b"date 2026-01-20 Huge\n\n" + b"word " * 210_000, "limit is 1,000,000"),
    (b"{not json", "not valid JSON"),
])
def test_it_reports_a_bad_file_and_ingests_the_good_ones(tmp_path, content, message):
    seeds = Path(settings.BASE_DIR) / "seeds"
    for f in seeds.iterdir():
        shutil.copy(f, tmp_path)
    (tmp_path / ("bad.json" if content.startswith(b"{") else "bad.txt")).write_bytes(content)
    out, err, exc = run(str(tmp_path))
    assert isinstance(exc, CommandError)
    assert message in err and "bad." in err
    assert "new: 1," in out and "failed: 1" in out
    assert Article.objects.count() == 1


def test_it_fails_clearly_on_a_missing_path():
    out, err, exc = run("/no/such/place")
    assert "no such file or folder" in err and isinstance(exc, CommandError)


def test_it_keeps_what_was_stored_when_a_later_file_fails(tmp_path):
    run(str(Path(settings.BASE_DIR) / "seeds"))
    (tmp_path / "bad.txt").write_bytes(b"no date\n")
    run(str(tmp_path))
    assert Article.objects.count() == 1


def test_it_parses_on_several_processes_with_the_same_result(tmp_path):
    for i in range(10):
        (tmp_path / f"a{i}.txt").write_text(f"date 2026-01-{i + 1:02d} Article {i}\n\n"
                                            f"Lavrov said talk number {i} went well.\n")
    (tmp_path / "bad.txt").write_text("nothing\n")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), "--workers", "2", "--batch-size", "3",
                     stdout=out, stderr=err)
    assert "new: 10," in out.getvalue() and "failed: 1" in out.getvalue()
    assert Article.objects.count() == 10


def test_quickstart_sets_up_a_demo_without_serving(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "admin")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-demo-password")
    out = io.StringIO()
    call_command("quickstart", "--no-serve", stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    assert Article.objects.count() == 1
    assert Timeline.objects.filter(slug="russia-eu-dialogue", is_public=True).exists()
    assert "Admin user 'admin' created" in text and "/admin/" in text
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username="admin").is_superuser
    # Demo events, if the parser found any, are approved so the public sees them.
    assert not Event.objects.filter(status="pending", date_start__isnull=False).exists()
