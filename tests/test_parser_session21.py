"""Rules met in the development sets and phrasebook batches of session 21 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_protests_lodged_or_a_protest_note_sent_are_criticism():
    got = kinds("Norway and Iceland lodged protests with the Danish embassies in their capitals.")
    assert {("criticism", "Norway"), ("criticism", "Iceland")} <= got
    assert ("criticism", "Chile", "Argentina") in pairs(
        "Chile said it had sent a diplomatic protest note to Buenos Aires.")
    # a note that is no protest is nothing
    assert not kinds("Chile sent a note to Argentina on Friday.")


def test_defence_links_frozen_are_a_sanction():
    assert ("sanction", "New Zealand", "France") in pairs(
        "New Zealand froze defence links with Paris in June.")
    assert ("sanction", "Canada", "Chile") in pairs(
        "Canada froze military cooperation with Chile on Friday.")


def test_what_states_agree_to_impose_is_their_sanction():
    got = kinds("Britain, France and Germany also agreed to deny Belgrade export credits.")
    assert {("sanction", "United Kingdom"), ("sanction", "France"), ("sanction", "Germany")} <= got
    assert not any(t == "agreement" for t, _ in got)
    assert ("sanction", "European Union", "2026-01-19") in dated(
        "European Union foreign ministers agreed on Monday to punish Turkey for drilling off "
        "Cyprus.")
    # what lifts a sanction or ends fighting is still an agreement
    assert ("agreement", "Iran") in kinds("Iran agreed to lift the ban on imports on Friday.")


def test_a_state_after_a_preposition_and_former_is_no_subject():
    got = pairs("The six-nation Contact Group on former Yugoslavia imposed an arms embargo on "
                "Belgrade on Monday.")
    assert ("sanction", "Contact Group", "Serbia") in got  # Belgrade in 2026
    assert not any(a == "Yugoslavia" for _, a, _ in got)


def test_a_ministry_that_hits_back_criticises():
    assert ("criticism", "Chile", "2026-01-20") in dated(
        "Santiago hit back the same day, saying Argentina's statement was \"unfounded\".")
    assert ("criticism", "Mariano Rajoy") in kinds(
        "Spanish Prime Minister Mariano Rajoy hit back on Sunday, accusing London of bad faith.")
    # a blow returned is no criticism
    got = kinds("Chile hit back on Monday with retaliatory duties on Argentine goods.")
    assert not any(t == "criticism" for t, _ in got)


def test_a_move_described_as_a_setback_is_criticised():
    assert ("criticism", "India") in kinds(
        "New Delhi described the coup as \"a serious setback to the cause of democracy\".")


def test_a_summit_left_and_a_sanction_not_ruled_out():
    assert ("rejection", "India") in kinds(
        "India pulled out of the South Asian summit due to be held in Dhaka.")
    assert ("threat", "India", "2026-01-19") in dated(
        "Indian officials yesterday did not rule out suspending military supplies to the army.")
    assert ("threat", "Peru") in kinds("Peru did not rule out recalling its ambassador from Quito.")


def test_a_ruling_one_is_not_bound_by_is_rejected():
    assert ("rejection", "France") in kinds(
        "A spokesman for the Foreign Ministry in Paris said last night that France \"does not "
        "consider itself bound\" by the order.")
    assert ("rejection", "Russia") in kinds(
        "Moscow said it did not consider itself bound by the moratorium.")
    # nor a retort, nor what is bound to happen
    got = kinds('"If Washington does not deliver, we are not bound either," Kang Sok-ju said.')
    assert ("rejection", "Kang Sok-ju") not in got
    assert ("rejection", "Peru") not in kinds("Peru said the talks were not bound to fail.")


def test_declining_to_criticise_is_no_refusal():
    assert not kinds("Britain declined to criticise its European partner.")
    assert ("rejection", "United Kingdom") in kinds(
        "Britain declined to attend the conference on Friday.")


def test_a_vindication_is_praise_and_a_foolish_act_is_criticised():
    assert ("support", "Gough Whitlam") in kinds(
        'Prime Minister Gough Whitlam said the order was "a vindication of Australia\'s stand".')
    assert ("criticism", "Paul Keating") in kinds(
        "Prime Minister Paul Keating said the test was a foolish act that would cost France "
        "dearly.")


def test_talks_wrapped_up_with_three_words_before_them_were_held():
    got = dated("Sri Lanka's government and Tamil Tiger rebels wrapped up their first direct "
                "peace talks in seven years on Wednesday.")
    assert ("meeting", "Sri Lanka", "2026-01-14") in got
    # (not a verb of talk of the past: "had called for the summit")
    got = kinds("Widodo had called for the summit last month.")
    assert ("meeting", "Widodo") not in got


def test_supplies_cut_lending_on_hold_and_a_mission_cut_to_size_are_sanctions():
    assert ("sanction", "Russia", "Ukraine") in pairs(
        "Russia cut off most natural gas supplies to Ukraine on Friday.")
    assert ("sanction", "International Monetary Fund") in kinds(
        "The International Monetary Fund put a planned loan on hold.")
    assert ("sanction", "Georgia") in kinds(
        "Georgia has put its membership of the Commonwealth of Independent States on hold.")
    assert ("sanction", "Estonia", "Russia") in pairs(
        "Estonia ordered Russia on Wednesday to cut its embassy staff in Tallinn by 20 diplomats.")
    # a cut only threatened stays a threat
    got = kinds("Moscow threatened to cut off gas supplies to Ukraine.")
    assert ("threat", "Russia") in got and ("sanction", "Russia") not in got


def test_sanctions_in_preparation_threaten_and_a_summit_stayed_away_from_is_rejected():
    assert ("threat", "United States") in kinds(
        "The State Department said Washington was now preparing financial sanctions against "
        "those responsible.")
    assert ("rejection", "Morocco") in kinds(
        "Morocco stayed away from the summit in protest at the seating of the delegation.")


def test_committed_to_named_talks_and_a_line_of_unfriendliness():
    assert ("intent_to_negotiate", "Pashinyan") in kinds(
        "Pashinyan said Armenia remained committed to the Minsk Group talks.")
    assert ("criticism", "Dmitry Peskov") in kinds(
        'Kremlin spokesman Dmitry Peskov said Estonia was continuing "its line of unfriendliness" '
        "towards Russia.")


def test_the_csce_is_known_by_its_name():
    assert ("proposal", "CSCE") in kinds(
        "The Conference on Security and Cooperation in Europe has offered to send a mission.")
    assert ("support", "CSCE") in kinds(
        "The CSCE ministers in Berlin this week backed the unity of Yugoslavia.")


def test_acts_told_in_the_passive_with_their_agent():
    assert ("sanction", "Soviet Union", "2026-01-19") in dated(
        "Diplomatic relations with Israel were broken off by the Soviet Union yesterday.")
    assert ("sanction", "United States") in kinds(
        "Relations with Taiwan were formally severed by Washington on Monday.")
    assert ("agreement", "Japan") in kinds(
        "The Allied terms of surrender were accepted by the Japanese Government yesterday.")
    assert ("agreement", "Israel") in kinds(
        "A ceasefire with Hezbollah was approved by Israel's security cabinet on Tuesday.")
    # an active verb with a date after it is no passive ("approved early Sunday a plan put
    # forward by Pearson": the plan is his, the approval the Assembly's)
    got = kinds("The General Assembly approved early Sunday a plan put forward by Lester B. "
                "Pearson, Canada's Secretary of State.")
    assert ("agreement", "Lester B. Pearson") not in got
    # nor a vote count
    assert not kinds("The resolution was approved by 12 votes to none.")


def test_passive_refusals_and_signatures_and_an_agent_named_by_his_post():
    got = kinds("The proposal was disowned by Washington and Moscow.")
    assert {("rejection", "United States"), ("rejection", "Russia")} <= got
    assert ("rejection", "Aleksandar Vucic") in kinds(
        "The pledge was immediately disputed by Serbian President Aleksandar Vucic.")
    assert ("agreement", "Jozef Winiewicz") in kinds(
        "The treaty was signed by Foreign Minister Jozef Winiewicz on Friday.")
    # the post, then the holder with an honorific: "by the Foreign Secretary, Mr. Ernest Bevin"
    assert ("support", "Ernest Bevin") in kinds(
        "The American offer of aid was warmly welcomed by the Foreign Secretary, Mr. Ernest "
        "Bevin, in a speech.")
    assert ("rejection", "Oliver Lyttelton") in kinds(
        "Any negotiations with the rebels were ruled out by the Colonial Secretary, Mr. Oliver "
        "Lyttelton, in the Commons.")


def test_a_capitalised_post_refers_to_its_holder():
    assert ("criticism", "Anwar Sadat", "Russia") in pairs(
        "President Anwar Sadat spoke on Friday. The President complained that Moscow had "
        "delayed the delivery of weapons.")
    assert ("criticism", "Zulfikar Ali Bhutto") in kinds(
        "Prime Minister Zulfikar Ali Bhutto arrived on Friday. The Pakistani Prime Minister "
        "denounced India.")
    # never named: the state speaks, as with the lower-case post
    assert ("criticism", "Pakistan") in kinds("The Pakistani Prime Minister denounced India.")
    # a post in apposition is its holder's, not a reference to someone named before
    got = kinds("M. Christian Pineau flew in for talks with Mr. Selwyn Lloyd, the Foreign "
                "Secretary. Mr. Lloyd denounced the Egyptian attitude.")
    assert ("criticism", "Selwyn Lloyd") in got
    assert ("criticism", "Christian Pineau") not in got
