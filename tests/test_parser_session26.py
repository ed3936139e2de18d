"""Rules met in the development sets and phrasebook batches of session 26 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from events.parser.timex import tag
from tests.parsing import PUB, dated, kinds, pairs


def test_time_for_two_others_to_sit_down_is_a_call_for_talks():
    assert ("call_for_talks", "Antonio Guterres") in kinds(
        "It is time for Armenia and Azerbaijan to sit down together, U.N. Secretary-General "
        "Antonio Guterres told reporters in Geneva.")
    assert ("call_for_talks", "Josep Borrell") in kinds(
        "EU foreign policy chief Josep Borrell said on Friday that it was high time the "
        "government and the rebels began direct talks.")
    assert ("call_for_talks", "William Ruto") in kinds(
        "Kenyan President William Ruto said the fighting would stop only when the two generals "
        "sat down to negotiate.")
    # what it is time for is no talks: no call
    assert not any(e[0] == "call_for_talks" for e in kinds(
        "Finance Minister Jeremy Hunt said on Friday that it was time the government began "
        "cutting taxes."))


def test_the_north_atlantic_council_speaks_for_nato():
    assert ("threat", "NATO", "Soviet Union") in pairs(
        "The North Atlantic Council warned the Soviet Union on Friday that any attempt to cut "
        "Western access to Berlin would be resisted.")


def test_informing_a_named_party_that_is_a_statement_to_it():
    assert ("statement", "United Kingdom", "Soviet Union") in pairs(
        "Britain informed the Soviet Union on Friday that it would not renew the fisheries "
        "agreement.")
    assert ("statement", "France", "NATO") in pairs(
        "The French Government formally notified its NATO allies last night that its fleet "
        "would leave the integrated command.")
    # informed sources and the passive inform no one of anything
    assert not kinds("Informed sources said the talks had failed.")


def test_a_name_after_through_is_no_subject():
    assert ("demand", "Saudi Arabia", "Qatar") in pairs(
        "Saudi Arabia, through Kuwaiti mediators, demanded on Friday that Qatar close the "
        "Turkish base.")
    assert ("rejection", "Zambia") in kinds(
        "The Zambian Government, whose trade runs through Rhodesia, has refused to join the "
        "oil embargo.")


def test_a_word_after_a_hyphen_is_no_verb_that_sets_the_tense():
    # "am" in "Cha-am" is no present tense: the Friday of a past meeting is the one before
    text = ("Prime Minister Abhisit Vejjajiva held talks with Thein Sein at a beachfront hotel "
            "in Cha-am on Friday.")
    assert [t.value for t in tag(text, PUB) if t.text == "Friday"] == ["2026-01-16"]
    assert ("meeting", "Abhisit Vejjajiva", "2026-01-16") in dated(text)
    # the same words standing alone still read as they did
    assert [t.value for t in tag("I am leaving on Friday.", PUB)] == ["2026-01-23"]


def test_a_states_own_state_run_outlet_speaks_for_it():
    assert ("criticism", "Myanmar") in kinds(
        "Myanmar's state-run New Light of Myanmar newspaper on Wednesday accused Western media "
        "of spreading lies.")
    assert ("criticism", "Ethiopia") in kinds(
        "Ethiopia's state broadcaster accused Eritrea of aggression on Monday.")
    # an outlet with no named owner is itself the voice it is known as
    assert ("threat", "North Korea") in kinds(
        "On Monday, the North's official Korean Central News Agency warned that the country "
        "would further bolster its nuclear deterrent if the United States kept up sanctions.")
    # a state official who speaks to a newspaper is no outlet
    assert ("statement", "Israel") not in kinds(
        "Israel's state comptroller said in a newspaper interview that the plan had failed.")


def test_a_call_on_someone_with_no_errand_is_a_visit_not_an_appeal():
    visit = pairs("Rajiv Gandhi called on Prime Minister Robert Mugabe in Harare on Saturday, "
                  "two days before the opening of the summit of the Non-Aligned Movement.")
    assert ("meeting", "Rajiv Gandhi", "Robert Mugabe") in visit
    assert not any(t == "call_for_talks" for t, *_ in visit)
    # the caller's visit is told, not the host's
    assert not any(a == "Robert Mugabe" for _, a, _ in visit)
    assert ("meeting", "Kurt Waldheim") in kinds(
        "Kurt Waldheim called on President Valery Giscard d'Estaing at the Elysee Palace on "
        "Monday for 50 minutes of talks on Indochina.")
    # an appeal still is one, with its errand after the name or its day before it
    assert ("call_for_talks", "Organization of African Unity") in kinds(
        "The OAU called on Somalia on Monday to send a delegation to the talks in Addis Ababa.")
    assert ("call_for_talks", "Saifuddin Abdullah") in kinds(
        "Malaysian Foreign Minister Saifuddin Abdullah called on April 24 for an inclusive "
        "dialogue among all parties in Myanmar.")


def test_news_an_outlet_carries_is_no_statement_of_its_state():
    # ANNOTATING.md: fighting, arrests, elections, economic data and weather fit no type
    assert not kinds("An earthquake of magnitude 6.1 struck near the city of Bam before dawn on "
                     "Friday, killing at least 40 people, the IRNA news agency said.")
    assert not kinds("Temperatures in Kuwait City reached 52 degrees Celsius on Wednesday, the "
                     "state news agency KUNA said.")
    # the state's word on a diplomatic matter, carried by the same outlet, still is its act
    assert ("statement", "Kuwait") in kinds(
        "Kuwait would host the Gulf summit in December as planned, the state news agency KUNA "
        "said.")


def test_ready_to_act_as_mediator_or_expecting_to_meet_is_intent_to_negotiate():
    assert ("intent_to_negotiate", "Jose Figueres") in kinds(
        "President Jose Figueres of Costa Rica said on Saturday that he was ready to act as a "
        "mediator between the two neighbors if both of them wished it.")
    assert ("intent_to_negotiate", "Carolyn Rodrigues-Birkett", "Elias Jaua") in pairs(
        "Guyana's Foreign Minister Carolyn Rodrigues-Birkett said she expected to meet her "
        "Venezuelan counterpart, Elias Jaua, in Trinidad later this week.")
    # the reporter's own expectation is a schedule, no one's act
    assert not kinds("Putin is expected to meet Xi Jinping in Beijing next week.")


def test_a_rebuke_drawn_from_a_state_is_its_criticism():
    assert ("criticism", "South Korea") in kinds("The remarks drew an angry protest from Seoul.")
    # every side the phrase names, none of them the other's target
    assert {("criticism", "Germany", None), ("criticism", "France", None)} <= pairs(
        "The plan drew sharp criticism from Germany and France on Monday.")
    assert ("criticism", "Kwame Nkrumah") in kinds(
        "Kwame Nkrumah also renewed his protest against French plans to explode an atomic "
        "device in the Sahara.")
    # a delegate speaks for the state whose delegate he is
    assert ("criticism", "Zimbabwe") in kinds("Zimbabwe's delegate voiced similar misgivings.")


def test_would_not_resign_join_or_send_troops_is_a_refusal():
    assert ("rejection", "Anastasio Somoza Debayle") in kinds(
        "General Anastasio Somoza Debayle told reporters on Saturday night that he would not "
        "resign under pressure from anybody.")
    assert ("rejection", "Burkina Faso") in kinds(
        "Burkina Faso said on Tuesday it would not send troops to Liberia.")
    assert ("rejection", "India") in kinds("India said it would not join the embargo.")
    # what was not done is no refusal: only what the speaker says he will not do
    assert ("rejection", "India") not in kinds("India said it had joined the embargo.")


def test_the_chinese_as_a_subject_are_their_state():
    # a demonym whose plural is itself, as the subject of a verb, is its people
    assert ("intent_to_negotiate", "Chou En-lai") in kinds(
        "Foreign Minister Chou En-lai said in a broadcast statement on Monday that the Chinese "
        "were ready to resume the armistice negotiations at Panmunjom.")
    # an adjective still names no one
    assert not kinds("The Chinese delegation's restaurant was closed on Monday.")


def test_refusing_to_rule_out_force_is_a_threat_told_of_him_or_by_him():
    assert ("threat", "Margaret Thatcher") in kinds(
        "Prime Minister Margaret Thatcher refused to rule out military action to recover the "
        "Falkland Islands.")
    assert ("threat", "Alexander Haig", "Cuba") in pairs(
        "Secretary of State Alexander Haig did not rule out military action against Cuba.")
    assert ("intent_to_negotiate", "Alexander Haig") in kinds(
        "Secretary of State Alexander Haig declined to rule out talks with Cuba.")
    # refusing to rule out is no refusal
    assert ("rejection", "Alexander Haig") not in kinds(
        "Secretary of State Alexander Haig refused to rule out a second round of talks.")


def test_a_ministry_in_a_capital_and_a_spokesman_at_it_speak_for_the_state():
    assert ("statement", "India") in kinds(
        "The Ministry of External Affairs in New Delhi said on Thursday that India would remain "
        "strictly neutral in the conflict.")
    assert ("statement", "France") in kinds(
        "A spokesman at the Quai d'Orsay said that France regarded the Algerian question as a "
        "purely domestic matter.")


def test_proposals_handed_or_presented_to_someone_named_first():
    assert ("proposal", "Carrington", "Patriotic Front") in pairs(
        "Lord Carrington, the Foreign Secretary, presented the Patriotic Front on Friday with "
        "British proposals for a ceasefire.")
    assert ("proposal", "David Owen") in kinds(
        "Dr. David Owen, the Foreign Secretary, handed Mr. Ian Smith on Monday the Anglo-American "
        "proposals for a settlement.")
    assert ("proposal", "Ukraine", "United States") in pairs(
        "Kyiv's negotiating team handed American officials a revised 20-point peace framework on "
        "Tuesday.")


def test_a_flawed_thing_in_what_is_said_is_criticism():
    assert ("criticism", "Peter Romero") in kinds(
        "Peter Romero said the runoff had been \"deeply flawed.\"")
    assert ("criticism", "Sergey Lavrov") in kinds(
        "\"The plan is flawed,\" Foreign Minister Sergey Lavrov said on Monday.")


def test_votes_counted_or_held_somewhere_still_belong_to_the_body():
    assert ("demand", "UN General Assembly") in kinds(
        "In mid-November, the General Assembly demanded by 91 votes to 21 the immediate "
        "withdrawal of all foreign forces from Afghanistan.")
    assert ("sanction", "Organization of American States") in kinds(
        "The Organization of American States voted at Punta del Este on Wednesday to exclude "
        "Fidel Castro's government from the inter-American system.")
    assert ("sanction", "UN General Assembly") in kinds(
        "The General Assembly voted on Thursday to bar General Franco's Spain from membership of "
        "all the specialised agencies.")
    # a passive's agent after "by" is still its actor
    assert ("agreement", "United States") in kinds(
        "The treaty was signed by the United States on Monday.")


def test_orders_to_others_are_demands_to_ones_own_forces_a_ceasefire():
    assert ("demand", "UN Security Council") in kinds(
        "The Security Council on Thursday ordered the governments and authorities concerned in "
        "Palestine to desist from all military action.")
    assert ("agreement", "Petro Poroshenko") in kinds(
        "President Petro Poroshenko ordered his forces to cease fire from 1500 GMT on Friday.")
    # nobody is told to do anything
    got = kinds("George Bush told reporters aboard Air Force One on the flight to Alaska that "
                "the talks had gone well.")
    assert ("demand", "George Bush") not in got and ("statement", "George Bush") in got
    assert ("demand", "Jimmy Carter") not in kinds(
        "President Jimmy Carter ordered an arms embargo against Iran to force it to free the "
        "hostages.")


def test_a_message_sent_congratulating_someone_is_support():
    assert ("support", "Takeo Miki") in kinds(
        "Japanese Prime Minister Takeo Miki sent a message on Tuesday congratulating the five "
        "leaders.")
    # a participle with no document of the subject's before it is no one's act
    assert not kinds("Congratulating the winners is a tradition.")


def test_a_trip_announced_to_attend_a_conference_is_intent_to_meet():
    assert ("intent_to_negotiate", "Ban Ki-moon") in kinds(
        "Ban Ki-moon said on Friday he would fly back to Yangon on Sunday to co-chair a donors' "
        "conference.")
    assert ("intent_to_negotiate", "Ban Ki-moon") not in kinds(
        "Ban Ki-moon said on Friday he would fly back to New York on Sunday to rest.")


def test_a_vote_to_expel_is_the_sanction_and_in_retaliation_no_threat():
    got = pairs("Iran's parliament voted on Sunday to expel the British ambassador in retaliation "
                "for new British sanctions.")
    assert ("sanction", "Iran", "United Kingdom") in got
    assert not any(t == "threat" for t, *_ in got)
    assert ("threat", "Iran") in kinds("Iran warned of retaliation on Monday.")


def test_an_offer_in_mid_month_and_a_message_hailing_a_victory():
    assert ("proposal", "Iraq") in kinds(
        "Iraq offered in mid-September to let U.N. weapons inspectors return without conditions.")
    assert ("support", "Leonid Brezhnev") in kinds(
        "Leonid Brezhnev sent a message on Thursday hailing the historic victory of the "
        "Vietnamese people.")
    assert not kinds("Hailing from Texas, James Baker was an unusual envoy.")
