"""Recall on real wire copy (issue 4, fourth round): acts worded without the cue words of
earlier rounds, quotes told in sentences of their own, and dates of participles and years.

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

from datetime import date

from tests.parsing import dated, kinds, parse


def test_a_quote_in_sentences_of_its_own_takes_the_kind_of_its_cue():
    body = ('"We are pleased that the two ministers met. We hope it lasts," Chilean Foreign '
            "Minister Alberto van Klaveren told reporters.")
    got = kinds(body)
    assert ("support", "Alberto van Klaveren") in got
    assert ("statement", "Alberto van Klaveren") not in got
    # A quote that goes on after its speaker's bare statement says what kind it was.
    body = ("Chilean Foreign Minister Alberto van Klaveren said the border was calm. "
            '"We will continue to talk to Peru."')
    assert ("intent_to_negotiate", "Alberto van Klaveren") in kinds(body)


def test_a_turn_of_phrase_with_must_is_no_demand():
    body = ('"I must say the visit went well," Chilean Foreign Minister Alberto van Klaveren '
            "said.")
    assert ("demand", "Alberto van Klaveren") not in kinds(body)


def test_coming_with_an_open_mind_is_intent_to_negotiate():
    body = ('"We came to Lima with an open mind," Chilean Foreign Minister Alberto van '
            "Klaveren said.")
    assert ("intent_to_negotiate", "Alberto van Klaveren") in kinds(body)


def test_an_invitation_to_a_named_place_is_a_call_for_talks():
    assert ("call_for_talks", "Peru") in kinds("Peru invited the two ministers to Lima.")
    assert ("call_for_talks", "Peru") not in kinds("Peru sent the two ministers to Lima.")


def test_a_possessive_year_and_call_are_no_date_and_no_act():
    body = ("Chile sent a letter to Peru on Tuesday, complaining that Peru had ignored the "
            "council's 2021 call for a binding agreement.")
    got = dated(body)
    # the participle after the comma takes the main clause's date, never the named year
    assert ("criticism", "Chile", "2026-01-20") in got
    assert not any(t == "proposal" and a == "Peru" for t, a, _ in got)
    # a renewed call of one's own is still an act
    assert ("call_for_talks", "Chile") in kinds("Chile renewed its call for talks with Peru.")


def test_rounds_of_talks_held_are_meetings_of_both_sides():
    for verb in ("began indirect talks", "opened a new round of talks", "resumed talks",
                 "concluded two days of negotiations", "held a summit", "wrapped up talks"):
        got = dated(f"Chile and Peru {verb} in Lima on Monday.")
        assert ("meeting", "Chile", "2026-01-19") in got, verb
        assert ("meeting", "Peru", "2026-01-19") in got, verb
    assert not kinds("Chile and Peru have not held talks since 2019.")


def test_talks_said_to_come_are_intent_not_a_meeting():
    got = kinds("Chile said it would hold talks with Peru next month.")
    assert ("intent_to_negotiate", "Chile") in got
    assert ("meeting", "Chile") not in got
    assert ("intent_to_negotiate", "Chile") in kinds("Chile is prepared to sit down with Peru.")


def test_accepting_a_treaty_and_offering_aid():
    assert ("agreement", "Chile") in kinds("Chile accepted the border treaty on Monday.")
    assert ("agreement", "Chile") in kinds("Chile appeared to accept the border treaty.")
    assert ("proposal", "Chile") in kinds("Chile offered Peru a loan on Monday.")
    assert ("proposal", "Chile") in kinds("Chile offered Peru $5 million in aid on Monday.")


def test_willingness_to_bargain_is_intent_to_negotiate():
    assert ("intent_to_negotiate", "Chile") in kinds(
        "Chile said it was willing to modify its demands.")
    assert ("intent_to_negotiate", "Chile") in kinds(
        'Chile said it was ready to "go the extra mile" for peace.')
    assert ("intent_to_negotiate", "Chile") not in kinds(
        "Chile is not willing to compromise on the border.")


def test_support_worded_without_support_verbs():
    for verb in ("came out in support of the Peruvian plan", "lent its support to Peru",
                 "signalled its support for Peru", "spoke out in favour of the Peruvian plan",
                 "embraced the Peruvian plan", "expressed its gratitude to Peru",
                 "thanked Peru for its help"):
        assert ("support", "Chile") in kinds(f"Chile {verb} on Monday."), verb
    assert not kinds("Chile embraced its role.")
    assert not kinds("Chile thanked reporters for coming.")


def test_requests_deals_and_hosting():
    assert ("call_for_talks", "Chile") in kinds("Chile requested a meeting with Peru.")
    got = kinds("Chile sought talks with Peru on Monday.")
    assert ("call_for_talks", "Chile") in got and ("meeting", "Chile") not in got
    assert ("agreement", "Peru") in kinds("Chile struck an agreement with Peru on Monday.")
    assert ("proposal", "Chile") in kinds("Chile presented Peru with a new proposal.")
    assert ("proposal", "Chile") in kinds("Chile asked Peru for help on Monday.")
    body = "Chilean President Gabriel Boric played host to Peruvian President Jose Jeri."
    assert ("meeting", "Jose Jeri") in kinds(body)


def test_an_attribution_after_the_content_or_an_aside_dates_the_act():
    body = "Chile will not accept the plan, the Chilean foreign ministry said on Sunday."
    assert ("rejection", "Chile", "2026-01-18") in dated(body)
    body = ("Chilean Foreign Minister Alberto van Klaveren, speaking on Sunday, accused Peru "
            "of lying.")
    assert ("criticism", "Alberto van Klaveren", "2026-01-18") in dated(body)
    # a new clause is no attribution: its date is its own
    got = dated("Chile met Peru, and Peru said on Sunday that the talks had failed.")
    assert ("meeting", "Chile", "2026-01-18") not in got


def test_his_meeting_with_is_the_possessors_meeting_once_held():
    body = ("Chilean President Gabriel Boric said his meeting with Peruvian President Jose Jeri "
            "on Monday was useful.")
    assert ("meeting", "Gabriel Boric", "2026-01-19") in dated(body)
    body = ("Chilean President Gabriel Boric said his planned meeting with Peruvian President "
            "Jose Jeri was off.")
    assert ("meeting", "Gabriel Boric") not in kinds(body)


def test_a_visit_named_by_a_possessive_is_a_meeting_unless_still_ahead():
    intro = "Chilean President Gabriel Boric spoke. "
    assert ("meeting", "Gabriel Boric") in kinds(intro + "Protests marked Boric's visit to Peru.")
    assert ("meeting", "Gabriel Boric") not in kinds(
        intro + "Ahead of Boric's visit to Peru, officials met.")
    assert ("meeting", "Gabriel Boric") not in kinds(
        intro + "Boric's planned visit to Peru was postponed.")


def test_ready_to_talk_and_hope_for_talks():
    assert ("intent_to_negotiate", "Chile") in kinds("Chile said it was ready to talk to Peru.")
    assert ("intent_to_negotiate", "Chile") in kinds(
        "Chile sent signals that it was ready to talk to Peru.")
    assert ("call_for_talks", "Chile") in kinds(
        "Chile expressed hope that Peru would return to the negotiating table.")
    assert ("call_for_talks", "Chile") in kinds(
        "Chile expressed hope for an early resumption of talks with Peru.")
    # talking about something is no talks
    assert ("intent_to_negotiate", "Chile") not in kinds(
        "Chile said it was ready to talk about the weather.")


def test_assurances_are_reported_speech():
    assert ("statement", "Chile") in kinds("Chile gave assurances that it would not attack Peru.")


def test_a_bare_surname_before_an_irregular_past_is_a_person():
    got = kinds("Boric sat down with Peruvian President Jose Jeri on Monday.")
    assert ("meeting", "Boric") in got and ("meeting", "Jose Jeri") in got


def test_talks_between_two_sides_are_a_meeting_of_both_unless_still_to_come():
    got = dated("The talks between Chile and Peru ended on Monday.")
    assert ("meeting", "Chile", "2026-01-19") in got and ("meeting", "Peru", "2026-01-19") in got
    assert ("meeting", "Chile") in kinds(
        "The last round of direct talks between Chile and Peru broke up without agreement.")
    for body in ("Bolivia wants to renew the stalled talks between Chile and Peru.",
                 "Officials raised the prospect of talks between Chile and Peru.",
                 "Officials did not rule out a second meeting between Chile and Peru."):
        assert ("meeting", "Chile") not in kinds(body), body


def test_an_act_of_the_weekend_is_dated_by_its_week():
    # 2026-01-20 is a Tuesday: the weekend before is 17-18 January, ISO week 3.
    got = [e for e in parse("Over the weekend, Chile accused Peru of spying.")
           if e.type == "criticism"]
    assert got and got[0].date.value == "2026-W03" and got[0].date.precision == "week"
    assert (got[0].date.start, got[0].date.end) == (date(2026, 1, 17), date(2026, 1, 18))


def test_a_present_perfect_takes_no_past_date_from_another_verb():
    got = dated("Chile imposed sanctions on Peru in May and has since urged Bolivia to do "
                "the same.")
    assert ("sanction", "Chile", "2025-05") in got
    assert ("demand", "Chile", None) in got
    got = dated("The White House disclosed on Monday that Peru has asked Chile to enforce "
                "the embargo.")
    assert ("statement", "United States", "2026-01-19") in got and ("proposal", "Peru", None) in got
    # a date of the perfect's own time span still dates it
    got = dated("This week, Chile has urged Bolivia to join the sanctions.")
    assert ("demand", "Chile", None) not in got


def test_the_same_meeting_told_by_its_ministers_takes_the_date_of_the_states_talks():
    body = ("The foreign ministers of Chile and Peru held talks in Lima on Monday.\n\n"
            "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart "
            "Elmer Schialer met for more than four hours.")
    got = dated(body)
    assert ("meeting", "Alberto van Klaveren", "2026-01-19") in got
    body += ' The ministers "agreed to continue contacts at the level of deputies."'
    assert ("agreement", "Alberto van Klaveren", "2026-01-19") in dated(body)
