"""The command line contract: options, JSON output, exit codes 0/1/2, one-line errors."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocgmap.cli.main import cli

HEADER = "from,from_type,relation,to,to_type,report,date"
LINKS = (f"{HEADER}\n"
         "Ardit Kola,Person,TRANSPORTED,Victim 3,Person,R-0001,2024-03-12\n"
         "Ardit Kola,Person,USES,07700 900123,Phone,R-0001,2024-03-12\n"
         "Besnik Hoxha,Person,USES,07700 900123,Phone,R-0002,2024-03-14\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def links(tmp_path: Path) -> Path:
    path = tmp_path / "links.csv"
    path.write_text(LINKS, encoding="utf-8")
    return path


def test_every_command_has_help() -> None:
    for args in ([], ["ingest"], ["query"], ["query", "neighbourhood"], ["stats"], ["demo"]):
        code, out, _ = run(*args, "--help")
        assert code == 0 and "Usage:" in out


def test_ingest_then_query_and_stats_as_json(store_url: str, links: Path) -> None:
    code, out, _ = run("--store", store_url, "-q", "ingest", str(links), "--json")
    assert code == 0
    summary = json.loads(out)
    assert sorted(summary["stored"]) == ["R-0001", "R-0002"] and summary["rejected"] == []
    code, out, _ = run("--store", store_url, "ingest", str(links), "--json")
    assert sorted(json.loads(out)["unchanged"]) == ["R-0001", "R-0002"]
    code, out, _ = run("--store", store_url, "query", "neighbourhood", "ardit kola",
                       "--hops", "2", "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["focus"]["name"] == "Ardit Kola"
    assert {n["name"] for n in answer["nodes"]} == {"Ardit Kola", "Victim 3", "+447700900123",
                                                    "Besnik Hoxha"}
    code, out, _ = run("--store", store_url, "stats", "--json")
    stats = json.loads(out)
    assert stats["nodes"]["Person"] == 3 and stats["links"]["USES"] == 2


def test_an_unwritable_output_is_one_line_and_exit_1(tmp_path: Path, links: Path) -> None:
    store = str(tmp_path / "graph.db")
    run("--store", store, "-q", "ingest", str(links))
    out = tmp_path / "missing" / "map.html"
    code, _, err = run("--store", store, "export", "html", str(out))
    assert code == 1 and err.strip() == f"error: {out}: No such file or directory"


def test_bad_rows_give_exit_1_and_the_rest_is_stored(tmp_path: Path, links: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nA,Person,KNOWS,B,Person,R9,2024-01-01\n", encoding="utf-8")
    store = str(tmp_path / "g.db")
    code, out, err = run("--store", store, "ingest", str(links), str(bad))
    assert code == 1
    assert f"rejected {bad}:2: unknown relation 'KNOWS'" in err
    code, out, _ = run("--store", store, "stats", "--json")
    assert json.loads(out)["nodes"]["Report"] == 2


def test_unknown_name_and_ambiguous_name_exit_1(tmp_path: Path) -> None:
    store = str(tmp_path / "g.db")
    path = tmp_path / "two.csv"
    path.write_text(f"{HEADER}\nSam Lee,Person,USES,Sam Lee,Email,R1,2024-01-01\n",
                    encoding="utf-8")
    run("--store", store, "ingest", str(path))
    code, _, err = run("--store", store, "query", "neighbourhood", "Nobody Here")
    assert code == 1 and err.strip() == "error: no entity named 'Nobody Here'"
    code, _, err = run("--store", store, "query", "neighbourhood", "sam lee")
    assert code == 1 and "2 entities are named 'sam lee'" in err and "person:" in err


@pytest.mark.parametrize("args", [
    ["query", "neighbourhood", "X", "--hops", "0"],
    ["query", "neighbourhood", "X", "--hops", "-2"],
    ["query", "neighbourhood", "X", "--hops", "1000"],
    ["query", "neighbourhood", "X", "--type", "DELETE"],
    ["query", "neighbourhood", "X", "--label", "Person`) DETACH DELETE n //"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    code, _, _ = run("--store", str(tmp_path / "g.db"), *args)
    assert code == 2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(("store", "message"), [
    ("http://localhost:7474", "unsupported store URL scheme 'http'"),
    ("bolt://127.0.0.1:{port}", "cannot reach Neo4j at bolt://127.0.0.1:{port}"),
    ("bolt://neo4j:secret@127.0.0.1:7687", "put the password in NEO4J_PASSWORD"),
])
def test_store_configuration_errors_are_one_line_and_exit_2(store: str, message: str) -> None:
    port = free_port()
    code, _, err = run("--store", store.format(port=port), "stats")
    assert code == 2
    assert err.count("\n") == 1 and message.format(port=port) in err
    assert "Traceback" not in err


@pytest.mark.neo4j
def test_wrong_neo4j_password_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from neo4j_support import neo4j_or_fail

    neo4j_or_fail().close()
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    code, _, err = run("stats")
    assert code == 2 and "refused the credentials" in err and err.count("\n") == 1


def test_demo_loads_the_bundled_network(tmp_path: Path) -> None:
    store = str(tmp_path / "demo.db")
    code, out, _ = run("--store", store, "demo")
    assert code == 0
    assert "best-connected person" in out
    code, out, _ = run("--store", store, "stats", "--json")
    stats = json.loads(out)
    assert stats["nodes"]["Person"] >= 5
    assert stats["nodes"]["Report"] >= 5  # the bundled reports, with what they say
    assert stats["links"]["MENTIONED_IN"] > stats["nodes"]["Report"]
    page = (tmp_path / "demo.html").read_text(encoding="utf-8")
    assert "Ardit Kola" in page and "http://" not in page and "https://" not in page
