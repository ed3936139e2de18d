"""Rules met in the development sets and phrasebook batches of session 20 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds


def test_a_state_modifying_a_noun_in_an_aside_is_not_the_subject():
    got = kinds("Mr. Petrov, at a Kremlin reception on Friday, praised the Finnish leader's "
                "courage.")
    assert ("support", "Petrov") in got
    assert ("support", "Russia") not in got
    got = kinds("Ms. Lindqvist, speaking in a Swedish radio interview, praised the accord.")
    assert ("support", "Lindqvist") in got


def test_a_reception_or_a_debate_in_an_aside_dates_the_verb_after_it():
    assert ("support", "Petrov", "2026-01-19") in dated(
        "Mr. Petrov, at a reception last night, praised the Finnish leader's courage.")
    assert ("criticism", "Petrov", "2026-01-16") in dated(
        "Mr. Petrov, in the debate on Friday, denounced the Finnish proposal.")
