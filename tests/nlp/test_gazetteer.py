"""Places, addresses and nationalities on a blank pipeline (and the model's corrections)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ocgmap.nlp.extensions import NATIONALITIES, get_str
from ocgmap.nlp.places import lookup, place_index


def places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Answer each Location of `text` with its canonical name and kind."""
    return {e.text: (get_str(e, "ocg_canonical"), get_str(e, "ocg_kind"))
            for e in nlp(text).ents if e.label_ == "Location"}


def test_calais_is_a_port(rules: Language) -> None:
    assert places(rules, "At Calais, a man put them in a lorry.")["Calais"] == ("Calais", "port")


def test_calais_is_a_location_for_the_model_too(nlp: Language) -> None:
    doc = nlp("At Calais, a man called Niku put the three girls in the back of a lorry.")
    assert {e.text: e.label_ for e in doc.ents}["Calais"] == "Location"


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("from Constanta by minibus", "Constanta", ("Constanța", "city")),
    ("the ferry to Durres", "Durres", ("Durrës", "city")),
    ("arrived at Heathrow T3", "Heathrow T3", ("Heathrow", "airport")),
    ("the Nădlac crossing", "Nădlac crossing", ("Nădlac", "border_point")),
    ("near the Eurotunnel freight terminal", "Eurotunnel freight terminal",
     ("Eurotunnel freight terminal", "border_point")),
    ("from Benin City, Edo State", "Benin City", ("Benin City", "city")),
    ("the boats leave from Dunkirk", "Dunkirk", ("Dunkirk", "port")),
    ("via the Hook of Holland", "Hook of Holland", ("Hook of Holland", "port")),
    ("returned to Vietnam", "Vietnam", ("Vietnam", "country")),
    ("jobs in the UK.", "UK", ("UK", "country")),
])
def test_gazetteer_places(rules: Language, text: str, surface: str,
                          expected: tuple[str, str]) -> None:
    assert places(rules, text)[surface] == expected


def test_place_ids_are_stable() -> None:
    assert lookup("Dover") is not None and lookup("Dover").gid == "port:dover"  # type: ignore[union-attr]
    assert lookup("Albania").gid == "country:AL"  # type: ignore[union-attr]


def test_weak_place_needs_a_preposition(rules: Language) -> None:
    assert "Jordan" not in places(rules, "Warning notice against Jordan WHYTE.")
    assert places(rules, "He flew to Jordan in May.")["Jordan"] == ("Jordan", "country")


def test_uk_as_an_adjective_is_not_a_place(rules: Language) -> None:
    assert "UK" not in places(rules, "He used a UK SIM and a UK number.")


def test_surname_that_is_a_place_is_not_a_place(rules: Language) -> None:
    assert "Holloway" not in places(rules, "Sarah Holloway took the call.")


@pytest.mark.parametrize(("text", "address"), [
    ("PNC: keeper Ardit KOLA, 27 Quillan Street, Ilford. Not stopped.",
     "27 Quillan Street, Ilford"),
    ("officers attended Flat 4, 88 Marrowfield Road, Reading at 2215 hrs",
     "Flat 4, 88 Marrowfield Road, Reading"),
    ("He lives at 14 Example Street Leeds LS9 8AA.", "14 Example Street Leeds LS9 8AA"),
    ("recovered at Flat 12, Lanyard Court,\nSouthampton on 27/04/2024",
     "Flat 12, Lanyard Court, Southampton"),
    ("  3/2, 58 Allanvale Street, Govanhill, Glasgow\n  mobile",
     "3/2, 58 Allanvale Street, Govanhill, Glasgow"),
])
def test_addresses(rules: Language, text: str, address: str) -> None:
    found = {canonical: kind for canonical, kind in places(rules, text).values()}
    assert found[address] == "address"


def test_postcode_belongs_to_its_address(rules: Language) -> None:
    found = places(rules, "He lives at 14 Example Street Leeds LS9 8AA.")
    assert list(found) == ["14 Example Street Leeds LS9 8AA"]


def test_street_without_number_keeps_its_town(rules: Language) -> None:
    found = places(rules, "Premises: Star Nails, Hagley Road, Birmingham (tel. 0121 496 0345)")
    assert found["Hagley Road, Birmingham"] == ("Hagley Road, Birmingham", "street")


def test_nationalities_are_a_span_group(rules: Language) -> None:
    doc = rules("Four Vietnamese women and two Albanians were found.")
    group = [(s.text, get_str(s, "ocg_value")) for s in doc.spans[NATIONALITIES]]
    assert group == [("Vietnamese", "VN"), ("Albanians", "AL")]
    assert not [e for e in doc.ents if e.label_ == "Location"]


def test_index_has_the_places_that_matter() -> None:
    index = place_index()
    for name in ("Tirana", "Vlorë", "Hanoi", "Nghe An", "Ho Chi Minh City", "Lagos", "Abuja",
                 "Bucharest", "Fuzhou", "Beijing", "Warsaw", "Milan", "Bari", "Brussels",
                 "Moscow", "Purfleet", "Harwich", "Holyhead", "Cairnryan", "Gatwick",
                 "Stansted", "Manchester Airport", "Coquelles", "Folkestone", "Zeebrugge",
                 "Rotterdam", "Leeds", "Walsall", "Ilford"):
        assert name in index, name


def test_a_place_in_a_heading_written_in_capitals_is_found(nlp: Language) -> None:
    doc = nlp("NCA - PORT OF DOVER / HEATHROW T3 - NOTE\nKOLA, Ardit was seen there.")
    places = {e.text for e in doc.ents if e.label_ == "Location"}
    assert {"PORT OF DOVER", "HEATHROW"} <= places


def test_a_capitalised_surname_in_a_sentence_is_no_place(nlp: Language) -> None:
    doc = nlp("Officers arrested John DOVER at his home.")
    assert "DOVER" not in {e.text for e in doc.ents if e.label_ == "Location"}
