"""`ocgmap resolve`: review suggestions, record decisions, see them kept on later ingests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocgmap.cli.main import cli

REPORTS = {
    "a.txt": "Date: 12/03/2024\n\nArdit KOLA uses mobile 07700 900123. KOLA drove two "
             "Albanian women to Leeds.\n",
    "b.txt": "Date: 20/04/2024\n\nKOLA, Ardit was stopped in a silver Audi AB12 CDE. He uses "
             "mobile 07700 900123 and lives at 12 Hagley Road, Birmingham.\n",
    "c.txt": "Date: 02/05/2024\n\nArdit KOLA was seen at Lucky Nails with Loredana VASILE.\n",
}


def run(store: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--store", store, "-q", *args])
    return result.exit_code, result.stdout, result.stderr


def kola_nodes(store: str) -> list[dict[str, object]]:
    code, out, _ = run(store, "query", "search", "Ardit Kola", "--json")
    assert code == 0, out
    found = json.loads(out)
    hits = found["results"] if isinstance(found, dict) else found
    return [h for h in hits if h.get("label", h.get("type")) == "Person"
            and str(h["name"]).lower() == "ardit kola"]


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_review_merge_split_reject_and_history(store_url: str, reports: Path) -> None:
    assert run(store_url, "ingest", str(reports))[0] == 0
    # a and b share the phone: merged automatically; c has the name alone: suggested
    assert len(kola_nodes(store_url)) == 2
    code, out, _ = run(store_url, "resolve", "suggestions", "--min-score", "0.4", "--json")
    (suggestion,) = [s for s in json.loads(out) if s["a"]["name"] == "Ardit KOLA"
                     or s["a"]["name"] == "Ardit Kola"]
    assert "same full name" in suggestion["reasons"]
    a, b = suggestion["a"]["id"], suggestion["b"]["id"]

    code, out, _ = run(store_url, "resolve", "merge", a, b, "--why", "same DOB on PNC",
                       "--who", "DC Smith", "--json")
    assert code == 0 and json.loads(out)["who"] == "DC Smith"
    (kola,) = kola_nodes(store_url)
    code, out, _ = run(store_url, "resolve", "show", str(kola["id"]), "--json")
    shown = json.loads(out)
    assert len(shown["records"]) == 3
    assert {j["automatic"] for j in shown["joined"]} == {True, False}

    # a later report still lands on the merged entity (the judgement is kept)
    (reports / "d.txt").write_text("Date: 03/06/2024\n\nArdit KOLA uses mobile 07700 900123 "
                                   "again.\n", encoding="utf-8")
    assert run(store_url, "ingest", str(reports))[0] == 0
    assert len(kola_nodes(store_url)) == 1

    code, _, _ = run(store_url, "resolve", "split", str(kola["id"]), "--why", "test")
    assert code == 0 and len(kola_nodes(store_url)) == 4
    code, out, _ = run(store_url, "resolve", "history", "--json")
    assert [j["kind"] for j in json.loads(out)] == ["merge", "split"]


@pytest.mark.slow
def test_bad_judgements_are_one_line_errors(store_url: str, reports: Path) -> None:
    assert run(store_url, "ingest", str(reports))[0] == 0
    ids = [str(n["id"]) for n in kola_nodes(store_url)]
    code, _, err = run(store_url, "resolve", "merge", ids[0], ids[0])
    assert code == 1 and "with itself" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(store_url, "resolve", "merge", ids[0], "+447700900123")
    assert code == 1 and "only people and businesses" in err
    code, _, err = run(store_url, "resolve", "reject", ids[0], "Nobody Known")
    assert code == 1 and "Nobody Known" in err
    code, _, err = run(store_url, "resolve", "merge", ids[0], "Lucky Nails")
    assert code == 1 and "different types" in err
    code, out, _ = run(store_url, "resolve", "reject", ids[0], ids[1])
    assert code == 0
    code, out, _ = run(store_url, "resolve", "suggestions", "--json")
    assert not any({s["a"]["id"], s["b"]["id"]} == set(ids) for s in json.loads(out))


@pytest.mark.slow
def test_a_judgement_whose_report_was_replaced_is_reported_not_applied(
        store_url: str, reports: Path) -> None:
    assert run(store_url, "ingest", str(reports))[0] == 0
    first, second = (str(n["id"]) for n in kola_nodes(store_url))
    assert run(store_url, "resolve", "merge", first, second, "--why", "PNC")[0] == 0
    (reports / "c.txt").write_text("Date: 02/05/2024\n\nLoredana VASILE was seen at Lucky "
                                   "Nails.\n", encoding="utf-8")  # c no longer names him
    result = CliRunner().invoke(cli, ["--store", store_url, "ingest", str(reports)])
    assert result.exit_code == 0 and "not applied" in result.stderr
    _, out, _ = run(store_url, "resolve", "history", "--json")
    (judgement,) = json.loads(out)
    assert judgement["missing"] and judgement["why"] == "PNC"
