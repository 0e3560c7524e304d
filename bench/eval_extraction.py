"""Extraction quality on the annotated sample corpus: precision, recall and F1.

Every report of samples/reports is read the way `ocgmap ingest` reads it, extracted, and
compared with samples/gold/<file>.json (see `ocgmap.nlp.evaluation` for how items are
matched). It prints P/R/F1 per entity type, per relation type, for untyped links and for
route stops and legs, for the development reports and for the held-out third, with the
issue's targets. The held-out third (every third .txt/.md/.eml report in name order,
plus the .html, .pdf and .docx reports) is not looked at while writing rules.

    python bench/eval_extraction.py                    # dev and held-out side by side
    python bench/eval_extraction.py --errors           # plus misses per dev report
    python bench/eval_extraction.py --cooccurrence     # with the ASSOCIATE_OF fallback on
    python bench/eval_extraction.py --json             # machine-readable figures
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ocgmap.nlp.evaluation import ENTITY_TYPES, SPLITS, Keyed, Score, Scores, corpus, evaluate
from ocgmap.nlp.pipeline import load_pipeline

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: Issue #4's targets on the sample corpus (F1).
TARGETS = {"Person": 0.90, "Location": 0.85, "Business": 0.75, "Phone": 0.98,
           "Vehicle": 0.98, "relations (typed)": 0.60, "links (untyped)": 0.75,
           "route stops": 0.70}
def rows(scores: dict[str, Scores]) -> list[tuple[str, dict[str, tuple[float, float, float, int]]]]:
    """Answer the table rows: (name, {split: (P, R, F1, gold count)})."""
    out: list[tuple[str, dict[str, tuple[float, float, float, int]]]] = []

    def add(name: str, pick: str, category: str | None) -> None:
        cells = {}
        for split in SPLITS:
            score: Score = getattr(scores[split], pick)
            cells[split] = (*score.prf(category), score.support(category))
        out.append((name, cells))

    for entity_type in ENTITY_TYPES:
        add(entity_type, "entities", entity_type)
    add("entities (all)", "entities", None)
    relation_types = sorted(set(scores["dev"].relations.categories())
                            | set(scores["held-out"].relations.categories()))
    for relation_type in relation_types:
        add(relation_type, "relations", relation_type)
    add("relations (typed)", "relations", None)
    add("links (untyped)", "links", None)
    add("route stops", "routes", "stop")
    add("route legs", "routes", "leg")
    return out


def print_table(table: list[tuple[str, dict[str, tuple[float, float, float, int]]]]) -> None:
    """Print the P/R/F1 table with targets."""
    print(f"{'':<19}{'dev P':>7}{'R':>6}{'F1':>6}{'n':>5}   {'held-out P':>10}{'R':>6}"
          f"{'F1':>6}{'n':>5}   target")
    previous = ""
    for name, cells in table:
        if name in ("entities (all)", "relations (typed)", "route stops") \
                or previous == "entities (all)":
            print("-" * 82)
        previous = name
        line = f"{name:<19}"
        for split in SPLITS:
            p, r, f, n = cells[split]
            width = 7 if split == "dev" else 10
            line += f"{p:>{width}.2f}{r:>6.2f}{f:>6.2f}{n:>5}   "
        target = TARGETS.get(name)
        if target is not None:
            verdict = ["met" if cells[s][2] >= target else "MISSED" for s in SPLITS]
            line += f"{target:.2f} dev {verdict[0]}, held-out {verdict[1]}"
        print(line)


def print_errors(detail: dict[str, tuple[Keyed, Keyed]]) -> None:
    """Print what each dev report missed (-) and added wrongly (+)."""
    for name, (gold, found) in detail.items():
        lines = []
        for part in ("entities", "relations", "stops", "legs"):
            gold_set, found_set = getattr(gold, part), getattr(found, part)
            lines += [f"  - {part[:-1]} {item}" for item in sorted(gold_set - found_set, key=str)]
            lines += [f"  + {part[:-1]} {item}" for item in sorted(found_set - gold_set, key=str)]
        if lines:
            print(f"\n{name}")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="print misses per dev report")
    parser.add_argument("--cooccurrence", action="store_true",
                        help="switch on ASSOCIATE_OF links from co-occurrence (off by default)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    run = evaluate(SAMPLES, load_pipeline(), cooccurrence=True if args.cooccurrence else None)
    scores, detail, seconds, words = run.scores, run.dev_detail, run.seconds, run.words
    table = rows(scores)
    if args.json:
        figures: dict[str, Any] = {name: {split: dict(zip(("precision", "recall", "f1", "n"),
                                                           cells[split], strict=True))
                                          for split in SPLITS} for name, cells in table}
        json.dump({"figures": figures, "words": words, "seconds": round(seconds, 2)},
                  sys.stdout, indent=1)
        print()
        return 0
    print(f"{len(corpus(SAMPLES))} reports, {words} words extracted in {seconds:.1f} s "
          f"({words / seconds:,.0f} words/s, one process, model loaded beforehand)\n")
    print_table(table)
    if args.errors:
        print_errors(detail)
    return 0


if __name__ == "__main__":
    sys.exit(main())
