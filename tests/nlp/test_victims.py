"""Victims: groups of victims as entities, their re-mentions, and named people as victims."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from ocgmap.nlp.entities import extract_report_entities
from ocgmap.nlp.extensions import attrs_of, get_str


def groups(doc: Doc) -> list[dict[str, Any]]:
    """Answer each victim-group mention of `doc`: text, key and attributes."""
    return [{"text": e.text, "key": get_str(e, "ocg_key"),
             "canonical": get_str(e, "ocg_canonical"), **attrs_of(e)}
            for e in doc.ents if e.label_ == "VictimGroup"]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Officers found three Albanian women aged 17 to 19 at the flat.",
     "three Albanian women aged 17 to 19",
     {"count": 3, "nationality": "Albanian", "nationality_code": "AL", "age_min": 17,
      "age_max": 19, "child": True, "gender": "female"}),
    ("Two Vietnamese boys were found inside the grow.", "Two Vietnamese boys",
     {"count": 2, "nationality": "Vietnamese", "child": True, "gender": "male"}),
    ("Inside were 12 Romanian men aged 30 to 55.", "12 Romanian men aged 30 to 55",
     {"count": 12, "nationality": "Romanian", "age_min": 30, "age_max": 55, "child": False,
      "gender": "male"}),
    ("A witness saw a 15-year-old girl get into the car.", "a 15-year-old girl",
     {"count": 1, "age": 15, "child": True, "gender": "female"}),
    ("Staff reported four females sleeping in the back room.", "four females",
     {"count": 4, "gender": "female"}),
])
def test_group_attributes(nlp: Language, text: str, phrase: str,
                          expected: dict[str, Any]) -> None:
    found = groups(nlp(text))
    assert [g["text"] for g in found] == [phrase]
    assert found[0]["canonical"] == phrase
    for name, value in expected.items():
        assert found[0][name] == value, name


def test_vague_count_is_a_group_without_count(nlp: Language) -> None:
    found = groups(nlp("Several Nigerian women were seen entering the premises at night."))
    assert [g["text"] for g in found] == ["Several Nigerian women"]
    assert "count" not in found[0]
    assert found[0]["nationality"] == "Nigerian"


def test_mixed_group(nlp: Language) -> None:
    found = groups(nlp("Nine workers (men and women) slept in the barn at the farm."))
    assert found[0]["count"] == 9
    assert found[0]["gender"] == "mixed"


def test_under_eighteen_and_exploitation(nlp: Language) -> None:
    found = groups(nlp("Five girls under 18 were made to sell sex from the flat."))
    assert found[0]["child"] is True
    assert found[0]["exploitation"] == ["sexual"]


def test_labour_exploitation_of_workers(nlp: Language) -> None:
    found = groups(nlp("Seven Romanian men worked unpaid at the car wash in Barking."))
    assert found[0]["exploitation"] == ["labour"]


@pytest.mark.parametrize("text", [
    "A man called Niku drove the lorry.",
    "KOLA had two passports and three phones.",
    "She lives with the couple's three children in Croydon.",
    "A second man met them at the station.",
])
def test_not_groups(nlp: Language, text: str) -> None:
    assert groups(nlp(text)) == []


def test_definite_mentions_share_the_group_key(nlp: Language) -> None:
    doc = nlp("Officers recovered three Albanian women aged 17 to 19 from the flat. "
              "The women said they owed money. Later the three women were safeguarded.")
    found = groups(doc)
    assert [g["text"] for g in found] == ["three Albanian women aged 17 to 19", "The women",
                                          "the three women"]
    assert len({g["key"] for g in found}) == 1
    assert {g["canonical"] for g in found} == {"three Albanian women aged 17 to 19"}


def test_definite_mention_needs_one_fitting_group(nlp: Language) -> None:
    doc = nlp("Officers found two Vietnamese boys and four Polish women at the farm. "
              "The boys were taken into care. The girls were not seen.")
    found = groups(doc)
    keys = {g["text"]: g["key"] for g in found}
    assert keys["The boys"] == keys["two Vietnamese boys"]
    assert "The girls" not in keys  # no group of girls before it


def test_two_groups_of_one_kind_leave_the_mention_alone(nlp: Language) -> None:
    doc = nlp("Two Romanian women were at the first flat and three Albanian women at the "
              "second. The women were referred.")
    assert "The women" not in [g["text"] for g in groups(doc)]


def test_groups_are_report_entities(nlp: Language) -> None:
    entities = extract_report_entities(
        "Three Albanian women aged 17 to 19 were found. The women were safeguarded.", nlp)
    group = [e for e in entities if e.type == "VictimGroup"]
    assert len(group) == 1
    assert [m.text for m in group[0].mentions] == ["Three Albanian women aged 17 to 19",
                                                   "The women"]
    assert group[0].attributes["count"] == 3


def roles(doc: Doc) -> dict[str, list[str]]:
    """Answer the roles of each person entity by canonical name."""
    out: dict[str, list[str]] = {}
    for ent in doc.ents:
        if ent.label_ == "Person":
            out[get_str(ent, "ocg_canonical") or ent.text] = attrs_of(ent).get("roles", [])
    return out


@pytest.mark.parametrize("text", [
    "Potential victim: Loredana VASILE, female, Romanian, aged 22.",
    "Loredana VASILE (PV) was interviewed at Maidstone.",
    "Loredana VASILE was trafficked to Southampton in 2023.",
    "Ardit KOLA trafficked Loredana VASILE to Southampton.",
    "Loredana VASILE was safeguarded by Hampshire officers.",
    "Loredana VASILE, a potential victim, consented to referral.",
])
def test_named_victims(nlp: Language, text: str) -> None:
    assert "victim" in roles(nlp(text))["Loredana Vasile"]


def test_offender_is_not_a_victim(nlp: Language) -> None:
    found = roles(nlp("Ardit KOLA trafficked Loredana VASILE to Southampton. "
                      "KOLA was arrested at Dover."))
    assert "victim" not in found["Ardit Kola"]


def test_victim_role_reaches_every_mention(nlp: Language) -> None:
    doc = nlp("Potential victim: Loredana VASILE, female, 22. VASILE said she owed money.")
    mentions = [attrs_of(e).get("roles") for e in doc.ents if e.label_ == "Person"]
    assert mentions == [["victim"], ["victim"]]


def test_age_said_after_the_group(nlp: Language) -> None:
    found = groups(nlp("T. said two other boys from the school, aged 14 and 15, went to Hastings."))
    assert found[0]["text"] == "two other boys"
    assert (found[0]["age_min"], found[0]["age_max"], found[0]["child"]) == (14, 15, True)


@pytest.mark.parametrize(("text", "span", "name"), [
    ("Found: two boys aged 14 and 15 from Haringey (both missing).",
     "two boys aged 14 and 15", "two boys aged 14 and 15 from Haringey"),
    ("He said two other boys from the PRU, aged 14 and 15, had been to Hastings.",
     "two other boys", "two other boys from the PRU, aged 14 and 15"),
    ("Three women from Constanta were met at Luton.", "Three women", "Three women from Constanta"),
    ("Three women were moved from Leeds to Hull.", "Three women", "Three women"),
])
def test_where_a_group_comes_from_is_part_of_its_name_not_of_its_span(
        nlp: Language, text: str, span: str, name: str) -> None:
    doc = nlp(text)
    found = groups(doc)
    assert [(g["text"], g["canonical"]) for g in found] == [(span, name)]
    places = {e.text for e in doc.ents if e.label_ == "Location"}
    assert not {"Haringey", "Constanta"} & set(name.split()) - places  # places keep their own


def test_the_origin_in_a_group_name_stops_at_the_end_of_the_sentence(nlp: Language) -> None:
    found = groups(nlp("She met him with two other men from Medgidia. She paid for the bus."))
    assert [g["canonical"] for g in found] == ["two other men from Medgidia"]


@pytest.mark.parametrize("text", [
    "Two men who ran a county line from Croydon to Hastings have been jailed.",
    "Three Albanian men were charged with trafficking offences on Monday.",
])
def test_the_accused_are_no_victim_group(nlp: Language, text: str) -> None:
    assert groups(nlp(text)) == []


def test_girls_who_ran_away_are_still_a_victim_group(nlp: Language) -> None:
    assert [g["text"] for g in groups(nlp("Two girls who ran away from the flat were found "
                                          "in Margate."))] == ["Two girls"]
