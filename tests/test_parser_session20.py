"""Rules met in the development sets and phrasebook batches of session 20 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from datetime import date

from tests.parsing import dated, kinds, pairs, parse


def test_a_state_modifying_a_noun_in_an_aside_is_not_the_subject():
    got = kinds("Mr. Petrov, at a Kremlin reception on Friday, praised the Finnish leader's "
                "courage.")
    assert ("support", "Petrov") in got
    assert ("support", "Russia") not in got
    got = kinds("Ms. Lindqvist, speaking in a Swedish radio interview, praised the accord.")
    assert ("support", "Lindqvist") in got


def test_a_reception_or_a_debate_in_an_aside_dates_the_verb_after_it():
    assert ("support", "Petrov", "2026-01-19") in dated(
        "Mr. Petrov, at a reception last night, praised the Finnish leader's courage.")
    assert ("criticism", "Petrov", "2026-01-16") in dated(
        "Mr. Petrov, in the debate on Friday, denounced the Finnish proposal.")


def test_the_group_of_eight_is_a_known_organisation():
    assert ("demand", "G8") in kinds("The Group of Eight demanded on Sunday that Hezbollah free "
                                     "the two captured soldiers.")
    assert ("criticism", "G8") in kinds("G-8 leaders condemned the attack on Friday.")


def test_an_organ_of_an_organisation_acts_for_it():
    got = pairs("The board of governors of the International Atomic Energy Agency demanded on "
                "Saturday that Iran freeze enrichment.")
    assert ("demand", "IAEA", "Iran") in got
    got = kinds("The Council of the Organization of American States voted 19 to 0 on Tuesday to "
                "endorse the quarantine.")
    assert ("support", "Organization of American States") in got
    # an organ of a state's party is the party's, not a body of the capital named after it
    got = kinds("The Central Committee of the Yugoslav Communist Party, in a statement published "
                "in Belgrade on Tuesday, rejected the charges.")
    assert ("rejection", "Yugoslav Communist Party") in got


def test_regretting_another_sides_decision_is_criticism():
    got = pairs("Chancellor Ana Weber said on Friday that she deeply regretted President "
                "Tomas Hale's decision to leave the accord.")
    assert ("criticism", "Ana Weber", "Tomas Hale") in got
    # regret over a loss is sympathy, no rebuke
    assert not kinds("Britain regretted the loss of life on Friday.")


def test_russia_in_cold_war_copy_is_the_soviet_union():
    got = {(e.type, e.actor.name) for e in parse("The Russians rejected the Western plan on "
                                                  "Monday.", date(1955, 7, 20))}
    assert ("rejection", "Soviet Union") in got
    got = {(e.type, e.actor.name) for e in parse("Russia rejected the Western plan on Monday.",
                                                  date(2001, 7, 20))}
    assert ("rejection", "Russia") in got


def test_a_nations_people_speak_for_its_state_in_a_leaders_words():
    got = pairs("Premier Chou said on Friday that the Chinese people were willing to sit down "
                "with the United States.")
    assert ("intent_to_negotiate", "Chou", "United States") in got


def test_a_quarrel_that_only_talks_can_end_is_a_call_for_talks():
    got = kinds("Foreign Minister Lars Holm told reporters on Friday that the only way out of "
                "the conflict was to move it 'from the battlefield to the conference table'.")
    assert ("call_for_talks", "Lars Holm") in got
    got = kinds("President Ana Ruiz said on Friday that the dispute could only be settled "
                "'around a table, never with ships and guns'.")
    assert ("call_for_talks", "Ana Ruiz") in got
    got = kinds("Foreign Minister Omar Haddad said the war could only be ended if the two "
                "generals returned to the Jeddah talks.")
    assert ("call_for_talks", "Omar Haddad") in got
    # a war ended by arms is no call for talks
    assert ("call_for_talks", "Omar Haddad") not in kinds(
        "Foreign Minister Omar Haddad said the war could only be ended by force.")


def test_a_vote_told_with_its_count_and_day_is_still_the_bodys_act():
    got = pairs("The Security Council voted 13 to 0 on Monday to impose a sweeping trade embargo "
                "on Iraq.")
    assert ("sanction", "UN Security Council", "Iraq") in got
    got = kinds("The Organization of American States voted 14 to 1 on Friday to exclude the "
                "government of Cuba.")
    assert ("sanction", "Organization of American States") in got
    got = kinds("The Israeli cabinet voted on Sunday to accept the framework for peace.")
    assert ("agreement", "Israel") in got


def test_a_state_recalling_its_own_envoy_imposes_a_sanction():
    got = pairs("Venezuela recalled its own envoy from Bogota on Monday.")
    assert ("sanction", "Venezuela", "Colombia") in got


def test_a_name_with_people_in_it_is_no_nations_people():
    got = kinds("The Nigerian government announced on Wednesday that it had ordered the Libyan "
                "People's Bureau in Lagos to close, accusing its staff of spying.")
    assert ("criticism", "Libya") not in got
    assert ("criticism", "Nigeria") in got


def test_an_offer_turned_down_with_its_object_between_is_a_rejection():
    assert ("rejection", "Mikheil Saakashvili") in kinds(
        "Mikheil Saakashvili turned the offer down on Friday.")
    assert ("rejection", "Tej Bunnag") in kinds(
        "Foreign Minister Tej Bunnag turned the idea down on Friday.")
    # a heater turned down is nobody's refusal
    assert not kinds("Officials turned the heating down in the chamber on Friday.")


def test_declining_this_week_to_sign_is_a_rejection():
    assert ("rejection", "Rauf Denktash") in kinds(
        "Rauf Denktash declined this week to sign the plan.")


def test_a_part_of_the_day_is_of_the_day_the_story_tells():
    got = dated("At a dinner in his guest's honour last night, Chancellor Anna Berg praised the "
                "Polish premier. Earlier in the afternoon, Foreign Minister Jan Holm held talks "
                "with Foreign Minister Piotr Nowak.")
    assert ("meeting", "Jan Holm", "2026-01-19") in got


def test_a_proposal_called_bold_is_praised_and_a_treaty_called_discriminatory_is_criticised():
    assert ("support", "Joseph Luns") in kinds(
        'The Secretary General of NATO, Joseph Luns, called the proposal "bold and imaginative."')
    assert ("support", "Ana Weber") in kinds(
        'Foreign Minister Ana Weber called the package "generous" on Friday.')
    assert ("criticism", "Inder Gujral") in kinds(
        'Foreign Minister Inder Gujral called the treaty "discriminatory" on Friday.')
    # how a meeting went is told of the meeting
    assert ("support", "Ana Weber") not in kinds(
        'Foreign Minister Ana Weber called it "a very useful meeting" on Friday.')


def test_speaking_in_support_misgivings_and_a_door_wide_open():
    got = kinds("Tanzania, Guinea and Mozambique spoke in support of the draft on Friday.")
    assert {("support", "Tanzania"), ("support", "Guinea"), ("support", "Mozambique")} <= got
    got = kinds("Mexico and Nigeria expressed misgivings about the package on Friday.")
    assert {("criticism", "Mexico"), ("criticism", "Nigeria")} <= got
    got = kinds('Foreign Minister Joseph Garba told reporters that the door "remains wide open".')
    assert ("intent_to_negotiate", "Joseph Garba") in got
    # the state named in a "through which" aside is not the subject
    got = kinds("Ivory Coast, through which the fighters entered Liberia, has voiced misgivings "
                "about the plan.")
    assert ("criticism", "Ivory Coast") in got and ("criticism", "Liberia") not in got


def test_a_full_name_then_an_adverb_then_a_verb_is_a_person_acting():
    assert ("rejection", "Vyacheslav Molotov") in kinds(
        "Vyacheslav Molotov flatly rejected the Western plan on Friday.")
    assert ("criticism", "Olof Palme") in kinds(
        "Olof Palme sharply criticised the bombing on Friday.")


def test_sanctions_with_a_dotted_name_a_perfect_or_a_single_shipment():
    assert ("sanction", "China", "United States") in pairs(
        "China on Friday ordered the closure of the U.S. consulate in Chengdu.")
    assert ("sanction", "Niger", "France") in pairs(
        "Niger's military rulers have given the French ambassador 48 hours to leave the "
        "country.")
    assert ("sanction", "Jimmy Carter", "Soviet Union") in pairs(
        "President Jimmy Carter on Friday halted the shipment of grain to the Soviet Union.")


def test_dialogue_as_the_only_way_or_road_is_a_call_for_talks():
    assert ("call_for_talks", "Wang Yi") in kinds(
        "Dialogue is the only way out of the crisis, Foreign Minister Wang Yi told reporters.")
    assert ("call_for_talks", "Ahmed Ben Bella") in kinds(
        "The border dispute can be settled only around a conference table, President Ahmed "
        "Ben Bella declared on Friday.")
    # what a conference has shown is told, not asked for
    assert ("call_for_talks", "Andrei Gromyko") not in kinds(
        "Foreign Minister Andrei Gromyko said the conference had shown that even the hardest "
        "problems could be settled at the conference table.")


def test_new_jersey_and_new_mexico_are_no_states_of_the_gazetteer():
    got = pairs("Donald Trump, speaking to reporters at his golf club in Bedminster, New Jersey, "
                "on Tuesday, warned that North Korea would be met with fire and fury.")
    assert ("threat", "Donald Trump", "North Korea") in got
    assert not any(actor == "Jersey" or target == "Jersey" for _, actor, target in got)
    assert ("criticism", "Mexico", "New Zealand") in pairs("Mexico protested to New Zealand.")


def test_a_consequence_foretold_is_a_threat():
    got = kinds("Any move against the enclave will be answered with \"substantial and decisive\" "
                "air power, NATO Secretary-General Lars Holm said on Friday.")
    assert ("threat", "Lars Holm") in got
    got = kinds("President Ana Ruiz said on Friday that any missile launched from the island "
                "would be regarded as an attack by the Soviet Union.")
    assert ("threat", "Ana Ruiz") in got
    got = kinds("The country's economy will be totally destroyed if it crosses the line, "
                "President Ana Ruiz wrote on Friday.")
    assert ("threat", "Ana Ruiz") in got


def test_the_blocs_of_cold_war_copy_are_known_organisations():
    assert ("proposal", "Warsaw Pact") in kinds(
        "The Warsaw Pact proposed on Wednesday that the two alliances sign a non-aggression "
        "treaty.")
    assert ("demand", "Non-Aligned Movement") in kinds(
        "The Non-Aligned Movement demanded on Friday that South Africa withdraw its troops.")
    assert ("criticism", "Cominform") in kinds(
        "The Cominform accused the Yugoslav leaders on Monday of pursuing an unfriendly policy.")


def test_a_day_between_an_appeal_and_its_preposition():
    assert ("call_for_talks", "Winston Churchill", "2026-01-19") in dated(
        "Winston Churchill called yesterday for a conference with the new Soviet leaders.")
    assert ("demand", "Hillary Clinton", "2026-01-20") in dated(
        "Secretary of State Hillary Clinton pressed on Tuesday for the release of the "
        "prisoners.")


def test_the_foreign_ministries_named_by_their_seat_speak_for_their_states():
    assert ("demand", "France", "Niger") in pairs(
        "The Elysée called on Niger's coup leaders on Thursday to free the president.")
    assert ("statement", "Brazil") in kinds(
        "Itamaraty said in a note on Thursday that the embassy in Caracas would stay open.")


def test_a_titled_leader_received_by_a_titled_host_is_a_meeting():
    got = pairs("The Prime Minister, Harold Wilson, received the Soviet Premier, Alexei Kosygin, "
                "at Chequers on Friday.")
    assert ("meeting", "Harold Wilson", "Alexei Kosygin") in got
    # backing received from a president is no meeting
    assert not pairs("Harold Wilson received the backing of the president on Friday.")
    # the post in an apposition, capitalised, is not the subject
    got = kinds("Wladyslaw Gomulka, First Secretary of the Central Committee of the Polish "
                "United Workers' Party, received the Federal Chancellor on Friday.")
    assert ("meeting", "Wladyslaw Gomulka") in got


def test_dialogue_frozen_is_a_sanction_and_one_of_a_group_is_an_apposition():
    assert ("sanction", "Turkey", "European Union") in pairs(
        "Turkey on Sunday froze its political dialogue with the European Union.")
    got = pairs("Spain, one of five EU member states that do not recognise Kosovo, said on "
                "Friday it would still refuse to recognise it.")
    assert ("rejection", "Spain", None) in got
    assert not any(actor == "Kosovo" for _, actor, _ in got)


def test_a_lead_actors_words_three_paragraphs_on_are_of_the_leads_day():
    body = ("Chancellor Anna Berg received the Polish premier, Jan Nowak, at the chancellery "
            "yesterday.\n\nThe two sides discussed trade.\n\nThe visit was the first in a "
            "decade.\n\nMrs. Berg said the border question was closed for ever.")
    assert ("statement", "Anna Berg", "2026-01-19") in dated(body)


def test_the_speakers_own_side_with_an_adverb_before_the_verb():
    assert ("support", "William Ruto") in kinds(
        "President William Ruto said on Friday that his country fully backed the council.")
    assert ("support", "William Ruto") in kinds(
        "President William Ruto said on Friday that the government also supported the council.")


def test_readiness_for_dialogue_of_the_speakers_side_is_an_intent():
    assert ("intent_to_negotiate", "Taban Deng") in kinds(
        'Taban Deng said on Friday the rebels were ready for "a serious national political '
        'dialogue".')
    assert ("intent_to_negotiate", "Abdoulaye Maiga") in kinds(
        "Prime Minister Abdoulaye Maiga said the government nonetheless remained open to "
        "dialogue with the regional bloc.")
    assert ("intent_to_negotiate", "Fidel Castro", "United States") in pairs(
        "Fidel Castro said on Friday that Cuba was prepared to reach an understanding with "
        "the United States.")


def test_a_protest_with_an_adverb_and_a_move_called_arrogant_are_criticism():
    assert ("criticism", "Tran Van Do") in kinds(
        'Foreign Minister Tran Van Do protested "most solemnly" against the agreement on '
        "Friday.")
    assert ("criticism", "Sitiveni Rabuka") in kinds(
        "Prime Minister Sitiveni Rabuka described the move as arrogant on Friday.")


def test_options_under_consideration_and_not_shrinking_from_defence_are_threats():
    assert ("threat", "Sergei Lavrov") in kinds(
        'Asked whether military action was being considered, Foreign Minister Sergei Lavrov '
        'replied on Friday that "all options are under consideration."')
    assert ("threat", "Levi Eshkol") in kinds(
        "Prime Minister Levi Eshkol said on Friday that Israel did not seek war, but would not "
        "shrink from defending its rights.")


def test_the_league_in_its_secretary_generals_words_is_the_speakers_side():
    assert ("support", "Nabil Elaraby") in kinds(
        "Arab League Secretary-General Nabil Elaraby said on Friday the League fully backed the "
        "operation.")


def test_a_sides_people_speak_on_the_day_the_lead_says_the_sides_met():
    body = ("The United States, Britain and the Soviet Union opened negotiations here yesterday "
            "on a treaty to end nuclear tests.\n\nThe first session was short.\n\nThe delegates "
            "met in the Council Chamber.\n\nDavid Ormsby-Gore, British Minister of State, said "
            "Britain was ready to negotiate patiently.")
    got = dated(body)
    assert ("intent_to_negotiate", "David Ormsby-Gore", "2026-01-19") in got


def test_an_envoy_summoned_home_is_recalled_and_an_escalation_regretted_is_criticised():
    got = kinds("Moscow summoned home its envoy in London on Friday.")
    assert ("sanction", "Russia") in got and ("criticism", "Russia") not in got
    assert ("criticism", "France") in kinds(
        'France, which took no part in the operation, said on Friday it "regretted" the '
        "escalation.")
    # another state's envoy summoned is still a protest
    assert ("criticism", "Spain") in kinds("Spain summoned the Moroccan ambassador on Monday.")


def test_an_important_and_positive_step_is_praise():
    assert ("support", "France") in kinds(
        'France said on Friday through a Foreign Ministry spokesman that the decision was "an '
        'important and positive act".')
