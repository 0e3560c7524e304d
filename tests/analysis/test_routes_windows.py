"""Corridors, transit points and time windows."""

from __future__ import annotations

import pytest
from analysis_graphs import routes, two_groups

from ocgmap.analysis import analysis_graph, corridors, transit_points
from ocgmap.analysis.routes import journeys_through
from ocgmap.errors import NodeNotFound


def test_journeys_with_the_same_stops_make_one_corridor() -> None:
    graph = analysis_graph(routes())
    first, second = corridors(graph)
    assert (first.origin, first.transit, first.destination) == ("Fier", ["Calais", "Dover"],
                                                                "Leeds")
    assert (first.journeys, first.routes, first.modes) == (2, ["J1", "J2"], ["lorry"])
    assert first.people == 4  # a group of three and one woman
    assert (first.first, first.last) == ("2024-01-10", "2024-05-02")
    assert (second.origin, second.journeys, second.people) == ("Hanoi", 1, 0)


def test_transit_points_rank_by_betweenness_on_the_movement_graph() -> None:
    points = transit_points(analysis_graph(routes()))
    # six of the twenty ordered pairs of places pass through Calais, six through Dover
    assert [(p.node, p.betweenness, p.journeys) for p in points[:2]] == [
        ("calais", 0.3, 3), ("dover", 0.3, 3)]
    assert all(p.betweenness == 0.0 for p in points[2:])


def test_journeys_through_a_place() -> None:
    graph = analysis_graph(routes())
    assert [j.route for j in journeys_through(graph, "fier")] == ["J1", "J2"]
    assert [j.route for j in journeys_through(graph, "dover")] == ["J1", "J2", "J3"]
    with pytest.raises(NodeNotFound):
        journeys_through(graph, "nowhere")


def test_a_window_keeps_only_what_its_reports_support() -> None:
    later = analysis_graph(routes(), start="2024-03-01")
    [fier, hanoi] = corridors(later)
    assert (fier.routes, fier.people, fier.first) == (["J2"], 1, "2024-05-02")
    assert hanoi.routes == ["J3"]
    earlier = analysis_graph(routes(), end="2024-03-01")
    assert [c.routes for c in corridors(earlier)] == [["J1"]]
    assert "R1" not in later and "R1" not in earlier  # no Report nodes left
    with pytest.raises(ValueError, match="after it ends"):
        analysis_graph(routes(), start="2024-05-01", end="2024-01-01")


def test_a_window_with_no_dated_reports_is_empty() -> None:
    assert analysis_graph(two_groups(), start="2020-01-01").number_of_nodes() == 0
