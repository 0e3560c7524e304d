"""Behaviour of the relation component on short invented report sentences (real model)."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.nlp.relargs import DocIndex
from ocgmap.nlp.relations import RelationMention, Relations, relations_of

GROUP = "VictimGroup"


def run(nlp: Language, text: str, *groups: str) -> Doc:
    """Parse `text`; mark each of `groups` (exact text, first occurrence) as a victim group
    and re-run the relation component on the result."""
    doc = nlp(text)
    if groups:
        spans = []
        for group in groups:
            start = text.index(group)
            span = doc.char_span(start, start + len(group), label=GROUP)
            assert span is not None, group
            spans.append(span)
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end
                                               for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
        nlp.get_pipe("ocgmap_relations")(doc)
    return doc


def links(doc: Doc, rel_type: str | None = None) -> set[tuple[str, str, str]]:
    """Answer (type, source text, target text) of the relations on `doc`."""
    return {(r.type, r.source.text, r.target.text) for r in relations_of(doc)
            if rel_type is None or r.type == rel_type}


def only(doc: Doc, rel_type: str, source: str, target: str) -> RelationMention:
    """Answer the one relation of `rel_type` from `source` to `target` (text)."""
    found = [r for r in relations_of(doc) if (r.type, r.source.text, r.target.text)
             == (rel_type, source, target)]
    assert len(found) == 1, links(doc)
    return found[0]


def test_passive_with_by_agent(nlp: Language) -> None:
    doc = run(nlp, "The women were driven to Leeds by Ardit KOLA.", "The women")
    relation = only(doc, "TRANSPORTED", "Ardit KOLA", "The women")
    assert relation.sentence.text.startswith("The women were driven")
    assert 0 < relation.confidence <= 1


def test_coordinated_subjects_each_recruit(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA and Loredana VASILE recruited three Albanian women in Durres.",
              "three Albanian women")
    assert {("RECRUITED", "Ardit KOLA", "three Albanian women"),
            ("RECRUITED", "Loredana VASILE", "three Albanian women")} <= links(doc, "RECRUITED")


def test_pronouns_resolve_with_lower_confidence(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA collected the two girls at Bari. He drove them to Milan.",
              "the two girls")
    found = {r.sentence.text[:9]: r for r in relations_of(doc) if r.type == "TRANSPORTED"}
    direct, pronouns = found["Ardit KOL"], found["He drove "]
    assert (pronouns.source.text, pronouns.target.text) == ("Ardit KOLA", "the two girls")
    assert pronouns.confidence < direct.confidence


def test_pronoun_without_antecedent_gives_nothing(nlp: Language) -> None:
    doc = run(nlp, "He drove them to Milan.")
    assert links(doc, "TRANSPORTED") == set()


def test_exploited_carries_purpose_and_means(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA forced the women to work in a brothel to repay a debt.",
              "the women")
    relation = only(doc, "EXPLOITED", "Ardit KOLA", "the women")
    assert relation.attributes["purpose"] == "sexual"
    assert "debt_bondage" in relation.attributes["means"]


def test_possessive_phone_is_used(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA was arrested. Officers seized KOLA's phone 07700 900123 at the "
                   "address.")
    assert ("USES", "KOLA", "07700 900123") in links(doc, "USES")


def test_phone_on_a_log_line_belongs_to_the_person_named_on_it(nlp: Language) -> None:
    doc = run(nlp, "Driver POPESCU, Ion (31), Romanian, mobile 07700 900533.")
    assert ("USES", "POPESCU, Ion", "07700 900533") in links(doc, "USES")


def test_email_header_line(nlp: Language) -> None:
    doc = run(nlp, "From: Claire Bennett <claire.bennett@example.org>\nSubject: update\n\nHi.")
    assert ("USES", "Claire Bennett", "claire.bennett@example.org") in links(doc, "USES")


def test_registered_keeper_owns_the_vehicle_named_before(nlp: Language) -> None:
    doc = run(nlp, "A black Mercedes LD69 WKA left at speed.\nPNC: registered keeper Ardit "
                   "KOLA, 27 Quillan Street, Ilford.")
    owns = links(doc, "OWNS")
    assert len(owns) == 1 and next(iter(owns))[1] == "Ardit KOLA"
    assert next(iter(owns))[2].replace(" ", "") == "LD69WKA"
    assert ("LIVES_AT", "Ardit KOLA", "27 Quillan Street, Ilford") in links(doc, "LIVES_AT")


def test_kin_noun_gives_family_with_relation(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA was arrested with his brother Erion KOLA in Ilford.")
    relation = only(doc, "FAMILY_OF", "Erion KOLA", "Ardit KOLA")
    assert relation.attributes["relation"] == "brother"


def test_lives_at_and_works_at(nlp: Language) -> None:
    doc = run(nlp, "Loredana VASILE lives at 41 Tenterbrook Avenue, Handsworth. She works at "
                   "Star Nails.")
    assert ("LIVES_AT", "Loredana VASILE", "41 Tenterbrook Avenue, Handsworth") in links(doc)
    assert ("EMPLOYED_BY", "Loredana VASILE", "Star Nails") in links(doc, "EMPLOYED_BY")


def test_paid_carries_amount_and_currency(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA paid Dritan HOXHA £2,400 for the cards.")
    relation = only(doc, "PAID", "Ardit KOLA", "Dritan HOXHA")
    assert float(relation.attributes["amount"]) == 2400
    assert relation.attributes["currency"] == "GBP"


def test_vehicle_object_is_used_not_transported(nlp: Language) -> None:
    doc = run(nlp, "Gabriel DUMITRU drove a white Sprinter CT 19 GDU to Dover.")
    types = {t for t, s, _ in links(doc) if s == "Gabriel DUMITRU"}
    assert "USES" in types and "TRANSPORTED" not in types


def test_schema_forbids_acts_on_places(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA drove to Leeds and recruited Southampton.")
    assert not any(r.target.label_ == "Location" and r.type != "LIVES_AT"
                   for r in relations_of(doc))


def test_cooccurrence_fallback_is_weak_off_by_default_and_switchable(nlp: Language) -> None:
    text = "Ardit KOLA and Dritan HOXHA were in Harrow on Tuesday."
    doc = run(nlp, text)
    assert links(doc, "ASSOCIATE_OF") == set()
    weak = [r for r in Relations(nlp, cooccurrence=True).find(doc) if r.type == "ASSOCIATE_OF"]
    assert len(weak) == 1
    assert weak[0].confidence <= 0.3 and weak[0].attributes == {"basis": "co-occurrence"}
    assert all(r.type != "ASSOCIATE_OF" for r in Relations(nlp, cooccurrence=False).find(doc))


def test_cooccurrence_skips_lists_of_names(nlp: Language) -> None:
    doc = run(nlp, "His phone has these contacts: Ardit KOLA 07700 900123, Dritan HOXHA "
                   "07700 900299, Grace OSAGIE 07700 900871 and Tariq MALIK 07700 900404.")
    assert not any(r.type == "ASSOCIATE_OF" for r in Relations(nlp, cooccurrence=True).find(doc))


def test_typed_relation_replaces_cooccurrence(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA paid Dritan HOXHA £900.")
    assert links(doc, "ASSOCIATE_OF") == set()


def test_explicit_associate(nlp: Language) -> None:
    doc = run(nlp, "Jordan WHYTE is a known associate of Jermaine CAMPBELL.")
    relation = only(doc, "ASSOCIATE_OF", "Jordan WHYTE", "Jermaine CAMPBELL")
    assert relation.confidence > 0.3


def test_bad_config_is_refused(nlp: Language) -> None:
    import spacy

    blank = spacy.blank("en")
    with pytest.raises(Exception, match=r"max_args|cooccurrence"):
        blank.add_pipe("ocgmap_relations", config={"max_args": 0})
    with pytest.raises(Exception, match="cooccurrence"):
        blank.add_pipe("ocgmap_relations", name="other", config={"cooccurrence": "maybe"})


def test_three_hundred_names_in_one_sentence_stay_bounded(nlp: Language) -> None:
    given = ["Ardit", "Loredana", "Erion", "Dritan", "Klodiana", "Besnik", "Florin", "Mirela",
             "Gabriel", "Osaro", "Grace", "Efosa", "Tariq", "Ion", "Jordan"]
    surnames = ["KOLA", "VASILE", "HOXHA", "MARKU", "DOKA", "STOICA", "DUMITRU", "POPESCU",
                "OSAGIE", "WHYTE", "MALIK", "OKUNDAYE", "DEDA", "LOMAX", "BAIN", "FELL",
                "CROSS", "PRICE", "FORBES", "BOWEN"]
    names = [f"{g} {s}" for s in surnames for g in given][:300]
    doc = nlp(", ".join(names[:-1]) + f" and {names[-1]} recruited the women.")
    component = nlp.get_pipe("ocgmap_relations")
    started = time.perf_counter()
    found = component.find(doc)
    assert time.perf_counter() - started < 2.0
    assert len(found) <= component.max_pairs + 4 * component.max_args


def test_component_runs_last_and_fills_the_extension(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "ocgmap_relations"
    doc = nlp("Nothing to see here.")
    assert relations_of(doc) == []
    assert isinstance(doc._.ocg_relations, list)


def test_relation_endpoints_are_entity_spans(nlp: Language) -> None:
    doc = run(nlp, "Ardit KOLA lives at 27 Quillan Street, Ilford, with his wife Mirela KOLA.")
    ents = {(e.start, e.end) for e in doc.ents}
    for relation in relations_of(doc):
        assert isinstance(relation.source, Span)
        assert (relation.source.start, relation.source.end) in ents
        assert (relation.target.start, relation.target.end) in ents
        assert relation.sentence.start <= relation.source.start


# --- the report subject, implicit agents and narrative rules (issue #4, recall) ---------

VICTIM = "Potential victim: Ioana D., female, aged 19. "


def test_subject_is_the_default_referent_of_a_pronoun_of_its_gender(nlp: Language) -> None:
    doc = run(nlp, "Subject is a Romanian woman, Ioana D., aged 22, from Iasi. In May Dorin "
                   "MATEI drove her to Calais.")
    assert ("TRANSPORTED", "Dorin MATEI", "Ioana D.") in links(doc, "TRANSPORTED")


def test_object_pronoun_is_not_the_subject_of_its_own_verb(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "She met Sorin LUPU in Iasi and later LUPU drove her to Dover.")
    assert links(doc, "TRANSPORTED") == {("TRANSPORTED", "LUPU", "Ioana D.")}


def test_the_subject_noun_names_the_report_subject(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "In 2023 the subject was recruited by Sorin LUPU.")
    assert ("RECRUITED", "Sorin LUPU", "Ioana D.") in links(doc, "RECRUITED")


def test_agentless_exploitation_takes_the_offender_just_named(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "\n\nAt the flat Sorin LUPU met her and gave her a phone. She "
                   "was made to sell sex in the flat every night.")
    relation = only(doc, "EXPLOITED", "Sorin LUPU", "Ioana D.")
    assert relation.confidence < 0.5
    assert relation.attributes.get("purpose") == "sexual"


def test_agentless_act_without_an_offender_nearby_gives_nothing(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "She was made to sell sex in the flat every night.")
    assert links(doc, "EXPLOITED") == set()


def test_taking_a_victims_passport_is_control(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "Mira TOMA took her passport when she arrived.")
    relation = only(doc, "CONTROLS", "Mira TOMA", "Ioana D.")
    assert relation.attributes["means"] == ["document_retention"]


def test_living_at_a_house_run_by_someone_is_harbouring(nlp: Language) -> None:
    doc = run(nlp, "Subject: Ioana D., male, 30, Romanian. He lived at a house run by Sorin "
                   "LUPU in Leeds.")
    assert ("HARBOURED", "Sorin LUPU", "Ioana D.") in links(doc, "HARBOURED")


def test_telling_a_victim_what_to_do_is_control(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "Sorin LUPU told her to stay inside the flat.")
    assert links(doc, "CONTROLS") == {("CONTROLS", "Sorin LUPU", "Ioana D.")}
    assert ("EXPLOITED", "Sorin LUPU", "Ioana D.") not in links(doc, "EXPLOITED")


def test_control_in_an_exploitation_report_implies_exploitation(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "Sorin LUPU told her to stay inside the brothel.")
    relation = only(doc, "EXPLOITED", "Sorin LUPU", "Ioana D.")
    assert relation.attributes["basis"] == "inferred"


def test_recruiter_noun_recruits_the_report_subject(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "She named the recruiter as Mira TOMA.")
    assert ("RECRUITED", "Mira TOMA", "Ioana D.") in links(doc, "RECRUITED")


def test_a_man_called_x_is_x(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "A man called Sorin drove her to a flat in Leeds.")
    assert ("TRANSPORTED", "Sorin", "Ioana D.") in links(doc, "TRANSPORTED")


def test_group_working_at_a_business_is_employed_by_it(nlp: Language) -> None:
    doc = run(nlp, "Two Polish men working at Fenwold Farm Ltd were interviewed.")
    assert ("EMPLOYED_BY", "Two Polish men", "Fenwold Farm Ltd") in links(doc, "EMPLOYED_BY")


def test_subject_working_at_a_business_is_employed_by_it(nlp: Language) -> None:
    doc = run(nlp, "Subject: Ioana D., male, 30. He worked at Fenwold Farm Ltd for six months.")
    assert ("EMPLOYED_BY", "Ioana D.", "Fenwold Farm Ltd") in links(doc, "EMPLOYED_BY")


def test_part_of_a_network_is_membership(nlp: Language) -> None:
    doc = run(nlp, "Sorin LUPU is part of the KOLA network.")
    assert ("MEMBER_OF", "Sorin LUPU", "KOLA network") in links(doc, "MEMBER_OF")


def test_person_is_member_of_the_group_named_after_their_surname(nlp: Language) -> None:
    doc = run(nlp, "Erion KOLA was arrested in Ilford. Officers believe the KOLA group runs "
                   "the flats.")
    relation = only(doc, "MEMBER_OF", "Erion KOLA", "KOLA group")
    assert relation.attributes["basis"] == "surname" and relation.confidence <= 0.5


def test_driver_uses_the_vehicle_just_stopped(nlp: Language) -> None:
    doc = run(nlp, "A white Ford Transit YG65 WLN was stopped on the A1. Driver Sorin LUPU "
                   "was spoken to.")
    assert ("USES", "Sorin LUPU", "YG65 WLN") in links(doc, "USES")


def test_victims_are_left_out_of_cooccurrence_and_meetings(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "On Friday Ioana D., Sorin LUPU and Mira TOMA were seen at the "
                   "address. Sorin LUPU met Ioana D. in a cafe.")
    found = {(r.type, r.source.text, r.target.text)
             for r in Relations(nlp, cooccurrence=True).find(doc) if r.type == "ASSOCIATE_OF"}
    assert found == {("ASSOCIATE_OF", "Sorin LUPU", "Mira TOMA")}


def test_header_label_names_the_subject_the_entity_layer_found_later(nlp: Language) -> None:
    doc = run(nlp, "**Young person:** T., male, 15, British.\n\nT. said he first met Jordan "
                   "WHYTE in October. WHYTE took him and a friend to Margate.")
    assert ("TRANSPORTED", "WHYTE", "T.") in links(doc, "TRANSPORTED")


def test_offender_subject_line_is_not_the_report_subject(nlp: Language) -> None:
    doc = run(nlp, "Subject: LUPU, Sorin, male, 41 - recruiter, Iasi\n\nLUPU was seen with "
                   "Mira TOMA in Leeds.")
    assert DocIndex(doc).subject is None
    victim = run(nlp, "Subject: Ioana D., female, 19, Romanian\n\nShe was seen in Leeds.")
    assert DocIndex(victim).subject is not None


def test_placed_at_a_business_is_employment(nlp: Language) -> None:
    doc = run(nlp, "Four Romanian men were found at the farm. The men were placed at Fenwold "
                   "Farm Ltd by Sorin LUPU.", "Four Romanian men")
    assert ("EMPLOYED_BY", "The men", "Fenwold Farm Ltd") in links(doc, "EMPLOYED_BY")


def test_sent_to_a_person_is_not_employment(nlp: Language) -> None:
    doc = run(nlp, "Four Romanian men arrived in May. The men were sent to Sorin LUPU.",
              "Four Romanian men")
    assert links(doc, "EMPLOYED_BY") == set()


def test_trade_noun_at_a_business_is_employment(nlp: Language) -> None:
    doc = run(nlp, "Police found four Romanian women. The women were cleaners at the Nidd View "
                   "Hotel Ltd.")
    assert any(r[0] == "EMPLOYED_BY" and r[1] == "The women" for r in links(doc))


def test_victim_who_passes_on_a_number_does_not_use_it(nlp: Language) -> None:
    doc = run(nlp, VICTIM + "Mira TOMA wrote the adverts and kept the booking phone; Ioana D. "
                   "recognised the number 07700 900318.")
    uses = links(doc, "USES")
    assert not any(source == "Ioana D." for _, source, _ in uses)


def test_subject_described_before_the_name_is_a_victim(nlp: Language) -> None:
    from ocgmap.nlp.extensions import attrs_of

    doc = nlp("Subject is a Romanian woman, Ioana D., aged 22, from Iasi.")
    person = next(e for e in doc.ents if e.text == "Ioana D.")
    assert "victim" in attrs_of(person).get("roles", [])


LOG_HEADING = ("SUSSEX POLICE INT ENTRY - 12/03/2024 - B2P - entered by DS Daniel ASHWORTH\n"
               "Warrant at 17 Quarry Mews, Hastings. Found: two boys aged 14 and 15.")


def test_a_log_heading_is_a_sentence_of_its_own(nlp: Language) -> None:
    first = next(nlp(LOG_HEADING).sents)
    assert first.text.strip().endswith("ASHWORTH")


def test_the_officer_entering_a_log_does_not_live_at_the_warrant_address(
        nlp: Language) -> None:
    assert not [r for r in relations_of(nlp(LOG_HEADING)) if r.type == "LIVES_AT"]


def test_a_heading_with_a_slash_between_forces_is_a_sentence_of_its_own(
        nlp: Language) -> None:
    doc = nlp("WYP / NYP joint note - 19 August 24 - Grading C3C\n"
              "Manager of the Nidd View Hotel called the Modern Slavery Helpline.")
    assert next(doc.sents).text.strip().endswith("C3C")


def test_an_unknown_place_that_acts_is_a_person(nlp: Language) -> None:
    doc = nlp('The woman said she was brought from Constanta "by Gabi, in the white van".')
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Gabi") == "Person" and labels.get("Constanta") == "Location"


def test_an_abbreviation_ends_no_sentence(nlp: Language) -> None:
    doc = nlp("One of the men (approx. 55, blind in one eye) told a pastor about the van.")
    assert len(list(doc.sents)) == 1


def test_he_in_reported_speech_is_the_speaker_not_the_last_man_named(nlp: Language) -> None:
    doc = nlp("Ion POPESCU lives in Govanhill. One of the begging men told a street pastor "
              "he was brought from Constanta by Marius DUMITRU in a white van.")
    assert ("TRANSPORTED", "Marius DUMITRU", "Ion POPESCU") not in links(doc, "TRANSPORTED")


def test_a_list_number_does_not_push_the_antecedent_of_she_out_of_reach(
        nlp: Language) -> None:
    doc = nlp("1. Loredana VASILE, female, 35, runs two Facebook pages. Investigators have "
              "identified at least eleven women recruited through them.\n"
              "2. She uses a UK SIM, 07700 900612.")
    assert ("USES", "Loredana VASILE", "07700 900612") in links(doc, "USES")


def test_nobody_is_a_member_of_the_platform_whose_pages_they_run(nlp: Language) -> None:
    doc = nlp("Loredana VASILE runs two Facebook pages advertising jobs in the UK.")
    assert not links(doc, "MEMBER_OF")


def test_a_number_an_unnamed_person_uses_is_not_given_to_the_person_above(
        nlp: Language) -> None:
    doc = nlp("Records show Loredana VASILE receiving money from senders in Ilford. The\n"
              "most frequent sender uses\nthe number 07700 900123.")
    assert not links(doc, "USES")


def test_a_head_with_no_group_named_is_no_member_of_the_police_named_before(
        nlp: Language) -> None:
    doc = nlp("The report comes from Romanian police (DIICOT). Men are placed with a family "
              'in Manchester. A Constanța informant names the family head as STOICA, Florin, '
              '"Baronul".')
    assert not links(doc, "MEMBER_OF")


def test_a_business_operating_from_an_address_is_located_there(nlp: Language) -> None:
    assert ("LOCATED_AT", "Star Nails", "12 High Street, Leeds") in links(
        nlp("Star Nails operates from 12 High Street, Leeds."), "LOCATED_AT")
    assert ("LOCATED_AT", "Golden Bridge Travel Ltd", "Suite 3, 18 Hopewell Street, Manchester"
            ) in links(nlp("Golden Bridge Travel Ltd trades from Suite 3, 18 Hopewell Street, "
                           "Manchester."), "LOCATED_AT")


def test_a_phone_registered_to_someone_is_used_not_owned(nlp: Language) -> None:
    found = links(nlp("The phone 07700 900871 is registered to Grace OSAGIE."))
    assert ("USES", "Grace OSAGIE", "07700 900871") in found
    assert not [link for link in found if link[0] == "OWNS"]


def test_a_number_at_the_end_of_a_wrapped_nominal_record_is_the_nominal_s(
        nlp: Language) -> None:
    doc = nlp("Registered owner of the business (council records): NGUYEN Van Hung (46),\n"
              "8 Fennimore Grove, Edgbaston, Birmingham, mobile 07700 900231. Not present.")
    assert ("USES", "NGUYEN Van Hung", "07700 900231") in links(doc, "USES")


def test_a_number_on_the_next_line_of_another_sentence_is_not_the_person_s(
        nlp: Language) -> None:
    doc = nlp("Officers spoke to NGUYEN Van Hung at the shop.\n"
              "The shop's landline is 0121 496 0345, on the sign.")
    assert ("USES", "NGUYEN Van Hung", "0121 496 0345") not in links(doc, "USES")


def test_whoever_bought_the_tickets_they_travelled_on_transported_them(
        nlp: Language) -> None:
    doc = nlp("Seven Romanian men aged 24 to 58 travelled on tickets bought by the same "
              "person, Marius DUMITRU (41), who was also on board.")
    assert ("TRANSPORTED", "Marius DUMITRU", "Seven Romanian men aged 24 to 58") in links(
        doc, "TRANSPORTED")


def test_paying_for_a_flight_is_not_travelling_on_it(nlp: Language) -> None:
    doc = nlp("Loredana VASILE paid for a flight from Bucharest to Luton.")
    assert not links(doc, "TRANSPORTED")


def test_a_business_described_as_owned_by_someone_is_owned_by_them(nlp: Language) -> None:
    doc = nlp("Brightway Remit Ltd, 44 Stratford Road, Sparkbrook, Birmingham, is a money "
              "service business owned by Imran SADIQ (38).")
    assert ("OWNS", "Imran SADIQ", "Brightway Remit Ltd") in links(doc, "OWNS")


def test_working_or_living_there_is_at_the_business_or_place_last_named(
        nlp: Language) -> None:
    work = nlp("Officers visited Lotus Nails in Walsall. Three Vietnamese women were working "
               "there.")
    assert ("EMPLOYED_BY", "Three Vietnamese women", "Lotus Nails") in links(work)
    live = nlp("Ardit KOLA rented a flat at 88 Marrowfield Road, Reading. Two Albanian women "
               "lived there.")
    assert ("LIVES_AT", "Two Albanian women", "88 Marrowfield Road, Reading") in links(live)


def test_advertising_women_for_sex_exploits_them(nlp: Language) -> None:
    doc = nlp("Ardit KOLA put three Albanian women in a flat in Reading and advertised them "
              "online for sex.")
    exploited = [r for r in relations_of(doc) if r.type == "EXPLOITED"]
    assert [(r.source.text, r.target.text, r.attributes.get("purpose")) for r in exploited] \
        == [("Ardit KOLA", "three Albanian women", "sexual")]


@pytest.mark.parametrize(("text", "member", "group"), [
    ("Jordan WHYTE, 19, is a runner for the Ace line.", "Jordan WHYTE", "Ace line"),
    ("The KOLA group's driver, Besnik DOKA, was arrested in Dover.", "Besnik DOKA",
     "KOLA group"),
])
def test_a_role_in_a_criminal_group_is_membership_not_employment(
        nlp: Language, text: str, member: str, group: str) -> None:
    found = links(nlp(text))
    assert ("MEMBER_OF", member, group) in found
    assert not [link for link in found if link[0] == "EMPLOYED_BY"]


@pytest.mark.parametrize("text", [
    "Ardit KOLA and Dritan HOXHA are known associates.",
    "Phone analysis shows regular contact between Ardit KOLA and Dritan HOXHA.",
])
def test_people_paired_as_associates_are_associates(nlp: Language, text: str) -> None:
    assert {("ASSOCIATE_OF", "Ardit KOLA", "Dritan HOXHA")} == links(nlp(text), "ASSOCIATE_OF")


def test_the_owner_of_the_land_victims_live_on_harbours_them(nlp: Language) -> None:
    doc = nlp("Three Polish men lived in a caravan on land owned by Colin BRANT.")
    assert ("HARBOURED", "Colin BRANT", "Three Polish men") in links(doc, "HARBOURED")


def test_the_one_victims_may_not_go_out_without_controls_them(nlp: Language) -> None:
    doc = nlp("Five Romanian men were found at the house. The men were not allowed to leave "
              "the house without Ion POPESCU.")
    assert ("CONTROLS", "Ion POPESCU", "The men") in links(doc, "CONTROLS")
    allowed = nlp("Five Romanian men were found at the house. The men were allowed to leave "
                  "the house without Ion POPESCU.")
    assert not links(allowed, "CONTROLS")


def test_sending_a_named_victim_somewhere_transports_them(nlp: Language) -> None:
    doc = nlp("Ardit KOLA sent Elira HOXHA to a flat in Reading.")
    assert ("TRANSPORTED", "Ardit KOLA", "Elira HOXHA") in links(doc, "TRANSPORTED")


def test_girls_travelling_with_a_man_named_after_a_colon_were_transported_by_him(
        nlp: Language) -> None:
    doc = nlp("An officer spoke to two Nigerian girls aged 15 and 16 travelling on Nigerian "
              "passports with a man who said he was their uncle:\nIGBINEDION, Osaro (39), "
              "Nigerian.")
    assert ("TRANSPORTED", "IGBINEDION, Osaro", "two Nigerian girls aged 15 and 16") in links(
        doc, "TRANSPORTED")
