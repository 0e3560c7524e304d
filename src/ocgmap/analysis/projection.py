"""The person-level projection: people (and victim groups) linked to each other.

Two actors are linked when a relationship joins them directly (an act, control, payment,
employment, family or association), or when they share a context node: a phone, e-mail
address, vehicle, document, account, business, organisation, or an address (a `Location`
of kind ``address``/``premises``; towns, countries, ports and airports are too broad to
mean anything). A context node shared by more than `max_shared` actors (a call-centre
number, a hostel) is ignored, since it would link everyone to everyone.

Edges of the projection carry ``weight`` (how many relationships or shared nodes support
the link), ``types`` (which relationship types or shared labels), ``tails`` (the ends
that point at the other end: both ends for symmetric links) and, for directed acts,
``acts`` (actor → how many acts on the other end).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from ocgmap.gcpause import paused_gc

ACTOR_LABELS = frozenset({"Person", "VictimGroup"})
CONTEXT_LABELS = frozenset({"Phone", "Email", "Vehicle", "Document", "Account", "Business",
                            "Organisation", "Location"})
ADDRESS_KINDS = frozenset({"address", "premises"})
DIRECTED_TYPES = frozenset({"RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED", "CONTROLS",
                            "PAID", "EMPLOYED_BY"})
#: Context nodes shared by more actors than this are left out of the projection.
MAX_SHARED = 50
_NODE_KEYS = ("label", "name", "nationality", "roles", "count", "reports")


def _is_context(data: dict[str, Any]) -> bool:
    label = data.get("label")
    if label not in CONTEXT_LABELS:
        return False
    if label == "Location":
        return data.get("kind") in ADDRESS_KINDS or (not data.get("kind")
                                                     and bool(data.get("postcode")))
    return True


def person_projection(graph: nx.MultiDiGraph, *, max_shared: int = MAX_SHARED) -> nx.Graph:
    """Answer the undirected graph of actors (Person, VictimGroup) and their links.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The stored graph (`GraphStore.to_networkx()` or `analysis_graph`).
    max_shared : int
        Context nodes (phones, addresses, businesses…) shared by more actors are ignored.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="Person", name="Ardit Kola")
    >>> G.add_node("b", label="Person", name="Besnik Hoxha")
    >>> G.add_node("p", label="Phone", name="+447700900123")
    >>> _ = G.add_edge("a", "p", type="USES")
    >>> _ = G.add_edge("b", "p", type="USES")
    >>> P = person_projection(G)
    >>> P.edges["a", "b"]["types"], P.edges["a", "b"]["weight"]
    ({'shared Phone'}, 1)
    """
    labels = {n: d.get("label") for n, d in graph.nodes(data=True)}
    projection = nx.Graph()
    with paused_gc():  # millions of small dicts and sets: no use scanning them for cycles
        for node, data in graph.nodes(data=True):
            if labels[node] in ACTOR_LABELS:
                projection.add_node(node, **{k: data[k] for k in _NODE_KEYS if k in data})
        context: dict[str, set[str]] = defaultdict(set)
        contexts = {n for n, d in graph.nodes(data=True) if _is_context(d)}
        adj = projection._adj  # direct access: these loops run once per relationship
        for u, v, rel_type in graph.edges(data="type"):
            u_actor, v_actor = labels.get(u) in ACTOR_LABELS, labels.get(v) in ACTOR_LABELS
            if u_actor and v_actor and u != v:
                tails = (u,) if rel_type in DIRECTED_TYPES else (u, v)
                _link(adj, u, v, str(rel_type), tails)
            elif u_actor and v in contexts:
                context[v].add(u)
            elif v_actor and u in contexts:
                context[u].add(v)
        for shared, actors in context.items():
            if not 2 <= len(actors) <= max_shared:
                continue
            kind = f"shared {labels[shared]}"
            members = sorted(actors)
            for i, a in enumerate(members):
                row = adj[a]
                for b in members[i + 1:]:
                    data = row.get(b)
                    if data is None:
                        row[b] = adj[b][a] = {"weight": 1, "types": {kind}, "tails": {a, b}}
                    else:
                        data["weight"] += 1
                        data["types"].add(kind)
                        data["tails"].update((a, b))
    return projection


def _link(adj: Any, u: str, v: str, kind: str, tails: tuple[str, ...]) -> None:
    data = adj[u].get(v)
    if data is None:
        data = adj[u][v] = adj[v][u] = {"weight": 1, "types": {kind}, "tails": set(tails)}
    else:
        data["weight"] += 1
        data["types"].add(kind)
        data["tails"].update(tails)
    if len(tails) == 1:  # a directed act: count who acted on whom
        acts = data.setdefault("acts", {})
        acts[tails[0]] = acts.get(tails[0], 0) + 1


def actor_name(graph: nx.Graph | nx.MultiDiGraph, node: str) -> str:
    """Answer the display name of `node` (its id when it has none)."""
    return str(graph.nodes[node].get("name") or node)
