"""Rules met in the development sets and phrasebook batches of session 33 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "yesterday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_two_sides_who_discussed_a_thing_together_met():
    found = pairs("President Ann Reed and Chancellor Kurt Wahl of Austria discussed the border "
                  "dispute at the White House on Friday.")
    assert ("meeting", "Ann Reed", "Kurt Wahl") in found
    assert ("meeting", "Kurt Wahl", "Ann Reed") in found
    # one side discussing a thing before the press met no one
    assert not {t for t, *_ in pairs("President Ann Reed discussed the border dispute at a news "
                                     "conference on Friday.")} & {"meeting"}
    # what a spokesman said the two had discussed is his statement
    said = kinds("A spokesman for President Ann Reed said she and Kurt Wahl discussed trade.")
    assert ("meeting", "Kurt Wahl") not in said


def test_two_people_each_with_a_post_in_apposition_are_both_the_subject():
    found = kinds("Mr Karl Ostrom, the Foreign Minister, and Mr Lars Holm, the American "
                  "Ambassador, signed the protocol on Friday.")
    assert {("agreement", "Karl Ostrom"), ("agreement", "Lars Holm")} <= found
    found = kinds("Vice President Anna Berg and the governor of Tarija department, Egils Ozols, "
                  "signed a preliminary agreement on Sunday.")
    assert {("agreement", "Anna Berg"), ("agreement", "Egils Ozols")} <= found
    # the object of a preposition before the list is no signer
    found = kinds("Last week Mr. Chou had long sessions with Mr. Karl Ostrom, the Home Minister, "
                  "and Mr. Lars Holm, the Finance Minister, both of whom said the talks failed.")
    assert ("statement", "Karl Ostrom") not in found


def test_a_bare_foreign_office_in_copy_filed_from_elsewhere_is_londons():
    found = kinds("ROME (AP) - Premier Karl Ostrom today demanded a new police chief.\n\n"
                  "The Foreign Office rejected the Italian charges last night.")
    assert ("rejection", "United Kingdom") in found
    assert ("rejection", "Italy") not in found
    # filed from a state whose ministry is called so, it is that state's
    found = kinds("ISLAMABAD (AP) - The Foreign Office rejected the Indian charges today.")
    assert ("rejection", "Pakistan") in found
    # and a spokesman placed in a capital speaks for it
    found = kinds("ROME (AP) - A Foreign Office spokesman in Islamabad rejected the plan today.")
    assert ("rejection", "Pakistan") in found


def test_a_surname_the_story_gave_a_person_is_the_person_not_the_city():
    found = kinds("ROME (AP) - Foreign Minister Emilio Colombo met Marshal Tito today.\n\n"
                  "Colombo told reporters after the talks that the question was closed.")
    assert ("statement", "Emilio Colombo") in found
    assert ("statement", "Sri Lanka") not in found
    # with no such person the city still stands for its state
    assert ("statement", "Sri Lanka") in kinds("Colombo said on Monday that the talks were over.")


def test_a_place_in_a_region_of_a_state_before_the_subject_is_no_actor():
    found = kinds("BELGRADE - Speaking to a crowd at Leskovac, in southern Serbia, Marshal Tito "
                  "warned that Yugoslavia would resist.")
    assert ("threat", "Tito") in found
    assert ("threat", "Serbia") not in found


def test_a_plural_common_noun_opening_a_sentence_is_no_one_named():
    found = kinds("Envoys met in secret here for more than a year before the conference opened.")
    assert not {a for _, a in found} & {"Envoys"}


def test_a_year_that_names_a_thing_in_an_aside_does_not_date_the_act():
    found = dated("Foreign Minister Karl Ostrom, leading the largest delegation abroad since the "
                  "1954 Geneva conference on Indochina, denounced American intervention in Laos.")
    assert ("criticism", "Karl Ostrom", "2026-01-20") in found


def test_a_day_that_names_a_paper_or_a_poll_does_not_date_the_act():
    found = dated("Karl Ostrom said yesterday that his country would judge Rome by its deeds. "
                  "He demanded that Italy withdraw its March 11 note.")
    assert ("demand", "Karl Ostrom", "2026-01-19") in found
    # the day of a speech the words were said in is their day
    found = dated("President Karl Ostrom said in his New Year's Day speech that he was ready "
                  "to talk to Oslo.")
    assert ("intent_to_negotiate", "Karl Ostrom", "2026-01-01") in found


def test_the_spokesman_is_of_the_state_whose_spokesman_the_story_quoted():
    found = kinds("ROME (AP) - Premier Karl Ostrom today demanded changes.\n\nIn Belgrade, a "
                  "Yugoslav Foreign Ministry spokesman accused the Italian Government of having "
                  "organized the riots. The spokesman renewed his call for a conference of the "
                  "four powers.")
    assert ("call_for_talks", "Yugoslavia") in found
    assert ("call_for_talks", "Italy") not in found


def test_meetings_held_in_the_plural_are_meetings_with_whom_they_name():
    found = pairs("Karl Ostrom held six meetings with Anna Berg on Monday.")
    assert ("meeting", "Karl Ostrom", "Anna Berg") in found
    assert ("meeting", "Anna Berg", "Karl Ostrom") in found
    # meetings of a body are none of the speaker's
    assert not {t for t, *_ in pairs("Karl Ostrom held meetings of the cabinet on Monday.")} & {
        "meeting"}


def test_words_that_condemn_make_what_was_said_a_criticism():
    for words in ('that the Western powers had turned the committee into "a talking shop"',
                  'that the Americans had "no excuse whatever" for keeping their troops there',
                  'that the news had been received "with horror"'):
        found = kinds(f"Foreign Minister Karl Ostrom said on Monday {words}.")
        assert ("criticism", "Karl Ostrom") in found, words
    # no excuse not to act is a push to act, no blame
    found = kinds("President Karl Ostrom said other states now had no excuse not to recognise "
                  "Kosovo.")
    assert ("criticism", "Karl Ostrom") not in found


def test_objected_with_a_word_between_is_a_rejection():
    found = kinds("Premier Karl Ostrom objected in particular to the proposal that civilian "
                  "posts be set up in the zone.")
    assert ("rejection", "Karl Ostrom") in found


def test_gratified_by_a_decision_is_support_for_it():
    found = kinds('Prime Minister Anna Berg said on Thursday that she was "gratified" by '
                  "India's decision.")
    assert ("support", "Anna Berg") in found


def test_talks_rejected_are_no_meeting():
    found = kinds("Foreign Minister Karl Ostrom rejected any direct talks with the guerrillas.")
    assert ("rejection", "Karl Ostrom") in found
    assert ("meeting", "Karl Ostrom") not in found


def test_a_post_in_the_clause_after_a_name_is_not_the_names():
    found = kinds("King Hassan II's meeting with the guerrillas drew praise.\n\nThe delegation, "
                  "led by Bachir Mustapha Sayed, was received by the king at his palace on "
                  "Wednesday."
                  "\n\nThe king told French television that he would not discuss sovereignty.")
    assert ("rejection", "Hassan II") in found
    assert ("rejection", "Bachir Mustapha Sayed") not in found


def test_calling_a_decision_an_error_or_a_relic_is_a_criticism():
    for name in ('"a grave error"', '"a relic of an era of domination"'):
        found = kinds(f"Foreign Minister Karl Ostrom called the decision {name} on Monday.")
        assert ("criticism", "Karl Ostrom") in found, name


def test_asked_on_a_day_for_an_urgent_meeting_is_a_call_for_talks():
    found = dated("Ireland asked on Tuesday for an urgent meeting of the Security Council.")
    assert ("call_for_talks", "Ireland", "2026-01-20") in found


def test_the_bank_is_the_bank_the_story_named():
    found = kinds("WASHINGTON (AP) - Karl Ostrom, president of the World Bank, has offered to "
                  "help India, the bank announced today.\n\nThe bank proposed in February that "
                  "the eastern rivers go to India.")
    assert ("proposal", "World Bank") in found
    # nor a man's post nor a thing of the bank's
    found = kinds("Karl Ostrom, president of the World Bank, arrived.\n\nA spokesman welcomed "
                  "the bank's initiative.")
    assert ("proposal", "World Bank") not in found


def test_received_later_or_also_by_a_host_is_a_meeting_of_both():
    found = pairs("Foreign Minister Karl Ostrom arrived in Warsaw on Monday. Ostrom was later "
                  "received by Prime Minister Lars Holm.")
    assert ("meeting", "Karl Ostrom", "Lars Holm") in found
    assert ("meeting", "Lars Holm", "Karl Ostrom") in found


def test_rawalpindi_the_seat_of_government_of_the_1960s_is_pakistan():
    found = kinds("On Wednesday Peking and Rawalpindi announced that they had reached agreement "
                  "on the border.")
    assert ("agreement", "Pakistan") in found
    assert ("agreement", "Rawalpindi") not in found


def test_not_ruling_out_a_return_to_talks_or_dealing_with_someone_is_intent():
    for words in ("a return to the Geneva talks", "dealing with East German officials"):
        found = kinds(f"Foreign Minister Karl Ostrom did not rule out {words}.")
        assert ("intent_to_negotiate", "Karl Ostrom") in found, words


def test_calls_to_a_leader_of_a_state_and_by_trans_atlantic_telephone():
    found = pairs("Prime Minister Karl Ostrom called King Harald of Norway on Sunday night to go "
                  "over the final details.")
    assert ("phone_call", "Karl Ostrom", "Harald") in found
    found = kinds("President Karl Ostrom talked by trans-Atlantic telephone with Prime Minister "
                  "Lars Holm yesterday.")
    assert ("phone_call", "Karl Ostrom") in found


def test_accepting_a_suggestion_is_an_agreement():
    found = dated("Britain accepted on Monday a Soviet suggestion that the conference take up "
                  "the draft treaty.")
    assert ("agreement", "United Kingdom", "2026-01-19") in found


def test_more_measures_that_are_sanctions():
    for words in ("barred the export of oil equipment to the Soviet Union",
                  "recalled its permanent representative to the European Economic Community",
                  "closed the two Hungarian consulates in New York and Cleveland",
                  "imposed penalties on foreign companies investing in Iran"):
        found = kinds(f"The United States today {words}.")
        assert ("sanction", "United States") in found, words


def test_attacking_an_idea_or_a_bodys_policy_is_a_criticism():
    for words in ("attacked the idea of a centralized European super-state",
                  "attacked the Community's farm export subsidies"):
        found = kinds(f"Prime Minister Anna Berg {words} on Monday.")
        assert ("criticism", "Anna Berg") in found, words


def test_asked_to_withdraw_or_to_hand_someone_over_is_a_demand():
    found = kinds("Egypt formally asked the United Nations yesterday to withdraw its Emergency "
                  "Force from Egyptian territory.")
    assert ("demand", "Egypt") in found
    # asked to mediate, the other side is invited, not told to give in
    found = kinds("Lebanon asked Washington to revive the mediation on Monday.")
    assert ("demand", "Lebanon") not in found


def test_never_or_neither_legally_nor_morally_bound_is_a_rejection():
    for words in ("would never consider itself bound by the treaty",
                  "was neither legally nor morally bound by the agreements"):
        found = kinds(f"Jordan said on Monday that it {words}.")
        assert ("rejection", "Jordan") in found, words


def test_a_time_after_an_irregular_participle_dates_what_it_qualifies_not_the_act():
    found = dated("The Security Council, meeting in emergency session on Monday night, demanded "
                  "that India and Pakistan withdraw their forces to the positions held before "
                  "Aug. 5.")
    assert ("demand", "UN Security Council", "2026-01-19") in found


def test_a_trip_to_see_someone_is_the_travellers_meeting():
    found = pairs("Premier Karl Ostrom met President Anna Berg this morning, then drove across "
                  "the city to see Prime Minister Lars Holm.")
    assert ("meeting", "Karl Ostrom", "Lars Holm") in found
    # the host he drove to see is told no act of his own
    assert ("meeting", "Lars Holm", "Karl Ostrom") not in found


def test_a_states_note_or_reply_speaks_for_the_state():
    found = kinds("The Chinese note demanded that Moscow stop its armed provocations.")
    assert ("demand", "China") in found
    found = kinds("The Soviet reply, handed to the Chinese Embassy yesterday, said a unit of "
                  "border guards had crossed the river.")
    assert ("statement", "Soviet Union") in found


def test_an_account_or_a_declaration_dismissed_as_something_is_criticised():
    found = kinds("Foreign Ministry spokesman Karl Ostrom dismissed the Chinese account as a "
                  "crude fabrication.")
    assert ("criticism", "Karl Ostrom") in found
    # an offer dismissed is turned down
    found = kinds("Foreign Ministry spokesman Karl Ostrom dismissed the offer as a publicity "
                  "stunt.")
    assert ("rejection", "Karl Ostrom") in found


def test_calling_a_reply_evasive_or_a_move_unhelpful_is_a_criticism():
    for word in ('"evasive"', '"unhelpful"', '"disappointing"'):
        found = kinds(f"Foreign Minister Karl Ostrom today called the Soviet reply {word}.")
        assert ("criticism", "Karl Ostrom") in found, word


def test_the_commonwealth_and_colonial_offices_are_londons():
    found = kinds("A Commonwealth Office spokesman criticized Tanzania's decision on Monday.")
    assert ("criticism", "United Kingdom") in found
    assert not {a for _, a in found} & {"Commonwealth"}


def test_recognising_a_secessionist_state_or_it_is_support():
    assert ("support", "Tanzania") in kinds(
        "Tanzania became the first in the world to recognize the secessionist state of Biafra "
        "on Saturday.")
    assert ("support", "Madagascar") in kinds("Madagascar recognized it on Feb. 28.")


def test_a_question_that_does_not_arise_or_a_court_with_no_jurisdiction_is_a_rejection():
    for words in ('the question of a withdrawal "does not arise"',
                  "the court had no jurisdiction in the case",
                  "the 1964 agreements were no longer valid"):
        found = kinds(f"Foreign Minister Karl Ostrom said on Monday that {words}.")
        assert ("rejection", "Karl Ostrom") in found, words
    # a question that does not arise yet is only said
    found = kinds('A spokesman, Karl Ostrom, said the question "does not arise at this time."')
    assert ("rejection", "Karl Ostrom") not in found


def test_saw_no_reason_for_talks_in_the_past_is_a_rejection_as_sees_is():
    found = kinds("Karl Ostrom said Beijing saw no reason for the Security Council to discuss "
                  "the launch.")
    assert ("rejection", "Karl Ostrom") in found


def test_making_no_deals_or_not_bargaining_with_someone_is_a_rejection():
    for words in ('the United States "does not make deals with terrorists"',
                  "the United States would not bargain with Peking"):
        found = kinds(f"Secretary Karl Ostrom said yesterday that {words}.")
        assert ("rejection", "Karl Ostrom") in found, words


def test_an_envoy_told_to_protest_or_blame_laid_on_another_is_a_criticism():
    found = kinds("The Japanese Government yesterday instructed its Ambassador in Paris to lodge "
                  "a formal protest.")
    assert ("criticism", "Japan") in found
    assert ("criticism", "Karl Ostrom") in kinds("Karl Ostrom put the blame squarely on Europe.")
