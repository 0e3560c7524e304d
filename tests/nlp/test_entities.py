"""extract_entities: mentions, grouping into entities, and bounded time on bad input."""

from __future__ import annotations

import random
import time

import pytest
from spacy.language import Language

from ocgmap.nlp.entities import chunks, extract_entities, extract_report_entities, group_entities

REPORT = """THAMES VALLEY POLICE - INTELLIGENCE REPORT
Date: 20/04/2024          Grading: B2P

Present: MARKU, Klodiana (26), Albanian, aka "Klodi" - held the booking phone 07700 900318.
MARKU arrested. Black Mercedes C-Class LD69 WKA seen leaving. PNC: registered keeper
Ardit KOLA, 27 Quillan Street, Ilford. Klodi said KOLA collects the money.
Reporting officer: DC Tom ELLERBY, Reading CID.
"""


def test_mentions_carry_name_offsets_and_sentence(nlp: Language) -> None:
    mentions = extract_entities(REPORT, nlp)
    marku = [m for m in mentions if m.name == "Klodiana Marku"]
    assert [m.text for m in marku] == ["MARKU, Klodiana", "Klodi", "MARKU", "Klodi"]
    for mention in mentions:
        assert REPORT[mention.start:mention.end] == mention.text
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end


def test_entities_are_grouped_with_ids(nlp: Language) -> None:
    entities = {e.name: e for e in extract_report_entities(REPORT, nlp)}
    assert entities["Klodiana Marku"].aliases == ("Klodi",)
    assert entities["Klodiana Marku"].attributes["age"] == 26
    assert entities["+447700900318"].type == "Phone"
    assert entities["LD69WKA"].type == "Vehicle"
    assert entities["27 Quillan Street, Ilford"].attributes["kind"] == "address"
    assert entities["Tom Ellerby"].attributes["official"] is True
    contract = entities["Ardit Kola"].to_contract()
    assert contract.id.startswith("person:")
    assert [m.text for m in contract.mentions] == ["Ardit KOLA", "KOLA"]


def test_group_of_nothing_is_nothing() -> None:
    assert group_entities([]) == []


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_empty_text(nlp: Language, text: str) -> None:
    assert extract_entities(text, nlp) == []


def _bad_inputs() -> dict[str, str]:
    rng = random.Random(7)
    table = "\n".join(" ".join(str(rng.randint(0, 99_999)) for _ in range(10))
                      for _ in range(400))
    return {
        "long tokens": "Ardit KOLA " + "x" * 10_000 + " 07700 900123 " + "9" * 10_000,
        "numbers table": table,
        "mojibake": "Ardit KOLA met Ã©Ã¨ in DurrÃ«s, ConstanÈ›a â€œBigzâ€ 07700 900123. " * 20,
        "another language": "Le suspect Jean DUPONT a été arrêté à Calais par la police. " * 20,
        "punctuation": '"' * 5_000 + "(" * 5_000 + "-" * 5_000,
        "control characters": "Ardit\x00KOLA\x0b\x0c\u200b 07700 900123 \ufeff" * 50,
    }


@pytest.mark.parametrize("name", list(_bad_inputs()))
def test_bad_input_neither_crashes_nor_hangs(nlp: Language, name: str) -> None:
    text = _bad_inputs()[name]
    started = time.perf_counter()
    mentions = extract_entities(text, nlp)
    assert time.perf_counter() - started < 20
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_long_token_does_not_hide_entities(nlp: Language) -> None:
    text = "x" * 10_000 + " Call 07700 900123. " + "y" * 10_000
    assert [m.name for m in extract_entities(text, nlp)] == ["+447700900123"]


@pytest.mark.slow
def test_five_megabytes_in_chunks(rules: Language) -> None:
    paragraph = ("The workers were driven to the sites each morning and told that the debt for "
                 "travel and rent would come out of their wages over several months. " * 3
                 + "Ardit KOLA drove the Ford Transit AB12 CDE from Dover to 27 Quillan Street, "
                 "Ilford, and rang 07700 900123.\n\n")
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    started = time.perf_counter()
    mentions = extract_entities(text, rules)
    assert time.perf_counter() - started < 120
    assert {m.name for m in mentions} == {"Ardit Kola", "AB12CDE", "Dover",
                                          "27 Quillan Street, Ilford", "+447700900123"}
    assert text[mentions[-1].start:mentions[-1].end] == mentions[-1].text


def test_chunks_keep_paragraphs_and_cover_the_text() -> None:
    text = ("para one.\n\n" * 50) + "x" * 500 + ("line\n" * 50)
    pieces = list(chunks(text, limit=120))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 120 for _, piece in pieces)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
