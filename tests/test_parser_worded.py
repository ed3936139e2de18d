"""Acts worded the way wire copy words them (issue 4, sixth round), found on
tests/corpus/wire_c: calls "discussed by telephone", meetings "held on Monday with" or
"after talks in Moscow with", mutual accusations, formal protests and complaints, cut links.

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

from datetime import date

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


def test_a_denial_of_a_charge_is_a_statement_but_rejecting_it_a_rejection():
    # session 9: "rejected the charge" is a rejection (most annotators of the development
    # sets and the phrasebook read it so); denying or dismissing it stays a statement
    got = kinds('Indian officials rejected the charge as "baseless and mischievous."')
    assert ("rejection", "India") in got
    got = kinds('Chavez dismissed the accusations as "a pack of lies."')
    assert ("statement", "Chavez") in got and ("criticism", "Chavez") not in got
    # a proposal turned down is still a rejection
    assert ("rejection", "Iran") in kinds("Iran rejected the proposal.")


def test_what_a_speaker_denies_is_not_told_as_done():
    got = kinds("President Bashir has repeatedly denied that his government backs the militias.")
    assert ("support", "Bashir") not in got
    assert ("statement", "Bashir") in got


def test_an_open_door_or_a_diplomatic_solution_sought_is_intent_to_negotiate():
    got = kinds('Indian Foreign Minister Jaswant Singh said the door to dialogue "has not been '
                'closed."')
    assert ("intent_to_negotiate", "Jaswant Singh") in got
    got = kinds("Philippine President Fidel Ramos said Manila would seek a diplomatic solution.")
    assert ("intent_to_negotiate", "Fidel Ramos") in got


def test_pulling_out_of_talks_is_a_rejection_and_an_apology_a_statement():
    assert ("rejection", "North Korea") in kinds(
        "North Korea said it was pulling out of the talks indefinitely.")
    assert ("statement", "Colombia", "Ecuador") in pairs(
        "Colombia apologized to Quito on Sunday for the incursion.")


def test_two_people_in_a_clause_with_during_a_meeting_met():
    got = pairs("Secretary of State Colin Powell told Sudanese President Omar el-Bashir during a "
                "meeting Tuesday that the killings must stop.")
    assert ("meeting", "Colin Powell", "Omar el-Bashir") in got
    assert ("demand", "Colin Powell", "Omar el-Bashir") in got
    # reporters are not the other side of a meeting
    got = kinds("Powell told reporters at the meeting that the alliance was united.")
    assert not any(t == "meeting" for t, _ in got)


def test_a_host_welcoming_a_guest_somewhere_is_a_meeting_of_both():
    got = pairs("Vajpayee welcomed Musharraf at the presidential palace in New Delhi.")
    assert {("meeting", "Vajpayee", "Musharraf"), ("meeting", "Musharraf", "Vajpayee")} <= got
    assert ("support", "Japan") in kinds("Japan welcomed the agreement.")


def test_papers_and_drafts_handed_or_circulated_are_proposals():
    assert ("proposal", "Bill Clinton") in kinds("President Bill Clinton handed both "
                                                 "delegations an American working paper.")
    assert ("proposal", "Wu Dawei") in kinds("Chinese envoy Wu Dawei circulated a fourth draft "
                                             "of a joint statement.")


def test_evaluations_of_anothers_measures_are_criticism():
    assert ("criticism", "Sean McCormack") in kinds(
        'State Department spokesman Sean McCormack said the Russian measures were "not '
        'helpful."')
    got = pairs('Ethiopian Foreign Minister Seyoum Mesfin said the commission had "made a '
                'serious error."')
    assert ("criticism", "Seyoum Mesfin", None) in got  # a commission, not the EU's


def test_measures_held_until_the_other_side_moves_are_a_demand():
    got = pairs("Venezuelan Foreign Minister Nicolas Maduro said the measures would remain in "
                "place until Bogota offered an explanation.")
    assert ("demand", "Nicolas Maduro", "Colombia") in got


def test_seeking_action_against_a_state_is_a_threat():
    got = kinds("Secretary of State Colin Powell says the United States will seek U.N. Security "
                "Council action against Sudan.")
    assert ("threat", "Colin Powell") in got


def test_the_place_of_talks_is_skipped_for_the_one_they_were_held_with():
    got = pairs("Ecuadorean President Rafael Correa held talks in Lima on Tuesday with Peruvian "
                "President Alan Garcia.")
    assert ("meeting", "Rafael Correa", "Alan Garcia") in got


def test_expelling_a_states_ambassador_and_a_sentence_opening_the_commission():
    assert ("sanction", "Venezuela", "Colombia") in pairs(
        "Venezuela expelled Colombia's ambassador.")
    assert ("statement", "European Commission") in kinds(
        "The Commission said the rules were needed.")
    assert ("rejection", "Russia") in kinds(
        "Russia announced the measures on Tuesday, brushing aside Western calls for restraint.")


def test_a_time_of_day_dates_an_act_by_its_day_and_the_two_envoys_are_the_last_pair():
    body = ("U.S. envoy Christopher Hill met North Korean Vice Foreign Minister Kim Kye Gwan on "
            "Monday. The two envoys met for two hours on Tuesday night.")
    got = dated(body)
    assert ("meeting", "Christopher Hill", "2026-01-19") in got
    assert ("meeting", "Christopher Hill", "2026-01-20") in got  # a second meeting, its day


def test_the_demonym_leader_is_the_leader_named_before():
    body = ("Venezuelan President Hugo Chavez ordered troops to the border. Later, the Venezuelan "
            'leader warned that any incursion would be "a cause for war."')
    got = kinds(body)
    assert ("threat", "Hugo Chavez") in got and ("threat", "Venezuela") not in got
    # troops ordered to a place are no demand of anyone
    assert ("demand", "Hugo Chavez") not in got
    assert ("threat", "Venezuela") in kinds('The Venezuelan leader warned that any incursion '
                                            'would be "a cause for war."')


def test_claiming_islands_is_no_speech_but_claiming_that_is():
    body = ('Vietnam, which also claims the Spratlys, on Wednesday expressed "serious concern" '
            "over the reports.")
    (e,) = parse(body, date(1995, 2, 16))
    assert (e.type, e.date.value) == ("statement", "1995-02-15")
    assert ("criticism", "Iraq") in kinds("Iraq claimed the inspectors were spies.")


def test_a_date_right_after_a_reported_acts_verb_dates_it():
    body = ("Indian Foreign Minister Jaswant Singh told a news conference that the draft had "
            "foundered because Pakistan refused on Monday to include any reference to terrorism.")
    assert ("rejection", "Pakistan", "2026-01-19") in dated(body)
    assert ("statement", "Jaswant Singh", "2026-01-20") in dated(body)


def test_western_calls_are_a_noun_not_an_act():
    got = kinds("Russia brushed aside Western calls for restraint.")
    assert ("rejection", "Russia") in got and ("proposal", "Russia") not in got
    assert ("call_for_talks", "Iran") in kinds("Iran calls for talks.")


def test_a_proposal_dismissed_is_rejected_a_person_dismissed_is_criticised():
    got = kinds('North Korea wants a light-water reactor, a demand U.S. envoy Christopher Hill '
                'dismissed as "a nonstarter."')
    assert ("rejection", "Christopher Hill") in got
    assert ("rejection", "Iran") in kinds('Iran dismissed the offer as "a joke."')
    assert ("criticism", "Iran") in kinds("Iran dismissed the Americans as liars.")
    assert ("rejection", "North Korea") in kinds(
        "North Korea stayed away from the negotiations for more than a year.")


def test_the_same_actors_next_act_in_the_simple_past_keeps_the_day():
    body = ("President Clinton met the two delegations on Monday. He handed both delegations "
            "an American working paper.")
    assert ("proposal", "Clinton", "2026-01-19") in dated(body)
    # a new paragraph, or a present perfect, starts afresh
    body = ("President Clinton met the two delegations on Monday.\n\nHe has handed both "
            "delegations an American working paper.")
    assert ("proposal", "Clinton", "2026-01-19") not in dated(body)


def test_an_act_kept_up_for_months_is_background():
    assert ("rejection", "India", None) in dated(
        "India had for months refused to hold talks with Pakistan.")


def test_pressing_refusing_to_cooperate_and_voting_sanctions():
    assert ("demand", "United States", "Israel") in pairs(
        "The Clinton administration is pressing Israel to accept a 13 percent withdrawal.")
    assert ("rejection", "Iraq") in kinds(
        "Iraq's official news agency said Baghdad would not cooperate with the inspectors.")
    assert ("sanction", "UN Security Council") in kinds(
        "The Security Council voted 15-0 to extend the sanctions.")


def test_discussing_with_someone_is_a_meeting_unless_by_telephone():
    got = pairs("Prime Minister Tony Blair discussed the crisis with President Jacques Chirac "
                "on Friday.")
    assert ("meeting", "Tony Blair", "Jacques Chirac") in got
    got = pairs("President Clinton discussed the dispute by telephone on Thursday with German "
                "Chancellor Gerhard Schroeder.")
    assert ("phone_call", "Clinton", "Gerhard Schroeder") in got
    assert not any(t == "meeting" for t, _, _ in got)


def test_agreeing_to_meet_someone_is_one_sides_act():
    got = pairs("Prime Minister Benjamin Netanyahu agreed Thursday to meet Arafat in Washington.")
    assert ("agreement", "Benjamin Netanyahu", "Arafat") in got
    assert not any(a == "Arafat" for _, a, _ in got)


def test_a_noun_that_only_opens_a_sentence_before_an_ed_verb_is_no_name():
    assert not parse("Violence continued in Kashmir, where police said militants shot dead two "
                     "villagers.")
    # a name the article also writes inside a sentence, or one with a verb of its own, still is
    assert ("meeting", "Albright", "Primakov") in pairs("Albright met Primakov on Friday.")
    body = "Albright accused Iran of stalling. Iran said it would reply to Albright."
    assert ("criticism", "Albright") in kinds(body)


def test_cameo_threats_deadlines_calls_for_sanctions_reserved_rights_and_revenge():
    assert ("threat", "United States", "Iraq") in pairs(
        "The United States set a deadline for Iraq to comply.")
    assert ("threat", "United Kingdom", "Iran") in pairs(
        "Britain called for tougher sanctions against Iran.")
    assert ("threat", "Israel") in kinds("Israel reserved the right to respond.")
    assert ("threat", "Turkey") in kinds("Turkey vowed revenge for the attack.")
    # a call for talks is still no threat
    assert ("call_for_talks", "Iran") in kinds("Iran calls for talks.")


def test_lists_of_demands_and_pressure_stepped_up_are_demands():
    assert ("demand", "Saudi Arabia", "Qatar") in pairs(
        "Saudi Arabia presented Qatar with a list of 13 demands.")
    assert ("demand", "United States", "North Korea") in pairs(
        "Washington stepped up pressure on Pyongyang.")


def test_taking_up_an_invitation_or_mediation_is_intent_to_negotiate():
    assert ("intent_to_negotiate", "Atal Bihari Vajpayee", None) in dated(
        "Prime Minister Atal Bihari Vajpayee had accepted an invitation to visit Pakistan.")
    assert ("intent_to_negotiate", "Iran") in kinds("Iran accepted UN mediation.")


def test_condolences_are_a_statement_and_bitter_words_exchanged_criticism():
    assert ("statement", "Japan") in kinds("Japan expressed condolences to the victims' "
                                           "families.")
    got = pairs("Kiev and Moscow exchanged bitter words.")
    assert {("criticism", "Ukraine", "Russia"), ("criticism", "Russia", "Ukraine")} <= got


def test_more_cameo_wordings_of_blame_disapproval_defence_calls_mediation_and_aid():
    assert ("criticism", "United States", "Iraq") in pairs(
        "Washington held Baghdad responsible for the attack.")
    assert ("criticism", "United Kingdom", "Syria") in pairs("Britain pinned the blame on Syria.")
    assert ("criticism", "Greece") in kinds("Greece voiced disappointment at the ruling.")
    assert ("phone_call", "Tony Blair") in kinds(
        "Prime Minister Tony Blair received a telephone call from Clinton on Sunday.")
    assert ("meeting", "Norway", "Israel") in pairs("Norway mediated between Israel and the PLO.")
    assert ("sanction", "United States", "Pakistan") in pairs(
        "The United States withheld aid to Pakistan.")
    assert ("support", "Germany") in kinds("Germany defended the decision to close the border.")


def test_an_embassy_closed_by_order_and_a_meeting_asked_for():
    assert ("sanction", "Venezuela") in kinds(
        "Venezuela ordered the closure of its embassy in Bogota.")
    assert ("call_for_talks", "European Union") in kinds(
        "The EU has also asked for an emergency meeting of the WTO's General Council.")


def test_speech_that_turns_down_threatens_or_requires():
    assert ("rejection", "Javad Zarif") in kinds(
        "Iranian Foreign Minister Javad Zarif said the proposal was unacceptable.")
    assert ("criticism", "Javad Zarif") in kinds(
        "Iranian Foreign Minister Javad Zarif said the Israeli raids were unacceptable.")
    assert ("rejection", "Benjamin Netanyahu") in kinds(
        "Prime Minister Benjamin Netanyahu said the return of refugees was out of the question.")
    assert ("threat", "Barack Obama") in kinds(
        "President Barack Obama said the United States did not rule out military action.")
    assert ("intent_to_negotiate", "Syria") in kinds("Syria did not rule out talks with Israel.")
    assert ("demand", "John Kerry") in kinds(
        "Secretary of State John Kerry said Russia needs to stop arming the rebels.")


def test_praise_and_interference_in_what_a_speaker_says():
    assert ("support", "Ban Ki-moon") in kinds(
        "UN Secretary-General Ban Ki-moon said the agreement was an important step.")
    assert ("criticism", "Geng Shuang") in kinds(
        "Chinese foreign ministry spokesman Geng Shuang said the visit was interference in "
        "China's internal affairs.")


def test_a_treaty_approved_is_an_agreement_and_airspace_closed_a_sanction():
    assert ("agreement", "Israel") in kinds("Israel's cabinet approved the Wye agreement.")
    assert ("sanction", "Russia") in kinds("Russia closed its airspace to Georgian planes.")


def test_calling_charges_baseless_is_a_denial_calling_a_move_a_provocation_criticism():
    assert ("statement", "Iran") in kinds("Iran called the charges baseless.")
    assert ("criticism", "Iran") in kinds("Iran called the move a provocation.")


def test_a_plural_subject_accusing_in_the_present_criticises():
    got = pairs("The two rebel groups, the Sudan Liberation Army and the Justice and Equality "
                "Movement, accuse Khartoum of arming the militias.")
    assert {("criticism", "Sudan Liberation Army", "Sudan"),
            ("criticism", "Justice and Equality Movement", "Sudan")} <= got
    assert not any(t == "criticism" for t, _, _ in pairs(
        "Officials said it was too early to accuse Russia of anything."))


def test_a_signed_document_is_no_signing():
    assert not any(t == "agreement" for t, _ in kinds(
        "The talks had been expected to produce a signed declaration, Britain said."))
    assert ("agreement", "Iran") in kinds("The treaty, which Iran signed on Monday, takes effect "
                                          "next year.")


def test_no_longer_dealing_with_someone_is_a_refusal_and_needed_dialogue_wanted_talks():
    # session 6: what the words said make of a plain "X said"
    assert ("rejection", "Chile") in kinds(
        "Chile's foreign ministry said on Monday that Chile would no longer deal with the "
        "Peruvian envoy.")
    assert ("call_for_talks", "Chile") in kinds(
        "The Chilean government said the two neighbours needed a serious dialogue on water.")
    assert ("call_for_talks", "Chile") not in kinds(
        "The Chilean government said the army needed more trucks for the talks in Lima.")


def test_a_step_held_out_is_a_threat_and_an_illegal_intrusion_is_blame():
    assert ("threat", "Japan") in kinds(
        "Officials said Japan would also consider recalling its ambassador to Lima.")
    assert ("threat", "Japan") not in kinds(
        "Officials said Japan would also consider a new embassy building in Lima.")
    assert ("criticism", "China") in kinds(
        "China's coast guard said on Monday that the Philippine vessels had illegally "
        "intruded into Chinese waters.")
    # (an ultimatum with nothing said of what follows is a demand: session 28)
    assert ("demand", "Theresa May") in kinds(
        "British Prime Minister Theresa May gave Moscow until the end of the following day "
        "to explain how the nerve agent came to be used.")


def test_the_other_sides_forces_accused_of_a_deed_of_war_is_criticism():
    assert ("criticism", "Robert Gates") in kinds(
        "Robert Gates, the deputy national security adviser, asserted in an interview that "
        "Peruvian troops have set fire to large sections of the town.")
    assert ("criticism", "Chile") in kinds(
        "Chilean officials say civilians are being rounded up and held by Peruvian troops.")
    assert ("criticism", "Chile") not in kinds(
        "Chilean officials say civilians are being moved by buses to the coast.")


def test_wordings_of_the_wire_h_round():
    assert ("criticism", "India") in kinds(
        "India summoned Maldivian High Commissioner Ibrahim Shaheeb on Monday.")
    assert ("criticism", "Maldives") in kinds(
        "Indian High Commissioner Munu Mahawar was called in by the Maldivian Foreign Ministry.")
    assert ("sanction", "Ecuador") in kinds(
        "Ecuador declared Mexico's ambassador, Raquel Serur Smeke, persona non grata.")
    assert ("sanction", "Cambodia") in kinds(
        "Cambodia responded the next day by downgrading ties to their lowest level.")
    assert ("sanction", "Nicaragua") in kinds(
        "Nicaragua announced on Saturday that it was breaking off relations with Quito.")
    assert ("agreement", "Xi Jinping") in kinds(
        "Chinese President Xi Jinping and Maldivian President Mohamed Muizzu upgraded "
        "relations to a comprehensive strategic cooperative partnership.")
    assert ("meeting", "Shinzo Abe") in kinds(
        "Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye held "
        "their first formal summit in Seoul on Nov. 2.")
    assert ("demand", "Phumtham Wechayachai") in kinds(
        '"Cambodia must show sincerity," Thai acting Prime Minister Phumtham Wechayachai '
        'said.')
    assert ("demand", "Marco Rubio") in kinds(
        "Secretary of State Marco Rubio said Washington expected both governments to honour "
        "their commitments.")
    assert ("call_for_talks", "Matthew Miller") in kinds(
        "State Department spokesman Matthew Miller encouraged the two countries to resolve "
        "their differences.")


def test_insisting_that_something_be_done_is_a_demand():
    assert ("demand", "Mohammad Zia ul-Haq") in kinds(
        "Pakistan's President Mohammad Zia ul-Haq had insisted for weeks that an interim "
        "government be formed in Kabul.")
    assert ("demand", "Mohammad Zia ul-Haq") not in kinds(
        "Pakistan's President Mohammad Zia ul-Haq insisted for weeks that he was right.")
