"""The graph an export draws: entities, their links, evidence and report metadata.

`load_map` reads it from a store (the whole graph, or a person's neighbourhood); every
exporter then writes the same `MapGraph`, so all formats agree (and redaction, done once
on the `MapGraph`, reaches every format).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from ocgmap.graph.store import GraphStore
from ocgmap.model import MENTIONED_IN, REPORT_LABEL, Edge, Evidence, Node, Subgraph


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What an evidence line shows about its report: id, title, date and grading."""

    id: str
    title: str = ""
    date: str = ""
    grading: str = ""


@dataclass(frozen=True)
class MapGraph:
    """Entity nodes (with the sentences that mention them), links and report metadata."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    reports: Mapping[str, ReportMeta] = field(default_factory=dict)
    title: str = "ocgmap network"
    focus: str | None = None
    #: Lines shown to the reader (e.g. that victims are pseudonymised, or nodes left out).
    notes: tuple[str, ...] = ()

    def with_notes(self, *notes: str) -> MapGraph:
        """Answer this graph with `notes` added."""
        return replace(self, notes=self.notes + notes)


def from_subgraph(subgraph: Subgraph, title: str = "ocgmap network",
                  focus: str | None = None) -> MapGraph:
    """Answer the map of `subgraph`: reports become metadata, MENTIONED_IN node evidence.

    >>> from ocgmap.model import Node, Subgraph
    >>> m = from_subgraph(Subgraph((Node("r1", "Report", "r1", {"grading": "B2P"}),
    ...                             Node("p1", "Person", "Ardit Kola")), ()))
    >>> [n.name for n in m.nodes], m.reports["r1"].grading
    (['Ardit Kola'], 'B2P')
    """
    reports: dict[str, ReportMeta] = {}
    entities: list[Node] = []
    for node in subgraph.nodes:
        if node.label == REPORT_LABEL:
            props = node.properties
            reports[node.id] = ReportMeta(node.id, str(props.get("title", "")),
                                          str(props.get("date", "")),
                                          str(props.get("grading", "")))
        else:
            entities.append(node)
    mentions: dict[str, list[Evidence]] = {}
    edges: list[Edge] = []
    for edge in subgraph.edges:
        if edge.type == MENTIONED_IN:
            mentions.setdefault(edge.source, []).extend(edge.evidence)
        else:
            edges.append(edge)
    nodes = tuple(_with_evidence(n, mentions.get(n.id)) for n in entities)
    for report in cited_reports(nodes, edges) - reports.keys():
        reports[report] = ReportMeta(report)
    return MapGraph(nodes, tuple(edges), reports, title, focus)


def _with_evidence(node: Node, mentions: list[Evidence] | None) -> Node:
    if not mentions:
        return node
    if not node.evidence:
        return replace(node, evidence=tuple(mentions))
    return replace(node, evidence=tuple(sorted(set(node.evidence) | set(mentions))))


def cited_reports(nodes: Iterable[Node], edges: Iterable[Edge]) -> set[str]:
    """Answer the ids of the reports that support any of `nodes` or `edges`."""
    return {r for n in nodes for r in n.reports} | {r for e in edges for r in e.reports}


def load_map(store: GraphStore, focus: str | None = None, hops: int = 1,
             title: str | None = None) -> MapGraph:
    """Answer the map of the whole store, or of the nodes within `hops` of node `focus`.

    Raises `NodeNotFound` when `focus` is not a node id.
    """
    if focus is None:
        subgraph = store.subgraph(include_reports=True)
        return from_subgraph(subgraph, title or "ocgmap network")
    around = store.neighbourhood(focus, hops)
    start = around.node(focus)
    ids = {n.id for n in around.nodes}
    ids |= cited_reports(around.nodes, around.edges)
    subgraph = store.subgraph(ids, include_reports=True)
    name = start.name if start is not None else focus
    return from_subgraph(subgraph, title or f"{name}: {hops} link(s) around", focus)


def degrees(graph: MapGraph) -> Counter[str]:
    """Answer the number of links at each node (both directions)."""
    counts: Counter[str] = Counter({n.id: 0 for n in graph.nodes})
    for edge in graph.edges:
        counts[edge.source] += 1
        counts[edge.target] += 1
    return counts


def hub_scores(graph: MapGraph) -> dict[str, float]:
    """Answer each node's hub score in [0, 1] for sizing.

    Uses the `hub_score` property written back by `ocgmap analyse --write-back` when the
    node has one, else the node's degree over the largest degree.
    """
    degree = degrees(graph)
    top = max(degree.values(), default=0) or 1
    scores: dict[str, float] = {}
    for node in graph.nodes:
        stored = node.properties.get("hub_score")
        if isinstance(stored, int | float) and not isinstance(stored, bool):
            scores[node.id] = float(stored)
        else:
            scores[node.id] = degree[node.id] / top
    high = max(scores.values(), default=0.0)
    if high > 1.0:
        scores = {k: v / high for k, v in scores.items()}
    return scores


def group_ids(graph: MapGraph) -> dict[str, str]:
    """Answer the organised group of each node that has a `group_id` property."""
    return {n.id: str(n.properties["group_id"]) for n in graph.nodes
            if n.properties.get("group_id") not in (None, "")}


def keep_nodes(graph: MapGraph, keep: Iterable[str]) -> MapGraph:
    """Answer `graph` restricted to the nodes in `keep` and the links among them."""
    wanted = set(keep)
    return replace(graph, nodes=tuple(n for n in graph.nodes if n.id in wanted),
                   edges=tuple(e for e in graph.edges
                               if e.source in wanted and e.target in wanted))


def top_nodes(graph: MapGraph, limit: int) -> MapGraph:
    """Answer `graph` cut to its `limit` best hubs (and the focus), with a note saying so."""
    if len(graph.nodes) <= limit:
        return graph
    scores = hub_scores(graph)
    ranked = sorted(graph.nodes, key=lambda n: (n.id != graph.focus, -scores[n.id], n.id))
    kept = keep_nodes(graph, (n.id for n in ranked[:limit]))
    return kept.with_notes(
        f"Showing the {limit:,} best-connected of {len(graph.nodes):,} nodes; "
        "export a neighbourhood (--focus NAME --hops N) to see the rest.")
