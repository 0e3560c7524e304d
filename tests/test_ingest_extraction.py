"""`ocgmap ingest` stores what reports say: entities, acts, identifiers and routes, each
traced to its report and sentence, on both stores; `ocgmap extract` prints it unstored."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocgmap.cli.main import cli
from ocgmap.config import max_file_bytes
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore
from ocgmap.ingest.document import Document
from ocgmap.ingest.run import ingest_paths
from ocgmap.model import MENTIONED_IN, Edge, Extraction, Node
from ocgmap.nlp.facts import ParallelFactFinder, fact_finder

FIRST = ("Date: 12/03/2024\nGrading: B2P\n\n"
         "Ardit KOLA (34) recruited three Albanian women aged 17 to 19 in Tirana. "
         "The women were driven from Tirana via Milan to Calais by KOLA in a white van.\n")
SECOND = ("Date: 02/04/2024\n\n"
          "KOLA, Ardit uses 07700 900123. Loredana VASILE also called 07700 900123.\n")
HOSTILE = "Date: 03/04/2024\n\n'}) DETACH DELETE n // was seen with Ardit KOLA in Dover.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (reports / name).write_text(text, encoding="utf-8")
    return reports


def person(store: GraphStore, name: str) -> Node:
    (node,) = store.find_nodes(name, "Person")
    return node


def edges(store: GraphStore, rel_type: str) -> list[Edge]:
    return [e for e in store.subgraph().edges if e.type == rel_type]


def test_facts_are_stored_with_their_report_and_sentence(store: GraphStore,
                                                         folder: Path) -> None:
    summary = ingest_paths([folder], store, facts=fact_finder())
    assert summary.ok and len(summary.stored) == 2
    kola = person(store, "Ardit Kola")
    assert len(kola.reports) == 2  # the same name in two reports is one node
    (recruited,) = edges(store, "RECRUITED")
    assert recruited.source == kola.id
    (evidence,) = recruited.evidence
    assert evidence.sentence.startswith("Ardit KOLA (34) recruited")
    report = store.get_node(evidence.report)
    assert report is not None
    assert report.properties["text"][evidence.start:evidence.end].startswith("Ardit KOLA")
    legs = sorted(edges(store, "LEG"), key=lambda e: int(e.properties["seq"]))
    assert [store.get_node(e.source).name for e in legs] == ["Tirana", "Milan"]  # type: ignore[union-attr]
    assert {e.properties["route"] for e in legs} == {legs[0].properties["route"]}
    phone_users = {store.get_node(e.source).name for e in edges(store, "USES")}  # type: ignore[union-attr]
    assert {"Ardit Kola", "Loredana Vasile"} <= phone_users
    mentions = [e for e in store.subgraph(include_reports=True).edges
                if e.type == MENTIONED_IN and e.source == kola.id]
    assert len(mentions) == 2 and all(e.evidence for e in mentions)


def test_unchanged_reports_are_not_extracted_again(store: GraphStore, folder: Path) -> None:
    finder = fact_finder()
    calls: list[str] = []

    def counting(document: Document, report: Node) -> tuple[Sequence[Node], Sequence[Edge]]:
        calls.append(report.id)
        return finder(document, report)

    ingest_paths([folder], store, facts=counting)
    before = store.counts()
    again = ingest_paths([folder], store, facts=counting)
    assert len(again.unchanged) == 2 and len(calls) == 2
    assert store.counts() == before


def test_a_changed_report_replaces_the_facts_of_its_old_version(store: GraphStore,
                                                                folder: Path) -> None:
    ingest_paths([folder], store, facts=fact_finder())
    (folder / "first.txt").write_text(FIRST.replace("recruited", "met"), encoding="utf-8")
    summary = ingest_paths([folder], store, facts=fact_finder())
    assert len(summary.replaced) == 1
    assert edges(store, "RECRUITED") == []
    assert len(person(store, "Ardit Kola").reports) == 2


def test_hostile_text_is_stored_as_data(store: GraphStore, folder: Path) -> None:
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    summary = ingest_paths([folder], store, facts=fact_finder())
    assert summary.ok and len(summary.stored) == 3
    assert person(store, "Ardit Kola")
    assert store.counts().nodes["Report"] == 3


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_the_contract_json(folder: Path) -> None:
    code, out, _ = run("extract", str(folder / "first.txt"), "--json")
    assert code == 0
    found = Extraction.model_validate(json.loads(out))
    assert found.report.grading == "B2P" and str(found.report.date) == "2024-03-12"
    names = {e.id: e.name for e in found.entities}
    assert ("Ardit Kola", "RECRUITED") in {(names[r.source], r.type) for r in found.relations}
    assert [[names[s] for s in r.stops] for r in found.routes] == [["Tirana", "Milan", "Calais"]]


def test_extract_prints_tables_without_json(folder: Path) -> None:
    code, out, _ = run("extract", str(folder / "first.txt"))
    assert code == 0 and "RECRUITED" in out and "Tirana →" in out and "Milan →" in out


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("links.csv", b"from,from_type,relation,to,to_type,report,date\n", "link records"),
])
def test_extract_of_a_bad_file_is_one_line_and_exit_1(tmp_path: Path, name: str, data: bytes,
                                                      problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run("extract", str(path), "--json")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and name in err and problem in err


def test_extraction_in_worker_processes_stores_the_same_graph(tmp_path: Path,
                                                              folder: Path) -> None:
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    alone = LocalStore(tmp_path / "one.db")
    ingest_paths([folder], alone, facts=fact_finder())
    parallel = ParallelFactFinder(None, False, 2, max_file_bytes())
    try:
        with LocalStore(tmp_path / "two.db") as together:
            summary = ingest_paths([folder], together, facts=parallel)
            assert summary.ok and len(summary.stored) == 3
            assert together.subgraph(include_reports=True) == alone.subgraph(include_reports=True)
    finally:
        parallel.close()
        alone.close()
