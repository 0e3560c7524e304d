"""Hubs: who is central, by degree, betweenness and PageRank, and by all three at once."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.analysis import kernels
from ocgmap.analysis.projection import actor_name


@dataclass(frozen=True)
class HubScore:
    """One actor's centrality: each measure, the combined score and its rank (1 = top)."""

    node: str
    name: str
    label: str
    degree: int
    betweenness: float
    pagerank: float
    score: float
    rank: int
    reports: int

    def to_dict(self) -> dict[str, Any]:
        """Answer the score as a JSON-ready dict."""
        return asdict(self)


def _scaled(values: Mapping[Hashable, float]) -> dict[Hashable, float]:
    top = max(values.values(), default=0.0)
    return {n: (v / top if top > 0 else 0.0) for n, v in values.items()}


def hub_scores(projection: nx.Graph, *, top: int | None = None, k: int | None = None,
               seed: int = 0, exact_limit: int = kernels.EXACT_LIMIT) -> list[HubScore]:
    """Answer actors ranked by a combined centrality score, best first.

    The combined score is the mean of degree (distinct neighbours), betweenness and
    PageRank, each divided by its maximum, so it lies in [0, 1]. Betweenness is exact up to
    `exact_limit` (nodes × edges) and estimated from `k` (default
    `kernels.SAMPLE_SOURCES`) sources drawn with `seed` above it. Ties are broken by node
    id, so the order is reproducible.

    Parameters
    ----------
    projection : nx.Graph
        The person projection (`person_projection`).
    top : int, optional
        Answer only the first `top` actors.

    Examples
    --------
    >>> G = nx.star_graph(4)
    >>> [h.node for h in hub_scores(G, top=1)]
    ['0']
    """
    if projection.number_of_nodes() == 0:
        return []
    degree = {n: float(d) for n, d in projection.degree()}
    between = kernels.betweenness(projection, k=k, seed=seed, exact_limit=exact_limit)
    ranks = kernels.pagerank(projection)
    parts = [_scaled(degree), _scaled(between), _scaled(ranks)]
    combined = {n: sum(p[n] for p in parts) / 3 for n in projection}
    order = sorted(projection, key=lambda n: (-combined[n], str(n)))
    if top is not None:
        order = order[:top]
    return [HubScore(str(n), actor_name(projection, n), str(projection.nodes[n].get("label", "")),
                     int(degree[n]), round(between[n], 6), round(ranks[n], 6),
                     round(combined[n], 6), i + 1, len(projection.nodes[n].get("reports", ())))
            for i, n in enumerate(order)]


def group_hubs(scores: Iterable[HubScore], groups: Mapping[str, Iterable[str]], *,
               top: int = 3) -> dict[str, list[HubScore]]:
    """Answer, for each group id, its `top` members by combined score (its leaders).

    Examples
    --------
    >>> scores = hub_scores(nx.star_graph(3))
    >>> [h.node for h in group_hubs(scores, {"G1": [1, 0]})["G1"]]
    ['0', '1']
    """
    by_node = {s.node: s for s in scores}
    answer: dict[str, list[HubScore]] = {}
    for group, members in groups.items():
        ranked = sorted((by_node[str(m)] for m in members if str(m) in by_node),
                        key=lambda s: s.rank)
        answer[group] = ranked[:top]
    return answer
