"""Wire-copy patterns the extractor learnt for unseen text (issue 4, second round).

Every sentence here is written for the test (no corpus text); each test names the general
English or wire-copy pattern it guards: the cue lexicon, evaluations inside reported speech,
quotes woven into a sentence, attribution, actors that are not full names, and dating.
"""
from __future__ import annotations

import pytest

from tests.parsing import kinds, parse


def one(events, type_, actor):
    found = [e for e in events if e.type == type_ and e.actor.name == actor]
    assert found, [(e.type, e.actor.name) for e in events]
    return found[0]


# The cue lexicon: how reporters phrase each type.
@pytest.mark.parametrize("sentence, type_, actor", [
    ("Norway lashed out at Chile over the fishing quota.", "criticism", "Norway"),
    ("Peru branded the decision a provocation.", "criticism", "Peru"),
    ("Ghana summoned Togo's ambassador to protest the raid.", "criticism", "Ghana"),
    ("Chile lodged a formal protest with Peru.", "criticism", "Chile"),
    ("Kenya broke off talks with Somalia on Monday.", "rejection", "Kenya"),
    ("The Kenyan delegation walked out of the conference.", "criticism", "Kenya"),
    ("Mali snubbed the summit in Dakar.", "rejection", "Mali"),
    ("Canada froze the assets of three Iranian banks.", "sanction", "Canada"),
    ("Poland recalled its ambassador from Minsk.", "sanction", "Poland"),
    ("Japan suspended aid to Myanmar.", "sanction", "Japan"),
    ("Spain voiced support for the Portuguese plan.", "support", "Spain"),
    ("Chile reaffirmed its commitment to the accord.", "support", "Chile"),
    ("Egypt offered to mediate between the two sides.", "intent_to_negotiate", "Egypt"),
    ("Oman said it stands ready to host the next round.", "intent_to_negotiate", "Oman"),
    ("Cuba and Mexico restored diplomatic relations on Monday.", "agreement", "Cuba"),
    ("Laos and Vietnam struck a deal on river traffic.", "agreement", "Laos"),
    ("Brazil floated a plan for a regional fund.", "proposal", "Brazil"),
    ("Austria cautioned against any hasty decision.", "threat", "Austria"),
    ("Qatar told Bahrain to withdraw its complaint.", "demand", "Qatar"),
    ("Tunisia called for an end to the blockade.", "proposal", "Tunisia"),
])
def test_the_lexicon_covers_common_wire_phrasings(sentence, type_, actor):
    assert (type_, actor) in kinds(sentence)


def test_cues_that_are_nouns_or_idioms_are_not_acts():
    assert not [e for e in parse("Chile declined to comment on the report.")
                if e.type == "rejection"]
    assert not [e for e in parse("Analysts see signs that Peru is nervous.")
                if e.type == "agreement"]
    assert not [e for e in parse("Norway said it would wait until Chile signs the accord.")
                if e.type == "agreement"]


# Evaluations inside reported speech belong to the speaker.
def test_a_modal_demand_in_reported_speech_is_the_speakers():
    ev = one(parse("Foreign Minister Anna Berg said Peru must release the sailors."),
             "demand", "Anna Berg")
    assert ev.target.name == "Peru"


def test_an_evaluation_in_reported_speech_is_the_speakers_criticism():
    assert ("criticism", "Anna Berg") in kinds(
        "Foreign Minister Anna Berg said the expulsion was unacceptable.")
    assert ("criticism", "Anna Berg") in kinds(
        "Foreign Minister Anna Berg said Peru had violated the truce.")


def test_a_refusal_on_a_condition_is_a_demand():
    assert ("demand", "Peru") in kinds(
        "Peru said it will not sign the treaty until Chile changes its law.")


def test_an_evaluation_in_a_quote_is_the_speakers_in_any_person():
    events = parse('"This accord is a turning point for the region," Anna Berg said.')
    assert one(events, "support", "Anna Berg")


# Quotation marks woven into a sentence do not hide the verb they sit in.
def test_a_woven_quote_is_read_as_ordinary_words():
    assert ("support", "Anna Berg") in kinds(
        'Foreign Minister Anna Berg said Norway "fully backs" the plan.')
    assert ("criticism", "Anna Berg") in kinds(
        "Foreign Minister Anna Berg said Norway was ``deeply disappointed'' by the vote.")


# Attribution.
def test_the_name_before_an_apposition_is_the_speaker():
    events = parse("Lena Holm, the senior Swedish envoy for the Arctic, said Oslo must "
                   "reopen the port.")
    assert one(events, "demand", "Lena Holm")


def test_a_spokesman_named_in_an_apposition_speaks_what_follows():
    events = parse("A spokesman for the Spanish Foreign Ministry, Pablo Rojas, said Madrid "
                   "opposed the plan.")
    assert one(events, "rejection", "Pablo Rojas")


def test_the_innermost_speaker_carries_nested_reported_speech():
    events = parse("An aide said Prime Minister Omar Haddad told the envoy that Jordan would "
                   "not accept the terms.")
    assert one(events, "rejection", "Omar Haddad")


def test_what_was_said_starts_after_that():
    events = parse("President Ilse Brandt said in a statement issued by her spokesman, Karl "
                   "Weber, that she was ready to negotiate.")
    assert one(events, "intent_to_negotiate", "Ilse Brandt")


def test_a_participle_of_speech_is_the_main_subjects():
    events = parse("President Ilse Brandt refused to meet the envoy, saying Austria had "
                   "ignored the accord.")
    assert one(events, "criticism", "Ilse Brandt")


def test_a_second_verb_after_but_keeps_the_subject_and_the_statement():
    events = parse("President Ilse Brandt said the talks were useful and called on Austria to "
                   "resume negotiations.")
    assert {("statement", "Ilse Brandt"), ("call_for_talks", "Ilse Brandt")} <= {
        (e.type, e.actor.name) for e in events}


def test_an_unaffiliated_commentator_is_no_actor():
    assert not parse('"The talks will fail," said Mara Lind, a Nordic affairs analyst.')


def test_a_phone_call_named_in_a_phrase_joins_subject_and_object():
    events = parse("Foreign Minister Anna Berg told Foreign Minister Jon Dahl in a telephone "
                   "call that Sweden would send observers.")
    assert one(events, "phone_call", "Anna Berg").target.name == "Jon Dahl"


# Actors that are not full names.
def test_a_bare_surname_can_be_a_new_subject():
    assert ("criticism", "Albrecht") in kinds("Albrecht accused Peru of stalling.")
    assert not [e for e in parse("Officials accused Peru of stalling.")]


def test_a_first_name_alone_refers_to_the_person_introduced():
    body = ("Prime Minister Abebe Tadesse opened the dam on Monday.\n\n"
            "Abebe said the dam was no threat to anyone.")
    assert one(parse(body), "statement", "Abebe Tadesse")


def test_a_caption_introduces_a_person_but_yields_no_event():
    body = ("Prime Minister Abebe Tadesse speaks at the ceremony in Addis Ababa. "
            "(Photo by AFP)\n\nAbebe said the dam was no threat to anyone.")
    assert [(e.type, e.actor.name) for e in parse(body)] == [("statement", "Abebe Tadesse")]


def test_names_with_hyphened_particles_and_initials():
    assert ("statement", "Khalid al-Rashed") in kinds(
        "Government spokesman Khalid al-Rashed said the border was open.")
    assert ("statement", "John Q. Adams") in kinds(
        "Secretary of State John Q. Adams said the border was open.")


def test_an_unknown_organisation_is_found_by_its_head_noun_and_acronym():
    body = ("The Southern Liberation Front (SLF) said it welcomed the truce. "
            "The SLF accused the army of stalling.")
    assert {("support", "Southern Liberation Front"),
            ("criticism", "Southern Liberation Front")} <= kinds(body)


def test_unnamed_officials_and_institutions_speak_for_their_state():
    assert ("statement", "Thailand") in kinds(
        "Thai military officials said the border was calm.")
    assert ("statement", "Bangladesh") in kinds(
        "The nation of Bangladesh said its troops would stay.")
    assert ("statement", "United States") in kinds(
        "Pentagon officials said the carrier had left port.")
    assert ("statement", "Soviet Union") in kinds("Soviet officials said the talks were useful.")


def test_an_unnamed_official_with_a_country_is_the_state():
    assert ("demand", "Chile") in kinds("The Chilean foreign minister said Peru must pay.")


def test_a_counterpart_is_coordinated_and_the_ministers_are_the_pair():
    body = ("Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Soto met in "
            "Lima on Monday. The ministers \"agreed to meet again,\" a diplomat said.")
    # (meeting again is intent to negotiate since session 17: the development gold 6 in 6)
    assert {("meeting", "Ana Ruiz"), ("meeting", "Luis Soto"), ("intent_to_negotiate", "Ana Ruiz"),
            ("intent_to_negotiate", "Luis Soto")} <= kinds(body)


def test_a_state_that_proposes_with_an_indefinite_article():
    assert ("proposal", "Chile") in kinds("A Chilean proposal for a joint patrol was rejected.")
    assert ("proposal", "Chile") not in kinds("Peru rejected the Chilean proposal.")


# Dating.
def test_a_reuters_dateline_date_is_not_the_acts():
    body = "LIMA, Jan 20 (Reuters) - Chile and Peru held talks in Quito on Monday."
    assert one(parse(body), "meeting", "Chile").date.value == "2026-01-19"


def test_an_opening_clause_dates_the_main_clause():
    body = "Before leaving Lima on Sunday, Foreign Minister Ana Ruiz spoke by telephone with Peru."
    assert one(parse(body), "phone_call", "Ana Ruiz").date.value == "2026-01-18"


def test_the_same_meeting_told_again_keeps_its_date():
    body = ("Chile and Peru held talks in Quito on Monday.\n\n"
            "Chile and Peru met for four hours, officials said.")
    events = [e for e in parse(body) if e.type == "meeting" and e.actor.name == "Chile"]
    assert {e.date.value for e in events} == {"2026-01-19"}


def test_also_continues_the_dated_act_before_it():
    body = ("Canada last week imposed sanctions on two Iranian banks. It also sanctioned an "
            "oil company.")
    assert one(parse(body), "sanction", "Canada").date.value == "2026-W03"


def test_face_to_face_is_not_an_infinitive_and_had_is_not_background():
    ev = one(parse("Chile and Peru last met face to face in March."), "meeting", "Chile")
    assert ev.date.value == "2025-03"
    ev = one(parse("An aide said Chile had offered to resume talks with Peru."),
             "intent_to_negotiate", "Chile")
    assert ev.date.source == "publication"


# One event per act.
def test_a_statement_then_a_quote_of_intent_is_one_intent():
    body = ('Foreign Minister Anna Berg said the process would go on. "We remain ready to '
            'host both delegations," she said.')
    events = [e for e in parse(body) if e.actor.name == "Anna Berg"]
    assert [e.type for e in events] == ["intent_to_negotiate"]
    assert len(events[0].evidence) == 2


def test_two_rejections_in_two_paragraphs_stay_two_events():
    body = ("Prime Minister Omar Haddad refused to meet the envoy.\n\n"
            '"We will never accept a divided city," Haddad told reporters.')
    assert len([e for e in parse(body) if e.type == "rejection"]) == 2


def test_a_relative_clause_acts_for_the_name_before_who_or_which():
    body = ("President Ilse Brandt spoke by phone on Monday with King Harald of Norway, who "
            "expressed Oslo's support for the plan.")
    assert ("support", "King Harald") in kinds(body) or ("support", "Harald") in kinds(body)
    assert ("criticism", "Iran") in kinds("Iran, which had condemned the raid, kept silent.")


def test_an_also_sentence_is_a_further_act_not_the_same_one():
    body = ("Canada last week imposed sanctions on two Iranian banks. It also sanctioned an "
            "oil company.")
    assert len([e for e in parse(body) if e.type == "sanction"]) == 2


def test_a_quote_about_the_speakers_own_state_is_the_speakers_act():
    body = ('"Chile will not return to talks that only buy time," Chilean government spokesman '
            "Pablo Rojas said.")
    assert ("rejection", "Pablo Rojas") in kinds(body)


def test_every_agent_of_a_passive_and_each_president_of_a_country_pair():
    assert {("agreement", "Ana Ruiz"), ("agreement", "Luis Soto")} <= kinds(
        "The accord was signed by Foreign Minister Ana Ruiz and Foreign Minister Luis Soto.")
    assert {("agreement", "Ana Ruiz"), ("agreement", "Luis Soto")} <= kinds(
        "Presidents Ana Ruiz of Chile and Luis Soto of Peru signed a trade treaty on Monday.")


def test_initials_stay_part_of_the_name():
    assert ("statement", "K.C. Rao") in kinds(
        "A foreign ministry spokesman, K.C. Rao, said the border was open.")


def test_more_wire_phrasings_of_archive_stories():
    assert ("call_for_talks", "Qatar") in kinds(
        "Qatar called for an emergency conference of Gulf states.")
    assert ("proposal", "Ilse Brandt") in kinds(
        "President Ilse Brandt said Austria was willing to withdraw its troops.")
    assert ("sanction", "UN Security Council") in kinds(
        "The Security Council ordered a global embargo on trade with Ruritania.")
    assert ("meeting", "Ana Ruiz") in kinds(
        "Foreign Minister Ana Ruiz wrapped up a two-hour meeting with Luis Soto in Lima.")
    assert {("agreement", "Ana Ruiz"), ("agreement", "Luis Soto")} <= kinds(
        "The accord signed by Foreign Minister Ana Ruiz and Foreign Minister Luis Soto took "
        "effect.")
    assert ("rejection", "Iraq") in kinds("The Iraqis resisted attempts to inspect the site.")
    assert ("statement", "Egypt") in kinds(
        "Egypt's official Middle East News Agency said the border was closed.")


def test_support_as_a_noun_and_pressure_announced_for_later():
    assert not [e for e in parse("Norway sent ships, with support from Denmark and Iceland.")
                if e.type == "support"]
    assert ("threat", "Jan Holt") in kinds(
        "President Jan Holt said on Tuesday that Norway may extend its naval quarantine.")
    assert {("intent_to_negotiate", "Ana Ruiz"), ("intent_to_negotiate", "Luis Soto")} <= kinds(
        "Foreign Minister Ana Ruiz met Foreign Minister Luis Soto on Monday. The two ministers "
        "pledged to consult each other regularly.")
    assert not parse('"Prices will rise," said Ken Mori, a management-consultant at a bank.')


def test_a_modal_stance_in_reported_speech_and_the_spokesman_who_voices_the_state():
    assert ("demand", "Ilse Brandt") in kinds(
        "President Ilse Brandt said the treaty cannot be signed while the border stays shut.")
    events = parse('Norway said it hoped the talks would "ease tension," foreign ministry '
                   "spokesman Jon Dahl said.")
    assert [(e.type, e.actor.name) for e in events] == [("statement", "Jon Dahl")]


def test_a_by_participle_is_its_own_clauses_act_and_a_by_agent_stops_at_the_speaker():
    events = parse("Chile expelled a Peruvian diplomat, and Peru responded by ordering a Chilean "
                   "envoy to leave.")
    assert {("sanction", "Chile"), ("sanction", "Peru")} <= {(e.type, e.actor.name)
                                                             for e in events}
    events = parse("A Chilean proposal was rejected by Peru, Foreign Minister Ana Ruiz said.")
    assert ("rejection", "Peru") in {(e.type, e.actor.name) for e in events}
    assert ("rejection", "Ana Ruiz") not in {(e.type, e.actor.name) for e in events}


def test_a_body_named_in_lower_case_and_an_indicated_interest():
    assert ("demand", "UN Security Council") in kinds(
        "The UN security council insists any deal must allow inspectors in.")
    assert ("intent_to_negotiate", "Chile") in kinds(
        "Chile has indicated its interest in resuming talks with Peru.")
    assert not [e for e in parse("Peru shows no real interest in a political settlement.")
                if e.type == "intent_to_negotiate"]


def test_a_full_name_sharing_a_known_surname_is_another_person():
    body = ("King Harald of Norway arrived in Oslo on Monday.\n\n"
            "Erik Harald said the border was open.")
    assert ("statement", "Erik Harald") in kinds(body)
