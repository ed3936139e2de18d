"""Rules met in the development sets and phrasebook batches of session 28 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from datetime import date

from tests.parsing import dated, kinds, pairs, parse


def test_at_the_time_before_the_verb_dates_the_act_by_the_time_just_told():
    found = dated("Ties reached a low point in early December, when the speaker of parliament "
                  "warned that Moscow could annex the region. President Eduard Shevardnadze at "
                  "the time denounced the remark as interference.")
    assert ("criticism", "Eduard Shevardnadze", "2025-12") in found
    # "at the time of" names a moment of its own, not the one just told
    assert ("criticism", "Eduard Shevardnadze", "2026-01-20") in dated(
        "Ties reached a low point in early December. President Eduard Shevardnadze at the time "
        "of writing denounced the remark as interference.")


def test_a_subject_then_a_verb_goes_on_from_the_time_just_told():
    found = dated("The talks collapsed on Friday. President Jimmy Carter then invited both "
                  "leaders to Camp David.")
    assert ("call_for_talks", "Jimmy Carter", "2026-01-16") in found


def test_east_berlin_and_pankow_speak_for_east_germany_in_their_day():
    found = {(e.type, e.actor.name) for e in parse(
        "East Berlin has long demanded full diplomatic recognition. The Pankow regime refused "
        "on Friday to accept the protest.", date(1972, 12, 21))}
    assert ("demand", "East Germany") in found
    assert ("rejection", "East Germany") in found
    assert not any(actor in ("Germany", "West Germany") for _, actor in found)


def test_whom_one_met_may_be_named_after_a_rank_or_a_rulers_post():
    found = pairs("President Dwight Eisenhower had lunch yesterday with Marshal Georgi K. Zhukov, "
                  "the Soviet Defense Minister.")
    assert ("meeting", "Dwight Eisenhower", "Georgi K. Zhukov") in found
    assert ("meeting", "Georgi K. Zhukov", "Dwight Eisenhower") in found
    assert ("meeting", "Rex Tillerson", "Sheikh Tamim bin Hamad al-Thani") in pairs(
        "Secretary of State Rex Tillerson met the Gulf state's ruler, Emir Sheikh Tamim bin "
        "Hamad al-Thani, at his palace on Tuesday.")


def test_taking_part_in_talks_or_chairing_them_is_meeting_there():
    assert ("meeting", "Mohammad Javad Zarif") in kinds(
        "Foreign Minister Mohammad Javad Zarif, who took part in the talks, said progress had "
        "been made.")
    assert ("meeting", "Javad Zarif") in kinds(
        "Javad Zarif participated in the negotiations in Vienna on Friday.")
    found = kinds("The talks were chaired by the European Union foreign policy chief, Javier "
                  "Solana.")
    assert ("meeting", "Javier Solana") in found
    assert ("meeting", "European Union") not in found
    # a plan is welcomed by a post's holder too: support, no meeting
    assert ("meeting", "Margaret Thatcher") not in kinds(
        "German unification was welcomed as 'a great moment' by the Prime Minister, Mrs. "
        "Margaret Thatcher, on Friday.")


def test_a_bodys_post_then_its_holder_in_a_by_phrase_is_the_holder():
    found = kinds("The plan was rejected by the European Union foreign policy chief, Javier "
                  "Solana.")
    assert ("rejection", "Javier Solana") in found
    assert ("rejection", "European Union") not in found


def test_a_visit_one_says_one_will_pay_is_intent_to_meet():
    assert ("intent_to_negotiate", "H.D. Deve Gowda") in kinds(
        "Indian Prime Minister H.D. Deve Gowda said he would visit Dhaka early next year.")
    assert ("intent_to_negotiate", "Donald Trump") in kinds(
        "President Donald Trump told reporters on Saturday that he would personally meet "
        "Taliban leaders.")
    # a trip others announce is their news, not the traveller's intent
    found = kinds("The White House said President Bill Clinton would travel to Warsaw on "
                  "Thursday.")
    assert ("intent_to_negotiate", "Bill Clinton") not in found


def test_a_ranks_abbreviation_after_a_post_is_no_name():
    found = pairs("ECOWAS mediator Goodluck Jonathan was received in Bamako by Mali's interim "
                  "president, Col. Assimi Goita, on Tuesday.")
    assert ("meeting", "Assimi Goita", "Goodluck Jonathan") in found
    assert not any(actor == "Col" for _, actor, _ in found)


def test_a_time_inside_the_phrase_of_an_appeal_or_a_handing_over():
    assert ("call_for_talks", "Ayman Safadi", "2026-W04") in dated(
        "Jordanian Foreign Minister Ayman Safadi called earlier this week for an immediate "
        "international conference.")
    assert ("proposal", "Javier Solana", "Iran") in pairs(
        "EU foreign policy chief Javier Solana presented Iran on Tuesday with a package of "
        "incentives.")


def test_a_speakers_own_side_may_carry_a_word_before_its_noun():
    found = kinds("Nicaraguan President Daniel Ortega said his Sandinista government was ready to "
                  "open a dialogue with unarmed opposition groups.")
    assert ("intent_to_negotiate", "Daniel Ortega") in found


def test_a_hotel_or_a_hospital_is_no_person():
    found = kinds("Outside the Hotel San Rafael, where the delegates met, police kept several "
                  "hundred students back. Doctors at the Hospital San Juan said five were hurt.")
    assert not any(actor.startswith(("Hotel", "Hospital")) for _, actor in found)


def test_calling_an_envoy_insolent_or_a_bully_is_criticism():
    assert ("criticism", "Baron Waqa", "China") in pairs(
        'Nauru President Baron Waqa on Wednesday called a Chinese envoy "very insolent" and "a '
        'bully".')


def test_an_ultimatum_is_a_demand_unless_it_says_what_follows():
    assert ("demand", "NATO") in kinds(
        "NATO gave the Bosnian Serbs 10 days to withdraw their heavy weapons from around "
        "Sarajevo.")
    assert ("demand", "ECOWAS") in kinds(
        "ECOWAS on Sunday gave Niger's coup leaders one week to reinstate President Mohamed "
        "Bazoum.")
    found = kinds("Abiy Ahmed gave Tigrayan forces 72 hours to surrender or face an assault on "
                  "Mekelle.")
    assert ("threat", "Abiy Ahmed") in found
    assert ("demand", "Abiy Ahmed") not in found
    # the time an expelled envoy is given to leave is no demand
    assert ("demand", "Niger") not in kinds(
        "Niger's military rulers gave the French ambassador 48 hours to leave on Friday.")


def test_the_next_day_with_no_day_before_it_is_never_last_year():
    found = dated("Moscow retaliated the next day by ordering 10 U.S. diplomats to leave the "
                  "country.")
    assert not any(value and value.startswith("2025") for _, _, value in found)


def test_an_apposition_with_a_place_after_a_person_leaves_him_the_subject():
    found = kinds("Senator Henry Jackson, a Washington Democrat, has criticised the accord for "
                  "allowing the Soviet Union more missiles.")
    assert ("criticism", "Henry Jackson") in found
    assert ("criticism", "United States") not in found


def test_older_wordings_of_rejection_intent_agreement_and_plural_governments():
    assert ("rejection", "Konrad Adenauer") in kinds(
        'Chancellor Konrad Adenauer brushed the note aside as "a maneuver."')
    assert ("intent_to_negotiate", "Dean Acheson") in kinds(
        "Secretary of State Dean Acheson was careful not to rule out a meeting of the four "
        "powers at some later stage.")
    assert ("agreement", "United Kingdom") in kinds(
        "Britain formally adhered today to the mutual defense pact concluded between Turkey and "
        "Iraq.")
    found = kinds("The Syrian and Saudi Arabian Governments sent messages of solidarity to King "
                  "Farouk.")
    assert {("support", "Syria"), ("support", "Saudi Arabia")} <= found


def test_may_after_theresa_may_is_her_not_the_month():
    found = kinds("Prime Minister Theresa May spoke to the Commons on Monday. May said on "
                  "Tuesday that Russia was highly likely to be responsible. Talks began last May.")
    assert ("statement", "Theresa May") in found or ("criticism", "Theresa May") in found
    assert dated("Prime Minister Theresa May spoke on Monday. May said on Tuesday that talks "
                 "would go on.") >= {("statement", "Theresa May", "2026-01-20")}


def test_indias_ministry_of_external_affairs_speaks_for_india():
    assert ("statement", "India") in kinds(
        "An External Affairs Ministry spokesman said on Friday that no formal communication had "
        "been received.")
    assert ("statement", "India") in kinds(
        "The Ministry of External Affairs said on Friday that 18,000 nationals had been "
        "evacuated.")


def test_wordings_of_european_copy():
    assert ("sanction", "Council of Europe", "Russia") in pairs(
        "The Council of Europe expelled Russia on Wednesday over its invasion of Ukraine.")
    assert ("criticism", "Sergei Lavrov", "European Union") in pairs(
        'Russian Foreign Minister Sergei Lavrov on Friday called the European Union "an '
        'unreliable partner".')
    assert ("phone_call", "Boris Johnson") in kinds(
        "Prime Minister Boris Johnson spoke to European Commission President Ursula von der "
        "Leyen by phone on Saturday.")
    assert ("proposal", "Volodymyr Zelensky") in kinds(
        "Ukrainian President Volodymyr Zelensky set out a 10-point peace formula in a video "
        "address on Tuesday.")
    # talks whose opening was blocked were not held
    assert not any(kind == "meeting" for kind, _ in kinds(
        "French President Emmanuel Macron blocked the opening of EU accession talks with North "
        "Macedonia and Albania last week."))


def test_a_city_opening_a_sentence_is_where_not_who():
    found = kinds("In New York, U.N. Secretary-General U Thant said Friday he deplored the test. "
                  "In Istanbul, Turkish President Recep Tayyip Erdogan said Israel must be held "
                  "to account.")
    assert ("criticism", "U Thant") in found
    assert not any(actor in ("New York", "Istanbul") for _, actor in found)


def test_a_day_that_narrows_the_time_before_it_dates_the_act():
    assert ("rejection", "Iran", "2026-01-03") in dated(
        "Earlier this month, on January 3, Iran rejected the plan.")
    assert ("proposal", "Baudouin", "2025-03-03") in dated(
        "Last year, on March 3, King Baudouin promised to lead the Congolese to independence.")


def test_refusing_to_discuss_is_rejection_and_congratulations_sent_support():
    assert ("rejection", "Andrei Gromyko") in kinds(
        "Foreign Minister Andrei Gromyko refused to discuss the matter at any length.")
    assert ("rejection", "Saddam Hussein") not in kinds(
        "President Saddam Hussein declined to discuss details in an interview on Sunday.")
    assert ("support", "Syria") in kinds(
        "The Syrian Government sent its congratulations to President al-Shaabi on Friday.")


def test_calling_a_deal_a_success_or_the_most_important_step_is_support():
    assert ("support", "Helmut Kohl") in kinds(
        'West German Chancellor Helmut Kohl said in Bonn on Wednesday the agreement was "a '
        'success for all sides."')
    assert ("support", "Michael Stewart") in kinds(
        'Foreign Secretary Michael Stewart said the treaty was "the most important measure of '
        'arms control yet achieved."')
    # the last chance for peace is a warning as often as praise
    assert ("support", "Oscar Arias") not in kinds(
        '"This is the last chance for peace in Central America," President Oscar Arias said.')


def test_cutting_a_state_off_from_a_port_is_a_sanction():
    assert ("sanction", "Andreas Papandreou") in kinds(
        "Andreas Papandreou, the Greek Prime Minister, yesterday cut off the former Yugoslav "
        "republic of Macedonia from the port of Salonika.")
    assert ("sanction", "Andreas Papandreou") in kinds(
        "Andreas Papandreou, the Greek Prime Minister, yesterday cut off the former Yugoslav "
        "republic's access to the port of Salonika.")


def test_a_short_form_of_a_name_already_read_is_that_person():
    found = kinds("Pakistan recognized Bangladesh, clearing the way for Sheikh Mujibur Rahman to "
                  "attend the summit. Sheikh Mujib had refused to come to Lahore unless Pakistan "
                  "first recognized his country.")
    assert ("rejection", "Mujibur Rahman") in found
    assert not any(actor == "Mujib" for _, actor in found)


def test_the_one_quoted_speaks_not_those_who_relay_him():
    found = kinds("Soviet leader Leonid Brezhnev was quoted by American officials as telling "
                  "Carter on Friday that the Soviet Union would never attack first.")
    assert ("statement", "Leonid Brezhnev") in found
    assert ("statement", "United States") not in found


def test_the_nations_leader_is_its_one_head_read_before_whatever_his_post():
    found = kinds("General Omar Torrijos of Panama met President Jimmy Carter. The Panamanian "
                  "leader said his people would be asked to approve the pacts.")
    assert ("statement", "Omar Torrijos") in found
    assert ("statement", "Jimmy Carter") not in found
    # a minister of that state is no "leader"
    found = kinds("Foreign Minister Hakan Fidan of Turkey met Greek officials. The Turkish leader "
                  "said on Friday that the talks had been useful.")
    assert ("statement", "Hakan Fidan") not in found


def test_he_right_after_who_said_it_is_that_speaker():
    found = kinds("Azerbaijani President Heydar Aliyev and Armenian President Robert Kocharian "
                  "met for an hour on Friday. Kocharian told reporters that the two sides had "
                  '"moved closer," while Aliyev said he was ready to meet his counterpart again.')
    assert ("intent_to_negotiate", "Heydar Aliyev") in found
    assert ("intent_to_negotiate", "Robert Kocharian") not in found


def test_he_after_an_opening_phrase_naming_another_goes_on_from_before():
    found = kinds("Mayor Willy Brandt spoke on Sunday. In a letter to President Kennedy the same "
                  "day, he asked the United States to take political steps.")
    assert ("proposal", "Willy Brandt") in found
    assert ("proposal", "Kennedy") not in found


def test_a_surname_with_an_elided_particle_is_read_without_it():
    found = kinds("Foreign Minister Miguel d'Escoto Brockmann spoke on Friday. Escoto accused the "
                  "Reagan administration of trying to sabotage the talks.")
    assert ("criticism", "Miguel d'Escoto Brockmann") in found


def test_pravda_and_izvestia_speak_for_the_soviet_union():
    found = {(e.type, e.actor.name) for e in parse(
        'In Moscow, Pravda welcomed the accord on Friday as "a victory for the progressive '
        'forces."', date(1975, 8, 1))}
    assert ("support", "Soviet Union") in found
    assert not any(actor == "Pravda" for _, actor in found)


def test_people_of_states_named_with_the_are_joined_too():
    found = kinds("President Gamal Abdel Nasser of the United Arab Republic and President Tito of "
                  "Yugoslavia met on Thursday.")
    assert {("meeting", "Gamal Abdel Nasser"), ("meeting", "Tito")} <= found


def test_agreeing_after_a_comma_is_the_subjects_agreement():
    found = kinds("President Kennedy and Premier Khrushchev ended their talks on Sunday, agreeing "
                  "on the need for a neutral Laos.")
    assert {("agreement", "Kennedy"), ("agreement", "Khrushchev")} <= found
    assert ("agreement", "Golda Meir") in kinds(
        "Prime Minister Golda Meir's Cabinet accepted the call on Monday.")


def test_committing_oneself_to_negotiations_is_intent():
    found = kinds("President Carter and President Brezhnev committed themselves to a third round "
                  "of negotiations.")
    assert {("intent_to_negotiate", "Carter"), ("intent_to_negotiate", "Brezhnev")} <= found
