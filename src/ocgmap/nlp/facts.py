"""From an extraction to graph facts: the nodes and links one report adds to the graph.

Entities become nodes (id from type and canonical name, so the same phone or person
named the same way in two reports is one node), with the sentences that mention them as
evidence; relations become links with their sentence, confidence and the rule that made
them; each route becomes `LEG` links between consecutive stops with the route id, the
leg's place in it, the mode and the travellers. `GraphDelta.for_report` then adds a
`MENTIONED_IN` link from every node to the report.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from ocgmap.errors import ItemError, SchemaError
from ocgmap.graph.schema import Schema, load_schema
from ocgmap.ingest.document import Document
from ocgmap.ingest.reports import FactFinder, report_node
from ocgmap.ingest.run import read_report
from ocgmap.model import RESERVED_PROPERTIES, Edge, Evidence, Node, PropertyValue
from ocgmap.nlp.entities import ReportEntity
from ocgmap.nlp.extract import (
    FoundRelation,
    FoundRoute,
    TextExtraction,
    extract_in_worker,
    extract_text,
    extraction_pool,
)
from ocgmap.nlp.pipeline import load_pipeline

log = logging.getLogger(__name__)

#: Entity attributes that are bookkeeping of the rules, not facts about the entity.
_INTERNAL = frozenset({"value", "cue", "source", "key"})
#: Most mention sentences kept as evidence per node and report (a name repeated in every
#: line of a long log adds nothing after a few).
MAX_NODE_EVIDENCE = 10
LEG = "LEG"


def fact_finder(model: str | None = None, cooccurrence: bool = False) -> FactFinder:
    """Answer a fact finder on the spaCy pipeline of `model`, loaded at its first report.

    `cooccurrence` adds low-confidence ASSOCIATE_OF links between people named in one
    sentence (see `ocgmap.nlp.relations`). A missing model raises `ConfigError` when the
    first report is read (and stops the run).
    """
    def find(document: Document, report: Node) -> tuple[list[Node], list[Edge]]:
        nlp = pipeline_with(model, cooccurrence)
        extraction = extract_text(document.text, nlp, report.id)
        for warning in extraction.warnings:
            log.warning("%s (%s): %s", report.id, document.origin, warning)
        return report_facts(extraction, report.id)

    return find


def pipeline_with(model: str | None, cooccurrence: bool) -> Language:
    """Answer the (cached) pipeline of `model` with the co-occurrence fallback set."""
    nlp = load_pipeline(model)
    relations: Any = nlp.get_pipe("ocgmap_relations")
    relations.cooccurrence = cooccurrence
    return nlp


def report_facts(extraction: TextExtraction, report_id: str) -> tuple[list[Node], list[Edge]]:
    """Answer the nodes and links that `extraction` of report `report_id` adds."""
    schema = load_schema()
    nodes = [entity_node(entity, extraction, report_id, schema)
             for entity in extraction.entities]
    edges = [relation_edge(r, extraction, report_id, schema) for r in extraction.relations]
    for index, route in enumerate(extraction.routes, start=1):
        edges.extend(route_legs(route, f"{report_id}/route-{index}", extraction, report_id))
    return nodes, edges


def entity_node(entity: ReportEntity, extraction: TextExtraction, report_id: str,
                schema: Schema) -> Node:
    """Answer the node of one extracted entity, with its mention sentences as evidence."""
    props = typed_properties(schema, entity.type, entity.attributes)
    if entity.aliases:
        props["aliases"] = list(entity.aliases)
    if entity.roles:
        props["roles"] = list(entity.roles)
    sentences = dict.fromkeys((m.sentence_start, m.sentence_end) for m in entity.mentions)
    evidence = [_evidence(extraction, report_id, start, end)
                for start, end in list(sentences)[:MAX_NODE_EVIDENCE]]
    return Node(entity.id, entity.type, entity.name, props, (), tuple(evidence))


def relation_edge(relation: FoundRelation, extraction: TextExtraction, report_id: str,
                  schema: Schema) -> Edge:
    """Answer the link of one extracted relation, with its sentence as evidence."""
    props = typed_properties(schema, relation.type, relation.attributes)
    props["confidence"] = round(relation.confidence, 3)
    if relation.rule:
        props["rule"] = relation.rule
    return Edge.make(relation.type, relation.source, relation.target, props,
                     [_evidence(extraction, report_id, relation.start, relation.end)])


def route_legs(route: FoundRoute, route_id: str, extraction: TextExtraction,
               report_id: str) -> Iterable[Edge]:
    """Answer the `LEG` links of one route, in order."""
    evidence = [_evidence(extraction, report_id, route.start, route.end)]
    for seq, (origin, destination) in enumerate(itertools.pairwise(route.stops), start=1):
        props: dict[str, PropertyValue] = {"route": route_id, "seq": seq,
                                           "confidence": round(route.confidence, 3)}
        if route.mode:
            props["mode"] = route.mode
        if route.travellers:
            props["travellers"] = list(route.travellers)
        yield Edge.make(LEG, origin, destination, props, evidence, key=f"{route_id}:{seq}")


def typed_properties(schema: Schema, owner: str, attributes: Mapping[str, Any]
                     ) -> dict[str, PropertyValue]:
    """Answer the attributes that can be stored on `owner`, converted to schema types.

    Bookkeeping keys are left out, and so is any value that does not fit its declared
    type (the extraction is still stored; only that property is not).
    """
    props: dict[str, PropertyValue] = {}
    for key, value in attributes.items():
        if key in _INTERNAL or key in RESERVED_PROPERTIES or value is None:
            continue
        try:
            props[key] = schema.coerce(owner, key, value)
        except SchemaError:
            continue
    return props


def _evidence(extraction: TextExtraction, report_id: str, start: int, end: int) -> Evidence:
    span = extraction.evidence(start, end)
    return Evidence(report_id, span.sentence, span.start, span.end)


class ParallelFactFinder:
    """A fact finder that extracts in worker processes, a window of files ahead.

    `ocgmap ingest --jobs N` gives `ingest_paths` one of these: before each window of
    files it calls `prefetch`, which reads the window's reports and extracts them in the
    pool; `__call__` then answers from what was prefetched (and extracts in this process
    what was not). `close()` stops the workers.
    """

    def __init__(self, model: str | None, cooccurrence: bool, jobs: int,
                 limit: int) -> None:
        self._pool = extraction_pool(model, jobs, cooccurrence)
        self._inline = fact_finder(model, cooccurrence)
        self._limit = limit
        self._found: dict[str, tuple[Sequence[Node], Sequence[Edge]]] = {}

    def prefetch(self, paths: Iterable[Path], wanted: Callable[[Node], bool]) -> None:
        """Extract, in the workers, the reports of `paths` that `wanted` accepts."""
        work = [(document.text, report.id) for path in paths
                for document, report in _reports_in(path, self._limit) if wanted(report)]
        for extraction, (_, report_id) in zip(
                self._pool.imap(extract_in_worker, work, chunksize=4), work, strict=True):
            for warning in extraction.warnings:
                log.warning("%s: %s", report_id, warning)
            self._found[report_id] = report_facts(extraction, report_id)

    def __call__(self, document: Document, report: Node
                 ) -> tuple[Sequence[Node], Sequence[Edge]]:
        found = self._found.pop(report.id, None)
        return found if found is not None else self._inline(document, report)

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.close()
        self._pool.join()


def _reports_in(path: Path, limit: int) -> Iterator[tuple[Document, Node]]:
    """Answer the readable reports of `path` (the document and its attachments) with
    their Report nodes; anything unreadable is left to ingest to report."""
    try:
        document = read_report(path, limit)
        main = report_node(document)
    except ItemError:
        return
    yield document, main
    for attachment in document.attachments:
        try:
            yield attachment, report_node(attachment, main.id)
        except ItemError:
            continue
