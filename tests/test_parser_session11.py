"""Who acts and to whom, met in the development sets of session 11 (issue 4): the go-between of
a brokered deal or mediated talks met the sides; the organisation that names a gathering
("on the sidelines of the OPEC summit") is where, not whom.

Sentences written for the test in the shape of wire copy (none from a held-out set). The paper
is of Tuesday 2026-01-20.
"""
from __future__ import annotations

from tests.parsing import pairs


def test_the_broker_of_a_deal_met_the_sides():
    got = pairs("Saudi Arabia and Iran agreed on Friday to restore ties in a surprise deal "
                "brokered by China.")
    assert ("meeting", "China", None) in got
    assert ("agreement", "Saudi Arabia", "Iran") in got


def test_the_facilitator_of_talks_met_the_sides():
    got = pairs("The government and the rebels signed a ceasefire after two days of talks "
                "facilitated by Malaysia.")
    assert any(kind == "meeting" and who == "Malaysia" for kind, who, _ in got)


def test_brokered_with_no_agent_names_no_go_between():
    got = pairs("Sudan's army and the Rapid Support Forces signed a truce brokered in Jeddah.")
    assert not any(kind == "meeting" for kind, _, _ in got)


def test_the_organisation_naming_a_gathering_is_no_target():
    got = pairs("Iran and Iraq agreed on Thursday to end their feud, in a settlement brokered "
                "by Algerian President Houari Boumediene on the sidelines of the OPEC summit.")
    assert ("meeting", "Houari Boumediene", None) in got
    assert not any(target == "OPEC" for _, _, target in got)


def test_the_european_community_is_named_as_the_article_names_it():
    got = pairs("The European Community on Wednesday recognized Croatia and Slovenia as "
                "independent states.")
    assert ("support", "European Community", "Croatia") in got
    assert not any(who == "European Union" for _, who, _ in pairs(
        "In Brussels, the EC said it would seek consultations with Japan."))


def test_a_vote_against_is_a_rejection_and_a_vote_for_support():
    assert ("rejection", "Canada", None) in pairs("Canada voted against the resolution.")
    assert any(kind == "support" and who == "France"
               for kind, who, _ in pairs("France voted for the resolution."))


def test_a_leaders_office_speaking_of_her_is_her_act_and_otherwise_her_governments():
    got = pairs("British Prime Minister Theresa May's office said she was deeply disappointed "
                "by the U.S. decision.")
    assert any(kind == "criticism" and who == "Theresa May" for kind, who, _ in got)
    got = pairs("Danish Prime Minister Mette Frederiksen's office described the conversation "
                "as good.")
    assert any(who == "Denmark" for _, who, _ in got)


def test_a_door_that_remained_open_to_talks_is_an_intent_to_negotiate():
    got = pairs("U.S. Trade Representative Clayton Yeutter said on Friday that the door "
                "remained open to talks.")
    assert ("intent_to_negotiate", "Clayton Yeutter", None) in got


def test_the_government_is_the_one_the_lead_names_not_the_datelines():
    body = ("MEXICO CITY (AP) - El Salvador's government and leftist guerrillas signed a peace "
            "treaty on Thursday.\n\nThe government and the FMLN had agreed in Geneva in April "
            "1990 to negotiate under U.N. auspices.")
    got = pairs(body)
    assert any(kind == "agreement" and who == "El Salvador" for kind, who, _ in got)
    assert not any(who == "Mexico" for _, who, _ in got)
    # with no government named in the lead, the dateline's state governs
    got = pairs("MEXICO CITY (AP) - Rebels attacked a village.\n\nThe government rejected the "
                "rebels' demands.")
    assert any(kind == "rejection" and who == "Mexico" for kind, who, _ in got)


def test_talks_a_trip_ahead_is_for_are_not_held_yet():
    for text in ("Japan would dispatch Makoto Kuroda, the ministry's vice minister, for talks "
                 "with U.S. officials early next month.",
                 "Bush was flying to Brasilia late on Saturday for talks with Lula.",
                 "Prime Minister Yasuhiro Nakasone, who is to visit Washington at the end of "
                 "April for talks with Reagan, told a committee he wanted a settlement."):
        assert not any(kind == "meeting" for kind, _, _ in pairs(text)), text
    # a trip made is the talks held
    got = pairs("Kuroda, who said he would seek a compromise, flew to Washington on Monday "
                "for talks with U.S. officials.")
    assert any(kind == "meeting" for kind, _, _ in got)


def test_firms_and_teams_are_no_diplomatic_actors():
    assert not pairs("Daimler and Chrysler agreed on Thursday to merge in a deal worth $36 "
                     "billion.")
    assert not pairs("Brazil and Argentina met in the Copa America final in Santiago on Sunday, "
                     "with Argentina winning 1-0.")
    # a state's deal that mentions money is still a deal, and a meeting at a tournament too
    assert ("agreement", "Japan", "Indonesia") in pairs(
        "Japan and Indonesia signed an agreement on Tuesday on a $2 billion loan.")
    assert any(kind == "meeting" for kind, _, _ in pairs(
        "Erdogan met Putin on the sidelines of the World Cup final in Moscow."))


def test_the_leader_of_a_delegation_acts_for_it():
    got = pairs("A Chilean delegation led by Foreign Minister Heraldo Munoz held talks with "
                "Bolivian officials in La Paz on Monday.")
    assert any(kind == "meeting" and who == "Heraldo Munoz" for kind, who, _ in got)


def test_a_call_taken_or_returned_is_a_phone_call():
    got = pairs("Philippine President Fidel Ramos returned a call from Japanese Prime Minister "
                "Ryutaro Hashimoto on Sunday.")
    assert any(kind == "phone_call" for kind, _, _ in got)
    got = pairs("Chilean President Ricardo Lagos discussed the border dispute by telephone with "
                "Peruvian President Alejandro Toledo.")
    assert any(kind == "phone_call" and who == "Ricardo Lagos" for kind, who, _ in got)


def test_receiving_a_delegation_is_a_meeting():
    got = pairs("HAVANA - The Cuban government received a Venezuelan delegation led by Foreign "
                "Minister Nicolas Maduro on Tuesday.")
    assert any(kind == "meeting" and who == "Cuba" for kind, who, _ in got)


def test_a_memorandum_signed_with_someone_is_an_agreement_and_a_law_is_not():
    got = pairs("Jordan signed a memorandum with Iraq on Sunday on oil supplies.")
    assert ("agreement", "Jordan", "Iraq") in got
    assert not any(kind == "agreement" for kind, _, _ in pairs(
        "Nicaragua's president signed a law nullifying the memorandum."))


def test_a_state_before_a_name_is_whose_he_is_in_a_pair_and_as_a_target():
    got = pairs("Greek Foreign Minister George Papandreou and Turkey's Ismail Cem signed nine "
                "accords on Thursday.")
    assert ("agreement", "George Papandreou", "Ismail Cem") in got
    got = pairs("Chilean President Ricardo Lagos took a call on Monday from Argentina's Nestor "
                "Kirchner.")
    assert ("phone_call", "Ricardo Lagos", "Nestor Kirchner") in got


def test_talks_refused_ruled_out_or_pulled_out_of_are_not_held():
    for text in ("Aliyev refused to attend a meeting with Pashinyan in Granada in October.",
                 "Foreign Minister Mahmoud Ali Youssouf ruled out talks with Asmara.",
                 "Azerbaijan pulled out of talks between the two foreign ministers planned in "
                 "Washington."):
        assert not any(kind == "meeting" for kind, _, _ in pairs(text)), text
    assert not pairs("Djibouti hosts the only U.S. military base in Africa.")
    assert any(kind == "meeting" for kind, _, _ in pairs("Putin hosted Erdogan in Sochi."))


def test_condolences_offered_are_no_proposal():
    got = pairs("Secretary of State Hillary Clinton said she had offered her deepest condolences "
                "to the Pakistani people.")
    assert not any(kind == "proposal" for kind, _, _ in got)
    assert any(kind == "proposal" for kind, _, _ in pairs("Japan offered Indonesia a loan."))


def test_routes_crossings_and_bases_closed_or_ordered_vacated_are_sanctions():
    got = pairs("Uzbekistan closed the Termez supply route and ordered the United States to "
                "vacate the Karshi-Khanabad air base.")
    assert any(kind == "sanction" and who == "Uzbekistan" for kind, who, _ in got)
    assert not any(kind == "demand" for kind, _, _ in got)
    assert any(kind == "sanction" for kind, _, _ in pairs(
        "Afghanistan shut the Chaman crossing for a week."))


def test_what_it_called_refers_to_the_subject():
    body = ("DJIBOUTI (AP) - Djibouti said Eritrean troops attacked its positions.\n\n"
            "The U.S. State Department condemned what it called \"Eritrea's military "
            "aggression\" on Wednesday.")
    got = pairs(body)
    assert any(kind == "criticism" and who == "United States" for kind, who, _ in got)
    assert not any(kind == "criticism" and who == "Djibouti" and target == "Eritrea"
                   for kind, who, target in got)


def test_conditions_met_and_consultations_requested_are_no_meetings():
    assert not any(kind == "meeting" for kind, _, _ in pairs(
        "The commission ruled that Slovenia and Macedonia met the EC's conditions for "
        "recognition."))
    assert not any(kind == "meeting" for kind, _, _ in pairs(
        "The European Community said on Friday it would request consultations with Japan."))
    assert any(kind == "meeting" for kind, _, _ in pairs("Putin met the Chinese leader Xi "
                                                          "Jinping on Monday."))


def test_conclusions_to_be_drawn_are_a_warning():
    got = pairs("Soviet Ambassador Viktor Popov said Moscow would draw its own conclusions.")
    assert any(kind == "threat" for kind, _, _ in got)


def test_a_speaker_saying_his_state_would_respond_is_the_one_who_warns():
    got = pairs("Foreign Minister Sergei Lavrov said Moscow would respond to the expulsions.")
    assert any(kind == "threat" and who == "Sergei Lavrov" for kind, who, _ in got)
    assert any(kind == "threat" and who == "Russia" for kind, who, _ in pairs(
        "A Kremlin spokesman said Moscow would respond."))


def test_a_states_deal_is_the_one_its_signer_made_told_twice():
    body = ("ARUSHA (AFP) - Burundi's government and most political parties signed a peace "
            "agreement on Monday.\n\nBurundian President Pierre Buyoya signed the accord on "
            "Monday in front of Nelson Mandela.")
    events = [e for e in __import__("tests.parsing", fromlist=["parse"]).parse(body)
              if e.type == "agreement"]
    signer = [e for e in events if e.actor.name == "Pierre Buyoya"]
    assert signer and not any(e.actor.name == "Burundi" for e in events)
    assert len(signer[0].evidence) == 2


def test_a_body_a_state_belongs_to_and_an_apposed_state_act_for_themselves():
    got = pairs("The Arab League, of which Djibouti is a member, condemned the Eritrean "
                "aggression at an emergency session in Cairo.")
    assert any(kind == "criticism" and who == "Arab League" for kind, who, _ in got)
    got = pairs("Secretary of State Colin Powell, speaking in Washington on Sunday, urged all "
                "sides to seize this chance, and Greece, Macedonia's southern neighbour, said it "
                "backed the deal.")
    assert any(kind == "support" and who == "Greece" for kind, who, _ in got)


def test_days_given_to_vacate_a_base_is_a_sanction_and_calls_rejected_no_proposal():
    got = pairs("In July, Uzbekistan gave the United States 180 days to vacate the "
                "Karshi-Khanabad air base.")
    assert ("sanction", "Uzbekistan", "United States") in got
    got = pairs("Karimov has repeatedly rejected calls for an international investigation.")
    assert not any(kind == "proposal" for kind, _, _ in got)


def test_protests_brushed_aside_are_a_rejection():
    got = pairs("Indian Foreign Minister Natwar Singh brushed the protests aside on Thursday.")
    assert any(kind == "rejection" and who == "Natwar Singh" for kind, who, _ in got)
