"""Reaching the test Neo4j: fail under CI=true when it is missing, skip elsewhere."""

from __future__ import annotations

import os

import pytest

from ocgmap.errors import StoreUnavailable
from ocgmap.graph.store import GraphStore

IN_CI = os.environ.get("CI", "").lower() == "true"


def neo4j_or_fail() -> GraphStore:
    """Answer a cleared Neo4jStore, or fail (CI) / skip (elsewhere) when there is none."""
    from ocgmap.graph.neo4j_store import Neo4jStore

    uri = os.environ.get("NEO4J_URI")
    problem = "NEO4J_URI is not set (start a server: eval \"$(scripts/neo4j start)\")"
    if uri:
        try:
            store = Neo4jStore(uri, os.environ.get("NEO4J_USERNAME", "neo4j"),
                               os.environ.get("NEO4J_PASSWORD", ""),
                               os.environ.get("NEO4J_DATABASE") or None)
            store.clear()
            return store
        except StoreUnavailable as exc:
            problem = str(exc)
    if IN_CI:
        pytest.fail(f"Neo4j is required under CI=true: {problem}")
    pytest.skip(problem)

