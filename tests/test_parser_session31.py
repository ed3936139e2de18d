"""Rules met in the development sets and phrasebook batches of session 31 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "yesterday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_a_surname_that_is_a_capitals_name_is_the_titled_person_not_the_state():
    found = kinds("Italian Foreign Minister Emilio Colombo welcomed the accord on Monday.")
    assert ("support", "Emilio Colombo") in found
    assert not {a for _, a in found} & {"Sri Lanka"}
    assert ("support", "Miguel de la Madrid") in kinds(
        "President Miguel de la Madrid said on Friday that Mexico backed the plan.")
    # the capital alone is still its state
    assert ("rejection", "Sri Lanka") in kinds("Colombo said on Monday it would not attend.")


def test_a_style_after_a_title_does_not_make_a_second_person_of_the_same_name():
    found = kinds("Prime Minister Sheikh Hasina and Prime Minister H.D. Deve Gowda signed the "
                  "treaty on Thursday. Hasina said Bangladesh wanted Nepal in future talks.")
    assert ("statement", "Sheikh Hasina") in found
    assert ("statement", "Hasina") not in found


def test_a_rulers_style_and_first_name_are_the_ruler_named_in_full_before():
    found = kinds("Trump held talks with Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, "
                  "on Thursday. Sheikh Sabah told reporters that his mediation had succeeded.")
    assert ("statement", "Sheikh Sabah al-Ahmad al-Jaber al-Sabah") in found
    assert ("statement", "Sabah") not in found


def test_a_sultans_name_keeps_bin_said_and_the_sultan_later_is_he():
    found = kinds("Sultan Qaboos bin Said of Oman met the Iranian president on Wednesday. The "
                  "Sultan said on Thursday that Oman would be ready to mediate between them.")
    assert ("meeting", "Qaboos bin Said") in found
    assert ("intent_to_negotiate", "Qaboos bin Said") in found
    assert not {a for _, a in found} & {"Sultan Qaboos bin"}


def test_a_rank_without_its_stop_and_an_indian_style_are_no_part_of_the_name():
    assert ("criticism", "Manoj Naravane") in kinds(
        "India's army chief, Gen Manoj Naravane, accused Nepal on Friday of acting at the behest "
        "of another country.")
    assert ("proposal", "Nehru") in kinds(
        "Pandit Nehru proposed on Monday that the two prime ministers tour the districts.")


def test_the_two_prime_ministers_are_the_two_who_hold_that_post_not_the_last_pair():
    found = kinds(
        "Foreign Minister Nikos Kotzias of Greece and his Macedonian counterpart Nikola Dimitrov "
        "signed the accord on Sunday, in the presence of Prime Ministers Alexis Tsipras and "
        "Zoran Zaev. EU envoy Matthew Nimetz praised the deal. Foreign policy chief Federica "
        "Mogherini hailed it. EU Commissioner Johannes Hahn welcomed it. The two prime ministers "
        "reached the deal in a telephone call on Tuesday.")
    assert {("agreement", "Alexis Tsipras"), ("agreement", "Zoran Zaev")} <= found


def test_what_an_actor_is_expected_or_scheduled_to_do_is_no_act_yet():
    assert not kinds("Delegates said that Washington was expected to press for early "
                     "nominations.")
    assert not kinds("The Brazilian president is expected to call for a reform of the Security "
                     "Council when he addresses the General Assembly.")
    # what he has done is still an act
    assert ("demand", "United States") in kinds(
        "Washington pressed on Monday for early nominations.")


def test_calling_someone_a_traitor_is_criticism():
    found = kinds("The Polish Foreign Ministry called Mr. Spasowski a \"traitor\" on Monday and "
                  "demanded that American officials let a Polish diplomat see him.")
    assert {("criticism", "Poland"), ("demand", "Poland")} <= found


def test_talks_on_a_trip_only_hoped_for_are_no_meeting():
    found = kinds("Greek Foreign Minister Evangelos Averoff told reporters on Monday he hoped to "
                  "visit Ankara next month for talks with his Turkish counterpart, Fatin Zorlu.")
    assert ("intent_to_negotiate", "Evangelos Averoff") in found
    assert not {t for t, _ in found} & {"meeting"}


def test_three_ministers_named_after_their_three_states_serve_them_in_order():
    found = pairs("The foreign ministers of Angola, Cuba and the Republic of South Africa, "
                  "Afonso Van-Dunem, Isidoro Malmierca and Pik Botha, signed the accords on "
                  "Thursday.")
    actors = {a for t, a, _ in found if t == "agreement"}
    assert actors == {"Afonso Van-Dunem", "Isidoro Malmierca", "Pik Botha"}


def test_an_armed_forces_patron_is_no_word_of_support():
    assert not kinds("The war broke out last August when rebels, backed by Rwanda and Uganda, "
                     "rose against Kabila.")
    assert not kinds("Karabakh Armenian forces, backed by Yerevan, now control the enclave.")
    # a state backed in a stand by its ally is still backed
    assert ("support", "Russia") in kinds(
        "Serbia, backed by its ally Russia, rejected the plan on Monday.")


def test_insisting_on_what_is_so_is_a_statement_not_a_demand():
    found = kinds("Gorbachev insisted on Monday that Moscow had stopped arms deliveries to "
                  "Nicaragua.")
    assert ("statement", "Gorbachev") in found and ("demand", "Gorbachev") not in found
    assert ("statement", "Greece") in kinds(
        "Greece insists that the name Macedonia belongs to its own northern province.")
    # what someone must do, or a condition set, is still a demand
    assert ("demand", "Putin") in kinds(
        "Putin insisted on Monday that Kiev open direct talks with the separatists.")
    assert ("demand", "Syria") in kinds(
        "Syria insisted on Monday that it will make peace only in return for a full "
        "withdrawal.")


def test_pressing_for_something_is_a_demand():
    assert ("demand", "Greece") in kinds("Athens pressed for enosis on Monday.")
    assert ("demand", "Cambodia") in kinds(
        "Cambodia pressed on Monday for international intervention.")


def test_foreign_secretaries_before_two_names_are_each_ones_post():
    found = pairs("The memorandum was signed on Monday by Foreign Secretaries K. Raghunath of "
                  "India and Shamshad Ahmad of Pakistan.")
    assert {("agreement", "K. Raghunath", "Shamshad Ahmad"),
            ("agreement", "Shamshad Ahmad", "K. Raghunath")} <= found


def test_a_standing_claim_in_the_narrators_present_is_undated():
    assert ("demand", "Japan", None) in dated(
        "Tokyo insists on the return of all four islands.")
    # said on a day, it is that day's
    assert ("demand", "Japan", "2026-01-19") in dated(
        "Tokyo insisted on Monday on the return of all four islands.")


def test_the_body_in_a_deputys_or_secretarys_post_after_his_name_is_not_the_subject():
    found = kinds("Shah Mohammad Reza Pahlavi and Saddam Hussein, vice-chairman of Iraq's "
                  "Revolutionary Command Council, met for more than three hours on Monday.")
    assert {("meeting", "Mohammad Reza Pahlavi"), ("meeting", "Saddam Hussein")} <= found
    assert ("meeting", "Revolutionary Command Council") not in found
    assert ("statement", "Todor Zhivkov") in kinds(
        "Todor Zhivkov, General Secretary of the Bulgarian Communist Party, said on Monday "
        "that the talks had been useful.")
    assert ("criticism", "Liaquat Ali Khan") in kinds(
        "Mr. Liaquat Ali Khan, the Prime Minister of Pakistan, has accused the Government of "
        "India of bad faith.")


def test_talks_held_by_an_agent_in_the_passive_are_his_meeting():
    assert ("meeting", "Henry Kissinger") in kinds(
        "Talks with Leonid Brezhnev on limiting strategic arms were held in Moscow on Friday by "
        "Secretary of State Henry Kissinger.")
    # only talks: what else is held by someone is no meeting
    assert not kinds("The hostages were held by Hezbollah for two years.")
    assert ("meeting", "Carter") in kinds(
        "Vice Premier Deng Xiaoping was entertained at the White House on Monday by President "
        "Carter.")


def test_what_a_speakers_side_will_no_longer_accept_or_will_not_support_is_a_refusal():
    assert ("rejection", "Iran") in kinds(
        "Tehran said on Sunday it would no longer respect any limits on uranium enrichment.")
    assert ("rejection", "Fernando Solana") in kinds(
        "Mexican Foreign Minister Fernando Solana said his government would not support "
        "economic sanctions.")


def test_calling_a_deal_a_win_win_or_a_remarkable_beginning_is_support():
    assert ("support", "Christopher Hill") in kinds(
        "Christopher Hill called the agreement a \"win-win situation\" on Monday.")
    assert ("support", "Albright") in kinds(
        "Albright called the meeting \"a remarkable beginning\" on Wednesday.")
    # a treaty's name is no good start
    assert ("support", "Antony Blinken") not in kinds(
        "Antony Blinken called Russia's suspension of New START deeply unfortunate.")


def test_ties_maintained_are_no_statement_but_a_claim_maintained_is():
    assert not kinds("Moscow maintains close ties with Tehran.")
    assert ("statement", "France") in kinds(
        "The French Government has maintained from the outset that the tests were safe.")


def test_a_thing_accepted_named_before_is_an_agreement():
    assert ("agreement", "Iraq") in kinds("Iraq accepted it in July last year.")
    assert not kinds("He accepted it was a mistake.")


def test_inspectors_or_monitors_expelled_are_a_sanction():
    assert ("sanction", "North Korea") in kinds(
        "North Korea expelled inspectors of the International Atomic Energy Agency on Monday.")


def test_blocking_a_states_entry_or_a_mans_election_is_a_refusal():
    assert ("rejection", "Greece") in kinds(
        "Athens blocked Macedonia's entry into NATO at the alliance's summit on Thursday.")
    assert ("rejection", "Serbia") in kinds(
        "Serbia blocked Mesic's election as head of the presidency on Wednesday.")


def test_a_suggestion_declined_is_a_refusal():
    assert ("rejection", "Liaquat Ali Khan") in kinds(
        "Mr. Liaquat Ali Khan declined the suggestion on Monday.")


def test_an_organisation_named_head_first_is_an_actor():
    assert ("criticism", "Coalition for the Defence of the Republic") in kinds(
        "The Coalition for the Defence of the Republic denounced the agreement on Thursday.")
    assert ("rejection", "Rally for Congolese Democracy") in kinds(
        "The Rally for Congolese Democracy refused on Sunday to sign the accord.")


def test_a_protocol_initialled_is_an_agreement():
    found = kinds("Angola, Cuba and South Africa initialled a protocol in Brazzaville on "
                  "December 13.")
    assert {("agreement", "Angola"), ("agreement", "Cuba"), ("agreement", "South Africa")} <= found


def test_a_treaty_abrogated_is_a_refusal_but_a_military_pact_undone_a_sanction():
    assert ("rejection", "Iran") in kinds(
        "Iran unilaterally abrogated the 1937 border treaty on Monday.")
    assert ("sanction", "Niger") in kinds(
        "Niger abrogated its military cooperation agreements with France on Monday.")
