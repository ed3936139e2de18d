"""Rules met in the development sets and phrasebook batches of session 27 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import kinds, pairs


def test_a_post_alone_is_no_new_persons_name():
    # "then the Crown Prince" is Faisal's post: the meeting is his and Nasser's
    found = pairs("Faisal, then the Crown Prince, met Nasser at the Arab summit in Alexandria.")
    assert ("meeting", "Faisal", "Nasser") in found
    assert not any(e[1] == "Crown Prince" for e in found)
    # a two-word name is still a new person where a title word is only part of it
    assert ("meeting", "Sadyr Japarov") in kinds(
        "Sadyr Japarov and Emomali Rahmon met in Batken on Friday.")
