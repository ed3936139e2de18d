"""Several actors in one sentence (issue 4, sixth round): coordinated speakers, plural subjects
that name their states ("the foreign ministers of A and B"), and a joint act told first by the
states and then by the people who held it. Also worded acts found on real copy: "issued a
warning", "slapped an embargo", plural present reporting ("officials claim").

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs, parse


def test_it_gives_each_coordinated_speaker_the_statement():
    got = kinds("Britain and France said they would study the report.")
    assert {("statement", "United Kingdom"), ("statement", "France")} <= got
    # saying they will attend talks is intent to meet (ANNOTATING.md), each speaker's
    got = kinds("Britain and France said they would attend the conference.")
    assert {("intent_to_negotiate", "United Kingdom"), ("intent_to_negotiate", "France")} <= got


def test_it_gives_each_coordinated_speaker_the_evaluation_in_their_words():
    got = kinds("Britain and France said the resolution must be enforced.")
    assert {("demand", "United Kingdom"), ("demand", "France")} <= got


def test_a_quote_before_coordinated_speakers_is_theirs_and_only_its_kind():
    got = kinds('"We will never accept this plan," Russia and China said.')
    assert {("rejection", "Russia"), ("rejection", "China")} <= got
    # the quote says what kind of act it was: no bare statement beside it
    assert ("statement", "Russia") not in got and ("statement", "China") not in got


def test_it_reads_the_states_a_plural_subject_names():
    got = pairs("The foreign ministers of Peru and Ecuador met in Brasilia on Monday.")
    assert {("meeting", "Peru", "Ecuador"), ("meeting", "Ecuador", "Peru")} <= got
    # a preposition before a name still keeps it out of the subject
    assert not kinds("Posing with Clinton, Blair pledged to press on with the plan.") & {
        ("support", "Bill Clinton"), ("support", "Clinton")}


def test_a_meeting_of_states_then_of_their_ministers_is_the_ministers_meeting():
    body = ("The foreign ministers of Peru and Ecuador held talks in Brasilia on Monday. "
            "Peruvian Foreign Minister Eduardo Ferrero and his Ecuadorean counterpart Jose "
            "Ayala met for three hours.")
    events = [e for e in parse(body) if e.type == "meeting"]
    actors = {e.actor.name for e in events}
    assert actors == {"Eduardo Ferrero", "Jose Ayala"}
    ferrero = next(e for e in events if e.actor.name == "Eduardo Ferrero")
    assert len(ferrero.evidence) == 2  # the states' sentence is evidence of the same meeting
    assert ferrero.date.value == "2026-01-19"  # and dates it


def test_it_reads_worded_warnings_and_embargoes():
    assert pairs("The United States issued a stern warning to North Korea.") >= {
        ("threat", "United States", "North Korea")}
    assert pairs("The European Union slapped an arms embargo on Sudan.") >= {
        ("sanction", "European Union", "Sudan")}
    assert not parse("The ministers placed the issue on the agenda.")


def test_plural_officials_reporting_in_the_present_speak_for_their_state():
    got = kinds("U.S. officials claim they already see signs that the regime is nervous.")
    assert ("statement", "United States") in got
    assert not parse("The claim the officials made was dismissed.")


def test_a_visiting_guest_is_still_whom_the_host_met():
    got = pairs("Chinese Premier Li Peng met visiting Japanese Prime Minister Ryutaro Hashimoto "
                "in Beijing on Monday.")
    assert ("meeting", "Li Peng", "Ryutaro Hashimoto") in got
    assert ("meeting", "Ryutaro Hashimoto", "Li Peng") in got


def test_a_states_parliament_or_army_acts_for_the_state():
    assert ("agreement", "Turkey") in kinds("Turkey's parliament ratified the agreement on "
                                            "Thursday.")
    assert ("threat", "Egypt") in kinds("Egypt's army threatened to intervene.")


def test_a_bare_surname_after_a_meeting_or_call_verb_is_the_other_side():
    assert ("meeting", "Mubarak", "Arafat") in pairs("Mubarak received Arafat in Cairo on "
                                                      "Tuesday.")
    assert ("phone_call", "Clinton", "Yeltsin") in pairs(
        "Clinton phoned Yeltsin on Saturday to discuss the crisis.")
    # but not a place one visited, nor a day after "met"
    got = pairs("Clinton visited Cairo on Saturday.")
    assert all(t != "Cairo" and a != "Cairo" for _, a, t in got)
    assert not parse("The minister met Tuesday with reporters.")


def test_an_opening_meeting_phrase_is_the_subjects_meeting_and_what_follows_its_statement():
    body = ("After a three-hour meeting with Jordan's King Hussein, President Clinton told "
            "reporters the peace process was back on track.")
    got = pairs(body)
    assert ("meeting", "Clinton", "Hussein") in got or ("meeting", "Bill Clinton", "Hussein") \
        in got
    assert any(t == "statement" for t, _, _ in got)  # the words after the comma are said


def test_a_surname_one_is_ready_to_meet_is_the_target():
    got = pairs("Pakistani Prime Minister Nawaz Sharif said he was ready to meet Vajpayee "
                "anywhere, anytime.")
    assert ("intent_to_negotiate", "Nawaz Sharif", "Vajpayee") in got


def test_a_person_an_agency_quotes_as_saying_is_the_speaker():
    body = ("The official Iraqi News Agency quoted Deputy Prime Minister Tariq Aziz as saying "
            "the sanctions must be lifted.")
    got = kinds(body)
    assert ("demand", "Tariq Aziz") in got
    assert not any(a == "Iraq" for _, a in got)  # the agency only relays his words


def test_a_spokesman_or_officials_for_a_state_speak_for_it():
    assert ("threat", "China") in kinds("Officials in Beijing said China would respond firmly.")
    got = kinds("A spokesman for the Israeli prime minister said Israel would never accept it.")
    assert any(a == "Israel" for _, a in got)
    # diplomats in a capital are not its government (ANNOTATING.md)
    assert not parse("Western diplomats in Beijing said the talks were stalled.")


def test_capitals_from_geonames_stand_for_their_states():
    assert pairs("Kinshasa accused Kigali of backing the rebels.") >= {
        ("criticism", "Democratic Republic of the Congo", "Rwanda")}
    assert ("threat", "Turkey", "Greece") in pairs("Ankara warned Athens not to extend its "
                                                   "territorial waters.")
    # a capital that is also a first name is no state
    assert all(e.actor.name != "Seychelles" for e in parse("Victoria said the talks had failed."))


def test_a_place_after_in_is_where_not_whom():
    assert ("rejection", "Iran", None) in pairs("Iran rejected the proposal in Vienna on "
                                                "Monday.")
    # but the place one arrives in is the host of the visit
    assert ("meeting", "Hussein", "United States") in pairs(
        "King Hussein of Jordan arrived in Washington seeking to mediate.")


def test_a_comma_before_the_speaker_is_no_list_of_speakers():
    got = kinds("The envoy is also expected to visit Baghdad, Gremitskikh said at a briefing.")
    assert ("statement", "Iraq") not in got


def test_a_spokesman_reporting_anothers_assurance_makes_a_statement_too():
    body = ("Ukrainian President Leonid Kuchma assured Yeltsin that Ukraine would not join "
            "NATO, Yeltsin's spokesman Sergei Yastrzhembsky said.")
    got = kinds(body)
    assert ("statement", "Sergei Yastrzhembsky") in got


def test_a_long_named_plan_accepted_is_an_agreement():
    got = kinds("Ethiopia and Eritrea accepted an Organization of African Unity peace plan.")
    assert {("agreement", "Ethiopia"), ("agreement", "Eritrea")} <= got


def test_a_surname_before_a_relative_clause_is_the_subject_and_its_visit_the_meeting():
    got = pairs("Albright, who arrived in Jerusalem on Monday, met Netanyahu for three hours.")
    assert ("meeting", "Albright", "Netanyahu") in got
    assert ("meeting", "Albright", "Israel") not in got  # the visit is that meeting


def test_two_surnames_joined_by_and_both_act():
    got = pairs("Clinton and Yeltsin held a summit in Helsinki in March.")
    assert {("meeting", "Clinton", "Yeltsin"), ("meeting", "Yeltsin", "Clinton")} <= got


def test_who_issued_a_statement_saying_says_it():
    got = kinds("The Russian Foreign Ministry issued a strongly worded statement saying the "
                "bombing was unacceptable.")
    assert ("criticism", "Russia") in got
    got = kinds("Prime Minister Benjamin Netanyahu's office issued a statement saying Israel "
                "would not withdraw from more land.")
    # (what Israel will not do is a refusal since session 10)
    assert ("rejection", "Benjamin Netanyahu") in got


def test_calling_a_decision_a_declaration_of_war_is_criticism():
    got = kinds('The Palestinian leader, Yasser Arafat, called the Israeli decision "a '
                'declaration of war."')
    assert ("criticism", "Yasser Arafat") in got


def test_a_bare_surname_in_the_perfect_is_a_subject_and_undated():
    # (after the story's lead: a lead in the present perfect is the day's news, session 13)
    got = dated("The Pope arrived in Havana on Wednesday.\n\nCastro has said officially that "
                "it is fine to be enthusiastic.")
    assert ("statement", "Castro", None) in got


def test_a_reply_with_a_colon_is_speech():
    assert ("statement", "Bush") in kinds('Bush replied: "We are not glad of anything."')


def test_sending_an_envoy_is_a_move_to_negotiate():
    got = kinds("The Soviet Union said today it had sent an envoy to the Middle East.")
    assert ("intent_to_negotiate", "Soviet Union") in got
    assert not parse("The company sent a letter to shareholders.")


def test_force_promised_on_a_condition_is_a_threat():
    got = pairs("The United States said it would strike Iraq unless it complied.")
    assert ("threat", "United States", "Iraq") in got


def test_a_verb_joined_to_a_perfect_is_background_too():
    body = ("The United States had moved additional troops into the Gulf and said it would "
            "strike Iraq unless it complied.")
    assert ("threat", "United States", None) in dated(body)
    assert ("support", "Castro", None) in dated("Castro has invited everyone to welcome the "
                                                "Pope.")
    # a simple past after a perfect elsewhere keeps the publication date
    assert ("statement", "Iraq", "2026-01-20") in dated(
        "Iraq has long opposed the plan. Iraq said on Tuesday the talks were useful.")


def test_a_deed_a_spokesman_reports_is_his_states_a_stance_is_his_own():
    got = kinds('Chinese foreign ministry spokesman Lin Jian said China had lodged "stern '
                'representations" with the Philippine side.')
    assert ("criticism", "China") in got and ("criticism", "Lin Jian") not in got
    got = kinds("Turkish Prime Minister Bulent Ecevit said Turkey fully supported the plan.")
    assert ("support", "Bulent Ecevit") in got
    assert ("intent_to_negotiate", "Sergey Lavrov") in kinds(
        "Russia remains open to dialogue, Russian Foreign Minister Sergey Lavrov said.")


def test_british_titles_before_one_name():
    body = ("EU Trade Commissioner Leon Brittan criticised the move. Sir Leon warned that the "
            "EU would seek compensation.")
    assert ("threat", "Leon Brittan") in kinds(body)
    assert ("meeting", "Owen", "Milosevic") in pairs("Lord Owen met Milosevic on Friday.")


def test_the_palestinian_authority_is_the_palestinian_side():
    assert ("rejection", "Palestine") in kinds("The Palestinian Authority rejected the plan.")


def test_both_sides_of_the_last_joint_act_speak_together():
    body = ("Chinese Foreign Minister Wang Yi met Philippine Foreign Secretary Enrique Manalo "
            "on Monday. Both sides said the talks were useful.")
    got = kinds(body)
    assert {("statement", "Wang Yi"), ("statement", "Enrique Manalo")} <= got


def test_a_states_army_speaks_for_it_and_places_and_data_are_no_speakers():
    body = ("Two Israeli soldiers were wounded in a Hezbollah attack in the south Lebanon "
            "security zone on Tuesday, the Israeli army said.")
    got = kinds(body)
    assert ("statement", "Israel") in got and not any(a == "Lebanon" for _, a in got)
    assert not parse("Philippine navy boats detained four fishing vessels near Half Moon Shoal, "
                     "and military officials said they had stepped up flights.")
    assert not parse("Their remittances equal a fifth of Georgia's output, according to World "
                     "Bank figures.")


def test_an_unnamed_source_relaying_an_act_makes_no_statement_of_its_own():
    body = ("Before leaving Islamabad on Monday, Prime Minister Nawaz Sharif spoke by telephone "
            "with U.S. Deputy Secretary of State Strobe Talbott, a Pakistani official said.")
    got = kinds(body)
    assert ("phone_call", "Nawaz Sharif") in got and ("statement", "Pakistan") not in got
    # a source with no act to relay still makes a statement
    assert ("statement", "Pakistan") in kinds("The border is calm, a Pakistani official said.")


def test_the_two_envoys_before_any_joint_act_are_the_last_two_people_who_acted():
    body = ("U.S. envoy Christopher Hill said on Monday he was hopeful. North Korean Vice "
            "Foreign Minister Kim Kye Gwan said Pyongyang wanted a deal. The two envoys met "
            "for two hours on Tuesday.")
    got = pairs(body)
    assert {("meeting", "Christopher Hill", "Kim Kye Gwan"),
            ("meeting", "Kim Kye Gwan", "Christopher Hill")} <= got


def test_both_countries_before_any_joint_act_are_the_last_two_states_that_acted():
    got = pairs("Ethiopia rejected the ruling. Eritrea welcomed it. Both countries signed the "
                "Algiers accord in 2000.")
    assert {("agreement", "Ethiopia", "Eritrea"), ("agreement", "Eritrea", "Ethiopia")} <= got
    # the city in the accord's name is neither actor nor target
    assert not any("Algeria" in (actor, target) for _, actor, target in got)


def test_a_meeting_told_as_after_meeting_x_was_held_and_a_future_one_was_not():
    got = dated("Russian Foreign Minister Sergei Lavrov spoke to reporters after meeting German "
                "Chancellor Olaf Scholz on Monday.")
    assert {("meeting", "Sergei Lavrov", "2026-01-19"),
            ("meeting", "Olaf Scholz", "2026-01-19")} <= got
    assert not kinds("Lavrov will travel to Berlin after meeting Scholz.")


def test_an_unnamed_counterpart_is_the_state_of_its_demonym():
    got = pairs("Chinese Foreign Minister Wang Yi held talks with his Russian counterpart on "
                "Monday.")
    assert {("meeting", "Wang Yi", "Russia"), ("meeting", "Russia", "Wang Yi")} <= got
    # a named counterpart stays the person
    got = pairs("Wang Yi met his Russian counterpart Sergei Lavrov on Monday.")
    assert ("meeting", "Wang Yi", "Sergei Lavrov") in got


def test_a_date_after_an_apposition_dates_the_verb_before_it():
    for body in ("Wang Yi met his Russian counterpart, Sergei Lavrov, on Monday.",
                 "Wang Yi met Sergei Lavrov, the Russian foreign minister, on Monday."):
        assert ("meeting", "Wang Yi", "2026-01-19") in dated(body)
    # a relative clause in between is a verb of its own: the date may be its
    assert ("meeting", "Wang Yi", "2026-01-20") in dated(
        "Wang Yi met Lavrov, who arrived from Moscow, on Monday.")


def test_a_state_s_unnamed_minister_is_the_state_or_the_minister_named_later():
    assert ("statement", "Chile") in kinds(
        "Chile's foreign minister said on Monday that the ruling was final.")
    # never the object's state: "summoned China's ambassador to protest" is the Philippines'
    assert ("criticism", "China") not in kinds(
        "The Philippines summoned China's ambassador on Thursday to protest the move.")
    got = kinds("The two sides held talks on Tuesday, but Azerbaijan's foreign minister said a "
                "dispute remained. Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani "
                "counterpart Jeyhun Bayramov met for four hours.")
    assert ("statement", "Jeyhun Bayramov") in got and ("statement", "Azerbaijan") not in got


def test_a_middle_name_the_press_uses_alone_is_the_person():
    got = pairs("Brazilian President Luiz Inacio Lula da Silva arrived in Bogota. Colombian "
                "President Gustavo Petro, who spoke with Lula by phone on Monday, said the region "
                "needed calm.")
    assert ("phone_call", "Gustavo Petro", "Luiz Inacio Lula da Silva") in got


def test_whose_country_acted_is_the_state_and_the_person_goes_on_speaking():
    got = pairs("Egyptian President Hosni Mubarak, whose country signed a peace treaty with "
                "Israel in 1979, urged Syria to keep the process alive.")
    assert ("agreement", "Egypt", "Israel") in got
    assert ("agreement", "Hosni Mubarak", "Israel") not in got
    assert any(actor == "Hosni Mubarak" and target == "Syria" for _, actor, target in got)


def test_names_in_a_relative_clause_before_said_in_a_statement_do_not_speak():
    got = kinds("The African Union, which helped broker the accord together with the United "
                "States and the European Union, said in a statement on Monday that it was deeply "
                "concerned by the dispute.")
    assert ("statement", "African Union") in got
    assert ("statement", "European Union") not in got


def test_a_participle_going_on_with_the_act_dates_it():
    got = dated("Vajpayee and Musharraf held five hours of talks in Agra, ending with a session "
                "on Monday night.")
    assert ("meeting", "Vajpayee", "2026-01-19") in got
    # not what a speaker goes on to say is to come
    got = dated("Vajpayee and Musharraf held talks in Agra, saying they would meet on Friday.")
    assert ("meeting", "Vajpayee", "2026-01-23") not in got


def test_the_two_just_named_in_the_sentence_act_together_on_the_day_already_told():
    # session 6: the pair of "and the two leaders signed" is the pair the sentence has just
    # named, and their deal is of the meeting dated before it in the same sentence
    events = parse("Peruvian President Ollanta Humala met Bolivian President Evo Morales in "
                   "Lima on Monday, and the two leaders signed a border accord.")
    deals = {(e.actor.name, e.target.name if e.target else None, e.date.value)
             for e in events if e.type == "agreement"}
    assert deals == {("Ollanta Humala", "Evo Morales", "2026-01-19"),
                     ("Evo Morales", "Ollanta Humala", "2026-01-19")}


def test_the_time_of_the_saying_that_goes_with_an_act_dates_it():
    # ", saying in a televised address on Sunday night that ...": when it was said
    assert ("rejection", "Peru", "2026-01-18") in dated(
        "Peru rejected the Chilean plan, saying in a televised address on Sunday night that "
        "it would never accept it.")
    assert ("rejection", "Peru", "2026-01-16") in dated(
        "Peru rejected the Chilean plan, telling reporters on Friday that it was unfair.")
    # but a day inside what was said is what was said about, not when
    assert ("rejection", "Peru", "2026-01-20") in dated(
        "Peru rejected the Chilean plan, saying the talks on Friday had failed.")


def test_a_list_of_counterparts_each_with_their_state_all_took_the_call_that_day():
    events = parse("Chilean Foreign Minister Alberto van Klaveren said he had spoken by "
                   "telephone with his counterparts, Elmer Schialer of Peru and Celinda Sosa "
                   "of Bolivia, on Monday.")
    calls = {(e.actor.name, e.target.name if e.target else None, e.date.value)
             for e in events if e.type == "phone_call"}
    assert calls == {("Alberto van Klaveren", "Elmer Schialer", "2026-01-19"),
                     ("Alberto van Klaveren", "Celinda Sosa", "2026-01-19"),
                     ("Elmer Schialer", "Alberto van Klaveren", "2026-01-19"),
                     ("Celinda Sosa", "Alberto van Klaveren", "2026-01-19")}


def test_meeting_one_then_the_other_and_attending_are_meetings():
    assert ("meeting", "Alvaro de Soto", "Rauf Denktash") in pairs(
        "UN envoy Alvaro de Soto met first with Greek Cypriot leader Glafcos Clerides and "
        "then with the Turkish Cypriot leader, Rauf Denktash.")
    got = kinds("The signing was attended by UN Secretary-General Antonio Guterres, Chilean "
                "President Gabriel Boric and Peruvian President Jose Jeri.")
    assert {("meeting", "Antonio Guterres"), ("meeting", "Marco Rubio"),
            ("meeting", "Albert Muchanga")} <= kinds(
        "The signing was attended by UN Secretary-General Antonio Guterres, US Secretary of "
        "State Marco Rubio and African Union (AU) Commissioner Albert Muchanga.")
    assert {("meeting", "Antonio Guterres"), ("meeting", "Gabriel Boric"),
            ("meeting", "Jose Jeri")} <= got
    # a list in a by-phrase needs its "and": "by India, Ahmad said" is one agent
    assert kinds("The plan was rejected by India, Ahmad said.") >= {("rejection", "India")}
    assert ("rejection", "Ahmad") not in kinds("The plan was rejected by India, Ahmad said.")


def test_both_sides_announcing_their_leaders_will_meet_intend_to_talk():
    assert {("intent_to_negotiate", "Chile"), ("intent_to_negotiate", "Peru")} <= kinds(
        "Chile and Peru announced on Monday that the leaders would meet in June.")


def test_the_same_deed_told_again_with_its_doers_is_of_the_day_told_first():
    got = dated("The presidents of the Andean nations signed a trade pact late Friday. "
                "The pact was signed by Peruvian President Jose Jeri and Bolivian President "
                "Rodrigo Paz at the close of a summit.")
    assert ("agreement", "Jose Jeri", "2026-01-16") in got
    assert ("agreement", "Rodrigo Paz", "2026-01-16") in got


def test_a_comma_inside_a_number_does_not_end_the_clause_that_dates_an_act():
    assert ("proposal", "Antonio Guterres", "2026-01-12") in dated(
        "UN Secretary-General Antonio Guterres, who presented the 9,000-page plan on "
        "January 12 in Geneva, said he was disappointed.")


def test_the_same_night_or_the_ceremony_already_told_dates_the_act():
    body = ("Chile and Peru signed the border accord in Lima on Friday night. "
            "Fighting went on in the valley. "
            "In a televised address the same night, Bolivian President Rodrigo Paz welcomed "
            "the accord.")
    assert ("support", "Rodrigo Paz", "2026-01-16") in dated(body)
    body = ("Chile and Peru signed the border accord in Lima on Friday. "
            "Speaking at the ceremony, Bolivian President Rodrigo Paz praised both leaders.")
    assert ("support", "Rodrigo Paz", "2026-01-16") in dated(body)
    # with no dated occasion before, the paper's day
    assert ("support", "Rodrigo Paz", "2026-01-20") in dated(
        "Speaking at the ceremony, Bolivian President Rodrigo Paz praised both leaders.")


def test_a_quoted_act_with_a_date_pointing_back_is_of_that_date_not_of_the_saying():
    assert ("rejection", "Alberto van Klaveren", "2025") in dated(
        '"We rejected their plan last year," the Chilean foreign minister, Alberto van '
        'Klaveren, said on Tuesday.')
    assert ("demand", "Alberto van Klaveren", "2026-01-19") in dated(
        '"They must stop this war," the Chilean foreign minister, Alberto van Klaveren, said '
        'on Monday.')


def test_a_date_of_a_relative_clause_after_the_act_is_not_the_acts():
    assert ("criticism", "Dmitry Medvedev", "2026-01-20") in dated(
        "Russian President Dmitry Medvedev accused the Georgian leadership of crimes during "
        "the assault that began on the night of January 7.")


def test_a_meeting_told_as_current_then_with_its_day_is_one_meeting_of_that_day():
    body = ("The request was made at the first meeting of the core group set up by Chile and "
            "Peru. Officials of the two countries met on Sunday morning at the foreign "
            "ministry in Lima.")
    meetings = [e for e in parse(body) if e.type == "meeting" and e.actor.name == "Chile"]
    assert [e.date.value for e in meetings] == ["2026-01-18"]
