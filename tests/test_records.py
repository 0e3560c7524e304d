"""Structured link records: the CSV/JSONL contract, per-row errors, encodings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocgmap.errors import ItemError
from ocgmap.ingest.records import read_link_records
from ocgmap.model import MENTIONED_IN

HEADER = "from,from_type,relation,to,to_type,report,date"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_rows_become_one_delta_per_report_with_extra_columns_as_properties(tmp_path: Path) -> None:
    path = write(tmp_path, "links.csv", f"{HEADER},purpose,mode\n"
                 "Ardit Kola,Person,TRANSPORTED,Victim 3,Person,R-0001,2024-03-12,,lorry\n"
                 "Ardit Kola,Person,USES,07700 900123,Phone,R-0001,2024-03-12,,\n"
                 "Dritan Leka,Person,EXPLOITED,Victim 3,Person,R-0002,12/04/2024,sexual,\n")
    batch = read_link_records(path)
    assert batch.records == 3 and batch.problems == []
    by_report = {d.report.id: d for d in batch.deltas}
    assert set(by_report) == {"R-0001", "R-0002"}
    r1 = by_report["R-0001"]
    assert r1.report.properties["date"] == "2024-03-12"
    names = sorted(n.name for n in r1.nodes)
    assert names == ["+447700900123", "Ardit Kola", "Victim 3"]
    [moved] = [e for e in r1.edges if e.type == "TRANSPORTED"]
    assert moved.properties == {"mode": "lorry", "date": "2024-03-12"}
    assert moved.evidence[0].sentence.startswith("Ardit Kola,Person,TRANSPORTED")
    assert sum(e.type == MENTIONED_IN for e in r1.edges) == 3
    [exploited] = [e for e in by_report["R-0002"].edges if e.type == "EXPLOITED"]
    assert exploited.properties == {"purpose": "sexual", "date": "2024-04-12"}


def test_bad_rows_are_reported_with_file_line_and_allowed_values(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", f"{HEADER}\n"
                 "A,Person,KNOWS,B,Person,R1,2024-01-01\n"
                 "A,Persn,USES,07700 900123,Phone,R1,2024-01-01\n"
                 "A,Person,USES,B,Person,R1,2024-01-01\n"
                 "\n"
                 "A,Person,USES,07700 900123,Phone,R1,31/31/2024\n"
                 ",Person,USES,07700 900123,Phone,R1,2024-01-01\n"
                 "A,Person,USES,07700 900123,Phone,R1,2024-01-01\n")
    batch = read_link_records(path)
    problems = {p.where: p.problem for p in batch.problems}
    assert set(problems) == {f"{path}:{n}" for n in (2, 3, 4, 6, 7)}
    assert "unknown relation 'KNOWS'" in problems[f"{path}:2"]
    assert "RECRUITED" in problems[f"{path}:2"]  # the allowed values are listed
    assert "unknown node type 'Persn'" in problems[f"{path}:3"]
    assert "USES cannot link Person to Person" in problems[f"{path}:4"]
    assert "date" in problems[f"{path}:6"]
    assert "empty from" in problems[f"{path}:7"]
    assert [d.report.id for d in batch.deltas] == ["R1"]
    assert len([e for e in batch.deltas[0].edges if e.type == "USES"]) == 1


def test_jsonl_records_and_their_errors(tmp_path: Path) -> None:
    good = {"from": "Ardit Kola", "from_type": "Person", "relation": "USES",
            "to": "AB12 CDE", "to_type": "Vehicle", "report": "R7", "date": "2024-02-01",
            "colour": "white"}
    path = write(tmp_path, "links.jsonl",
                 json.dumps(good) + "\n{not json\n[1, 2]\n\n"
                 + json.dumps({**good, "id": "x"}) + "\n")
    batch = read_link_records(path)
    assert [p.where for p in batch.problems] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "invalid JSON" in batch.problems[0].problem
    assert "reserved" in batch.problems[2].problem
    [delta] = batch.deltas
    [uses] = [e for e in delta.edges if e.type == "USES"]
    assert uses.properties["colour"] == "white"
    assert {n.name for n in delta.nodes} == {"Ardit Kola", "AB12CDE"}


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig", "cp1252"])
def test_legacy_and_utf16_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "enc.csv", f"{HEADER}\nJosé Müller,Person,USES,"
                 "07700 900123,Phone,R1,2024-01-01\n", encoding)
    [delta] = read_link_records(path).deltas
    assert "José Müller" in {n.name for n in delta.nodes}


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"name,age\nA,3\n", "missing column(s) from, from_type, relation, to, to_type"),
    (f"{HEADER},id\n".encode(), "reserved"),
])
def test_unusable_files_raise_one_error_naming_the_file(tmp_path: Path, content: bytes,
                                                       problem: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ItemError) as caught:
        read_link_records(path)
    assert caught.value.where == str(path)
    assert problem in caught.value.problem
