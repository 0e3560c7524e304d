"""The query primitives on Neo4j: one parameterised Cypher file each (``cypher/*.cypher``).

Values always travel as parameters. Path and neighbourhood queries splice in only
relationship types that `link_types` took from the schema whitelist (and matched against
an identifier pattern here) and a hop count checked to be a small integer. Every read
here is one auto-commit read-only statement (`Neo4jStore.read_query`), one round trip; a
neighbourhood asked by entity id, its focus included, is one statement.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib import resources
from typing import Any

from ocgmap.errors import SchemaError
from ocgmap.graph.cypher import NODE_WITH_EVIDENCE
from ocgmap.graph.neo4j_store import Neo4jStore
from ocgmap.model import REPORT_LABEL, RESERVED_PROPERTIES, Edge, Evidence, Node
from ocgmap.queries.backend import (
    ADDRESS_KIND,
    Backend,
    FoundPath,
    NameRow,
    Step,
    link_types,
)
from ocgmap.queries.results import ReportInfo

_IDENTIFIER = re.compile(r"^[A-Z][A-Z_]*$")
ENTITY = "Entity"


@cache
def cypher_text(name: str) -> str:
    """Answer the text of ``queries/cypher/<name>.cypher``."""
    return resources.files("ocgmap.queries").joinpath("cypher", f"{name}.cypher").read_text(
        encoding="utf-8")


def path_query(name: str, types: Collection[str] | None, max_hops: int,
               hops_key: str = "max_hops") -> str:
    """Answer a query with its whitelisted link types (all entity links when None) and hop
    bound (``{max_hops}``, or ``{<hops_key>}``) filled in."""
    checked = link_types(types)
    if any(not _IDENTIFIER.match(t) for t in checked):
        raise SchemaError("cypher", "link type outside the identifier pattern")
    if isinstance(max_hops, bool) or not isinstance(max_hops, int) or not 1 <= max_hops <= 20:
        raise ValueError(f"max_hops must be an integer from 1 to 20, got {max_hops!r}")
    return (cypher_text(name).replace("{types}", "|".join(checked))
            .replace("{" + hops_key + "}", str(max_hops)))


def _types(types: Collection[str] | None) -> list[str] | None:
    return sorted(types) if types is not None else None


class Neo4jBackend(Backend):
    """Query primitives over a `Neo4jStore`."""

    store: Neo4jStore

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store

    def _run(self, query: str, **params: Any) -> list[dict[str, Any]]:
        keys, rows = self.store.read_query(query, params)
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def get_node(self, node_id: str) -> Node | None:
        """The store's own statement (entity or report, with evidence), in one round trip."""
        rows = self._run(NODE_WITH_EVIDENCE, id=node_id)
        return _with_evidence(rows[0]["n"], rows[0]["evidence"]) if rows else None

    def names(self) -> list[NameRow]:
        return [NameRow(r["id"], r["label"], r["name"], tuple(r["aliases"]))
                for r in self._run(cypher_text("names"))]

    def nodes(self, ids: Collection[str]) -> dict[str, Node]:
        found = {}
        for record in self._run(cypher_text("nodes"), ids=sorted(ids)):
            node = _to_node(record["n"])
            found[node.id] = node
        return found

    def neighbourhood(self, focus: str, hops: int, labels: frozenset[str] | None,
                      types: frozenset[str] | None, allowed: frozenset[str] | None
                      ) -> tuple[dict[str, Node], list[Edge]]:
        found = self.neighbourhood_by_id(focus, hops, labels, types, allowed)
        return (found[1], found[2]) if found is not None else ({}, [])

    def neighbourhood_by_id(self, node_id: str, hops: int, labels: frozenset[str] | None,
                            types: frozenset[str] | None, allowed: frozenset[str] | None
                            ) -> tuple[Node, dict[str, Node], list[Edge]] | None:
        """One statement (``cypher/neighbourhood.cypher``), one round trip."""
        rows = self._run(path_query("neighbourhood", types, hops, "hops"), id=node_id,
                         labels=sorted(labels) if labels is not None else None,
                         allowed=sorted(allowed) if allowed is not None else None)
        if not rows:
            return None
        row = rows[0]
        focus = _with_evidence(row["focus"], row["evidence"])
        nodes = {node.id: node for node in map(_to_node, row["nodes"])}
        return focus, nodes, _unique_edges(_to_edge(r) for r in row["links"])

    def reports(self) -> dict[str, ReportInfo]:
        return {r["id"]: ReportInfo(r["id"], r["title"], _text(r["date"]), _text(r["grading"]))
                for r in self._run(cypher_text("reports"))}

    def step(self, frontier: Collection[str], types: Collection[str] | None,
             with_reports: bool) -> list[Step]:
        return [Step(r["node"], r["label"], r["type"], tuple(r["reports"]))
                for r in self._run(cypher_text("step"), ids=sorted(frontier),
                                   types=_types(types))]

    def links(self, ids: Collection[str], types: Collection[str] | None = None,
              outgoing_only: bool = False) -> list[Edge]:
        rows = self._run(cypher_text("links_out" if outgoing_only else "links"),
                         ids=sorted(ids), types=_types(types))
        return _unique_edges(_to_edge(r) for r in rows)

    def all_identifier_links(self) -> list[Edge]:
        return _unique_edges(_to_edge(r) for r in self._run(cypher_text("identifier_links"),
                                                              address=ADDRESS_KIND))

    def route_legs(self, routes: Collection[str]) -> list[Edge]:
        return _unique_edges(_to_edge(r) for r in self._run(cypher_text("route_legs"),
                                                              routes=sorted(routes)))

    def shortest_paths(self, source: str, target: str, types: tuple[str, ...],
                       max_hops: int, cap: int) -> list[FoundPath]:
        return self._paths(path_query("shortest_paths", types, max_hops), source, target, cap)

    def simple_paths(self, source: str, target: str, types: tuple[str, ...],
                     max_hops: int, cap: int) -> list[FoundPath]:
        return self._paths(path_query("simple_paths", types, max_hops), source, target, cap)

    def _paths(self, query: str, source: str, target: str, cap: int) -> list[FoundPath]:
        rows = self._run(query, source=source, target=target, limit=cap + 1)
        return [FoundPath(tuple(r["nodes"]), tuple(_to_edge(e) for e in r["edges"]),
                          tuple(map(_to_node, r["found"])))
                for r in rows]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _to_node(record_node: Any) -> Node:
    data = dict(record_node)
    labels = [label for label in record_node.labels if label != ENTITY]
    props = {k: v for k, v in data.items() if k not in RESERVED_PROPERTIES}
    return Node(str(data["id"]), labels[0] if labels else REPORT_LABEL,
                str(data.get("name", data["id"])), props,
                tuple(sorted(data.get("reports") or ())))


def _with_evidence(record_node: Any, evidence: list[str]) -> Node:
    """Answer the node with the evidence sentences read with it (as `store.get_node`)."""
    node = _to_node(record_node)
    return Node(node.id, node.label, node.name, node.properties, node.reports,
                tuple(sorted(Evidence.from_json(e) for e in evidence)))


def _to_edge(row: dict[str, Any]) -> Edge:
    data = dict(row["props"])
    props = {k: v for k, v in data.items() if k not in RESERVED_PROPERTIES}
    evidence = sorted(Evidence.from_json(e) for e in data.get("evidence") or ())
    return Edge(data["id"], row["type"], row["source"], row["target"], props,
                tuple(sorted(data.get("reports") or ())), tuple(evidence))


def _unique_edges(edges: Any) -> list[Edge]:
    return sorted({e.id: e for e in edges}.values(), key=lambda e: e.id)
