"""Heavy graph kernels: NetworkX on small graphs, igraph above a documented size.

NetworkX stays the API: every function takes an undirected `nx.Graph` and answers plain
dicts keyed by node. Graph size is measured as nodes × edges (the cost of one all-pairs
shortest-path sweep). Graphs above `NX_LIMIT` run on igraph (C), which gives the same
answers (tests compare both on small graphs) much faster: pure-Python betweenness on 2,500
people linked by shared addresses took 44 s, and on 100k nodes takes minutes. Betweenness
is exact up to `EXACT_LIMIT` and estimated from `SAMPLE_SOURCES` sources drawn with `seed`
above it (Brandes–Pich), as `networkx.betweenness_centrality(k=…)` does.
"""

from __future__ import annotations

import random
import weakref
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import igraph as ig  # type: ignore[import-untyped]
import networkx as nx
import numpy as np

#: Graphs whose nodes × edges exceed this run on igraph instead of NetworkX (about 1 s of
#: NetworkX betweenness).
NX_LIMIT = 1_000_000
#: Betweenness is exact up to this nodes × edges (about 1 s in igraph), sampled above.
EXACT_LIMIT = 100_000_000
#: Sources drawn for sampled betweenness and sampled efficiency. On the generated 100k-node
#: benchmark graph (thousands of near-identical crews) 64 sources cost about 3 s, 256 about
#: 8 s, and neither ranks the top brokers reliably (they are nearly equal there); the
#: combined hub score also weighs degree and PageRank. Pass ``k`` for more.
SAMPLE_SOURCES = 64


@dataclass(frozen=True)
class IGraphView:
    """An igraph copy of an `nx.Graph` with the node order used to map results back."""

    graph: ig.Graph
    nodes: list[Hashable]
    nodes_edges: tuple[int, int]


_CACHE: weakref.WeakKeyDictionary[nx.Graph, IGraphView] = weakref.WeakKeyDictionary()
_Scores = dict[Hashable, float]
_BETWEEN: weakref.WeakKeyDictionary[nx.Graph, dict[tuple[int | None, ...], _Scores]] = (
    weakref.WeakKeyDictionary())


def to_igraph(graph: nx.Graph) -> IGraphView:
    """Answer `graph` as an undirected igraph with edge attribute ``weight`` (cached).

    The copy is cached per graph object and rebuilt when its size changes.
    """
    size = (graph.number_of_nodes(), graph.number_of_edges())
    cached = _CACHE.get(graph)
    if cached is not None and cached.nodes_edges == size:
        return cached
    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    edges: list[tuple[int, int]] = []
    weights: list[float] = []
    # graph.edges() order (each link from its earlier end), without the view's overhead
    for i, (_, neighbours) in enumerate(graph.adjacency()):
        for v, data in neighbours.items():
            j = index[v]
            if j >= i:
                edges.append((i, j))
                weights.append(float(data.get("weight", 1)))
    made = ig.Graph(n=len(nodes), edges=edges, directed=False)
    made.es["weight"] = weights
    view = IGraphView(made, nodes, size)
    _CACHE[graph] = view
    return view


def size(graph: nx.Graph) -> int:
    """Answer nodes × edges, the measure the limits of this module apply to."""
    return int(graph.number_of_nodes() * graph.number_of_edges())


def _sources(nodes: Sequence[Hashable], k: int, seed: int) -> list[int]:
    order = sorted(range(len(nodes)), key=lambda i: str(nodes[i]))
    return sorted(random.Random(seed).sample(order, k))


def betweenness(graph: nx.Graph, *, k: int | None = None, seed: int = 0,
                exact_limit: int = EXACT_LIMIT,
                nx_limit: int = NX_LIMIT) -> dict[Hashable, float]:
    """Answer normalised (unweighted) betweenness, exact or estimated from `k` sources.

    `k` None means exact up to `exact_limit` (nodes × edges), `SAMPLE_SOURCES` sources
    above.
    Values are on the scale of `networkx.betweenness_centrality(normalized=True)`.

    The answer is cached per graph object (and size, `k`, `seed` and limits), so the
    analyses of one run (hubs, groups, disruption) compute it once; treat it as read-only.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    key = (graph.number_of_nodes(), graph.number_of_edges(), k, seed, exact_limit, nx_limit)
    cached = _BETWEEN.setdefault(graph, {})
    if key not in cached:
        cached.clear()
        cached[key] = _betweenness(graph, k=k, seed=seed, exact_limit=exact_limit,
                                   nx_limit=nx_limit)
    return cached[key]


def _betweenness(graph: nx.Graph, *, k: int | None, seed: int, exact_limit: int,
                 nx_limit: int) -> dict[Hashable, float]:
    n = graph.number_of_nodes()
    if k is None and size(graph) > exact_limit:
        k = SAMPLE_SOURCES
    if k is not None and k >= n:
        k = None
    if size(graph) <= nx_limit:
        return dict(nx.betweenness_centrality(graph, k=k, seed=seed))
    view = to_igraph(graph)
    sources = _sources(view.nodes, k, seed) if k is not None else None
    raw = view.graph.betweenness(directed=False, sources=sources)
    # igraph counts each unordered pair once per source; NetworkX's scale is per ordered
    # pair over (n-1)(n-2), times n/k when sampled
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    if k is not None:
        scale *= n / k
    return {node: value * scale for node, value in zip(view.nodes, raw, strict=True)}


def pagerank(graph: nx.Graph, *, alpha: float = 0.85,
             nx_limit: int = NX_LIMIT) -> dict[Hashable, float]:
    """Answer weighted PageRank (``weight`` edge attribute), summing to 1.

    Examples
    --------
    >>> ranks = pagerank(nx.star_graph(3))
    >>> max(ranks, key=ranks.get)
    0
    """
    if graph.number_of_nodes() == 0:
        return {}
    if size(graph) <= nx_limit:
        return dict(nx.pagerank(graph, alpha=alpha, weight="weight"))
    view = to_igraph(graph)
    ranks = view.graph.pagerank(damping=alpha, weights="weight", directed=False)
    return dict(zip(view.nodes, ranks, strict=True))


def communities(graph: nx.Graph, *, seed: int = 0, resolution: float = 1.0,
                nx_limit: int = NX_LIMIT) -> list[set[Hashable]]:
    """Answer a partition of the nodes maximising weighted modularity.

    NetworkX Louvain up to `nx_limit` (nodes × edges); igraph Leiden (modularity) above it. The same
    graph and `seed` give the same partition.

    Examples
    --------
    >>> G = nx.barbell_graph(5, 0)
    >>> sorted(sorted(c) for c in communities(G))
    [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    """
    if graph.number_of_nodes() == 0:
        return []
    if size(graph) <= nx_limit:
        return [set(c) for c in nx.community.louvain_communities(
            graph, weight="weight", resolution=resolution, seed=seed)]
    view = to_igraph(graph)
    state = random.getstate()  # igraph draws from Python's global generator
    random.seed(seed)
    try:
        clusters = view.graph.community_leiden(objective_function="modularity",
                                               weights="weight", resolution=resolution,
                                               n_iterations=-1)
    finally:
        random.setstate(state)
    found: dict[int, set[Hashable]] = {}
    for node, member in zip(view.nodes, clusters.membership, strict=True):
        found.setdefault(member, set()).add(node)
    return list(found.values())


def efficiency(graph: nx.Graph, *, seed: int = 0, nx_limit: int = NX_LIMIT,
               k: int = SAMPLE_SOURCES) -> float:
    """Answer global efficiency (mean of 1/distance over ordered pairs; 0 if unreachable).

    Exact with NetworkX up to `nx_limit` (nodes × edges); above, the mean over `k` sampled sources.

    Examples
    --------
    >>> round(efficiency(nx.path_graph(3)), 4)
    0.8333
    """
    n = graph.number_of_nodes()
    if n < 2:
        return 0.0
    if size(graph) <= nx_limit:
        return float(nx.global_efficiency(graph))
    view = to_igraph(graph)
    sources = _sources(view.nodes, min(k, n), seed)
    # harmonic centrality: the mean of 1/d from each source (unreachable: 0), in C
    return float(np.mean(view.graph.harmonic_centrality(vertices=sources, normalized=True)))


def largest_component(graph: nx.Graph) -> int:
    """Answer the number of nodes in the largest connected component (0 if empty).

    Examples
    --------
    >>> largest_component(nx.Graph([(1, 2), (3, 4), (4, 5)]))
    3
    """
    return max((len(c) for c in nx.connected_components(graph)), default=0)
