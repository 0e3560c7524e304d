"""Analysis results say which positions hang on an unconfirmed resolution decision."""

from __future__ import annotations

from pathlib import Path

from ocgmap.graph.local import LocalStore
from ocgmap.model import Edge, GraphDelta, Node
from ocgmap.resolve.sensitivity import dependences
from ocgmap.resolve.service import StoreResolver


def report(rid: str, hub: str, other: str, phone: str | None,
           context: str | None = None) -> GraphDelta:
    props = {"format": "txt", "origin": f"/r/{rid}.txt", "content_hash": rid}
    a, b = Node.make("Person", hub), Node.make("Person", other)
    nodes, edges = [a, b], [Edge.make("CONTROLS", a.id, b.id)]
    if phone:
        p = Node.make("Phone", phone)
        nodes.append(p)
        edges.append(Edge.make("USES", a.id, p.id))
    if context:
        nodes.append(Node.make("Person", context))
    return GraphDelta.for_report(Node(rid, "Report", rid, props), nodes, edges)


def test_a_hub_made_by_automatic_merges_is_flagged(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "g.db")
    resolver = StoreResolver(store)
    resolver.write_many([report(f"R{i}", "Ardit KOLA", f"Victim {i}", "+447700900123")
                         for i in range(4)])
    (hub,) = store.find_nodes("Ardit KOLA", "Person")
    found = dependences(store.to_networkx(), resolver, [hub.id])
    (dependence,) = found
    assert dependence.kind == "automatic merge"
    assert (dependence.degree, dependence.degree_otherwise) == (5, 2)  # 4 victims + phone


def test_a_confirmed_merge_is_not_flagged(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "g.db")
    resolver = StoreResolver(store)
    resolver.write_many([report(f"R{i}", "Ardit KOLA", f"Victim {i}", None) for i in range(3)])
    ids = [n.id for n in store.find_nodes("Ardit KOLA", "Person")]
    resolver.judge("merge", ids[:2], "analyst", "")
    merged = resolver.entity_of(resolver.records_of(ids[0])[0].id)
    resolver.judge("merge", [merged or ids[0], ids[2]], "analyst", "")
    (hub,) = store.find_nodes("Ardit KOLA", "Person")
    assert dependences(store.to_networkx(), resolver, [hub.id]) == []


def test_a_suggestion_that_would_double_a_degree_is_flagged(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "g.db")
    resolver = StoreResolver(store)
    resolver.write_many([report("R1", "Dritan LEKA", "Victim 1", None, "Loredana Vasile"),
                         report("R2", "Dritan LEKA", "Victim 2", None, "Loredana Vasile")])
    first, second = store.find_nodes("Dritan LEKA", "Person")
    found = dependences(store.to_networkx(), resolver, [first.id])
    assert [(d.kind, d.other, d.degree, d.degree_otherwise) for d in found] == [
        ("suggested merge", second.id, 1, 2)]
