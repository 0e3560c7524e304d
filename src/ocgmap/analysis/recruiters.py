"""Recruiter links: who recruited whom, and where the victims ended up.

The chain of a recruitment is recruiter → victim → exploiters → places of exploitation,
where the places are the businesses that employ the victim (and their addresses), where
the victim lives or is harboured (HARBOURED ``place``), and what the exploiter controls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

_PLACE_LABELS = frozenset({"Location", "Business"})


@dataclass(frozen=True)
class Recruitment:
    """One RECRUITED link with its chain: the victim's exploiters and places."""

    recruiter: str
    recruiter_name: str
    victim: str
    victim_name: str
    exploiters: list[str]
    places: list[str]
    reports: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Answer the recruitment as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Recruiter:
    """A recruiter, the victims they recruited and the groups those victims fed."""

    node: str
    name: str
    victims: list[str]
    groups: list[str]
    reports: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Answer the recruiter as a JSON-ready dict."""
        return asdict(self)


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("name") or node)


def _controlled(graph: nx.MultiDiGraph, exploiter: str) -> set[str]:
    return {t for _, t, d in graph.out_edges(exploiter, data=True)
            if d.get("type") == "CONTROLS" and graph.nodes[t].get("label") in _PLACE_LABELS}


def _places(graph: nx.MultiDiGraph, victim: str, exploiters: list[str],
            controlled: dict[str, set[str]] | None = None) -> list[str]:
    controlled = controlled if controlled is not None else {}
    found: set[str] = set()
    for _, target, data in graph.out_edges(victim, data=True):
        kind = data.get("type")
        if kind in ("EMPLOYED_BY", "LIVES_AT") and graph.nodes[target].get(
                "label") in _PLACE_LABELS:
            found.add(target)
            if kind == "EMPLOYED_BY":
                found.update(t for _, t, d in graph.out_edges(target, data=True)
                             if d.get("type") == "LOCATED_AT")
    for _, _, data in graph.in_edges(victim, data=True):
        place = data.get("place")
        if data.get("type") == "HARBOURED" and isinstance(place, str) and place in graph:
            found.add(place)
    for exploiter in exploiters:
        if exploiter not in controlled:  # an exploiter of many victims: look once
            controlled[exploiter] = _controlled(graph, exploiter)
        found.update(controlled[exploiter])
    return sorted(found)


def recruitments(graph: nx.MultiDiGraph) -> list[Recruitment]:
    """Answer every RECRUITED link with its chain, sorted by recruiter then victim.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from(["r", "v", "x"], label="Person")
    >>> G.add_node("bar", label="Business", name="Nail Bar")
    >>> _ = G.add_edge("r", "v", type="RECRUITED", reports=["R1"])
    >>> _ = G.add_edge("x", "v", type="EXPLOITED", purpose="labour")
    >>> _ = G.add_edge("v", "bar", type="EMPLOYED_BY")
    >>> c = recruitments(G)[0]
    >>> c.recruiter, c.victim, c.exploiters, c.places
    ('r', 'v', ['x'], ['bar'])
    """
    found = []
    controlled: dict[str, set[str]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("type") != "RECRUITED":
            continue
        exploiters = sorted({s for s, _, d in graph.in_edges(v, data=True)
                             if d.get("type") == "EXPLOITED"})
        found.append(Recruitment(str(u), _name(graph, u), str(v), _name(graph, v), exploiters,
                                 _places(graph, v, exploiters, controlled),
                                 sorted(data.get("reports", ()))))
    return sorted(found, key=lambda r: (r.recruiter, r.victim))


def recruiters(graph: nx.MultiDiGraph,
               membership: Mapping[str, str] | None = None) -> list[Recruiter]:
    """Answer each recruiter with their victims and the groups those victims belong to.

    `membership` maps actor id → group id (from `find_groups`); a victim outside every
    group counts under the groups of their exploiters. Sorted by number of victims.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("r", "v1", type="RECRUITED"); _ = G.add_edge("r", "v2", type="RECRUITED")
    >>> [(r.node, r.victims, r.groups) for r in recruiters(G, {"v1": "C1", "v2": "C2"})]
    [('r', ['v1', 'v2'], ['C1', 'C2'])]
    """
    membership = membership or {}
    victims: dict[str, set[str]] = defaultdict(set)
    reports: dict[str, set[str]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "RECRUITED":
            victims[str(u)].add(str(v))
            reports[str(u)].update(data.get("reports", ()))
    found = []
    for node, recruited in victims.items():
        groups: set[str] = set()
        for victim in recruited:
            if victim in membership:
                groups.add(membership[victim])
                continue
            groups.update(membership[str(s)] for s, _, d in graph.in_edges(victim, data=True)
                          if d.get("type") == "EXPLOITED" and str(s) in membership)
        found.append(Recruiter(node, _name(graph, node), sorted(recruited), sorted(groups),
                               sorted(reports[node])))
    return sorted(found, key=lambda r: (-len(r.victims), r.node))


def multi_group_recruiters(found: list[Recruiter]) -> list[Recruiter]:
    """Answer the recruiters whose victims went to more than one group."""
    return [r for r in found if len(r.groups) > 1]


def recruited_together(found: list[Recruiter]) -> dict[str, list[str]]:
    """Answer recruiter → victims, for recruiters of more than one victim."""
    return {r.node: r.victims for r in found if len(r.victims) > 1}
