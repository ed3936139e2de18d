"""Rules met in the development sets and phrasebook batches of session 19 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "on Monday" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_an_agreement_or_a_treaty_attacked_is_criticised():
    assert ("criticism", "China") in kinds("Beijing also attacked the treaty on Monday.")
    assert ("criticism", "Iran") in kinds("Tehran attacked the agreement as a surrender.")
    # a convoy or a town attacked is fighting, no act of words
    assert not kinds("Rebels attacked the convoy near Goma on Monday.")


def test_a_charge_worded_without_a_verb_of_blame_is_criticism():
    got = kinds("A Foreign Ministry spokesman in Hanoi told reporters that the accord was full "
                "of loopholes.")
    assert ("criticism", "Vietnam") in got
    got = kinds('Foreign Minister Ana Torres told the assembly that the measure was "without '
                'legal basis" under the charter.')
    assert ("criticism", "Ana Torres") in got
    got = kinds("China's embassy hit back, saying Canberra was parroting Washington.")
    assert ("criticism", "China") in got
    got = kinds('Chancellor Olaf Scholz told Athens on Friday that "enough is enough."')
    assert ("criticism", "Olaf Scholz") in got
    # "removed any pretext" is no charge
    got = kinds('Iran welcomed the deal and said it had removed "any pretext" for war.')
    assert ("criticism", "Iran") not in got


def test_a_compromise_worked_out_or_a_dispute_settled_is_an_agreement():
    got = pairs("Mr. Nitze and Mr. Kvitsinsky worked out a compromise on Friday.")
    assert ("agreement", "Nitze", "Kvitsinsky") in got
    got = pairs("Peru and Ecuador settled their last differences over the border on Monday.")
    assert ("agreement", "Peru", "Ecuador") in got
    got = pairs("Mr. Eden and Mr. Molotov did agree yesterday to set up a working group.")
    assert ("agreement", "Eden", "Molotov") in got
    # a quarrel settled by a court names no agreement of the sides
    assert not pairs("The court settled the matter on Monday.")


def test_proposals_laid_before_a_body_are_proposals():
    assert ("proposal", "United States") in kinds(
        "Washington laid new proposals before the conference on Monday.")
    assert ("proposal", "Vance") in kinds("Mr. Vance laid the two proposals before the Soviet "
                                          "leader.")


def test_sanctions_worded_at_greater_length_are_sanctions():
    got = kinds("The Security Council imposed a sweeping trade and financial embargo on Iraq on "
                "Monday.")
    assert ("sanction", "UN Security Council") in got
    got = kinds("The Security Council on Tuesday ordered an air and arms embargo against Libya.")
    assert ("sanction", "UN Security Council") in got
    assert ("sanction", "Japan") in kinds("Japan froze a package of loans worth 810 billion yen "
                                          "to China in June.")
    assert ("sanction", "Organization of American States") in kinds(
        "The Organization of American States voted on Saturday to suspend Honduras from the "
        "organisation.")
    assert ("sanction", "United States") in kinds(
        "The Bush administration on Thursday ordered about 50 Russian diplomats suspected of "
        "being intelligence officers to leave the United States.")
    assert ("sanction", "European Union") in kinds(
        "European Union leaders on Monday barred Belarusian airlines from EU airspace.")
    assert ("sanction", "Organization of American States") in kinds(
        "Cuba was excluded from participation in the inter-American system on Wednesday by "
        "the Organization of American States.")
    # an embargo voted down is no sanction
    assert ("sanction", "UN General Assembly") not in kinds(
        "The General Assembly rejected an embargo on Monday.")


def test_saying_one_will_travel_to_attend_or_begin_talks_is_intent_to_negotiate():
    got = kinds("Owen said on Thursday that he would travel to Geneva next week to begin talks "
                "with the warring parties.")
    assert ("intent_to_negotiate", "Owen") in got
    got = kinds("Sheikh Mujibur Rahman said that he would fly to Lahore tomorrow to attend the "
                "conference.")
    assert ("intent_to_negotiate", "Mujibur Rahman") in got
    # travel for anything else is news, not an intent to negotiate
    got = kinds("Owen said he would fly to Geneva next week to attend a funeral.")
    assert ("intent_to_negotiate", "Owen") not in got


def test_staying_at_the_table_or_at_the_parties_disposal_is_intent_to_negotiate():
    got = kinds("Tsarapkin told reporters that his delegation would remain at the conference "
                "table.")
    assert ("intent_to_negotiate", "Tsarapkin") in got
    got = kinds("Perez de Cuellar said he remained at the disposal of both parties.")
    assert ("intent_to_negotiate", "Perez de Cuellar") in got
    got = kinds("Moscow said it remained ready to conclude a treaty on disarmament.")
    assert ("intent_to_negotiate", "Russia") in got
    got = kinds("China and India said they would resume the discussions at a later date.")
    assert ("intent_to_negotiate", "China") in got
    got = kinds("Eden told reporters that the door remained open to Iran.")
    assert ("intent_to_negotiate", "Eden") in got


def test_talks_told_by_their_length_are_a_meeting():
    body = ("Prime Minister Nehru and President Ayub Khan signed the treaty in Karachi on "
            "Monday. The two leaders held an hour and a half of private talks at President's "
            "House on Friday.")
    assert ("meeting", "Nehru", "Ayub Khan") in pairs(body)
    body = ("President Bush and President Gorbachev signed the treaty on Monday. The two "
            "leaders spent much of Friday in talks at Mr. Gorbachev's country residence.")
    assert ("meeting", "Gorbachev", "Bush") in pairs(body)
    # time spent in a city is no talks
    assert not pairs("President Bush spent much of Friday in Houston.")


def test_a_refusal_told_as_what_the_speaker_cannot_or_will_not_do_is_a_rejection():
    got = kinds("Foreign Minister Ana Torres said Honduras could not sign the draft in its "
                "present form.")
    assert ("rejection", "Ana Torres") in got
    got = kinds("Ukraine's Foreign Ministry said Kiev could not support Moscow's decision.")
    assert ("rejection", "Ukraine") in got
    got = kinds("Prime Minister Atal Bihari Vajpayee told Parliament that India would not be "
                "deterred by sanctions.")
    assert ("rejection", "Atal Bihari Vajpayee") in got
    got = kinds("Mr. Nehru told the Lok Sabha that India would accept no arrangement that left "
                "China in possession of territory.")
    assert ("rejection", "Nehru") in got
    got = kinds("The State Department said on Sunday that it saw nothing new in the Cuban offer.")
    assert ("rejection", "United States") in got
    got = kinds("Walter Bedell Smith told the delegates that his government was not prepared to "
                "join in the declaration.")
    assert ("rejection", "Walter Bedell Smith") in got
    # defiance is no refusal of anything put to the speaker
    got = kinds('"Mali will not be intimidated," Foreign Minister Abdoulaye Diop said.')
    assert ("rejection", "Abdoulaye Diop") not in got
    # another's unreadiness is the speaker's statement about it
    got = kinds("De Gaulle said Britain was not ready to join.")
    assert ("rejection", "De Gaulle") not in got


def test_praise_worded_without_a_verb_of_support_is_support():
    got = kinds('Spokesman Mahmoud Labadi told reporters that the proposals contained "positive '
                'elements."')
    assert ("support", "Mahmoud Labadi") in got
    got = kinds('"Common sense has triumphed," President Charles de Gaulle declared on Sunday.')
    assert ("support", "Charles de Gaulle") in got
    got = kinds('Foreign Minister Thanat Khoman said both sides had shown "great flexibility '
                'and goodwill."')
    assert ("support", "Thanat Khoman") in got
    got = kinds("Foreign Minister Carlos Lopez Contreras said his government would cooperate "
                "fully with verification.")
    assert ("support", "Carlos Lopez Contreras") in got
    # a new chapter opened is a plain statement for most annotators
    got = kinds('Kibaki said the agreement "opens a new chapter" for the country.')
    assert ("statement", "Kibaki") in got


def test_a_list_of_nouns_does_not_cut_the_act_from_its_day():
    got = dated("The Soviet Union and China signed a treaty of friendship, alliance and mutual "
                "assistance in the Kremlin yesterday, pledging to aid each other.")
    assert ("agreement", "Soviet Union", "2026-01-19") in got
    # a comma before a new verb still closes the clause
    got = dated("Iran signed the deal, and on Friday Iraq rejected it.")
    assert ("agreement", "Iran", "2026-01-20") in got
    assert ("rejection", "Iraq", "2026-01-16") in got


def test_at_the_same_ceremony_is_the_day_of_the_ceremony_just_told():
    body = ("The five foreign ministers signed the declaration in Bangkok on Friday. Speaking "
            "at the same ceremony, Mr. Rajaratnam said the new body would help the region.")
    assert ("statement", "Rajaratnam", "2026-01-16") in dated(body)


def test_a_known_name_inside_a_longer_unknown_one_is_not_that_organisation():
    got = kinds("The Sudanese Government and the rebel Southern Sudan Liberation Movement signed "
                "an agreement on Sunday.")
    assert ("agreement", "Sudan Liberation Army") not in got
    assert ("agreement", "Sudan") in got
    # two known names joined stay one body
    got = kinds("The United Nations Security Council on Friday imposed sanctions on North Korea.")
    assert ("sanction", "UN Security Council") in got
    assert ("criticism", "Sudan Liberation Army") in kinds(
        "The Sudan Liberation Movement accused Khartoum on Sunday of bombing villages.")


def test_tamil_tiger_as_an_adjective_names_the_movement():
    got = pairs("Sri Lanka's government and Tamil Tiger rebels agreed on Thursday to uphold the "
                "ceasefire.")
    assert ("agreement", "Liberation Tigers of Tamil Eelam", "Sri Lanka") in got


def test_backing_voted_thanks_sent_and_a_side_taken_are_support():
    got = kinds("The OAS voted 19 to 0 on Tuesday to endorse the quarantine.")
    assert ("support", "Organization of American States") in got
    got = pairs("Emperor Haile Selassie sent a message of thanks to General Abboud.")
    assert ("support", "Emperor Haile Selassie", "Abboud") in got
    got = pairs("Washington came down on Britain's side at the end of April.")
    assert ("support", "United States", "United Kingdom") in got
    # a vote against is no backing
    assert ("support", "Organization of American States") not in kinds(
        "The OAS voted 19 to 0 on Tuesday against the quarantine.")


def test_the_two_governments_are_the_states_named_before_even_in_no_act():
    body = ("Mali and Burkina Faso fought a brief war over the Agacher strip on Monday. The two "
            "governments agreed on Friday to withdraw their troops.")
    got = pairs(body)
    assert ("agreement", "Mali", "Burkina Faso") in got
    assert ("agreement", "Burkina Faso", "Mali") in got


def test_the_two_delegations_opening_a_sentence_are_the_two_sides():
    body = ("Britain and Argentina restored diplomatic relations on Thursday. The two "
            "delegations had held talks on Wednesday.")
    assert ("meeting", "United Kingdom", "Argentina") in pairs(body)
    # a host who received them met each delegation, not the two sides each other
    body = ("Britain and Argentina restored diplomatic relations on Thursday. Pope John Paul "
            "II received the two delegations after the ceremony.")
    got = pairs(body)
    assert not any(p[0] == "meeting" and p[2] in ("United Kingdom", "Argentina") for p in got)


def test_more_charges_refusals_and_backing_worded_without_their_verbs():
    got = kinds('The Peking People\'s Daily said the Soviet letter was "full of distortions."')
    assert ("criticism", "China") in got
    got = kinds("Mr. Kvitsinsky told reporters that the missiles had destroyed the basis for "
                "the negotiations.")
    assert ("criticism", "Kvitsinsky") in got
    got = kinds('President Idriss Deby Itno said: "It is impossible for us to recognise a '
                'self-proclaimed president."')
    assert ("rejection", "Idriss Deby Itno") in got
    got = kinds("Sir Crispin Tickell said Britain would no longer oppose a trade agreement "
                "between Argentina and the European Community.")
    assert ("support", "Crispin Tickell") in got


def test_proposals_outlined_in_the_plural_and_offers_made_yesterday_are_proposals():
    got = kinds("Secretary of State William P. Rogers yesterday outlined proposals for an "
                "Arab-Israeli settlement.")
    assert ("proposal", "William P. Rogers") in got
    got = kinds("Premier Khrushchev offered yesterday to remove Soviet missiles from Cuba.")
    assert ("proposal", "Khrushchev") in got


def test_calls_meetings_and_acceptances_worded_at_greater_length():
    got = pairs("Prime Minister Harold Macmillan spoke by transatlantic telephone last night "
                "with President John F. Kennedy about Berlin.")
    assert ("phone_call", "Harold Macmillan", "John F. Kennedy") in got
    got = kinds("President Gamal Abdel Nasser received the five-nation Suez committee on "
                "Monday.")
    assert ("meeting", "Gamal Abdel Nasser") in got
    got = kinds("Hamas accepted the first phase of the American-brokered Gaza plan on Thursday.")
    assert ("agreement", "Hamas") in got
    # an infinitive between: what is accepted is not the ceasefire
    got = kinds("Hor Namhong said Phnom Penh would accept observers from Indonesia to monitor "
                "the ceasefire.")
    assert ("agreement", "Hor Namhong") not in got and ("agreement", "Cambodia") not in got
    got = pairs('President Hugo Chavez called President George W. Bush "the devil" on Wednesday.')
    assert ("criticism", "Hugo Chavez", "George W. Bush") in got


def test_last_year_between_verb_and_object_and_a_halt_to_sales_ordered():
    got = dated("Japan declined last year an American request to send minesweepers to the Gulf.")
    assert ("rejection", "Japan", "2025") in got
    got = pairs("President Jimmy Carter ordered a halt on Friday to the sale of American grain "
                "to the Soviet Union.")
    assert ("sanction", "Jimmy Carter", "Soviet Union") in got
