"""Between report deltas and resolution: the records a delta holds, and the delta rewritten
with one node per resolved entity.

A report read from a document names its people and businesses for itself: each is a
record of its own ("Ardit KOLA in report 17"). Link records (CSV/JSONL) carry the
identities of the system they came from, so their entity ids are kept as record ids
across all their reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ocgmap import ids
from ocgmap.model import MENTIONED_IN, Edge, GraphDelta, Node, PropertyValue
from ocgmap.resolve.names import business_key, person_key
from ocgmap.resolve.records import RESOLVED_TYPES, Record

#: Labels of the identifier nodes a person or business may be linked to (exact values).
_IDENTIFIER_LABELS = frozenset({"Phone", "Vehicle", "Email", "Document", "Account"})
_PLACE_TYPES = frozenset({"LIVES_AT", "LOCATED_AT"})
_BUSINESS_TYPES = frozenset({"EMPLOYED_BY", "OWNS", "CONTROLS", "PAID"})


def is_document_report(delta: GraphDelta) -> bool:
    """Answer whether `delta` is a report read from a document (not link records)."""
    return "format" in delta.report.properties


def record_id(delta: GraphDelta, node: Node) -> str:
    """Answer the record id of `node` as `delta`'s report names it."""
    if not is_document_report(delta):
        return node.id
    return ids.node_id(node.label, f"{delta.report.id}\x1f{node.id}")


@dataclass(frozen=True, slots=True)
class DeltaRecords:
    """The records of one report's delta, by the node id the delta gives them."""

    report: str
    records: dict[str, Record]


def records_of(delta: GraphDelta) -> DeltaRecords:
    """Answer the records of the people and businesses `delta` names, with what it says
    about each."""
    nodes = {n.id: n for n in delta.nodes}
    evidence: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for edge in delta.edges:
        if edge.type == MENTIONED_IN:
            continue
        for own, other in ((edge.source, edge.target), (edge.target, edge.source)):
            node, target = nodes.get(own), nodes.get(other)
            if node is None or target is None or node.label not in RESOLVED_TYPES:
                continue
            kind = _item_kind(node, edge.type, target)
            if kind:
                evidence[own][kind].add(_item_value(target))
    context = {n.id: _context_key(n) for n in delta.nodes
               if n.label in RESOLVED_TYPES | {"Organisation", "Agency"}}
    year = _year(delta.report.properties.get("date"))
    found: dict[str, Record] = {}
    for node in delta.nodes:
        if node.label not in RESOLVED_TYPES:
            continue
        props = node.properties
        items = evidence.get(node.id, {})
        age = props.get("age")
        found[node.id] = Record(
            id=record_id(delta, node), type=node.label, report=delta.report.id,
            name=node.name, aliases=_strings(props.get("aliases")),
            identifiers=frozenset(items.get("identifier", ())),
            addresses=frozenset(items.get("address", ())),
            businesses=frozenset(items.get("business", ())),
            context=frozenset(v for k, v in context.items() if k != node.id and v),
            dob=str(props["dob"]) if props.get("dob") else None,
            birth_year=year - age if year and isinstance(age, int) and 0 < age < 110 else None,
            nationality=str(props["nationality"]) if props.get("nationality") else None,
            official=props.get("official") is True)
    return DeltaRecords(delta.report.id, found)


def _item_kind(node: Node, rel_type: str, target: Node) -> str:
    if target.label in _IDENTIFIER_LABELS:
        return "identifier"
    if rel_type in _PLACE_TYPES and target.label == "Location" and (
            node.label == "Business" or target.properties.get("kind") == "address"):
        return "address"
    if rel_type in _BUSINESS_TYPES and target.label == "Business" and node.label == "Person":
        return "business"
    return ""


def _item_value(node: Node) -> str:
    if node.label == "Business":
        return business_key(node.name).full
    return ids.name_key(node.name)


def _context_key(node: Node) -> str:
    if node.label == "Person":
        key = person_key(node.name)
        return key.full or ""
    return business_key(node.name).full


def _year(value: PropertyValue | None) -> int | None:
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def _strings(value: PropertyValue | None) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return ()


def resolved_delta(delta: GraphDelta, node_ids: Mapping[str, str],
                   names: Mapping[str, str]) -> GraphDelta:
    """Answer `delta` with each person and business node given its entity's id and name.

    `node_ids` maps the delta's node ids to entity ids (nodes not in it keep theirs);
    `names` gives each entity's display name. Each node lists the name this report used
    among its aliases, so a merged entity keeps every name it was known by.
    """
    nodes: list[Node] = []
    for node in delta.nodes:
        target = node_ids.get(node.id)
        if target is None:
            nodes.append(node)
            continue
        props = dict(node.properties)
        aliases = [node.name, *_strings(props.get("aliases"))]
        props["aliases"] = list(dict.fromkeys(aliases))
        nodes.append(Node(target, node.label, names.get(target, node.name), props,
                          node.reports, node.evidence))
    edges = [_moved(edge, node_ids) for edge in delta.edges if edge.type != MENTIONED_IN]
    return GraphDelta.for_report(delta.report, nodes, edges)


def _moved(edge: Edge, node_ids: Mapping[str, str]) -> Edge:
    source = node_ids.get(edge.source, edge.source)
    target = node_ids.get(edge.target, edge.target)
    if (source, target) == (edge.source, edge.target):
        return edge
    # only LEG links carry a key, and they join places, which are never re-identified
    return Edge(ids.relation_id(edge.type, source, target), edge.type, source, target,
                edge.properties, edge.reports, edge.evidence)


def node_id_map(delta: GraphDelta, cluster_of: Mapping[str, str]) -> dict[str, str]:
    """Answer the delta's node id → entity id (the id of its cluster's anchor record)."""
    found: dict[str, str] = {}
    for node in delta.nodes:
        if node.label in RESOLVED_TYPES:
            anchor = cluster_of.get(record_id(delta, node))
            if anchor is not None:
                found[node.id] = anchor
    return found


def display_names(members: Mapping[str, Sequence[Record]]) -> dict[str, str]:
    """Answer anchor → the name to show: a full name before a partial one, forename first
    ("Ardit KOLA" before "KOLA, Ardit"), then the most used, then the longest."""
    names: dict[str, str] = {}
    for anchor, records in members.items():
        counted: dict[str, int] = defaultdict(int)
        for record in records:
            counted[record.name] += 1
        names[anchor] = max(counted, key=lambda n: (_is_full(records[0].type, n), "," not in n,
                                                   counted[n], len(n), n))
    return names


def _is_full(entity_type: str, name: str) -> bool:
    return bool(person_key(name).full) if entity_type == "Person" else True
