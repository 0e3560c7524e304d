"""People: police name conventions, nicknames, officials and within-report coreference."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from ocgmap.nlp.extensions import attrs_of, get_str
from ocgmap.nlp.names import natural_case, parse_name


def people(nlp: Language, text: str) -> dict[str, dict[str, Any]]:
    """Answer each person entity of `text`: canonical name -> mentions and attributes."""
    found: dict[str, dict[str, Any]] = {}
    for spans in nlp(text)._.ocg_entities.values():
        if spans[0].label_ != "Person":
            continue
        canonical = get_str(spans[0], "ocg_canonical") or spans[0].text
        found[canonical] = {"mentions": [s.text for s in spans], **attrs_of(spans[0])}
    return found


def test_inverted_name_with_age(rules: Language) -> None:
    found = people(rules, "Present: KOLA, Ardit (34), Albanian - answered the door.")
    assert found["Ardit Kola"]["age"] == 34
    assert found["Ardit Kola"]["nationality"] == "Albanian"


def test_ranked_officer_is_an_official(rules: Language) -> None:
    found = people(rules, "Reporting officer: DC Tom ELLERBY, Reading CID.")
    assert found["Tom Ellerby"]["title"] == "DC"
    assert found["Tom Ellerby"]["official"] is True


@pytest.mark.parametrize(("text", "canonical"), [
    ("Manager on the day: TRAN Thi Lan (38), Vietnamese", "Tran Thi Lan"),
    ("Labour supplied by the firm (director: F. STOICA).", "F. Stoica"),
    ("She lives with Mrs Funmilayo OLAWALE and her husband.", "Funmilayo Olawale"),
    ("Subject identified him as Gabriel DUMITRU.", "Gabriel Dumitru"),
    ("Tomasz WÓJCIK (34), Polish, recruited the men.", "Tomasz Wójcik"),
])
def test_police_name_forms(rules: Language, text: str, canonical: str) -> None:
    assert canonical in people(rules, text)


def test_surname_only_mentions_join_the_full_name(rules: Language) -> None:
    found = people(rules, "Ardit KOLA was seen in Ilford. Later KOLA drove to Dover.")
    assert found["Ardit Kola"]["mentions"] == ["Ardit KOLA", "KOLA"]


def test_title_decides_between_two_people_with_one_surname(rules: Language) -> None:
    found = people(rules, "She lives with Mr Babatunde OLAWALE and his wife, Mrs Funmilayo "
                          "OLAWALE. Mrs OLAWALE has her passport.")
    assert found["Funmilayo Olawale"]["mentions"] == ["Mrs Funmilayo OLAWALE", "Mrs OLAWALE"]
    assert found["Babatunde Olawale"]["mentions"] == ["Mr Babatunde OLAWALE"]


@pytest.mark.parametrize("text", [
    'MARKU, Klodiana (26), aka "Klodi", held the phone. Klodi wrote the adverts.',
    'Klodiana MARKU, known as "Klodi", held the phone. Klodi wrote the adverts.',
    "Klodiana MARKU, aka Klodi, held the phone. Klodi wrote the adverts.",
])
def test_nicknames_are_aliases(rules: Language, text: str) -> None:
    found = people(rules, text)
    assert list(found) == ["Klodiana Marku"]
    assert found["Klodiana Marku"]["aliases"] == ["Klodi"]
    assert found["Klodiana Marku"]["mentions"].count("Klodi") == 2


def test_identification_links_a_nickname(rules: Language) -> None:
    text = ('Within two days a man called "Bigz" told her she owed money. Bigz drives a '
            "black Mercedes. She identified Ardit KOLA from a photograph as Bigz.")
    found = people(rules, text)
    assert list(found) == ["Ardit Kola"]
    assert found["Ardit Kola"]["aliases"] == ["Bigz"]


def test_unlinked_nickname_is_its_own_person(rules: Language) -> None:
    found = people(rules, 'At Calais, a man called "Niku" put them in a lorry.')
    assert "Niku" in found


def test_contact_names_lose_their_place_suffix(rules: Language) -> None:
    found = people(rules, 'contacts with 07700 900124 (saved as "Roni Dover").')
    assert found["Roni"]["mentions"] == ["Roni Dover"]


def test_initials_join_the_name_they_abbreviate(rules: Language) -> None:
    found = people(rules, "Ledger: A.K. - paid. The initials fit Ardit KOLA.")
    assert found["Ardit Kola"]["mentions"] == ["A.K.", "Ardit KOLA"]


def test_anonymised_victim_initials(rules: Language) -> None:
    found = people(rules, "E.H. was recovered on 27 April. E.H. consented to referral.")
    assert found["E.H."]["mentions"] == ["E.H.", "E.H."]


def test_email_header_names_are_officials(rules: Language) -> None:
    found = people(rules, "From: Sgt Craig Bain <craig.bain@example.org>\n"
                          "To: Intelligence Desk <intel.desk@example.com>\n\nLiam,\n")
    assert found["Craig Bain"]["official"] is True
    assert found["Craig Bain"]["title"] == "Sgt"
    assert "Intelligence Desk" not in found


def test_capitals_in_a_header_are_not_people(rules: Language) -> None:
    assert people(rules, "WEST MIDLANDS POLICE - INTELLIGENCE LOG ENTRY\nOp TALLOW update") == {}


def test_model_names_are_kept_and_joined(nlp: Language) -> None:
    found = people(nlp, "In March 2013 Odosa Usiobaifo was sentenced. Usiobaifo had "
                        "collected the girls from a meeting point.")
    assert found["Odosa Usiobaifo"]["mentions"] == ["Odosa Usiobaifo", "Usiobaifo"]


def test_parse_and_case() -> None:
    assert parse_name("KOLA, Ardit").canonical == "Ardit Kola"
    assert parse_name("NGUYEN Van Hung").family_first
    assert natural_case("O'CONNOR") == "O'Connor"


def test_initial_and_surname_join_the_full_name(rules: Language) -> None:
    found = people(rules, "Florin STOICA runs the gang. Director: F. STOICA.")
    assert found["Florin Stoica"]["mentions"] == ["Florin STOICA", "F. STOICA"]


def test_a_list_of_names_is_not_one_inverted_name(rules: Language) -> None:
    found = people(rules, "Driver(s): Mihai TOMA, Radu IONESCU\nRoute: Iasi - London")
    assert set(found) == {"Mihai Toma", "Radu Ionescu"}


def test_a_company_suffix_is_no_surname(rules: Language) -> None:
    assert people(rules, "Operator: Carpathia Express SRL, registered in Iasi.") == {}


def test_a_surname_the_model_calls_an_organisation_is_the_person(nlp: Language) -> None:
    found = people(nlp, "Jermaine Campbell, 23, of Tottenham, admitted the offence. The judge "
                        "said Campbell had treated the children as disposable.")
    assert found["Jermaine Campbell"]["mentions"].count("Campbell") >= 1
    orgs = [spans[0].text for spans in nlp("Campbell had treated them badly. Jermaine "
                                           "Campbell was jailed.")._.ocg_entities.values()
            if spans[0].label_ == "Organisation"]
    assert "Campbell" not in orgs


@pytest.mark.parametrize("text", [
    "Key Findings\nThe victims were paid below the minimum wage.",
    "NOMINAL\nGRADING: B2\nDC and PC attended. DS confirmed the arrest.",
    "Mr and Mrs attended the meeting with the interpreter.",
    "In March the victims were moved. By June, Albanian men ran the house.",
    "She worked at a nail bar on Hagley Road, Birmingham, for six months.",
    "Romanian and Bulgarian workers were found at the car wash on Sunday.",
])
def test_report_words_are_not_people(nlp: Language, text: str) -> None:
    assert people(nlp, text) == {}


def test_a_given_name_that_is_also_a_word_is_the_person_where_it_stands_as_a_name(
        nlp: Language) -> None:
    doc = nlp("Potential victim: Precious A., aged 24. Osaro IGBINEDION met Precious in "
              "Lagos. Precious flew to Paris with him. Precious little was found in the flat.")
    mentions = [e.text for e in doc.ents if e.label_ == "Person"]
    assert mentions.count("Precious") == 2  # the object and the subject; not "Precious little"
