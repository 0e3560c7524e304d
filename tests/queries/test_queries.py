"""Every named question, run unchanged on the embedded store and on a real Neo4j over the
same hand-built network (query_graph.py), against answers worked out by hand."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from query_graph import (
    ARBEN,
    CABS,
    DOVER,
    DURRES,
    HOSTILE,
    HOXHA,
    KOLA,
    LEEDS,
    MEHMETI,
    MILL,
    NAILS,
    NETWORK,
    PHONE,
    TIRANA,
    VAN,
    VASILE,
    WOMEN,
    deltas,
)

from neo4j_support import neo4j_or_fail
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore
from ocgmap.queries import (
    AmbiguousName,
    ReportFilter,
    UnknownName,
    businesses_of,
    co_offenders,
    evidence,
    neighbourhood,
    path,
    paths,
    recruited_by,
    resolve,
    search,
    shared_identifiers,
    through,
    timeline,
    victims_of,
)


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    """The store under test, holding the hand-built network."""
    store.write_many(deltas())
    return store


def ids(nodes: object) -> set[str]:
    return {n.id for n in nodes}  # type: ignore[attr-defined]


# -- names -------------------------------------------------------------------------------


def test_names_resolve_by_name_alias_and_id(graph: GraphStore) -> None:
    assert resolve(graph, "  ardit KOLA ").id == KOLA.id
    assert resolve(graph, "bigz").id == KOLA.id
    assert resolve(graph, KOLA.id).id == KOLA.id
    assert resolve(graph, "Dover", {"Location"}).id == DOVER.id


def test_an_unknown_name_suggests_the_closest(graph: GraphStore) -> None:
    with pytest.raises(UnknownName) as caught:
        resolve(graph, "Ardit Kolla")
    assert caught.value.suggestions[0].node.id == KOLA.id
    assert "did you mean: Ardit Kola (Person)" in str(caught.value)


def test_a_shared_name_lists_the_candidates_instead_of_picking(graph: GraphStore) -> None:
    with pytest.raises(AmbiguousName) as caught:
        neighbourhood(graph, "Dover")
    assert ids(caught.value.candidates) == {DOVER.id, CABS.id}
    assert "sector taxi" in str(caught.value) and "kind port" in str(caught.value)


def test_search_scores_names_and_aliases(graph: GraphStore) -> None:
    hits = search(graph, "kola")
    assert {KOLA.id, ARBEN.id, NETWORK.id} <= {h.node.id for h in hits}
    assert all(a.score >= b.score for a, b in pairwise(hits))
    [alias] = search(graph, "Bigz", limit=1)
    assert (alias.node.id, alias.matched, alias.score) == (KOLA.id, "Bigz", 100.0)
    assert search(graph, "zzzzqqq") == []


# -- neighbourhood -----------------------------------------------------------------------


def test_neighbourhood_by_hops(graph: GraphStore) -> None:
    one = neighbourhood(graph, "Ardit Kola")
    assert ids(one.nodes) == {KOLA.id, VASILE.id, PHONE.id, NETWORK.id, MEHMETI.id}
    assert {e.type for e in one.edges} == {"RECRUITED", "TRANSPORTED", "USES", "MEMBER_OF",
                                           "ASSOCIATE_OF"}
    two = neighbourhood(graph, "Ardit Kola", hops=2)
    assert ids(two.nodes) == ids(one.nodes) | {HOXHA.id, WOMEN.id, MILL.id}
    assert all(e.source in ids(two.nodes) and e.target in ids(two.nodes) for e in two.edges)


def test_neighbourhood_filters_labels_types_dates_and_grading(graph: GraphStore) -> None:
    people = neighbourhood(graph, "Ardit Kola", hops=2, labels=["Person"])
    assert ids(people.nodes) == {KOLA.id, VASILE.id, MEHMETI.id, HOXHA.id}
    phones = neighbourhood(graph, "Ardit Kola", hops=2, types=["USES"])
    assert ids(phones.nodes) == {KOLA.id, PHONE.id, HOXHA.id}
    recent = neighbourhood(graph, "Ardit Kola", hops=2, reports=ReportFilter(since="2024-02-01"))
    assert ids(recent.nodes) == {KOLA.id, MEHMETI.id, WOMEN.id, MILL.id}
    good = neighbourhood(graph, "Ardit Kola", hops=2, reports=ReportFilter(grading="B2"))
    assert HOXHA.id not in ids(good.nodes)  # every link to HOXHA comes from the C3 report
    assert ids(good.nodes) == {KOLA.id, VASILE.id, PHONE.id, NETWORK.id, MEHMETI.id,
                               WOMEN.id, MILL.id}
    assert all("R2" not in e.reports for e in good.edges)
    early = neighbourhood(graph, "Ardit Kola", reports=ReportFilter(until="2024-01-31"))
    assert MEHMETI.id not in ids(early.nodes)


@pytest.mark.parametrize("hops", [0, -1, 7, 10**9])
def test_neighbourhood_refuses_hops_out_of_range(graph: GraphStore, hops: int) -> None:
    with pytest.raises(ValueError, match="hops"):
        neighbourhood(graph, "Ardit Kola", hops=hops)


# -- paths -------------------------------------------------------------------------------


def chain(p: object) -> tuple[str, ...]:
    return tuple(e.type for e in p.edges)  # type: ignore[attr-defined]


def test_path_answers_every_shortest_path(graph: GraphStore) -> None:
    found = path(graph, "Ardit Kola", "Bright Nails")
    assert {p.length for p in found.paths} == {3}
    assert sorted(chain(p) for p in found.paths) == sorted([
        ("RECRUITED", "EXPLOITED", "OWNS"), ("TRANSPORTED", "EXPLOITED", "OWNS"),
        ("USES", "USES", "OWNS"), ("MEMBER_OF", "MEMBER_OF", "OWNS"),
        ("ASSOCIATE_OF", "LIVES_AT", "LOCATED_AT")])
    assert not found.truncated
    for p in found.paths:
        assert (p.nodes[0].id, p.nodes[-1].id) == (KOLA.id, NAILS.id)
        for a, b, e in zip(p.nodes, p.nodes[1:], p.edges, strict=False):
            assert {a.id, b.id} == {e.source, e.target}
    first_two = path(graph, "Ardit Kola", "Bright Nails", limit=2)
    assert first_two.truncated and first_two.paths == found.paths[:2]


def test_path_of_unlinked_entities_is_empty(graph: GraphStore) -> None:
    assert path(graph, "Ardit Kola", "Tirana").paths == ()
    assert path(graph, "Ardit Kola", "Bright Nails", max_hops=2).paths == ()


def test_paths_up_to_max_hops_repeat_no_node(graph: GraphStore) -> None:
    two = paths(graph, "Ardit Kola", "Besnik Hoxha", max_hops=2)
    assert sorted(chain(p) for p in two.paths) == sorted([
        ("RECRUITED", "EXPLOITED"), ("TRANSPORTED", "EXPLOITED"), ("USES", "USES"),
        ("MEMBER_OF", "MEMBER_OF")])
    three = paths(graph, "Ardit Kola", "Besnik Hoxha", max_hops=3, limit=100)
    assert sorted(chain(p) for p in three.paths) == sorted(
        [chain(p) for p in two.paths] + [("ASSOCIATE_OF", "LIVES_AT", "LIVES_AT")])
    assert [p.length for p in three.paths] == sorted(p.length for p in three.paths)
    for p in three.paths:
        assert len(ids(p.nodes)) == len(p.nodes)


def test_paths_refuse_bad_bounds(graph: GraphStore) -> None:
    with pytest.raises(ValueError, match="max hops"):
        paths(graph, "Ardit Kola", "Besnik Hoxha", max_hops=0)
    with pytest.raises(ValueError, match="limit"):
        path(graph, "Ardit Kola", "Besnik Hoxha", limit=-3)


# -- people, groups, businesses, places --------------------------------------------------


def test_shared_identifiers(graph: GraphStore) -> None:
    rows = shared_identifiers(graph)
    assert [(r.identifier.id, ids(r.people)) for r in rows] == [
        (MILL.id, {HOXHA.id, MEHMETI.id}), (PHONE.id, {KOLA.id, HOXHA.id}),
        (VAN.id, {HOSTILE.id, ARBEN.id})]
    [mine] = shared_identifiers(graph, "Ardit Kola")
    assert mine.identifier.id == PHONE.id
    assert {e.type for e in mine.edges} == {"USES"} and len(mine.edges) == 2


def test_victims_of_a_person_and_of_a_group(graph: GraphStore) -> None:
    [victim] = victims_of(graph, "Ardit Kola")
    assert victim.node.id == VASILE.id and victim.types == ("RECRUITED", "TRANSPORTED")
    [group_victim] = victims_of(graph, "Kola Network")
    assert group_victim.node.id == VASILE.id
    assert group_victim.types == ("EXPLOITED", "RECRUITED", "TRANSPORTED")
    assert [r.node.id for r in victims_of(graph, "Dritan Mehmeti")] == [WOMEN.id]
    assert victims_of(graph, "Loredana Vasile") == []


def test_recruited_by(graph: GraphStore) -> None:
    assert [r.node.id for r in recruited_by(graph, "Ardit Kola")] == [VASILE.id]
    assert [r.node.id for r in recruited_by(graph, "Dritan Mehmeti")] == [WOMEN.id]
    assert recruited_by(graph, "Besnik Hoxha") == []


def test_businesses_of(graph: GraphStore) -> None:
    [owned] = businesses_of(graph, "Besnik Hoxha")
    assert owned.node.id == NAILS.id and owned.types == ("OWNS",)
    assert [r.node.id for r in businesses_of(graph, "Kola Network")] == [NAILS.id]
    assert businesses_of(graph, "Ardit Kola") == []


def test_co_offenders(graph: GraphStore) -> None:
    rows = co_offenders(graph, "Ardit Kola")
    assert [r.person.id for r in rows] == [HOXHA.id, MEHMETI.id]
    assert len(rows[0].reasons) == 2
    assert any("EXPLOITED Loredana Vasile" in why for why in rows[0].reasons)
    assert rows[1].reasons == ("associate",)


def test_through_a_place(graph: GraphStore) -> None:
    answer = through(graph, "Dover")  # the place, not the taxi firm of the same name
    [journey] = answer.journeys
    assert journey.route == "R-A"
    assert [s.id for s in journey.stops] == [TIRANA.id, DURRES.id, DOVER.id, LEEDS.id]
    assert [e.properties["seq"] for e in journey.legs] == [1, 2, 3]
    assert [t.id for t in journey.travellers] == [WOMEN.id]
    assert [r.node.id for r in answer.linked] == [CABS.id]


# -- time and evidence -------------------------------------------------------------------


def test_timeline_orders_dated_facts_with_their_reports(graph: GraphStore) -> None:
    answer = timeline(graph, "Ardit Kola")
    assert [(e.date, e.type, e.report.id) for e in answer.entries] == [
        ("2024-01-10", "MEMBER_OF", "R1"), ("2024-01-10", "RECRUITED", "R1"),
        ("2024-01-10", "USES", "R1"), ("2024-01-12", "TRANSPORTED", "R1"),
        ("2024-06-01", "ASSOCIATE_OF", "R3")]
    assert answer.entries[3].sentences == ("KOLA drove VASILE to the UK.",)
    assert answer.entries[0].report.grading == "B2P"
    assert answer.undated == 1  # the mention in the undated R4


def test_evidence_behind_a_node_and_a_link(graph: GraphStore) -> None:
    node = evidence(graph, "Ardit Kola")
    assert [(i.report.id, i.sentence) for i in node.items] == [
        ("R1", ""), ("R3", ""), ("R4", "KOLA was seen in Leeds.")]  # undated last
    pair = evidence(graph, "Ardit Kola", "Loredana Vasile")
    assert [(i.edge.type if i.edge else None, i.report.grading, i.sentence)
            for i in pair.items] == [
        ("RECRUITED", "B2P", "KOLA recruited VASILE in Iasi."),
        ("TRANSPORTED", "B2P", "KOLA drove VASILE to the UK.")]
    assert evidence(graph, "Ardit Kola", "Tirana").items == ()


# -- the two stores agree ----------------------------------------------------------------

QUESTIONS: list[tuple[str, Callable[[GraphStore], Any]]] = [
    ("search", lambda s: [m.to_json() for m in search(s, "kola")]),
    ("neighbourhood", lambda s: neighbourhood(s, "Ardit Kola", hops=3).to_json()),
    ("neighbourhood filtered", lambda s: neighbourhood(
        s, "Ardit Kola", hops=2, reports=ReportFilter(since="2024-01-01", grading="B3"))
        .to_json()),
    *[(f"neighbourhood hops {n}", lambda s, n=n: neighbourhood(s, "Ardit Kola", hops=n)
       .to_json()) for n in range(1, 7)],
    ("neighbourhood people", lambda s: neighbourhood(
        s, "Ardit Kola", hops=3, labels=["Person"]).to_json()),
    ("neighbourhood people and phones by USES or ASSOCIATE_OF", lambda s: neighbourhood(
        s, "Ardit Kola", hops=4, labels=["Person", "Phone"], types=["USES", "ASSOCIATE_OF"])
        .to_json()),
    ("neighbourhood early", lambda s: neighbourhood(
        s, "Ardit Kola", hops=3, reports=ReportFilter(until="2024-01-31")).to_json()),
    ("neighbourhood by id", lambda s: neighbourhood(s, KOLA.id, hops=2).to_json()),
    ("neighbourhood of a place", lambda s: neighbourhood(s, "Tirana", hops=2).to_json()),
    ("path", lambda s: path(s, "Ardit Kola", "Bright Nails").to_json()),
    ("paths", lambda s: paths(s, "Ardit Kola", "Besnik Hoxha", max_hops=4, limit=50)
        .to_json()),
    ("shared-identifiers", lambda s: [r.to_json() for r in shared_identifiers(s)]),
    ("victims-of", lambda s: [r.to_json() for r in victims_of(s, "Kola Network")]),
    ("recruited-by", lambda s: [r.to_json() for r in recruited_by(s, "Ardit Kola")]),
    ("businesses-of", lambda s: [r.to_json() for r in businesses_of(s, "Kola Network")]),
    ("co-offenders", lambda s: [r.to_json() for r in co_offenders(s, "Ardit Kola")]),
    ("through", lambda s: through(s, "Dover").to_json()),
    ("timeline", lambda s: timeline(s, "Ardit Kola").to_json()),
    ("evidence", lambda s: evidence(s, "Ardit Kola", "Loredana Vasile").to_json()),
]


@pytest.mark.neo4j
def test_both_stores_give_identical_answers(tmp_path: Path) -> None:
    local = LocalStore(tmp_path / "graph.db")
    remote = neo4j_or_fail()
    try:
        for target in (local, remote):
            target.write_many(deltas())
        for question, ask in QUESTIONS:
            assert ask(local) == ask(remote), question
    finally:
        local.close()
        remote.close()
