"""The whole extraction of one report: entities, relations between them, routes, roles.

`extract_text(text)` runs the pipeline once over the report (in paragraph chunks, see
`ocgmap.nlp.entities.parse`) and folds what the components left on each Doc into a
`TextExtraction`: entities with their mentions and roles, relations and routes between
entity ids, each with the sentence that supports it as character offsets into `text`.
`TextExtraction.to_contract(info)` answers the `extract --json` contract
(`ocgmap.model.Extraction`).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import multiprocessing.pool
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ocgmap import ids
from ocgmap.config import max_extract_chars
from ocgmap.errors import SchemaError
from ocgmap.graph.schema import Schema, load_schema
from ocgmap.model import EvidenceSpan, Extraction, ReportInfo
from ocgmap.model import Relation as ContractRelation
from ocgmap.model import Route as ContractRoute
from ocgmap.nlp import labels
from ocgmap.nlp.entities import (
    ReportEntity,
    cut_point,
    doc_mentions,
    group_entities,
    join_chunk_people,
    parse_many,
)
from ocgmap.nlp.pipeline import load_pipeline
from ocgmap.nlp.relations import RelationMention
from ocgmap.nlp.routes import RouteMention

#: Roles that an act gives its source and its target (design §3, domain brief §2).
ACT_ROLES: Mapping[str, tuple[str | None, str | None]] = {
    "RECRUITED": ("recruiter", "victim"),
    "TRANSPORTED": ("transporter", "victim"),
    "HARBOURED": ("controller", "victim"),
    "EXPLOITED": ("exploiter", "victim"),
    "CONTROLS": ("controller", None),
    "PAID": ("money_handler", None),
}
#: Link types that say the same read either way: one link per pair of entities.
SYMMETRIC_TYPES = frozenset({"ASSOCIATE_OF"})
#: Node types that can be victims (a target of an act).
_VICTIM_TYPES = frozenset({labels.PERSON})
#: Entity types whose ids are scoped to one report: a described group of victims in one
#: report is not the same group as an identically described one in another.
REPORT_SCOPED_TYPES = frozenset({"VictimGroup"})
#: Documents are scoped to the report unless they carry a number: "passport of Blessing"
#: or "five Vietnamese passports" in two reports need not be the same papers, a passport
#: number is.
_NUMBERED = "value"


@dataclass(frozen=True, slots=True)
class FoundRelation:
    """A typed link between two entities of the report, and the sentence that says so."""

    type: str
    source: str
    target: str
    attributes: Mapping[str, Any]
    start: int
    end: int
    confidence: float
    rule: str = ""


@dataclass(frozen=True, slots=True)
class FoundRoute:
    """A journey: ordered stop ids, mode, traveller ids and the sentence that says so."""

    stops: tuple[str, ...]
    mode: str | None
    travellers: tuple[str, ...]
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class TextExtraction:
    """Everything extracted from one report's text."""

    text: str
    entities: tuple[ReportEntity, ...]
    relations: tuple[FoundRelation, ...] = ()
    routes: tuple[FoundRoute, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str) -> ReportEntity | None:
        """Answer the entity with `entity_id`, if the report has it."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def evidence(self, start: int, end: int) -> EvidenceSpan:
        """Answer the evidence span for the sentence at `start`..`end` of the text."""
        return EvidenceSpan(sentence=" ".join(self.text[start:end].split()), start=start,
                            end=end)

    def to_contract(self, info: ReportInfo) -> Extraction:
        """Answer the `extract --json` contract form of this extraction."""
        relations = [ContractRelation(type=r.type, source=r.source, target=r.target,
                                      attributes=dict(r.attributes),
                                      evidence=self.evidence(r.start, r.end),
                                      confidence=round(r.confidence, 3))
                     for r in self.relations]
        routes = [ContractRoute(stops=list(r.stops), mode=r.mode, travellers=list(r.travellers),
                                evidence=self.evidence(r.start, r.end))
                  for r in self.routes]
        return Extraction(report=info, entities=[e.to_contract() for e in self.entities],
                          relations=relations, routes=routes)


def extract_text(text: str, nlp: Language | None = None, report_id: str = "",
                 max_chars: int | None = None) -> TextExtraction:
    """Answer the extraction of a report's `text` (empty, with a warning, for blank text).

    `report_id` scopes the ids of report-bound entities (victim groups) to the report.
    Only the first `max_chars` characters are extracted (default: `max_extract_chars()`),
    cut at a paragraph or line end, with a warning.
    """
    return next(extract_texts([(text, report_id)], nlp, max_chars))


def extract_texts(reports: Iterable[tuple[str, str]], nlp: Language | None = None,
                  max_chars: int | None = None) -> Iterator[TextExtraction]:
    """Answer `extract_text` of each (text, report id), in order, batched through spaCy."""
    schema = load_schema()
    limit = max_chars if max_chars is not None else max_extract_chars()
    pending: deque[tuple[str, str, str]] = deque()

    def texts() -> Iterator[str]:
        for text, report_id in reports:
            warning = ""
            if len(text) > limit:
                kept = cut_point(text, 0, limit)
                warning = (f"report is {len(text):,} characters; extracted the first "
                           f"{kept:,} only (OCGMAP_MAX_EXTRACT_CHARS)")
                text = text[:kept]
            pending.append((text, report_id, warning))
            yield text

    for parsed in parse_many(texts(), nlp):
        text, report_id, warning = pending.popleft()
        extraction = _assemble(text, parsed, report_id, schema)
        if warning:
            extraction = dataclasses.replace(extraction, warnings=(*extraction.warnings, warning))
        yield extraction


def extract_parallel(reports: Iterable[tuple[str, str]], model: str | None = None,
                     n_process: int = 2, chunksize: int = 8) -> Iterator[TextExtraction]:
    """Answer `extract_texts` run in `n_process` worker processes (each loads the model
    once), in input order. Worth it for hundreds of reports, not for a few."""
    with extraction_pool(model, n_process) as pool:
        yield from pool.imap(extract_in_worker, reports, chunksize=chunksize)


def extraction_pool(model: str | None, n_process: int,
                    cooccurrence: bool = False) -> multiprocessing.pool.Pool:
    """Answer a pool of `n_process` workers with the pipeline of `model` loaded, for
    `pool.imap(extract_in_worker, [(text, report id), …])`."""
    return multiprocessing.get_context("spawn").Pool(
        n_process, initializer=_load_worker, initargs=(model, cooccurrence))


_worker_nlp: Language | None = None


def _load_worker(model: str | None, cooccurrence: bool) -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline(model)
    relations: Any = _worker_nlp.get_pipe("ocgmap_relations")
    relations.cooccurrence = cooccurrence


def extract_in_worker(report: tuple[str, str]) -> TextExtraction:
    """Answer `extract_text(text, report_id)` in a worker of `extraction_pool`."""
    return extract_text(report[0], _worker_nlp, report[1])


def _assemble(text: str, parsed: list[tuple[int, Doc]], report_id: str,
              schema: Schema) -> TextExtraction:
    """Answer the extraction of `text` from its processed chunks."""
    mentions = [m for offset, doc in parsed for m in doc_mentions(doc, offset)]
    if len(parsed) > 1:
        mentions = join_chunk_people(mentions)
    entities = [_scoped(e, report_id) for e in group_entities(mentions)]
    by_offsets = _entity_at(entities)
    types = {e.id: e.type for e in entities}
    relations = _merge_relations(
        r for offset, doc in parsed
        for r in _relations(doc, offset, by_offsets, types, schema))
    routes = _unique_routes(r for offset, doc in parsed for r in _routes(doc, offset, by_offsets))
    warnings = ("no text to extract from",) if not parsed else ()
    return TextExtraction(text, tuple(_with_roles(entities, relations)), tuple(relations),
                          tuple(routes), warnings)


def _scoped(entity: ReportEntity, report_id: str) -> ReportEntity:
    scoped = entity.type in REPORT_SCOPED_TYPES or (
        entity.type == labels.DOCUMENT and not entity.attributes.get(_NUMBERED))
    if not scoped or not report_id:
        return entity
    return dataclasses.replace(entity, id=ids.node_id(entity.type, f"{report_id} {entity.name}"))


def _entity_at(entities: Iterable[ReportEntity]) -> dict[tuple[int, int], str]:
    """Answer the entity id of every mention, by its character offsets in the report."""
    return {(m.start, m.end): e.id for e in entities for m in e.mentions}


def _doc_items(doc: Doc, name: str) -> list[Any]:
    return list(getattr(doc._, name, None) or ()) if Doc.has_extension(name) else []


def _relations(doc: Doc, offset: int, by_offsets: Mapping[tuple[int, int], str],
               types: Mapping[str, str], schema: Schema) -> Iterator[FoundRelation]:
    for found in _doc_items(doc, "ocg_relations"):
        rel: RelationMention = found
        source = by_offsets.get((rel.source.start_char + offset, rel.source.end_char + offset))
        target = by_offsets.get((rel.target.start_char + offset, rel.target.end_char + offset))
        if source is None or target is None or source == target:
            continue
        try:
            schema.check_link(rel.type, types[source], types[target])
        except SchemaError:
            continue
        yield FoundRelation(rel.type, source, target, dict(rel.attributes),
                            rel.sentence.start_char + offset, rel.sentence.end_char + offset,
                            float(rel.confidence), rel.rule)


def _merge_relations(found: Iterable[FoundRelation]) -> list[FoundRelation]:
    """Answer one relation per (type, source, target), and per pair for symmetric types:
    the most confident statement, with list attributes (means) joined across statements."""
    best: dict[tuple[str, str, str], FoundRelation] = {}
    for relation in found:
        source, target = relation.source, relation.target
        if relation.type in SYMMETRIC_TYPES:
            source, target = sorted((source, target))
        key = (relation.type, source, target)
        prior = best.get(key)
        if prior is None:
            best[key] = relation
            continue
        winner, other = ((relation, prior) if relation.confidence > prior.confidence
                         else (prior, relation))
        best[key] = dataclasses.replace(winner, attributes=_join_attributes(winner.attributes,
                                                                            other.attributes))
    return list(best.values())


def _join_attributes(first: Mapping[str, Any], second: Mapping[str, Any]) -> dict[str, Any]:
    joined = {**second, **first}
    for key, value in second.items():
        if isinstance(value, list) and isinstance(first.get(key), list):
            joined[key] = list(dict.fromkeys([*first[key], *value]))
    return joined


def _routes(doc: Doc, offset: int,
            by_offsets: Mapping[tuple[int, int], str]) -> Iterator[FoundRoute]:
    for found in _doc_items(doc, "ocg_routes"):
        route: RouteMention = found
        stops = _collapse(by_offsets.get((s.start_char + offset, s.end_char + offset))
                          for s in route.stops)
        if len(stops) < 2:
            continue
        travellers = tuple(dict.fromkeys(
            t for t in (by_offsets.get((s.start_char + offset, s.end_char + offset))
                        for s in route.travellers) if t is not None))
        yield FoundRoute(tuple(stops), route.mode, travellers,
                         route.sentence.start_char + offset, route.sentence.end_char + offset,
                         float(route.confidence))


def _collapse(stop_ids: Iterable[str | None]) -> list[str]:
    """Answer the known stops with consecutive repeats removed."""
    stops: list[str] = []
    for stop in stop_ids:
        if stop is not None and (not stops or stops[-1] != stop):
            stops.append(stop)
    return stops


def _unique_routes(routes: Iterable[FoundRoute]) -> list[FoundRoute]:
    seen: dict[tuple[tuple[str, ...], str | None], FoundRoute] = {}
    for route in routes:
        seen.setdefault((route.stops, route.mode), route)
    return list(seen.values())


def _with_roles(entities: Sequence[ReportEntity],
                relations: Sequence[FoundRelation]) -> list[ReportEntity]:
    """Answer the entities with the roles their acts give them added."""
    roles: dict[str, dict[str, None]] = {e.id: dict.fromkeys(e.roles) for e in entities}
    types = {e.id: e.type for e in entities}
    for relation in relations:
        source_role, target_role = ACT_ROLES.get(relation.type, (None, None))
        if source_role:
            roles[relation.source][source_role] = None
        if target_role and types[relation.target] in _VICTIM_TYPES:
            roles[relation.target][target_role] = None
    return [dataclasses.replace(e, roles=tuple(roles[e.id])) if roles[e.id] else e
            for e in entities]

