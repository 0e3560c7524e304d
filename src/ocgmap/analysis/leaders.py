"""Leaders: who commands each group, from directed command ties and centrality.

A hub is whoever sits in the middle of many links; a leader is whoever gives the orders.
The person projection keeps who is linked to whom, but not who runs what, so leaders are
read from the stored graph itself. Each member (not a victim) of a group gets four parts,
each in [0, 1]:

* ``authority``: 1 if they head an organisation: a ``CONTROLS`` link to an
  `Organisation`, or a ``MEMBER_OF`` link whose ``role`` or ``position`` is one of
  `LEADER_POSITIONS` (leader, head, boss…);
* ``assets``: the businesses and premises they own or control (``OWNS``/``CONTROLS`` to a
  `Business` or an address), divided by the most any member of the group has;
* ``command``: the actors *of the same group* they act on by a command tie
  (`COMMAND_TYPES`: controls, exploits, harbours, recruits), divided by the group's most;
* ``centrality``: their combined hub score (`hub_scores`), divided by the group's best.

The leader score is the mean of the four, so a member who heads the organisation, holds
its businesses, directs its people and is central scores 1. A broker whom community
detection absorbs into a group (a forger, a launderer, a freelance recruiter) may be its
most central member but commands no one in it and holds no authority, and a controller
who directs many victims has no authority or assets: neither outranks the head. Ties
are broken by hub rank, then by node id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.analysis.hubs import HubScore
from ocgmap.analysis.projection import ACTOR_LABELS, ADDRESS_KINDS

#: ``MEMBER_OF`` roles or positions that mean heading the organisation.
LEADER_POSITIONS = frozenset({"leader", "head", "boss", "chief", "ringleader", "kingpin",
                              "organiser", "organizer", "director", "founder"})
#: Directed acts by which one actor commands another.
COMMAND_TYPES = frozenset({"CONTROLS", "EXPLOITED", "HARBOURED", "RECRUITED"})
_ASSET_TYPES = frozenset({"OWNS", "CONTROLS"})


@dataclass(frozen=True)
class Leader:
    """A group member's leader score, each part shown, and their rank in the group."""

    node: str
    name: str
    group: str
    authority: float
    assets: int
    command: int
    centrality: float
    score: float
    rank: int

    def to_dict(self) -> dict[str, Any]:
        """Answer the leader as a JSON-ready dict."""
        return asdict(self)


@dataclass
class CommandTies:
    """What each actor heads, holds and directs in the stored graph."""

    heads: set[str]
    assets: dict[str, set[str]]
    commands: dict[str, set[str]]


def command_ties(graph: nx.MultiDiGraph) -> CommandTies:
    """Answer the authority, assets and command ties of every actor of `graph`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("k", label="Person"); G.add_node("v", label="Person")
    >>> G.add_node("ocg", label="Organisation"); G.add_node("bar", label="Business")
    >>> _ = G.add_edge("k", "ocg", type="MEMBER_OF", position="boss")
    >>> _ = G.add_edge("k", "bar", type="OWNS"); _ = G.add_edge("k", "v", type="EXPLOITED")
    >>> ties = command_ties(G)
    >>> ties.heads, ties.assets["k"], ties.commands["k"]
    ({'k'}, {'bar'}, {'v'})
    """
    labels = {n: d.get("label") for n, d in graph.nodes(data=True)}
    heads: set[str] = set()
    assets: dict[str, set[str]] = defaultdict(set)
    commands: dict[str, set[str]] = defaultdict(set)
    for u, neighbours in graph.adjacency():
        if labels[u] not in ACTOR_LABELS:
            continue
        for v, links in neighbours.items():
            target = labels[v]
            for data in links.values():
                kind = data.get("type")
                if kind == "MEMBER_OF":
                    position = str(data.get("position") or data.get("role") or "").lower()
                    if position in LEADER_POSITIONS:
                        heads.add(str(u))
                if kind == "CONTROLS" and target == "Organisation":
                    heads.add(str(u))
                if kind in _ASSET_TYPES and (target == "Business" or (
                        target == "Location" and graph.nodes[v].get("kind") in ADDRESS_KINDS)):
                    assets[str(u)].add(str(v))
                if kind in COMMAND_TYPES and target in ACTOR_LABELS and u != v:
                    commands[str(u)].add(str(v))
    return CommandTies(heads, dict(assets), dict(commands))


def _is_candidate(graph: nx.MultiDiGraph, node: str) -> bool:
    data = graph.nodes[node] if node in graph else {}
    return (data.get("label", "Person") == "Person"
            and "victim" not in (data.get("roles") or ()))


def group_leaders(graph: nx.MultiDiGraph, groups: Mapping[str, Iterable[str]],
                  scores: Iterable[HubScore], *, top: int = 3,
                  ties: CommandTies | None = None) -> dict[str, list[Leader]]:
    """Answer, for each group id, its `top` members by leader score, best first.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The stored graph (`analysis_graph`), where the command ties are.
    groups : mapping
        Group id → member ids (`find_groups`).
    scores : iterable of HubScore
        The hub scores of the same projection (`hub_scores`).
    ties : CommandTies, optional
        `command_ties(graph)`, when already computed.

    Examples
    --------
    >>> from ocgmap.analysis.hubs import hub_scores
    >>> from ocgmap.analysis.projection import person_projection
    >>> G = nx.MultiDiGraph()
    >>> for n in ("boss", "fixer", "v1", "v2"):
    ...     G.add_node(n, label="Person", name=n.title())
    >>> G.add_node("ocg", label="Organisation")
    >>> _ = G.add_edge("boss", "ocg", type="CONTROLS")
    >>> _ = G.add_edge("boss", "v1", type="EXPLOITED")
    >>> for n in ("boss", "v1", "v2"):
    ...     _ = G.add_edge("fixer", n, type="ASSOCIATE_OF")
    >>> P = person_projection(G)
    >>> [lead.node for lead in group_leaders(G, {"C001": list(P)}, hub_scores(P))["C001"]]
    ['boss', 'fixer', 'v1']
    """
    ties = ties if ties is not None else command_ties(graph)
    by_node = {s.node: s for s in scores}
    answer: dict[str, list[Leader]] = {}
    for gid, members in groups.items():
        inside = {str(m) for m in members}
        people = sorted(m for m in inside if _is_candidate(graph, m))
        assets = {m: len(ties.assets.get(m, ())) for m in people}
        command = {m: len(ties.commands.get(m, set()) & inside) for m in people}
        central = {m: by_node[m].score if m in by_node else 0.0 for m in people}
        most = (max(assets.values(), default=0), max(command.values(), default=0),
                max(central.values(), default=0.0))
        found = []
        for m in people:
            authority = 1.0 if m in ties.heads else 0.0
            parts = (authority, assets[m] / most[0] if most[0] else 0.0,
                     command[m] / most[1] if most[1] else 0.0,
                     central[m] / most[2] if most[2] else 0.0)
            rank = by_node[m].rank if m in by_node else len(by_node) + 1
            found.append((-round(sum(parts) / 4, 6), rank, m, authority, round(central[m], 6)))
        found.sort()
        answer[gid] = [Leader(m, str(graph.nodes[m].get("name") or m) if m in graph else m,
                              gid, authority, assets[m], command[m], centrality, -neg, i + 1)
                       for i, (neg, _, m, authority, centrality) in enumerate(found[:top])]
    return answer
