"""Fixtures: the same store tests run against the local store and a real Neo4j.

Neo4j comes from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (see scripts/neo4j). When it
is missing, Neo4j tests skip on a developer machine and FAIL under CI=true.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ocgmap.errors import StoreUnavailable
from ocgmap.graph.local import LocalStore
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


def neo4j_env() -> dict[str, str]:
    """Answer the environment a subprocess needs to reach the test Neo4j."""
    return {k: v for k, v in os.environ.items() if k.startswith("NEO4J_")}


@pytest.fixture(params=["local", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Each store implementation in turn, empty."""
    made: GraphStore = (LocalStore(tmp_path / "graph.db") if request.param == "local"
                        else neo4j_or_fail())
    yield made
    made.close()


@pytest.fixture(params=["local", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The --store value of each store implementation in turn, empty."""
    if request.param == "local":
        return str(tmp_path / "graph.db")
    neo4j_or_fail().close()
    return os.environ["NEO4J_URI"]
