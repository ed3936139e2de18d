"""Who acts (issue 4), continued from test_parser_actors.py: posts named together with their
holders, bodies named with their members, pronouns and later references, spokesmen and
offices, deals signed in a relative clause or by a minister and his counterpart.

The sentences are written for the test or adapted from the development sets and the
phrasebook; none comes from the held-out sets.
"""
from __future__ import annotations

from tests.parsing import kinds, pairs, parse


def test_a_president_named_last_is_not_the_spokesman_of_the_next_sentence():
    body = ("South Korean President Roh Tae-woo hailed the agreement. The spokesman said that "
            "China's position on Taiwan would not change.")
    assert ("statement", "Roh Tae-woo") not in kinds(body)


def test_a_body_named_with_its_members_acts_not_its_members():
    got = kinds("The Contadora Group of Mexico, Colombia, Venezuela and Panama issued a "
                "statement praising the five presidents.")
    assert got == {("support", "Contadora Group")}
    # "Presidents Kuchma of Ukraine and Yeltsin of Russia" are not a body's members
    got = kinds("Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an "
                "economic cooperation plan.")
    assert {("agreement", "Leonid Kuchma"), ("agreement", "Boris Yeltsin")} <= got


def test_two_posts_of_two_states_named_together_are_the_two_people_just_named():
    body = ("Angela Merkel has spoken to Alexander Lukashenko for the second time this week. "
            "The German chancellor and the Belarusian leader spoke by phone on Wednesday for "
            "about an hour, Merkel's spokesperson, Steffen Seibert, said.")
    got = pairs(body)
    assert ("phone_call", "Angela Merkel", "Alexander Lukashenko") in got
    assert ("phone_call", "Alexander Lukashenko", "Angela Merkel") in got
    # the spokesperson after the act only relays it
    assert not any(who == "Steffen Seibert" for _, who, _t in got)


def test_wordings_from_wire_n():
    assert {("agreement", "Israel"), ("agreement", "Lebanon")} <= kinds(
        "Israel and Lebanon on Thursday finalized a U.S.-brokered agreement setting their "
        "disputed maritime border.")
    assert ("call_for_talks", "Lebanon", "United States") in pairs(
        "The negotiations had been frozen for months before Lebanon asked Washington to "
        "revive the mediation in June.")
    assert ("sanction", "Mali") in kinds(
        "Mali responded hours later by closing its own airspace to Algerian aircraft.")
    assert ("rejection", "Mali") in kinds(
        "Mali's junta in January last year tore up a 2015 peace agreement with separatist "
        "groups.")
    assert ("meeting", "Yang Jiechi", "Ajit Doval") in pairs(
        "National Security Adviser Ajit Doval held talks with State Councillor Yang Jiechi in "
        "Beijing.")


def test_a_deal_signed_in_a_reduced_relative_was_signed_by_each_agent():
    got = pairs("The treaty, signed in Manila on Aug. 27 by Mr. Manglapus and the chief "
                "American negotiator, Richard Armitage, would have extended the lease.")
    assert {("agreement", "Manglapus", "Richard Armitage"),
            ("agreement", "Richard Armitage", "Manglapus")} <= got


def test_wordings_of_an_arbitration_and_a_recognition_switch():
    assert ("agreement", "David Lange") in kinds(
        "New Zealand Prime Minister David Lange said on Tuesday his government would accept a "
        "ruling by the U.N. Secretary-General.")
    assert ("rejection", "China") in kinds(
        "China neither accepts nor recognises the ruling of the arbitration tribunal, the "
        "Chinese foreign ministry said.")
    assert ("sanction", "France", "New Zealand") in pairs(
        "France had restricted imports of New Zealand lamb.")
    assert ("criticism", "Jim Bolger") in kinds(
        'Opposition National Party leader Jim Bolger said the government had "sold out" for '
        'the sake of trade.')
    assert ("sanction", "Taiwan", "Honduras") in pairs(
        'The Taiwan authorities on Sunday announced that they were ending their so-called '
        '"diplomatic ties" with Honduras.')
    assert ("support", "Jose Manuel Barroso") in kinds(
        'European Commission President Jose Manuel Barroso offered Estonia the bloc\'s "full '
        'solidarity."')


def test_two_people_each_with_a_post_apposed_signed_together():
    got = pairs("Leonid Brezhnev, General Secretary of the CPSU Central Committee, and Nur "
                "Mohammad Taraki, President of the Revolutionary Council of Afghanistan, today "
                "signed a Treaty of Friendship.")
    assert {("agreement", "Leonid Brezhnev", "Nur Mohammad Taraki"),
            ("agreement", "Nur Mohammad Taraki", "Leonid Brezhnev")} <= got
    assert not any("Council" in who or "Committee" in who for _, who, _t in got)


def test_a_deal_inside_a_relative_clause_does_not_make_the_next_verb_a_passive():
    got = kinds("Senator Leticia Ramos-Shahani, who voted for the pact, warned that the country "
                "could not afford to lose the jobs.")
    assert ("threat", "Leticia Ramos-Shahani") in got


def test_wordings_from_wire_p():
    assert ("sanction", "Indonesia", "Australia") in pairs(
        "Indonesia halted military and intelligence cooperation with Australia on Wednesday.")
    assert ("proposal", "Bill Clinton") in kinds(
        "President Bill Clinton said the United States stood ready to help finance a "
        "development plan for the border region.")
    assert ("call_for_talks", "George Papandreou", "Ismail Cem") in pairs(
        "Greek Foreign Minister George Papandreou invited Ismail Cem to pay a return visit to "
        "Athens.")
    assert ("criticism", "Marty Natalegawa") in kinds(
        'Foreign Minister Marty Natalegawa said the surveillance was "an unfriendly act".')


def test_the_posts_of_two_states_named_together_are_the_people_named_later_with_them():
    body = ("The foreign ministers of Chile and Peru on Monday announced an agreement on their "
            "sea border. Chilean Foreign Minister Rosa Vidal told a joint news conference with "
            "her Peruvian counterpart, Luis Ortega, that the dispute was settled.")
    got = pairs(body)
    assert ("agreement", "Rosa Vidal", "Luis Ortega") in got
    assert ("agreement", "Luis Ortega", "Rosa Vidal") in got
    assert not any(who in ("Chile", "Peru") for t, who, _ in got if t == "agreement")
    # with no holder named, the states act
    got = pairs("The leaders of Kenya and Uganda signed a border treaty on Monday.")
    assert ("agreement", "Kenya", "Uganda") in got and ("agreement", "Uganda", "Kenya") in got


def test_a_plural_post_before_two_names_makes_them_the_signatories_of_the_states_deal():
    body = ("Estonia and Latvia signed a border treaty on Sunday. Foreign ministers Mart Kask "
            "and Janis Ozols put their signatures to the document in Valga.")
    got = pairs(body)
    assert ("agreement", "Mart Kask", "Janis Ozols") in got
    assert ("agreement", "Janis Ozols", "Mart Kask") in got
    # the states' signing is the same act, told first: one event per signatory, not per state
    assert not any(who in ("Estonia", "Latvia") for t, who, _ in got if t == "agreement")
    dates = {e.actor.name: e.date.source for e in parse(body) if e.type == "agreement"}
    assert dates == {"Mart Kask": "text", "Janis Ozols": "text"}


def test_a_deal_signed_by_a_minister_and_his_counterpart_is_theirs_not_the_states():
    body = ("Norway and Iceland signed four agreements on Thursday. The documents were signed "
            "by Foreign Minister Arne Lund and his Icelandic counterpart Gudrun Helgadottir at "
            "the Foreign Ministry.")
    got = pairs(body)
    assert ("agreement", "Arne Lund", "Gudrun Helgadottir") in got
    assert ("agreement", "Gudrun Helgadottir", "Arne Lund") in got
    assert not any(who in ("Norway", "Iceland") for t, who, _ in got if t == "agreement")


def test_two_names_apposed_to_the_posts_of_two_states_hold_them_in_order():
    body = ("The foreign ministers of Chile and Bolivia, Rosa Vidal and Juan Mamani, agreed on "
            "Monday to reopen their embassies. \"We turn the page,\" the Bolivian minister said.")
    got = pairs(body)
    assert ("agreement", "Rosa Vidal", "Juan Mamani") in got
    assert ("agreement", "Juan Mamani", "Rosa Vidal") in got
    assert not any(who in ("Chile", "Bolivia") for _, who, _ in got)
    assert ("statement", "Juan Mamani", None) in got  # "the Bolivian minister" is Mamani


def test_a_counterpart_holds_the_post_a_later_reference_names_and_a_diplomat_is_an_envoy():
    body = ("Prime Minister Kemal Aydin received Foreign Minister Orhan Demir and his Greek "
            "counterpart Nikos Petrou on Wednesday. The Greek minister said Athens wanted the "
            "dispute referred to the court.")
    assert ("statement", "Nikos Petrou") in kinds(body)
    assert not any(who in ("Kemal Aydin", "Orhan Demir")
                   for t, who in kinds(body) if t == "statement")
    body = ("U.S. envoy Richard Holbrooke met Serbian President Slobodan Milosevic in Belgrade "
            "on Monday. \"We made no progress,\" the American diplomat said.")
    assert ("statement", "Richard Holbrooke") in kinds(body)


def test_an_archive_story_names_the_states_of_its_own_day():
    from datetime import date

    def who(body, day):
        return {(e.type, e.actor.name) for e in parse(body, published=day)}

    assert ("rejection", "Soviet Union") in who("The Kremlin rejected the proposal on Monday.",
                                               date(1988, 12, 14))
    assert ("rejection", "Russia") in who("The Kremlin rejected the proposal on Monday.",
                                          date(2024, 1, 10))
    assert ("agreement", "West Germany") in who("Bonn and Warsaw signed a treaty on Monday.",
                                                date(1970, 12, 8))
    # a speaker of the state the capital stood for speaks for it
    got = who("Soviet Deputy Foreign Minister Anatoly Adamishin said Moscow supported the "
              "agreement.", date(1988, 12, 14))
    assert ("support", "Anatoly Adamishin") in got


def test_it_in_a_sentence_about_a_deal_is_the_deal_not_the_last_state():
    body = ("Iran rejected the plan on Monday. The plan collapsed because it demanded too much "
            "of Tehran.")
    assert ("demand", "Iran") not in kinds(body)
    body = "Iran rejected the plan on Monday. It demanded that the sanctions be lifted first."
    assert ("demand", "Iran") in kinds(body)


def test_sources_that_open_a_sentence_speak_for_no_one_in_its_second_verb_either():
    assert not kinds("Diplomats in Nairobi said they did not expect Kenya to pull its soldiers "
                     "out, but warned that cooperation on border security could suffer.")
    assert ("threat", "Sergei Lavrov") in kinds(
        "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva, but warned that "
        "Moscow would respond.")


def test_the_bloc_with_a_modifier_is_the_body_named_and_closing_its_borders_a_sanction():
    body = ("Heads of state of the Economic Community of West African States (ECOWAS) met in "
            "Abuja. After the meeting, the 15-nation bloc demanded the release of Bazoum. The "
            "bloc also closed land and air borders between its member states and Niger.")
    got = pairs(body)
    assert ("demand", "ECOWAS", None) in got
    assert ("sanction", "ECOWAS", "Niger") in got


def test_a_regional_bodys_adjective_is_its_demonym_and_the_au_council_is_not_the_uns():
    got = kinds("West African leaders on Sunday imposed sweeping sanctions on Mali.")
    assert ("sanction", "ECOWAS") in got
    assert ("demand", "ASEAN") in kinds(
        "Southeast Asian foreign ministers called on Myanmar to free Aung San Suu Kyi.")
    got = kinds("The African Union's Peace and Security Council suspended Niger from all its "
                "activities on Tuesday.")
    assert ("sanction", "African Union Peace and Security Council") in got
    assert not any(who == "UN Security Council" for _, who in got)


def test_demonyms_iso_derives_wrongly_or_not_at_all_and_restated_is_speech():
    got = pairs("The leaders of Venezuela and Guyana pledged on Thursday that neither country "
                "would threaten or use force against the other. Venezuelan President Nicolas "
                "Maduro and Guyanese President Irfaan Ali held talks at the airport.")
    assert ("agreement", "Nicolas Maduro", "Irfaan Ali") in got
    assert ("agreement", "Irfaan Ali", "Nicolas Maduro") in got
    assert ("criticism", "Dominican Republic") in kinds(
        "Dominican officials condemned the attack on Monday.")
    got = kinds("Guyana reaffirmed its commitment to the case, while Venezuela restated that it "
                "does not recognise the court's jurisdiction.")
    assert ("rejection", "Venezuela") in got and ("rejection", "Guyana") not in got


def test_him_is_the_object_named_since_the_subject_not_the_subject_of_the_clause():
    got = pairs("A U.S. envoy, Thomas Weston, met with Papadopoulos in Nicosia on Tuesday and "
                "urged him to endorse the plan.")
    assert ("demand", "Thomas Weston", "Papadopoulos") in got
    # a subject named since is no object: him is still the speaker
    got = pairs("US President Joe Biden said Chinese President Xi Jinping had assured him that "
                "China would not invade Taiwan.")
    assert ("statement", "Xi Jinping", "Joe Biden") in got


def test_a_second_apposition_and_a_post_for_a_region_leave_the_name_the_subject():
    got = pairs("Zed Seselja, minister for the Pacific in Australia, the islands' main security "
                "partner, flew to Honiara last week, met Sogavare and asked him not to sign the "
                "deal.")
    assert ("meeting", "Zed Seselja", "Sogavare") in got
    assert not any(who == "Australia" for _, who, _ in got)


def test_a_first_name_that_is_a_states_is_part_of_the_name_a_title_introduces():
    got = kinds("Foreign Minister Israel Katz wrote on X that the deal was a disgrace. \"It won't "
                "happen,\" Katz added.")
    assert any(who == "Israel Katz" for _, who in got)
    assert not any(who == "Israel" for _, who in got)


def test_whom_something_was_told_is_no_speaker_and_a_new_subject_is_no_ones_act():
    assert not kinds("Both Belgrade and Pristina have been told that their progress toward EU "
                     "membership depends on normalizing relations, and Western officials have "
                     "pressed for a deal before the end of the year.")
    assert ("statement", "Albin Kurti") in kinds(
        "Kosovo Prime Minister Albin Kurti told reporters that the deal was historic.")


def test_an_expletive_it_stands_for_no_one():
    body = ("Serbia refused to sign the plan on Saturday. Kosovo Prime Minister Albin Kurti said "
            "it was now up to the EU to make the agreement binding, and accused Belgrade of "
            "dodging its signature.")
    got = pairs(body)
    assert ("criticism", "Albin Kurti", "Serbia") in got
    assert not any(t == "criticism" and who == "Serbia" for t, who, _ in got)


def test_a_states_unnamed_military_chief_speaks_for_it_in_what_another_said():
    got = pairs("Foreign Secretary Vikram Misri said Pakistan's Director General of Military "
                "Operations telephoned his Indian counterpart on Saturday afternoon.")
    assert ("phone_call", "Pakistan", "India") in got
    # (the call told from the caller's side is the caller's alone: session 27)
    assert ("phone_call", "India", "Pakistan") not in got


def test_the_other_side_is_the_person_apposed_to_a_states_post():
    got = pairs("Secretary of State Marco Rubio spoke by phone with Pakistan's army chief, "
                "General Asim Munir, on Saturday.")
    assert ("phone_call", "Marco Rubio", "Asim Munir") in got
    assert not any(who == "Pakistan" or tgt == "Pakistan" for _, who, tgt in got)


def test_telling_someone_that_is_the_main_subjects_speech_and_a_body_before_a_post_is_whose():
    got = pairs("China's Foreign Minister Wang Yi spoke by phone with Indian National Security "
                "Adviser Ajit Doval on Saturday, telling him that Beijing supported a lasting "
                "ceasefire.")
    assert ("support", "Wang Yi", None) in got
    assert not any(who == "China" for _, who, _ in got)
    got = kinds("EU foreign policy chief Federica Mogherini rejected Washington's call to "
                "reimpose sanctions on Iran, saying that the nuclear deal was working.")
    assert got == {("rejection", "Federica Mogherini")}


def test_they_after_the_two_leaders_in_the_sentence_are_the_two():
    got = pairs("Reagan and Gorbachev met in Reykjavik on Saturday. U.S. officials said the "
                "talks were useful. The two leaders first met in Geneva in November 1985, when "
                "they agreed to visit each other's countries.")
    assert ("agreement", "Reagan", "Gorbachev") in got
    assert ("agreement", "Gorbachev", "Reagan") in got


def test_a_leaders_office_speaks_for_the_state_and_announcing_a_meeting_is_intent():
    got = kinds("Danish Prime Minister Mette Frederiksen spoke to Trump. Frederiksen's office "
                "described the conversation as good and constructive.")
    assert ("statement", "Denmark") in got
    got = kinds("Taiwanese President Ma Ying-jeou will meet Xi. The meeting was announced late "
                "on Tuesday by Ma's office.")
    assert ("intent_to_negotiate", "Taiwan") in got
    assert ("intent_to_negotiate", "Taiwan") in kinds("Taiwan announced the meeting on Tuesday.")


def test_a_new_name_joined_to_a_known_person_and_a_particle_surname_are_people():
    got = pairs("Sadyr Japarov and Emomali Rahmon met on Friday on the sidelines of a summit.")
    assert ("meeting", "Sadyr Japarov", "Emomali Rahmon") in got
    got = pairs("Saudi Foreign Minister Adel al-Jubeir expelled the envoy. Canadian Foreign "
                "Minister Chrystia Freeland, who spoke by telephone with al-Jubeir on Tuesday, "
                "said Canada would not back down.")
    assert ("phone_call", "Chrystia Freeland", "Adel al-Jubeir") in got
    # a title joined to a name is no person of its own
    got = kinds("His Highness the Crown Prince and Prime Minister Sheikh Saad Al-Abdullah "
                "received the envoy on Monday.")
    assert not any(who == "Crown Prince" for _, who in got)


def test_according_to_a_source_first_tells_what_comes_after_it():
    got = kinds("According to the State Department, Secretary of State Mike Pompeo expressed "
                "appreciation for Denmark's role as a close ally.")
    assert got == {("support", "Mike Pompeo")}
    got = kinds("According to Kenya's Foreign Secretary Amina Mohamed, Nairobi intends to open "
                "formal talks with Mogadishu.")
    assert ("intent_to_negotiate", "Amina Mohamed") in got


def test_the_pope_is_the_pope_named_and_a_source_aside_gives_no_post():
    got = kinds("Pope John Paul II met Iranian President Mohammad Khatami on Thursday. The Pope, "
                "according to the Vatican spokesman Joaquin Navarro-Valls, praised the Iranian "
                "president's initiative.")
    assert ("support", "John Paul II") in got
    assert not any(who == "Pope" for _, who in got)


def test_any_ministry_of_a_state_named_by_its_demonym_speaks_for_it():
    assert ("statement", "Kyrgyzstan") in kinds(
        "The Kyrgyz health ministry said 24 people had been killed.")
    assert ("statement", "India") in kinds(
        "The Indian interior ministry said the border crossing would stay open.")


def test_a_verb_after_a_names_apposition_is_that_names_not_the_speakers():
    got = pairs("A senior American official said Washington's special envoy for Cyprus, Alfred "
                "Moses, had spoken with Glafcos Clerides this week.")
    assert ("meeting", "Alfred Moses", "Glafcos Clerides") in got
    assert not any(who == "United States" and t == "meeting" for t, who, _ in got)


def test_a_name_apposed_inside_a_where_clause_is_not_the_subject_after_it():
    got = kinds("Danish Prime Minister Mette Frederiksen, on a visit to Nuuk on Sunday, where she "
                "met Greenland's premier, Kim Kielsen, had called the idea absurd.")
    assert ("criticism", "Mette Frederiksen") in got
    assert ("criticism", "Kim Kielsen") not in got


def test_an_unnamed_spokesman_is_the_one_spokesman_the_article_names():
    got = kinds("A Pentagon spokesman said Thursday that the U.S. troops in the Gulf will remain "
                "until Iraq complies. \"We are going to maintain our forces in the region,\" said "
                "spokesman Kenneth Bacon.")
    assert ("threat", "Kenneth Bacon") in got
    assert ("threat", "United States") not in got
    # with no spokesman named, the state speaks
    assert ("threat", "United States") in kinds(
        "A Pentagon spokesman said Thursday that the troops will remain until Iraq complies.")
