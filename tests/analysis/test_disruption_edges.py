"""Disruption curves, the smallest fragmenting set, and degenerate graphs."""

from __future__ import annotations

import networkx as nx
import pytest
from analysis_graphs import person, two_groups

from ocgmap.analysis import (
    brokerage,
    corridors,
    find_groups,
    find_node,
    fragment_group,
    hub_scores,
    person_projection,
    recruiters,
    simulate,
    transit_points,
)
from ocgmap.errors import NodeNotFound


def test_removing_the_bridge_splits_the_network() -> None:
    curve = simulate(person_projection(two_groups()), "betweenness", k=1)
    before, after = curve.steps
    assert (before.largest_component, before.largest_share) == (9, 1.0)
    assert (after.removed, after.largest_component) == ("loredana_vasile", 4)
    assert after.efficiency == pytest.approx(24 / 56, abs=1e-6)  # two cliques of four


def test_degree_strategy_breaks_ties_by_id_and_leaders_follow_the_given_order() -> None:
    projection = person_projection(two_groups())
    assert [s.removed for s in simulate(projection, "degree", k=2).steps[1:]] == ["a1", "b1"]
    curve = simulate(projection, "leaders", k=3, leaders=["b2", "missing"])
    assert [s.removed for s in curve.steps[1:]] == ["b2"]
    recomputed = simulate(projection, "betweenness-recomputed", k=2)
    assert recomputed.steps[1].removed == "loredana_vasile"
    with pytest.raises(ValueError, match="unknown strategy"):
        simulate(projection, "random", k=1)


def test_the_smallest_fragmenting_set_is_found() -> None:
    projection = person_projection(two_groups())
    split = fragment_group(projection, projection.nodes)
    assert (split.removed, split.largest_after, split.achieved, split.exhaustive) == (
        ["loredana_vasile"], 4, True, True)
    clique = fragment_group(projection, ["a1", "a2", "a3", "a4"])
    # in a clique of four only removals shrink it: two leave a part of two, half the group
    assert (clique.removed, clique.largest_after) == (["a1", "a2"], 2)


def test_empty_one_node_and_disconnected_graphs_give_clear_answers() -> None:
    empty = nx.MultiDiGraph()
    projection = person_projection(empty)
    assert hub_scores(projection) == [] and find_groups(projection) == {}
    assert corridors(empty) == [] and transit_points(empty) == [] and recruiters(empty) == []
    assert brokerage(projection, {}) == []
    assert simulate(projection, "degree", k=3).steps[0].largest_component == 0
    one = nx.MultiDiGraph()
    person(one, "ardit_kola")
    [only] = hub_scores(person_projection(one))
    assert (only.rank, only.degree, only.betweenness) == (1, 0, 0.0)
    assert find_groups(person_projection(one)) == {}  # a group needs two people
    apart = nx.union(two_groups(), nx.relabel_nodes(two_groups(), lambda n: f"x_{n}"))
    curve = simulate(person_projection(apart), "betweenness", k=1)
    assert curve.steps[0].largest_share == 0.5


def test_a_missing_name_suggests_close_names() -> None:
    graph = two_groups()
    assert find_node(graph, "LOREDANA vasile") == "loredana_vasile"
    with pytest.raises(NodeNotFound, match="did you mean: Loredana Vasile"):
        find_node(graph, "Loredana Vasille")
    with pytest.raises(NodeNotFound, match=r"^no node named 'Nobody'$"):
        find_node(graph, "Nobody")
