"""Rules met in the development sets and phrasebook batches of session 31 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "yesterday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import kinds


def test_a_surname_that_is_a_capitals_name_is_the_titled_person_not_the_state():
    found = kinds("Italian Foreign Minister Emilio Colombo welcomed the accord on Monday.")
    assert ("support", "Emilio Colombo") in found
    assert not {a for _, a in found} & {"Sri Lanka"}
    assert ("support", "Miguel de la Madrid") in kinds(
        "President Miguel de la Madrid said on Friday that Mexico backed the plan.")
    # the capital alone is still its state
    assert ("rejection", "Sri Lanka") in kinds("Colombo said on Monday it would not attend.")


def test_a_style_after_a_title_does_not_make_a_second_person_of_the_same_name():
    found = kinds("Prime Minister Sheikh Hasina and Prime Minister H.D. Deve Gowda signed the "
                  "treaty on Thursday. Hasina said Bangladesh wanted Nepal in future talks.")
    assert ("statement", "Sheikh Hasina") in found
    assert ("statement", "Hasina") not in found


def test_a_rulers_style_and_first_name_are_the_ruler_named_in_full_before():
    found = kinds("Trump held talks with Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, "
                  "on Thursday. Sheikh Sabah told reporters that his mediation had succeeded.")
    assert ("statement", "Sheikh Sabah al-Ahmad al-Jaber al-Sabah") in found
    assert ("statement", "Sabah") not in found
