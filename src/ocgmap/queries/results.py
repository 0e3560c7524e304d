"""Typed answers of the investigator queries, each with a JSON-ready form.

Nodes and links are the store's own records (`ocgmap.model.Node`, `Edge`), so a result
carries the provenance the store holds: supporting report ids and evidence sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ocgmap.model import Edge, Evidence, Node


def evidence_json(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    """Answer evidence sentences as JSON-ready dicts."""
    return [{"report": e.report, "sentence": e.sentence, "start": e.start, "end": e.end}
            for e in evidence]


def node_json(node: Node) -> dict[str, Any]:
    """Answer a node as a JSON-ready dict."""
    return {"id": node.id, "label": node.label, "name": node.name,
            "properties": node.properties, "reports": list(node.reports),
            "evidence": evidence_json(node.evidence)}


def edge_json(edge: Edge) -> dict[str, Any]:
    """Answer a link as a JSON-ready dict."""
    return {"id": edge.id, "type": edge.type, "source": edge.source, "target": edge.target,
            "properties": edge.properties, "reports": list(edge.reports),
            "evidence": evidence_json(edge.evidence)}


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What a report says about its own reliability: date, grading, title."""

    id: str
    title: str = ""
    date: str | None = None
    grading: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Answer the report as a JSON-ready dict."""
        return {"id": self.id, "title": self.title, "date": self.date, "grading": self.grading}


@dataclass(frozen=True, slots=True)
class Match:
    """A search hit: a node, the name or alias that matched, and a score from 0 to 100."""

    node: Node
    matched: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """Answer the hit as a JSON-ready dict."""
        return {"id": self.node.id, "label": self.node.label, "name": self.node.name,
                "matched": self.matched, "score": self.score}


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The nodes within `hops` links of `focus`, and the links among them."""

    focus: Node
    hops: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def to_json(self) -> dict[str, Any]:
        """Answer the neighbourhood as a JSON-ready dict."""
        return {"focus": node_json(self.focus), "hops": self.hops,
                "nodes": [node_json(n) for n in self.nodes],
                "edges": [edge_json(e) for e in self.edges]}


@dataclass(frozen=True, slots=True)
class Path:
    """A chain of nodes and the links between consecutive ones (links may point either way)."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @property
    def length(self) -> int:
        """Answer the number of links."""
        return len(self.edges)

    def to_json(self) -> dict[str, Any]:
        """Answer the path as a JSON-ready dict."""
        return {"length": self.length, "nodes": [node_json(n) for n in self.nodes],
                "edges": [edge_json(e) for e in self.edges]}


@dataclass(frozen=True, slots=True)
class Paths:
    """The paths found from `source` to `target`; `truncated` when the search cap was hit."""

    source: Node
    target: Node
    paths: tuple[Path, ...]
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        """Answer the paths as a JSON-ready dict."""
        return {"source": node_json(self.source), "target": node_json(self.target),
                "truncated": self.truncated, "paths": [p.to_json() for p in self.paths]}


@dataclass(frozen=True, slots=True)
class SharedIdentifier:
    """An identifier (phone, vehicle, address, e-mail, document, account) and the people
    linked to it."""

    identifier: Node
    people: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def to_json(self) -> dict[str, Any]:
        """Answer the shared identifier as a JSON-ready dict."""
        return {"identifier": node_json(self.identifier),
                "people": [node_json(p) for p in self.people],
                "edges": [edge_json(e) for e in self.edges]}


@dataclass(frozen=True, slots=True)
class Linked:
    """A node linked to the subject of a query, and the links that connect them."""

    node: Node
    edges: tuple[Edge, ...]

    @property
    def types(self) -> tuple[str, ...]:
        """Answer the distinct link types, sorted."""
        return tuple(sorted({e.type for e in self.edges}))

    @property
    def reports(self) -> tuple[str, ...]:
        """Answer the reports supporting any of the links, sorted."""
        return tuple(sorted({r for e in self.edges for r in e.reports}))

    def to_json(self) -> dict[str, Any]:
        """Answer the row as a JSON-ready dict."""
        return {"node": node_json(self.node), "types": list(self.types),
                "reports": list(self.reports), "edges": [edge_json(e) for e in self.edges]}


@dataclass(frozen=True, slots=True)
class CoOffender:
    """Another person tied to the subject's offending, with the reasons (shared victim,
    shared group, direct association)."""

    person: Node
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """Answer the row as a JSON-ready dict."""
        return {"person": node_json(self.person), "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class Journey:
    """A route: its ordered stops and legs."""

    route: str
    stops: tuple[Node, ...]
    legs: tuple[Edge, ...]
    travellers: tuple[Node, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Answer the journey as a JSON-ready dict."""
        return {"route": self.route, "stops": [node_json(s) for s in self.stops],
                "legs": [edge_json(e) for e in self.legs],
                "travellers": [node_json(t) for t in self.travellers]}


@dataclass(frozen=True, slots=True)
class Through:
    """The journeys that pass a place and the people and groups linked to it."""

    place: Node
    journeys: tuple[Journey, ...]
    linked: tuple[Linked, ...]

    def to_json(self) -> dict[str, Any]:
        """Answer the answer as a JSON-ready dict."""
        return {"place": node_json(self.place), "journeys": [j.to_json() for j in self.journeys],
                "linked": [row.to_json() for row in self.linked]}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated fact: a link of the subject as one report states it, or (with `edge`
    None) a report that mentions the subject without stating any of its links."""

    date: str
    report: ReportInfo
    sentences: tuple[str, ...]
    edge: Edge | None = None
    other: Node | None = None

    @property
    def type(self) -> str:
        """Answer the link type, or MENTIONED_IN for a bare mention."""
        return self.edge.type if self.edge is not None else "MENTIONED_IN"

    def to_json(self) -> dict[str, Any]:
        """Answer the entry as a JSON-ready dict."""
        return {"date": self.date, "type": self.type,
                "edge": None if self.edge is None else edge_json(self.edge),
                "other": None if self.other is None else node_json(self.other),
                "report": self.report.to_json(), "sentences": list(self.sentences)}


@dataclass(frozen=True, slots=True)
class Timeline:
    """Every dated fact about `subject`, oldest first; `undated` counts the facts that
    neither the link nor its report dates."""

    subject: Node
    entries: tuple[TimelineEntry, ...]
    undated: int

    def to_json(self) -> dict[str, Any]:
        """Answer the timeline as a JSON-ready dict."""
        return {"subject": node_json(self.subject),
                "entries": [e.to_json() for e in self.entries], "undated": self.undated}


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One sentence behind a node (`edge` None: a mention) or a link, with its report.
    A report that supports the fact without a recorded sentence gives an empty one."""

    report: ReportInfo
    sentence: str
    start: int
    end: int
    edge: Edge | None = None

    def to_json(self) -> dict[str, Any]:
        """Answer the item as a JSON-ready dict."""
        return {"report": self.report.to_json(), "sentence": self.sentence,
                "start": self.start, "end": self.end,
                "link": None if self.edge is None else {
                    "id": self.edge.id, "type": self.edge.type, "source": self.edge.source,
                    "target": self.edge.target}}


@dataclass(frozen=True, slots=True)
class EvidenceAnswer:
    """The sentences and reports behind `subject`, or behind its links with `other`."""

    subject: Node
    other: Node | None
    items: tuple[EvidenceItem, ...]

    def to_json(self) -> dict[str, Any]:
        """Answer the evidence as a JSON-ready dict."""
        return {"subject": node_json(self.subject),
                "other": None if self.other is None else node_json(self.other),
                "items": [i.to_json() for i in self.items]}
