"""Resolution kept with a store (both stores): one node per entity, decisions that rewrite
the graph, persist, and can be undone."""

from __future__ import annotations

import hashlib

from ocgmap.graph.store import GraphStore
from ocgmap.ids import node_id
from ocgmap.model import Edge, Evidence, GraphDelta, Node
from ocgmap.resolve import ledger
from ocgmap.resolve.service import StoreResolver


def report(rid: str, people: dict[str, dict[str, str]]) -> GraphDelta:
    """A document report naming `people` (name → {"phone": …, "address": …, "car": …})."""
    props = {"format": "txt", "origin": f"/reports/{rid}.txt", "date": "2024-03-01",
             "content_hash": hashlib.sha256(f"{rid}{people}".encode()).hexdigest()}
    nodes: list[Node] = []
    edges: list[Edge] = []
    for name, facts in people.items():
        who = Node.make("Person", name)
        nodes.append(Node(who.id, "Person", name, {},
                          evidence=(Evidence(rid, f"{name} was seen.", 0, 10),)))
        for kind, label, rel in (("phone", "Phone", "USES"), ("address", "Location", "LIVES_AT"),
                                 ("car", "Vehicle", "USES")):
            if kind in facts:
                props_ = {"kind": "address"} if label == "Location" else {}
                thing = Node.make(label, facts[kind], props_)
                nodes.append(thing)
                edges.append(Edge.make(rel, who.id, thing.id, {},
                                       [Evidence(rid, f"{name} and {facts[kind]}.", 0, 10)]))
    return GraphDelta.for_report(Node(rid, "Report", rid, props), nodes, edges)


def people(store: GraphStore, name: str) -> list[Node]:
    return sorted(store.find_nodes(name, "Person"), key=lambda n: n.reports)


def links_of(store: GraphStore, node: Node) -> set[tuple[str, str]]:
    graph = store.subgraph()
    names = {n.id: n.name for n in graph.nodes}
    return {(e.type, names[e.target]) for e in graph.edges if e.source == node.id}


A = report("A", {"Ardit KOLA": {"phone": "+447700900123"}})
B = report("B", {"KOLA, Ardit": {"phone": "+447700900123", "car": "AB12 CDE"}})
C = report("C", {"Ardit Kola": {"address": "12 Hagley Road, Birmingham"}})


def test_same_name_and_phone_become_one_node_keeping_every_name(store: GraphStore) -> None:
    StoreResolver(store).write_many([A, B])
    (kola,) = people(store, "Ardit KOLA")
    assert set(kola.reports) == {"A", "B"}
    assert {"Ardit KOLA", "KOLA, Ardit"} <= set(kola.properties["aliases"])  # type: ignore[arg-type]
    assert links_of(store, kola) == {("USES", "+447700900123"), ("USES", "AB12 CDE")}
    before = store.counts()
    StoreResolver(store).write_many([A, B])  # the same reports again change nothing
    assert store.counts() == before


def test_same_name_alone_stays_two_nodes_until_an_analyst_merges(store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A, C])
    first, second = people(store, "Ardit Kola")
    (suggestion,) = resolver.suggestions()
    assert {suggestion.a, suggestion.b} == {first.id, second.id}
    judgement = resolver.judge("merge", [first.id, second.id], "analyst", "same DOB on PNC")
    assert (judgement.who, judgement.why) == ("analyst", "same DOB on PNC")
    (kola,) = people(store, "Ardit Kola")
    assert set(kola.reports) == {"A", "C"}
    assert links_of(store, kola) == {("USES", "+447700900123"),
                                     ("LIVES_AT", "12 Hagley Road, Birmingham")}
    assert StoreResolver(store).suggestions() == []


def test_split_restores_one_node_per_report_with_its_own_links(store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A, B, C])
    first, second = people(store, "Ardit Kola")
    merged = first if len(first.reports) == 2 else second
    resolver.judge("split", [merged.id], "analyst", "two brothers")
    nodes = people(store, "Ardit Kola") + people(store, "KOLA, Ardit")
    assert sorted(len(n.reports) for n in nodes) == [1, 1, 1]
    by_report = {n.reports[0]: links_of(store, n) for n in nodes}
    assert by_report["A"] == {("USES", "+447700900123")}
    assert by_report["B"] == {("USES", "+447700900123"), ("USES", "AB12 CDE")}
    # the split is kept: a later ingest does not merge them again
    later = StoreResolver(store)
    later.write_many([report("D", {"Loredana VASILE": {}})])
    assert len(people(store, "Ardit Kola") + people(store, "KOLA, Ardit")) == 3


def test_a_rejected_pair_is_never_suggested_again(store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A, C])
    first, second = people(store, "Ardit Kola")
    resolver.judge("reject", [first.id, second.id], "analyst", "different men")
    assert StoreResolver(store).suggestions() == []
    # the latest judgement wins: merging after rejecting merges
    StoreResolver(store).judge("merge", [first.id, second.id], "analyst", "new intelligence")
    assert len(people(store, "Ardit Kola")) == 1
    assert [j.kind for j in StoreResolver(store).judgements] == ["reject", "merge"]


def test_a_report_that_joins_two_entities_rewrites_them_and_retracting_it_parts_them(
        store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A])
    resolver.write_many([C])
    assert len(people(store, "Ardit Kola")) == 2
    bridge = report("E", {"Ardit Kola": {"phone": "+447700900123",
                                         "address": "12 Hagley Road, Birmingham"}})
    resolver.write_many([bridge])
    (kola,) = people(store, "Ardit Kola")
    assert set(kola.reports) == {"A", "C", "E"}
    resolver.retract_report("E")
    resolver.finish()
    assert sorted(n.reports for n in people(store, "Ardit Kola")) == [("A",), ("C",)]


def test_an_interrupted_rewrite_is_finished_by_the_next_resolver(store: GraphStore) -> None:
    StoreResolver(store).write_many([A, B])
    expected = store.counts()
    # as if killed between retracting report B and writing it back
    store.ledger_put(ledger.APPLIED, {"B": ""})
    store.retract_report("B")
    StoreResolver(store)
    assert store.counts() == expected


def test_a_judgement_on_records_no_longer_stored_is_reported(store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A, C])
    first, second = people(store, "Ardit Kola")
    judgement = resolver.judge("merge", [first.id, second.id], "analyst", "")
    resolver.retract_report("C")
    resolver.finish()
    later = StoreResolver(store)
    assert len(later.stale(later.judgements[0])) == 1 and judgement.kind == "merge"
    assert [n.reports for n in people(store, "Ardit Kola")] == [("A",)]


def test_hostile_names_resolve_and_read_back_unchanged(store: GraphStore) -> None:
    hostile = "Ardit'}) DETACH DELETE nodes // KOLA"
    delta = report("H", {hostile: {"phone": "+447700900999"}, "<script>x</script> Kola": {}})
    StoreResolver(store).write_many([delta, report("H2", {hostile: {"phone": "+447700900999"}})])
    (node,) = store.find_nodes(hostile, "Person")
    assert node.name == hostile and set(node.reports) == {"H", "H2"}
    assert store.get_node(node_id("Phone", "+447700900999")) is not None


def test_accepting_suggestions_records_one_merge_each(store: GraphStore) -> None:
    resolver = StoreResolver(store)
    resolver.write_many([A, C, report("F", {"Ardit Kola": {"car": "XY99 ZZZ"}})])
    assert len(people(store, "Ardit Kola")) == 3
    made = resolver.accept(0.4, "analyst")  # bare name matches score under 0.5
    assert made and all(j.kind == "merge" and j.who == "analyst" for j in made)
    (kola,) = people(store, "Ardit Kola")
    assert set(kola.reports) == {"A", "C", "F"}
    assert StoreResolver(store).suggestions() == []
