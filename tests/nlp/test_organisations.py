"""Organisations (agencies, councils, OCGs) and businesses on a blank pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ocgmap.nlp.extensions import attrs_of, get_str


def named(nlp: Language, text: str, label: str) -> dict[str, tuple[str | None, dict[str, object]]]:
    """Answer each entity of `label` in `text`: surface -> (canonical name, attributes)."""
    return {e.text: (get_str(e, "ocg_canonical"), {**attrs_of(e), "kind": get_str(e, "ocg_kind")})
            for e in nlp(text).ents if e.label_ == label}


@pytest.mark.parametrize(("text", "surface", "canonical", "category"), [
    ("WEST MIDLANDS POLICE - INTELLIGENCE LOG", "WEST MIDLANDS POLICE", "West Midlands Police",
     "police"),
    ("GMP INTELLIGENCE LOG | Date", "GMP", "Greater Manchester Police", "police"),
    ("Passed to the NCA for action.", "NCA", "National Crime Agency", "agency"),
    ("the GLAA investigator", "GLAA", "Gangmasters and Labour Abuse Authority", "agency"),
    ("with Border Force at Dover", "Border Force", "Border Force", "agency"),
    ("referred to the Salvation Army", "Salvation Army", "Salvation Army", "ngo"),
    ("A Wigan Council officer found him", "Wigan Council", "Wigan Council",
     "local_authority"),
    ("social worker at Birmingham Children's Trust", "Birmingham Children's Trust",
     "Birmingham Children's Trust", "local_authority"),
    ("Romanian police believe", "Romanian police", "Romanian Police", "police"),
    ("He treated her at King's College Hospital", "King's College Hospital",
     "King's College Hospital", "hospital"),
])
def test_agencies(rules: Language, text: str, surface: str, canonical: str,
                  category: str) -> None:
    name, attrs = named(rules, text, "Organisation")[surface]
    assert (name, attrs["category"], attrs["kind"]) == (canonical, category, "agency")


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    ("run by the KOLA network in Ilford", "KOLA network", "Kola network"),
    ("a pop-up brothel run by the OSAGIE group", "OSAGIE group", "Osagie group"),
    ("a supplier to the Stoica family in Manchester", "Stoica family", "Stoica family"),
    ('One phone is the "Ace line" 07700 900777.', "Ace line", "Ace line"),
    ("The KOLA group controls flats in Reading.", "KOLA group", "Kola group"),
])
def test_criminal_groups(rules: Language, text: str, surface: str, canonical: str) -> None:
    name, attrs = named(rules, text, "Organisation")[surface]
    assert (name, attrs["kind"]) == (canonical, "ocg")


@pytest.mark.parametrize("text", ["an Albanian group in London", "the working group met",
                                  "the NCA International Liaison network"])
def test_not_criminal_groups(rules: Language, text: str) -> None:
    found = named(rules, text, "Organisation")
    assert all(attrs["kind"] != "ocg" for _, attrs in found.values())


def test_trading_name_is_not_merged_with_its_street(rules: Language) -> None:
    doc = rules("Premises: Star Nails, Hagley Road, Birmingham (tel. 0121 496 0345)")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Star Nails"] == "Business"
    assert labels["Hagley Road, Birmingham"] == "Location"


@pytest.mark.parametrize(("text", "surface", "canonical", "sector"), [
    ("supplied by Golden Bridge Travel Ltd last year", "Golden Bridge Travel Ltd",
     "Golden Bridge Travel Ltd", "travel agency"),
    ("Labour supplied by\nCarpati Building Services Ltd (director",
     "Carpati Building Services Ltd", "Carpati Building Services Ltd", "construction"),
    ("worked at Five Star Hand Car Wash, Thornmere Road", "Five Star Hand Car Wash",
     "Five Star Hand Car Wash", "car wash"),
    ("asleep behind the Jade Garden takeaway on Lorrimer Lane", "Jade Garden", "Jade Garden",
     "takeaway"),
    ("took him to McDonald's after school", "McDonald's", "McDonald's", "fast food"),
])
def test_businesses(rules: Language, text: str, surface: str, canonical: str,
                    sector: str) -> None:
    name, attrs = named(rules, text, "Business")[surface]
    assert (name, attrs["sector"]) == (canonical, sector)


def test_premises_described_by_type_and_place(rules: Language) -> None:
    doc = rules("She worked at a nail bar on Hagley Road for a year.")
    business = named(rules, doc.text, "Business")["nail bar"]
    assert business[0] == "nail bar on Hagley Road"
    assert business[1]["sector"] == "nail bar"
    assert business[1]["located_at"] == "Hagley Road"
    assert "Hagley Road" in named(rules, doc.text, "Location")


def test_acronym_joins_its_organisation(rules: Language) -> None:
    doc = rules("He was moved to the Northfield Pupil Referral Unit. Staff at the PRU "
                "report that he has a new phone.")
    keys = {e.text: e._.ocg_key for e in doc.ents}
    assert keys["PRU"] == keys["Northfield Pupil Referral Unit"]
