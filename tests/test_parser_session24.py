"""Rules met in the development sets and phrasebook batches of session 24 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_a_verb_joined_to_a_denial_is_the_subjects_next_act_and_the_denial_stays_a_statement():
    got = kinds("Rwanda has denied any involvement and condemned the ambush.")
    assert {("criticism", "Rwanda"), ("statement", "Rwanda")} <= got
    got = kinds("The Thai Foreign Ministry denied that its troops crossed the border and accused "
                "Phnom Penh of stirring up nationalist feeling.")
    assert ("criticism", "Thailand") in got
    assert ("call_for_talks", "Serbia") in kinds(
        "Serbia denied the charge and called for talks with Pristina.")
    # what "had" governs on both sides of the "and" is still what was denied
    got = kinds("Uganda denied that it had armed the rebels and backed the coup.")
    assert ("support", "Uganda") not in got and ("statement", "Uganda") in got


def test_calling_a_deed_a_trick_or_an_act_of_revenge_is_a_criticism():
    assert ("criticism", "Vietnam") in kinds(
        "Hanoi has called the offer a trick to split the alliance.")
    assert ("criticism", "Greece") in kinds(
        "Athens called the expulsions \"an act of revenge against a whole people.\"")
    assert ("criticism", "India") in kinds(
        "New Delhi described the pact as \"a new form of colonialism.\"")


def test_the_two_before_a_joint_verb_are_the_pair_just_named():
    got = pairs("Secretary of State James Baker met Foreign Minister Eduard Shevardnadze in "
                "Moscow on Friday. The two agreed that Mr. Shevardnadze would visit Washington "
                "early next month.")
    assert {("agreement", "James Baker", "Eduard Shevardnadze"),
            ("agreement", "Eduard Shevardnadze", "James Baker")} <= got


def test_the_three_or_four_leaders_are_the_group_the_story_named_together():
    got = kinds("Ljubco Georgievski, Branko Crvenkovski, Arben Xhaferi and Imer Imeri met "
                "on Monday. The four leaders initialled the text in Ohrid last Wednesday.")
    assert {("agreement", "Ljubco Georgievski"), ("agreement", "Branko Crvenkovski"),
            ("agreement", "Arben Xhaferi"), ("agreement", "Imer Imeri")} <= got
    got = kinds("Niger, Mali and Burkina Faso have drawn closer since the coups. In September, "
                "the three governments signed a mutual defence pact in Bamako.")
    assert {("agreement", "Niger"), ("agreement", "Mali"), ("agreement", "Burkina Faso")} <= got
    # the group the sentence itself names comes before an older one
    got = kinds("Bill Clinton, Nelson Mandela and Pierre Buyoya attended the signing. On "
                "Friday, Tanzanian President Benjamin Mkapa, Ugandan President Yoweri Museveni "
                "and Kenyan President Daniel arap Moi met in Arusha, and the three leaders said "
                "in a joint statement that they would lift the sanctions.")
    assert ("statement", "Yoweri Museveni") in got and ("statement", "Nelson Mandela") not in got
    # a group that is the object of a verb or a preposition does not act
    got = kinds("President Suharto, Prime Minister Lee Kuan Yew and President Ferdinand Marcos "
                "met in Bali. Japanese Prime Minister Takeo Miki praised the three leaders on "
                "Tuesday.")
    assert ("support", "Takeo Miki") in got
    assert not {("support", "Suharto"), ("support", "Lee Kuan Yew")} & got


def test_a_charge_dismissed_or_brushed_aside_is_a_rejection_like_one_rejected():
    assert ("rejection", "China") in kinds(
        "The Chinese embassy in Manila dismissed the accusation on Monday.")
    assert ("rejection", "Russia") in kinds("The Kremlin brushed aside the criticism.")


def test_a_side_the_speaker_speaks_for_being_ready_to_talk_is_the_speakers_intent():
    assert ("intent_to_negotiate", "Harold Stassen") in kinds(
        "Harold Stassen said the Western delegations were ready to meet the Russians "
        "\"at any hour\" to go over the details.")
    assert ("intent_to_negotiate", "Alexei Miller") in kinds(
        "Alexei Miller, Gazprom's chief executive, said on Thursday the company was ready to "
        "resume talks with Minsk.")


def test_looking_forward_to_more_talks_or_ready_to_receive_an_envoy_is_intent():
    assert ("intent_to_negotiate", "George W. Bush") in kinds(
        "President George W. Bush said he looked forward to continuing talks with Putin.")
    assert ("intent_to_negotiate", "Myanmar") in kinds(
        "Myanmar's military government said on Friday it was ready to receive ASEAN's special "
        "envoy.")


def test_states_counted_among_the_voters_or_voting_against_in_a_with_phrase_acted():
    got = kinds("The United States, Israel, Argentina and Hungary were among the nine countries "
                "that voted against the resolution.")
    assert {("rejection", s) for s in ("United States", "Israel", "Argentina", "Hungary")} <= got
    got = kinds("France, Spain and Italy were among the European nations that supported it.")
    assert {("support", "France"), ("support", "Spain"), ("support", "Italy")} <= got
    got = kinds("The resolution passed 22 to 2, with Chile and Paraguay voting against it.")
    assert {("rejection", "Chile"), ("rejection", "Paraguay")} <= got
    # abstaining is no act
    assert not kinds("The resolution passed 14 to 0, with Russia abstaining.")


def test_votes_told_undated_after_a_lead_of_the_day_before_are_of_its_day():
    got = dated("The Organization of American States on Monday approved a resolution calling "
                "for a mission to Panama.\n\nOnly Panama and Nicaragua voted against it.")
    assert ("rejection", "Nicaragua", "2026-01-19") in got


def test_whom_one_met_named_after_his_post_in_apposition_is_the_other_side():
    got = pairs("Mr. Shultz met the Iraqi Minister of State for Foreign Affairs, Saadoun Hammadi, "
                "at the State Department on Thursday.")
    assert ("meeting", "Saadoun Hammadi", "Shultz") in got
    got = pairs("President Macky Sall also held talks with the freed interim president, "
                "Michel Kafando.")
    assert ("meeting", "Macky Sall", "Michel Kafando") in got


def test_a_proposal_renewed_or_an_offer_made_again_is_a_proposal():
    assert ("proposal", "Russia") in kinds(
        "Moscow yesterday renewed its proposal for an international conference on Cyprus.")
    assert ("proposal", "Ilham Aliyev") in kinds(
        "Azerbaijani President Ilham Aliyev offered again to carry Turkmen gas westward.")
    assert ("proposal", "Nikolai Bulganin") in kinds(
        "Soviet Premier Nikolai Bulganin then restated the Soviet plan for limiting the armed "
        "forces of the great powers.")


def test_a_states_demand_repeated_and_a_condition_made_of_something_are_demands():
    assert ("demand", "Selome Tadesse") in kinds(
        "Foreign Ministry spokeswoman Selome Tadesse repeated Ethiopia's demand that Eritrean "
        "troops withdraw from Badme.")
    assert ("demand", "Riek Machar") in kinds(
        "Rebel leader Riek Machar had made the release of the detainees a condition for any "
        "truce.")


def test_a_journey_told_in_the_news_present_or_due_is_no_meeting_held_yet():
    assert not {t for t, _ in kinds("President Clinton flies to Damascus on Thursday for talks "
                                    "with Assad.")} & {"meeting"}
    assert "meeting" not in {t for t, _ in kinds(
        "Foreign Minister Eduard Shevardnadze is due in Washington on Friday for two days of "
        "talks with Secretary of State George Shultz.")}
    assert ("meeting", "Henry Kissinger") in kinds(
        "Henry Kissinger flew to Peking on Monday for talks with Chinese leaders.")


def test_a_claim_as_a_noun_opens_no_reported_speech():
    assert not kinds("Analysts said Beijing appeared to be testing how far it could press its "
                     "claims while the United States was focused on Ukraine.")
    assert ("statement", "China") in kinds("China claims the islands are its territory.")


def test_saying_after_a_quote_that_closes_on_its_comma_is_the_main_subjects():
    got = kinds("Russian Foreign Minister Igor Ivanov criticised the deal as \"an attempt to "
                "squeeze Russia out of the Caspian,\" telling reporters that the line made no "
                "economic sense.")
    assert ("criticism", "Igor Ivanov") in got and ("statement", "Russia") not in got


def test_talks_held_on_stalled_negotiations_are_held_the_talks_that_stalled_are_not():
    got = pairs("Amr Moussa, the Egyptian Foreign Minister, held talks with Shimon Peres on the "
                "stalled autonomy negotiations.")
    assert ("meeting", "Amr Moussa", "Shimon Peres") in got
    assert not kinds("Syria's talks with Israel stalled in January.")


def test_the_leaders_or_ministers_of_states_met_are_those_states():
    got = pairs("Poland's President Lech Kaczynski hosted the leaders of Ukraine, Georgia and "
                "Lithuania at an energy summit in Krakow on Friday.")
    assert {("meeting", "Ukraine", "Lech Kaczynski"), ("meeting", "Georgia", "Lech Kaczynski"),
            ("meeting", "Lithuania", "Lech Kaczynski")} <= got


def test_a_message_sent_with_its_day_before_the_participle_carries_the_senders_act():
    assert ("support", "Islam Karimov") in kinds(
        "Uzbekistan's President Islam Karimov did not attend, but sent a message yesterday "
        "endorsing the agreement.")
    got = kinds("Chinese President Xi Jinping sent Tokayev a message on Friday praising his "
                "\"decisive and strong\" measures.")
    assert ("support", "Xi Jinping") in got and ("support", "Tokayev") not in got


def test_friends_or_relatives_who_speak_are_no_named_actor():
    for who in ("Friends", "Relatives", "Colleagues"):
        assert not kinds(f"{who} said she hoped to join her husband in the West."), who


def test_a_visit_begun_to_the_united_states_and_a_leader_host_to_another_are_meetings():
    assert ("meeting", "Nikita Khrushchev", "United States") in pairs(
        "Soviet Premier Nikita Khrushchev began a 13-day visit to the United States yesterday.")
    got = pairs("Premier Khrushchev was host to President Kennedy at luncheon at the Soviet "
                "Embassy in Vienna on Sunday.")
    assert ("meeting", "Kennedy", "Khrushchev") in got
    assert not kinds("The city was host to the Olympic Games.")


def test_the_atlantic_alliance_is_nato():
    assert ("demand", "NATO") in kinds(
        "The Atlantic alliance called on Moscow last night to withdraw its troops from "
        "Afghanistan.")


def test_pleading_for_talks_is_a_call_for_talks():
    assert ("call_for_talks", "Ban Ki-moon") in kinds(
        "Ban Ki-moon pleaded with the warring parties to return to the negotiating table.")
    assert ("call_for_talks", "John Paul") in kinds(
        "Pope John Paul renewed his plea on Sunday for talks.")


def test_a_thing_welcomed_is_backed_and_his_government_ready_told_to_parliament_is_intent():
    assert ("support", "Jens Stoltenberg") in kinds(
        "Sweden's decision to apply for NATO membership was welcomed on Monday by NATO "
        "Secretary-General Jens Stoltenberg.")
    assert ("intent_to_negotiate", "Harold Wilson") in kinds(
        "Prime Minister Harold Wilson told the Commons that his government stood ready to "
        "resume talks with the Smith regime.")
