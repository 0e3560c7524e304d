"""Organised groups: communities of the person projection, and what each one looks like."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.analysis import kernels
from ocgmap.analysis.hubs import HubScore, hub_scores
from ocgmap.analysis.leaders import group_leaders


@dataclass(frozen=True)
class Group:
    """A detected group: members, leaders (its hubs) and its dominant traits."""

    id: str
    size: int
    members: list[str]
    leaders: list[dict[str, Any]]
    nationalities: list[tuple[str, int]]
    exploitation: list[tuple[str, int]]
    places: list[tuple[str, int]]
    businesses: list[tuple[str, int]]
    reports: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Answer the group as a JSON-ready dict."""
        return asdict(self)


def find_groups(projection: nx.Graph, *, seed: int = 0, resolution: float = 1.0,
                min_size: int = 2) -> dict[str, list[str]]:
    """Answer group id → sorted member ids, by weighted modularity (Louvain / Leiden).

    Ids are ``C001``, ``C002``… in order of decreasing size, then of smallest member id, so
    the same graph and `seed` give the same ids. Communities smaller than `min_size`
    (isolated people) are left out.

    Examples
    --------
    >>> G = nx.barbell_graph(4, 0)
    >>> find_groups(nx.relabel_nodes(G, str))
    {'C001': ['0', '1', '2', '3'], 'C002': ['4', '5', '6', '7']}
    """
    found = [sorted(str(n) for n in c) for c in
             kernels.communities(projection, seed=seed, resolution=resolution)]
    found = sorted((c for c in found if len(c) >= min_size), key=lambda c: (-len(c), c[0]))
    return {f"C{i + 1:03d}": members for i, members in enumerate(found)}


def membership(groups: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Answer member id → group id."""
    return {m: gid for gid, members in groups.items() for m in members}


def _top(counter: Counter[str], n: int = 5) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def describe_groups(graph: nx.MultiDiGraph, projection: nx.Graph,
                    groups: Mapping[str, list[str]], *, scores: list[HubScore] | None = None,
                    leaders: int = 3, seed: int = 0) -> list[Group]:
    """Answer each group with its leaders, nationalities, exploitation, places, businesses.

    Leaders are the members with the best leader score (`group_leaders`: authority,
    businesses held, command ties inside the group and hub score); nationalities count the
    members' `nationality`; exploitation counts the `purpose` of EXPLOITED links touching
    members (and victim groups' `exploitation`); places and businesses count the Location
    and Business nodes members are linked to; reports are those supporting the members.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n, nat in [("a", "Albanian"), ("b", "Albanian"), ("c", "Romanian")]:
    ...     G.add_node(n, label="Person", name=n.upper(), nationality=nat, reports=["R1"])
    >>> _ = G.add_edge("a", "b", type="FAMILY_OF"); _ = G.add_edge("a", "c", type="PAID")
    >>> from ocgmap.analysis.projection import person_projection
    >>> P = person_projection(G)
    >>> [g] = describe_groups(G, P, {"C001": ["a", "b", "c"]})
    >>> g.leaders[0]["name"], g.nationalities
    ('A', [('Albanian', 2), ('Romanian', 1)])
    """
    scores = scores if scores is not None else hub_scores(projection, seed=seed)
    heads = group_leaders(graph, groups, scores, top=leaders)
    described = []
    for gid, members in groups.items():
        nationalities: Counter[str] = Counter()
        purposes: Counter[str] = Counter()
        places: Counter[str] = Counter()
        businesses: Counter[str] = Counter()
        reports: set[str] = set()
        for m in members:
            data = graph.nodes[m] if m in graph else {}
            if data.get("nationality"):
                nationalities[str(data["nationality"])] += 1
            purposes.update(str(p) for p in data.get("exploitation") or ())
            reports.update(data.get("reports", ()))
            if m not in graph:
                continue
            touching = [*graph.out_edges(m, data=True), *graph.in_edges(m, data=True)]
            for u, v, edge in touching:
                other = v if u == m else u
                label = graph.nodes[other].get("label")
                if edge.get("type") == "EXPLOITED" and edge.get("purpose"):
                    purposes[str(edge["purpose"])] += 1
                if label == "Location":
                    places[str(graph.nodes[other].get("name", other))] += 1
                elif label == "Business":
                    businesses[str(graph.nodes[other].get("name", other))] += 1
        described.append(Group(
            gid, len(members), list(members),
            [{"node": h.node, "name": h.name, "score": h.score, "authority": h.authority,
              "assets": h.assets, "command": h.command, "centrality": h.centrality}
             for h in heads.get(gid, [])],
            _top(nationalities, 3), _top(purposes, 3), _top(places), _top(businesses),
            sorted(reports)))
    return described
