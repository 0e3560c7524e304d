"""The few store-specific reads the queries are built from, and how to pick them.

Every named question is plain Python over these primitives, so it gives the same answer
on both stores; each primitive has one Cypher text (``queries/cypher/*.cypher``) for
Neo4j and one SQL form for the embedded store. The primitives never see Report nodes or
MENTIONED_IN links: they read entity-to-entity links only. `Backend.neighbourhood` is
written over the primitives too, and a store may answer it in one statement instead
(Neo4j does: ``cypher/neighbourhood.cypher``); the test module holds both to one answer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection
from typing import NamedTuple

from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import GraphStore
from ocgmap.model import MENTIONED_IN, Edge, Node
from ocgmap.queries.results import ReportInfo

#: Labels whose nodes identify someone: sharing one links people without merging them.
IDENTIFIER_LABELS = ("Account", "Document", "Email", "Phone", "Vehicle")
#: Location kind that counts as an identifier (a town shared by many people does not).
ADDRESS_KIND = "address"


class NameRow(NamedTuple):
    """An entity's id, label, name and aliases, for fuzzy search."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...]


class Step(NamedTuple):
    """One link leaving the frontier: the node reached, its label, the link type and the
    link's supporting reports (filled when asked for)."""

    node: str
    label: str
    type: str
    reports: tuple[str, ...]


class FoundPath(NamedTuple):
    """A path as node ids (from the start) and the links between consecutive nodes; `found`
    holds the nodes themselves (without evidence) when the search read them already."""

    nodes: tuple[str, ...]
    edges: tuple[Edge, ...]
    found: tuple[Node, ...] = ()


def link_types(types: Collection[str] | None = None) -> tuple[str, ...]:
    """Answer `types` (default: every entity link type) checked against the schema."""
    schema = load_schema()
    chosen = types or [t for t in schema.relations if t != MENTIONED_IN]
    for name in chosen:
        schema.relation(name)
    if MENTIONED_IN in chosen:
        raise ValueError("paths follow links between entities, not MENTIONED_IN")
    return tuple(sorted(set(chosen)))


class Backend(ABC):
    """Store-specific reads behind the queries."""

    store: GraphStore

    def get_node(self, node_id: str) -> Node | None:
        """Answer the node with `node_id` (with its evidence), or None: `store.get_node`."""
        return self.store.get_node(node_id)

    @abstractmethod
    def names(self) -> list[NameRow]:
        """Answer every entity's id, label, name and aliases, sorted by id."""

    @abstractmethod
    def nodes(self, ids: Collection[str]) -> dict[str, Node]:
        """Answer the nodes with these ids (without evidence), by id."""

    @abstractmethod
    def step(self, frontier: Collection[str], types: Collection[str] | None,
             with_reports: bool) -> list[Step]:
        """Answer the links (of `types`, all when None) from any frontier node, either way."""

    @abstractmethod
    def links(self, ids: Collection[str], types: Collection[str] | None = None,
              outgoing_only: bool = False) -> list[Edge]:
        """Answer the links touching any of `ids` (from them only, with `outgoing_only`),
        with reports and evidence, sorted by id."""

    def neighbourhood(self, focus: str, hops: int, labels: frozenset[str] | None,
                      types: frozenset[str] | None, allowed: frozenset[str] | None
                      ) -> tuple[dict[str, Node], list[Edge]]:
        """Answer the nodes within `hops` links of `focus` (by id) and the links among them.

        A breadth-first search over the links of `types` (all when None) supported by a
        report in `allowed` (any when None), either way, reaching only nodes of `labels`
        (any when None; `focus` is always kept). Links among the nodes reached pass the same
        filters. This default takes a few reads per hop; a store may answer it at once.
        """
        seen = {focus}
        frontier = [focus]
        for _ in range(hops):
            found = {step.node for step in self.step(frontier, types, allowed is not None)
                     if step.node not in seen
                     and (labels is None or step.label in labels)
                     and (allowed is None or not allowed.isdisjoint(step.reports))}
            if not found:
                break
            seen |= found
            frontier = sorted(found)
        edges = [e for e in self.links(seen, types, outgoing_only=True)
                 if e.target in seen and (allowed is None or not allowed.isdisjoint(e.reports))]
        return self.nodes(seen), edges

    def neighbourhood_by_id(self, node_id: str, hops: int, labels: frozenset[str] | None,
                            types: frozenset[str] | None, allowed: frozenset[str] | None
                            ) -> tuple[Node, dict[str, Node], list[Edge]] | None:
        """Answer the entity with id `node_id` (with its evidence, as `store.get_node`) and
        its `neighbourhood`, in one read where the store can; None when no entity has that
        id, or when the store reads it no faster than resolving the name first (default)."""
        return None

    @abstractmethod
    def reports(self) -> dict[str, ReportInfo]:
        """Answer every report's date, grading and title, by id."""

    @abstractmethod
    def shortest_paths(self, source: str, target: str, types: tuple[str, ...],
                       max_hops: int, cap: int) -> list[FoundPath]:
        """Answer up to `cap` shortest paths (all of the least length <= `max_hops`)."""

    @abstractmethod
    def simple_paths(self, source: str, target: str, types: tuple[str, ...],
                     max_hops: int, cap: int) -> list[FoundPath]:
        """Answer up to `cap` paths of at most `max_hops` links that repeat no node."""

    @abstractmethod
    def all_identifier_links(self) -> list[Edge]:
        """Answer every link between a person and an identifier, sorted by id."""

    @abstractmethod
    def route_legs(self, routes: Collection[str]) -> list[Edge]:
        """Answer the LEG links of these routes, sorted by id."""


def backend_for(store: GraphStore) -> Backend:
    """Answer the query backend of `store`."""
    from ocgmap.graph.local import LocalStore

    if isinstance(store, LocalStore):
        from ocgmap.queries.local_backend import LocalBackend

        return LocalBackend(store)
    from ocgmap.graph.neo4j_store import Neo4jStore

    if isinstance(store, Neo4jStore):
        from ocgmap.queries.neo4j_backend import Neo4jBackend

        return Neo4jBackend(store)
    raise TypeError(f"no query backend for {type(store).__name__}")


def walk(source: str, edges: list[Edge]) -> FoundPath:
    """Answer the path that follows `edges` from `source`, whichever way each points."""
    nodes = [source]
    for edge in edges:
        nodes.append(edge.target if edge.source == nodes[-1] else edge.source)
    return FoundPath(tuple(nodes), tuple(edges))
