"""The store contract, run unchanged against the local store and a real Neo4j."""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing
from pathlib import Path

import networkx as nx
import pytest

from graphs import HOXHA, KOLA, LEEDS, PHONE, VICTIM, link, person, r1, r2, report
from ocgmap.errors import NodeNotFound
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore
from ocgmap.model import Evidence, GraphDelta, Node


def snapshot(store: GraphStore) -> tuple[object, ...]:
    """Everything a store holds, in a comparable form."""
    graph = store.subgraph(include_reports=True)
    return graph.nodes, graph.edges


def test_written_facts_read_back_with_provenance(store: GraphStore) -> None:
    store.write(r1())
    node = store.get_node(KOLA.id)
    assert node is not None
    assert (node.label, node.name, node.reports) == ("Person", "Ardit Kola", ("R1",))
    assert node.properties == {"roles": ["transporter"]}
    [uses] = [e for e in store.neighbourhood(KOLA.id).edges if e.type == "USES"]
    assert uses.evidence == (Evidence("R1", "KOLA uses 07700 900123.", 0, 23),)
    counts = store.counts()
    assert counts.nodes == {"Person": 3, "Phone": 1, "Report": 1}
    assert counts.edges == {"TRANSPORTED": 1, "USES": 1, "RECRUITED": 1, "MENTIONED_IN": 4}


def test_node_evidence_comes_from_its_mentions(store: GraphStore) -> None:
    said = Evidence("R9", "Ardit KOLA (34) was stopped at Dover.", 10, 47)
    kola = Node(KOLA.id, "Person", "Ardit Kola", {}, (), (said,))
    store.write(GraphDelta.for_report(report("R9"), [kola], []))
    found = store.get_node(KOLA.id)
    assert found is not None and found.evidence == (said,)


def test_find_nodes_ignores_case_accents_and_spacing(store: GraphStore) -> None:
    store.write(r1())
    assert [n.id for n in store.find_nodes("  ardit   KOLA ")] == [KOLA.id]
    assert store.find_nodes("Ardit Kola", label="Phone") == []
    assert store.find_nodes("Nobody") == []
    assert store.get_node("person:missing") is None


def test_writing_the_same_report_twice_changes_nothing(store: GraphStore) -> None:
    first = store.write(r1())
    before = snapshot(store)
    again = store.write(r1())
    assert not first.skipped_unchanged and again.skipped_unchanged
    delta = r1()
    unhashed = GraphDelta.for_report(report("R1"), delta.nodes, delta.edges[:3])
    store.write(unhashed)  # no content hash: written again, must still be idempotent
    assert snapshot(store) == before


def test_facts_from_two_reports_merge_and_list_properties_union(store: GraphStore) -> None:
    store.write(r1())
    store.write(r2())
    hoxha = store.get_node(HOXHA.id)
    assert hoxha is not None
    assert hoxha.reports == ("R1", "R2")
    assert hoxha.properties["roles"] == ["recruiter", "controller"]
    [uses] = [e for e in store.neighbourhood(KOLA.id).edges if e.type == "USES"]
    assert uses.reports == ("R1", "R2")
    assert [e.report for e in uses.evidence] == ["R1", "R2"]


def test_retract_removes_only_what_the_report_alone_supports(store: GraphStore) -> None:
    store.write(r1())
    store.write(r2())
    assert store.retract_report("R1") is True
    assert store.get_node("R1") is None
    assert store.get_node(VICTIM.id) is None  # only R1 mentioned the victim
    kola = store.get_node(KOLA.id)
    assert kola is not None and kola.reports == ("R2",)
    graph = store.neighbourhood(KOLA.id)
    assert {e.type for e in graph.edges} == {"USES"}
    [uses] = graph.edges
    assert uses.reports == ("R2",)
    assert [e.report for e in uses.evidence] == ["R2"]
    assert store.counts().nodes == {"Person": 2, "Phone": 1, "Location": 1, "Report": 1}
    assert store.retract_report("R1") is False


def test_retract_then_rewrite_restores_the_same_graph(store: GraphStore) -> None:
    store.write(r1())
    store.write(r2())
    before = snapshot(store)
    store.retract_report("R2")
    store.write(r2())
    assert snapshot(store) == before


def test_neighbourhood_hops_and_filters(store: GraphStore) -> None:
    store.write(r1())
    store.write(r2())
    one = store.neighbourhood(KOLA.id, hops=1)
    assert {n.id for n in one.nodes} == {KOLA.id, VICTIM.id, PHONE.id}
    two = store.neighbourhood(KOLA.id, hops=2)
    assert {n.id for n in two.nodes} == {KOLA.id, VICTIM.id, PHONE.id, HOXHA.id}
    three = store.neighbourhood(KOLA.id, hops=3)
    assert LEEDS.id in {n.id for n in three.nodes}
    assert all(e.type != "MENTIONED_IN" for e in three.edges)
    people = store.neighbourhood(KOLA.id, hops=3, labels=["Person"])
    assert {n.id for n in people.nodes} == {KOLA.id, VICTIM.id, HOXHA.id}
    moved = store.neighbourhood(KOLA.id, hops=2, types=["TRANSPORTED"])
    assert {n.id for n in moved.nodes} == {KOLA.id, VICTIM.id}
    assert [e.type for e in moved.edges] == ["TRANSPORTED"]


def test_neighbourhood_rejects_unknown_nodes_and_bad_hops(store: GraphStore) -> None:
    store.write(r1())
    with pytest.raises(NodeNotFound):
        store.neighbourhood("person:nobody")
    for hops in (0, -1, 99):
        with pytest.raises(ValueError, match="hops"):
            store.neighbourhood(KOLA.id, hops=hops)


def test_to_networkx_has_labels_properties_and_keyed_edges(store: GraphStore) -> None:
    store.write(r1())
    graph = store.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 3
    assert graph.nodes[KOLA.id]["label"] == "Person"
    assert graph.nodes[KOLA.id]["roles"] == ["transporter"]
    [(key, data)] = graph[KOLA.id][VICTIM.id].items()
    assert key.startswith("rel:") and data["type"] == "TRANSPORTED"
    assert "R1" not in graph  # reports are left out unless asked for
    assert "R1" in store.to_networkx(include_reports=True)


HOSTILE = [
    "'}) DETACH DELETE n //",
    "`Person`",
    "<script>alert(1)</script>",
    "Ardit \U0001f600 Kola \u00e9\u0301",
    "x" * 10_000,
    'Robert"); DROP TABLE nodes;--',
]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_are_data_stored_byte_for_byte(store: GraphStore, name: str) -> None:
    store.write(r1())
    before = snapshot(store)
    who = person(name)
    store.write(GraphDelta.for_report(report("R-hostile"), [who, KOLA], [
        link("ASSOCIATE_OF", who, KOLA, "R-hostile", f"{name} met KOLA.")]))
    found = store.get_node(who.id)
    assert found is not None and found.name == name
    [edge] = [e for e in store.neighbourhood(who.id).edges]
    assert edge.evidence[0].sentence == f"{name} met KOLA."
    store.retract_report("R-hostile")
    assert snapshot(store) == before


def test_both_stores_hold_the_same_graph(tmp_path: object) -> None:
    from neo4j_support import neo4j_or_fail
    from ocgmap.graph.local import LocalStore

    neo = neo4j_or_fail()
    local = LocalStore(f"{tmp_path}/parity.db")
    for target in (local, neo):
        target.write(r1())
        target.write(r2())
        target.retract_report("R1")
        target.write(r1())
    assert snapshot(local) == snapshot(neo)
    assert local.counts() == neo.counts()
    neo.close()
    local.close()


def test_reports_are_found_by_the_file_they_came_from(store: GraphStore) -> None:
    for rid, origin in (("R1", "/data/a.txt"), ("R2", "/data/a.txt"), ("R3", "/data/b.txt")):
        node = Node(rid, "Report", rid, {"origin": origin})
        store.write(GraphDelta.for_report(node, [KOLA], []))
    assert store.reports_from("/data/a.txt") == ["R1", "R2"]
    assert store.reports_from("/data/nowhere.txt") == []


def property_reports() -> list[GraphDelta]:
    """Three reports that give KOLA and his link to Victim A declared scalar, declared list
    and undeclared properties, some repeated, some changed, some left out."""
    kolas = [person("Ardit Kola", roles=["transporter"], age=34, nickname="Bigz"),
             person("Ardit Kola", roles=["controller", "transporter"]),
             person("Ardit Kola", age=35, roles=["recruiter"])]
    links = [{"purpose": "labour", "means": ["debt"], "venue": "car wash"},
             {"means": ["threats", "debt"]},
             {"purpose": "criminal"}]
    # HOXHA comes first and has the properties KOLA has last: a store that grouped rows by
    # the properties they carry would write KOLA's third row before his first
    hoxha = person("Besnik Hoxha", roles=["recruiter"], age=50)
    return [GraphDelta.for_report(report(f"R-p{i}"), [hoxha, kola, VICTIM], [
        link("EXPLOITED", kola, VICTIM, f"R-p{i}", f"Sentence {i}.", **props)])
        for i, (kola, props) in enumerate(zip(kolas, links, strict=True))]


def test_properties_merge_in_report_order_whether_written_one_by_one_or_together(
        store: GraphStore) -> None:
    for delta in property_reports():
        store.write(delta)
    kola = store.get_node(KOLA.id)
    assert kola is not None
    assert kola.properties == {"roles": ["transporter", "controller", "recruiter"],
                               "age": 35, "nickname": "Bigz"}
    [exploited] = store.neighbourhood(KOLA.id).edges
    assert exploited.properties == {"purpose": "criminal", "means": ["debt", "threats"],
                                    "venue": "car wash"}
    assert exploited.reports == ("R-p0", "R-p1", "R-p2")
    one_by_one = snapshot(store)
    store.clear()
    store.write_many(property_reports())  # one transaction
    assert snapshot(store) == one_by_one


# -- the local store's own file ------------------------------------------------------


def evidence_rows(path: object) -> list[tuple[object, ...]]:
    """The evidence table of a local store file, straight from SQLite."""
    with closing(sqlite3.connect(str(path))) as db:
        return db.execute("SELECT fact, report, start, end FROM evidence ORDER BY 1, 2, 3"
                          ).fetchall()


def test_local_store_made_by_an_older_version_still_keeps_evidence_unique(
        tmp_path: Path) -> None:
    # stores made before the evidence table lost its rowid keep their UNIQUE constraint
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(str(path))) as db:
        db.execute("CREATE TABLE evidence (fact TEXT NOT NULL, report TEXT NOT NULL, "
                   "start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL, "
                   "UNIQUE (fact, report, start, end))")
    with LocalStore(path) as store:
        store.write(r1())
        store.write(r2())
        once = evidence_rows(path)
        store.write(GraphDelta.for_report(report("R1"), r1().nodes, r1().edges))  # no hash
        assert evidence_rows(path) == once
        assert len(once) == 5  # one sentence per link of R1 and R2


def test_local_store_writes_several_reports_whole_or_not_at_all(tmp_path: Path) -> None:
    broken = person("Besnik Hoxha", notes=object())  # cannot be stored: fails mid-write
    with LocalStore(tmp_path / "graph.db") as store:
        store.write(r1())
        before = snapshot(store)
        with pytest.raises(TypeError):
            store.write_many([r2(), GraphDelta.for_report(report("R3"), [KOLA, broken], [])])
        assert snapshot(store) == before  # R2, written before the failure, is gone too
        assert gc.isenabled()  # the collector paused for the write runs again
        gc.disable()
        try:
            store.write(r2())
            assert not gc.isenabled()  # and a caller's own choice is left alone
        finally:
            gc.enable()
        assert store.get_node("R2") is not None


def test_local_store_merges_properties_across_the_statements_of_one_transaction(
        tmp_path: Path) -> None:
    with LocalStore(tmp_path / "one.db") as one_by_one:
        for delta in property_reports():
            one_by_one.write(delta)
        expected = snapshot(one_by_one)
    # two rows per statement: KOLA's three rows, all in one transaction, land in
    # different statements, each merging onto what the one before wrote
    with LocalStore(tmp_path / "small.db", batch_size=2) as small:
        small.write_many(property_reports())
        assert snapshot(small) == expected
