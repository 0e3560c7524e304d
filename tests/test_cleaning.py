"""Text cleaning: ligatures, hyphenation, layout whitespace, table regions, speed."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from ocgmap.ingest.cleaning import LIGATURE_WORDS, clean_text, is_table_row

REPORTS = Path(__file__).resolve().parent.parent / "samples" / "reports"


def clean(text: str) -> str:
    return clean_text(text)[0]


def tables(text: str) -> list[str]:
    cleaned, spans = clean_text(text)
    return [cleaned[start:end] for start, end in spans]


# ----------------------------------------------------------------------------- ligatures

def test_typographic_ligature_characters_are_spelled_out() -> None:
    assert clean("\ufb01nancial \ufb02at o\ufb03ce ba\ufb04ing sta\ufb00") == \
        "financial flat office baffling staff"


@pytest.mark.parametrize(("broken", "repaired"), [
    ("traf cking", "trafficking"),
    ("tra cking", "trafficking"),
    ("traf ckers", "traffickers"),
    ("identi ed", "identified"),
    ("speci c", "specific"),
    ("o ce", "office"),
    ("of ce", "office"),
    ("of cers", "officers"),
    ("bene t", "benefit"),
    ("suf cient", "sufficient"),
    ("con rmed", "confirmed"),
    ("in uence", "influence"),
    ("signi cant", "significant"),
    ("de nition", "definition"),
    ("pro le", "profile"),
    ("classi ed", "classified"),
    ("dif cult", "difficult"),
    ("ef cient", "efficient"),
    ("a ected", "affected"),
    ("trafcking", "trafficking"),
    ("identied", "identified"),
    ("nancial", "financial"),
])
def test_words_broken_by_lost_ligatures_are_repaired(broken: str, repaired: str) -> None:
    assert clean(f"The {broken} was noted.") == f"The {repaired} was noted."


def test_repair_keeps_the_case_of_the_word() -> None:
    assert clean("Traf cking and TRAF CKING and Of ce") == "Trafficking and TRAFFICKING and Office"


@pytest.mark.parametrize("text", [
    "Of course he went to the office.",
    "He owed money, owing to the debt.",   # not "flowed", "flowing"
    "Vehicle tracking showed two species of tree.",
    "Nish and Dier were seen.",            # capitalised: names, not "Finish"
    "The boss led them; red van; arms.",
    "Room 3of ce",                         # joined to a digit: a code, not a word
])
def test_ordinary_text_and_names_are_not_touched(text: str) -> None:
    assert clean(text) == text


def test_vocabulary_has_domain_words_and_inflections() -> None:
    assert {"trafficking", "traffickers", "officer", "officers", "identified",
            "identifies", "confirmed", "confirming", "offences"} <= LIGATURE_WORDS
    assert 200 < len(LIGATURE_WORDS) < 1000
    assert all(any(lig in word for lig in ("fi", "fl", "ff")) for word in LIGATURE_WORDS)


# ----------------------------------------------------------------------------- hyphenation

def test_words_hyphenated_across_lines_are_joined() -> None:
    assert clean("women were traf-\nficking victims") == "women were trafficking victims"


def test_hyphen_is_kept_before_a_capital_and_in_compounds() -> None:
    assert clean("an Anglo-\nAlbanian group") == "an Anglo-Albanian group"
    assert clean("claims to be self-\nemployed") == "claims to be self-employed"
    assert clean("a 24-\nhour watch") == "a 24-hour watch"


def test_dashes_and_paragraph_breaks_are_not_joined() -> None:
    assert clean("one -\ntwo") == "one -\ntwo"
    assert clean("traf-\n\nficking") == "traf-\n\nficking"


def test_soft_hyphen_at_line_end_joins_and_elsewhere_vanishes() -> None:
    assert clean("traf\u00ad\nficking and ex\u00adploitation") == "trafficking and exploitation"


# ----------------------------------------------------------------------------- layout

def test_layout_whitespace_is_collapsed() -> None:
    raw = "  Ardit   KOLA\t(34)  \r\nseen at\rDover\f\n\n\n\n\nNext\u200b para\u00a0graph  "
    assert clean(raw) == "Ardit KOLA (34)\nseen at\nDover\n\nNext para graph"


def test_empty_and_blank_text_clean_to_nothing() -> None:
    assert clean_text("") == ("", ())
    assert clean_text(" \n\t\n\u200b ") == ("", ())


def test_text_is_unicode_nfc() -> None:
    assert clean("Constan\u0163a Nădlac Constant\u0326a") == "Constanţa Nădlac Constanța"
    assert clean("Cafe\u0301") == "Café"
    assert clean("Cafe\u200b\u0301 Jose\u00ad\u0301") == "Café José"


# ----------------------------------------------------------------------------- tables

def test_pipe_table_with_separator_is_a_table_region() -> None:
    text = "Deductions:\n| item | amount |\n|---|---|\n| rent | £95 |\n\nAfter the table."
    assert tables(text) == ["| item | amount |\n|---|---|\n| rent | £95 |"]


def test_tab_and_space_aligned_tables_keep_their_columns() -> None:
    text = ("Staff present:\n\n  NAME      AGE   SINCE\n  Alban     19    Jan 2024\n"
            "  Gezim     22    Jan 2024\n\nSix men were found.")
    assert tables(text) == ["  NAME      AGE   SINCE\n  Alban     19    Jan 2024\n"
                            "  Gezim     22    Jan 2024"]
    assert tables("x\na\tb\nc\td\ny") == ["a\tb\nc\td"]


def test_one_row_or_prose_is_not_a_table() -> None:
    assert tables("GMP LOG  |  Date: 11/01/2024  |  Grading: B3P\n\nBody text.") == []
    assert tables("He left.  She stayed.  They ran.\nIt rained.  It poured.  It stopped.") == []
    assert not is_table_row("an ordinary sentence")
    assert is_table_row("| one cell |")
    assert is_table_row("|:---|---:|")


def test_table_spans_point_into_the_clean_text() -> None:
    text = "Intro   text  here.\n\n\n\n| a | b |\n| c | d |\nEnd"
    cleaned, spans = clean_text(text)
    assert cleaned == "Intro text here.\n\n| a | b |\n| c | d |\nEnd"
    assert [cleaned[s:e] for s, e in spans] == ["| a | b |\n| c | d |"]


# ----------------------------------------------------------------------------- idempotence

def _random_texts(count: int) -> list[str]:
    rng = random.Random(20240312)
    pieces = ["traf", " ", "cking", "-\n", "\n", "\n\n\n", "  ", "\t", "|", "---", "of", "ce",
              "Anglo", "Albanian", "\u00ad", "\u200b", "\ufb01", "a", "B", "12", ".", "\r\n",
              "o", "con", "rmed", "self", "employed", "\f", " | ", "x  y  z", "\u0301", "e",
              "\u1100", "\u1161"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(count)]


@pytest.mark.parametrize("text", [
    *[p.read_text(encoding="utf-8", errors="replace") for p in sorted(REPORTS.glob("*"))
      if p.suffix in {".txt", ".md", ".eml", ".html"}],
    *_random_texts(500),
])
def test_cleaning_is_idempotent(text: str) -> None:
    once, spans = clean_text(text)
    assert clean_text(once) == (once, spans)


# ----------------------------------------------------------------------------- speed

def test_five_megabytes_of_reports_clean_quickly() -> None:
    report = (REPORTS / "intel_carwash_barking.txt").read_text(encoding="utf-8")
    report += "\nThe traf cking of-\nfice   was  con rmed.\n| a | b |\n|---|---|\n"
    text = (report * (5_000_000 // len(report) + 1))[:5_000_000]
    start = time.perf_counter()
    cleaned, spans = clean_text(text)
    assert time.perf_counter() - start < 5
    assert "trafficking" in cleaned and spans


@pytest.mark.parametrize("text", [
    "a" * 1_000_000 + " b",
    "ab-\n" * 250_000,
    "a" + " " * 1_000_000 + "b",
    "|" * 1_000_000,
    "|" + "-" * 1_000_000 + "|x",
    "of ce " * 170_000,
    "\n" * 1_000_000,
    "a  " * 330_000,
    "<" * 1_000_000,
])
def test_pathological_input_cleans_in_linear_time(text: str) -> None:
    start = time.perf_counter()
    clean_text(text)
    assert time.perf_counter() - start < 3
