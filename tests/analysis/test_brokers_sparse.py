"""The sparse brokerage counts agree with a direct count of every open two-step path."""

from __future__ import annotations

import random
from collections import Counter

import networkx as nx
import pytest

from ocgmap.analysis import brokerage
from ocgmap.analysis.brokers import ROLES


def _role(ga: str, gv: str, gb: str) -> str:
    if ga == gb:
        return "coordinator" if ga == gv else "itinerant"
    if ga == gv:
        return "representative"
    return "gatekeeper" if gb == gv else "liaison"


def _by_hand(projection: nx.Graph, member_of: dict[str, str]) -> dict[str, tuple[Counter[str],
                                                                                  set[str]]]:
    """Enumerate a → v → b (a ≠ b, no a → b) one by one."""
    out: dict[str, set[str]] = {n: set() for n in projection}
    for u, v, tails in projection.edges(data="tails"):
        for x, y in ((u, v), (v, u)):
            if x in tails:
                out[x].add(y)
    group = {n: member_of.get(n, f"~{n}") for n in projection}
    found = {}
    for v in projection:
        roles: Counter[str] = Counter()
        connected: set[str] = set()
        for a in projection:
            if v not in out[a]:
                continue
            for b in out[v]:
                if b == a or b in out[a]:
                    continue
                roles[_role(group[a], group[v], group[b])] += 1
                connected.update(g for g in (group[a], group[b])
                                 if g != group[v] and not g.startswith("~"))
        if roles:
            found[v] = (roles, connected)
    return found


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sparse_counts_equal_the_enumeration(seed: int) -> None:
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(60, 240, seed=seed)
    projection = nx.Graph()
    for u, v in graph.edges():
        a, b = f"p{u}", f"p{v}"
        projection.add_edge(a, b, tails=rng.choice([{a}, {b}, {a, b}]))
    member_of = {n: f"G{rng.randrange(4)}" for n in projection if rng.random() < 0.8}
    expected = _by_hand(projection, member_of)
    found = {b.node: b for b in brokerage(projection, member_of)}
    assert set(found) == set(expected)
    for node, (roles, connected) in expected.items():
        b = found[node]
        assert {r: getattr(b, r) for r in ROLES} == {r: roles[r] for r in ROLES}, node
        assert b.external == sum(roles.values()) - roles["coordinator"]
        assert b.groups_connected == sorted(connected), node
