"""Rules met in the development sets and phrasebook batches of session 23 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_talks_told_by_how_the_sides_sat_ate_huddled_or_handed_over_are_meetings():
    got = pairs("Foreign Minister Retno Marsudi and Foreign Minister Penny Wong sat down on "
                "Friday for three hours of talks.")
    assert ("meeting", "Retno Marsudi", "Penny Wong") in got
    assert ("meeting", "Penny Wong", "Retno Marsudi") in got
    assert ("meeting", "Olaf Scholz", "Giorgia Meloni") in pairs(
        "Chancellor Olaf Scholz huddled with Prime Minister Giorgia Meloni for two hours.")
    got = kinds("Macron, Chancellor Olaf Scholz and Prime Minister Giorgia Meloni huddled in a "
                "side room for more than an hour.")
    assert {("meeting", "Olaf Scholz"), ("meeting", "Giorgia Meloni")} <= got
    assert ("meeting", "Joe Biden") in kinds(
        "President Joe Biden dined at the ambassador's residence with the leaders of the "
        "Baltic states.")
    got = pairs("Prime Minister Margaret Thatcher and Chancellor Helmut Kohl had breakfast "
                "together on Friday at the ambassador's residence.")
    assert {("meeting", "Margaret Thatcher", "Helmut Kohl"),
            ("meeting", "Helmut Kohl", "Margaret Thatcher")} <= got
    got = pairs("Martti Ahtisaari, the United Nations envoy, handed the document to President "
                "Boris Tadic in Belgrade on Friday.")
    assert ("meeting", "Martti Ahtisaari", "Boris Tadic") in got
    assert ("meeting", "Cyril Ramaphosa", "2026-01-16") in dated(
        "President Cyril Ramaphosa received both delegations at the Union Buildings on Friday.")
    # a host with no one to meet, and a sitting that is no talks, are no meeting
    assert not kinds("The ministers huddled in the cold outside the hall.")
    assert not kinds("Protesters sat down on Friday for hours in the square.")


def test_a_speakers_words_that_find_fault_make_a_criticism():
    for body, actor in (
            ("Foreign Minister Sergei Lavrov said the new sanctions were \"not justified\".",
             "Sergei Lavrov"),
            ("The State Department said the pullback was \"a token gesture\".", "United States"),
            ("Beijing said the report contained \"many inaccuracies\".", "China"),
            ("The Chinese foreign ministry said the charges were a fabrication.", "China"),
            ("President Ismail Omar Guelleh said his country had been \"treacherously "
             "attacked\".", "Ismail Omar Guelleh"),
            ("Premier Li Qiang said Manila was interfering in China's internal affairs.",
             "Li Qiang"),
            ("Prime Minister Kiro Gligorov said responsibility for the collapse lay with Athens.",
             "Kiro Gligorov"),
            ("President Gligorov said the embargo amounted to \"a declaration of economic war\".",
             "Gligorov")):
        assert ("criticism", actor) in kinds(body), body
    # a speaker who says their own side will not interfere finds no fault
    assert not any(t == "criticism" for t, _ in kinds(
        "Prime Minister Narasimha Rao said India had no intention of interfering in the "
        "internal affairs of its neighbour."))


def test_an_act_named_by_the_noun_that_opens_a_passive_is_its_agents():
    for body, type_, actor in (
            ("A five-point peace plan was put forward on Friday by Foreign Minister Retno "
             "Marsudi.", "proposal", "Retno Marsudi"),
            ("JAKARTA (Reuters) - A power-sharing blueprint was laid before the rival parties "
             "on Friday by President Cyril Ramaphosa.", "proposal", "Cyril Ramaphosa"),
            ("A fresh appeal for negotiations between Belgrade and Pristina was issued on "
             "Friday by the European Union.", "call_for_talks", "European Union"),
            ("Readiness to resume the border talks was signalled on Friday by the Indian "
             "Government.", "intent_to_negotiate", "India"),
            ("A warning that Beijing would answer any deployment with countermeasures was "
             "issued on Friday by China's foreign ministry.", "threat", "China"),
            ("A formal protest against the detentions was lodged with Moscow on Friday by the "
             "Swedish Government.", "criticism", "Sweden")):
        assert (type_, actor, "2026-01-16") in dated(body), body
    # a plan the agent turns down is not its plan; an appeal for something other than talks
    # is left untyped; an agent after a preposition of place is no agent
    assert ("proposal", "Serbia") not in kinds(
        "A plan to divide the province was rejected on Friday by Serbia.")
    assert not any(t == "call_for_talks" for t, _ in kinds(
        "An appeal for calm was issued on Friday by the Foreign Ministry of Ghana."))
    assert ("proposal", "Russia") not in kinds(
        "A six-point peace plan was put forward by Nicolas Durand in Moscow on Tuesday.")


def test_a_time_put_before_the_acts_preposition_does_not_hide_the_act():
    assert ("support", "Cyril Ramaphosa", "2026-01-14") in dated(
        "President Cyril Ramaphosa paid tribute on Wednesday to the courage of his predecessor.")
    assert ("support", "Joe Biden", "2026-01-19") in dated(
        "President Joe Biden threw his weight on Monday behind India's bid for a permanent seat.")
    assert ("criticism", "Vatican", "2026-W03") in dated(
        "The Vatican protested last week against the noise outside its embassy.")
    # a name keeps the time its own cue reads ("called Modi on Saturday to"), and a journey
    # told with "today" is still ahead
    assert ("phone_call", "Pushpa Kamal Dahal") in kinds(
        "Prime Minister Pushpa Kamal Dahal called Prime Minister Narendra Modi on Saturday to "
        "discuss the border.")
    assert not kinds("President Joe Biden flies today to Kyiv, where he will address the "
                     "parliament.")


def test_initials_written_without_stops_stay_in_the_name():
    assert ("statement", "JD Vance") in kinds(
        "Vice President JD Vance said Europe had lost its way.")
    assert ("rejection", "PW Botha") in kinds("President PW Botha rejected the plan.")
    assert ("phone_call", "KP Sharma Oli") in kinds(
        "Prime Minister KP Sharma Oli called Prime Minister Narendra Modi on Saturday.")
    # an acronym before a name is no initial, and no name starts inside one
    assert ("rejection", "Antonio Guterres") in kinds(
        "UN Secretary-General Antonio Guterres rejected the plan.")
    assert not any(a.startswith("M ") for _, a in kinds("PM Modi said India would talk."))


def test_staying_away_from_a_summit_is_a_rejection():
    assert ("rejection", "Luis Arce", "2026-01-19") in dated(
        "Bolivia's president, Luis Arce, confirmed on Monday that he would stay away.")
    assert ("rejection", "Alejandro Giammattei") in kinds(
        "Guatemala's President Alejandro Giammattei said he would not go.")
    assert ("rejection", "Nikol Pashinyan") in kinds(
        "Prime Minister Nikol Pashinyan stayed away from the alliance's summit in Minsk.")
    # a warning, a condition or a limit is no refusal to attend
    for body in ("Foreign Minister Abdul Malik said any attack would not go unanswered.",
                 "Prime Minister John Howard said Australia would not go in without a "
                 "mandate."):
        assert not any(t == "rejection" for t, _ in kinds(body)), body


def test_an_open_door_or_readiness_to_restore_ties_is_intent_to_negotiate():
    assert ("intent_to_negotiate", "Julius Nyerere", "2026-01-16") in dated(
        "President Julius Nyerere said on Friday that the door to Lagos \"remains open\".")
    assert ("intent_to_negotiate", "Russia") in kinds(
        "Moscow said it was ready to restore full diplomatic ties with Tbilisi.")
    assert ("intent_to_negotiate", "Luis Carlos Restrepo") in kinds(
        "Peace commissioner Luis Carlos Restrepo said the government remained open to other "
        "facilitators.")
    got = kinds("Japan and China said they would keep consulting on the other gas fields.")
    assert {("intent_to_negotiate", "Japan"), ("intent_to_negotiate", "China")} <= got
    # a door that stays shut is none
    assert not any(t == "intent_to_negotiate" for t, _ in kinds(
        "President Julius Nyerere said the door to Lagos remained closed."))


def test_words_of_a_patience_running_out_are_a_threat():
    for body, actor in (
            ("President Macky Sall said Senegal's patience \"has limits.\"", "Macky Sall"),
            ("Secretary of State Antony Blinken replied that \"all options are on the table.\"",
             "Antony Blinken"),
            ("Foreign Minister Wang Yi said Washington should \"think twice before acting\".",
             "Wang Yi"),
            ("President Ebrahim Raisi vowed that \"severe revenge\" awaited the killers.",
             "Ebrahim Raisi")):
        assert ("threat", actor) in kinds(body), body
    # the paper's own words about someone's patience are no one's warning
    assert not kinds("Diplomats said patience in Brussels was wearing thin.")


def test_a_memorandum_signed_on_a_matter_is_a_deal():
    got = pairs("Russia and Hungary signed a memorandum on cooperation in the gas sector.")
    assert {("agreement", "Russia", "Hungary"), ("agreement", "Hungary", "Russia")} <= got
    # a president's memorandum is an order of his own
    assert not any(t == "agreement" for t, _ in kinds(
        "President Donald Trump signed a presidential memorandum reinstating the sanctions."))


def test_a_person_with_a_post_in_apposition_stays_in_the_list_of_subjects():
    got = pairs("U. Alexis Johnson, the American negotiator, and Wang Ping-nan, the Chinese "
                "Ambassador to Poland, met on Friday.")
    assert {("meeting", "U. Alexis Johnson", "Wang Ping-nan"),
            ("meeting", "Wang Ping-nan", "U. Alexis Johnson")} <= got
    got = kinds("John J. McCloy, head of a special American negotiating team, and Soviet First "
                "Deputy Foreign Minister Vasily V. Kuznetsov held talks on Friday.")
    assert {("meeting", "John J. McCloy"), ("meeting", "Vasily V. Kuznetsov")} <= got


def test_calling_a_deed_an_attempt_an_affront_or_an_act_of_aggression_is_a_criticism():
    for body, actor in (
            ("Foreign Minister Mohammad Javad Zarif called the strike \"an act of international "
             "terrorism\".", "Mohammad Javad Zarif"),
            ("Prime Minister Adel Abdul Mahdi called the strike \"a political assassination\".",
             "Adel Abdul Mahdi"),
            ("Secretary-General Shridath Ramphal called the raids \"a deliberate affront\" to the "
             "Commonwealth.", "Shridath Ramphal"),
            ("Premier Chou En-lai called the item \"an attempt to interfere in China's internal "
             "affairs\".", "Chou En-lai"),
            ("President Jimmy Carter called the intervention \"an extremely serious threat to "
             "peace\".", "Jimmy Carter")):
        assert ("criticism", actor) in kinds(body), body
    # a threat to a supply is no charge against anyone
    assert not any(t == "criticism" for t, _ in kinds(
        "President Donald Trump called the dam a threat to Egypt's water supply."))


def test_an_envoy_recalled_for_consultations_or_a_leader_barred_is_a_sanction():
    assert ("sanction", "Japan", "2026-01-16") in dated(
        "Japan on Friday recalled Ushiroku to Tokyo for consultations.")
    assert ("sanction", "European Union") in kinds(
        "The European Union banned President Alexander Lukashenko of Belarus and 30 of his "
        "officials from entering the bloc.")
    assert ("sanction", "ASEAN") in kinds("ASEAN barred Min Aung Hlaing from its annual summit.")
    assert ("sanction", "United States", "Chile") in pairs(
        "The United States cut off new Export-Import Bank credits to Chile.")
    # the former minister who recalls an episode imposes nothing
    assert not any(t == "sanction" for t, _ in kinds(
        "Former Foreign Minister Abdulaziz Kamilov recalled Tashkent in those years."))


def test_talks_between_two_sides_may_name_their_place_and_time_first():
    got = dated("The meeting follows preparatory talks in Beijing earlier this month between "
                "China and Taiwan.")
    assert {("meeting", "China", "2026-01"), ("meeting", "Taiwan", "2026-01")} <= got
    # talks still to come are no meeting
    assert not any(t == "meeting" for t, _ in kinds(
        "Talks in Geneva next week between China and Taiwan are expected to be difficult."))
