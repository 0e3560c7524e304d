"""The typed records that flow through ocgmap.

Two families:

* the extraction contract (`Span`, `Mention`, `Entity`, `Relation`, `Route`, `Extraction`,
  `ReportInfo`): pydantic models, validated where data enters (files, NLP output) and
  serialised as the `extract --json` contract of the design;
* the graph records (`Evidence`, `Node`, `Edge`, `GraphDelta`, `Subgraph`): small frozen
  dataclasses that the stores write and read, cheap enough for bulk loads.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

from ocgmap import ids

Scalar: TypeAlias = str | int | float | bool
PropertyValue: TypeAlias = Scalar | list[str] | list[int] | list[float] | list[bool]
Properties: TypeAlias = dict[str, PropertyValue]

REPORT_LABEL = "Report"
MENTIONED_IN = "MENTIONED_IN"

#: Property names the stores manage themselves; input may not set them.
RESERVED_PROPERTIES = frozenset({"id", "label", "name", "name_key", "reports", "evidence"})


# ---------------------------------------------------------------------------------------
# Provenance and graph records
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """The words that support a fact: a sentence of a report and its character offsets."""

    report: str
    sentence: str
    start: int = 0
    end: int = 0

    def to_json(self) -> str:
        """Answer the canonical JSON form (the report id first, so it can be prefix-matched)."""
        return json.dumps(
            {"report": self.report, "start": self.start, "end": self.end,
             "sentence": self.sentence},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Evidence:
        """Answer the evidence encoded by `to_json`."""
        data = json.loads(text)
        return cls(str(data["report"]), str(data["sentence"]), int(data["start"]),
                   int(data["end"]))

    @staticmethod
    def report_prefix(report_id: str) -> str:
        """Answer the prefix that every `to_json` of evidence from `report_id` starts with."""
        return json.dumps({"report": report_id}, ensure_ascii=False)[:-1] + ","


@dataclass(frozen=True, slots=True)
class Node:
    """A node of the graph: a person, place, business, identifier, group or report."""

    id: str
    label: str
    name: str
    properties: Properties = field(default_factory=dict)
    reports: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @classmethod
    def make(cls, label: str, name: str, properties: Mapping[str, PropertyValue] | None = None,
             evidence: Iterable[Evidence] = (), key: str | None = None) -> Node:
        """Answer a node whose id derives from its label and natural key (default: name)."""
        return cls(ids.node_id(label, key if key is not None else name), label, name,
                   dict(properties or {}), (), tuple(evidence))


@dataclass(frozen=True, slots=True)
class Edge:
    """A directed, typed relationship between two nodes, with its provenance."""

    id: str
    type: str
    source: str
    target: str
    properties: Properties = field(default_factory=dict)
    reports: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @classmethod
    def make(cls, rel_type: str, source: str, target: str,
             properties: Mapping[str, PropertyValue] | None = None,
             evidence: Iterable[Evidence] = (), key: str = "") -> Edge:
        """Answer an edge whose id derives from its type, endpoints and optional key."""
        return cls(ids.relation_id(rel_type, source, target, key), rel_type, source, target,
                   dict(properties or {}), (), tuple(evidence))


@dataclass(frozen=True, slots=True)
class GraphDelta:
    """Everything one report adds to the graph; written in one transaction."""

    report: Node
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    @classmethod
    def for_report(cls, report: Node, nodes: Sequence[Node], edges: Sequence[Edge]) -> GraphDelta:
        """Answer the delta of `report`, with a MENTIONED_IN link from every node to it.

        Nodes that occur several times (same id) are merged: their evidence is joined and
        later properties win.
        """
        merged: dict[str, Node] = {}
        for node in nodes:
            seen = merged.get(node.id)
            if seen is None:
                merged[node.id] = node
            else:
                merged[node.id] = Node(node.id, node.label, seen.name,
                                       {**seen.properties, **node.properties}, (),
                                       _unique(seen.evidence + node.evidence))
        edges_by_id: dict[str, Edge] = {}
        for edge in edges:
            prior = edges_by_id.get(edge.id)
            if prior is not None:
                edge = Edge(edge.id, edge.type, edge.source, edge.target,
                            {**prior.properties, **edge.properties}, (),
                            _unique(prior.evidence + edge.evidence))
            edges_by_id[edge.id] = edge
        mentions = [
            Edge.make(MENTIONED_IN, node.id, report.id, evidence=node.evidence)
            for node in merged.values()
        ]
        return cls(report, tuple(merged.values()), tuple(edges_by_id.values()) + tuple(mentions))


def _unique(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(evidence))


@dataclass(frozen=True, slots=True)
class Subgraph:
    """A set of nodes and the edges among them, as read from a store."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def node(self, node_id: str) -> Node | None:
        """Answer the node with `node_id`, if present."""
        return next((n for n in self.nodes if n.id == node_id), None)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What writing one delta did."""

    report: str
    nodes: int
    edges: int
    skipped_unchanged: bool = False


@dataclass(frozen=True, slots=True)
class Counts:
    """How many nodes per label and relationships per type a store holds."""

    nodes: dict[str, int]
    edges: dict[str, int]

    @property
    def total_nodes(self) -> int:
        """Answer the number of nodes of all labels."""
        return sum(self.nodes.values())

    @property
    def total_edges(self) -> int:
        """Answer the number of relationships of all types."""
        return sum(self.edges.values())


# ---------------------------------------------------------------------------------------
# The extraction contract (design §5)
# ---------------------------------------------------------------------------------------


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Contract):
    """A stretch of report text by character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EvidenceSpan(_Contract):
    """The sentence that supports a relation or route."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ReportInfo(_Contract):
    """Report metadata as published in the extraction contract."""

    id: str
    title: str = ""
    date: dt.date | None = None
    grading: str | None = None


class Entity(_Contract):
    """An entity found in a report."""

    id: str
    type: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)
    mentions: list[Span] = Field(default_factory=list)


class Relation(_Contract):
    """A typed link between two extracted entities, with its evidence."""

    type: str
    source: str
    target: str
    attributes: dict[str, Any] = Field(default_factory=dict)
    evidence: EvidenceSpan
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Route(_Contract):
    """An ordered journey between locations, with mode and travellers."""

    stops: list[str]
    mode: str | None = None
    travellers: list[str] = Field(default_factory=list)
    evidence: EvidenceSpan


class Extraction(_Contract):
    """Everything extracted from one report (the `extract --json` contract)."""

    report: ReportInfo
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    routes: list[Route] = Field(default_factory=list)
