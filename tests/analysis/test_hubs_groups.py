"""Hubs and groups on graphs whose answers are known by hand."""

from __future__ import annotations

import networkx as nx
import pytest
from analysis_graphs import person, star, two_groups

from ocgmap.analysis import (
    describe_groups,
    find_groups,
    group_hubs,
    hub_scores,
    membership,
    person_projection,
)
from ocgmap.analysis.projection import MAX_SHARED


def test_the_centre_of_a_star_is_the_top_hub() -> None:
    scores = hub_scores(person_projection(star()))
    top = scores[0]
    assert (top.node, top.name, top.degree, top.betweenness, top.score) == (
        "ardit_kola", "Ardit Kola", 4, 1.0, 1.0)
    assert [s.rank for s in scores] == [1, 2, 3, 4, 5]
    assert all(s.betweenness == 0.0 and s.degree == 1 for s in scores[1:])


def test_the_bridge_between_two_families_has_the_highest_betweenness() -> None:
    scores = {s.node: s for s in hub_scores(person_projection(two_groups()))}
    # 16 of the 28 pairs of the other eight people pass through her; 15 through a1 and b1
    assert scores["loredana_vasile"].betweenness == pytest.approx(16 / 28, abs=1e-6)
    assert scores["a1"].betweenness == pytest.approx(15 / 28, abs=1e-6)
    assert scores["a2"].betweenness == 0.0


def test_shared_identifiers_link_people_but_crowded_ones_do_not() -> None:
    graph = nx.MultiDiGraph()
    for name in ("kola", "hoxha"):
        person(graph, name)
    graph.add_node("phone", label="Phone", name="+447700900123")
    graph.add_node("leeds", label="Location", name="Leeds", kind="city")
    graph.add_node("hostel", label="Location", name="1 Example Road", kind="address")
    for name in ("kola", "hoxha"):
        graph.add_edge(name, "phone", type="USES")
        graph.add_edge(name, "leeds", type="LIVES_AT")
    for i in range(MAX_SHARED + 1):
        person(graph, f"guest{i}")
        graph.add_edge(f"guest{i}", "hostel", type="LIVES_AT")
    projection = person_projection(graph)
    assert projection.edges["kola", "hoxha"]["types"] == {"shared Phone"}  # not the city
    assert not projection.has_edge("guest0", "guest1")


def test_two_families_are_two_groups_with_stable_ids() -> None:
    projection = person_projection(two_groups())
    groups = find_groups(projection, seed=3)
    assert len(groups) == 2
    left, right = {"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}
    found = [set(m) for m in groups.values()]
    assert any(left <= g for g in found) and any(right <= g for g in found)
    assert find_groups(projection, seed=3) == groups
    assert list(groups) == ["C001", "C002"] and len(groups["C001"]) == 5


def test_groups_are_described_by_leaders_and_nationality() -> None:
    graph = two_groups()
    projection = person_projection(graph)
    groups = {"C001": ["a1", "a2", "a3", "a4"], "C002": ["b1", "b2", "b3", "b4"]}
    described = {g.id: g for g in describe_groups(graph, projection, groups)}
    assert described["C001"].nationalities == [("Albanian", 4)]
    assert described["C001"].leaders[0]["node"] == "a1"
    assert described["C002"].leaders[0]["node"] == "b1"
    heads = group_hubs(hub_scores(projection), groups, top=1)
    assert [h.node for h in heads["C002"]] == ["b1"]
    assert membership(groups)["b3"] == "C002"
