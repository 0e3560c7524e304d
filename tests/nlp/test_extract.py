"""The whole extraction of a report: ids, evidence offsets, roles, routes, bad input."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from ocgmap.model import Extraction, ReportInfo
from ocgmap.nlp.extract import TextExtraction, extract_text, extract_texts

REPORT = (
    "Date: 12/03/2024\n\n"
    "Ardit KOLA (34) recruited three Albanian women aged 17 to 19 in Tirana. "
    "The women were driven from Tirana via Milan to Calais by KOLA in a white van. "
    "KOLA uses 07700 900123.\n"
)


@pytest.fixture(scope="module")
def found(nlp: Language) -> TextExtraction:
    return extract_text(REPORT, nlp, "report:1")


def by_name(found: TextExtraction, name: str) -> str:
    (entity,) = [e for e in found.entities if e.name == name]
    return entity.id


def test_every_relation_and_route_points_at_its_sentence(found: TextExtraction) -> None:
    assert found.relations and found.routes
    names = {e.id: e for e in found.entities}
    for relation in found.relations:
        sentence = REPORT[relation.start:relation.end]
        for end in (relation.source, relation.target):
            assert any(relation.start <= m.start and m.end <= relation.end
                       for m in names[end].mentions), (relation, sentence)
    for route in found.routes:
        assert "Tirana" in REPORT[route.start:route.end]


def test_acts_give_roles_and_victim_groups_are_scoped_to_the_report(
        found: TextExtraction, nlp: Language) -> None:
    kola = found.entity(by_name(found, "Ardit Kola"))
    assert kola is not None and "recruiter" in kola.roles
    (group,) = [e for e in found.entities if e.type == "VictimGroup"]
    again = extract_text(REPORT, nlp, "report:2")
    (other,) = [e for e in again.entities if e.type == "VictimGroup"]
    assert group.id != other.id
    assert by_name(found, "Ardit Kola") == by_name(again, "Ardit Kola")


def test_route_stops_in_travel_order(found: TextExtraction) -> None:
    names = {e.id: e.name for e in found.entities}
    assert [[names[s] for s in r.stops] for r in found.routes] == [["Tirana", "Milan", "Calais"]]


def test_contract_form_round_trips_through_json(found: TextExtraction) -> None:
    contract = found.to_contract(ReportInfo(id="report:1", grading="B2P"))
    again = Extraction.model_validate_json(contract.model_dump_json())
    assert again == contract
    ids = {e.id for e in contract.entities}
    assert all(r.source in ids and r.target in ids for r in contract.relations)
    for relation in contract.relations:
        assert " ".join(REPORT[relation.evidence.start:relation.evidence.end].split()) \
            == relation.evidence.sentence


def test_batched_extraction_equals_one_by_one(nlp: Language) -> None:
    texts = [(REPORT, "a"), ("", "b"), ("Loredana VASILE was seen in Dover.", "c")]
    batched = list(extract_texts(texts, nlp))
    single = [extract_text(text, nlp, rid) for text, rid in texts]
    assert [(e.entities, e.relations, e.routes) for e in batched] \
        == [(e.entities, e.relations, e.routes) for e in single]


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_blank_text_is_an_empty_extraction_with_a_warning(nlp: Language, text: str) -> None:
    found = extract_text(text, nlp)
    assert not found.entities and not found.relations and found.warnings


def test_an_over_long_report_is_cut_with_a_warning_in_bounded_time(nlp: Language) -> None:
    paragraph = "KOLA drove the women to Leeds. " * 20 + "\n\n"
    text = paragraph * 8_000  # about 5 MB
    started = time.perf_counter()
    found = extract_text(text, nlp, max_chars=20_000)
    assert time.perf_counter() - started < 30
    assert any("extracted the first" in w for w in found.warnings)
    assert max(m.end for e in found.entities for m in e.mentions) <= 20_000


@pytest.mark.parametrize("text", [
    "1 2 3 4 5 6 7 8 9 0 | 12.50 | 3,000 | 07/08/09 |\n" * 300,  # all table and numbers
    "Der Fahrer brachte die Frauen von Calais nach Dover. Sie arbeiteten ohne Lohn.\n" * 50,
    "Ardit KOLA Ã¢â‚¬Å“BigzÃ¢â‚¬Â\x9d drove to Dover â€” again.\n" * 50,  # mojibake
    ("x" * 10_000 + " ") * 20 + "Ardit KOLA was seen in Dover.",  # 10,000-character tokens
    "'}) DETACH DELETE n // <script>alert(1)</script> recruited Ardit KOLA in Dover.",
])
def test_hostile_or_strange_text_gives_an_extraction_without_crashing(
        nlp: Language, text: str) -> None:
    started = time.perf_counter()
    found = extract_text(text, nlp, "report:x")
    assert time.perf_counter() - started < 60
    for entity in found.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
