"""Rules met in the development sets and phrasebook batches of session 25 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_an_elided_particle_is_part_of_a_name():
    assert ("phone_call", "Valery Giscard d'Estaing", "Helmut Schmidt") in pairs(
        "President Valery Giscard d'Estaing had a long telephone conversation last night with "
        "Chancellor Helmut Schmidt.")
    assert ("statement", "Miguel d'Escoto Brockmann") in kinds(
        "Nicaragua's Foreign Minister, Miguel d'Escoto Brockmann, said on Friday that his "
        "government hoped the treaty would hold.")
    # the place keeps its own name and makes no person
    assert not any(e[1].startswith("Quai") for e in kinds(
        "The French Foreign Ministry at the Quai d'Orsay said it regretted the vote."))


def test_a_chinese_surname_he_is_no_pronoun():
    assert ("statement", "Liu He") in kinds(
        "Chinese Vice Premier Liu He said on Friday that the talks had been candid.")
    assert ("meeting", "He Lifeng", "Janet Yellen") in pairs(
        "Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Zurich on Sunday.")
    # the pronoun after a full stop is still the man just named
    assert ("statement", "Joe Biden") in kinds(
        "President Joe Biden met Prime Minister Fumio Kishida. He said the talks were useful.")


def test_settling_things_through_consultation_is_an_intent_and_no_meeting():
    got = pairs("Vice Premier Liu He said on Friday that China is willing to resolve trade "
                "frictions with the United States through consultation with a calm attitude.")
    assert ("intent_to_negotiate", "Liu He", "United States") in got
    assert not any(e[0] == "meeting" for e in got)


def test_an_opening_adverb_and_a_hyphened_rank_are_no_part_of_a_name():
    got = kinds("Afterwards Signor Rumor told reporters on the terrace that the treaty closed "
                "a painful chapter.")
    assert [a for t, a in got if t == "statement" and a.endswith("Rumor")]
    assert not [a for _, a in got if "Afterwards" in a]
    assert ("meeting", "Isaac Zida") in kinds(
        "Lieutenant-Colonel Isaac Zida met the three presidents in Ouagadougou on Friday.")


def test_a_delegation_pulled_out_of_the_talks_is_a_rejection():
    assert {("rejection", "Argentina"), ("rejection", "Brazil")} <= kinds(
        "Argentina and Brazil then pulled their delegations out of the talks on Friday.")
    assert ("rejection", "Iran") in kinds(
        "Iran withdrew its negotiators from the conference on Friday.")


def test_not_excluding_talks_or_bargaining_is_an_intent():
    assert ("intent_to_negotiate", "Milos Minic") in kinds(
        "Yugoslav Foreign Secretary Milos Minic did not exclude further talks on the minority "
        "question.")
    assert ("intent_to_negotiate", "William Roth") in kinds(
        "Trade Representative William Roth did not rule out further hard bargaining on details.")


def test_a_return_to_the_table_not_ruled_out_is_an_intent_and_a_meeting_pulled_out_of_a_rejection():
    assert ("intent_to_negotiate", "Celso Amorim") in kinds(
        "Foreign Minister Celso Amorim did not rule out a return to the negotiating table in "
        "Geneva in the coming months.")
    assert ("intent_to_negotiate", "United States") in kinds(
        "U.S. officials did not rule out a new ministerial next year.")
    assert ("rejection", "Saudi Arabia") in kinds(
        "Saudi Arabia also pulled out on Monday of a planned meeting with producers outside the "
        "group.")


def test_the_ministry_of_foreign_affairs_of_a_state_is_that_state():
    assert ("criticism", "Ukraine") in kinds(
        "The Ministry of Foreign Affairs of Ukraine strongly condemns the holding by the Russian "
        "Federation of so-called elections.")
    assert ("support", "Lebanon", "Qatar") in pairs(
        "The Ministry of Foreign Affairs and Emigrants of Lebanon expressed its deep gratitude "
        "to the State of Qatar.")
    assert ("statement", "China") in kinds(
        "A spokesman of the Ministry of Foreign Affairs of the People's Republic of China stated "
        "that the talks had been useful.")


def test_late_on_a_day_opening_the_sentence_leaves_the_subject_after_it():
    assert ("phone_call", "Nursultan Nazarbayev", "Boris Yeltsin") in pairs(
        "Late on Friday Kazakh President Nursultan Nazarbayev spoke by telephone with Russian "
        "President Boris Yeltsin.")
    assert ("demand", "Jose Montilla") in kinds(
        "Spain protested. Then on Friday Industry Minister Jose Montilla demanded that Bolivia "
        "respect legal security.")
    got = dated("President Nazarbayev flew home. Early on Friday Nazarbayev met Yeltsin.")
    assert ("meeting", "Nazarbayev", "2026-01-16") in got


def test_a_telephone_talk_a_video_call_and_telephone_contact_are_calls():
    assert ("phone_call", "Taro Kono", "Kang Kyung-wha") in pairs(
        "Foreign Minister Taro Kono held a telephone talk with Foreign Minister Kang Kyung-wha on "
        "Friday.")
    assert ("phone_call", "Melanie Joly", "Dmytro Kuleba") in pairs(
        "Foreign Minister Melanie Joly spoke by video call with Ukrainian Foreign Minister "
        "Dmytro Kuleba on Friday.")
    assert ("phone_call", "Henry Kissinger") in kinds(
        "Secretary of State Henry Kissinger was in telephone contact with all three governments.")


def test_a_minister_of_foreign_affairs_titled_in_full_is_named():
    assert ("phone_call", "Melanie Joly", "Dmytro Kuleba") in pairs(
        "Minister of Foreign Affairs Melanie Joly spoke by telephone with Ukrainian Foreign "
        "Minister Dmytro Kuleba on Friday.")
    assert ("meeting", "Nasser Bourita") in kinds(
        "Minister of Foreign Affairs and International Cooperation Nasser Bourita received the "
        "Ambassador of Spain on Friday.")
    assert ("statement", "Vivian Balakrishnan") in kinds(
        "Relations with Malaysia remain 'on an even keel', Minister for Foreign Affairs Vivian "
        "Balakrishnan told Parliament on Friday.")


def test_restrictive_measures_and_supplies_or_loans_halted_by_decision_are_sanctions():
    assert ("sanction", "European Union") in kinds(
        "The EU imposed restrictive measures on 40 officials on Friday.")
    assert ("sanction", "Saudi Arabia", "United States") in pairs(
        "Saudi Arabia has decided to halt all oil exports to the United States, Riyadh radio "
        "announced this evening.")
    assert ("sanction", "Japan", "China") in pairs(
        "The Japanese Government has decided to freeze the third package of yen loans to China.")


def test_a_call_for_talks_to_end_a_war_is_a_call_for_talks_not_a_demand():
    got = kinds("Turkish President Recep Tayyip Erdogan on Friday renewed his call for an "
                "international peace conference to end the war.")
    assert ("call_for_talks", "Recep Tayyip Erdogan") in got
    assert ("demand", "Recep Tayyip Erdogan") not in got
    assert ("demand", "Recep Tayyip Erdogan") in kinds(
        "President Recep Tayyip Erdogan called for Assad to step down.")


def test_a_states_call_renewed_by_its_minister_is_his_call():
    assert ("call_for_talks", "Sabri Boukadoum") in kinds(
        "Foreign Minister Sabri Boukadoum on Friday renewed Algeria's call on the Libyan parties "
        "to return to the dialogue table.")
    # a call named as a thing is still no act
    assert kinds("The council's 2021 call for talks was ignored.") == set()


def test_the_door_to_dialogue_with_someone_left_open_is_an_intent():
    assert ("intent_to_negotiate", "South Korea", "North Korea") in pairs(
        "South Korea said on Friday the door to dialogue with North Korea remains open.")


def test_a_styled_surname_after_an_opening_day_is_a_person():
    assert ("meeting", "Papoulias", "Yilmaz") in pairs("On Friday Mr Papoulias met Mr Yilmaz.")


def test_older_broadsheet_idioms_of_signing_and_refusal():
    assert ("agreement", "Leonid Brezhnev") in kinds(
        "Mr Leonid Brezhnev set his signature to the SALT II treaty in Vienna last night.")
    assert ("rejection", "Margaret Thatcher") in kinds(
        "Mrs Margaret Thatcher set her face firmly against economic sanctions last night.")
    assert ("rejection", "Charles de Gaulle") in kinds(
        "General Charles de Gaulle shut the door on British membership of the Common Market on "
        "Friday.")
    got = kinds("The North Vietnamese Government will have nothing to do with President Lyndon "
                "Johnson's offer of talks.")
    assert ("rejection", "North Vietnam") in got
    # shutting the door on regimes is no refusal of a deal
    assert not any(t == "rejection" for t, _ in kinds(
        "African leaders vowed on Friday to shut the door on regimes that take power by force."))


def test_an_act_in_a_month_of_that_year_takes_the_year_last_named():
    assert ("agreement", "Saudi Arabia", "1934-05") in dated(
        "The two countries fought a brief war in 1934 that ended with the Taif treaty, which "
        "Saudi Arabia and Yemen signed in May of that year.")


def test_the_four_countries_are_the_sides_of_the_last_deed_done_together():
    got = pairs("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic "
                "and transport links with Qatar on June 5, accusing it of cosying up to Iran. "
                "In late June, the four countries presented Doha with a list of 13 demands.")
    assert {("demand", s, "Qatar") for s in ("Saudi Arabia", "United Arab Emirates", "Bahrain",
                                              "Egypt")} <= got
    # the place they met in is no member of the group
    got = kinds("Saudi Arabia, Egypt and Bahrain met in Cairo. The three governments accused "
                "Qatar of funding militants.")
    assert {("criticism", "Saudi Arabia"), ("criticism", "Egypt"), ("criticism", "Bahrain")} <= got


def test_ties_cut_by_kind_in_a_list_are_a_sanction_on_the_state_after_them():
    assert ("sanction", "Saudi Arabia", "Qatar") in pairs(
        "Saudi Arabia cut diplomatic, trade and travel ties with Qatar on Friday.")


def test_a_participle_after_a_deed_done_together_is_each_sides_act():
    got = kinds("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on "
                "Friday, accusing it of supporting terrorism.")
    assert {("criticism", s) for s in ("Saudi Arabia", "United Arab Emirates", "Bahrain",
                                        "Egypt")} <= got
    # one subject's deed is still his alone
    got = kinds("Estonia expelled two Russian diplomats on Friday, accusing them of spying.")
    assert ("criticism", "Estonia") in got and ("criticism", "Russia") not in got


def test_a_place_before_a_comma_and_a_title_is_no_person():
    got = kinds("Speaking in the throne room of the palace at Carthage, the French Premier told "
                "the Bey that France was ready to hand over. He invited the Bey to open "
                "negotiations with Paris.")
    assert not [a for _, a in got if a == "Carthage"]


def test_a_hyphened_surname_ending_in_a_state_name_is_a_person():
    got = pairs("Premier Pierre Mendes-France flew to Tunisia on Friday. He met Mr. Chou En-lai "
                "in Berne on Saturday.")
    assert ("meeting", "Pierre Mendes-France", "Chou En-lai") in got
    assert not [a for _, a, _ in got if a == "France"]


def test_people_ordered_out_military_accords_undone_and_assets_nationalised_are_sanctions():
    assert ("sanction", "Russia", "United Kingdom") in pairs(
        "Moscow on Friday ordered 25 British diplomats, journalists and businessmen to leave the "
        "country, TASS announced.")
    assert ("sanction", "Guinea") in kinds(
        "Guinea ordered the American Peace Corps out of the country on Friday.")
    assert ("sanction", "Niger", "France") in pairs(
        "Niger's military rulers revoked their country's military agreements with Paris on "
        "Friday.")
    assert ("sanction", "Chad", "France") in pairs(
        "Chad's foreign ministry announced on Friday that N'Djamena was ending its defence "
        "cooperation agreement with France.")
    assert ("sanction", "Nigeria") in kinds(
        "Nigeria's military Government on Friday nationalised the local assets of British "
        "Petroleum.")
    # a peace deal torn up is still turned down
    assert ("rejection", "Mali") in kinds("Mali tore up the 2015 peace agreement on Friday.")


def test_must_is_a_demand_only_with_what_the_other_side_must_do():
    assert ("demand", "William Hague") in kinds(
        "Foreign Secretary William Hague said on Friday that Muammar Gaddafi must step down "
        "without delay.")
    assert ("demand", "Jimmy Carter") in kinds(
        "President Jimmy Carter said on Friday that the hostages in Tehran must be freed at once.")
    # a principle stated, no one told to do anything
    got = kinds("Foreign Ministry spokesman Mikhail Kamynin said on Friday that any solution must "
                "be acceptable to both sides.")
    assert ("statement", "Mikhail Kamynin") in got and ("demand", "Mikhail Kamynin") not in got


def test_will_not_permit_is_a_refusal():
    assert ("rejection", "Romania") in kinds(
        "Romania will not permit the passage of foreign troops across its territory for any "
        "purpose, a government spokesman said on Friday.")
    # "will not tolerate" stays a warning
    assert ("threat", "Iran") in kinds(
        "Iran warned on Friday that it would not tolerate any change to the border.")


def test_contacting_someone_by_telephone_or_on_the_hot_line_is_a_call():
    assert ("phone_call", "Pakistan") in kinds(
        "Pakistan's Director-General of Military Operations contacted his Indian counterpart on "
        "the hot line on Friday afternoon.")
    # a message over the hot line is no call of its own
    assert ("phone_call", "Jimmy Carter") not in kinds(
        "President Jimmy Carter demanded the withdrawal of Soviet forces in a message sent to "
        "President Leonid Brezhnev over the hot line on Friday.")


def test_a_congratulatory_message_sent_is_support():
    assert ("support", "Xi Jinping") in kinds(
        "Chinese President Xi Jinping on Friday sent a congratulatory message to Kassym-Jomart "
        "Tokayev on his election.")


def test_an_instrument_of_ratification_deposited_is_the_states_agreement_alone():
    got = pairs("Sweden became NATO's 32nd member on Thursday when it deposited its instrument of "
                "accession with the United States.")
    assert ("agreement", "Sweden", "United States") in got
    assert not [a for t, a, _ in got if a == "United States"]


def test_single_quotes_woven_into_a_sentence_split_no_cue():
    assert ("proposal", "Yoon Suk Yeol", "North Korea") in pairs(
        "President Yoon Suk Yeol offered North Korea an 'audacious initiative' of economic aid "
        "on Friday.")
    assert ("support", "Gerhard Schroeder") in kinds(
        "Chancellor Gerhard Schroeder said on Friday that Germany stood in 'unlimited "
        "solidarity' with the United States.")
    # an apostrophe is no quote mark: the states' own possessive still reads
    assert ("statement", "Willy Brandt") in kinds(
        "Chancellor Willy Brandt said on Friday the allies' rights in Berlin were unchanged.")


def test_broadcast_wordings_of_a_call():
    assert ("phone_call", "Joe Biden", "Benjamin Netanyahu") in pairs(
        "Joe Biden called Benjamin Netanyahu tonight, their first conversation since the strike.")
    assert ("phone_call", "Condoleezza Rice", "Sergei Lavrov") in pairs(
        "Condoleezza Rice put in a call to the Russian foreign minister, Sergei Lavrov, from "
        "Crawford this morning.")
    assert ("phone_call", "Boris Yeltsin") in kinds(
        "Boris Yeltsin got through to President Bush this morning from the besieged parliament.")
    assert ("phone_call", "Kofi Annan") in kinds(
        "The Secretary-General, Kofi Annan, has reached the Israeli prime minister, Ehud Olmert, "
        "by telephone.")


def test_days_spent_in_a_capital_are_a_visit():
    assert ("meeting", "Christopher Hill") in kinds(
        "Christopher Hill, the chief American negotiator, has spent the past three days in "
        "Pyongyang.")


def test_tribute_paid_tonight_weight_thrown_behind_and_coming_out_in_favour_are_support():
    assert ("support", "Nelson Mandela") in kinds("Nelson Mandela paid tribute tonight to F.W. de Klerk.")
    assert ("support", "Joe Biden") in kinds(
        "Joe Biden has thrown his weight behind the idea of a humanitarian pause.")
    assert ("support", "Gulf Cooperation Council") in kinds(
        "The Gulf Cooperation Council has come out in favour of a no-fly zone over Libya.")


def test_walking_out_of_named_talks_is_a_rejection():
    assert ("rejection", "Russia") in kinds(
        "The Russian delegation has walked out of the Geneva arms talks.")


def test_imploring_and_leaning_on_a_side_to_talk_are_calls_for_talks():
    assert ("call_for_talks", "United States", "Ukraine") in pairs(
        "The White House is leaning hard on Kyiv to sit down with Moscow.")
    assert any(t == "call_for_talks" for t, _ in kinds(
        "Pope Francis used his address on Friday to implore Vladimir Putin to open serious "
        "negotiations."))
