"""`victims-of`, `recruited-by`, `businesses-of` and `co-offenders`: what a person or an
organised crime group does, and with whom.

For a group (an Organisation), the questions cover the group itself and its members
(people with a MEMBER_OF link to it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from ocgmap.graph.store import GraphStore
from ocgmap.model import Edge, Node
from ocgmap.queries.backend import Backend, backend_for
from ocgmap.queries.common import other_end
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import CoOffender, Linked

#: The Palermo acts, and control, that make their target a victim.
ACTS = ("CONTROLS", "EXPLOITED", "HARBOURED", "RECRUITED", "TRANSPORTED")
VICTIM_LABELS = frozenset({"Person", "VictimGroup"})
OFFENDER_LABELS = frozenset({"Person", "Organisation", "Business"})


def subjects(backend: Backend, node: Node) -> set[str]:
    """Answer `node`'s id, plus its members' ids when it is an organisation."""
    found = {node.id}
    if node.label == "Organisation":
        members = [e.source for e in backend.links([node.id], ["MEMBER_OF"])
                   if e.target == node.id]
        found.update(i for i, n in backend.nodes(members).items() if n.label == "Person")
    return found


def linked(backend: Backend, ids: set[str], types: Collection[str] | None,
           keep: Callable[[Edge, Node], bool]) -> list[Linked]:
    """Answer the nodes outside `ids` linked to them by `types` links that `keep` accepts,
    with those links, by name."""
    edges = backend.links(ids, types)
    ends = {e.id: other_end(e, ids) for e in edges}
    nodes = backend.nodes({end for end in ends.values() if end is not None})
    grouped: dict[str, list[Edge]] = {}
    for edge in edges:
        end = ends[edge.id]
        if end is not None and keep(edge, nodes[end]):
            grouped.setdefault(end, []).append(edge)
    rows = [Linked(nodes[end], tuple(links)) for end, links in grouped.items()]
    return sorted(rows, key=lambda r: (r.node.name, r.node.id))


def victims_of(store: GraphStore, name: str) -> list[Linked]:
    """Whom did NAME (or the group NAME and its members) recruit, transport, harbour,
    exploit or control?

    Answers each victim (a person or a victim group) with the links that say so.
    """
    node = resolve(store, name, OFFENDER_LABELS)
    backend = backend_for(store)
    ids = subjects(backend, node)
    return linked(backend, ids, ACTS,
                  lambda edge, other: edge.source in ids and other.label in VICTIM_LABELS)


def recruited_by(store: GraphStore, name: str) -> list[Linked]:
    """Whom did NAME (or the group NAME and its members) recruit?"""
    node = resolve(store, name, OFFENDER_LABELS)
    backend = backend_for(store)
    ids = subjects(backend, node)
    return linked(backend, ids, ["RECRUITED"], lambda edge, _: edge.source in ids)


def businesses_of(store: GraphStore, name: str) -> list[Linked]:
    """Which businesses is NAME (or the group NAME and its members) linked to, and how
    (owns, controls, employed by, pays, …)?"""
    node = resolve(store, name, OFFENDER_LABELS | VICTIM_LABELS)
    backend = backend_for(store)
    return linked(backend, subjects(backend, node), None,
                  lambda _, other: other.label == "Business")


def co_offenders(store: GraphStore, name: str) -> list[CoOffender]:
    """Who offends alongside NAME?

    Other people who acted on one of NAME's victims, who belong to one of NAME's groups,
    or who are recorded as NAME's associates; most reasons first.
    """
    person = resolve(store, name, {"Person"})
    backend = backend_for(store)
    reasons: dict[str, set[str]] = {}
    own = backend.links([person.id])
    victims = {e.target for e in own if e.type in ACTS and e.source == person.id}
    groups = {e.target for e in own if e.type == "MEMBER_OF" and e.source == person.id}
    named = backend.nodes(victims | groups)
    for edge in backend.links(victims, ACTS):
        if edge.target in victims and edge.source != person.id:
            victim = named[edge.target]
            reasons.setdefault(edge.source, set()).add(
                f"{edge.type} {victim.name} too")
    for edge in backend.links(groups, ["MEMBER_OF"]):
        if edge.target in groups and edge.source != person.id:
            group = named[edge.target]
            reasons.setdefault(edge.source, set()).add(f"member of {group.name}")
    for edge in own:
        if edge.type == "ASSOCIATE_OF":
            end = other_end(edge, {person.id})
            if end is not None:
                reasons.setdefault(end, set()).add("associate")
    people = backend.nodes(reasons)
    rows = [CoOffender(people[i], tuple(sorted(why))) for i, why in reasons.items()
            if people[i].label == "Person"]
    return sorted(rows, key=lambda r: (-len(r.reasons), r.person.name, r.person.id))
