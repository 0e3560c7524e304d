"""Sampled efficiency and betweenness in disruption, and the caches that share work."""

from __future__ import annotations

import gc

import networkx as nx
import pytest
from analysis_graphs import two_groups

from ocgmap.analysis import disruption as dis
from ocgmap.analysis import kernels, person_projection, simulate
from ocgmap.gcpause import paused_gc


def _community_graph(seed: int) -> nx.Graph:
    sizes = [150] * 6
    graph = nx.random_partition_graph(sizes, 0.05, 0.002, seed=seed)
    return nx.relabel_nodes(graph, lambda n: f"p{n:04d}")


@pytest.mark.parametrize("seed", [1, 2])
def test_sampled_efficiency_is_close_to_the_exact_one(seed: int) -> None:
    graph = _community_graph(seed)
    view = dis._igraph(graph)
    exact = nx.global_efficiency(graph)
    assert dis.efficiency(view) == pytest.approx(exact, abs=1e-9)
    sources = dis.efficiency_sources(view.vs["name"], seed)
    assert sources is not None and len(sources) == dis.EFFICIENCY_SOURCES
    assert dis.efficiency(view, sources) == pytest.approx(exact, rel=0.05)
    assert dis.efficiency_sources(view.vs["name"], seed) == sources  # seeded


def test_the_curve_keeps_its_sources_and_small_graphs_stay_exact() -> None:
    graph = _community_graph(3)
    curve = simulate(graph, "degree", k=3, seed=4)
    assert curve.steps[0].efficiency == pytest.approx(nx.global_efficiency(graph), rel=0.05)
    assert simulate(graph, "degree", k=3, seed=4) == curve  # same seed, same curve
    small = person_projection(two_groups())
    first = simulate(small, "betweenness", k=1).steps[0]
    assert first.efficiency == pytest.approx(nx.global_efficiency(small), abs=1e-6)


def test_sampled_recomputed_betweenness_still_finds_the_bridge(
        monkeypatch: pytest.MonkeyPatch) -> None:
    left = nx.relabel_nodes(nx.gnm_random_graph(300, 1500, seed=1), lambda n: f"a{n:03d}")
    right = nx.relabel_nodes(nx.gnm_random_graph(300, 1500, seed=2), lambda n: f"b{n:03d}")
    graph = nx.union(left, right)
    graph.add_edges_from(("bridge", f"{side}{i:03d}") for side in "ab" for i in range(5))
    monkeypatch.setattr(kernels, "EXACT_LIMIT", 1000)  # force sampling
    curve = simulate(graph, "betweenness-recomputed", k=1, seed=3)
    assert curve.steps[1].removed == "bridge"
    assert curve.steps[1].largest_component == 300


def test_betweenness_is_computed_once_per_graph_and_seed() -> None:
    graph = _community_graph(1)
    first = kernels.betweenness(graph, seed=0)
    assert kernels.betweenness(graph, seed=0) is first
    graph.add_edge("p0000", "new")
    assert kernels.betweenness(graph, seed=0) is not first


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
