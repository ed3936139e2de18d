"""Rules met in the development sets and phrasebook batches of session 27 (issue 4).

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20, so "on Friday" is 2026-01-16 and "last night" 2026-01-19.
"""
from __future__ import annotations

from tests.parsing import dated, kinds, pairs


def test_a_post_alone_is_no_new_persons_name():
    # "then the Crown Prince" is Faisal's post: the meeting is his and Nasser's
    found = pairs("Faisal, then the Crown Prince, met Nasser at the Arab summit in Alexandria.")
    assert ("meeting", "Faisal", "Nasser") in found
    assert not any(e[1] == "Crown Prince" for e in found)
    # a two-word name is still a new person where a title word is only part of it
    assert ("meeting", "Sadyr Japarov") in kinds(
        "Sadyr Japarov and Emomali Rahmon met in Batken on Friday.")


def test_the_host_of_a_meeting_meets():
    assert ("meeting", "Felix Houphouet-Boigny") in kinds(
        "President Felix Houphouet-Boigny of the Ivory Coast, host of the one-day meeting, said "
        "the leaders had agreed to meet again.")
    assert ("meeting", "Nikita Khrushchev", "Janos Kadar") in pairs(
        "Soviet Premier Nikita Khrushchev has been playing host this week to Janos Kadar, the "
        "Hungarian leader.")
    assert ("meeting", "Sani Abacha") in kinds(
        "The summit, chaired by Nigerian leader Sani Abacha, ended on Friday.")
    # a host of anything but talks is no meeting
    assert not kinds("Nigeria, host of the African Cup of Nations, opened a new stadium.")


def test_a_person_of_a_state_before_who_speaks_himself():
    found = kinds("President Nursultan Nazarbayev of Kazakhstan, who was in Moscow for the "
                  "funeral, said the talks had been useful.")
    assert ("statement", "Nursultan Nazarbayev") in found
    assert ("statement", "Kazakhstan") not in found
    assert ("statement", "Alberto Fujimori") in kinds(
        "Alberto Fujimori of Peru, who arrived in Quito on Friday, said the talks had been "
        "useful.")


def test_north_and_south_name_two_states():
    found = pairs("South and North Korea reached a deal early Tuesday to ease military tensions.")
    assert ("agreement", "South Korea", "North Korea") in found
    assert ("agreement", "North Korea", "South Korea") in found
    assert ("meeting", "North Korea", "South Korea") in pairs(
        "North and South Korea held talks at Panmunjom on Friday.")
    # a direction in lower case is no half of a name
    assert not any(e[1] == "South Korea" for e in pairs(
        "The troops moved south and North Korea protested on Friday."))


def test_a_deal_signed_by_the_two_countries_is_both_sides():
    found = pairs("Ethiopia and Eritrea fought a border war. The peace agreement was signed by "
                  "the two countries in Algiers on Friday.")
    assert ("agreement", "Ethiopia", "Eritrea") in found
    assert ("agreement", "Eritrea", "Ethiopia") in found


def test_help_weighed_and_an_answer_promised_are_no_threats():
    assert ("threat", "Japan") not in kinds(
        "Japan's Foreign Ministry said it was considering new aid to the Philippines.")
    assert ("statement", "Belgium") in kinds(
        "Belgium said it would give its answer within six months.")
    assert ("threat", "Belgium") not in kinds(
        "Belgium said it would give its answer within six months.")
    # a reply promised in kind, or a step against the other side weighed, still warns
    assert ("threat", "North Korea") in kinds(
        "North Korea said on Friday it would give a crushing reply to any attack.")
    assert ("threat", "United States") in kinds(
        "The State Department said Washington was reviewing its aid to Fiji after the coup.")


def test_a_capitalised_post_of_a_state_in_apposition_is_the_persons():
    for post in ("Foreign Minister", "Premier", "Premier and Foreign Minister"):
        found = kinds(f"Chou En-lai, {post} of the People's Republic of China, said on Friday "
                      "that the five principles would guide relations with India.")
        assert ("statement", "Chou En-lai") in found, post
        assert ("statement", "China") not in found, post


def test_a_month_after_a_done_verb_is_last_years_whatever_the_acts_words():
    # a paper of 20 January: "said in February" is last February (the tagger alone reads the
    # nearer one ahead), though "did not accept" is no verb in the past of its own
    assert ("rejection", "United States", "2025-02") in dated(
        "The United States said in February that it did not accept the ruling.")
    # a date of what is still due stays ahead
    assert ("rejection", "United States", "2026-01-20") in dated(
        "The United States said it would not accept a ruling due in February.")


def test_a_states_own_foreign_office_is_its_own_not_londons():
    for owner in ("A Pakistani Foreign Office spokesman", "A spokesman of the Pakistan Foreign "
                  "Office", "A spokesman for Pakistan's Foreign Office"):
        found = kinds(f"{owner} said on Friday that Kashmir would be the first item on the "
                      "agenda.")
        assert ("statement", "Pakistan") in found, owner
        assert ("statement", "United Kingdom") not in found, owner
    # with no owner the Foreign Office is still London's
    assert ("statement", "United Kingdom") in kinds(
        "A Foreign Office spokesman said on Friday that the talks would go on.")


def test_an_official_placed_in_a_capital_before_who_is_his_states():
    found = kinds("A U.S. official in Doha, who spoke on condition of anonymity, said only that "
                  "the Gulf state was helping.")
    assert ("statement", "United States") in found
    assert ("statement", "Qatar") not in found


def test_what_a_side_would_do_to_talk_is_intent_to_negotiate():
    for body in (
            "Foreign Minister Ali Alatas said Indonesia was ready to receive the U.N. envoy.",
            "Foreign Minister Ali Alatas said his government would settle the dispute with "
            "Portugal through negotiations.",
            "Foreign Minister Ali Alatas said Jakarta was prepared to send a representative to "
            "discuss the resolution.",
            "Foreign Minister Ali Alatas said Jakarta would not refuse a frank conversation.",
            "Foreign Minister Ali Alatas said his government was ready to submit the whole "
            "dispute to arbitration.",
            "Foreign Minister Ali Alatas said the door remained open to negotiation."):
        assert ("intent_to_negotiate", "Ali Alatas") in kinds(body), body
    # the same hope told of others is a call for talks, not the speaker's readiness
    found = kinds("China said it hoped India and Pakistan would resolve their differences "
                  "through dialogue.")
    assert ("call_for_talks", "China") in found
    assert ("intent_to_negotiate", "China") not in found


def test_a_vote_or_backing_promised_for_a_deal_is_support():
    assert ("support", "Jose Manuel Albares") in kinds(
        "Foreign Minister Jose Manuel Albares announced on Friday that Spain would back the "
        "agreement.")
    assert ("support", "Marcelo Ebrard") in kinds(
        "Foreign Minister Marcelo Ebrard said Mexico would vote for the resolution.")
    # the vote refused is no support
    found = kinds("Foreign Minister Marcelo Ebrard said Mexico would not vote for the "
                  "resolution.")
    assert ("support", "Marcelo Ebrard") not in found
    assert ("rejection", "Marcelo Ebrard") in found


def test_consequences_held_out_are_threats():
    for body, actor in (
            ("Foreign Secretary Jack Straw said on Friday that Iran risked referral to the "
             "Security Council.", "Jack Straw"),
            ("Foreign Minister Hilgard Muller said South Africa would review its relations with "
             "the world body.", "Hilgard Muller"),
            ("The White House said the president's patience with Baghdad was wearing thin.",
             "United States"),
            ("The European Union said it was ready to adopt further sanctions if the killing "
             "went on.", "European Union"),
            ("Foreign Minister Jose Fellman Velarde said Bolivia would carry its complaint to the "
             "United Nations if the talks failed.", "Jose Fellman Velarde"),
            ("Under Secretary Stephen Rademaker said Washington would seek action by the "
             "Security Council if Iran resumed enrichment.", "Stephen Rademaker")):
        assert ("threat", actor) in kinds(body), body
    # a review with no side held to account, and a complaint carried already, threaten no one
    assert not any(e[0] == "threat" for e in kinds(
        "Foreign Minister Hilgard Muller said South Africa would review its trade figures."))


def test_who_drafted_the_text_a_sentence_is_about_is_background():
    text = ("The resolution, drafted by the United States and France, was adopted 15-0 by the "
            "Security Council.")
    assert ("proposal", "United States", None) in dated(text)
    assert ("proposal", "France", None) in dated(text)
    # the drafting told in the passive is the day's news
    assert ("proposal", "United States", "2026-01-16") in dated(
        "A new resolution was drafted by the United States on Friday.")


def test_a_date_after_an_apposed_object_and_an_adverb_is_the_verbs():
    assert ("meeting", "Dean Rusk", "2026-01-16") in dated(
        "Secretary of State Dean Rusk met the Turkish Foreign Minister, Feridun Cemal Erkin, "
        "separately on Friday.")


def test_calling_someone_by_telephone_is_a_call():
    found = pairs("Japanese Foreign Minister Taro Aso called Australian Foreign Minister "
                  "Alexander Downer by telephone on Friday.")
    assert ("phone_call", "Taro Aso", "Alexander Downer") in found
    # a telephone told after a comma and a negation is no call made
    assert not any(e[0] == "phone_call" for e in pairs(
        "The two presidents, who for years called each other friends, did not speak by "
        "telephone that week."))


def test_trade_and_rights_taken_away_are_sanctions():
    assert ("sanction", "United States", "Japan") in pairs(
        "The United States revoked Japan's fishing privileges in American waters on Friday.")
    assert ("sanction", "United States", "Ecuador") in pairs(
        "Washington cut off military sales to Ecuador on Friday in retaliation for the seizure "
        "of American tuna boats.")
    assert ("sanction", "Canada") in kinds(
        "Canada suspended Aeroflot's landing rights for sixty days.")
    assert not kinds("The company stopped sales of the drug to hospitals.")


def test_a_deal_offered_accepted_or_signed_into_law():
    assert ("proposal", "Morocco") in kinds(
        "In a letter to the European Union last month, Morocco offered a four-year fisheries "
        "agreement.")
    assert ("agreement", "Egypt") in kinds(
        "Egypt accepted the Washington-brokered text on the filling of the dam on Friday.")
    assert ("agreement", "Vladimir Putin") in kinds(
        "Russian President Vladimir Putin signed into law the country's ratification of the "
        "Kyoto Protocol.")
    assert not kinds("The bank offered a new savings plan to its customers.")


def test_the_subjunctive_of_a_demand_is_a_demand():
    assert ("demand", "European Commission", "Denmark") in pairs(
        "The European Commission insisted on Friday that Denmark halt its sand eel fishery.")
    assert ("demand", "United Kingdom", "Argentina") in pairs(
        "Britain asked that Argentina withdraw its troops from the islands.")
    # what one asks about is no demand
    assert ("demand", "United Kingdom") not in kinds(
        "Britain asked that Argentina's reply be published.")


def test_gates_closed_visas_imposed_and_a_treaty_suspended_are_sanctions():
    for body, actor in (
            ("Spain closed the iron gates at La Linea early on Friday.", "Spain"),
            ("Rabat imposed entry visas on Algerian nationals on Friday.", "Morocco"),
            ("Algeria suspended its 2002 treaty of friendship, good neighbourliness and "
             "cooperation with Spain on Friday.", "Algeria")):
        assert ("sanction", actor) in kinds(body), body
    assert not kinds("The museum closed its gates for the winter.")


def test_a_struggle_vowed_to_go_on_is_a_threat():
    assert ("threat", "Polisario Front") in kinds(
        "The Polisario Front, in a communique issued in Algiers on Friday, vowed to continue "
        "its armed struggle.")


def test_a_call_on_someone_is_no_name_called():
    found = kinds('The United Nations General Assembly last December called on Britain to end '
                  'the "colonial situation" in Gibraltar.')
    assert ("demand", "UN General Assembly") in found
    assert ("criticism", "UN General Assembly") not in found
    # a name called on a day is still a name called
    assert ("criticism", "Gamal Abdel Nasser") in kinds(
        "President Gamal Abdel Nasser called on Friday the pact a colonial plot.")


def test_help_offered_with_funds_is_a_proposal():
    assert ("proposal", "Olivier Bailly") in kinds(
        "A spokesman for the European Commission, Olivier Bailly, said Brussels was ready to "
        "help Tunisia with funds for border management.")


def test_acts_of_development_set_wire_zzzzzr():
    # talks about sovereignty refused are turned down (a silence about details is not)
    assert ("rejection", "Greece") in kinds(
        "Greece has always refused to discuss the sovereignty of the islets.")
    assert not kinds("The minister refused to discuss the matter with reporters.")
    # the right reserved, with the treaty it rests on named first, warns
    assert ("threat", "Orhan Eralp") in kinds(
        "Turkish delegate Orhan Eralp replied that Turkey still reserved the right under the "
        "1960 Treaty of Guarantee to intervene.")
    # a call made twice that night
    assert ("phone_call", "Bill Clinton", "Costas Simitis") in pairs(
        "President Bill Clinton called Greek Prime Minister Costas Simitis twice that night.")
    # a ban on trade announced; sanctions refused; a charge told as what something amounts to
    assert ("sanction", "Ronald Reagan") in kinds(
        "At a White House news conference on Friday night, President Ronald Reagan announced "
        "a ban on all trade with Libya.")
    assert ("rejection", "Friedhelm Ost") in kinds(
        "A West German government spokesman, Friedhelm Ost, said Bonn would not impose "
        "sanctions either.")
    assert ("criticism", "Moammar Gadhafi") in kinds(
        'Libyan leader Moammar Gadhafi told foreign reporters that the sanctions amounted to '
        '"a declaration of war."')
    assert ("criticism", "Syria") in kinds(
        'In Damascus, the official Syrian radio called the agreement "an accord of '
        'submission."')
    # a foreign commander ordered out of the country
    assert ("sanction", "Dom Mintoff") in kinds(
        "Prime Minister Dom Mintoff ordered the Italian admiral commanding NATO naval forces "
        "in southern Europe to leave Malta.")


def test_a_call_told_from_the_callers_side_is_the_callers_alone():
    found = pairs("Turkish President Recep Tayyip Erdogan telephoned Azerbaijani President "
                  "Ilham Aliyev on Friday evening.")
    assert ("phone_call", "Recep Tayyip Erdogan", "Ilham Aliyev") in found
    assert not any(e[0] == "phone_call" and e[1] == "Ilham Aliyev" for e in found)
    # a call the two held is both sides'
    found = pairs("Erdogan spoke by telephone with Azerbaijani President Ilham Aliyev on Friday.")
    assert ("phone_call", "Ilham Aliyev", "Erdogan") in found


def test_a_when_clause_takes_the_date_of_the_clause_it_hangs_on():
    assert ("meeting", "Francisco Franco", "2026-01-16") in dated(
        "The text was settled at the Pardo Palace on Friday, when General Francisco Franco, the "
        "Spanish head of state, received Sultan Mohammed V for three hours of talks.")


def test_revenge_promised_is_a_threat():
    assert ("threat", "Ali Khamenei") in kinds(
        "Iran's Supreme Leader Ayatollah Ali Khamenei said on Friday that Saudi politicians "
        "would face divine revenge.")


def test_meetings_not_ruled_out_are_intent():
    assert ("intent_to_negotiate", "Tony Snow") in kinds(
        "White House spokesman Tony Snow did not rule out further meetings between the two "
        "ambassadors.")


def test_tass_spoke_for_the_soviet_union_and_a_note_signed_is_no_deal():
    from datetime import date

    from tests.parsing import parse
    got = parse("A Soviet government statement carried by the news agency TASS said the "
                "agreement marked a turning point.", date(1955, 9, 14))
    assert {e.actor.name for e in got} == {"Soviet Union"}
    assert not any(e[0] == "agreement" for e in kinds(
        "Foreign Minister Zbigniew Rau signed a diplomatic note on Friday demanding that "
        "Germany pay compensation."))


def test_a_host_in_the_passive_after_an_adverb():
    assert ("meeting", "Tadeusz Mazowiecki") in kinds(
        "Foreign Minister Hans-Dietrich Genscher was later received by Prime Minister Tadeusz "
        "Mazowiecki.")
    assert not kinds("The letter was later received by the embassy.")


def test_membership_offered_is_a_proposal():
    assert ("proposal", "NATO", "Poland") in pairs(
        "NATO leaders on Friday invited Poland, Hungary and the Czech Republic to join the "
        "alliance.")
    # an invitation to come is still a call for talks
    assert ("call_for_talks", "NATO") in kinds("NATO invited Russia to come to Brussels.")


def test_an_invitation_welcomed_is_support_and_accepted_intent():
    found = kinds("Polish President Aleksander Kwasniewski welcomed the invitation as the final "
                  "burial of the Yalta order.")
    assert ("support", "Aleksander Kwasniewski") in found
    assert ("intent_to_negotiate", "Aleksander Kwasniewski") not in found
    assert ("intent_to_negotiate", "Aleksander Kwasniewski") in kinds(
        "Polish President Aleksander Kwasniewski accepted the invitation on Friday.")


def test_acts_of_phrasebook_batches_by_and_bz():
    assert ("sanction", "Gambia") in kinds("Gambia pulled out of the Commonwealth on Friday.")
    assert ("sanction", "Saudi Arabia", "United States") in pairs(
        "Saudi Arabia announced today a halt to all oil shipments to the United States.")
    assert ("sanction", "ASEAN") in kinds(
        "ASEAN barred Myanmar junta chief Min Aung Hlaing on Friday from attending the bloc's "
        "summit.")
    assert ("agreement", "Sudan") in kinds(
        "Sudan accepted on Friday the deployment of a joint peacekeeping force.")
    # a style before the name in the by-phrase of a passive
    assert ("agreement", "Carrington") in kinds(
        "The Lancaster House agreement was signed on Friday by Lord Carrington.")
