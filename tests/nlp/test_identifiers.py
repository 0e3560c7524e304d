"""Identifier rules on a blank pipeline: phones, vehicles, e-mails, documents, money, dates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ocgmap.nlp.extensions import DOCUMENT_WORDS, POSTCODES, attrs_of, get_str


def ents(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    """Answer (text, label, value) of the entities of `text`."""
    return [(e.text, e.label_, get_str(e, "ocg_value")) for e in nlp(text).ents]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Call 07700 900123 now.", "07700 900123", "+447700900123"),
    ("tel. 0121 496 0345)", "0121 496 0345", "+441214960345"),
    ("landline 020 7946 0812.", "020 7946 0812", "+442079460812"),
    ("ring +44 (0)121 496 0345 today", "+44 (0)121 496 0345", "+441214960345"),
    ("Romanian mobile +40 721 234 567.", "+40 721 234 567", "+40721234567"),
    ("his number 07700900123", "07700900123", "+447700900123"),
])
def test_phones_are_normalised_to_e164(rules: Language, text: str, surface: str,
                                       value: str) -> None:
    assert (surface, "Phone", value) in ents(rules, text)


def test_numbers_written_together_are_two_phones(rules: Language) -> None:
    found = [e for e in ents(rules, "calls with 07700 900123 07700 900124") if e[1] == "Phone"]
    assert [value for _, _, value in found] == ["+447700900123", "+447700900124"]


@pytest.mark.parametrize("text", ["2012 205 27 2013 206 28", "0800-1800 daily", "3,150 GBP"])
def test_numbers_that_are_not_phones(rules: Language, text: str) -> None:
    assert not [e for e in ents(rules, text) if e[1] == "Phone"]


def test_phone_is_not_a_date_for_the_model(nlp: Language) -> None:
    doc = nlp("Bigz's own number, which she was told to ring, was 07700 900123.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["07700 900123"] == "Phone"


@pytest.mark.parametrize(("text", "value"), [
    ("a white Ford Transit AB12 CDE", "AB12CDE"),
    ("Mercedes LD69WKA seen", "LD69WKA"),
    ("an old Astra P123 ABC", "P123ABC"),
    ("suffix plate ABC 123D here", "ABC123D"),
    ("Romanian plates, CT 19 GDU.", "CT19GDU"),
])
def test_registrations(rules: Language, text: str, value: str) -> None:
    assert value in [v for _, label, v in ents(rules, text) if label == "Vehicle"]


@pytest.mark.parametrize("text", ["14 Example Street Leeds LS9 8AA", "postcode B33 8TH",
                                  "seen AT 10 HRS", "partial index BD16 ...", "Grading B2P"])
def test_postcodes_and_words_are_not_vehicles(rules: Language, text: str) -> None:
    assert not [e for e in ents(rules, text) if e[1] == "Vehicle"]


def test_postcodes_are_collected(rules: Language) -> None:
    doc = rules("He lives at 14 Example Street Leeds LS9 8AA.")
    assert [get_str(s, "ocg_value") for s in doc.spans[POSTCODES]] == ["LS9 8AA"]


def test_emails_lower_case_and_message_ids_skipped(rules: Language) -> None:
    text = ("From: Claire <Claire.Bennett@Example.org>\n"
            "Message-ID: <20240618094217.5521@example.org>\n\nBody.")
    found = [(t, v) for t, label, v in ents(rules, text) if label == "Email"]
    assert found == [("Claire.Bennett@Example.org", "claire.bennett@example.org")]


def test_document_numbers_need_a_document_word(rules: Language) -> None:
    doc = rules("His passport number 512345678 was seen. Invoice 612345678 was paid.")
    documents = [e for e in doc.ents if e.label_ == "Document"]
    assert [(e.text, get_str(e, "ocg_kind")) for e in documents] == [("512345678", "passport")]


@pytest.mark.parametrize(("text", "words", "attrs"), [
    ("Her Romanian ID card was taken.", "Romanian ID card", {"nationality": "Romanian"}),
    ("He is the holder of a UK visit visa.", "UK visit visa", {"issuer": "UK"}),
    ("They kept her passport.", "passport", {}),
])
def test_document_words_keep_their_qualifier(rules: Language, text: str, words: str,
                                             attrs: dict[str, str]) -> None:
    doc = rules(text)
    assert [(s.text, attrs_of(s)) for s in doc.spans[DOCUMENT_WORDS]] == [(words, attrs)]


def test_lettered_document_code_with_nationality(rules: Language) -> None:
    doc = rules("She was given an Italian residence permit with her photograph. It is a "
                "counterfeit, number IT-RP 0045172.")
    document = next(e for e in doc.ents if e.label_ == "Document")
    assert get_str(document, "ocg_canonical") == "Italian residence permit IT-RP 0045172"


@pytest.mark.parametrize(("text", "value"), [
    ("cash takings (£3,150 over six days)", "GBP 3150"),
    ("paid 3000 euros", "EUR 3000"),
    ("a debt of US$30,000", "USD 30000"),
    ("180,000 yuan for the visa", "CNY 180000"),
    ("£1.2m in transfers", "GBP 1200000"),
])
def test_money(rules: Language, text: str, value: str) -> None:
    assert value in [v for _, label, v in ents(rules, text) if label == "MONEY"]


def test_money_ranges_are_two_amounts(rules: Language) -> None:
    found = [v for _, label, v in ents(rules, "receiving £2,000-£3,000 per woman")
             if label == "MONEY"]
    assert found == ["GBP 2000", "GBP 3000"]


@pytest.mark.parametrize(("text", "value"), [
    ("Date: 12/03/2024", "2024-03-12"),
    ("at 2215 hrs on 19 April 24.", "2024-04-19"),
    ("WYP INT LOG 02 October 24 Grading", "2024-10-02"),
    ("on 3 July\n2024, when", "2024-07-03"),
    ("between 01/2023 and", "2023-01"),
    ("in February 2024 she", "2024-02"),
    ("front matter 2024-05-02", "2024-05-02"),
])
def test_dates_day_first_to_iso(rules: Language, text: str, value: str) -> None:
    assert value in [v for _, label, v in ents(rules, text) if label == "DATE"]


def test_invalid_date_is_not_a_date(rules: Language) -> None:
    assert not [e for e in ents(rules, "ref 31/02/2024") if e[1] == "DATE"]
