"""The store API: one protocol, shared behaviour, and the factory that opens a store.

Both implementations (`LocalStore` on SQLite, `Neo4jStore` on Neo4j) keep the same model:

* a node per entity and per report; each entity node lists the reports that support it;
* an edge per (type, source, target, key); each lists its supporting reports and the
  evidence sentences (report id, sentence, offsets) from each;
* a `MENTIONED_IN` edge from every entity to every report that mentions it, carrying the
  sentences that mention it — the node's evidence.

Writing a report's delta is one transaction and idempotent; retracting a report removes
it and every fact only it supports.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

import networkx as nx

from ocgmap.errors import NodeNotFound, SchemaError
from ocgmap.graph.schema import load_schema
from ocgmap.model import (
    MENTIONED_IN,
    REPORT_LABEL,
    RESERVED_PROPERTIES,
    Counts,
    Edge,
    GraphDelta,
    Node,
    Subgraph,
    WriteResult,
)

T = TypeVar("T")

MAX_HOPS = 6
#: Rows per write statement (`UNWIND $rows` / `executemany`); a transaction takes about
#: five statements' worth, so several small reports share one commit.
DEFAULT_BATCH_SIZE = 10_000


class GraphStore(ABC):
    """What every store offers; subclasses supply the storage primitives."""

    #: Where the store lives (a file path or a URI without credentials), for messages.
    location: str
    batch_size: int = DEFAULT_BATCH_SIZE

    @property
    def transaction_rows(self) -> int:
        """Answer how many rows one write transaction takes before it commits."""
        return 5 * self.batch_size

    # -- primitives each store implements --------------------------------------------

    @abstractmethod
    def _write_deltas(self, deltas: Sequence[GraphDelta]) -> None:
        """Write `deltas` in one transaction (upserting nodes and edges)."""

    @abstractmethod
    def retract_report(self, report_id: str) -> bool:
        """Remove the report and every fact only it supports; answer whether it existed."""

    @abstractmethod
    def get_node(self, node_id: str) -> Node | None:
        """Answer the node with `node_id` (with its evidence), or None."""

    @abstractmethod
    def find_nodes(self, name: str, label: str | None = None) -> list[Node]:
        """Answer the nodes whose name matches `name` (case- and accent-insensitive)."""

    @abstractmethod
    def _neighbours(self, node_ids: list[str], types: frozenset[str] | None,
                    include_reports: bool) -> list[tuple[str, str]]:
        """Answer (id, label) of nodes one edge away from any of `node_ids`."""

    @abstractmethod
    def _nodes(self, node_ids: list[str] | None, include_reports: bool) -> list[Node]:
        """Answer the nodes with these ids (all nodes when None), without evidence."""

    @abstractmethod
    def _edges_among(self, node_ids: list[str] | None, types: frozenset[str] | None,
                     include_reports: bool) -> list[Edge]:
        """Answer the edges whose both ends are in `node_ids` (all when None)."""

    @abstractmethod
    def set_node_properties(self, updates: Mapping[str, Mapping[str, Any]]) -> int:
        """Set properties on stored nodes (node id → properties); answer how many were found.

        Values replace what is stored (lists included). Names must be declared for some
        label in the schema (`checked_properties`); unknown node ids are ignored.
        """

    @abstractmethod
    def rename_nodes(self, names: Mapping[str, str]) -> None:
        """Give stored entity nodes new display names (node id → name); unknown ids are
        ignored."""

    # The ledger: small documents kept beside the graph (resolution records, judgements),
    # by kind and key, cleared with the store.

    @abstractmethod
    def ledger_put(self, kind: str, entries: Mapping[str, str]) -> None:
        """Store (or replace) the `entries` (key → text) of `kind`, in one transaction."""

    @abstractmethod
    def ledger_get(self, kind: str, keys: Sequence[str] | None = None) -> dict[str, str]:
        """Answer the stored entries of `kind` (those of `keys`, or all when None)."""

    @abstractmethod
    def ledger_delete(self, kind: str, keys: Sequence[str]) -> None:
        """Remove the entries of `kind` with these keys."""

    @abstractmethod
    def counts(self) -> Counts:
        """Answer how many nodes per label and edges per type the store holds."""

    @abstractmethod
    def report_hash(self, report_id: str) -> str | None:
        """Answer the stored content hash of a report, or None if it is not stored."""

    @abstractmethod
    def reports_from(self, origin: str) -> list[str]:
        """Answer the ids of stored reports read from `origin` (a file path), sorted."""

    @abstractmethod
    def clear(self) -> None:
        """Delete everything in the store."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    # -- shared behaviour ------------------------------------------------------------

    def write(self, delta: GraphDelta) -> WriteResult:
        """Store a report's delta in one transaction, idempotently.

        A report whose stored content hash equals the delta's is skipped as unchanged.
        """
        return self.write_many([delta])[0]

    def write_many(self, deltas: Iterable[GraphDelta]) -> list[WriteResult]:
        """Store several reports' deltas, idempotently; answer what happened to each.

        Reports are grouped into transactions of about `transaction_rows` rows, so each
        report is still stored whole or not at all; with `batch_size` 1 every report gets
        its own transaction and every row its own statement (the row-by-row baseline).
        """
        results: list[WriteResult] = []
        pending: list[GraphDelta] = []
        rows = 0
        for delta in deltas:
            wanted = delta.report.properties.get("content_hash")
            if wanted and self.report_hash(delta.report.id) == wanted:
                results.append(WriteResult(delta.report.id, 0, 0, skipped_unchanged=True))
                continue
            pending.append(delta)
            rows += len(delta.nodes) + len(delta.edges) + 1
            results.append(WriteResult(delta.report.id, len(delta.nodes) + 1, len(delta.edges)))
            if rows >= self.transaction_rows:
                self._write_deltas(pending)
                pending, rows = [], 0
        if pending:
            self._write_deltas(pending)
        return results

    def neighbourhood(self, node_id: str, hops: int = 1, labels: Iterable[str] | None = None,
                      types: Iterable[str] | None = None) -> Subgraph:
        """Answer the nodes within `hops` links of `node_id`, and the links among them.

        Links are followed in both directions. `labels` limits which nodes are reached
        (the start node is always kept); `types` limits which links are followed and
        returned. Reports and MENTIONED_IN links are left out unless asked for.
        """
        if not 1 <= hops <= MAX_HOPS:
            raise ValueError(f"hops must be between 1 and {MAX_HOPS}, got {hops}")
        start = self.get_node(node_id)
        if start is None:
            raise NodeNotFound(f"no node with id {node_id!r}")
        allowed_labels = frozenset(labels) if labels else None
        allowed_types = frozenset(types) if types else None
        with_reports = bool(allowed_labels and REPORT_LABEL in allowed_labels)
        seen = {node_id}
        frontier = [node_id]
        for _ in range(hops):
            if not frontier:
                break
            found = []
            for other, label in self._neighbours(frontier, allowed_types, with_reports):
                if other in seen or (label == REPORT_LABEL and not with_reports):
                    continue
                if allowed_labels is not None and label not in allowed_labels:
                    continue
                seen.add(other)
                found.append(other)
            frontier = found
        ids = sorted(seen)
        return Subgraph(tuple(self._nodes(ids, True)),
                        tuple(self._edges_among(ids, allowed_types, with_reports)))

    def subgraph(self, node_ids: Iterable[str] | None = None,
                 include_reports: bool = False) -> Subgraph:
        """Answer the given nodes (all when None) and the edges among them, for export."""
        ids = sorted(set(node_ids)) if node_ids is not None else None
        return Subgraph(tuple(self._nodes(ids, include_reports)),
                        tuple(self._edges_among(ids, None, include_reports)))

    def to_networkx(self, include_reports: bool = False) -> nx.MultiDiGraph:
        """Answer the whole graph as a `networkx.MultiDiGraph`.

        Node attributes: `label`, `name`, `reports` and the node's properties; edges are
        keyed by edge id with `type`, `reports` and the edge's properties.
        """
        return subgraph_to_networkx(self.subgraph(include_reports=include_reports))

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def subgraph_to_networkx(subgraph: Subgraph) -> nx.MultiDiGraph:
    """Answer `subgraph` as a MultiDiGraph (attributes as in `GraphStore.to_networkx`)."""
    graph = nx.MultiDiGraph()
    for node in subgraph.nodes:
        attrs: dict[str, Any] = dict(node.properties)
        attrs.update(label=node.label, name=node.name, reports=list(node.reports))
        graph.add_node(node.id, **attrs)
    for edge in subgraph.edges:
        attrs = dict(edge.properties)
        attrs.update(type=edge.type, reports=list(edge.reports))
        graph.add_edge(edge.source, edge.target, key=edge.id, **attrs)
    return graph


def skip_reports(types: frozenset[str] | None, include_reports: bool) -> bool:
    """Answer whether MENTIONED_IN edges are to be left out of a read."""
    return not include_reports and not (types and MENTIONED_IN in types)


def batches(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Answer `items` in consecutive lists of at most `size` (at least 1)."""
    size = max(1, size)
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def checked_properties(updates: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Answer `updates` as plain dicts, or raise `SchemaError` for a property name the schema
    does not declare (or the store manages) or a value that is not a scalar or a list."""
    declared = {k for props in load_schema().labels.values() for k in props}
    checked: dict[str, dict[str, Any]] = {}
    for node_id, props in updates.items():
        for key, value in props.items():
            if key in RESERVED_PROPERTIES or key not in declared:
                raise SchemaError("set_node_properties",
                                  f"unknown property {key!r}; declare it in schema.yaml")
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(v, str | int | float | bool) for v in items):
                raise SchemaError("set_node_properties",
                                  f"{key!r} must be a scalar or a list of scalars")
        checked[str(node_id)] = dict(props)
    return checked
