"""Rules met in the development sets and phrasebook batches of session 17 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "on Monday" 2026-01-19.
"""
from __future__ import annotations

from datetime import date

from events.parser.timex import tag
from tests.parsing import dated, kinds, pairs


def test_an_offer_to_mediate_put_in_the_conditional_is_intent():
    got = kinds("Trump said he would be willing to mediate in the dispute.")
    assert ("intent_to_negotiate", "Trump") in got
    assert ("proposal", "Trump") not in got
    got = kinds("Brazil said it would be ready to help mediate between the two neighbours.")
    assert ("intent_to_negotiate", "Brazil") in got


def test_an_arrangement_reached_even_in_quotes_is_an_agreement():
    got = pairs('Manila said on Sunday it had reached a "provisional arrangement" with Beijing '
                'on resupply missions to the shoal.')
    assert ("agreement", "Philippines", "China") in got


def test_a_body_spelled_the_british_way_is_the_same_body():
    got = pairs("The Organisation of African Unity on Monday condemned South Africa's raids on "
                "Zimbabwe.")
    assert ("criticism", "Organization of African Unity", "South Africa") in got
    got = kinds("The Collective Security Treaty Organisation said it was ready to help mediate.")
    assert ("intent_to_negotiate", "Collective Security Treaty Organization") in got


def test_a_charge_laid_with_charged_that_is_criticism():
    got = pairs("Nicaragua charged on Tuesday that the Central Intelligence Agency was behind the "
                "mining of its harbours.")
    assert ("criticism", "Nicaragua", "Central Intelligence Agency") in got
    # the noun is the charge another laid: rejecting it is no criticism
    got = kinds("Japan rejected charges that the tests posed any danger to the region.")
    assert ("criticism", "Japan") not in got


def test_the_king_capitalised_is_the_king_the_article_named():
    got = pairs("In Amman today, King Hussein of Jordan said his government accepted the "
                "resolution. The King conferred with President Johnson at the White House "
                "earlier this month.")
    assert ("meeting", "Hussein", "Johnson") in got
    assert ("meeting", "Johnson", "Hussein") in got


def test_regret_over_another_sides_release_or_visit_is_criticism():
    got = kinds('The South Korean defence ministry swiftly expressed "deep regret" over the '
                'release of the video.')
    assert ("criticism", "South Korea") in got
    got = kinds("Beijing expressed deep regret over the visit on Monday.")
    assert ("criticism", "China") in got
    # regret over deaths is sympathy
    got = kinds("Beijing expressed deep regret over the deaths of the sailors on Monday.")
    assert ("criticism", "China") not in got


def test_talks_held_by_video_conference_between_the_two_ministries_are_a_call():
    got = pairs("Japan and South Korea traded charges over the incident. Officials from the two "
                "defence ministries held working-level talks by video conference on Thursday.")
    assert ("phone_call", "Japan", "South Korea") in got
    assert ("phone_call", "South Korea", "Japan") in got
    assert ("meeting", "Japan", "South Korea") not in got


def test_saying_the_talks_will_continue_is_intent():
    got = pairs("Japan said on Monday it would continue consultations with South Korea.")
    assert ("intent_to_negotiate", "Japan", "South Korea") in got
    got = kinds('"We will continue the dialogue with Bulgaria," Zaev told a news conference.')
    assert ("intent_to_negotiate", "Zaev") in got
    got = kinds("Trump said he would be happy to mediate.")
    assert ("intent_to_negotiate", "Trump") in got


def test_a_person_of_a_state_before_an_aside_is_the_subject_and_treason_is_a_charge():
    got = kinds('President Kenneth Kaunda of Zambia, whose landlocked country depends on '
                'Rhodesia\'s railways, called the declaration "an act of treason against the '
                'Crown".')
    assert ("criticism", "Kenneth Kaunda") in got
    assert ("criticism", "Zambia") not in got
    got = kinds("Ambassador Leslie Harriman of Nigeria, chairman of the committee, condemned "
                "the raid on Monday.")
    assert ("criticism", "Leslie Harriman") in got


def test_the_one_a_who_clause_hangs_on_speaks_even_after_with():
    got = kinds("Abe held talks with President Hassan Rouhani, who told a joint news conference "
                "that Iran would give a crushing response to any aggression.")
    assert ("threat", "Hassan Rouhani") in got
    assert ("threat", "Abe") not in got


def test_an_ordered_halt_to_flights_or_imports_is_a_sanction():
    got = kinds("Russian President Vladimir Putin on Friday ordered a temporary halt to "
                "passenger flights from Russia to Georgia.")
    assert ("sanction", "Vladimir Putin") in got
    assert ("demand", "Vladimir Putin") not in got


def test_meeting_again_good_offices_and_a_door_never_closed_are_intent():
    got = kinds("At the end of the three-hour session, Harriman and Thuy agreed to meet again on "
                "Wednesday.")
    assert {("intent_to_negotiate", "Harriman"), ("intent_to_negotiate", "Thuy")} <= got
    assert ("agreement", "Harriman") not in got
    got = kinds("Waldheim said he was ready to use his good offices.")
    assert ("intent_to_negotiate", "Waldheim") in got
    got = kinds('The Chinese Premier Chou En-lai said Peking had "never closed the door" to '
                'negotiation.')
    assert ("intent_to_negotiate", "Chou En-lai") in got or ("intent_to_negotiate",
                                                            "China") in got


def test_a_name_ending_in_ed_is_no_participle_that_keeps_the_day_from_the_act():
    got = dated("Kenyatta met Prime Minister Abiy Ahmed on Monday.")
    assert ("meeting", "Kenyatta", "2026-01-19") in got
    # a participle still dates its own noun: "the sanctions imposed on Monday"
    got = dated("Kenyatta criticised the sanctions the council imposed on Monday, his office "
                "said.")
    assert ("criticism", "Kenyatta", "2026-01-19") not in got


def test_a_plan_submitted_or_put_forward_on_a_weekday_is_the_past_weekday():
    dct = date(2026, 1, 20)  # a Tuesday
    got = tag("Morocco submitted a plan to the United Nations on Wednesday offering autonomy.",
              dct)
    assert [t.value for t in got] == ["2026-01-14"]
    got = tag("Gorbachev put forward a peace plan on Monday under which Iraq would withdraw.",
              dct)
    assert [t.value for t in got] == ["2026-01-19"]
    # an infinitive after "plans to" still looks ahead
    assert [t.value for t in tag("Iran plans to hold talks on Friday.", dct)] == ["2026-01-23"]


def test_a_place_of_his_own_after_an_apposition_still_carries_the_acts_day():
    got = dated("Saudi Crown Prince Mohammed bin Salman hosted Iran's foreign minister, Hossein "
                "Amir-Abdollahian, at his palace on Friday, according to state media.")
    assert ("meeting", "Mohammed bin Salman", "2026-01-16") in got


def test_recognising_a_rebel_council_is_support():
    got = dated("France on Thursday became the first country to recognise the rebel council as "
                "the legitimate representative of the Libyan people.")
    assert ("support", "France", "2026-01-15") in got


def test_a_span_inside_a_closed_who_clause_does_not_make_the_saying_background():
    got = dated("OAS Secretary-General Jose Miguel Insulza, who had championed lifting the "
                "suspension for months, said the Cold War had ended.")
    assert ("statement", "Jose Miguel Insulza", "2026-01-20") in got
    # the span of the saying itself still does
    got = dated("Insulza has for months said the suspension must end.")
    assert ("statement", "Insulza", "2026-01-20") not in got


def test_a_report_told_in_an_aside_dates_the_verb_after_it():
    got = dated("Boutros-Ghali, in a report delivered to the council Friday night, said it was "
                "unclear whether Belgrade could rein in the militias.")
    assert ("statement", "Boutros-Ghali", "2026-01-16") in got


def test_the_evening_of_a_date_is_that_date():
    got = tag("The two sides agreed to a ceasefire on the evening of Nov. 16.", date(2021, 11, 26))
    assert [(t.text, t.value) for t in got] == [("Nov. 16", "2021-11-16")]
    # alone, the evening is the day's
    got = tag("The ministers met in the evening.", date(2021, 11, 26))
    assert [t.value for t in got] == ["2021-11-26TEV"]


def test_older_seats_of_government_stand_for_their_states():
    got = kinds("Djakarta rejected the proposal on Monday.")
    assert ("rejection", "Indonesia") in got


def test_talks_told_by_their_length_were_held():
    got = pairs("U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov "
                "failed to narrow their differences in six hours of talks in London.")
    assert ("meeting", "John Kerry", "Sergei Lavrov") in got
    assert ("meeting", "Sergei Lavrov", "John Kerry") in got


def test_calling_a_move_an_invasion_or_a_land_grab_is_criticism():
    got = kinds('Ukraine\'s foreign ministry called the move "a military invasion".')
    assert ("criticism", "Ukraine") in got
    got = kinds("Manila called the seizure of the shoal a land grab on Monday.")
    assert ("criticism", "Philippines") in got


def test_a_formal_protest_note_handed_to_a_state_is_criticism():
    got = pairs("Argentina handed Britain a formal protest note on Monday over the start of oil "
                "drilling.")
    assert ("criticism", "Argentina", "United Kingdom") in got


def test_frozen_loans_with_two_modifiers_are_a_sanction():
    got = pairs("Japan froze new government loans to China on Tuesday in protest at the "
                "crackdown.")
    assert ("sanction", "Japan", "China") in got


def test_arriving_here_on_a_visit_to_a_state_is_a_visit():
    got = pairs("MOSCOW, Jan. 20 (AP) - Prime Minister Kakuei Tanaka of Japan arrived here "
                "today on a visit to the Soviet Union.")
    assert ("meeting", "Kakuei Tanaka", "Soviet Union") in got


def test_a_call_today_for_a_withdrawal_is_a_demand():
    got = kinds('The U.N. General Assembly called today for the "immediate, unconditional and '
                'total withdrawal" of foreign troops from Afghanistan.')
    assert ("demand", "UN General Assembly") in got
    got = dated("Pakistan called today for the withdrawal of foreign troops from Afghanistan.")
    assert ("demand", "Pakistan", "2026-01-20") in got


def test_a_month_day_last_year_is_one_date():
    got = tag("The council called for a ceasefire on Aug. 1 last year.", date(1948, 1, 17))
    assert [(t.text, t.value) for t in got] == [("Aug. 1 last year", "1947-08-01")]


def test_an_objection_dropped_or_lifted_is_an_agreement():
    got = kinds("Greece lifted its objection in return for a commitment that Ankara would settle "
                "its disputes.")
    assert ("agreement", "Greece") in got
    got = kinds("Chou dropped his objection to the entry of Government troops on Monday.")
    assert ("agreement", "Chou") in got


def test_recalling_ones_own_envoy_named_by_demonym_is_a_sanction():
    got = kinds("Wilson also recalled the British High Commissioner in Salisbury, J. B. "
                "Johnston, and told Parliament the measures were a first step.")
    assert ("sanction", "Wilson") in got


def test_a_program_outlined_or_parameters_laid_out_are_a_proposal():
    got = kinds("Secretary of State Henry A. Kissinger today outlined a 10-point American "
                "program for a negotiated transfer of power.")
    assert ("proposal", "Henry A. Kissinger") in got
    got = kinds("President Bill Clinton on Saturday laid out his own parameters for a final "
                "peace deal.")
    assert ("proposal", "Bill Clinton") in got


def test_its_first_sanctions_imposed_are_a_sanction():
    got = pairs("The European Union imposed its first broad economic sanctions on Russia on "
                "Tuesday, targeting its state banks.")
    assert ("sanction", "European Union", "Russia") in got
