"""The event extractor: actors, types, negation, dates, merging, gazetteer, evidence."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from events import taxonomy
from events.parser import PARSER_VERSION, parse_article
from events.parser.evaluate import evaluate_dir, same_actor, score_article
from events.parser.types import Gazetteer, KnownActor

PUB = date(2026, 1, 20)  # a Tuesday
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
OWN = Path(__file__).resolve().parent / "corpus"
WIRE, TIMEBANK, WIRE_C = OWN / "wire", OWN / "timebank", OWN / "wire_c"
WIRE_F = OWN / "wire_f"


def parse(body: str, published: date = PUB, gazetteer: Gazetteer | None = None):
    return parse_article(body=body, published=published, title="t", gazetteer=gazetteer)


def one(events, type_, actor):
    found = [e for e in events if e.type == type_ and e.actor.name == actor]
    assert found, [(e.type, e.actor.name) for e in events]
    return found[0]


def test_its_version_is_a_major_minor_string():
    # Stored on every article, so editors can find articles parsed by an older parser.
    assert re.fullmatch(r"\d+\.\d+", PARSER_VERSION)


def test_it_discovers_a_person_from_a_title_pattern():
    events = parse("Russian Foreign Minister Sergey Lavrov criticised the plan on Monday.")
    ev = one(events, "criticism", "Sergey Lavrov")
    assert (ev.actor.kind, ev.actor.role, ev.actor.country, ev.actor.known) == (
        "person", "foreign minister", "RUS", False)
    assert ev.cameo in taxonomy.BY_SLUG["criticism"].cameo_codes


def test_it_reads_a_title_after_the_name():
    events = parse("Lavrov, Russia's foreign minister, said the talks were useful.")
    ev = one(events, "statement", "Lavrov")
    assert (ev.actor.role, ev.actor.country) == ("foreign minister", "RUS")


def test_it_resolves_metonyms_to_states_and_organisations():
    events = parse("The Kremlin rejected the proposal. Brussels welcomed the move.")
    assert one(events, "rejection", "Russia").actor.kind == "state"
    assert one(events, "support", "European Union").actor.country == "EUR"


def test_it_resolves_later_references_to_the_person_introduced():
    body = ("Italian Prime Minister Giorgia Meloni met Emmanuel Macron in Rome on Monday.\n\n"
            "Meloni later criticised the European Commission. She also backed the plan.\n\n"
            "The prime minister warned Russia against escalation.")
    events = parse(body)
    assert one(events, "criticism", "Giorgia Meloni")
    assert one(events, "support", "Giorgia Meloni")
    assert one(events, "threat", "Giorgia Meloni").target.name == "Russia"


def test_it_makes_one_meeting_per_participant():
    events = parse("Turkish Foreign Minister Hakan Fidan and Ukrainian Foreign Minister "
                   "Andrii Sybiha held talks in Ankara on Monday.")
    fidan = one(events, "meeting", "Hakan Fidan")
    sybiha = one(events, "meeting", "Andrii Sybiha")
    assert fidan.target.name == "Andrii Sybiha" and sybiha.target.name == "Hakan Fidan"
    assert fidan.date.value == "2026-01-19"


def test_it_reads_negation():
    ev = one(parse("Hamas did not rule out talks on a prisoner exchange."),
             "intent_to_negotiate", "Hamas")
    assert ev.type == "intent_to_negotiate"
    refused = parse("Serbian President Aleksandar Vucic refused to meet Albin Kurti.")
    assert [e.type for e in refused if e.actor.name == "Aleksandar Vucic"] == ["rejection"]
    assert not [e for e in parse("Iran did not meet the inspectors.") if e.type == "meeting"]


def test_it_reads_the_passive_voice():
    ev = one(parse("The proposal for a joint declaration was rejected by Serbia."),
             "rejection", "Serbia")
    assert ev.actor.country == "SRB"


def test_it_gives_reported_speech_to_the_speaker_of_the_same_state():
    body = ("Russia remains open to dialogue with Europe, Russian Foreign Minister Sergey "
            "Lavrov said.")
    assert one(parse(body), "intent_to_negotiate", "Sergey Lavrov")


def test_it_skips_headings_and_captions():
    body = ("Moscow Accuses European Leaders of Hypocrisy\n\n"
            "Photo: The Kremlin by Reuters is licensed under CC BY\n\n"
            "Lavrov said nothing.")
    events = parse(body)
    assert all("Accuses" not in e.evidence[0].sentence for e in events)
    assert all("Photo" not in e.evidence[0].sentence for e in events)


def test_it_dates_acts_by_their_clause_their_setting_or_the_publication():
    body = ("In mid-December, Emmanuel Macron urged the European Union to prepare for "
            "negotiations with Russia. In response, the Kremlin said Vladimir Putin remains "
            "ready for dialogue.\n\n"
            "The European Commission acknowledged the risk.\n\n"
            "Moscow has repeatedly stated its willingness to negotiate.\n\n"
            "Germany criticised the plan on Monday.")
    events = parse(body)
    macron = one(events, "call_for_talks", "Emmanuel Macron")
    assert (macron.date.source, macron.date.value, macron.date.mod) == ("text", "2025-12", "MID")
    assert one(events, "intent_to_negotiate", "Vladimir Putin").date.value == "2025-12"
    commission = one(events, "statement", "European Commission").date
    assert (commission.source, commission.value, commission.precision) == (
        "publication", "2026-01-20", "day")
    moscow = one(events, "intent_to_negotiate", "Russia").date
    assert (moscow.source, moscow.value, moscow.start) == ("none", None, None)
    monday = one(events, "criticism", "Germany").date
    assert (monday.value, monday.start, monday.end) == ("2026-01-19", date(2026, 1, 19),
                                                         date(2026, 1, 19))


def test_it_does_not_date_an_act_by_what_it_is_about():
    ev = one(parse("Prime Minister John Howard promised a referendum next year."),
             "proposal", "John Howard")
    assert ev.date.source == "publication"


def test_it_merges_sentences_about_the_same_act():
    body = ('Prime Minister John Howard promised to put the question to a referendum.\n\n'
            '``I want a referendum,\'\' Howard said.')
    events = parse(body)
    howard = [e for e in events if e.actor.name == "John Howard"]
    assert len(howard) == 1 and len(howard[0].evidence) == 2
    assert "I want a referendum" in howard[0].quote


def test_it_attaches_a_quote_paragraph_to_its_speaker():
    body = ("Russian Foreign Minister Sergey Lavrov spoke to reporters.\n\n"
            '"For four years they talked about the unacceptability of dialogue."\n\n'
            "Lavrov said in response to a question.")
    ev = one(parse(body), "statement", "Sergey Lavrov")
    assert "four years" in ev.quote and len(ev.evidence) == 2


def test_evidence_offsets_slice_the_body_and_confidence_is_a_score():
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_d5fbb319ba88df74.txt"
    body = seed.read_text(encoding="utf-8")
    body = body.partition("\n")[2].lstrip("\r\n")
    events = parse(body)
    assert len(events) >= 10
    for ev in events:
        for e in ev.evidence:
            assert body[e.start:e.end] == e.sentence
        assert 0 <= ev.confidence <= 1 and ev.summary.startswith(ev.actor.name)
    assert len({e.confidence for e in events}) > 3


def test_an_editors_alias_is_recognised():
    body = "Russia's top diplomat warned Europe against new sanctions."
    assert not [e for e in parse(body) if e.actor.name == "Sergey Lavrov"]
    gaz = Gazetteer(actors=(KnownActor(name="Sergey Lavrov", kind="person", country="RUS",
                                       role="foreign minister",
                                       aliases=("Russia's top diplomat",)),))
    ev = one(parse(body, gazetteer=gaz), "threat", "Sergey Lavrov")
    assert ev.actor.known and ev.actor.country == "RUS"


def test_it_returns_nothing_for_empty_or_eventless_text():
    assert parse("") == [] and parse("   \n\n ") == []
    assert parse("Oil prices fell two cents a gallon over the last two weeks.") == []


def test_same_actor_accepts_surnames_and_aliases():
    assert same_actor("Clinton", "Bill Clinton")
    assert same_actor("Ulster Unionists", "Ulster Unionist Party",
                      {"UUP": {"ulster unionists", "ulster unionist party"}})
    assert not same_actor("Russia", "Ukraine")
    # an initial for the first name is the same person; another first name is not
    assert same_actor("S. Jaishankar", "Subrahmanyam Jaishankar")
    assert not same_actor("King Hussein", "Saddam Hussein")


def test_scoring_is_one_to_one():
    events = parse("Germany criticised France on Monday. Germany criticised France again.")
    gold = {"events": [{"type": "criticism", "actor": "Germany",
                        "evidence": ["Germany criticised France"],
                        "date": {"value": "2026-01-19", "precision": "day",
                                 "source": "text"}}]}
    score = score_article("x", events, gold)
    assert sum(score.tp.values()) == 1 and score.dates_right == 1


@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpus not present")
def test_it_scores_well_on_the_dev_corpus():
    o = evaluate_dir(DEV, lambda a: parse(a.body, a.published)).overall()
    # A regression guard, below the measured figures in docs/parser.md (F1 0.92, dates 0.92).
    assert o["f1"] >= 0.85 and o["date_accuracy"] >= 0.85


@pytest.mark.parametrize("folder, f1, dates", [(WIRE, 0.86, 0.95), (TIMEBANK, 0.70, 0.84),
                                               (WIRE_C, 0.68, 0.85), (WIRE_F, 0.67, 0.88)])
def test_it_scores_well_on_its_own_corpus(folder, f1, dates):
    report = evaluate_dir(folder, lambda a: parse(a.body, a.published))
    assert len(report.articles) >= 8
    o = report.overall()
    # Regression guards below the measured figures in docs/parser.md: the wire articles were
    # written here, the TimeBank ones are real 1990/1998 wire copy and score far lower; wire_c
    # was written apart from the parser and then developed on.
    assert o["f1"] >= f1 and o["date_accuracy"] >= dates


def test_the_word_trigger_finds_every_cue_a_full_scan_finds():
    from events.parser.extract import cues

    texts = [p.read_text(encoding="utf-8") for p in sorted(OWN.rglob("*.txt"))]
    texts += [json.loads(line)["text"] for p in sorted((OWN / "phrasebook").glob("*.jsonl"))
              for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts:
        # (the trigger itself, before find_cues strips woven quotation marks: the full scan
        # below reads the text as it is)
        fast = {(c.type, m.span()) for c, m in cues._find_cues(text)}
        for c in cues.CUES:
            for m in c.regex.finditer(text):
                a = m.start()
                compound = a and text[a - 1] == "-"
                in_name = cues.in_name(text, a)
                vetoed = c.veto is not None and c.veto.search(m.group())
                assert (c.type, m.span()) in fast or compound or in_name or vetoed, \
                    (c.type, m.group())


def test_the_gazetteer_covers_every_pycountry_country():
    import pycountry

    from events.parser.extract.gazetteer import BUILTIN

    codes = {s.entry.country for s in BUILTIN.values() if s.entry.kind == "state"}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert BUILTIN["Côte d'Ivoire"].entry.name == "Ivory Coast"
    assert BUILTIN["the White House"].entry.name == "United States"


def test_the_fallback_tagger_resolves_common_wire_dates():
    from events.parser.extract.dates import fallback_tag

    got = {t.text: (t.value, t.precision) for t in fallback_tag(
        "On Monday, in mid-December and on Feb. 20, two weeks ago, last week", PUB)}
    assert got["Monday"] == ("2026-01-19", "day")
    assert got["mid-December"] == ("2025-12", "month")
    assert got["Feb. 20"] == ("2025-02-20", "day")
    assert got["two weeks ago"] == ("2026-01-06", "day")
    assert got["last week"] == ("2026-W03", "week")
