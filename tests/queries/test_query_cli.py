"""`ocgmap query …` and `ocgmap cypher`: JSON answers, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from query_graph import KOLA, NAILS, VASILE, deltas

from neo4j_support import neo4j_or_fail
from ocgmap.cli.main import cli
from ocgmap.graph import open_store

COMMANDS = ["neighbourhood", "path", "paths", "shared-identifiers", "victims-of",
            "recruited-by", "businesses-of", "co-offenders", "through", "timeline",
            "evidence", "search"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def loaded(store_url: str) -> str:
    """The --store value of each store, holding the hand-built network."""
    with open_store(store_url) as store:
        store.write_many(deltas())
    return store_url


def test_every_query_command_has_help() -> None:
    for name in [*COMMANDS, None]:
        code, out, _ = run("query", *([name] if name else []), "--help")
        assert code == 0 and "Usage:" in out
    assert run("cypher", "--help")[0] == 0


def test_questions_answer_json(loaded: str) -> None:
    code, out, _ = run("--store", loaded, "query", "neighbourhood", "ardit kola", "--hops", "2",
                       "--grading", "B2", "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["focus"]["id"] == KOLA.id and answer["hops"] == 2
    assert "Besnik Hoxha" not in {n["name"] for n in answer["nodes"]}
    code, out, _ = run("--store", loaded, "query", "path", "Ardit Kola", "Bright Nails",
                       "--limit", "2", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["truncated"] and len(answer["paths"]) == 2
    assert all(p["nodes"][-1]["id"] == NAILS.id for p in answer["paths"])
    code, out, _ = run("--store", loaded, "query", "victims-of", "Bigz", "--json")
    assert code == 0 and [r["node"]["id"] for r in json.loads(out)] == [VASILE.id]
    code, out, _ = run("--store", loaded, "query", "timeline", "Ardit Kola")
    assert code == 0 and "2024-01-12" in out and "TRANSPORTED" in out


def test_an_unknown_name_exits_1_with_did_you_mean(loaded: str) -> None:
    code, out, err = run("--store", loaded, "query", "victims-of", "Ardit Kolla")
    assert code == 1 and out == ""
    assert err.startswith("error: no entity named 'Ardit Kolla'; did you mean: Ardit Kola")
    assert len(err.strip().splitlines()) == 1
    code, out, _ = run("--store", loaded, "query", "timeline", "Ardit Kolla", "--json")
    assert code == 1 and json.loads(out)["did_you_mean"][0]["id"] == KOLA.id


def test_a_shared_name_exits_1_with_the_candidates(loaded: str) -> None:
    code, out, err = run("--store", loaded, "query", "neighbourhood", "Dover", "--json")
    assert code == 1 and "2 entities are named 'Dover'" in err
    assert {c["label"] for c in json.loads(out)["candidates"]} == {"Location", "Business"}


@pytest.mark.parametrize("args", [
    ["neighbourhood", "Ardit Kola", "--hops", "0"],
    ["neighbourhood", "Ardit Kola", "--hops", "-1"],
    ["neighbourhood", "Ardit Kola", "--hops", "99999999999"],
    ["neighbourhood", "Ardit Kola", "--since", "last week"],
    ["neighbourhood", "Ardit Kola", "--grading", "Z9"],
    ["neighbourhood", "Ardit Kola", "--type", "KNOWS"],
    ["paths", "Ardit Kola", "Bright Nails", "--max-hops", "7"],
    ["path", "Ardit Kola", "Bright Nails", "--limit", "0"],
])
def test_bad_values_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    code, _, err = run("--store", str(tmp_path / "empty.db"), "query", *args)
    assert code == 2 and "Traceback" not in err


def test_cypher_needs_neo4j(tmp_path: Path) -> None:
    code, _, err = run("--store", str(tmp_path / "graph.db"), "cypher", "RETURN 1")
    assert code == 2 and "needs a Neo4j store" in err


@pytest.mark.neo4j
def test_cypher_reads_by_default_and_writes_only_when_asked() -> None:
    store = neo4j_or_fail()
    store.write_many(deltas())
    before = store.counts()
    store.close()
    uri = os.environ["NEO4J_URI"]
    code, out, _ = run("--store", uri, "cypher",
                       "MATCH (p:Person {name_key: $key}) RETURN p.name AS name, p",
                       "-p", "key=ardit kola", "--json")
    assert code == 0
    [row] = json.loads(out)
    assert row["name"] == "Ardit Kola" and "Person" in row["p"]["labels"]
    code, _, err = run("--store", uri, "cypher", "MATCH (n) DETACH DELETE n")
    assert code == 2 and "--write" in err
    code, _, err = run("--store", uri, "cypher", "MATCH (n RETURN n")
    assert code == 2 and "refused" in err
    with open_store(uri) as store:
        assert store.counts() == before
    code, _, _ = run("--store", uri, "cypher", "--write",
                     "CREATE (:Entity:Person {id: 'person:x', name: 'Test Person'})")
    assert code == 0
    with open_store(uri) as store:
        assert store.counts().nodes["Person"] == before.nodes["Person"] + 1
