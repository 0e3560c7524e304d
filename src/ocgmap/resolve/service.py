"""Resolution kept with a store: writes reports with one node per resolved entity, records
judgements, and rewrites the reports a decision changes.

`StoreResolver` stands between ingest and the store (`write_many`, `retract_report`).
For each new report it stores the report's records and its delta as read in the ledger
(first, so a crash never leaves a stored report the resolver does not know), resolves
all records again, rewrites earlier reports whose entities changed (a new report may join
two entities, or a retracted one part them), then writes the new reports resolved.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ocgmap.errors import ItemError, NodeNotFound
from ocgmap.graph.store import GraphStore
from ocgmap.model import GraphDelta, WriteResult
from ocgmap.resolve import ledger
from ocgmap.resolve.cluster import Resolution, resolve
from ocgmap.resolve.deltas import (
    display_names,
    is_document_report,
    node_id_map,
    records_of,
    resolved_delta,
)
from ocgmap.resolve.records import Judgement, JudgementKind, Record

log = logging.getLogger(__name__)


class JudgementError(ItemError):
    """A judgement that cannot be applied (self-merge, mixed types, unknown entity)."""

    def __init__(self, message: str) -> None:
        super().__init__("resolve", message)


@dataclass(frozen=True, slots=True)
class EntitySuggestion:
    """A suggested merge of two stored entities."""

    a: str
    a_name: str
    b: str
    b_name: str
    score: float
    reasons: tuple[str, ...]


class StoreResolver:
    """Entity resolution over everything a store holds, with the analysts' judgements."""

    def __init__(self, store: GraphStore, settle: bool = True) -> None:
        """Load the store's records and judgements; with `settle`, bring the graph in line
        with them (off for read-only uses such as analysis)."""
        self.store = store
        self._records: dict[str, list[Record]] = {
            report: ledger.load_records(text)
            for report, text in store.ledger_get(ledger.RECORDS).items()}
        self._applied: dict[str, dict[str, list[str]]] = {
            report: json.loads(text) if text else {}
            for report, text in store.ledger_get(ledger.APPLIED).items()}
        self._judgements = ledger.stored_judgements(store)
        self.resolution = self._resolve()
        self._names = self._display_names(self.resolution)
        # what the graph was written with may differ (an interrupted rewrite, a judgement
        # made by another process, a newer version of these rules): bring it in line
        self._dirty = settle
        self._settle(exclude=set())

    # -- what ingest calls -----------------------------------------------------------

    def write_many(self, deltas: Sequence[GraphDelta]) -> list[WriteResult]:
        """Store reports' deltas with their people and businesses resolved."""
        new = [d for d in deltas
               if self.store.report_hash(d.report.id) != d.report.properties.get("content_hash")
               or not d.report.properties.get("content_hash")]
        if new:
            found = {d.report.id: _records_with_order(d) for d in new}
            self.store.ledger_put(ledger.DELTAS, {d.report.id: ledger.dump_delta(d) for d in new})
            self.store.ledger_put(ledger.RECORDS, {r: ledger.dump_records(recs)
                                                   for r, recs in found.items()})
            self._mark_unwritten(list(found))
            self._records.update(found)
            self._dirty = True
        self._settle(exclude={d.report.id for d in new})
        results = self.store.write_many([self._resolved(d) for d in deltas])
        self._mark_written([d.report.id for d in new])
        return results

    def retract_report(self, report_id: str) -> bool:
        """Remove a report from the store and its records from resolution."""
        existed = self.store.retract_report(report_id)
        if self._records.pop(report_id, None) is not None:
            for kind in (ledger.RECORDS, ledger.DELTAS, ledger.APPLIED):
                self.store.ledger_delete(kind, [report_id])
            self._applied.pop(report_id, None)
            self._dirty = True
        return existed

    def finish(self) -> None:
        """Bring the stored graph in line with every record and judgement."""
        self._settle(exclude=set())

    # -- judgements ------------------------------------------------------------------

    def judge(self, kind: JudgementKind, entities: Sequence[str], who: str, why: str = ""
              ) -> Judgement:
        """Record an analyst's merge, reject or split of stored entities, and apply it."""
        members = self.resolution.members()
        for entity in entities:
            if entity not in members:
                raise JudgementError(f"no resolved entity {entity!r} (only people and "
                                     "businesses are resolved; see `ocgmap resolve history` "
                                     "for entities merged or split since)")
        if kind == "split":
            (entity,) = entities
            if len(members[entity]) < 2:
                raise JudgementError(f"{entity} is named in one report only: nothing to split")
            records = tuple(members[entity])
        else:
            a, b = entities
            if a == b:
                raise JudgementError(f"cannot {kind} {a} with itself")
            types = {self._record(a).type, self._record(b).type}
            if len(types) > 1:
                raise JudgementError(f"cannot {kind} entities of different types "
                                     f"({' and '.join(sorted(types))})")
            records = (a, b)
        judgement = Judgement(kind, records, who, _now(), why, time.time_ns(),
                              tuple(self._names.get(e, e) for e in entities))
        self._apply([judgement])
        return judgement

    def accept(self, min_score: float, who: str, why: str = "") -> list[Judgement]:
        """Record a merge for every suggestion scoring at least `min_score`, then apply
        them together."""
        when, start = _now(), time.time_ns()
        made = [Judgement("merge", (s.a, s.b), who, when,
                          why or f"accepted suggestion scoring {s.score:.2f}", start + i,
                          (s.a_name, s.b_name))
                for i, s in enumerate(self.suggestions(min_score))]
        if made:
            self._apply(made)
        return made

    def _apply(self, judgements: list[Judgement]) -> None:
        """Store new judgements, then bring the graph in line with them."""
        self.store.ledger_put(ledger.JUDGEMENTS, {f"{j.seq:020d}": ledger.dump_judgement(j)
                                                  for j in judgements})
        self._judgements.extend(judgements)
        self._dirty = True
        self._settle(exclude=set())

    @property
    def judgements(self) -> list[Judgement]:
        """Answer every judgement, oldest first."""
        return list(self._judgements)

    def stale(self, judgement: Judgement) -> list[str]:
        """Answer the records a judgement names that are no longer stored."""
        return [r for r in judgement.records if r not in self.resolution.cluster_of]

    def entity_of(self, record_id: str) -> str | None:
        """Answer the id of the entity a record belongs to now."""
        return self.resolution.cluster_of.get(record_id)

    def name_of(self, entity: str) -> str:
        """Answer the display name of an entity."""
        return self._names.get(entity, entity)

    def records_of(self, entity: str) -> list[Record]:
        """Answer the records (one per report naming it) of an entity."""
        return [self._record(r) for r in self.resolution.members().get(entity, [])]

    def suggestions(self, min_score: float = 0.0) -> list[EntitySuggestion]:
        """Answer the suggested merges, best first (rejected pairs never appear)."""
        return [EntitySuggestion(s.a, self.name_of(s.a), s.b, self.name_of(s.b), s.score,
                                 s.reasons)
                for s in self.resolution.suggestions if s.score >= min_score]

    # -- keeping the graph in line ---------------------------------------------------

    def reports_of_record(self, record_id: str) -> set[str]:
        """Answer the reports that name a record (link records may span many)."""
        return self._reports_of.get(record_id, set())

    def _resolve(self) -> Resolution:
        records = _merged(self._records.values())
        self._by_id = {r.id: r for r in records}
        self._reports_of: dict[str, set[str]] = {}
        for report, found in self._records.items():
            for record in found:
                self._reports_of.setdefault(record.id, set()).add(report)
        return resolve(records, self._judgements)

    def _record(self, record_id: str) -> Record:
        try:
            return self._by_id[record_id]
        except KeyError:
            raise NodeNotFound(f"no record {record_id!r}") from None

    def _display_names(self, resolution: Resolution) -> dict[str, str]:
        return display_names({anchor: [self._by_id[m] for m in members]
                              for anchor, members in resolution.members().items()})

    def _settle(self, exclude: set[str]) -> None:
        """Resolve again if anything changed; rewrite the stored reports whose entities
        are not what the graph holds, and rename entities whose display name changed."""
        if not self._dirty:
            return
        self.resolution = self._resolve()
        self._names = self._display_names(self.resolution)
        self._dirty = False
        stale = sorted(r for r in self._records
                       if r not in exclude and self._applied.get(r) != self._wanted(r))
        renamed: dict[str, str] = {}
        for report in stale:
            applied = self._applied.get(report)
            if applied and all(self.resolution.cluster_of.get(r) == entity
                               for r, (entity, _) in applied.items()):
                renamed.update((e, self._names[e]) for e, _ in applied.values())
                self.store.ledger_put(ledger.APPLIED, {report: json.dumps(self._wanted(report))})
                self._applied[report] = self._wanted(report)
        rewrite = [r for r in stale if self._applied.get(r) != self._wanted(r)]
        if rewrite:
            self._rewrite(rewrite)
        if renamed:
            self.store.rename_nodes(renamed)

    def _wanted(self, report: str) -> dict[str, list[str]]:
        """Answer record id → [entity id, entity name] for the records of `report`."""
        found = {}
        for record in self._records[report]:
            entity = self.resolution.cluster_of[record.id]
            found[record.id] = [entity, self._names[entity]]
        return found

    def _mark_unwritten(self, reports: list[str]) -> None:
        self.store.ledger_put(ledger.APPLIED, dict.fromkeys(reports, ""))
        for report in reports:
            self._applied[report] = {}

    def _mark_written(self, reports: list[str]) -> None:
        wanted = {r: self._wanted(r) for r in reports}
        self.store.ledger_put(ledger.APPLIED, {r: json.dumps(w) for r, w in wanted.items()})
        self._applied.update(wanted)

    def _rewrite(self, reports: list[str]) -> None:
        """Retract and write again `reports` from their stored deltas, resolved anew."""
        self._mark_unwritten(reports)
        raw = self.store.ledger_get(ledger.DELTAS, reports)
        for report in reports:
            self.store.retract_report(report)
            if report in raw:
                self.store.write_many([self._resolved(ledger.load_delta(raw[report]))])
        self._mark_written(reports)
        log.info("rewrote %d reports after resolution changed", len(reports))

    def _resolved(self, delta: GraphDelta) -> GraphDelta:
        ids = node_id_map(delta, self.resolution.cluster_of)
        return resolved_delta(delta, ids, self._names) if ids else delta


def _now() -> str:
    """Answer the time now, as judgements record it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _records_with_order(delta: GraphDelta) -> list[Record]:
    """Answer the records of `delta`; link-record identities sort first, so an entity
    that a structured import names keeps that import's id."""
    order = 1 if is_document_report(delta) else 0
    return [replace(r, seq=order) for r in records_of(delta).records.values()]


def _merged(groups: Iterable[list[Record]]) -> list[Record]:
    """Answer one record per id: link records name one entity in many reports."""
    found: dict[str, Record] = {}
    for records in groups:
        for record in records:
            prior = found.get(record.id)
            found[record.id] = record if prior is None else _union(prior, record)
    return list(found.values())


def _union(a: Record, b: Record) -> Record:
    return replace(a, aliases=tuple(dict.fromkeys(a.aliases + b.aliases)),
                   identifiers=a.identifiers | b.identifiers, addresses=a.addresses | b.addresses,
                   businesses=a.businesses | b.businesses, context=a.context | b.context,
                   dob=a.dob or b.dob, birth_year=a.birth_year or b.birth_year,
                   nationality=a.nationality or b.nationality)
