"""Nicknames the report explains: said of a place, said of a named person, written twice."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from ocgmap.nlp.extensions import attrs_of, get_str


def entities(nlp: Language, text: str, label: str = "Person") -> dict[str, dict[str, Any]]:
    """Answer each entity of `label` in `text`: canonical name -> mentions and attributes."""
    found: dict[str, dict[str, Any]] = {}
    for spans in nlp(text)._.ocg_entities.values():
        if spans[0].label_ != label:
            continue
        canonical = get_str(spans[0], "ocg_canonical") or spans[0].text
        found[canonical] = {"mentions": [s.text for s in spans], **attrs_of(spans[0])}
    return found


@pytest.mark.parametrize(("text", "place"), [
    ('For a month he was kept in a flat in Luton that he calls "Kennel".', "Kennel"),
    ('The girls were taken to a house the workers called "the Cage". Mirela ran the Cage.',
     "the Cage"),
    ('They slept at a farm known as "Top Yard" near Boston.', "Top Yard"),
])
def test_a_name_given_to_a_place_is_a_location(rules: Language, text: str, place: str) -> None:
    assert place not in entities(rules, text)
    assert place in entities(rules, text, "Location")


def test_the_name_after_a_place_preposition_is_no_person(rules: Language) -> None:
    found = entities(rules, "She was dropped at the Arndale and paid the Printer.")
    assert list(found) == ["the Printer"]


def test_a_nickname_with_and_without_the_is_one_person(rules: Language) -> None:
    found = entities(rules, 'He owes "the Baron" for the trip. Everyone fears "Baron".')
    assert list(found) == ["the Baron"]


@pytest.mark.parametrize("text", [
    'The owner, whom she calls "Lao Ban" (boss), is a local man, Ardit KOLA. Kola paid her.',
    'The driver, whom they knew as "Lao Ban", was Ardit KOLA.',
    'That fits our "Lao Ban" for KOLA. Ardit KOLA lives in Ilford.',
    "She gave KOLA's number as 07700 900123 (saved as \"Lao Ban\"). Ardit KOLA denies it.",
    'Ardit KOLA, who calls himself "Lao Ban", drove the van.',
    'The driver was "Lao Ban" (Ardit KOLA). He was paid in cash.',
    'The contact "Lao Ban", real name Ardit KOLA, recruited them.',
    'Workers say "Lao Ban" is Ardit KOLA.',
])
def test_a_nickname_the_report_explains_is_the_named_person(rules: Language, text: str) -> None:
    found = entities(rules, text)
    assert list(found) == ["Ardit Kola"]
    assert found["Ardit Kola"]["aliases"] == ["Lao Ban"]


def test_a_nickname_said_to_be_a_relative_stays_apart(rules: Language) -> None:
    found = entities(rules, 'Workers say "Lao Ban" is Ardit KOLA\'s cousin.')
    assert set(found) == {"Lao Ban", "Ardit Kola"}


def test_the_owner_of_a_saved_contact_is_not_the_contact(rules: Language) -> None:
    text = 'KOLA\'s phone contains 07700 900123 saved as "Lao Ban". Ardit KOLA was charged.'
    assert set(entities(rules, text)) == {"Lao Ban", "Ardit Kola"}


def test_a_man_named_is_a_person(rules: Language) -> None:
    found = entities(rules, "A man named Tomasz met them at the coach station.")
    assert "Tomasz" in found
