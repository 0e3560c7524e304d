"""Grading codes as analysts write them."""

from __future__ import annotations

import pytest

from ocgmap.ingest.grading import parse_grading


@pytest.mark.parametrize(("raw", "system", "parts", "code"), [
    ("B2P", "3x5x2", ("2", "B", "P"), "B2P"),
    ("2BP", "3x5x2", ("2", "B", "P"), "B2P"),
    ("1 a c", "3x5x2", ("1", "A", "C"), "A1C"),
    ("3/E/P", "3x5x2", ("3", "E", "P"), "E3P"),
    ("B24", "5x5x5", ("B", "2", "4"), "B24"),
    ("e 5 1", "5x5x5", ("E", "5", "1"), "E51"),
])
def test_valid_codes(raw: str, system: str, parts: tuple[str, str, str], code: str) -> None:
    grading = parse_grading(raw)
    assert (grading.system, (grading.source, grading.assessment, grading.handling)) == (
        system, parts)
    assert grading.code == code


@pytest.mark.parametrize(("raw", "reason"), [
    ("B5P", "source 1-3"),
    ("F2P", "assessment A-E"),
    ("B2X", "neither"),
    ("B26", "1-5"),
    ("B2", "three parts"),
    ("", "three parts"),
    ("<script>", "three parts"),
])
def test_invalid_codes_say_why(raw: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_grading(raw)
