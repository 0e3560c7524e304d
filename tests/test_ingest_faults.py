"""Faults a real deployment meets: concurrent writers and a process killed mid-ingest.

Both run real `ocgmap ingest` processes against each store and compare the result with a
clean, sequential ingest of the same files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from ocgmap.graph import open_store
from ocgmap.graph.store import GraphStore
from ocgmap.ingest.records import read_link_records

HEADER = "from,from_type,relation,to,to_type,report,date"


def write_reports(path: Path, first: int, last: int) -> Path:
    """A link-record file with reports first..last-1; people, phones and places recur."""
    rows = [HEADER]
    for i in range(first, last):
        report, person = f"R-{i:05d}", f"Offender {i % 50}"
        rows += [
            f"{person},Person,TRANSPORTED,Victim {i},Person,{report},2024-01-01",
            f"{person},Person,USES,07700 900{i % 100:03d},Phone,{report},2024-01-01",
            f"Victim {i},Person,LIVES_AT,{i % 30} Example Street,Location,{report},2024-01-01",
            f"{person},Person,MEMBER_OF,Group {i % 5},Organisation,{report},2024-01-01",
            f"Business {i % 20},Business,LOCATED_AT,Town {i % 10},Location,{report},2024-01-01",
        ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def ingest_process(store_url: str, *files: Path) -> subprocess.Popen[bytes]:
    # small transactions, so that a kill lands between commits and writers interleave
    env = {**os.environ, "OCGMAP_STORE": store_url, "OCGMAP_BATCH_SIZE": "100"}
    return subprocess.Popen([sys.executable, "-m", "ocgmap", "-q", "ingest", *map(str, files)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def state(store: GraphStore) -> tuple[dict[str, int], dict[str, int], Counter[str]]:
    """Counts, plus how many links each report supports (to catch half-written reports)."""
    counts = store.counts()
    per_report: Counter[str] = Counter()
    for edge in store.subgraph(include_reports=True).edges:
        per_report.update(edge.reports)
    return counts.nodes, counts.edges, per_report


def clean_state(store_url: str, *files: Path) -> tuple[object, ...]:
    with open_store(store_url) as store:
        store.clear()
        assert ingest_process(store_url, *files).wait(timeout=300) == 0
        return state(store)


@pytest.mark.slow
def test_concurrent_ingests_of_overlapping_files_make_no_duplicates(
        store_url: str, tmp_path: Path) -> None:
    a = write_reports(tmp_path / "a.csv", 0, 300)
    b = write_reports(tmp_path / "b.csv", 200, 500)  # reports 200-299 are in both
    c = write_reports(tmp_path / "c.csv", 100, 400)
    first, second = ingest_process(store_url, a, b), ingest_process(store_url, c, b, a)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(timeout=300) == 0, second.stderr.read() if second.stderr else ""
    with open_store(store_url) as store:
        together = state(store)
    assert together == clean_state(store_url, a, b, c)
    assert together[0]["Report"] == 500


@pytest.mark.slow
def test_killed_ingest_leaves_whole_reports_and_a_rerun_completes(
        store_url: str, tmp_path: Path) -> None:
    data = write_reports(tmp_path / "many.csv", 0, 600)
    expected_links = {d.report.id: len(d.edges) for d in read_link_records(data).deltas}
    victim = ingest_process(store_url, data)
    with open_store(store_url) as store:
        deadline = time.monotonic() + 120
        while store.counts().nodes.get("Report", 0) < 30:
            assert time.monotonic() < deadline and victim.poll() is None, "ingest ended early"
            time.sleep(0.02)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        nodes, _, per_report = state(store)
        assert 0 < nodes["Report"] < 600
        stored = {r for r in per_report if r.startswith("R-")}
        assert len(stored) == nodes["Report"]
        assert all(per_report[r] == expected_links[r] for r in stored), "half-written report"
    assert ingest_process(store_url, data).wait(timeout=300) == 0
    with open_store(store_url) as store:
        resumed = state(store)
    assert resumed == clean_state(store_url, data)
