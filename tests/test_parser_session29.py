"""Rules met in the development sets and phrasebook batches of session 29 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "yesterday" 2026-01-19.
"""
from __future__ import annotations

from datetime import date

from tests.parsing import dated, kinds, pairs, parse

_YESTERDAY = ("Chile and Peru signed a treaty yesterday settling their maritime border. The "
              "ceremony lasted twenty minutes.\n\nForeign Minister Ana Rojas of Peru yesterday "
              "described the settlement as a model for the region.\n\n")


def test_a_morning_papers_story_of_yesterday_goes_on_with_that_days_acts():
    found = dated(_YESTERDAY + "Mrs Rojas accused Bolivia of blocking the talks for a decade.")
    assert ("criticism", "Ana Rojas", "2026-01-19") in found
    # the same actor somewhere else, or another actor, is the paper's
    assert ("criticism", "Ana Rojas", "2026-01-20") in dated(
        _YESTERDAY + "In Lima, Mrs Rojas accused Bolivia of blocking the talks for a decade.")
    assert ("criticism", "Luis Arce", "2026-01-20") in dated(
        _YESTERDAY + "President Luis Arce of Bolivia accused Lima of bad faith.")


def test_who_chaired_the_meeting_is_an_aside_on_the_speaker_not_a_meeting():
    found = kinds("Japanese Foreign Minister Masayoshi Ohira, who chaired the meeting, said Tokyo "
                  "was prepared to cut tariffs.")
    assert ("meeting", "Masayoshi Ohira") not in found
    assert ("meeting", "Masayoshi Ohira") in kinds(
        "Japanese Foreign Minister Masayoshi Ohira chaired the talks on Monday.")


def test_who_after_a_persons_post_of_a_body_is_said_of_the_person():
    found = kinds("Kim Sang-hyup, president of the South Korean Olympic Committee, who led the "
                  "southern delegation, proposed regular exchanges of athletes.")
    assert ("proposal", "Kim Sang-hyup") in found
    assert not any(actor.endswith("Committee") for _, actor in found)


def test_a_national_red_cross_society_is_a_body_not_a_person():
    assert ("rejection", "North Korean Red Cross") in kinds(
        "The North Korean Red Cross rejected the offer of family reunions.")
    found = kinds("Kim Sang-hyup, president of the South Korean Red Cross, who led the southern "
                  "delegation, proposed regular exchanges of visits.")
    assert ("proposal", "Kim Sang-hyup") in found
    assert not any(actor == "Red Cross" for _, actor in found)


def test_the_bosnian_serbs_are_a_party_of_their_own_not_serbia():
    found = kinds("The Bosnian Serb leadership refused on Wednesday to accept the map.")
    assert ("rejection", "Bosnian Serbs") in found
    assert ("rejection", "Serbia") not in found


def test_the_chairman_of_a_body_of_states_speaks_where_a_firms_chairman_does_not():
    assert ("statement", "Alassane Ouattara") in kinds(
        "Ivorian President Alassane Ouattara, the current chairman of ECOWAS, said on Sunday "
        "that the regional bloc would hold a summit.")
    assert not kinds("Akio Morita, the chairman of Sony, said on Sunday that Japan should open "
                     "its market.")


def test_spending_the_day_says_how_long_not_which_day():
    found = dated("Spain and Morocco agreed on Saturday to withdraw their troops from the island "
                  "after mediation by Washington.\n\nSecretary of State Colin Powell spent the "
                  "day on the telephone with Foreign Minister Ana Palacio of Spain.")
    assert ("phone_call", "Colin Powell", "2026-01-17") in found
    assert ("phone_call", "Colin Powell", "2026-01-20") not in found


def test_quoted_as_demanding_is_the_demand_of_the_one_quoted():
    found = kinds("Son Song Pil was quoted as demanding that Seoul halt its military exercises.")
    assert ("demand", "Son Song Pil") in found
    found = kinds("North Korea's Son Song Pil was quoted by KCNA as demanding that Seoul halt its "
                  "military exercises.")
    assert found == {("demand", "Son Song Pil")}


def test_a_body_agreeing_to_suspend_ties_or_a_membership_imposes_a_sanction():
    found = pairs("NATO allies agreed to suspend military cooperation with Moscow.")
    assert ("sanction", "NATO", "Russia") in found
    assert not any(kind == "agreement" for kind, _, _ in found)
    assert ("sanction", "Arab League", "Syria") in pairs(
        "The Arab League agreed on Sunday to suspend Syria's membership.")


def test_agreeing_on_or_endorsing_sanctions_is_the_sanction_not_a_deal():
    found = pairs("European Union ambassadors agreed on Wednesday on a new package of sanctions "
                  "against Russia.")
    assert found == {("sanction", "European Union", "Russia")}
    assert kinds("ECOWAS leaders endorsed sanctions against the junta in Niger.") == {
        ("sanction", "ECOWAS")}


def test_what_a_speaker_says_after_a_verb_of_his_own_is_told_of_that_act():
    assert kinds("EU foreign policy chief Catherine Ashton welcomed the deal as an important step "
                 "forward and said it showed that dialogue delivers results.") == {
        ("support", "Catherine Ashton")}
    found = kinds("Communication Minister Pitang Tchalla rejected the sanctions as unjust but said "
                  "Togo had already begun the return to constitutional order.")
    assert ("rejection", "Pitang Tchalla") in found
    assert ("statement", "Pitang Tchalla") not in found
    # a speaker who first speaks and then acts keeps both ("said ... and called on")
    assert ("demand", "Sergei Lavrov") in kinds(
        "Russian Foreign Minister Sergei Lavrov said the talks had been useful and called on "
        "Kyiv to withdraw its troops.")


def test_recalling_a_named_ambassador_in_protest_or_expelling_a_correspondent_is_a_sanction():
    assert ("sanction", "Japan") in kinds(
        "Japan recalled Ambassador Masatoshi Muto from Seoul on Friday in protest.")
    assert ("sanction", "East Germany") in kinds(
        "East Germany expelled West German television correspondent Lothar Loewe on Wednesday.")


def test_calling_a_leader_a_dotard_or_a_warmonger_is_criticism():
    assert ("criticism", "Kim Jong Un", "Donald Trump") in pairs(
        "North Korean leader Kim Jong Un on Friday called U.S. President Donald Trump a "
        "\"mentally deranged U.S. dotard\".")


def test_a_name_ending_in_anothers_middle_name_is_another_person():
    found = kinds("Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, "
                  "demanded on Thursday that Seoul stop the leaflets.")
    assert found == {("demand", "Kim Yo Jong")}


def test_stating_a_willingness_to_discuss_is_intent_to_negotiate():
    assert ("intent_to_negotiate", "Russia") in kinds(
        "Moscow stated a willingness to discuss the reduction of conventional forces.")
    assert ("intent_to_negotiate", "France") not in kinds(
        "Foreign Minister Gerhard Schroeder praised the French delegation for its readiness to "
        "compromise.")


def test_accepting_a_transition_timetable_is_an_agreement():
    assert ("agreement", "ECOWAS") in kinds(
        "ECOWAS on Sunday accepted the 24-month transition timetable presented by Burkina Faso's "
        "military government.")


def test_having_never_recognised_a_claim_is_a_refusal_in_the_past_tense_too():
    assert ("rejection", "Retno Marsudi") in kinds(
        "Indonesian Foreign Minister Retno Marsudi said on Friday that Indonesia had never "
        "recognised China's nine-dash line.")


def test_the_threatened_tariffs_are_no_threat_of_the_one_complaining():
    assert kinds("Japan filed a complaint against the threatened tariffs with the World Trade "
                 "Organization last month.") == {("criticism", "Japan")}


def test_a_day_the_words_put_ahead_is_not_moved_back_a_year():
    # (a paper of 23 October: "November 14" is three weeks ahead, and "said" is done)
    found = [(e.type, e.date.value) for e in parse(
        "Prince Norodom Sihanouk signed the accord in Paris today.\n\nSihanouk said he would "
        "return to Phnom Penh on November 14 after 13 years in exile.", date(1991, 10, 23))]
    assert ("statement", "1991-10-23") in found
    assert not any(day == "1990-11-14" for _, day in found)


def test_the_emirates_opening_a_sentence_are_the_united_arab_emirates():
    assert ("criticism", "United Arab Emirates", "Qatar") in pairs(
        "The Emirates accused Qatar of backing terrorism.")


def test_calling_a_body_a_servant_of_a_power_is_criticism():
    assert ("criticism", "North Korea", "IAEA") in pairs(
        "North Korea called the IAEA \"a servant of the United States.\"")


def test_a_states_intelligence_agency_speaks_for_it():
    assert ("criticism", "South Korea", "North Korea") in pairs(
        "Seoul's intelligence agency accused Pyongyang of directing the plot.")


def test_christian_is_a_first_name_too():
    assert ("meeting", "Christian Pineau", "Selwyn Lloyd") in pairs(
        "French Foreign Minister Christian Pineau arrived in London on Saturday for talks with "
        "Foreign Secretary Selwyn Lloyd.")
    assert not any(actor.startswith("Christian") for _, actor in kinds(
        "The Christian Democrats rejected the plan on Monday."))
