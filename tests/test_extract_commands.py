"""The parser's commands (extract, evaluate_events, bench_parser) and the ingest seam."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from events.models import Actor, Event, Mention, ReviewStatus
from events.parser import PARSER_VERSION
from events.parser.seedformat import ArticleInput
from events.services import actor_alias_add, actor_create, article_ingest

OWN = Path(__file__).resolve().parent / "corpus" / "wire"
ARTICLE = OWN / "wire_05_un_gaza_vote.txt"
KEYS = {"type", "cameo", "actor", "target", "date", "evidence", "quote", "summary",
        "confidence"}


def run(*args, stdin: bytes | None = None) -> str:
    out = io.StringIO()
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            call_command(*args, stdout=out)
        finally:
            sys.stdin = old
    else:
        call_command(*args, stdout=out)
    return out.getvalue()


def test_it_prints_one_json_line_per_event_without_a_database():
    lines = run("extract", str(ARTICLE)).splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) >= 5
    body = ARTICLE.read_text(encoding="utf-8").partition("\n")[2].lstrip("\r\n")
    for ev in events:
        assert KEYS <= set(ev)
        assert set(ev["actor"]) == {"name", "kind", "country", "role"}
        assert set(ev["date"]) == {"value", "precision", "mod", "start", "end", "source", "text"}
        e = ev["evidence"]
        assert body[e["start"]:e["end"]] == e["sentence"]
    council = [e for e in events if e["actor"]["name"] == "UN Security Council"]
    assert council and council[0]["date"]["value"] == "2026-01-27"


def test_it_reads_stdin():
    out = run("extract", "-", stdin=ARTICLE.read_bytes())
    assert json.loads(out.splitlines()[0])["type"]


@pytest.mark.parametrize("raw, message", [
    (b"no header line\n\nbody", "first line"),
    (b"date 2026-02-30 Title\n\nbody", "not a real date"),
    (b"date 2026-01-20 Title\n\n   ", "no body"),
    (b"\xff\xfe\x00binary", "not UTF-8"),
])
def test_it_refuses_bad_input_with_a_clear_message(raw, message):
    with pytest.raises(CommandError, match=message):
        run("extract", "-", stdin=raw)


def test_it_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("extract", str(tmp_path / "nope.txt"))


def test_evaluate_prints_scores_and_with_v2_the_misses():
    out = run("evaluate_events", str(OWN), "--verbosity", "2")
    assert "ALL" in out and "date accuracy" in out
    assert "== wire_01_ankara_talks.txt" in out
    assert "MISS" in out or "FALSE" in out


def test_evaluate_refuses_bad_folders_and_gold(tmp_path):
    with pytest.raises(CommandError, match="not a folder"):
        run("evaluate_events", str(tmp_path / "nope"))
    with pytest.raises(CommandError, match="no NAME.gold.json"):
        run("evaluate_events", str(tmp_path))
    (tmp_path / "a.txt").write_text("date 2026-01-20 T\n\nGermany criticised France.")
    (tmp_path / "a.gold.json").write_text("{not json")
    with pytest.raises(CommandError, match="a.gold.json"):
        run("evaluate_events", str(tmp_path))


def _gold(events):
    return json.dumps({"article": "a.txt", "published": "2026-01-20", "events": events,
                       "timex": []})


def _event(type_, actor, evidence, value="2026-01-20"):
    return {"type": type_, "actor": actor, "actor_country": None, "target": None,
            "date": {"value": value, "precision": "day", "mod": None, "source": "publication",
                     "text": None},
            "evidence": [evidence]}


def test_it_scores_a_second_annotator_against_the_first(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    text = ("date 2026-01-20 T\n\nGermany criticised France on Monday. "
            "Italy said talks would go on. Spain met Portugal.")
    (first / "a.txt").write_text(text)
    (first / "a.gold.json").write_text(_gold([
        _event("criticism", "Germany", "Germany criticised France"),
        _event("statement", "Italy", "Italy said talks would go on"),
        _event("meeting", "Spain", "Spain met Portugal")]))
    # The second annotator agrees on Germany (with a shorter evidence string in the same
    # sentence, and another date), reads Italy's act as intent, and misses Spain.
    (second / "a.gold.json").write_text(_gold([
        _event("criticism", "Germany", "criticised France on Monday", value="2026-01-19"),
        _event("intent_to_negotiate", "Italy", "talks would go on")]))
    out = run("evaluate_events", str(first), "--against", str(second), "--verbosity", "2")
    all_line = next(line for line in out.splitlines() if line.startswith("ALL"))
    assert all_line.split()[1:4] == ["3", "2", "1"]  # gold, predicted, matched
    assert "date accuracy: 0/1" in out
    assert "MISS  meeting Spain" in out and "FALSE intent_to_negotiate Italy" in out
    with pytest.raises(CommandError, match="no second annotation"):
        run("evaluate_events", str(first), "--against", str(tmp_path))


def test_it_counts_misses_false_alarms_and_dates_by_cause_without_text(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("date 2026-01-20 T\n\nGermany criticised France on Monday. "
                                 "Italy said talks would go on. Spain met Portugal. "
                                 "Greece spoke. Malta met Cyprus and praised it.")
    (first / "a.gold.json").write_text(_gold([
        _event("criticism", "Germany", "Germany criticised France"),
        _event("statement", "Italy", "Italy said talks would go on"),
        _event("meeting", "Spain", "Spain met Portugal"),
        _event("meeting", "Malta", "Malta met Cyprus")]))
    (second / "a.gold.json").write_text(_gold([
        {**_event("criticism", "Germany", "criticised France on Monday", value="2026-01-19"),
         "date": {"value": "2026-01-19", "precision": "day", "mod": None, "source": "text",
                  "text": "Monday"}},
        _event("intent_to_negotiate", "Italy", "talks would go on"),
        _event("meeting", "Portugal", "Spain met Portugal"),
        _event("statement", "Greece", "Greece spoke"),
        _event("meeting", "Malta", "Malta met Cyprus"),
        _event("support", "Malta", "praised it")]))
    out = run("evaluate_events", str(first), "--against", str(second), "--breakdown")
    counts = {line.split(None, 1)[1]: int(line.split()[0]) for line in out.splitlines()
              if line.strip()[:1].isdigit() and ": " in line}
    assert counts == {
        "date: gold from publication, ours from text": 1,
        "miss: read as intent_to_negotiate (statement)": 1,
        "miss: right type, other actor (meeting)": 1,
        "false: gold act of this actor read as another type (intent_to_negotiate)": 1,
        "false: gold act of another actor (meeting)": 1,
        "false: no gold act in the sentence (statement)": 1,
        "false: a second act beside this actor's matched one (support)": 1}
    assert "Greece" not in out and "Spain" not in out


def test_it_scores_phrasebook_items_type_by_type(tmp_path):
    book = tmp_path / "book.jsonl"
    book.write_text("\n".join(json.dumps(x) for x in [
        {"text": "Germany criticised France on Monday.", "type": "criticism",
         "actor": "Germany", "target": "France"},
        {"text": "Germany met France on Monday.", "type": "phone_call", "actor": "Germany",
         "target": "France"},
        {"text": "The weather was fine.", "type": "statement", "actor": "Spain", "target": None},
        {"text": "Germany and France will meet next year.", "type": "none", "actor": None,
         "target": None},
        {"text": "Germany rejected the plan.", "type": "none", "actor": None, "target": None},
    ]) + "\n")
    out = run("evaluate_phrases", str(book), "--verbosity", "2")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert rows["criticism"][:5] == ["1", "1", "0", "0", "0"]  # items, right, other type...
    assert rows["phone_call"][:5] == ["1", "0", "1", "0", "0"]  # read as a meeting
    assert rows["statement"][:5] == ["1", "0", "0", "0", "1"]
    assert "'none' items read as an act: 1/2" in out
    assert "other_type  phone_call Germany (read meeting)" in out
    book.write_text('{"text": 1}\n')
    with pytest.raises(CommandError, match="book.jsonl:1"):
        run("evaluate_phrases", str(book))


def test_it_scores_the_date_of_a_dated_phrasebook_item_read_right(tmp_path):
    book = tmp_path / "dated.jsonl"
    book.write_text("\n".join(json.dumps(x) for x in [
        # a paper of Tuesday 2026-01-20: "on Monday" is the 19th
        {"published": "2026-01-20", "text": "Germany criticised France on Monday.",
         "type": "criticism", "actor": "Germany", "target": "France",
         "date": {"value": "2026-01-19", "precision": "day", "source": "text"}},
        {"published": "2026-01-20", "text": "Germany rejected the French plan on Monday.",
         "type": "rejection", "actor": "Germany", "target": "France",
         "date": {"value": "2026-01-16", "precision": "day", "source": "text"}},
        {"published": "2026-01-20", "text": "The weather was fine.", "type": "statement",
         "actor": "Spain", "target": None,
         "date": {"value": None, "precision": None, "source": "none"}},
    ]) + "\n")
    out = run("evaluate_phrases", str(book), "--verbosity", "2")
    # only the two acts read right count, and only the first has its day
    assert "dates right (of the acts read right whose item gives one): 1/2" in out
    assert "date        rejection Germany: gold 2026-01-16 (day), got 2026-01-19 (day)" in out
    for bad, message in (
            ({"published": "20 January", "text": "x", "type": "none"}, "YYYY-MM-DD"),
            ({"text": "x", "type": "none", "date": {"value": None, "precision": None}},
             "needs the item's 'published'"),
            ({"published": "2026-01-20", "text": "x", "type": "none", "date": "2026-01-19"},
             "'value' and 'precision'")):
        book.write_text(json.dumps(bad) + "\n")
        with pytest.raises(CommandError, match=message):
            run("evaluate_phrases", str(book))


def test_bench_prints_both_timings_and_the_ratio():
    out = run("bench_parser", str(OWN), "--generated", "3", "--repeat", "1", "--plain", "1")
    assert "search_dates" in out and "parse_article" in out
    # Each set: the English-only search_dates call, then the plain one that detects the language.
    assert out.count("ratio") == 4 and out.count("plain search_dates(text), first 1") == 2


@pytest.mark.django_db
def test_ingest_stores_the_parsed_events_with_their_evidence():
    body = ARTICLE.read_text(encoding="utf-8").partition("\n")[2].lstrip("\r\n")
    result = article_ingest(article=ArticleInput(title="UN vote", published=date(2026, 1, 28),
                                                 body=body))
    assert result.events_created >= 5
    netanyahu = Actor.objects.get(name="Benjamin Netanyahu")
    # Discovered from a title pattern, so an editor reviews it first.
    assert netanyahu.status == ReviewStatus.PENDING and netanyahu.country == "ISR"
    assert Event.objects.filter(actor=netanyahu, type="support").exists()
    for m in Mention.objects.all():
        assert body[m.start:m.end] == m.sentence
    assert result.article.parser_version == PARSER_VERSION


@pytest.mark.django_db
def test_an_alias_added_by_an_editor_improves_the_next_parse():
    lavrov = actor_create(name="Sergey Lavrov", kind="person", country="RUS",
                          role="foreign minister")
    first = article_ingest(article=ArticleInput(
        title="a", published=date(2026, 1, 20),
        body="Russia's top diplomat warned Europe against new sanctions."))
    assert not Event.objects.filter(actor=lavrov).exists()
    assert first.article.pk
    actor_alias_add(actor=lavrov, name="Russia's top diplomat")
    article_ingest(article=ArticleInput(
        title="b", published=date(2026, 1, 21),
        body="Russia's top diplomat criticised NATO on Tuesday."))
    ev = Event.objects.get(actor=lavrov)
    assert (ev.type, ev.date_value) == ("criticism", "2026-01-20")
