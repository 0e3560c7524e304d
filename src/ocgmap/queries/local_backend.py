"""The query primitives on the embedded store, in SQL over `LocalStore`'s tables.

Paths are searched here in Python, level by level, one SQL statement per level: a
bidirectional breadth-first search for shortest paths (each side expands the smaller
frontier, so a 2-core laptop answers in milliseconds on 100k nodes), a bounded
depth-first search for simple paths.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import batches
from ocgmap.model import REPORT_LABEL, Edge, Evidence, Node
from ocgmap.queries.backend import (
    ADDRESS_KIND,
    IDENTIFIER_LABELS,
    Backend,
    FoundPath,
    NameRow,
    Step,
)
from ocgmap.queries.results import ReportInfo

_CHUNK = 500
_EDGE = "SELECT id, type, source, target, props FROM edges"
Row = tuple[str, str, str, str, str]  # id, type, source, target, props
_IDENT = (f"(label IN ({','.join(repr(x) for x in IDENTIFIER_LABELS)}) OR "
          f"(label = 'Location' AND json_extract(props, '$.kind') = '{ADDRESS_KIND}'))")


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


class LocalBackend(Backend):
    """Query primitives over a `LocalStore`."""

    store: LocalStore

    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store.read_rows(sql, params)

    def _chunked(self, sql: str, ids: Collection[str], extra: Sequence[Any] = (),
                 repeat: int = 1) -> Iterator[tuple[Any, ...]]:
        """Run `sql` (with `{marks}` for the id list, `repeat` times) over ids in chunks."""
        for chunk in batches(sorted(ids), _CHUNK):
            text = sql.format(marks=_marks(chunk))
            params: list[Any] = []
            for _ in range(repeat):
                params += [*chunk, *extra]
            yield from self._rows(text, params)

    # -- nodes and names -------------------------------------------------------------

    def names(self) -> list[NameRow]:
        rows = self._rows("SELECT id, label, name, json_extract(props, '$.aliases') FROM nodes "
                          "WHERE label <> ? ORDER BY id", [REPORT_LABEL])
        return [NameRow(i, label, name, tuple(json.loads(a)) if a else ())
                for i, label, name, a in rows]

    def nodes(self, ids: Collection[str]) -> dict[str, Node]:
        rows = list(self._chunked(
            "SELECT id, label, name, props FROM nodes WHERE id IN ({marks})", ids))
        support = self._support([r[0] for r in rows])
        return {r[0]: Node(r[0], r[1], r[2], json.loads(r[3]), support.get(r[0], ()))
                for r in rows}

    def reports(self) -> dict[str, ReportInfo]:
        rows = self._rows(
            "SELECT id, json_extract(props, '$.title'), json_extract(props, '$.date'), "
            "json_extract(props, '$.grading') FROM nodes WHERE label = ?", [REPORT_LABEL])
        return {i: ReportInfo(i, title or "", date, grading) for i, title, date, grading in rows}

    def _support(self, facts: Collection[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for fact, report in self._chunked(
                "SELECT fact, report FROM support WHERE fact IN ({marks})", facts):
            found.setdefault(fact, []).append(report)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def _evidence(self, facts: Collection[str]) -> dict[str, tuple[Evidence, ...]]:
        found: dict[str, list[Evidence]] = {}
        for fact, report, sentence, start, end in self._chunked(
                "SELECT fact, report, sentence, start, end FROM evidence "
                "WHERE fact IN ({marks})", facts):
            found.setdefault(fact, []).append(Evidence(report, sentence, start, end))
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def _edges(self, rows: Collection[Row]) -> list[Edge]:
        """Answer full edges (reports, evidence) for edge rows, sorted by id."""
        unique = {r[0]: r for r in rows}
        support = self._support(list(unique))
        evidence = self._evidence(list(unique))
        return [Edge(i, t, s, d, json.loads(p), support.get(i, ()), evidence.get(i, ()))
                for i, (_, t, s, d, p) in sorted(unique.items())]

    # -- links -----------------------------------------------------------------------

    def _type_clause(self, types: Collection[str] | None) -> tuple[str, list[str]]:
        if types is None:
            return "", []
        chosen = sorted(types)
        return f" AND type IN ({_marks(chosen)})", chosen

    def step(self, frontier: Collection[str], types: Collection[str] | None,
             with_reports: bool) -> list[Step]:
        clause, extra = self._type_clause(types)
        rows = list(self._chunked(
            "SELECT e.id, e.type, n.id, n.label FROM edges e JOIN nodes n ON n.id = e.target "  # noqa: S608 - placeholders and constants only
            "WHERE e.source IN ({marks})" + clause.replace("type", "e.type") + " UNION ALL "
            "SELECT e.id, e.type, n.id, n.label FROM edges e JOIN nodes n ON n.id = e.source "
            "WHERE e.target IN ({marks})" + clause.replace("type", "e.type"),
            frontier, extra, repeat=2))
        support = self._support({r[0] for r in rows}) if with_reports else {}
        return [Step(other, label, rel, support.get(edge, ())) for edge, rel, other, label in rows]

    def _adjacent(self, nodes: Collection[str], types: Collection[str] | None
                  ) -> list[tuple[Row, str, str]]:
        """Answer (edge row, from node, to node) for every link touching `nodes`."""
        clause, extra = self._type_clause(types)
        found: list[tuple[Row, str, str]] = []
        for row in self._chunked(
                f"SELECT id, type, source, target, props, 0 FROM edges WHERE source IN ({{marks}})"  # noqa: S608 - placeholders and constants only
                f"{clause} UNION ALL "
                f"SELECT id, type, source, target, props, 1 FROM edges WHERE target IN ({{marks}})"
                f"{clause}", nodes, extra, repeat=2):
            edge: Row = row[:5]
            found.append((edge, edge[2], edge[3]) if row[5] == 0 else (edge, edge[3], edge[2]))
        return found

    def links(self, ids: Collection[str], types: Collection[str] | None = None,
              outgoing_only: bool = False) -> list[Edge]:
        if outgoing_only:
            clause, extra = self._type_clause(types)
            rows: list[Row] = list(self._chunked(
                f"{_EDGE} WHERE source IN ({{marks}}){clause}", ids, extra))
        else:
            rows = [edge for edge, _, _ in self._adjacent(ids, types)]
        return self._edges(rows)

    def all_identifier_links(self) -> list[Edge]:
        rows: list[Row] = self._rows(
            f"{_EDGE} WHERE (source IN (SELECT id FROM nodes WHERE label = 'Person') AND "  # noqa: S608 - placeholders and constants only
            f"target IN (SELECT id FROM nodes WHERE {_IDENT})) OR "
            f"(target IN (SELECT id FROM nodes WHERE label = 'Person') AND "
            f"source IN (SELECT id FROM nodes WHERE {_IDENT}))")
        return self._edges(rows)

    def route_legs(self, routes: Collection[str]) -> list[Edge]:
        rows: list[Row] = list(self._chunked(
            f"{_EDGE} WHERE type = 'LEG' AND json_extract(props, '$.route') IN ({{marks}})",
            routes))
        return self._edges(rows)

    # -- paths -----------------------------------------------------------------------

    def shortest_paths(self, source: str, target: str, types: tuple[str, ...],
                       max_hops: int, cap: int) -> list[FoundPath]:
        sides = [_Side(source), _Side(target)]
        while sides[0].frontier and sides[1].frontier:
            if sides[0].depth + sides[1].depth >= max_hops:
                return []
            near, far = sorted(sides, key=lambda s: len(s.frontier))
            near.expand(self._adjacent(near.frontier, types))
            meet = sorted(set(near.frontier) & set(far.frontier))
            if meet:
                forward, backward = (near, far) if near is sides[0] else (far, near)
                found: list[list[Row]] = []
                for middle in meet:
                    for head in forward.chains(middle):
                        for tail in backward.chains(middle):
                            found.append(head + tail[::-1])
                            if len(found) > cap:
                                return self._paths(source, found)
                return self._paths(source, found)
        return []

    def simple_paths(self, source: str, target: str, types: tuple[str, ...],
                     max_hops: int, cap: int) -> list[FoundPath]:
        # distances to the target bound the search; its BFS also records each link at
        # both ends, which covers every link a path can take (one end is nearer the target)
        adjacency: dict[str, dict[tuple[str, str], tuple[Row, str]]] = {}

        def record(nodes: Collection[str]) -> None:
            for edge, here, there in self._adjacent(nodes, types):
                adjacency.setdefault(here, {})[edge[0], there] = (edge, there)
                adjacency.setdefault(there, {})[edge[0], here] = (edge, here)

        distance = {target: 0}
        frontier = [target]
        expanded: set[str] = set()
        for depth in range(1, max_hops):
            record(frontier)
            expanded.update(frontier)
            frontier = sorted({there for node in frontier
                               for _, there in adjacency.get(node, {}).values()
                               if there not in distance})
            distance.update((node, depth) for node in frontier)
        if source not in expanded:
            record([source])
        found: list[list[Row]] = []

        def extend(node: str, chain: list[Row], visited: set[str]) -> None:
            left = max_hops - len(chain) - 1
            for edge, there in sorted(adjacency.get(node, {}).values()):
                if len(found) > cap:
                    return
                if there == target:
                    found.append([*chain, edge])
                elif there not in visited and distance.get(there, max_hops + 1) <= left:
                    extend(there, [*chain, edge], visited | {there})

        extend(source, [], {source})
        return self._paths(source, found)

    def _paths(self, source: str, chains: list[list[Row]]) -> list[FoundPath]:
        edges = {e.id: e for e in self._edges([row for chain in chains for row in chain])}
        paths = []
        for chain in chains:
            nodes = [source]
            for row in chain:
                nodes.append(row[3] if row[2] == nodes[-1] else row[2])
            paths.append(FoundPath(tuple(nodes), tuple(edges[row[0]] for row in chain)))
        return paths


class _Side:
    """One side of a bidirectional breadth-first search: depths and the links into each
    node from the level before."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.depth = 0
        self.frontier = [root]
        self.seen = {root}
        self.parents: dict[str, list[tuple[Row, str]]] = {root: []}

    def expand(self, adjacent: list[tuple[Row, str, str]]) -> None:
        """Move one level out, given the links touching the frontier."""
        level: dict[str, list[tuple[Row, str]]] = {}
        for edge, here, there in adjacent:
            if there not in self.seen:
                level.setdefault(there, []).append((edge, here))
        self.seen.update(level)
        self.parents.update(level)
        self.frontier = sorted(level)
        self.depth += 1

    def chains(self, node: str) -> Iterator[list[Row]]:
        """Answer the shortest chains of links from the root to `node`."""
        if node == self.root:
            yield []
            return
        for edge, parent in sorted(self.parents[node]):
            for chain in self.chains(parent):
                yield [*chain, edge]
