"""Scoring an extraction against a hand-annotated gold file (samples/gold/*.json).

The gold format names entities by their canonical name; relations and routes refer to
entities by those names. Everything is compared by *match keys*: the entity type plus
its normalised name (case, space and accent insensitive; phones and vehicles without
spaces; documents by their number when the name holds one). So a relation matches when
its type and both endpoints' match keys agree; an untyped link when the two endpoints
agree in either direction; a route leg when two consecutive stops agree in order.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ocgmap.ids import name_key
from ocgmap.ingest.readers import read_document
from ocgmap.ingest.reports import report_id
from ocgmap.nlp.extract import SYMMETRIC_TYPES, TextExtraction, extract_text

MatchKey = tuple[str, str]
_DOCUMENT_NUMBER = re.compile(r"[A-Z]{1,3}(?:-[A-Z]{1,3})?[ -]?\d{5,10}[A-Z]?|\d{6,12}")
ENTITY_TYPES = ("Person", "Organisation", "Business", "Location", "VictimGroup", "Vehicle",
                "Phone", "Email", "Document")
SPLITS = ("dev", "held-out")


def match_key(entity_type: str, name: str) -> MatchKey:
    """Answer the comparison key of an entity.

    >>> match_key("Vehicle", "ab12 cde")
    ('Vehicle', 'AB12CDE')
    """
    if entity_type in ("Phone", "Vehicle"):
        return entity_type, re.sub(r"[\s-]", "", name).upper()
    if entity_type == "Document":
        number = _DOCUMENT_NUMBER.search(name)
        if number:
            return entity_type, re.sub(r"[\s-]", "", number.group())
    return entity_type, name_key(name)


@dataclass
class Score:
    """True positives, false positives and false negatives per category."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: set[tuple[str, Any]], found: set[tuple[str, Any]]) -> None:
        """Count one report; items are (category, key) pairs."""
        for category, _ in gold & found:
            self.tp[category] += 1
        for category, _ in found - gold:
            self.fp[category] += 1
        for category, _ in gold - found:
            self.fn[category] += 1

    def prf(self, category: str | None = None) -> tuple[float, float, float]:
        """Answer precision, recall and F1 of one category (or all of them)."""
        def total(counter: Counter[str]) -> int:
            return counter[category] if category else sum(counter.values())
        tp, fp, fn = total(self.tp), total(self.fp), total(self.fn)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def support(self, category: str | None = None) -> int:
        """Answer the number of gold items of a category (or of all)."""
        if category:
            return self.tp[category] + self.fn[category]
        return sum(self.tp.values()) + sum(self.fn.values())

    def categories(self) -> list[str]:
        """Answer every category seen, sorted."""
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))


@dataclass(frozen=True)
class Keyed:
    """A report's entities, relations and routes as comparable key sets."""

    entities: set[tuple[str, MatchKey]]
    relations: set[tuple[str, tuple[MatchKey, MatchKey]]]
    links: set[tuple[str, frozenset[MatchKey]]]
    stops: set[tuple[str, MatchKey]]
    legs: set[tuple[str, tuple[MatchKey, MatchKey]]]


def gold_keys(gold: Mapping[str, Any], entity_types: Iterable[str]) -> Keyed:
    """Answer the key sets of a gold annotation (only entities of `entity_types`)."""
    wanted = set(entity_types)
    key_of = {e["name"]: match_key(e["type"], e["name"]) for e in gold["entities"]}
    entities = {(e["type"], key_of[e["name"]]) for e in gold["entities"] if e["type"] in wanted}
    pairs = [(r["type"], key_of.get(r["source"]), key_of.get(r["target"]))
             for r in gold["relations"]]
    relations = {(t, (s, o)) for t, s, o in pairs if s and o}
    routes = [[key_of[s] for s in route["stops"] if s in key_of] for route in gold["routes"]]
    return _keyed(entities, relations, routes)


def found_keys(extraction: TextExtraction, entity_types: Iterable[str]) -> Keyed:
    """Answer the key sets of an extraction."""
    wanted = set(entity_types)
    key_of = {e.id: match_key(e.type, e.name) for e in extraction.entities}
    entities = {(e.type, key_of[e.id]) for e in extraction.entities if e.type in wanted}
    relations = {(r.type, (key_of[r.source], key_of[r.target])) for r in extraction.relations}
    routes = [[key_of[s] for s in route.stops] for route in extraction.routes]
    return _keyed(entities, relations, routes)


def _keyed(entities: set[tuple[str, MatchKey]],
           relations: set[tuple[str, tuple[MatchKey, MatchKey]]],
           routes: list[list[MatchKey]]) -> Keyed:
    relations = {(t, tuple(sorted(pair)) if t in SYMMETRIC_TYPES else pair)  # type: ignore[misc]
                 for t, pair in relations}
    links = {("link", frozenset(pair)) for _, pair in relations if pair[0] != pair[1]}
    stops = {("stop", stop) for route in routes for stop in route}
    legs = {("leg", (a, b)) for route in routes for a, b in itertools.pairwise(route)
            if a != b}
    return Keyed(entities, relations, links, stops, legs)


@dataclass
class Scores:
    """The scores of a set of reports."""

    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    links: Score = field(default_factory=Score)
    routes: Score = field(default_factory=Score)

    def add(self, gold: Keyed, found: Keyed) -> None:
        """Count one report."""
        self.entities.add(gold.entities, found.entities)
        self.relations.add(set(gold.relations), set(found.relations))
        self.links.add(set(gold.links), set(found.links))
        self.routes.add(set(gold.stops), set(found.stops))
        self.routes.add(set(gold.legs), set(found.legs))


def corpus(samples: Path) -> list[tuple[Path, str]]:
    """Answer every report of `samples`/reports with its split ("dev" or "held-out").

    The held-out third is every third .txt/.md/.eml report in name order, plus the
    .html, .pdf and .docx reports; rules are written without looking at them.
    """
    reports = samples / "reports"
    plain = sorted(p for p in reports.iterdir() if p.suffix in {".txt", ".md", ".eml"})
    other = sorted(p for p in reports.iterdir() if p.suffix in {".html", ".pdf", ".docx"})
    return ([(p, "held-out" if i % 3 == 2 else "dev") for i, p in enumerate(plain)]
            + [(p, "held-out") for p in other])


@dataclass
class Evaluation:
    """Scores per split, the keyed gold and found items per dev report, and the cost."""

    scores: dict[str, Scores]
    dev_detail: dict[str, tuple[Keyed, Keyed]]
    seconds: float
    words: int


def evaluate(samples: Path, nlp: Language, cooccurrence: bool | None = None) -> Evaluation:
    """Answer the evaluation of the extraction of every report of `samples` against its
    gold file (`samples`/gold/<report file name>.json), read as `ocgmap ingest` reads it.

    `cooccurrence` switches the ASSOCIATE_OF co-occurrence fallback of the relation
    component on or off for this run (None: as configured).
    """
    relations: Any = nlp.get_pipe("ocgmap_relations") if cooccurrence is not None else None
    configured = relations.cooccurrence if relations is not None else None
    if relations is not None:
        relations.cooccurrence = cooccurrence
    try:
        return _evaluate(samples, nlp)
    finally:
        if relations is not None:
            relations.cooccurrence = configured


def _evaluate(samples: Path, nlp: Language) -> Evaluation:
    result = Evaluation({split: Scores() for split in SPLITS}, {}, 0.0, 0)
    for path, split in corpus(samples):
        document = read_document(path, path.read_bytes())
        started = time.perf_counter()
        extraction = extract_text(document.text, nlp, report_id(document))
        result.seconds += time.perf_counter() - started
        result.words += len(document.text.split())
        gold = json.loads((samples / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))
        keyed = gold_keys(gold, ENTITY_TYPES), found_keys(extraction, ENTITY_TYPES)
        result.scores[split].add(*keyed)
        if split == "dev":
            result.dev_detail[path.name] = keyed
    return result
