"""What resolution keeps in the store's ledger, as JSON: each report's records and its
delta as read (before resolution), the analysts' judgements, and the entities each stored
report was last written with.

Keeping the delta as read lets any later decision (a merge, a split, a new report that
joins two entities) rewrite the reports concerned without reading or extracting them
again.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ocgmap.graph.store import GraphStore
from ocgmap.model import Edge, Evidence, GraphDelta, Node
from ocgmap.resolve.records import Judgement, Record

RECORDS = "resolve.records"
DELTAS = "resolve.delta"
JUDGEMENTS = "resolve.judgement"
APPLIED = "resolve.applied"


def dump_records(records: list[Record]) -> str:
    """Answer the JSON of one report's records."""
    return json.dumps([_record_json(r) for r in records], ensure_ascii=False)


def load_records(text: str) -> list[Record]:
    """Answer the records in `dump_records` JSON."""
    found = []
    for item in json.loads(text):
        for key in ("identifiers", "addresses", "businesses", "context"):
            item[key] = frozenset(item.get(key, ()))
        item["aliases"] = tuple(item.get("aliases", ()))
        found.append(Record(**item))
    return found


def _record_json(record: Record) -> dict[str, Any]:
    data = asdict(record)
    for key in ("identifiers", "addresses", "businesses", "context"):
        data[key] = sorted(data[key])
    return {k: v for k, v in data.items() if v not in (None, (), [], 0) or k == "seq"}


def dump_judgement(judgement: Judgement) -> str:
    """Answer the JSON of a judgement."""
    return json.dumps(asdict(judgement), ensure_ascii=False)


def load_judgement(text: str) -> Judgement:
    """Answer the judgement in `dump_judgement` JSON."""
    data = json.loads(text)
    data["records"] = tuple(data["records"])
    data["labels"] = tuple(data.get("labels", ()))
    return Judgement(**data)


def dump_delta(delta: GraphDelta) -> str:
    """Answer the JSON of a report's delta (its Report node, nodes and links)."""
    return json.dumps({"report": _node_json(delta.report),
                       "nodes": [_node_json(n) for n in delta.nodes],
                       "edges": [_edge_json(e) for e in delta.edges]}, ensure_ascii=False)


def load_delta(text: str) -> GraphDelta:
    """Answer the delta in `dump_delta` JSON."""
    data = json.loads(text)
    return GraphDelta(_node(data["report"]), tuple(_node(n) for n in data["nodes"]),
                      tuple(_edge(e) for e in data["edges"]))


def _node_json(node: Node) -> dict[str, Any]:
    return {"id": node.id, "label": node.label, "name": node.name, "props": node.properties,
            "evidence": [e.to_json() for e in node.evidence]}


def _edge_json(edge: Edge) -> dict[str, Any]:
    return {"id": edge.id, "type": edge.type, "source": edge.source, "target": edge.target,
            "props": edge.properties, "evidence": [e.to_json() for e in edge.evidence]}


def _node(data: dict[str, Any]) -> Node:
    return Node(data["id"], data["label"], data["name"], data["props"], (),
                tuple(Evidence.from_json(e) for e in data["evidence"]))


def _edge(data: dict[str, Any]) -> Edge:
    return Edge(data["id"], data["type"], data["source"], data["target"], data["props"], (),
                tuple(Evidence.from_json(e) for e in data["evidence"]))


def stored_judgements(store: GraphStore) -> list[Judgement]:
    """Answer every judgement in `store`, oldest first."""
    found = [load_judgement(v) for v in store.ledger_get(JUDGEMENTS).values()]
    return sorted(found, key=lambda j: j.seq)
