"""igraph kernels (used above NX_LIMIT nodes) agree with NetworkX on generated graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from ocgmap.analysis import kernels


@pytest.fixture(params=[1, 2])
def generated(request: pytest.FixtureRequest) -> nx.Graph:
    graph = nx.relabel_nodes(nx.gnm_random_graph(200, 600, seed=request.param), str)
    for i, (u, v) in enumerate(graph.edges()):
        graph.edges[u, v]["weight"] = 1 + i % 3
    return graph


def test_exact_betweenness_agrees(generated: nx.Graph) -> None:
    ours = kernels.betweenness(generated, nx_limit=0)
    truth = nx.betweenness_centrality(generated)
    assert max(abs(ours[n] - truth[n]) for n in generated) < 1e-9


def test_sampled_betweenness_is_networkx_on_the_same_sources(generated: nx.Graph) -> None:
    k, n = 40, generated.number_of_nodes()
    ours = kernels.betweenness(generated, k=k, seed=5, nx_limit=0)
    sources = [list(generated)[i] for i in kernels._sources(list(generated), k, 5)]
    subset = nx.betweenness_centrality_subset(generated, sources, list(generated))
    scale = 2 * (n / k) / ((n - 1) * (n - 2))
    assert max(abs(ours[v] - subset[v] * scale) for v in generated) < 1e-9


def test_pagerank_and_efficiency_agree(generated: nx.Graph) -> None:
    ours = kernels.pagerank(generated, nx_limit=0)
    truth = nx.pagerank(generated, weight="weight", tol=1e-12)
    assert max(abs(ours[n] - truth[n]) for n in generated) < 1e-6
    n = generated.number_of_nodes()
    assert kernels.efficiency(generated, nx_limit=0, k=n) == pytest.approx(
        nx.global_efficiency(generated), abs=1e-9)


def test_leiden_and_louvain_find_the_same_planted_groups() -> None:
    graph = nx.relabel_nodes(nx.random_partition_graph([25, 25, 25, 25], 0.4, 0.005,
                                                       seed=4), str)
    planted = {frozenset(str(n) for n in block) for block in graph.graph["partition"]}
    louvain = {frozenset(c) for c in kernels.communities(graph, seed=1)}
    leiden = {frozenset(c) for c in kernels.communities(graph, seed=1, nx_limit=0)}
    assert louvain == planted == leiden
    assert kernels.communities(graph, seed=1, nx_limit=0) == kernels.communities(
        graph, seed=1, nx_limit=0)
