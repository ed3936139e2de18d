"""Rules met in the development sets and phrasebook batches of session 15 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "on Monday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_the_other_side_of_a_passive_meeting_meets_on_the_day_it_is_told():
    got = dated("Kenyan President William Ruto, who is on a three-day state visit, was received "
                "on Monday by President Samia Suluhu Hassan.")
    assert ("meeting", "Samia Suluhu Hassan", "2026-01-19") in got
    assert ("meeting", "William Ruto", "2026-01-19") in got


def test_a_participle_aside_of_the_subject_dates_the_verb_after_it():
    got = dated("Lebanese President Joseph Aoun, opening the summit on Friday, demanded that any "
                "settlement guarantee the return of refugees.")
    assert ("demand", "Joseph Aoun", "2026-01-16") in got
    # a name that ends in -ing is no participle: "Beijing" opens no aside
    got = dated("Wang Yi, Beijing's top diplomat since 2023, said China was ready to help.")
    assert ("statement", "Wang Yi", "2026-01-20") in got


def test_a_date_right_after_an_infinitives_deadline_is_the_orders():
    got = dated("Mali's military government ordered France's ambassador to leave the country "
                "within 72 hours on Monday, in a sharp escalation of the crisis.")
    assert ("sanction", "Mali", "2026-01-19") in got
    # without a deadline the infinitive's date stays the content's
    got = dated("Mali's military government ordered France's ambassador to leave the country on "
                "Monday.")
    assert ("sanction", "Mali", "2026-01-19") not in got


def test_the_subjects_next_verb_dated_where_it_is_told_dates_the_verb_before_it():
    got = dated("In Luanda, Sam Nujoma, president of the South-West Africa People's "
                "Organization, called the reduced force \"a betrayal of the Namibian people\" and "
                "demanded on Friday that the council restore the full contingent.")
    assert ("criticism", "Sam Nujoma", "2026-01-16") in got
    assert ("demand", "Sam Nujoma", "2026-01-16") in got


def test_its_ministry_after_the_content_is_the_main_subjects_not_the_last_body_named():
    got = pairs("Ethiopia rejected the draft prepared by the United States and the World Bank, "
                "its foreign ministry said on Saturday.")
    assert ("rejection", "Ethiopia", "United States") in got
    assert not any(actor == "World Bank" for _, actor, _ in got)
    assert ("statement", "World Bank") not in kinds(
        "Ethiopia will not sign a draft prepared by the United States and the World Bank, its "
        "foreign ministry said.")


def test_deeds_worded_as_wire_copy_words_them():
    for sentence, act in (
            ("LIMA (Reuters) - Peru has broken diplomatic ties with Ecuador over the border "
             "clash.", ("sanction", "Peru")),
            ("The United States today froze millions of dollars in Libyan government deposits in "
             "American banks.", ("sanction", "United States")),
            ("The World Bank has halted new funding to Uganda over the law.",
             ("sanction", "World Bank")),
            ("The United States has denied a diplomatic visa to the Bolivian defence minister.",
             ("sanction", "United States")),
            ("India on Wednesday declared two advisers at the Pakistan High Commission persona non "
             "grata.", ("sanction", "India")),
            ("President Ronald Reagan today ordered a ban on all trade with Nicaragua.",
             ("sanction", "Ronald Reagan")),
            ("The State Department ordered Russia on Tuesday to close its consulate in Seattle.",
             ("sanction", "United States")),
            ("Britain cast its veto on Tuesday against the Algerian-drafted resolution.",
             ("rejection", "United Kingdom")),
            ("The Chinese Foreign Ministry today sent back unread a British note of protest.",
             ("rejection", "China")),
            ("The Kremlin played host on Tuesday to Chinese President Xi Jinping.",
             ("meeting", "Russia")),
            ("Pope Francis receives Palestinian President Mahmoud Abbas at the Vatican.",
             ("meeting", "Francis")),  # (a style is no part of the name)
            ("U.N. Secretary-General Kofi Annan handed Greek Cypriot and Turkish Cypriot leaders a "
             "revised peace plan on Monday.", ("proposal", "Kofi Annan")),
            ("The Soviet Union has submitted to the Geneva disarmament committee a draft treaty "
             "on disarmament.", ("proposal", "Soviet Union")),
            ("The Egyptian mediators handed the Hamas delegation a new truce proposal on "
             "Saturday.", ("proposal", "Egypt")),
            ("Somalia has ordered the United Nations' top official in the country to leave.",
             ("sanction", "Somalia")),
            ("Pakistan retaliated with similar measures on Friday.", ("sanction", "Pakistan")),
            ("Colombia said it would withdraw its remaining consular staff from Venezuela.",
             ("sanction", "Colombia")),
            ("On June 10 the United States suspended the delivery of four F-16 "
             "fighter-bombers to Israel.", ("sanction", "United States")),
            ("The European Union on Monday imposed asset freezes and travel bans on Belarusian "
             "officials.", ("sanction", "European Union")),
            ("Beijing's commerce ministry added Lockheed Martin to its unreliable entity list.",
             ("sanction", "China")),
            ("The resolution, introduced last night by Mongi Slim of Tunisia, was adopted.",
             ("proposal", "Mongi Slim"))):
        assert act in kinds(sentence), (sentence, kinds(sentence))


def test_a_call_told_from_the_side_that_took_it_is_a_call_of_both():
    for sentence in ("Iranian President Hassan Rouhani received a telephone call on Friday from "
                     "U.S. President Barack Obama.",
                     "Iranian President Hassan Rouhani received a long-awaited call from U.S. "
                     "President Barack Obama."):
        got = pairs(sentence)
        assert ("phone_call", "Barack Obama", "Hassan Rouhani") in got, (sentence, got)
        assert ("phone_call", "Hassan Rouhani", "Barack Obama") in got, (sentence, got)
    # the passive of a call made is the caller's alone (session 27)
    got = pairs("Iranian President Hassan Rouhani was called by U.S. President Barack Obama on "
                "Friday.")
    assert ("phone_call", "Barack Obama", "Hassan Rouhani") in got
    assert ("phone_call", "Hassan Rouhani", "Barack Obama") not in got


def test_stances_worded_around_the_reporting_verb():
    for sentence, act in (
            ("China on Tuesday voiced \"strong dissatisfaction\" over the U.S. decision to sell "
             "arms to Taiwan.", ("criticism", "China")),
            ("Chinese Foreign Ministry spokesperson Hua Chunying said the remarks had seriously "
             "hurt the feelings of the Chinese people.", ("criticism", "Hua Chunying")),
            ("Serbian Foreign Minister Ivica Dacic said the ban was not conducive to dialogue.",
             ("criticism", "Ivica Dacic")),
            ("Polish Foreign Minister Radoslaw Sikorski said the recognition set a dangerous "
             "precedent for Europe.", ("criticism", "Radoslaw Sikorski")),
            ("Mexican President Andres Manuel Lopez Obrador described the ouster as a coup.",
             ("criticism", "Andres Manuel Lopez Obrador")),
            ("Indian Prime Minister Narendra Modi appeared to take a swipe at Pakistan in a "
             "speech.", ("criticism", "Narendra Modi")),
            ("Iran's foreign ministry said the Islamic Republic stood beside the people of "
             "Yemen.", ("support", "Iran")),
            ("The Kremlin said on Friday it viewed positively the peace plan put forward by "
             "China.", ("support", "Russia")),
            ("Vietnamese Prime Minister Nguyen Xuan Phuc on Wednesday spoke highly of China's "
             "efforts.", ("support", "Nguyen Xuan Phuc")),
            ("Pakistani Prime Minister Shehbaz Sharif extended warm felicitations to the Chinese "
             "leadership.", ("support", "Shehbaz Sharif")),
            ("Athens will never discuss its sovereignty over the islands, a Greek government "
             "spokesman said.", ("rejection", "Greece")),
            ("Japanese Foreign Minister Yoko Kamikawa insisted Friday that China lift its ban on "
             "seafood.", ("demand", "Yoko Kamikawa"))):
        assert act in kinds(sentence), (sentence, kinds(sentence))
    # a comment withheld is no refusal, and a news conference no talks
    assert ("rejection", "Greece") not in kinds(
        "Athens would not discuss the details of the talks, a Greek government spokesman said.")
    assert ("demand", "Germany") in kinds(
        "The German government called on Turkey to free the journalist without delay, a "
        "government spokeswoman said at a regular news conference on Monday.")


def test_a_three_part_name_with_a_short_word_is_a_person_not_an_acronym():
    assert ("intent_to_negotiate", "Kim Jong Un") in kinds(
        "Kim Jong Un said he was willing to hold talks with Iran.")


def test_what_a_speaker_says_of_another_side_types_the_act():
    for sentence, act in (
            ("The Somali foreign ministry said on Tuesday that Nicholas Haysom, the U.N. envoy, "
             "was \"persona non grata\".", ("sanction", "Somalia")),
            ("Nigerian President Muhammadu Buhari said he would seek to renegotiate the treaty "
             "with Cameroon.", ("intent_to_negotiate", "Muhammadu Buhari")),
            ("Iranian Foreign Minister Ali Akbar Velayati said Iran would avenge the crime.",
             ("threat", "Ali Akbar Velayati")),
            ("Mali said on Sunday it was withdrawing its country from the Economic Community of "
             "West African States.", ("sanction", "Mali"))):
        assert act in kinds(sentence), (sentence, kinds(sentence))


def test_a_portfolio_word_before_a_joint_title_is_no_person():
    got = kinds("Agriculture and Fisheries Minister Luis Atienza said Madrid would ask its EU "
                "partners to suspend the agreement.")
    assert ("statement", "Luis Atienza") in got
    assert not any(actor == "Agriculture" for _, actor in got)


def test_breaks_told_as_switches_closures_and_freezes():
    for sentence, act in (
            ("Burkina Faso switched to Beijing last year, the ministry said.",
             ("sanction", "Burkina Faso")),
            ("India closed all but two of the crossing points on its border with Nepal today.",
             ("sanction", "India")),
            ("Taiwan froze the hiring of Filipino workers on Wednesday.", ("sanction", "Taiwan")),
            ("President Sekou Toure of Guinea announced a break in relations with Britain.",
             ("sanction", "Sekou Toure"))):
        assert act in kinds(sentence), (sentence, kinds(sentence))


def test_a_conversation_between_two_leaders_is_their_meeting():
    got = pairs("The visit followed a brief conversation between Indian Prime Minister Narendra "
                "Modi and Pakistani Prime Minister Nawaz Sharif on the sidelines of the climate "
                "summit in Paris.")
    assert ("meeting", "Narendra Modi", "Nawaz Sharif") in got
    assert ("meeting", "Nawaz Sharif", "Narendra Modi") in got


def test_a_date_after_an_apposition_and_a_place_is_the_verbs():
    got = dated("NATO Secretary-General Manlio Brosio met the French permanent representative, "
                "Pierre de Leusse, at the alliance headquarters at the Porte Dauphine later on "
                "Friday.")
    assert ("meeting", "Manlio Brosio", "2026-01-16") in got


def test_a_verb_after_and_takes_the_day_told_to_a_committee():
    got = dated("Secretary of State George Shultz told a congressional committee on Friday that "
                "the affair had cast a shadow over the summit, and demanded that the journalist "
                "be allowed to leave.")
    assert ("demand", "George Shultz", "2026-01-16") in got


def test_dates_of_a_broadcast_aside_a_name_given_and_a_proposal_made_to_someone():
    got = dated("President Junius Jayewardene, in a nationwide broadcast on Friday night, "
                "rejected any outside mediation.")
    assert ("rejection", "Junius Jayewardene", "2026-01-16") in got
    got = dated("Australian Prime Minister Anthony Albanese and Tuvalu's Prime Minister Kausea "
                "Natano signed the treaty, called the Falepili Union, on Friday on the sidelines "
                "of the forum.")
    assert ("agreement", "Anthony Albanese", "2026-01-16") in got
    got = dated("Foreign Secretary Albert del Rosario said he had formally proposed to Chinese "
                "Ambassador Ma Keqing on Friday that the two countries take the dispute to the "
                "tribunal.")
    assert ("proposal", "Albert del Rosario", "2026-01-16") in got


def test_a_relative_clause_with_a_pronoun_subject_dates_its_own_verb():
    got = dated("A senior U.S. official said Washington would not lift sanctions it imposed on "
                "Sudan in 1997 until Khartoum met those conditions.")
    assert not any(value == "1997" for _, _, value in got)
    # a saying's content or a clause of time is no such relative clause
    got = dated("The U.S. State Department condemned what it called Eritrea's aggression on "
                "Friday and called on Asmara to withdraw.")
    assert ("criticism", "United States", "2026-01-16") in got


def test_what_a_speaker_has_said_he_will_do_is_a_standing_position():
    got = dated("Greece and Macedonia signed a deal on Friday. Macedonian President Gjorge Ivanov, "
                "who is close to the nationalist opposition VMRO-DPMNE party, has said he will "
                "refuse to sign it.")
    assert ("rejection", "Gjorge Ivanov", None) in got


def test_where_an_act_took_place_then_its_day_dates_the_act():
    for sentence, act in (
            # a venue before the day: the act's, not an infinitive's
            ("MOSCOW (Reuters) - French President Nicolas Sarkozy presented proposals to end the "
             "fighting to Russian President Dmitry Medvedev at the Kremlin on Friday.",
             ("proposal", "Nicolas Sarkozy", "2026-01-16")),
            # a relative clause on the object, closed, then the verb's own phrases
            ("VIENTIANE (Reuters) - Philippine President Rodrigo Duterte met Japanese Prime "
             "Minister Shinzo Abe, who has sought closer security ties with Manila, on the "
             "sidelines of a regional summit on Friday.", ("meeting", "Rodrigo Duterte",
                                                          "2026-01-16")),
            # an aside at an occasion, an opening clause after a dateline, a trailing report
            ("PARIS (AP) — Soviet Premier Nikita Khrushchev, at the opening session of the summit "
             "conference in Paris on Friday, demanded that President Eisenhower apologize.",
             ("demand", "Nikita Khrushchev", "2026-01-16")),
            ("BEIJING (AP) — Speaking to reporters in Beijing on Friday at the end of a state "
             "visit, South African President Nelson Mandela praised China.",
             ("support", "Nelson Mandela", "2026-01-16")),
            ("RIYADH (Reuters) - Saudi Arabia has cut diplomatic ties with the Taliban, the "
             "official Saudi Press Agency reported on Friday.",
             ("sanction", "Saudi Arabia", "2026-01-16"))):
        assert act in dated(sentence), (sentence, dated(sentence))
    # a story that opens on the years it sums up tells background, not the day's news
    got = dated("TAIPEI (Reuters) - In recent years Taiwan has said it is willing to talk with "
                "Beijing on an equal footing.")
    assert ("intent_to_negotiate", "Taiwan", None) in got


def test_an_honorific_without_its_stop_opens_a_one_word_name():
    assert ("support", "Thatcher") in kinds(
        "LONDON — Mrs Thatcher yesterday welcomed the outcome of the Geneva summit.")
    assert ("intent_to_negotiate", "Smith") in kinds("Mr Smith said he was ready to meet Iran.")


def test_revenge_vowed_and_a_note_sent_protesting():
    assert ("threat", "Ali Khamenei") in kinds(
        "Iran's Supreme Leader Ayatollah Ali Khamenei vowed harsh revenge against the United "
        "States.")
    assert ("criticism", "United Kingdom") in kinds(
        "LONDON (AP) — Britain sent a strongly worded note to Egypt on Monday, protesting against "
        "the seizure of the Suez Canal Company.")
