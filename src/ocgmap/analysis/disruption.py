"""Disruption: simulate removing key players and watch the network fall apart.

A strategy picks the next person to remove: by ``degree`` or ``betweenness`` computed
once on the whole network, by ``betweenness-recomputed`` after every removal (the
stronger attack), or the given ``leaders`` in order. After each removal the curve records
the size of the largest connected component (as a share of the original network) and the
global efficiency of what remains. The removal runs on an igraph copy; efficiency is exact
up to `EXACT_EFFICIENCY` nodes and estimated from sampled sources above it.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import igraph as ig  # type: ignore[import-untyped]
import networkx as nx

from ocgmap.analysis import kernels

STRATEGIES = ("degree", "betweenness", "betweenness-recomputed", "leaders")
#: Efficiency is exact up to this many nodes, estimated from sampled sources above.
EXACT_EFFICIENCY = 500
#: Groups up to this size get an exhaustive search for the smallest fragmenting set.
EXHAUSTIVE_GROUP = 40


@dataclass(frozen=True)
class Step:
    """The network after `removed` (None: before any removal)."""

    removed: str | None
    name: str | None
    largest_component: int
    largest_share: float
    efficiency: float


@dataclass(frozen=True)
class Curve:
    """The result of one strategy: the steps in order."""

    strategy: str
    steps: list[Step] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Answer the curve as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Fragmentation:
    """The smallest set found whose removal splits a group below the target share."""

    removed: list[str]
    names: list[str]
    size: int
    largest_before: int
    largest_after: int
    achieved: bool
    exhaustive: bool

    def to_dict(self) -> dict[str, Any]:
        """Answer the fragmentation as a JSON-ready dict."""
        return asdict(self)


def _igraph(projection: nx.Graph) -> ig.Graph:
    view = kernels.to_igraph(projection)
    copy = view.graph.copy()
    copy.vs["name"] = [str(n) for n in view.nodes]
    return copy


def _efficiency(graph: ig.Graph, seed: int) -> float:
    n = graph.vcount()
    if n < 2:
        return 0.0
    sources: Sequence[int] = range(n)
    if n > EXACT_EFFICIENCY:
        sources = sorted(random.Random(seed).sample(range(n), kernels.SAMPLE_SOURCES))
    return kernels.mean_inverse(graph.distances(source=list(sources)), n)


def _giant(graph: ig.Graph) -> int:
    return int(graph.connected_components().giant().vcount()) if graph.vcount() else 0


def _betweenness(graph: ig.Graph, seed: int) -> list[float]:
    n = graph.vcount()
    if n * graph.ecount() <= kernels.EXACT_LIMIT or n <= kernels.SAMPLE_SOURCES:
        return list(graph.betweenness(directed=False))
    sources = sorted(random.Random(seed).sample(range(n), kernels.SAMPLE_SOURCES))
    return list(graph.betweenness(directed=False, sources=sources))


def _best(graph: ig.Graph, scores: Sequence[float]) -> str:
    names = graph.vs["name"]
    best = min(range(len(names)), key=lambda i: (-scores[i], names[i]))
    return str(names[best])


def simulate(projection: nx.Graph, strategy: str, *, k: int = 10,
             leaders: Iterable[str] = (), seed: int = 0) -> Curve:
    """Answer the curve of removing `k` actors by `strategy`.

    Parameters
    ----------
    projection : nx.Graph
        The person projection.
    strategy : str
        One of ``degree``, ``betweenness``, ``betweenness-recomputed``, ``leaders``.
    leaders : iterable of str
        The actors to remove, in order, for the ``leaders`` strategy.

    Raises
    ------
    ValueError
        If `strategy` is unknown.

    Examples
    --------
    >>> G = nx.relabel_nodes(nx.barbell_graph(3, 1), str)
    >>> curve = simulate(G, "betweenness", k=1)
    >>> curve.steps[1].removed, curve.steps[1].largest_component
    ('3', 3)
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
    work = _igraph(projection)
    original = max(work.vcount(), 1)
    names = {str(n): projection.nodes[n].get("name") for n in projection}

    def step(removed: str | None) -> Step:
        giant = _giant(work)
        return Step(removed, names.get(removed) if removed else None, giant,
                    round(giant / original, 6), round(_efficiency(work, seed), 6))

    steps = [step(None)]
    if strategy == "leaders":
        order = [str(n) for n in leaders][:k]
    elif strategy in ("degree", "betweenness"):
        scores = (work.degree() if strategy == "degree" else _betweenness(work, seed))
        ranked = sorted(range(work.vcount()),
                        key=lambda i: (-scores[i], work.vs[i]["name"]))
        order = [str(work.vs[i]["name"]) for i in ranked[:k]]
    else:
        order = []
    for i in range(min(k, work.vcount())):
        if strategy == "betweenness-recomputed":
            target = _best(work, _betweenness(work, seed))
        elif i < len(order):
            target = order[i]
        else:
            break
        found = work.vs.select(name=target)
        if len(found) == 0:
            continue
        work.delete_vertices(found[0].index)
        steps.append(step(target))
    return Curve(strategy, steps)


def fragment_group(projection: nx.Graph, members: Iterable[str], *, share: float = 0.5,
                   max_k: int = 10) -> Fragmentation:
    """Answer the smallest set of members whose removal leaves no part of the group with
    more than `share` of its members. Only people without the ``victim`` role are removed.

    Sets of up to three are searched exhaustively for groups of up to `EXHAUSTIVE_GROUP`
    members (so the answer is truly the smallest); beyond that, people are removed
    greedily by betweenness recomputed inside the group, up to `max_k`.

    Examples
    --------
    >>> G = nx.relabel_nodes(nx.barbell_graph(3, 1), str)
    >>> fragment_group(G, G.nodes).removed
    ['3']
    """
    group = nx.Graph(projection.subgraph([m for m in members if m in projection]))
    size = group.number_of_nodes()
    limit = share * size
    before = kernels.largest_component(group)

    def giant_without(removed: Iterable[str]) -> int:
        rest = group.copy()
        rest.remove_nodes_from(removed)
        return kernels.largest_component(rest)

    def answer(removed: list[str], exhaustive: bool) -> Fragmentation:
        after = giant_without(removed)
        return Fragmentation(removed, [str(group.nodes[n].get("name") or n) for n in removed],
                             size, before, after, after <= limit, exhaustive)

    if size == 0 or before <= limit:
        return answer([], True)
    # victims are not targets: only people without the victim role are removed
    nodes = sorted(str(n) for n, d in group.nodes(data=True)
                   if d.get("label", "Person") == "Person"
                   and "victim" not in (d.get("roles") or ()))
    if size <= EXHAUSTIVE_GROUP:
        for k in range(1, min(3, max_k) + 1):
            for combo in itertools.combinations(nodes, k):
                if giant_without(combo) <= limit:
                    return answer(list(combo), True)
    removed: list[str] = []
    rest = group.copy()
    while len(removed) < max_k and rest.number_of_nodes():
        between = nx.betweenness_centrality(rest)
        allowed = [n for n in rest if str(n) in nodes]
        if not allowed:
            break
        target = min(allowed, key=lambda n: (-between[n], str(n)))
        removed.append(str(target))
        rest.remove_node(target)
        if kernels.largest_component(rest) <= limit:
            break
    return answer(removed, False)
