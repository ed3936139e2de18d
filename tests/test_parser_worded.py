"""Acts worded the way wire copy words them (issue 4, sixth round), found on
tests/corpus/wire_c: calls "discussed by telephone", meetings "held on Monday with" or
"after talks in Moscow with", mutual accusations, formal protests and complaints, cut links.

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs, parse


def test_a_call_worded_as_discussing_or_having_spoken_by_telephone():
    got = pairs("President Lula discussed the crisis by telephone on Thursday with Argentine "
                "President Cristina Kirchner.")
    assert ("phone_call", "Lula", "Cristina Kirchner") in got
    got = pairs("Chilean Foreign Minister Ignacio Walker said he had spoken by telephone with "
                "Peruvian Foreign Minister Oscar Maurtua.")
    assert ("phone_call", "Ignacio Walker", "Oscar Maurtua") in got


def test_a_meeting_with_its_length_and_day_between_the_verb_and_the_other_side():
    got = pairs("Latvian Foreign Minister Artis Pabriks held a two-hour meeting on Monday with "
                "Estonian Foreign Minister Urmas Paet.")
    assert ("meeting", "Artis Pabriks", "Urmas Paet") in got
    assert ("meeting", "Artis Pabriks", "2026-01-19") in dated(
        "Latvian Foreign Minister Artis Pabriks held a two-hour meeting on Monday with "
        "Estonian Foreign Minister Urmas Paet.")
    got = pairs("Vajpayee and Musharraf held more than five hours of one-on-one talks in Agra.")
    assert ("meeting", "Vajpayee", "Musharraf") in got


def test_talks_held_somewhere_with_someone_are_the_subjects_meeting():
    got = pairs("Russian Foreign Minister Igor Ivanov told reporters after talks in Moscow with "
                "his Armenian counterpart Vartan Oskanian that the measures would stay.")
    assert ("meeting", "Igor Ivanov", "Vartan Oskanian") in got
    # talks one has not decided on are no meeting
    got = kinds("Iranian Foreign Minister Ali Akbar Velayati said Tehran had not decided "
                "whether to resume talks with the United States.")
    assert not any(t == "meeting" for t, _ in got)


def test_sides_trading_accusations_each_criticise_the_other():
    got = pairs("India and Pakistan traded accusations on Wednesday.")
    assert {("criticism", "India", "Pakistan"), ("criticism", "Pakistan", "India")} <= got


def test_protests_complaints_and_angry_reactions_are_criticism():
    assert ("criticism", "Philippines", "China") in pairs(
        "The Philippines lodged a formal diplomatic protest with China on Thursday.")
    assert ("criticism", "European Union") in kinds(
        "The European Union filed a formal complaint with the World Trade Organization.")
    assert ("criticism", "United Kingdom") in kinds("Britain joined in the criticism.")
    assert ("criticism", "Russia") in kinds("Russia reacted angrily to the decision.")


def test_cutting_or_freezing_links_and_slapping_duties_are_sanctions():
    assert ("sanction", "Russia", "Georgia") in pairs(
        "Russia severed all transport and postal links with Georgia.")
    assert ("sanction", "Venezuela", "Colombia") in pairs(
        "Venezuela froze diplomatic ties with Colombia.")
    assert ("sanction", "United States") in kinds(
        "The United States slapped punitive import duties on European goods.")
    # no actor we know: nothing
    assert not parse("The company froze hiring and severed its links with the supplier.")
