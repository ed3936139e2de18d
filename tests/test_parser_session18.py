"""Rules met in the development sets and phrasebook batches of session 18 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "on Monday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_words_that_count_from_the_day_just_named_date_the_act():
    body = ("Moscow demanded on Friday that Kyiv pull back its troops. Ukraine's foreign "
            "minister rejected the demand later that day.")
    assert ("rejection", "Ukraine", "2026-01-16") in dated(body)
    body = ("The court ruled on Friday that the claim had no basis. Within hours, China's "
            "foreign ministry said the ruling was null and void.")
    assert ("rejection", "China", "2026-01-16") in dated(body)
    body = ("The gendarmes landed on the islet on Friday. Spain's defence minister announced the "
            "operation at a press conference in Madrid hours later.")
    assert ("statement", "Spain", "2026-01-16") in dated(body)
    body = ("The leaders signed the accord on Friday. Prime Minister Keir Starmer told "
            "reporters the previous evening that he wanted to discuss the matter with Macron.")
    assert ("statement", "Keir Starmer", "2026-01-15") in dated(body)


def test_those_words_with_no_day_named_before_them_date_nothing():
    # no day to count from: the act is the paper's, as any act told as current
    got = dated("Within hours, China's foreign ministry said the ruling was null and void.")
    assert ("rejection", "China", "2026-01-20") in got


def test_the_same_evening_and_the_next_morning_count_from_the_day_just_named():
    body = ("Papandreou arrived in Ankara on Friday. He was received by Prime Minister Bulent "
            "Ecevit the same evening. Ecevit met Papandreou again the next morning.")
    got = dated(body)
    assert ("meeting", "Bulent Ecevit", "2026-01-16") in got
    assert ("meeting", "Bulent Ecevit", "2026-01-17") in got
    body = ("Fighting broke out on Friday. Only hours earlier, Baku had accused Armenian forces "
            "of shelling villages.")
    assert ("criticism", "Azerbaijan", "2026-01-16") in dated(body)


def test_a_refusal_or_blame_in_the_simple_present_is_a_standing_position():
    got = dated("Iran accused Qatar on Monday of funding the rebels. Qatar rejects the charges.")
    assert ("rejection", "Qatar", None) in got
    got = dated("India blames the attack on two Pakistan-based militant groups.")
    assert ("criticism", "India", None) in got
    # said in so many words on the day, it is the day's
    got = dated('The Bush administration said it "categorically rejects" the offer.')
    assert ("rejection", "United States", "2026-01-20") in got


def test_styles_of_older_copy_are_no_part_of_the_name():
    got = pairs("In Cairo, President Gamal Abdel Nasser received M. Ferhat Abbas for an hour.")
    assert ("meeting", "Gamal Abdel Nasser", "Ferhat Abbas") in got
    got = kinds("Herr Grotewohl appealed on Friday for talks between East and West Germany.")
    assert ("call_for_talks", "Grotewohl") in got
    got = kinds('Abdel Rahman Azzam Pasha, Secretary General of the Arab League, said on Friday '
                'that the step was "a courageous act."')
    assert ("statement", "Abdel Rahman Azzam") in got


def test_a_surname_opening_with_its_particle_after_a_title_is_a_name():
    assert ("rejection", "de Gaulle") in kinds("President de Gaulle turned down the offer.")
    got = pairs("President dos Santos met President Mandela on Monday.")
    assert ("meeting", "dos Santos", "Mandela") in got
    # capitalised to open a sentence, it is still the man named before
    got = kinds("Charles de Gaulle rejected the plan on Monday. De Gaulle said Britain was not "
                "ready to join.")
    assert ("statement", "Charles de Gaulle") in got
    assert ("statement", "De Gaulle") not in got


def test_a_style_before_the_person_met_keeps_him_the_object():
    got = pairs("Samora Machel arrived on Friday. Mr. Soares met Mr. Machel in Lusaka.")
    assert ("meeting", "Soares", "Samora Machel") in got
    got = pairs("Castro received Sir Alec Douglas-Home on Friday.")
    assert ("meeting", "Castro", "Alec Douglas-Home") in got


def test_deals_frozen_supplies_cut_and_ones_own_envoy_recalled_are_sanctions():
    got = pairs("President Hugo Chavez froze all pending business deals with Colombia on Friday.")
    assert ("sanction", "Hugo Chavez", "Colombia") in got
    got = kinds("Serbia said on Friday it was cutting off all but humanitarian supplies to the "
                "Bosnian Serbs.")
    assert ("sanction", "Serbia") in got
    got = kinds("President Bush last week recalled the U.S. ambassador to Panama.")
    assert ("sanction", "Bush") in got


def test_a_proposal_turned_down_with_a_pronoun_between_is_a_rejection():
    got = kinds("Washington offered a plan in May. Honduras and Costa Rica turned it down.")
    assert ("rejection", "Honduras") in got
    assert ("rejection", "Costa Rica") in got


def test_the_day_before_standing_alone_counts_back_from_the_day_just_named():
    body = ("Talks at Reykjavik collapsed on Sunday. The day before, Ronald Reagan had turned "
            "down Gorbachev's proposal.")
    assert ("rejection", "Ronald Reagan", "2026-01-17") in dated(body)
    # the day before something named is that thing's eve, not the last day named
    body = ("The vote was held on Friday. Ronald Reagan rejected the proposal the day before "
            "the vote.")
    assert ("rejection", "Ronald Reagan", "2026-01-16") not in dated(body)
    assert ("rejection", "Ronald Reagan", "2026-01-15") not in dated(body)


def test_an_attack_in_words_on_a_person_or_a_policy_is_criticism():
    got = kinds("Mr. Khrushchev launched a violent attack on Mr. Hammarskjold in the General "
                "Assembly yesterday.")
    assert ("criticism", "Khrushchev") in got
    got = kinds("President Nasser, in a speech yesterday to officers of the army, attacked the "
                "Eisenhower Doctrine as an attempt to fill a vacuum.")
    assert ("criticism", "Nasser") in got
    # a raid is no criticism
    assert not kinds("Rebels launched an attack on the town of Goma on Monday.")
    assert not kinds("Gunmen attacked the army base near Goma.")


def test_a_state_or_province_after_a_town_is_where_not_who():
    got = kinds("Mr. Winston Churchill, speaking at Westminster College, Fulton, Missouri, on "
                "Friday, declared that Britain and the United States must stand together.")
    assert {a for _, a in got} == {"Winston Churchill"}


def test_the_person_written_to_in_an_aside_is_not_the_subject():
    got = kinds("Nikolai Bulganin, in a letter to Sir Anthony Eden, warned that the Soviet Union "
                "would act.")
    assert ("threat", "Nikolai Bulganin") in got
    assert ("threat", "Anthony Eden") not in got


def test_a_surname_after_a_rank_is_a_person():
    assert ("threat", "Nasser") in kinds("Colonel Nasser warned that Egypt would act.")
    got = kinds("Marshal Tito said on Friday that Yugoslavia would not yield.")
    assert ("rejection", "Tito") in got
    assert ("rejection", "Yugoslavia") not in got


def test_a_time_between_the_verb_and_its_object_keeps_the_phrase_whole():
    got = dated("Mr. Ian Smith, the Rhodesian Prime Minister, accepted last night the proposals "
                "brought to him by Dr. Kissinger.")
    assert ("agreement", "Ian Smith", "2026-01-19") in got
    got = kinds("Arafat signed on Friday the agreement with Israel.")
    assert ("agreement", "Arafat") in got


def test_people_named_inside_an_aside_on_a_message_or_interview_are_not_the_subject():
    got = kinds("Iranian President Hassan Rouhani, in an interview with NBC's Ann Curry, said "
                "his government was ready to negotiate with the United States.")
    assert ("intent_to_negotiate", "Hassan Rouhani") in got
    assert ("intent_to_negotiate", "Ann Curry") not in got
    got = kinds("President Carter, in a State of the Union address aimed squarely at Leonid "
                "Brezhnev's Soviet Union, warned on Friday that any attempt to seize the Gulf "
                "would be repelled by any means necessary, including military force.")
    assert ("threat", "Carter") in got


def test_a_plan_put_before_or_laid_out_for_a_body_is_a_proposal():
    got = pairs("Rapacki put before the General Assembly on Wednesday a plan for a zone free of "
                "nuclear weapons.")
    assert ("proposal", "Rapacki", "UN General Assembly") in got
    got = kinds("Mr. Baruch laid before the Atomic Energy Commission yesterday a plan for an "
                "international authority.")
    assert ("proposal", "Baruch") in got
    got = kinds("Clinton laid out for the negotiators on Saturday his parameters for a final "
                "settlement.")
    assert ("proposal", "Clinton") in got


def test_exports_being_stopped_are_a_sanction():
    got = pairs("Libya announced on Friday that it was stopping all oil exports to the United "
                "States.")
    assert ("sanction", "Libya", "United States") in got


def test_a_style_before_a_full_name_marks_a_person():
    got = pairs("Pineau held talks with Mr. Selwyn Lloyd on Saturday.")
    assert ("meeting", "Pineau", "Selwyn Lloyd") in got


def test_a_state_inside_an_adjective_on_someone_else_does_not_act():
    got = kinds("Nicaragua's Sandinista government and the U.S.-backed Contra rebels signed a "
                "60-day ceasefire on Wednesday.")
    assert ("agreement", "United States") not in got
    assert ("agreement", "Nicaragua") in got
    got = kinds("The Saudi-led coalition said on Friday it had intercepted a missile.")
    assert ("statement", "Saudi Arabia") not in got


def test_a_plural_noun_opening_a_sentence_is_no_part_of_the_name_after_it():
    got = pairs("Negotiators Borko Stefanovic of Serbia and Edita Tahiri of Kosovo initialled the "
                "deal in Brussels on Friday.")
    assert ("agreement", "Borko Stefanovic", "Edita Tahiri") in got


def test_made_it_plain_that_reports_speech():
    got = dated("Hatta made it plain at a news conference on Friday that the Republic regarded "
                "the territory as part of Indonesia.")
    assert ("statement", "Hatta", "2026-01-16") in got


def test_an_act_told_after_a_saying_keeps_the_day_after_its_own_object():
    got = dated("Libya announced on Friday that it was stopping all oil exports to the United "
                "States, and Abu Dhabi imposed its own embargo on Thursday.")
    assert ("sanction", "United Arab Emirates", "2026-01-15") in got
    assert ("sanction", "Libya", "2026-01-16") in got


def test_an_opening_participle_with_a_place_and_a_day_dates_the_main_verb():
    got = dated("Leaving Kuala Lumpur on Monday, Kang warned that Malaysia's measures would "
                "cause severe damage to relations.")
    assert ("threat", "Kang", "2026-01-19") in got


def test_a_dateline_a_day_before_the_paper_is_the_day_today_means():
    from datetime import date

    from tests.parsing import parse
    got = {(e.type, e.date.value) for e in parse(
        "WASHINGTON, Oct. 22 — President Kennedy told the nation tonight that the Soviet "
        "Union must withdraw its missiles from Cuba.", date(1962, 10, 23))}
    assert ("demand", "1962-10-22") in got
    # a dateline of the paper's own day, or none, changes nothing
    got = {(e.type, e.date.value) for e in parse(
        "WASHINGTON, Oct. 23 — President Kennedy told the nation tonight that the Soviet "
        "Union must withdraw its missiles from Cuba.", date(1962, 10, 23))}
    assert ("demand", "1962-10-23") in got


def test_a_full_name_before_declared_or_asserted_is_the_speaker():
    got = kinds("Vladimir Putin declared that any attack on Russia would be repelled.")
    assert ("threat", "Vladimir Putin") in got
    got = kinds("Winston Churchill asserted on Friday that Britain would never negotiate with "
                "Germany.")
    assert any(a == "Winston Churchill" for _, a in got)


def test_a_harm_or_a_good_promised_on_a_condition_is_a_threat_or_an_offer():
    got = kinds("NATO would launch substantial and decisive air strikes if the Bosnian Serbs "
                "attacked the safe area of Gorazde, Secretary-General Willy Claes said on "
                "Tuesday.")
    assert ("threat", "Willy Claes") in got
    got = kinds("Sadat said on Friday that Egypt would begin clearing the Suez Canal for "
                "navigation if Israel pulled its forces back.")
    assert ("proposal", "Sadat") in got
    # support given is no offer on a condition
    got = kinds("Egypt said it would provide political and military support to the coalition, "
                "including naval forces if needed.")
    assert ("proposal", "Egypt") not in got


def test_an_infamous_act_or_a_state_culpable_is_criticism_in_reported_words():
    got = kinds('Ambassador Daniel P. Moynihan told the General Assembly on Monday that its '
                'resolution was "an infamous act."')
    assert ("criticism", "Daniel P. Moynihan") in got
    got = kinds('Prime Minister Theresa May told the House of Commons on Wednesday that the '
                'Russian state was "culpable" for the attempted murder.')
    assert ("criticism", "Theresa May") in got


def test_sides_that_should_meet_face_to_face_are_called_to_talks():
    got = kinds("President Nelson Mandela said on Wednesday that Mobutu and Kabila should meet "
                "face to face to negotiate a transfer of power.")
    assert ("call_for_talks", "Nelson Mandela") in got
    got = kinds("Krishna Menon maintained that the dispute should be settled by negotiation "
                "between Egypt and the users of the canal.")
    assert ("call_for_talks", "Krishna Menon") in got


def test_taking_no_part_or_ignoring_a_declaration_is_a_rejection_in_reported_words():
    got = kinds("North Korea said on Tuesday that it would never again take part in the "
                "six-party talks.")
    assert ("rejection", "North Korea") in got
    got = kinds("Suzuki told a press conference on Saturday that the Government would ignore "
                "the joint declaration issued at Potsdam.")
    assert ("rejection", "Suzuki") in got


def test_confidence_or_backing_for_a_bid_in_reported_words_is_support():
    got = kinds('"Kofi Annan has our complete confidence," said Jean-Marc de La Sabliere, '
                "France's ambassador to the United Nations, on Thursday.")
    assert ("support", "Jean-Marc de La Sabliere") in got
    got = kinds("Germany would back Finland's application to join NATO, Chancellor Olaf Scholz "
                "said on Thursday.")
    assert ("support", "Olaf Scholz") in got


def test_a_dateline_with_a_region_and_a_dash_is_cut_off_before_the_opening_clause():
    got = dated("LAUSANNE, Switzerland — At the end of eight days of marathon talks on Friday, "
                "Iranian Foreign Minister Mohammad Javad Zarif said Iran was ready to negotiate "
                "a final deal.")
    assert ("intent_to_negotiate", "Mohammad Javad Zarif", "2026-01-16") in got


def test_a_day_counted_from_the_day_an_opening_clause_names():
    got = dated("A day after Iraqi tanks rolled into Kuwait on Friday, Secretary of State James "
                "Baker said the invasion was naked aggression.")
    assert ("statement", "James Baker", "2026-01-17") in got
    got = dated("On the eve of Friday's summit, Chinese President Xi Jinping called on the "
                "United States to resume talks.")
    assert ("call_for_talks", "Xi Jinping", "2026-01-15") in got
    # inside a clause that does not open the sentence, the day is the clause's own
    got = dated("The meeting came a week after Rajnath Singh and Wei Fenghe held talks in "
                "Moscow on Friday.")
    assert ("meeting", "Rajnath Singh", "2026-01-16") in got


def test_an_opening_as_or_hours_after_clause_dates_the_main_verb():
    got = dated("As Iraqi troops tightened their grip on Kuwait City on Friday, President George "
                "Bush telephoned King Fahd.")
    assert ("phone_call", "George Bush", "2026-01-16") in got
    got = dated("Hours after hijacked airliners struck New York on Friday, Russian President "
                "Vladimir Putin telephoned George W. Bush.")
    assert ("phone_call", "Vladimir Putin", "2026-01-16") in got


def test_a_count_of_days_opening_the_sentence_before_a_possessive_day():
    got = dated("NAIROBI — A day after Friday's US election, Kenyan President Mwai Kibaki "
                "praised Barack Obama.")
    assert ("support", "Mwai Kibaki", "2026-01-17") in got
    got = dated("Eight days after militants seized the embassy on Jan. 4, President Carter "
                "ordered a halt to oil imports from Iran.")
    assert ("sanction", "Carter", "2026-01-12") in got
    # the next clause's day is not the count's
    got = dated("Two days after the gendarmes landed, Madrid recalled its ambassador in Rabat, "
                "and on Wednesday special forces retook the islet.")
    assert ("sanction", "Spain", "2026-01-16") not in got


def test_a_new_full_name_before_any_past_is_the_subject_and_after_sat_down_with_the_object():
    got = pairs("Jimmy Carter sat down with Anwar Sadat on Saturday.")
    assert ("meeting", "Jimmy Carter", "Anwar Sadat") in got
    got = pairs("Barack Obama spent 90 minutes on the telephone with Vladimir Putin on Saturday.")
    assert ("phone_call", "Barack Obama", "Vladimir Putin") in got
    # a place after a preposition is no one
    assert not kinds("U.N. officials in New York on Friday finished drafting the rules.")


def test_a_long_talk_or_hours_spent_with_someone_is_a_meeting_and_a_call_reached_by_phone():
    got = kinds("Vladimir Putin had a long private talk with Recep Tayyip Erdogan on Friday.")
    assert ("meeting", "Vladimir Putin") in got
    got = kinds("Vladimir Putin spent two hours with Recep Tayyip Erdogan on Friday.")
    assert ("meeting", "Vladimir Putin") in got
    got = kinds("Vladimir Putin reached Recep Tayyip Erdogan by telephone on Friday.")
    assert ("phone_call", "Vladimir Putin") in got
    # a talk by telephone stays a call
    got = kinds("Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan on Friday.")
    assert ("phone_call", "Vladimir Putin") in got
    assert ("meeting", "Vladimir Putin") not in got


def test_a_named_object_and_a_place_do_not_hide_the_day_of_an_act_after_a_saying():
    got = dated("King Hussein of Jordan said he backed the agreement, and President Hosni "
                "Mubarak of Egypt telephoned Mr. Arafat in Tunis on Friday to congratulate him.")
    assert ("phone_call", "Hosni Mubarak", "2026-01-16") in got


def test_the_day_a_note_carrying_the_act_was_delivered_dates_it():
    got = dated("The Mexican Ambassador in Santiago, Gonzalo Martinez Corbala, demanded in a note "
                "delivered on Friday that the junta issue safe-conduct passes.")
    assert ("demand", "Gonzalo Martinez Corbala", "2026-01-16") in got


def test_officials_whose_state_is_named_first_are_that_states_wherever_they_are():
    assert kinds("French officials in Algiers said the offer remained valid.") == {
        ("statement", "France")}
    assert kinds("Officials in Algiers said the offer remained valid.") == {
        ("statement", "Algeria")}


def test_a_style_or_rank_after_and_keeps_both_names_the_subject():
    got = kinds("Cyrus Vance and Lord Owen unveiled the plan on Friday.")
    assert {("proposal", "Cyrus Vance"), ("proposal", "Owen")} <= got
    got = pairs("Colonel Caamano and Colonel Benoit put their names to the document yesterday.")
    assert ("agreement", "Caamano", "Benoit") in got


def test_served_notice_that_is_a_threat_of_the_one_who_served_it():
    got = kinds("Mr. John Foster Dulles, the Secretary of State, served notice last night that "
                "the United States would retaliate instantly.")
    assert ("threat", "John Foster Dulles") in got


def test_an_aside_on_an_address_of_several_words_dates_the_verb_after_it():
    got = dated("President George W. Bush, in his State of the Union address on Friday, branded "
                "Iran, Iraq and North Korea an axis of evil.")
    assert ("criticism", "George W. Bush", "2026-01-16") in got


def test_an_opening_past_participle_dates_and_a_count_stops_at_the_main_clause():
    got = dated("Seated among aides at his golf club on Friday afternoon, President Donald Trump "
                "warned North Korea that it would be met with fire and fury.")
    assert ("threat", "Donald Trump", "2026-01-16") in got
    got = dated("BAGHDAD — Ten days after his troops overran Kuwait, Saddam Hussein offered on "
                "Friday to discuss a withdrawal.")
    assert ("proposal", "Saddam Hussein", "2026-01-16") in got


def test_a_time_of_a_named_day_without_a_range_dates_the_act_by_that_day():
    got = dated("In a coordinated move before dawn on Friday, Saudi Arabia cut diplomatic ties "
                "with Qatar.")
    assert ("sanction", "Saudi Arabia", "2026-01-16") in got


def test_cutting_off_shipments_or_a_quota_is_a_sanction():
    got = pairs("Saudi Arabia announced on Friday that it was cutting off all oil shipments to "
                "the United States.")
    assert ("sanction", "Saudi Arabia", "United States") in got
    got = kinds("President Eisenhower announced on Friday that he was cutting Cuba's sugar quota "
                "for the rest of the year.")
    assert ("sanction", "Eisenhower") in got


def test_had_spoken_with_someone_by_telephone_is_a_call():
    got = kinds("Bush said he had spoken with Mikhail Gorbachev by telephone on Friday.")
    assert ("phone_call", "Bush") in got
    assert ("meeting", "Bush") not in got


def test_a_courtesy_call_at_a_residence_is_a_meeting_and_a_call_to_act_is_not():
    got = kinds("Joseph Stalin called on President Harry S. Truman at the Little White House in "
                "Babelsberg on Tuesday.")
    assert ("meeting", "Joseph Stalin") in got
    assert ("proposal", "Joseph Stalin") not in got
    got = kinds("Obama called on Iran at the United Nations to release the prisoners.")
    assert ("meeting", "Obama") not in got


def test_saying_one_will_travel_somewhere_to_meet_someone_is_intent():
    got = kinds("Ayub Khan said on Friday that he would go to Tashkent early in the new year to "
                "meet Mr. Shastri with an open mind.")
    assert ("intent_to_negotiate", "Ayub Khan") in got


def test_an_embargo_maintained_against_a_state_is_a_sanction():
    got = pairs("Cuba's leaders met on Friday. Washington has maintained a trade embargo against "
                "Cuba for nearly five decades.")
    assert ("sanction", "United States", "Cuba") in got
