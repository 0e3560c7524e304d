"""`shared-identifiers [NAME]`: people tied together by the same phone, vehicle, address,
e-mail, document or account."""

from __future__ import annotations

from ocgmap.graph.store import GraphStore
from ocgmap.model import Edge, Node
from ocgmap.queries.backend import ADDRESS_KIND, IDENTIFIER_LABELS, backend_for
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import SharedIdentifier

PERSON = "Person"


def is_identifier(node: Node) -> bool:
    """Answer whether `node` identifies someone (a town or a country does not)."""
    return node.label in IDENTIFIER_LABELS or (
        node.label == "Location" and node.properties.get("kind") == ADDRESS_KIND)


def shared_identifiers(store: GraphStore, name: str | None = None) -> list[SharedIdentifier]:
    """Which people are linked to the same identifier (of NAME's, when given)?

    Answers one row per identifier linked to at least two people, the people and the
    links, most-shared first. Sharing is shown, never merged: two people on one phone stay
    two people.
    """
    backend = backend_for(store)
    if name is None:
        edges = backend.all_identifier_links()
        focus = None
    else:
        focus = resolve(store, name, {PERSON})
        own = backend.links([focus.id])
        ends = backend.nodes({e.source if e.target == focus.id else e.target for e in own})
        edges = backend.links([i for i, n in ends.items() if is_identifier(n)])
    nodes = backend.nodes({e.source for e in edges} | {e.target for e in edges})
    by_identifier: dict[str, list[tuple[Edge, str]]] = {}
    for edge in edges:
        a, b = nodes[edge.source], nodes[edge.target]
        if a.label == PERSON and is_identifier(b):
            by_identifier.setdefault(b.id, []).append((edge, a.id))
        elif b.label == PERSON and is_identifier(a):
            by_identifier.setdefault(a.id, []).append((edge, b.id))
    rows = []
    for ident, links in by_identifier.items():
        people = {person for _, person in links}
        if len(people) < 2 or (focus is not None and focus.id not in people):
            continue
        rows.append(SharedIdentifier(
            nodes[ident],
            tuple(sorted((nodes[p] for p in people), key=lambda n: (n.name, n.id))),
            tuple(sorted((e for e, _ in links), key=lambda e: e.id))))
    return sorted(rows, key=lambda r: (-len(r.people), r.identifier.label, r.identifier.name,
                                       r.identifier.id))
