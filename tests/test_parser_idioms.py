"""Acts told with the less common verbs and set phrases (issue 4, seventh round), found with
phrasebook batch p: taking to task, throwing out, a cold shoulder, massing troops, rallying
behind, seconding a motion.

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

import pytest

from tests.parsing import kinds


@pytest.mark.parametrize("body, act", [
    ("The Commission took Poland to task on Tuesday over its judicial reforms.",
     ("criticism", "European Commission")),
    ("Japan reproached China on Monday over the detention of a fishing captain.",
     ("criticism", "Japan")),
    ("Argentina threw out the latest peace formula on Wednesday.", ("rejection", "Argentina")),
    ("Greece torpedoed Turkey's bid to join the customs union.", ("rejection", "Greece")),
    ("Egypt turned a cold shoulder to the Israeli offer on Sunday.", ("rejection", "Egypt")),
    ("The ceasefire formula was thrown out by the Serbian leadership on Monday.",
     ("rejection", "Serbia")),
    ("The African Union called for the immediate release of the detained president.",
     ("demand", "African Union")),
    ("India set the release of its fishermen as a condition for any talks.",
     ("demand", "India")),
    ("Russia massed some 100,000 troops near the Ukrainian border in November.",
     ("threat", "Russia")),
    ("Pakistan put its air force on high alert on Wednesday.", ("threat", "Pakistan")),
    ("Brazil pitched a plan for a peace club of neutral nations on Monday.",
     ("proposal", "Brazil")),
    ("Turkey rallied behind Azerbaijan on Sunday as the fighting spread.",
     ("support", "Turkey")),
    ("Chile seconded Peru's motion at the OAS assembly on Tuesday.", ("support", "Chile")),
])
def test_it_reads_the_idioms_of_wire_copy(body, act):
    assert act in kinds(body)


def test_the_same_words_in_other_senses_are_no_acts():
    assert not kinds("The referee threw out the appeal from the club on Monday.")
    assert not kinds("Fans rallied behind the team after the defeat.")


def test_calling_off_a_visit_or_dismissing_criticism_is_a_rejection():
    assert ("rejection", "Donald Trump") in kinds(
        "President Donald Trump announced on Twitter that he was postponing the visit.")
    assert not kinds("A visit to Beijing by the German foreign minister has been called off.")
    assert ("rejection", "China") in kinds("Beijing has dismissed the criticism.")
    # a charge dismissed as baseless is a denial, a statement (CAMEO 016)
    assert ("statement", "India") in kinds(
        "Indian officials dismissed the charge as baseless.")


def test_criticism_repeated_premeditation_and_provocation_are_criticism():
    assert ("criticism", "Rigoberta Menchu") in kinds(
        "Nobel laureate Rigoberta Menchu, who attended the ceremony, repeated her criticism of "
        "an amnesty law passed by Congress.")
    assert ("criticism", "S Jaishankar") in kinds(
        "Indian External Affairs Minister S Jaishankar said the incident was \"premeditated\".")
    assert ("criticism", "Lin Jian") in kinds(
        "Chinese foreign ministry spokesperson Lin Jian said Manila had \"repeatedly provoked "
        "trouble\" at sea.")


def test_a_state_paper_speaks_for_its_state():
    assert ("criticism", "Syria") in kinds(
        "The state-run newspaper Tishrin accused Israel today of \"maneuvering\" to avoid its "
        "obligations.")
