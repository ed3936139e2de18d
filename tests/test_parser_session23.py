"""Rules met in the development sets and phrasebook batches of session 23 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_talks_told_by_how_the_sides_sat_ate_or_huddled_are_meetings():
    got = pairs("Foreign Minister Retno Marsudi and Foreign Minister Penny Wong sat down on "
                "Friday for three hours of talks.")
    assert ("meeting", "Retno Marsudi", "Penny Wong") in got
    assert ("meeting", "Penny Wong", "Retno Marsudi") in got
    assert ("meeting", "Olaf Scholz", "Giorgia Meloni") in pairs(
        "Chancellor Olaf Scholz huddled with Prime Minister Giorgia Meloni for two hours.")
    got = kinds("Macron, Chancellor Olaf Scholz and Prime Minister Giorgia Meloni huddled in a "
                "side room for more than an hour.")
    assert {("meeting", "Olaf Scholz"), ("meeting", "Giorgia Meloni")} <= got
    assert ("meeting", "Joe Biden") in kinds(
        "President Joe Biden dined at the ambassador's residence with the leaders of the "
        "Baltic states.")
    assert ("meeting", "Cyril Ramaphosa", "2026-01-16") in dated(
        "President Cyril Ramaphosa received both delegations at the Union Buildings on Friday.")
    # a host with no one to meet, and a sitting that is no talks, are no meeting
    assert not kinds("The ministers huddled in the cold outside the hall.")
    assert not kinds("Protesters sat down on Friday for hours in the square.")


def test_a_speakers_words_that_find_fault_make_a_criticism():
    for body, actor in (
            ("Foreign Minister Sergei Lavrov said the new sanctions were \"not justified\".",
             "Sergei Lavrov"),
            ("The State Department said the pullback was \"a token gesture\".", "United States"),
            ("Beijing said the report contained \"many inaccuracies\".", "China"),
            ("The ministry said the charges were a fabrication.", None),
            ("President Ismail Omar Guelleh said his country had been \"treacherously "
             "attacked\".", "Ismail Omar Guelleh"),
            ("Premier Li Qiang said Manila was interfering in China's internal affairs.",
             "Li Qiang"),
            ("Prime Minister Kiro Gligorov said responsibility for the collapse lay with Athens.",
             "Kiro Gligorov"),
            ("President Gligorov said the embargo amounted to \"a declaration of economic war\".",
             "Gligorov")):
        got = kinds(body)
        if actor is None:
            assert not any(t == "criticism" for t, _ in got), body  # no speaker, no act
        else:
            assert ("criticism", actor) in got, body
    # a speaker who says their own side will not interfere finds no fault
    assert not any(t == "criticism" for t, _ in kinds(
        "Prime Minister Narasimha Rao said India had no intention of interfering in the "
        "internal affairs of its neighbour."))
