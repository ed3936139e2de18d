"""Rules met in the development sets and phrasebook batches of session 30 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "yesterday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs, parse


def test_they_after_three_speakers_named_in_a_list_is_all_three():
    found = kinds("Chad, Niger and Burkina Faso said on Sunday they were withdrawing from ECOWAS.")
    assert {("sanction", "Chad"), ("sanction", "Niger"), ("sanction", "Burkina Faso")} <= found
    assert ("statement", "Chad") not in found


def test_the_rulers_of_states_named_in_a_list_speak_for_each_state():
    found = kinds("The military rulers of Mali, Burkina Faso and Niger said on Sunday they were "
                  "withdrawing from ECOWAS.")
    assert {("sanction", "Mali"), ("sanction", "Burkina Faso"), ("sanction", "Niger")} <= found
    assert not {t for t, _ in found} & {"statement"}


def test_an_adverb_between_the_auxiliary_and_the_ing_form_keeps_the_act():
    assert ("sanction", "Canada") in kinds(
        "Canada was temporarily recalling its ambassador from Tehran.")
    assert ("demand", "RENAMO") in kinds(
        "Renamo negotiators were still demanding that the government guarantee funds.")
    # a participle after a noun is no act of the sentence's subject
    assert ("sanction", "Canada") not in kinds(
        "Canada published a report recalling its ambassador's role in the talks.")


def test_transport_links_halted_and_a_missions_members_ordered_out_are_sanctions():
    assert ("sanction", "India") in kinds(
        "India on Tuesday halted bus and train services between the two countries.")
    assert ("sanction", "Russia") in kinds(
        "Russia suspended all air, rail, road and sea links with Georgia.")
    assert ("sanction", "Tony Knowles") in kinds(
        "Governor Tony Knowles said on Monday that he had suspended all state ferry sailings to "
        "Canada.")
    assert ("sanction", "United States") in kinds(
        "The United States has ordered 25 named members of the Soviet mission to the United "
        "Nations to leave the country by Oct. 1.")
    assert not kinds("Ferry services between the islands were halted by the storm.")


def test_a_visit_with_an_adverb_before_the_place_is_a_visit():
    assert ("meeting", "Pierre Mendes-France", "Tunisia") in pairs(
        "Premier Pierre Mendes-France flew unannounced to Tunis on Saturday.")
    assert ("meeting", "Condoleezza Rice", "Afghanistan") in pairs(
        "Secretary of State Condoleezza Rice arrived unexpectedly in Kabul on Monday.")


def test_talks_launched_by_two_sides_are_a_meeting_of_both():
    found = pairs("Colombia's government and the Marxist FARC rebel group formally launched peace "
                  "talks on Thursday.")
    assert {("meeting", "Colombia", "FARC"), ("meeting", "FARC", "Colombia")} <= found
    assert ("meeting", "Akinci", "Anastasiades") in pairs(
        "Anastasiades and Akinci launched the current round of negotiations in May 2015.")


def test_one_of_a_number_of_states_that_signed_is_a_signatory():
    assert ("agreement", "Mexico") in kinds("Mexico was one of 14 states that signed the treaty.")
    assert ("agreement", "Mexico") in kinds(
        "Mexico was among several Latin American states that signed the treaty.")


def test_a_president_elect_is_a_titled_person():
    found = parse("Argentine President-elect Mauricio Macri warned on Monday that Argentina would "
                  "seek Venezuela's suspension from Mercosur.")
    macri = [e.actor for e in found if e.actor.name == "Mauricio Macri"]
    assert macri and macri[0].role == "president-elect"
    assert ("meeting", "Saad Hariri") in kinds(
        "Prime Minister-designate Saad Hariri met President Michel Aoun on Monday.")


def test_a_date_after_a_list_of_named_states_dates_the_verb_before_the_list():
    found = dated("Bolivia accused France, Spain, Portugal and Italy on Wednesday of violating "
                  "international law.")
    assert ("criticism", "Bolivia", "2026-01-14") in found


def test_a_quota_slashed_an_export_suspension_announced_and_a_sanctions_bill_signed():
    for text in ("The United States on Wednesday slashed Cuba's sugar quota by 700,000 tons.",
                 "Haig announced on Friday the suspension of all military exports to Argentina.",
                 "Clinton signed into law on Tuesday a bill tightening the embargo on Cuba."):
        assert any(t == "sanction" for t, _ in kinds(text)), text
    # a producers' cartel trimming output punishes no one
    assert not kinds("OPEC cut its oil quota by a million barrels a day.")


def test_an_aid_package_offered_and_proposals_presented_are_proposals():
    assert ("proposal", "Bill Clinton", "Mexico") in pairs(
        "President Bill Clinton on Tuesday offered Mexico a $20 billion package of loans.")
    assert ("proposal", "Alexander Haig", "Argentina") in pairs(
        "Secretary of State Alexander Haig on Tuesday presented Buenos Aires with what U.S. "
        "officials described as final American proposals for a settlement.")


def test_an_official_quoting_a_state_at_the_head_of_the_quote_speaks_for_it():
    assert ("criticism", "Olivier Veran") in kinds(
        '"France condemns the coup," government spokesman Olivier Veran said.')
    assert ("rejection", "Joseph Wu") in kinds(
        '"Taiwan rejects the proposal," Foreign Minister Joseph Wu said.')
    # a state further into the quote is what the speaker talks about
    assert ("rejection", "Joseph Wu") not in kinds(
        '"We are told that Taiwan rejects the proposal," Foreign Minister Joseph Wu said.')


def test_a_thing_welcomed_in_the_passive_is_backed_not_hosted():
    assert kinds("The appeal was welcomed by Paris.") == {("support", "France")}
    assert ("meeting", "Jacques Chirac") in kinds(
        "Abbas was welcomed at the Elysee Palace by President Jacques Chirac.")


def test_personnel_or_a_contingent_offered_is_a_proposal():
    found = kinds("Fiji, Papua New Guinea and Tonga also offered personnel.")
    assert {("proposal", "Fiji"), ("proposal", "Papua New Guinea"), ("proposal", "Tonga")} <= found
    assert ("proposal", "Senegal") in kinds("Senegal has offered a contingent of 300 soldiers.")


def test_plans_attacked_and_a_rival_rounded_on_are_criticism():
    assert ("criticism", "Margaret Thatcher") in kinds(
        "Prime Minister Margaret Thatcher attacked plans for a European super-state.")
    assert ("criticism", "Jean-Claude Juncker") in kinds(
        "Commission President Jean-Claude Juncker rounded on Brexit campaigner Nigel Farage.")
    assert not kinds("Rebels attacked an army post on the border.")


def test_accession_funds_cut_and_membership_talks_frozen_are_sanctions():
    assert ("sanction", "European Union", "Turkey") in pairs(
        "EU foreign ministers cut pre-accession funds for Turkey on Monday.")
    assert ("sanction", "European Union", "Turkey") in pairs(
        "EU foreign ministers partially froze Turkey's membership talks on Monday.")


def test_traffic_backed_up_at_a_border_is_no_support():
    assert not kinds("Traffic at the border crossing between Turkey and Bulgaria backed up for "
                     "kilometres on Sunday.")
    assert ("support", "United States") in kinds("Washington backed up its ally with arms.")


def test_not_a_subject_for_negotiation_and_would_not_reopen_are_refusals():
    assert ("rejection", "Ketema Yifru") in kinds(
        'Foreign Minister Ketema Yifru said the border was "not a subject for negotiation."')
    assert ("rejection", "Andrus Ansip") in kinds(
        "Prime Minister Andrus Ansip said Estonia would not reopen the ratification law.")


def test_ready_to_study_a_proposal_is_readiness_to_negotiate():
    assert ("intent_to_negotiate", "Augusto Pinochet") in kinds(
        "President Augusto Pinochet said Chile was prepared to study the proposal.")


def test_forces_withdrawn_from_an_alliances_military_command_are_a_sanction():
    assert ("sanction", "Constantine Karamanlis", "NATO") in pairs(
        "Prime Minister Constantine Karamanlis announced that Greece was withdrawing its armed "
        "forces from NATO's military command.")


def test_the_date_after_took_to_task_is_the_acts_own():
    assert ("criticism", "Laurent Fabius", "2026-01-15") in dated(
        "Foreign Minister Laurent Fabius took Russia to task on Thursday for vetoing the text.")


def test_an_account_contradicted_and_a_cautious_response_are_statements():
    assert ("statement", "Ri Yong-ho") in kinds(
        "North Korea's foreign minister, Ri Yong-ho, contradicted Mr. Trump's account on Monday.")
    assert ("statement", "Iraq") in kinds(
        "Iraq responded cautiously on Tuesday to Iran's acceptance of the resolution.")
    assert not kinds("The figures contradicted the earlier estimate of the harvest.")


def test_initials_before_a_particle_open_the_name():
    for text in ("President F.W. de Klerk said on Wednesday that the bombs had been destroyed.",
                 "President F. W. de Klerk said on Wednesday that the bombs had been destroyed."):
        names = {actor for _, actor in kinds(text)}
        assert names and all(n.endswith("de Klerk") for n in names), names


def test_a_limited_say_is_a_noun_not_a_verb_of_speech():
    assert not kinds("The European Parliament had been given only a limited say over the budget.")


def test_hours_of_talks_spent_on_a_subject_are_a_meeting_of_both():
    found = kinds("Russian President Vladimir Putin and Prime Minister Ferenc Gyurcsany spent much "
                  "of their three hours of talks on energy.")
    assert {("meeting", "Vladimir Putin"), ("meeting", "Ferenc Gyurcsany")} <= found


def test_they_after_two_people_signed_is_the_two():
    found = kinds("President Mwai Kibaki and Raila Odinga signed the deal. They first met on Jan. "
                  "24 in Nairobi.")
    assert {("meeting", "Mwai Kibaki"), ("meeting", "Raila Odinga")} <= found


def test_saw_a_named_person_for_an_hour_is_a_meeting():
    found = kinds("Foreign Minister Hans-Dietrich Genscher saw Mr. Gromyko for an hour on Monday.")
    assert ("meeting", "Hans-Dietrich Genscher") in found
    assert not kinds("Foreign Minister Hans-Dietrich Genscher saw no reason for talks.")


def test_an_invitation_to_join_a_summit_or_attend_a_conference_calls_for_talks():
    assert ("call_for_talks", "Jimmy Carter") in kinds(
        "President Jimmy Carter on Tuesday invited Egyptian President Anwar Sadat and Israeli "
        "Prime Minister Menachem Begin to join him at Camp David next month.")
    assert ("call_for_talks", "James Baker") in kinds(
        "Secretary of State James Baker issued invitations on Friday to Israel, Syria and Jordan "
        "to attend a peace conference in Madrid.")


def test_a_summit_called_off_and_an_agreement_cancelled_are_refusals():
    assert ("rejection", "Jordan") in kinds(
        "Jordan called off on Tuesday a four-way summit with President Joe Biden.")
    assert ("rejection", "Lebanon", "Israel") in pairs(
        "Lebanon's cabinet on Monday cancelled the May 17, 1983 troop withdrawal agreement "
        "with Israel.")


def test_a_plan_named_by_an_abbreviated_owner_is_still_a_plan_outlined():
    assert ("proposal", "William Rogers") in kinds(
        "Secretary of State William Rogers on Tuesday outlined a U.S. plan under which Israel "
        "would withdraw.")


def test_a_scathing_critique_delivered_is_criticism():
    assert ("criticism", "John Kerry") in kinds(
        "Secretary of State John Kerry delivered a scathing critique of Israeli settlement "
        "policy last week.")


def test_the_recall_of_ones_ambassadors_ordered_is_a_sanction_not_a_demand():
    found = kinds("Israel ordered the immediate recall of its ambassadors to Ireland, Norway and "
                  "Spain on Wednesday.")
    assert ("sanction", "Israel") in found and ("demand", "Israel") not in found
    assert ("demand", "Israel") in kinds("Israel ordered Hamas to release the hostages.")


def test_a_territorial_claim_branded_illegitimate_is_criticism_not_a_denial():
    assert ("criticism", "Mike Pompeo") in kinds(
        "Secretary of State Mike Pompeo on Monday branded Canada's claim to the Northwest "
        'Passage "illegitimate."')
    assert ("statement", "Mike Pompeo") in kinds(
        "Secretary of State Mike Pompeo on Monday branded the claims false.")


def test_a_month_said_with_the_acts_own_verb_dates_it_inside_reported_speech():
    found = dated("Information Minister Alain Peyrefitte said yesterday that the troops had been "
                  "sent under the defense agreement that Gabon and France signed in August 1960.")
    assert ("agreement", "Gabon", "1960-08") in found


def test_phrasebook_verbs_of_session_30():
    # a treaty voted down, an appeal for aid, a name accepted, a
    # condemnation expressed, a strike vowed
    cases = {
        "The French National Assembly voted down the European Defence Community treaty.":
            ("rejection", "French National Assembly"),
        "Ethiopia appealed on Tuesday for international food aid.": ("proposal", "Ethiopia"),
        "Prime Minister Alexis Tsipras accepted on Tuesday the name Republic of North "
        "Macedonia.": ("agreement", "Alexis Tsipras"),
        "Saudi Arabia expressed its condemnation of the storming of the mosque.":
            ("criticism", "Saudi Arabia"),
        "North Korea vowed on Thursday to exercise its right to a pre-emptive nuclear strike "
        "against the United States.": ("threat", "North Korea"),
    }
    for text, act in cases.items():
        assert act in kinds(text), text


def test_a_sanction_decided_is_done_and_first_telephone_talks_are_a_call():
    assert ("sanction", "South Korea") in kinds(
        "South Korea decided on Thursday to scrap an intelligence-sharing pact with Japan.")
    assert ("sanction", "South Korea") in kinds(
        "South Korea scrapped its intelligence-sharing pact with Japan.")
    # a measure planned is not yet taken
    assert not kinds("South Korea plans to scrap the military pact with Japan.")
    assert ("support", "India") in kinds(
        "India on Monday renewed its backing for seating the People's Republic of China.")
    assert ("phone_call", "Yoshihide Suga") in kinds(
        "Prime Minister Yoshihide Suga held his first telephone talks with President Xi Jinping "
        "on Friday.")


def test_help_to_meet_a_cost_is_no_meeting_offered():
    found = kinds("Chancellor Helmut Kohl offered on Monday to help meet the cost of keeping "
                  "Soviet troops in eastern Germany.")
    assert ("proposal", "Helmut Kohl") in found
    assert ("intent_to_negotiate", "Helmut Kohl") not in found
    assert ("intent_to_negotiate", "Helmut Kohl") in kinds(
        "Chancellor Helmut Kohl offered on Monday to meet the Soviet leader.")


def test_consensus_blocked_is_a_refusal():
    assert ("rejection", "India") in kinds(
        "In August India blocked consensus on the text in Geneva.")


def test_a_walkout_intended_to_wreck_talks_is_no_readiness_to_talk():
    found = kinds('Nam Il denounced the walkout as "a unilateral and unreasonable act" intended '
                  "to wreck the negotiations.")
    assert ("criticism", "Nam Il") in found
    assert ("intent_to_negotiate", "Nam Il") not in found


def test_a_resolution_introduced_is_put_forward():
    assert ("proposal", "Henry Cabot Lodge") in kinds(
        "Henry Cabot Lodge, the chief United States delegate, introduced the resolution on "
        "Sunday.")
    assert not kinds("The government introduced sweeping reforms of the tax code.")


def test_ones_ambassador_ordered_home_is_recalled_not_ordered_about():
    found = kinds("Japan ordered its ambassador in Moscow home on Tuesday to report on the visit.")
    assert ("sanction", "Japan") in found and ("demand", "Japan") not in found


def test_he_after_an_unnamed_spokesman_in_a_capital_is_that_state():
    found = kinds("Premier Albert Henry of the Cook Islands demanded that France stop the "
                  "tests.\n\nA Foreign Ministry spokesman in Paris said on Friday that the "
                  "tests were indispensable, and he rejected what he called outside "
                  "interference.")
    assert ("rejection", "France") in found
    assert ("rejection", "Albert Henry") not in found


def test_the_fijian_chiefly_style_ratu_is_no_part_of_the_name():
    found = kinds("Ratu Sir Kamisese Mara, the Prime Minister of Fiji, welcomed the ruling.")
    assert ("support", "Kamisese Mara") in found


def test_an_envoy_one_does_not_rule_out_sending_is_readiness_to_talk_not_a_meeting():
    found = kinds("Prime Minister David Lange did not rule out sending a special envoy to Suva for "
                  "talks with the Governor-General.")
    assert found == {("intent_to_negotiate", "David Lange")}
    assert ("threat", "David Lange") in kinds(
        "Prime Minister David Lange did not rule out imposing sanctions on Fiji.")


def test_a_call_paid_on_a_leader_and_leaders_welcomed_by_a_host_are_meetings():
    assert ("meeting", "Condoleezza Rice") in kinds(
        "Condoleezza Rice called on Col. Muammar el-Qaddafi in Tripoli on Friday, the first visit "
        "to Libya by an American secretary of state since 1953.")
    assert ("demand", "Condoleezza Rice") in kinds(
        "Condoleezza Rice called on Qaddafi in Tripoli to release the prisoners.")
    assert ("meeting", "Barack Obama") in kinds(
        "President Barack Obama welcomed the leaders of the 10-nation Association of Southeast "
        "Asian Nations to the Sunnylands estate on Monday.")


def test_a_delegation_one_will_not_send_is_a_refusal():
    assert ("rejection", "United States") in kinds(
        "The State Department said on Monday that the United States would not send a high-level "
        "delegation to the conference.")


def test_a_welcome_laid_on_or_given_is_the_hosts_meeting():
    assert ("meeting", "Vietnam") in kinds(
        "Hanoi laid on a full ceremonial welcome at the Presidential Palace on Saturday for "
        "Prime Minister Narendra Modi.")
    assert ("meeting", "China") in kinds("Beijing gave President Nixon a red-carpet welcome.")
    # a plan welcomed is backed
    assert ("support", "China") in kinds("Beijing gave the plan a cautious welcome.")


def test_a_monitoring_team_expelled_and_the_great_satan():
    assert ("sanction", "Nicaragua") in kinds(
        "Nicaragua's government expelled a monitoring team of the Inter-American Commission on "
        "Human Rights on Monday.")
    assert ("criticism", "Ruhollah Khomeini") in kinds(
        "Ayatollah Ruhollah Khomeini yesterday called the United States 'the Great Satan'.")
