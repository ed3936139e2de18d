"""extract_dates, evaluate_dates and bench_dates: no database, clear errors."""
import json

import pytest
from django.core.management import CommandError, call_command

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false"
functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
<TEXT>
The convention voted <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> to hold a
referendum <TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3> &amp; to end
<TIMEX3 tid="t3" type="DURATION" value="P210Y">210 years</TIMEX3> of loyalty. It met in
<TIMEX3 tid="t4" type="DATE" value="1997-12">December</TIMEX3>.
</TEXT>
</TimeML>
"""


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_it_prints_one_json_object_per_expression_with_file_offsets(tmp_path):
    path = tmp_path / "a.txt"
    text = ("date 2026-01-20 Talks set for next week\n\n"
            "On January 7, Macron said he would meet Putin in the coming weeks.\n")
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in run("extract_dates", str(path)).splitlines()]
    assert [r["text"] for r in rows] == ["next week", "January 7", "the coming weeks"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert set(r) == {"start", "end", "text", "type", "value", "mod", "precision", "range"}
    assert rows[1]["value"] == "2026-01-07"
    assert rows[1]["range"] == ["2026-01-07", "2026-01-07"]
    assert rows[2]["range"] is None


def test_it_uses_the_whole_file_with_dct(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Talks ended yesterday.", encoding="utf-8")
    rows = [json.loads(line) for line in
            run("extract_dates", str(path), "--dct", "2026-01-20").splitlines()]
    assert [(r["start"], r["value"]) for r in rows] == [(12, "2026-01-19")]


@pytest.mark.parametrize("content,args,message", [
    ("hello", (), "first line must be"),
    ("text", ("--dct", "2026-02-31"), "is not a date"),
    ("text", ("--dct", "yesterday"), "is not a date"),
    (b"\xff\xfe\x00", ("--dct", "2026-01-20"), "not UTF-8"),
])
def test_it_refuses_bad_input_with_a_message(tmp_path, content, args, message):
    path = tmp_path / "bad.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run("extract_dates", str(path), *args)


def test_it_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run("extract_dates", str(tmp_path / "nope.txt"))


def test_it_scores_timeml_tempeval_style(tmp_path):
    (tmp_path / "t1.tml").write_text(TML, encoding="utf-8")
    out = run("evaluate_dates", str(tmp_path))
    assert "1 documents, 4 gold timexes" in out
    relaxed = next(line for line in out.splitlines() if line.startswith("span relaxed"))
    assert relaxed.split()[-1] == "1.000"
    value = next(line for line in out.splitlines() if line.startswith("value"))
    assert value.split()[-1] == "1.000"


def test_it_counts_errors_by_class_without_showing_documents(tmp_path):
    wrong = TML.replace('value="1997-12">December', 'value="1998-12">December').replace(
        '<TIMEX3 tid="t3" type="DURATION" value="P210Y">210 years</TIMEX3>', "210 years")
    (tmp_path / "t1.tml").write_text(wrong, encoding="utf-8")
    out = run("evaluate_dates", str(tmp_path), "--breakdown")
    classes = [line.split() for line in out.splitlines() if line.split()[1:2] in
               (["wrong"], ["missed"], ["spurious"])]
    # the tagger reads 'December' as last December and finds '210 years' the gold left out
    assert ["1", "wrong", "DATE", "9999-99", "DATE", "9999-99"] in classes
    assert ["1", "spurious", "-", "DURATION", "P999Y"] in classes
    assert "December" not in out and "t1" not in out


def test_it_scores_corpus_gold_timex_lists(tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2026-01-20 Title\n\nLavrov spoke in mid-December. For four years nothing.\n",
        encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({
        "article": "a.txt", "published": "2026-01-20", "events": [],
        "timex": [{"text": "2026-01-20", "type": "DATE", "value": "2026-01-20", "mod": None},
                  {"text": "mid-December", "type": "DATE", "value": "2025-12", "mod": "MID"},
                  {"text": "four years", "type": "DURATION", "value": "P4Y", "mod": None}]}),
        encoding="utf-8")
    out = run("evaluate_dates", str(tmp_path), "--errors")
    assert "2 gold timexes (1 gold texts not found in the body, left out)" in out
    strict = next(line for line in out.splitlines() if line.startswith("span strict"))
    assert strict.split()[-1] == "1.000"


def test_it_refuses_a_directory_without_gold(tmp_path):
    with pytest.raises(CommandError, match="no \\*.tml"):
        run("evaluate_dates", str(tmp_path))
    with pytest.raises(CommandError, match="not a directory"):
        run("evaluate_dates", str(tmp_path / "missing"))


def test_it_benchmarks_against_dateparser(tmp_path):
    (tmp_path / "t1.tml").write_text(TML, encoding="utf-8")
    out = run("bench_dates", str(tmp_path))
    assert "timex tagger" in out and "dateparser search_dates" in out
    assert "x faster" in out


def test_it_tags_the_title_at_its_place_after_the_date(tmp_path):
    path = tmp_path / "t.txt"
    text = "date 2026-01-20 2026 talks\n\nThey met yesterday.\n"
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in run("extract_dates", str(path)).splitlines()]
    assert [(r["start"], r["text"]) for r in rows] == [(16, "2026"), (37, "yesterday")]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_it_stops_quietly_when_the_reader_closes_the_pipe(tmp_path):
    import subprocess
    import sys

    from django.conf import settings

    # Far more output than a pipe buffers, so the command is still writing when the
    # reader goes away, as with `manage.py extract_dates big.txt | head -1`.
    path = tmp_path / "long.txt"
    path.write_text("The envoys met on 3 March 2020 and again on Friday. " * 4000)
    proc = subprocess.Popen(
        [sys.executable, "manage.py", "extract_dates", str(path), "--dct", "2020-03-20"],
        cwd=settings.BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["value"] == "2020-03-03"
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
