"""Names are data, never query text: hostile names change nothing, on both stores."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from query_graph import HOSTILE, VAN, deltas

from ocgmap.errors import NodeNotFound
from ocgmap.graph.store import GraphStore
from ocgmap.queries import (
    businesses_of,
    co_offenders,
    evidence,
    neighbourhood,
    path,
    paths,
    recruited_by,
    search,
    shared_identifiers,
    through,
    timeline,
    victims_of,
)

HOSTILE_NAMES = [
    "Robert'); DROP TABLE nodes; --",
    "' OR 1=1 --",
    '" OR ""="',
    "`) DETACH DELETE n //",
    "x'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "MATCH (n) DETACH DELETE n",
    "CALL db.clearQueryCaches()",
    "<script>alert(1)</script>",
    "{{7*7}} ${jndi:ldap://x} %s%n",
    "$id",
    "\\' ; -- \u202e \u0000",
    "x" * 5000,
]

QUERIES: list[Callable[[GraphStore, str], Any]] = [
    lambda s, n: neighbourhood(s, n, hops=2),
    lambda s, n: path(s, n, "Ardit Kola"),
    lambda s, n: paths(s, "Ardit Kola", n, max_hops=3),
    lambda s, n: shared_identifiers(s, n),
    victims_of, recruited_by, businesses_of, co_offenders, through, timeline,
    lambda s, n: evidence(s, "Ardit Kola", n),
]


def snapshot(store: GraphStore) -> tuple[object, ...]:
    graph = store.subgraph(include_reports=True)
    return graph.nodes, graph.edges, store.counts()


def test_hostile_names_are_data_and_change_nothing(store: GraphStore) -> None:
    store.write_many(deltas())
    before = snapshot(store)
    for name in HOSTILE_NAMES:
        search(store, name)
        for ask in QUERIES:
            with pytest.raises(NodeNotFound):
                ask(store, name)
    assert snapshot(store) == before


def test_an_entity_with_a_hostile_name_is_found_like_any_other(store: GraphStore) -> None:
    store.write_many(deltas())
    before = snapshot(store)
    around = neighbourhood(store, HOSTILE.name)
    assert {n.id for n in around.nodes} == {HOSTILE.id, VAN.id}
    assert search(store, HOSTILE.name, limit=1)[0].node.id == HOSTILE.id
    assert snapshot(store) == before
