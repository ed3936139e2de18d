"""Rules met in the development sets of session 13 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_talks_being_held_are_a_meeting_of_both_sides():
    got = pairs("Armenia and Azerbaijan are holding talks on their border in Geneva.")
    assert ("meeting", "Armenia", "Azerbaijan") in got
    assert ("meeting", "Azerbaijan", "Armenia") in got


def test_holding_talks_wished_or_proposed_is_no_meeting():
    for sentence in ("Iran said it was interested in holding talks with Iraq.",
                     "Iran proposed holding talks with Iraq next month."):
        assert not any(kind == "meeting" for kind, _ in kinds(sentence)), sentence


def test_talks_told_in_the_perfect_progressive_are_background():
    got = dated("Baku and Yerevan have also been holding talks on delimiting their border.")
    assert ("meeting", "Azerbaijan", None) in got
    assert ("meeting", "Armenia", None) in got
