"""Rules met in the development sets of session 13 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16.
"""
from __future__ import annotations

from events.parser.timex import tag
from tests.parsing import PUB, dated, kinds, pairs


def test_talks_being_held_are_a_meeting_of_both_sides():
    got = pairs("Armenia and Azerbaijan are holding talks on their border in Geneva.")
    assert ("meeting", "Armenia", "Azerbaijan") in got
    assert ("meeting", "Azerbaijan", "Armenia") in got


def test_holding_talks_wished_or_proposed_is_no_meeting():
    for sentence in ("Iran said it was interested in holding talks with Iraq.",
                     "Iran proposed holding talks with Iraq next month."):
        assert not any(kind == "meeting" for kind, _ in kinds(sentence)), sentence


def test_talks_told_in_the_perfect_progressive_are_background():
    got = dated("Armenia and Azerbaijan swapped prisoners on Monday.\n\nBaku and Yerevan have "
                "also been holding talks on delimiting their border.")
    assert ("meeting", "Azerbaijan", None) in got
    assert ("meeting", "Armenia", None) in got


def test_those_looking_on_as_a_deal_is_signed_are_no_party_to_it():
    got = pairs("Armenian Foreign Minister Eduard Nalbandian and Turkish Foreign Minister Ahmet "
                "Davutoglu signed protocols in Zurich on Saturday, with Secretary of State "
                "Hillary Clinton and the Swiss president looking on.")
    assert ("agreement", "Eduard Nalbandian", "Ahmet Davutoglu") in got
    assert ("agreement", "Ahmet Davutoglu", "Eduard Nalbandian") in got
    assert not any("Clinton" in (actor + (target or "")) for _, actor, target in got)
    # a partner after "with" stays one
    got = pairs("Armenia signed a protocol with Turkey in Zurich on Saturday.")
    assert ("agreement", "Armenia", "Turkey") in got


def test_officials_who_only_source_anothers_act_make_no_statement():
    for sentence in ("After the ceremony, Gorbachev held talks with Genscher in the Kremlin, the "
                     "Soviet news agency Tass said.",
                     "A senior U.S. official said Carter had criticised Soviet and Cuban military "
                     "involvement in Africa during a private session on Sunday."):
        got = kinds(sentence)
        assert ("statement", "Soviet Union") not in got and ("statement", "United States") \
            not in got, sentence
    assert ("meeting", "Mikhail Gorbachev") in kinds(
        "After the ceremony, Mikhail Gorbachev held talks with Genscher in the Kremlin, the "
        "Soviet news agency Tass said.")
    # their own position stays a statement
    assert ("statement", "Uzbekistan") in kinds(
        "Uzbek officials now say they will not oppose the project provided it meets "
        "international standards.")


def test_a_control_verb_before_a_noun_is_no_future():
    # "proposed to the United States", "agreed to the terms": "to" is a preposition here, so
    # the day is the past one, as for any act told in the past tense
    got = dated("Havana said it had proposed to the United States on Saturday that the two "
                "governments stay in contact.")
    assert ("proposal", "Cuba", "2026-01-17") in got
    got = dated("Armenian Prime Minister Nikol Pashinyan agreed to the terms of a ceasefire in "
                "Nagorno-Karabakh early on Sunday.")
    assert ("agreement", "Nikol Pashinyan", "2026-01-18") in got
    # an infinitive still points ahead: the talks are next Saturday
    assert [t.value for t in tag("Iran agreed to meet Iraq on Saturday.", PUB)] == ["2026-01-24"]


def test_a_time_still_ahead_dates_what_is_planned_not_the_act():
    got = dated("Foreign Minister Sergei Lavrov did not rule out a visit to Tokyo later this "
                "month, but said no date had been set.")
    assert ("intent_to_negotiate", "Sergei Lavrov", "2026-01-20") in got
    got = dated("Rebel leader Afonso Dhlakama did not rule out meeting Chissano in Maputo before "
                "the end of the year.")
    assert ("intent_to_negotiate", "Afonso Dhlakama", "2026-01-20") in got


def test_a_post_of_a_state_in_a_by_list_is_the_person_it_names():
    got = pairs("The accord was signed at the North Korean mission by Assistant Secretary of "
                "State Robert Gallucci and North Korea's first vice foreign minister, Kang "
                "Sok-ju.")
    assert ("agreement", "Robert Gallucci", "Kang Sok-ju") in got
    assert ("agreement", "Kang Sok-ju", "Robert Gallucci") in got
    assert not any(actor == "North Korea" for _, actor, _ in got)


def test_a_verb_joined_by_and_inside_reported_words_goes_on_with_their_subject():
    got = pairs("Tass said Carter and Brezhnev had also discussed the Middle East and had agreed "
                "to meet regularly.")
    assert ("agreement", "Carter", "Brezhnev") in got
    assert ("agreement", "Brezhnev", "Carter") in got
    assert not any(kind == "agreement" and actor == "Soviet Union" for kind, actor, _ in got)
    # the one told is not the subject of the words
    got = kinds("Iranian President Mohammad Khatami told Pope John Paul II that Islam and "
                "Christianity share a common heritage, and invited the pontiff to take part "
                "in a dialogue among civilizations.")
    assert ("call_for_talks", "John Paul II") not in got


def test_votes_against_blocks_and_rulings_to_be_ignored_are_rejections():
    assert ("rejection", "Venezuela") in kinds(
        "The resolution passed by 22 votes. Venezuela voted against, and three countries "
        "abstained.")
    assert ("rejection", "China") in kinds(
        "China vowed Wednesday to ignore an international tribunal's sweeping ruling against "
        "its claims in the South China Sea.")
    assert ("rejection", "Greece") in kinds("Greece blocked the recognition of Macedonia.")
    # voting for is no rejection
    assert ("rejection", "Venezuela") not in kinds("Venezuela voted for the resolution.")


def test_it_after_a_speaker_and_an_adverb_is_the_speaker():
    got = kinds("The Organization of American States called on Nicaragua and Costa Rica on "
                "Friday to withdraw security forces, but Nicaragua immediately said it would "
                "reject the resolution.")
    assert ("rejection", "Nicaragua") in got
    assert ("rejection", "Organization of American States") not in got


def test_a_step_against_the_other_side_on_a_condition_is_a_threat():
    for sentence, actor in (
            ("Costa Rican President Laura Chinchilla said Costa Rica would take the case to the "
             "International Court of Justice if Nicaragua did not withdraw its troops.",
             "Laura Chinchilla"),
            ("The council said it would recommend further measures to heads of state if the "
             "government refused, the African Union said.", "African Union"),
            ('ECOWAS Commission President Marcel Alain de Souza said: "If by noon he does not '
             'agree to leave, we will really intervene militarily."', "Marcel Alain de Souza")):
        assert ("threat", actor) in kinds(sentence), sentence
    # no condition, no threat
    assert ("threat", "Laura Chinchilla") not in kinds(
        "Costa Rican President Laura Chinchilla said Costa Rica had taken the case to the "
        "International Court of Justice.")


def test_a_habit_in_the_perfect_is_background_whatever_date_follows():
    got = dated("Israeli Prime Minister Yitzhak Shamir has repeatedly rejected the plan put "
                "forward on Friday.")
    assert ("rejection", "Yitzhak Shamir", None) in got


def test_appeals_for_diplomatic_means_or_to_speak_directly_are_calls_for_talks():
    assert ("call_for_talks", "Dmitry Peskov") in kinds(
        "Kremlin spokesman Dmitry Peskov called for the conflict to be settled as soon as "
        "possible by peaceful, political and diplomatic means.")
    assert ("call_for_talks", "Bill Shorten") in kinds(
        "Opposition Labor leader Bill Shorten urged Abbott to pick up the phone and speak "
        "directly to Yudhoyono.")


def test_a_recommendation_is_a_proposal():
    assert ("proposal", "Kofi Annan") in kinds(
        "U.N. Secretary-General Kofi Annan said he would recommend that the Security Council "
        "authorize a peacekeeping force of up to 15,000 troops.")


def test_calls_and_visits_told_in_other_words():
    got = pairs("President George W. Bush called Russian President Vladimir Putin from Air Force "
                "One on Thursday to discuss the crisis in Georgia.")
    assert ("phone_call", "George W. Bush", "Vladimir Putin") in got
    got = pairs("Calling from his holiday home in Kennebunkport, President George Bush spoke to "
                "President Turgut Ozal of Turkey for twenty minutes on Saturday.")
    assert ("phone_call", "George Bush", "Turgut Ozal") in got
    assert ("phone_call", "Turgut Ozal", "George Bush") in got  # the other side's act too
    assert ("meeting", "Narendra Modi") in kinds(
        "Indian Prime Minister Narendra Modi made an unscheduled stop in Lahore on Friday to "
        "see Prime Minister Nawaz Sharif on his birthday.")
    assert ("meeting", "Vladimir Putin") in kinds(
        "Arriving in Pyongyang for a two-day state visit, Russian President Vladimir Putin "
        "said the talks would be useful.")


def test_a_call_or_meeting_between_two_that_is_only_planned_or_denied_is_none():
    assert not kinds("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi did "
                     "not meet at the summit, and no telephone call between them is planned.")
    assert not kinds("No meeting between Armenian Prime Minister Nikol Pashinyan and "
                     "Azerbaijani President Ilham Aliyev is planned.")


def test_a_deed_right_after_an_attribution_set_inside_is_the_subjects():
    got = pairs("President Vladimir Putin, the Kremlin said, spoke by telephone on Sunday with "
                "French President Emmanuel Macron about Ukraine.")
    assert ("phone_call", "Vladimir Putin", "Emmanuel Macron") in got
    assert not any(actor == "Russia" for _, actor, _ in got)
    # his own state's stance stays the speaker's
    assert ("rejection", "Albin Kurti") in kinds(
        "Kosovo, Prime Minister Albin Kurti said, would never agree to Belgrade's version of "
        "the association.")


def test_his_office_set_inside_leaves_the_deed_his_and_dated_by_its_clause():
    got = dated("Prime Minister Narendra Modi, his office said in New Delhi, spoke by telephone "
                "on Friday with Ukrainian President Volodymyr Zelensky.")
    assert ("phone_call", "Narendra Modi", "2026-01-16") in got


def test_sheltering_attackers_and_staying_away_are_charges_and_refusals():
    assert ("criticism", "India") in kinds(
        'Islamabad is "brazenly" sheltering the men behind the Mumbai attacks, an Indian '
        "External Affairs Ministry spokesman said.")
    assert ("rejection", "United States") in kinds(
        "Washington, a State Department spokesman said on Monday, will not send a delegation "
        "to the U.N. conference on racism.")


def test_talks_for_hours_an_invitation_declined_and_a_boycott_ended():
    got = pairs("President Johnson and Soviet Premier Alexei N. Kosygin talked for more than five "
                "hours on Friday at Glassboro.")
    assert ("meeting", "Johnson", "Alexei N. Kosygin") in got
    assert ("rejection", "Alexei Kosygin") in kinds(
        "Soviet Premier Alexei Kosygin declined an invitation to Washington earlier this week.")
    got = kinds("The United States has ended its 13-year boycott of the Palestine Liberation "
                "Organisation.")
    assert ("intent_to_negotiate", "United States") in got
    assert ("rejection", "United States") not in got


def test_an_appeal_word_before_talks_refused_in_another_clause_is_no_call_for_talks():
    got = kinds("Prime Minister Yitzhak Shamir said Israel regretted the American decision, "
                "calling it a mistake that would encourage the PLO, and said his government "
                "would never negotiate with the organisation.")
    assert ("rejection", "Yitzhak Shamir") in got
    assert ("call_for_talks", "Yitzhak Shamir") not in got


def test_wordings_of_wire_zl_refusals_measures_and_regret():
    assert ("criticism", "Joseph Wu") in kinds(
        '"We deeply regret and strongly condemn this decision," Taiwan\'s Foreign Minister '
        "Joseph Wu said.")
    assert ("rejection", "Hugo Chavez") in kinds(
        "Venezuelan President Hugo Chavez said he would not speak again with President Alvaro "
        "Uribe.")
    assert ("rejection", "European Union") in kinds(
        "EU officials said on Thursday night that the offer would not be renegotiated.")
    assert ("sanction", "Japan") in kinds(
        "Japan froze its funding for the Korean Peninsula Energy Development Organization.")
    assert ("sanction", "Solomon Islands") in kinds(
        "Solomon Islands ended 36 years of diplomatic relations with Taiwan on Monday.")


def test_a_lead_in_the_present_perfect_is_the_days_news():
    got = dated("WASHINGTON (Reuter) - The United States has ended its 13-year boycott of the "
                "Palestine Liberation Organisation.\n\nThe PLO has long demanded talks.")
    assert ("intent_to_negotiate", "United States", "2026-01-20") in got


def test_an_apposition_then_a_relative_clause_before_the_verb_keeps_the_name():
    got = kinds("Kofi Annan, the U.N. secretary-general, who returned from Baghdad on Sunday, "
                "told reporters in New York that the agreement was a good one.")
    assert ("statement", "Kofi Annan") in got or ("support", "Kofi Annan") in got
    assert not any(actor in ("United Nations", "Iraq") for _, actor in got)


def test_an_expulsion_told_with_no_agent_is_the_announcing_states():
    assert ("sanction", "Poland") in kinds(
        "Four Russian diplomats have been ordered to leave the country within 72 hours, the "
        "Polish foreign ministry said.")
    # not people described as expelled
    assert not any(kind == "sanction" for kind, _ in kinds(
        "He insisted that Venezuela allow those who had been expelled to recover their "
        "belongings, Colombian President Juan Manuel Santos said."))


def test_a_documents_name_is_no_actor():
    got = pairs("The two leaders, Ronald Reagan and Mikhail Gorbachev, put their names to the "
                "Intermediate-Range Nuclear Forces Treaty at a table in the East Room.")
    assert ("agreement", "Ronald Reagan", "Mikhail Gorbachev") in got
    assert not any("Forces" in actor or "Forces" in (target or "") for _, actor, target in got)


def test_a_visitor_meeting_both_leaders_is_the_visitors_meeting_only():
    got = kinds("Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed the "
                "deal on Thursday.\n\nU.S. Secretary of State Condoleezza Rice flew to Nairobi "
                "on Feb. 18 and met both leaders.")
    assert ("meeting", "Condoleezza Rice") in got
    assert ("meeting", "Mwai Kibaki") not in got and ("meeting", "Raila Odinga") not in got
