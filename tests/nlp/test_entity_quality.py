"""Entity quality on the sample corpus: precision, recall and F1 per type, dev vs held-out.

Reports are the `.txt`, `.md` and `.eml` files of samples/reports read as UTF-8 (front
matter of `.md` stripped). Every third report in file-name order (index % 3 == 2) is
held out: the rules were written without looking at it. An entity matches when type and
normalised canonical name agree (case, space and accent insensitive; phones E.164,
vehicles upper case without spaces; documents by their number when the gold name has
one). Run with `-s` to see the table:

    .venv/bin/python -m pytest tests/nlp/test_entity_quality.py -s
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from spacy.language import Language

from ocgmap.ids import name_key
from ocgmap.nlp.entities import extract_report_entities

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TYPES = ("Person", "Organisation", "Business", "Location", "Vehicle", "Phone", "Email",
         "Document")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_DOCUMENT_NUMBER = re.compile(r"[A-Z]{1,3}(?:-[A-Z]{1,3})?[ -]?\d{5,10}[A-Z]?|\d{6,12}")

#: Floors below what the rules reach (dev, held-out), so regressions fail the test.
FLOORS = {
    "dev": {"Person": 0.90, "Organisation": 0.90, "Business": 0.90, "Location": 0.95,
            "Vehicle": 0.98, "Phone": 0.98, "Email": 0.95},
    "held-out": {"Person": 0.82, "Organisation": 0.75, "Business": 0.85, "Location": 0.82,
                 "Vehicle": 0.95, "Phone": 0.95, "Email": 0.90},
}


def report_files() -> list[Path]:
    """Answer the evaluated reports in file-name order."""
    return sorted(p for p in (SAMPLES / "reports").iterdir()
                  if p.suffix in {".txt", ".md", ".eml"})


def split_of(index: int) -> str:
    """Answer "held-out" for every third report, "dev" for the others."""
    return "held-out" if index % 3 == 2 else "dev"


def report_text(path: Path) -> str:
    """Answer the text of a report as the pipeline sees it."""
    text = path.read_text(encoding="utf-8")
    return _FRONT_MATTER.sub("", text) if path.suffix == ".md" else text


def match_key(entity_type: str, name: str) -> tuple[str, str]:
    """Answer the comparison key of an entity."""
    if entity_type in ("Phone", "Vehicle"):
        return entity_type, re.sub(r"[\s-]", "", name).upper()
    if entity_type == "Document":
        number = _DOCUMENT_NUMBER.search(name)
        if number:
            return entity_type, re.sub(r"[\s-]", "", number.group())
    return entity_type, name_key(name)


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: set[tuple[str, str]], found: set[tuple[str, str]]) -> None:
        """Count one report."""
        for entity_type, _ in gold & found:
            self.tp[entity_type] += 1
        for entity_type, _ in found - gold:
            self.fp[entity_type] += 1
        for entity_type, _ in gold - found:
            self.fn[entity_type] += 1

    def prf(self, entity_type: str | None = None) -> tuple[float, float, float]:
        """Answer precision, recall and F1 of one type (or all types)."""
        def total(counter: Counter[str]) -> int:
            return counter[entity_type] if entity_type else sum(counter.values())
        tp, fp, fn = total(self.tp), total(self.fp), total(self.fn)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def gold_keys(path: Path) -> set[tuple[str, str]]:
    """Answer the comparison keys of the gold entities of a report."""
    gold = json.loads((SAMPLES / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))
    return {match_key(e["type"], e["name"]) for e in gold["entities"] if e["type"] in TYPES}


def found_keys(text: str, nlp: Language) -> set[tuple[str, str]]:
    """Answer the comparison keys of the entities extracted from a report."""
    return {match_key(e.type, e.name) for e in extract_report_entities(text, nlp)}


def evaluate(nlp: Language) -> dict[str, Score]:
    """Answer the scores of the dev and held-out reports."""
    scores = {"dev": Score(), "held-out": Score()}
    for index, path in enumerate(report_files()):
        scores[split_of(index)].add(gold_keys(path), found_keys(report_text(path), nlp))
    return scores


def table(scores: dict[str, Score]) -> str:
    """Answer the per-type table of P/R/F1 for dev and held-out."""
    lines = [f"{'type':<13}{'dev P':>7}{'R':>6}{'F1':>6}   {'held-out P':>10}{'R':>6}{'F1':>6}"
             f"   {'n dev/held':>10}"]
    for entity_type in (*TYPES, None):
        dev = scores["dev"].prf(entity_type)
        held = scores["held-out"].prf(entity_type)
        counts = "/".join(str(scores[s].tp[entity_type] + scores[s].fn[entity_type])
                          if entity_type else str(sum((scores[s].tp + scores[s].fn).values()))
                          for s in ("dev", "held-out"))
        lines.append(f"{entity_type or 'all':<13}" + "".join(f"{v:>6.2f} " for v in dev)
                     + "  " + "".join(f"{v:>6.2f} " for v in held).rjust(22) + f"{counts:>12}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def scores(nlp: Language) -> dict[str, Score]:
    """The scores of the full pipeline on the sample corpus."""
    return evaluate(nlp)


def test_print_table(scores: dict[str, Score]) -> None:
    print("\n" + table(scores))


@pytest.mark.parametrize("split", ["dev", "held-out"])
def test_f1_floors(scores: dict[str, Score], split: str) -> None:
    below = {t: round(scores[split].prf(t)[2], 3) for t, floor in FLOORS[split].items()
             if scores[split].prf(t)[2] < floor}
    assert not below, f"{split} F1 below the floor: {below}"
