"""Rules met in the development sets of session 14 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16.
"""
from __future__ import annotations

from datetime import date

from tests.parsing import dated, kinds, pairs, parse


def test_a_signatory_and_the_post_holder_of_a_body_named_after_him_both_sign():
    got = pairs("President Juan Ortega and the chairman of the rebel National Liberation Front "
                "(NLF), Colonel Tomas Rivas, signed a peace agreement late on Friday.")
    assert ("agreement", "Juan Ortega", "Tomas Rivas") in got
    assert ("agreement", "Tomas Rivas", "Juan Ortega") in got


def test_a_rank_or_a_clerics_style_is_no_part_of_the_name():
    for sentence, name in (
            ("Colonel Abdoulaye Maiga said Mali would not accept the decision.", "Abdoulaye Maiga"),
            ("Ayatollah Ali Khamenei said Iran would not negotiate.", "Ali Khamenei"),
            ("Cardinal Antonio Samore said the Vatican was ready to mediate.", "Antonio Samore"),
            ("Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom was ready to "
             "help.", "Faisal bin Farhan")):
        names = {actor for _, actor in kinds(sentence)}
        assert name in names, (sentence, names)
        assert not any(n.startswith(("Colonel", "Ayatollah", "Cardinal", "Prince")) for n in names)
    # a surname that is also a word of rank stays: "Julie Bishop", "John Major"
    names = {actor for _, actor in kinds("Prime Minister John Major said Britain was ready to "
                                         "help.")}
    assert "John Major" in names


def test_the_members_of_a_body_that_sign_make_the_body_a_party():
    got = pairs("President Alfredo Cristiani and five commanders of the Farabundo Marti National "
                "Liberation Front, or FMLN, put their names to the accord on Friday.")
    assert ("agreement", "Alfredo Cristiani", "Farabundo Marti National Liberation Front") in got
    assert ("agreement", "Farabundo Marti National Liberation Front", "Alfredo Cristiani") in got


def test_a_verb_after_but_takes_the_date_told_with_the_saying():
    got = dated("ROME, Jan 20 -- President Massoud Pezeshkian and Pope Leo here Tuesday called on "
                "believers to replace confrontation with dialogue.\n\nIn Washington, a State "
                "Department spokesman said on Friday that the United States had \"no objection\" "
                "to European contacts with Iran, but urged Italy to press Tehran on human rights.")
    assert ("demand", "United States", "2026-01-16") in got
    assert ("demand", "United States", "2026-01-20") not in got


def test_talks_between_two_delegations_are_a_meeting_of_the_men_who_led_them():
    got = pairs("The deal followed three days of talks at the department between a Mexican "
                "delegation led by Foreign Minister Marcelo Ebrard and a U.S. team headed by "
                "Secretary of State Mike Pompeo.")
    assert ("meeting", "Marcelo Ebrard", "Mike Pompeo") in got
    assert ("meeting", "Mike Pompeo", "Marcelo Ebrard") in got
    got = pairs("Kyiv accepted the proposal after eight hours of talks in a Jeddah hotel between a "
                "U.S. delegation led by Secretary of State Marco Rubio and national security "
                "adviser Mike Waltz and a Ukrainian team headed by presidential chief of staff "
                "Andriy Yermak.")
    for head in ("Marco Rubio", "Mike Waltz"):
        assert ("meeting", head, "Andriy Yermak") in got
    assert ("meeting", "Andriy Yermak", "Marco Rubio") in got


def test_a_treaty_agreed_by_two_states_in_the_passive_is_their_agreement():
    got = dated("A border treaty agreed on Friday by Slovenia and Croatia drew protests.")
    assert ("agreement", "Slovenia", "2026-01-16") in got
    assert ("agreement", "Croatia", "2026-01-16") in got


def test_measures_wire_copy_words_in_many_ways_are_sanctions():
    for sentence, actor, target in (
            ("Australia froze defence cooperation with France on Friday.", "Australia", "France"),
            ("Tashkent cut off natural gas supplies to Tajikistan on Friday.", "Uzbekistan",
             "Tajikistan"),
            ("Uzbekistan imposed a visa regime on Tajik citizens on Friday.", "Uzbekistan", None),
            ("Honduras announced on Friday that it was withdrawing from the OAS.", "Honduras",
             None),
            ("Mali said it was withdrawing from a regional joint military staff committee.",
             "Mali", None),
            ("Japan tightened export controls on chip materials bound for South Korea.", "Japan",
             None)):
        got = pairs(sentence)
        assert any(kind == "sanction" and who == actor and (target is None or whom == target)
                   for kind, who, whom in got), (sentence, got)


def test_cooperation_wished_or_aid_promised_is_no_sanction():
    for sentence in ("Australia wants to deepen defence cooperation with France.",
                     "Japan imposed no new export controls on South Korea, officials said.",
                     "Brazil will send aid to Bolivia."):
        assert not any(kind == "sanction" for kind, _ in kinds(sentence)), sentence


def test_meetings_wire_copy_words_in_many_ways():
    for sentence, a, b in (
            ("Foreign Minister Wang Yi and Secretary of State Antony Blinken held a 90-minute "
             "meeting in Munich on Friday.", "Wang Yi", "Antony Blinken"),
            ("President Joe Biden held a bilateral with Prime Minister Fumio Kishida on Friday.",
             "Joe Biden", "Fumio Kishida"),
            ("Prime Minister Narendra Modi and Prime Minister Nawaz Sharif exchanged pleasantries "
             "on the sidelines of the summit.", "Narendra Modi", "Nawaz Sharif"),
            ("President Bill Clinton and President Boris Yeltsin dined together on Friday.",
             "Bill Clinton", "Boris Yeltsin"),
            ("US envoy Jake Sullivan and Chinese Foreign Minister Wang Yi spent two days in talks "
             "in Vienna.", "Jake Sullivan", "Wang Yi")):
        got = pairs(sentence)
        assert ("meeting", a, b) in got and ("meeting", b, a) in got, (sentence, got)
    # a trip to see someone is the traveller's meeting alone (session 33: the gold tells the
    # host's in fewer than one case in four)
    got = pairs("Secretary of State Condoleezza Rice flew to Ramallah on Friday to see President "
                "Mahmoud Abbas.")
    assert ("meeting", "Condoleezza Rice", "Mahmoud Abbas") in got


def test_a_cabinet_meeting_or_a_trip_still_to_come_is_no_meeting():
    for sentence in ("Prime Minister Benjamin Netanyahu held an emergency cabinet meeting on "
                     "Friday.",
                     "President Joe Biden held a meeting of his national security team.",
                     "Secretary of State Condoleezza Rice will fly to Ramallah on Friday to meet "
                     "President Mahmoud Abbas."):
        assert not any(kind == "meeting" for kind, _ in kinds(sentence)), sentence


def test_he_or_the_president_goes_on_on_the_day_he_was_last_told_speaking():
    lead = ("Iran and six powers reached a framework deal on Saturday.\n\nSpeaking in the Rose "
            "Garden on Friday, President Barack Obama hailed the framework as a historic "
            "understanding with Iran.\n\n")
    for then in ("He", "The president"):
        got = dated(lead + then + " warned that if Congress killed the deal, the United States "
                    "would be blamed.")
        assert ("threat", "Barack Obama", "2026-01-16") in got, then


def test_walking_out_of_a_conference_is_a_protest_and_out_of_talks_a_refusal():
    got = kinds("The Syrian, Libyan and Palestinian delegations walked out of the conference on "
                "Friday.")
    assert {("criticism", "Syria"), ("criticism", "Libya"), ("criticism", "Palestine")} <= got
    got = kinds("Syria walked out of the negotiations on Friday.")
    assert ("rejection", "Syria") in got and ("criticism", "Syria") not in got


def test_two_leaders_who_ended_their_summit_met():
    got = pairs("President George Bush and President Mikhail Gorbachev ended their shipboard "
                "summit on Sunday.")
    assert ("meeting", "George Bush", "Mikhail Gorbachev") in got
    assert ("meeting", "Mikhail Gorbachev", "George Bush") in got


def test_a_call_for_a_leader_to_resign_is_a_demand():
    for sentence in ("Opposition leader Hugh Gaitskell renewed his call for Prime Minister "
                     "Anthony Eden to resign.",
                     "The State Department called for Israel to withdraw its troops."):
        assert any(kind == "demand" for kind, _ in kinds(sentence)), sentence
    # a call named by the noun, not made by the subject, is no demand of its (the appeal the
    # subject made is his: a demand since session 27)
    got = pairs("Prime Minister Najib Mikati urged George Kordahi to put the national interest "
                "first, in what local media took as a call for the minister to step down.")
    assert [e for e in got if e[0] == "demand"] == [("demand", "Najib Mikati", "George Kordahi")]
    # a call for talks stays one
    assert ("call_for_talks", "United States") in kinds(
        "The State Department called for Israel and Syria to resume negotiations.")


def test_what_a_bodys_resolution_does_is_the_bodys_act():
    assert ("demand", "IAEA") in kinds(
        "The International Atomic Energy Agency board adopted a resolution on Monday demanding "
        "that North Korea readmit inspectors.")
    got = kinds("The UN Security Council adopted a resolution on Monday condemning the attack.")
    assert ("criticism", "UN Security Council") in got
    assert ("support", "UN Security Council") not in got
    # a resolution adopted with no more said is still an endorsement
    assert ("support", "UN Security Council") in kinds(
        "The UN Security Council adopted a resolution endorsing the ceasefire on Monday.")


def test_regret_at_anothers_decision_is_a_rebuke_and_at_a_loss_sympathy():
    assert ("criticism", "South Korea") in kinds(
        "South Korea's Foreign Ministry expressed \"deep regret\" over the announcement.")
    got = kinds("Secretary of State Colin Powell expressed regret over the loss of the Chinese "
                "pilot.")
    assert not any(kind == "criticism" for kind, _ in got)


def test_arriving_in_a_city_named_by_its_kind_opens_a_visit():
    assert ("meeting", "Wen Jiabao") in kinds(
        "Chinese Premier Wen Jiabao arrived in the eastern city of Nanjing on Tuesday at the "
        "start of an eight-day visit.")


def test_what_reported_words_commit_to_ask_for_or_warn_of():
    for sentence, kind in (
            ("Foreign Minister Sergei Lavrov said Moscow remained committed to a peaceful "
             "solution.", "intent_to_negotiate"),
            ("President Vladimir Putin said Moscow was ready to keep working with Tokyo.",
             "intent_to_negotiate"),
            ("Foreign Minister Olivier Nduhungirehe said Rwanda expected the irreversible "
             "neutralization of the FDLR.", "demand"),
            ("Japan's envoy Kenichiro Sasae said Tokyo also wanted the talks to address the "
             "abductions.", "demand"),
            ("Foreign Secretary Vikram Misri said the armed forces had been instructed to deal "
             "strongly with any repetition.", "threat")):
        assert any(k == kind for k, _ in kinds(sentence)), (sentence, kinds(sentence))


def test_a_body_suspends_several_members_at_once():
    got = pairs("ECOWAS suspended Mali and Burkina Faso after coups there in recent years.")
    assert ("sanction", "ECOWAS", "Mali") in got


def test_an_invitation_to_visit_is_a_call_for_talks():
    got = pairs("Queen Margrethe II had invited President Donald Trump for the state visit.")
    assert ("call_for_talks", "Margrethe II", "Donald Trump") in got


def test_more_ways_to_send_envoys_home_or_leave_a_body():
    for sentence, actor in (
            ("Indonesia quit the United Nations on Thursday.", "Indonesia"),
            ("Somalia ordered all Soviet military advisers out of the country on Sunday.",
             "Somalia"),
            ("Canada expelled the Indian high commissioner on Monday.", "Canada"),
            ("Bahrain asked the Lebanese ambassador to leave the kingdom within 48 hours.",
             "Bahrain"),
            ("Russia banned entry to 25 British officials on Friday.", "Russia"),
            ("Washington halted arms deliveries to Ankara.", "United States"),
            ("Libya announced a boycott of Danish goods.", "Libya")):
        assert ("sanction", actor) in kinds(sentence), (sentence, kinds(sentence))
    # a boycott of talks stays a refusal
    assert ("rejection", "Libya") in kinds("Libya announced a boycott of the talks.")


def test_a_minister_in_a_capital_on_a_visit_is_visiting():
    assert ("meeting", "Sergei Lavrov") in kinds(
        "Foreign Minister Sergei Lavrov is in Pyongyang on a two-day visit.")
    assert not any(kind == "meeting" for kind, _ in kinds(
        "Foreign Minister Sergei Lavrov is in favour of a visit to Pyongyang next year."))


def test_recalling_diplomats_is_a_sanction_dated_by_its_day():
    got = dated("Kuwait and the United Arab Emirates on Friday recalled their diplomats from "
                "Beirut.")
    assert ("sanction", "Kuwait", "2026-01-16") in got
    assert ("sanction", "United Arab Emirates", "2026-01-16") in got


def test_a_month_that_names_an_occasion_dates_nothing():
    # "the June summit" in a December paper is next June's: no date for the saying
    got = {(e.type, e.date.source) for e in parse(
        "White House spokesman Marlin Fitzwater said the exact date and place of the June "
        "summit would be settled through diplomatic channels.", date(2025, 12, 3))}
    assert ("statement", "publication") in got


def test_reported_words_that_charge_back_refuse_offer_or_warn():
    for sentence, kind in (
            ("\"The United States is deliberately stirring up trouble in the South China Sea,\" "
             "Foreign Ministry spokeswoman Hua Chunying said.", "criticism"),
            ("Foreign Secretary Robin Cook said the police operation bore all the hallmarks of "
             "ethnic cleansing.", "criticism"),
            ("Prime Minister Tony Blair called the seizure of the sailors completely "
             "unjustified.", "criticism"),
            ("Pakistan can always count on China as its iron brother, Foreign Minister Wang Yi "
             "said.", "support"),
            ("President Ronald Reagan paid tribute to Lech Walesa in his radio address.",
             "support"),
            ("\"Canada will never recognise this annexation,\" Foreign Minister Stephane Dion "
             "told reporters.", "rejection"),
            ("Mexico will not pay for any wall, President Enrique Pena Nieto said.", "rejection"),
            ("Belgrade will take part in the next round of the EU-mediated dialogue with "
             "Pristina, Serbian officials said.", "intent_to_negotiate"),
            ("Foreign Minister Raul Roa said any American invasion of the island would be "
             "crushed on the beaches.", "threat"),
            ("Iran accepted U.N. Security Council Resolution 598 on Monday.", "agreement"),
            ("Tokyo offered Jakarta $5 billion in fresh loans.", "proposal")):
        got = kinds(sentence)
        assert any(k == kind for k, _ in got), (sentence, got)


def test_words_near_those_cues_that_type_nothing():
    for sentence in ("The whole country will take part in the election next month.",
                     "Officials said the talks were scheduled for next week.",
                     "The army said the town would be rebuilt."):
        assert not any(k in ("intent_to_negotiate", "threat") for k, _ in kinds(sentence)), \
            sentence


def test_a_charge_or_a_blames_reason_keeps_its_own_time():
    got = dated("Foreign Minister Petros Solomon rejected Yemeni charges that Eritrea had been "
                "the aggressor in December.")
    assert ("rejection", "Petros Solomon", "2026-01-20") in got
    got = dated("President Fidel Castro lashed out at Mexico for voting last month in favour of "
                "a resolution on Cuba.")
    assert ("criticism", "Fidel Castro", "2026-01-20") in got
    # a purpose is no reason: the deal is of its day
    got = dated("Russia and France agreed on six principles for settling the conflict at talks "
                "in the Kremlin on Friday.")
    assert ("agreement", "Russia", "2026-01-16") in got


def test_more_names_for_what_a_body_condemns():
    assert ("criticism", "Ban Ki-moon") in kinds(
        "Secretary-General Ban Ki-moon on Thursday called the South's presence there an "
        "infringement on Sudan's sovereignty.")


def test_diplomats_declared_persona_non_grata_make_no_statement_of_their_state():
    got = kinds("Two Russian diplomats have been declared persona non grata, the British "
                "Foreign Office said.")
    assert ("statement", "Russia") not in got


def test_a_full_name_opening_a_deed_is_a_person():
    assert ("proposal", "Thabo Mbeki") in kinds("Thabo Mbeki tabled a power-sharing draft on "
                                                "Friday.")
    got = pairs("Boris Johnson rang Volodymyr Zelensky late on Friday night, Downing Street "
                "said.")
    assert ("phone_call", "Boris Johnson", "Volodymyr Zelensky") in got


def test_described_as_holds_a_charge_named_far_after_it():
    assert ("criticism", "Josep Borrell") in kinds(
        "Josep Borrell, the EU's foreign policy chief, described the votes organised by Moscow "
        "in four occupied Ukrainian regions as a sham.")


def test_a_full_name_as_a_passives_agent_is_a_person():
    assert ("proposal", "Mikhail Gorbachev") in kinds(
        "Under a plan unveiled by Mikhail Gorbachev on Wednesday, all nuclear weapons would be "
        "eliminated in three stages.")


def test_more_seats_of_government_stand_for_their_state():
    for sentence, state in (
            ("The Treasury Department froze all U.S. assets of Venezuela's state oil company on "
             "Monday.", "United States"),
            ("The Quai d'Orsay condemned the attack on Monday.", "France"),
            ("The Blue House welcomed the agreement on Monday.", "South Korea")):
        assert any(actor == state for _, actor in kinds(sentence)), (sentence, kinds(sentence))


def test_deeds_of_batch_y_worded_many_ways():
    for sentence, kind, actor in (
            ("Sudanese President Omar Hassan al-Bashir closeted himself for two hours with "
             "Egyptian President Hosni Mubarak on Friday.", "meeting", "Omar Hassan al-Bashir"),
            ("Poland sent a diplomatic note to Berlin on Monday demanding reparations.", "demand",
             "Poland"),
            ("Secretary of State John Kerry huddled with Iranian Foreign Minister Mohammad Javad "
             "Zarif on Friday.", "meeting", "John Kerry"),
            ("Ambassador Kazem Gharib Abadi presented his letters of credence to President Doris "
             "Leuthard on Friday.", "meeting", "Kazem Gharib Abadi"),
            ("North Korea consented on Monday to the return of inspectors.", "agreement",
             "North Korea"),
            ("Cuba entered into an accord with the United States on Friday.", "agreement", "Cuba"),
            ("Algeria sealed its land border with Morocco on Saturday.", "sanction", "Algeria"),
            ("Saudi Arabia cut off all oil shipments to the United States today.", "sanction",
             "Saudi Arabia"),
            ("New Zealand slapped travel bans on Fiji's military commander on Friday.",
             "sanction", "New Zealand"),
            ("President Donald Trump rolled out his long-awaited Middle East peace plan on "
             "Tuesday.", "proposal", "Donald Trump"),
            ("Japan extended an offer of 300 billion yen in low-interest loans to Indonesia.",
             "proposal", "Japan"),
            ("Japan lodged a demand with Russia on Tuesday for the return of the islands.",
             "demand", "Japan"),
            ("President Jair Bolsonaro lavished praise on President Donald Trump.", "support",
             "Jair Bolsonaro")):
        got = kinds(sentence)
        assert (kind, actor) in got, (sentence, got)


def test_talk_of_deeds_still_to_come_stays_none():
    for sentence in ("Sudan and Egypt are expected to sign an accord next week.",
                     "The two leaders will be closeted for talks on Friday.",
                     "Diplomats said a border closure was possible."):
        assert not any(k in ("meeting", "agreement", "sanction") for k, _ in kinds(sentence)), \
            (sentence, kinds(sentence))
