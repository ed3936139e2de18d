"""Rules met in the development sets and phrasebook batches of session 15 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "on Monday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_the_other_side_of_a_passive_meeting_meets_on_the_day_it_is_told():
    got = dated("Kenyan President William Ruto, who is on a three-day state visit, was received "
                "on Monday by President Samia Suluhu Hassan.")
    assert ("meeting", "Samia Suluhu Hassan", "2026-01-19") in got
    assert ("meeting", "William Ruto", "2026-01-19") in got


def test_a_participle_aside_of_the_subject_dates_the_verb_after_it():
    got = dated("Lebanese President Joseph Aoun, opening the summit on Friday, demanded that any "
                "settlement guarantee the return of refugees.")
    assert ("demand", "Joseph Aoun", "2026-01-16") in got
    # a name that ends in -ing is no participle: "Beijing" opens no aside
    got = dated("Wang Yi, Beijing's top diplomat since 2023, said China was ready to help.")
    assert ("statement", "Wang Yi", "2026-01-20") in got


def test_a_date_right_after_an_infinitives_deadline_is_the_orders():
    got = dated("Mali's military government ordered France's ambassador to leave the country "
                "within 72 hours on Monday, in a sharp escalation of the crisis.")
    assert ("sanction", "Mali", "2026-01-19") in got
    # without a deadline the infinitive's date stays the content's
    got = dated("Mali's military government ordered France's ambassador to leave the country on "
                "Monday.")
    assert ("sanction", "Mali", "2026-01-19") not in got


def test_the_subjects_next_verb_dated_where_it_is_told_dates_the_verb_before_it():
    got = dated("In Luanda, Sam Nujoma, president of the South-West Africa People's "
                "Organization, called the reduced force \"a betrayal of the Namibian people\" and "
                "demanded on Friday that the council restore the full contingent.")
    assert ("criticism", "Sam Nujoma", "2026-01-16") in got
    assert ("demand", "Sam Nujoma", "2026-01-16") in got


def test_its_ministry_after_the_content_is_the_main_subjects_not_the_last_body_named():
    got = pairs("Ethiopia rejected the draft prepared by the United States and the World Bank, "
                "its foreign ministry said on Saturday.")
    assert ("rejection", "Ethiopia", "United States") in got
    assert not any(actor == "World Bank" for _, actor, _ in got)
    assert ("statement", "World Bank") not in kinds(
        "Ethiopia will not sign a draft prepared by the United States and the World Bank, its "
        "foreign ministry said.")
