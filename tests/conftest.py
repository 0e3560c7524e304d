"""Fixtures: the same store tests run against the local store and a real Neo4j.

Neo4j comes from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (see scripts/neo4j). When it
is missing, Neo4j tests skip on a developer machine and FAIL under CI=true.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from neo4j_support import neo4j_or_fail
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore


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
