"""The story's day (issue 4, session 11): a paper of the morning after tells yesterday's
occasion in its lead ("signed on Monday") and then its deeds and speeches undated. Meetings,
calls, deals and sanctions told undated, words said at the occasion ("told the gathering"),
and a later clause of the lead are of the lead's day when it is at most three days before
the paper's; speech elsewhere keeps the paper's day, and so does everything when the lead's
day is older.

Sentences written for the test, in the shape of the development sets' wire copy (none comes
from a held-out set). The paper is of Tuesday 2026-01-20.
"""
from __future__ import annotations

from tests.parsing import dated

LEAD = ("BRASILIA (AP) - Peru and Ecuador signed a peace treaty on Monday, ending a border "
        "dispute that had led to three wars.\n\n")
FILLER = "The treaty runs to 40 pages.\n\nThe border is 1,500 km long.\n\n"


def test_it_dates_a_meeting_told_undated_far_into_the_story_by_the_leads_day():
    got = dated(LEAD + FILLER + "Brazilian President Fernando Cardoso hosted the leaders of "
                "both countries at the Itamaraty Palace.")
    assert ("meeting", "Fernando Cardoso", "2026-01-19") in got
    assert not any(kind == "meeting" and day == "2026-01-20" for kind, _, day in got)


def test_it_dates_a_sanction_and_a_call_told_undated_by_the_leads_day():
    got = dated("TAIPEI (Reuters) - Nauru cut diplomatic ties with Taiwan on Monday."
                "\n\n" + FILLER + "Taiwan responded by cutting ties with Nauru and closing its "
                "embassy there.\n\nU.S. Secretary of State Antony Blinken telephoned Taiwan's "
                "foreign minister, Joseph Wu.")
    assert ("sanction", "Taiwan", "2026-01-19") in got
    assert ("phone_call", "Antony Blinken", "2026-01-19") in got


def test_words_said_at_the_occasion_are_of_its_day_and_other_words_of_the_papers():
    got = dated(LEAD + FILLER + '"We have closed a chapter of confrontation," Peruvian '
                "President Alberto Fujimori told the gathering.\n\nPresident Jamil Mahuad of "
                "Ecuador accused Lima of stalling on the demining of the border.")
    assert ("statement", "Alberto Fujimori", "2026-01-19") in got
    assert ("criticism", "Jamil Mahuad", "2026-01-20") in got


def test_an_occasion_named_in_a_pluperfect_relative_clause_is_another_acts():
    got = dated(LEAD + FILLER + "Chilean Foreign Minister Jose Insulza, who had pressed for a "
                "deal during the talks, said much work remained.")
    assert ("statement", "Jose Insulza", "2026-01-20") in got


def test_a_later_clause_of_the_lead_goes_on_on_its_day():
    got = dated("YEREVAN (Reuters) - The foreign ministers of Armenia and Azerbaijan held talks "
                "in Abu Dhabi on Monday, but Azerbaijan's foreign minister Jeyhun Bayramov said "
                "a dispute over Armenia's constitution remained the main obstacle.")
    assert ("statement", "Jeyhun Bayramov", "2026-01-19") in got


def test_an_older_lead_day_leaves_undated_deeds_on_the_papers_day():
    got = dated("BRASILIA (AP) - Peru and Ecuador signed a peace treaty on Jan. 12, ending a "
                "border dispute.\n\n" + FILLER + "Brazilian President Fernando Cardoso hosted "
                "the leaders of both countries at the Itamaraty Palace.")
    assert ("meeting", "Fernando Cardoso", "2026-01-20") in got


def test_at_the_time_is_the_time_just_told():
    got = dated("Relations have soured since the junta in January last year tore up a 2015 "
                "peace agreement signed in Algiers.\n\nAt the time, Mali's government accused "
                "Algeria of hostile acts.")
    assert ("criticism", "Mali", "2025-01") in got
    got = dated("The two leaders agreed to the plan at talks in Brussels on Jan. 12, but neither "
                "signed it, and Serbian President Aleksandar Vucic said at the time that Serbia "
                "would never accept Kosovo's membership in the United Nations.")
    assert any(who == "Aleksandar Vucic" and day == "2026-01-12" and kind != "agreement"
               for kind, who, day in got)


def test_a_reaction_told_as_a_relative_on_the_thing_is_of_its_host_clause_or_undated():
    got = dated("North Korea's negotiator insisted Monday that his country be given a reactor "
                "first, a demand U.S. envoy Christopher Hill dismissed as a nonstarter.")
    assert ("rejection", "Christopher Hill", "2026-01-19") in got
    got = dated("Delhi accuses Pakistan of backing the militants, a charge Islamabad denied.")
    assert any(who == "Pakistan" and day is None for _, who, day in got)


def test_words_to_reporters_are_dated_by_the_day_after_them():
    got = dated("Sri Lankan official Bernard Tilakaratna complained to reporters on Monday "
                "evening that he had been handed a fait accompli.")
    assert any(who == "Bernard Tilakaratna" and day == "2026-01-19" for _, who, day in got)


def test_a_clause_after_which_or_under_which_takes_its_hosts_date():
    got = dated("Bush and Kirchner held talks for about 40 minutes on Monday, after which Bush "
                "praised the Argentine leader's handling of the economy.")
    assert ("support", "Bush", "2026-01-19") in got


def test_a_refusal_to_attend_a_meeting_in_a_month_is_of_that_month():
    got = dated("Aliyev refused to attend a meeting with Pashinyan in Granada in October.")
    assert ("rejection", "Aliyev", "2025-10") in got
