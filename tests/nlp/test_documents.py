"""Identity documents without a number: Document entities named after their holder, and
who uses or controls them (real model, invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from ocgmap.nlp.extract import TextExtraction, extract_text

VICTIM = "Potential victim: Ioana D., female, aged 19. "


def documents(found: TextExtraction) -> dict[str, dict[str, Any]]:
    """Answer the Document entities of an extraction: name -> attributes."""
    return {e.name: dict(e.attributes) for e in found.entities if e.type == "Document"}


def relations(found: TextExtraction, rel_type: str) -> set[tuple[str, str]]:
    """Answer (source name, target name) of the relations of `rel_type`."""
    names = {e.id: e.name for e in found.entities}
    return {(names[r.source], names[r.target]) for r in found.relations if r.type == rel_type}


def test_a_possessive_pronoun_names_the_holder(nlp: Language) -> None:
    found = extract_text(VICTIM + "Mira TOMA took her passport when she arrived.", nlp)
    assert documents(found) == {"passport of Ioana D.": {"kind": "passport",
                                                         "holder": "Ioana D."}}
    assert ("Mira Toma", "passport of Ioana D.") in relations(found, "USES")
    assert ("Mira Toma", "Ioana D.") in relations(found, "CONTROLS")


def test_the_keeper_is_not_the_holder_of_what_they_have(nlp: Language) -> None:
    found = extract_text("A teacher referred a girl called Ana, aged 15, who lives with Mrs Elena "
                         "POPA in Leeds. She gets no money. Mrs POPA has her passport.", nlp)
    assert "passport of Ana" in documents(found)
    assert ("Elena Popa", "passport of Ana") in relations(found, "USES")
    assert ("Elena Popa", "Ana") in relations(found, "CONTROLS")


def test_a_named_possessor_with_a_nationality(nlp: Language) -> None:
    found = extract_text("Ardit KOLA kept Loredana VASILE's Romanian ID card in his car.", nlp)
    assert documents(found)["Romanian ID card of Loredana Vasile"]["kind"] == "identity card"
    assert ("Ardit Kola", "Romanian ID card of Loredana Vasile") in relations(found, "USES")
    assert ("Ardit Kola", "Loredana Vasile") in relations(found, "CONTROLS")


def test_taken_by_someone_in_the_passive(nlp: Language) -> None:
    found = extract_text(VICTIM + "Her identity card was taken by Besnik DUKA on the first "
                         "night.", nlp)
    assert "identity card of Ioana D." in documents(found)
    assert ("Besnik Duka", "identity card of Ioana D.") in relations(found, "USES")


def test_holder_of_a_visa_after_a_name(nlp: Language) -> None:
    found = extract_text("Border Force stopped DUKA, Besnik (41), Albanian, holder of a UK "
                         "visit visa, at Dover.", nlp)
    assert "UK visit visa of Besnik Duka" in documents(found)


def test_belonging_to_a_named_person(nlp: Language) -> None:
    found = extract_text("In the car officers found a passport belonging to Loredana VASILE.",
                         nlp)
    assert "passport of Loredana Vasile" in documents(found)


def test_one_document_per_kind_and_holder(nlp: Language) -> None:
    found = extract_text(VICTIM + "Her Romanian passport was kept in a drawer. Mira TOMA "
                         "took her passport away.", nlp)
    assert list(documents(found)) == ["Romanian passport of Ioana D."]


def test_a_counted_phrase_is_specific_without_a_holder(nlp: Language) -> None:
    found = extract_text("During the search officers recovered 12 blank Bulgarian passports "
                         "from the flat of Ardit KOLA.", nlp)
    assert documents(found) == {"12 blank Bulgarian passports": {
        "kind": "passport", "count": 12, "nationality": "Bulgarian"}}


@pytest.mark.parametrize("text", [
    "Police found a passport in the car.",  # whose is not said
    "The workers' passports were in the office.",  # held by a group, not a named person
    VICTIM + "She e-mailed her visa paperwork to the agency.",  # not a document itself
    "Ardit KOLA has his passport and a phone.",  # a passport of his own, or unclear
])
def test_no_document_without_a_named_holder(nlp: Language, text: str) -> None:
    assert documents(extract_text(text, nlp)) == {}


def test_a_numbered_document_is_not_counted_twice(nlp: Language) -> None:
    found = extract_text("Loredana VASILE's passport no. 512345678 was seized.", nlp)
    assert [name for name in documents(found)] == ["passport 512345678"]


def test_having_money_is_not_control(nlp: Language) -> None:
    found = extract_text(VICTIM + "Mira TOMA has money and a car.", nlp)
    assert relations(found, "CONTROLS") == set()


def test_a_false_document_is_marked(nlp: Language) -> None:
    found = extract_text("Ardit KOLA gave Loredana VASILE's forged passport to the driver.", nlp)
    assert documents(found)["passport of Loredana Vasile"].get("false") is True


def test_an_unnamed_holder_is_no_holder(nlp: Language) -> None:
    found = extract_text("Ardit KOLA said that the holder of the visit visa was never found.",
                         nlp)
    assert documents(found) == {}


def test_documents_without_a_number_are_scoped_to_their_report(nlp: Language) -> None:
    text = (VICTIM + "Mira TOMA took her passport. Officers seized Italian residence permit "
            "IT-RP 0045172 and five Vietnamese passports.")
    first, second = (extract_text(text, nlp, report) for report in ("R-1", "R-2"))
    ids = [{e.name: e.id for e in found.entities if e.type == "Document"}
           for found in (first, second)]
    numbered = next(name for name in ids[0] if "0045172" in name)
    assert ids[0][numbered] == ids[1][numbered]  # a number is the same papers everywhere
    for name in ("passport of Ioana D.", "five Vietnamese passports"):
        assert ids[0][name] != ids[1][name]
