"""Meetings, calls, deals and sanctions worded the less obvious ways (issue 4, seventh round),
found with phrasebook batch n: working lunches, audiences, courtesy calls, hosts in the
passive, arrivals that open a visit, deals in the passive with the agent far on, borders
closed, trade halted.

The sentences are written for the test, except that some of session 9's tests (at the
end of the file) reuse or adapt sentences of the development sets and of phrasebook
batch r; none comes from the held-out sets.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs, parse


def test_meals_audiences_and_courtesy_calls_are_meetings():
    assert ("meeting", "Olaf Scholz", "Giorgia Meloni") in pairs(
        "German Chancellor Olaf Scholz held a working lunch with Italian Prime Minister "
        "Giorgia Meloni in Berlin on Friday.")
    assert ("meeting", "Olaf Scholz", "Giorgia Meloni") in pairs(
        "German Chancellor Olaf Scholz dined with Italian Prime Minister Giorgia Meloni.")
    assert ("meeting", "Andrzej Duda") in kinds(
        "Polish President Andrzej Duda had a private audience with Pope Francis on Monday.")
    assert ("meeting", "Penny Wong") in kinds(
        "Australian Foreign Minister Penny Wong paid a courtesy call on Indonesian President "
        "Joko Widodo at the palace.")
    assert ("meeting", "Sergei Lavrov") in kinds(
        "Russian Foreign Minister Sergei Lavrov received his Turkish counterpart in Moscow on "
        "Tuesday.")


def test_the_host_in_the_passive_and_an_arrival_that_opens_a_visit_are_meetings():
    assert ("meeting", "Emmanuel Macron") in kinds(
        "Kenyan President William Ruto was welcomed at the Elysee Palace by French President "
        "Emmanuel Macron on Wednesday.")
    assert ("meeting", "Narendra Modi") in kinds(
        "Indian Prime Minister Narendra Modi landed in Colombo on Saturday for a two-day visit.")
    # landing somewhere is no visit unless the sentence says so
    assert not kinds("Indian Prime Minister Narendra Modi landed in Colombo on Saturday.")


def test_a_video_conference_and_views_exchanged_by_telephone_are_calls():
    assert ("phone_call", "Ursula von der Leyen") in kinds(
        "European Commission President Ursula von der Leyen held a videoconference with "
        "Japanese Prime Minister Fumio Kishida on Tuesday.")
    assert ("phone_call", "Badr Albusaidi") in kinds(
        "Omani Foreign Minister Badr Albusaidi exchanged views by telephone with his Iranian "
        "counterpart.")


def test_a_deal_in_the_passive_is_the_agents():
    assert ("agreement", "Shimon Peres") in kinds(
        "The accord was signed on the White House lawn on Monday by Israeli Foreign Minister "
        "Shimon Peres.")
    assert ("agreement", "Hafez al-Assad") in kinds(
        "Syrian President Hafez al-Assad gave his consent on Monday to the terms of the "
        "disengagement agreement.")


def test_borders_closed_and_trade_halted_are_sanctions():
    assert ("sanction", "Algeria") in kinds(
        "Algeria closed its land border with Morocco on Sunday.")
    assert ("sanction", "Turkey") in kinds("Ankara halted all trade with Israel on Thursday.")
    assert ("sanction", "Canada") in kinds(
        "Canada suspended all new arms export permits to Turkey on Saturday.")
    # a border closed by a storm is no one's act against anyone
    assert not kinds("Snow closed the border crossing on Sunday.")


def test_a_signing_told_by_the_states_then_by_the_signatories_is_the_signatories():
    body = ("Chile and Peru signed a fisheries accord on Sunday, ending a long dispute. "
            "The accord sets quotas for both fleets. Fishermen in both countries welcomed it. "
            "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister "
            "Javier Gonzalez-Olaechea signed the accord in Lima.")
    got = kinds(body)
    assert {("agreement", "Alberto van Klaveren"),
            ("agreement", "Javier Gonzalez-Olaechea")} <= got
    assert ("agreement", "Chile") not in got and ("agreement", "Peru") not in got


def test_a_call_received_is_both_sides_call():
    got = pairs("Israeli Prime Minister Benjamin Netanyahu received a call from U.S. President "
                "Donald Trump on Sunday.")
    assert {("phone_call", "Benjamin Netanyahu", "Donald Trump"),
            ("phone_call", "Donald Trump", "Benjamin Netanyahu")} <= got


def test_a_deal_struck_by_someone_is_theirs():
    got = pairs("A deal was struck by European Union negotiators with Britain late on Thursday.")
    assert ("agreement", "European Union", "United Kingdom") in got


def test_transfers_suspended_and_a_partner_struck_off_a_list_are_sanctions():
    assert ("sanction", "Israel", "Palestine") in pairs(
        "Israel suspended the transfer of tax revenues to the Palestinian Authority on Sunday.")
    assert ("sanction", "Japan", "South Korea") in pairs(
        "Japan removed South Korea from its white list of trusted trading partners on Friday.")


def test_demand_for_goods_is_no_ones_demand():
    got = kinds("Demand for Ukrainian grain in North Africa has risen sharply this year, "
                "Ukraine's Agriculture Ministry said.")
    assert ("demand", "Ukraine") not in got


def test_an_opening_phrase_can_name_the_visit_or_the_call():
    assert ("meeting", "Narendra Modi") in kinds(
        "Hosting Bangladeshi Prime Minister Sheikh Hasina in New Delhi on Saturday, Indian "
        "Prime Minister Narendra Modi said the two countries would deepen ties.")
    got = kinds("In a call late on Wednesday, Pakistani Prime Minister Shehbaz Sharif spoke "
                "with Iranian President Masoud Pezeshkian.")
    assert ("phone_call", "Shehbaz Sharif") in got and ("meeting", "Shehbaz Sharif") not in got
    assert ("phone_call", "Fumio Kishida") in kinds(
        "Over the telephone on Tuesday, Japanese Prime Minister Fumio Kishida briefed South "
        "Korean President Yoon Suk Yeol on the summit.")
    # a speech or a statement in the opening is no call
    assert not {t for t, _ in kinds("In a speech on Monday, President Joe Biden said the "
                                    "talks were useful.")} & {"phone_call", "meeting"}


def test_a_welcome_given_and_a_stop_to_see_someone_are_meetings():
    assert ("meeting", "Wang Yi") in kinds(
        "The visiting Chinese foreign minister, Wang Yi, was given a red-carpet welcome in "
        "Islamabad on Saturday.")
    assert ("meeting", "Hugo Chavez") in kinds(
        "Venezuelan President Hugo Chavez stopped in Havana on Sunday to see his ally Fidel "
        "Castro.")


def test_a_courtesy_call_on_a_name_with_particles_is_a_meeting():
    assert ("meeting", "Qamar Javed Bajwa") in kinds(
        "Pakistan's army chief, General Qamar Javed Bajwa, called on Saudi Crown Prince "
        "Mohammed bin Salman in Riyadh on Monday.")
    assert ("demand", "Pakistan") in kinds(
        "Pakistan called on Saudi Arabia to release the prisoners.")


def test_a_delegation_sent_to_talks_a_summit_wanted_and_a_visit_planned_are_intent():
    got = kinds("Israel agreed on Sunday to send a delegation to the next round of talks in "
                "Cairo.")
    assert ("intent_to_negotiate", "Israel") in got and ("agreement", "Israel") not in got
    assert ("intent_to_negotiate", "Kim Jong Un") in kinds(
        "North Korean leader Kim Jong Un said he was willing to hold a third summit with U.S. "
        "President Donald Trump.")
    assert ("intent_to_negotiate", "Antony Blinken") in kinds(
        "Secretary of State Antony Blinken told reporters that he plans to visit China in the "
        "coming weeks.")
    # not sent, a visit to a company, an invitation turned down: none of them
    assert not kinds("Pakistan did not send a delegation to the conference on Afghanistan.")
    assert not kinds("Ukrainian President Leonid Kuchma also planned to visit Russian gas giant "
                     "Gazprom.")


def test_the_talks_that_led_to_a_deal_were_held_by_those_who_made_it():
    got = pairs("Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed "
                "two accords on Sunday, ending 13 days of secluded talks at Camp David.")
    assert {("meeting", "Anwar Sadat", "Menachem Begin"),
            ("meeting", "Menachem Begin", "Anwar Sadat")} <= got
    # talks that failed held nothing the deal came from
    got = kinds("Kenya and Somalia agreed to go to court after years of bilateral talks failed "
                "to produce a deal.")
    assert ("meeting", "Kenya") not in got


def test_two_men_named_with_their_honorifics_meet_each_other():
    body = ("Indian Prime Minister Narendra Modi spoke on Monday. Maldivian President Mohamed "
            "Muizzu spoke too. Mr. Modi and Mr. Muizzu met on the sidelines of the summit in "
            "Dubai on December 1.")
    got = pairs(body)
    assert {("meeting", "Narendra Modi", "Mohamed Muizzu"),
            ("meeting", "Mohamed Muizzu", "Narendra Modi")} <= got


def test_the_chair_of_the_sessions_sat_at_the_talks():
    assert ("meeting", "Saud al-Faisal") in kinds(
        "Saudi Foreign Minister Prince Saud al-Faisal, who chaired most of the sessions, "
        "praised the deputies.")


def test_who_chaired_the_talks_or_presided_over_the_signing_sat_at_them():
    assert ("meeting", "Jonas Gahr Store") in kinds(
        "The talks were chaired by Norwegian Foreign Minister Jonas Gahr Store on Monday.")
    assert ("meeting", "Uhuru Kenyatta") in kinds(
        "Kenyan President Uhuru Kenyatta presided over the signing ceremony on Tuesday.")
    # presiding over a country is no meeting
    assert not kinds("Kenyan President Uhuru Kenyatta presided over a decade of growth.")


def test_not_ruling_out_a_trip_again_is_intent():
    got = kinds("President Donald Trump cancelled his visit to Denmark. The president, who did "
                "not rule out rescheduling the trip, said the Danish leader had been direct.")
    assert ("intent_to_negotiate", "Donald Trump") in got


def test_a_place_visited_holds_no_meeting_of_its_own():
    got = pairs("Italian Foreign Minister Lamberto Dini visited Tehran in March.")
    assert ("meeting", "Lamberto Dini", "Iran") in got
    assert not any(actor == "Iran" for _, actor, _ in got)
    # a person met meets back
    got = pairs("Italian Foreign Minister Lamberto Dini met Iranian President Mohammad Khatami "
                "in Tehran.")
    assert ("meeting", "Mohammad Khatami", "Lamberto Dini") in got


def test_a_deal_named_first_is_its_makers_in_the_clause_after_it():
    got = dated("The accord that Israel and Egypt signed in 1979 still holds.")
    assert {("agreement", "Israel", "1979"), ("agreement", "Egypt", "1979")} <= got
    # a clause about something else names no makers
    assert not kinds("The accord that the critics said was flawed still holds.")


def test_a_host_whose_state_has_a_long_name_hosted_the_meeting_the_sentence_told():
    got = pairs("Maduro and Ali met at the airport, in a meeting hosted by Saint Vincent and the "
                "Grenadines Prime Minister Ralph Gonsalves.")
    assert ("meeting", "Ralph Gonsalves", None) in got
    assert not any(who.startswith("Saint Vincent") for _, who, _ in got)


def test_readiness_to_go_to_a_country_is_intent_to_meet():
    assert ("intent_to_negotiate", "Anwar Sadat") in kinds(
        "Egyptian President Anwar Sadat declared his readiness to go to Israel in a speech to "
        "parliament.")
    assert ("intent_to_negotiate", "Vladimir Putin") in kinds(
        "Russian President Vladimir Putin plans to travel to Beijing next month.")
    assert not kinds("The minister was ready to go to the polls.")


def test_whom_the_agents_of_a_passive_welcome_received_is_its_subject():
    got = pairs("Egyptian President Anwar Sadat arrived at Ben-Gurion Airport on Saturday night, "
                "where he was welcomed by Israeli Prime Minister Menachem Begin.")
    assert ("meeting", "Menachem Begin", "Anwar Sadat") in got
    assert ("meeting", "Anwar Sadat", "Menachem Begin") in got
    dates = {(e.actor.name, e.date.value) for e in parse(
        "Egyptian President Anwar Sadat arrived at Ben-Gurion Airport on Saturday night, where "
        "he was welcomed by Israeli Prime Minister Menachem Begin.")}
    assert ("Menachem Begin", "2026-01-17") in dates
    # a document signed is no one received
    got = pairs("The treaty was signed by Foreign Minister Ismail Cem and his Greek counterpart "
                "George Papandreou.")
    assert not any(tgt == "Treaty" for _, _, tgt in got)


def test_a_hotline_used_is_a_call_and_one_set_up_is_not():
    assert not any(t == "phone_call" for t, _ in kinds(
        "Taiwanese President Ma Ying-jeou proposed that the two sides set up a hotline. He said "
        "Chinese President Xi Jinping had agreed to set up the hotline."))
    assert ("phone_call", "Jiang Zemin", "Bill Clinton") in pairs(
        "Chinese President Jiang Zemin and U.S. President Bill Clinton spoke on a newly "
        "installed hotline on Monday.")


def test_a_call_with_both_ministers_or_to_both_leaders_is_with_each():
    got = pairs("Turkish Foreign Minister Ahmet Davutoglu and Armenian Foreign Minister Edward "
                "Nalbandian signed the protocols. US Secretary of State Hillary Clinton spent three "
                "hours speaking by telephone with both ministers.")
    assert {("phone_call", "Hillary Clinton", "Ahmet Davutoglu"),
            ("phone_call", "Hillary Clinton", "Edward Nalbandian")} <= got
    got = pairs("Thai Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet "
                "agreed to a ceasefire. US President Donald Trump said he had spoken by phone to "
                "both leaders.")
    assert {("phone_call", "Donald Trump", "Hun Manet"),
            ("phone_call", "Donald Trump", "Phumtham Wechayachai")} <= got


def test_two_people_joined_before_a_who_clause_are_both_its_subject():
    got = pairs("Erdogan announced the breakthrough at a news conference with Somali President "
                "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed, who held separate "
                "and then face-to-face talks at the presidential complex on Wednesday.")
    assert ("meeting", "Hassan Sheikh Mohamud", "Abiy Ahmed") in got
    assert ("meeting", "Abiy Ahmed", "Hassan Sheikh Mohamud") in got
