"""A small trafficking network with hostile names, in a local store, and Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp_browser import IN_CI, Browser, find_chromium

from ocgmap.graph.local import LocalStore
from ocgmap.model import Edge, Evidence, GraphDelta, Node

#: Names an attacker could plant in a report; none may run as script or markup.
HOSTILE = ("<img src=x onerror=\"window.__pwned=1;alert(1)\">",
           "</script><script>window.__pwned=2;alert(2)</script>",
           "\"><svg onload=alert(3)>@@DATA@@")


def _report(rid: str, date: str, grading: str, title: str = "") -> Node:
    return Node(rid, "Report", rid, {"date": date, "grading": grading, "title": title,
                                     "text": "FULL REPORT TEXT MUST NOT BE EXPORTED"})


def _link(rel: str, a: Node, b: Node, rid: str, sentence: str, **props: object) -> Edge:
    return Edge.make(rel, a.id, b.id, props,  # type: ignore[arg-type]
                     [Evidence(rid, sentence, 0, len(sentence))])


KOLA = Node.make("Person", "Ardit Kola", {"roles": ["transporter"]},
                 [Evidence("R-1", "Ardit KOLA drives a white van.", 0, 30)])
HOXHA = Node.make("Person", "Besnik Hoxha", {"roles": ["recruiter"]})
VASILE = Node.make("Person", "Loredana Vasile", {"roles": ["victim"], "aliases": ["Lori"],
                                                  "dob": "2001-02-03", "nationality": "Romanian"})
MIRA = Node.make("Person", "Mira Dobre")
PHONE = Node.make("Phone", "+447700900123")
FLAT = Node.make("Location", "14 Example Street Leeds", {"kind": "address"})
NETWORK = Node.make("Organisation", "Kola Network")
EVIL = [Node.make("Person", name) for name in HOSTILE]


def deltas() -> list[GraphDelta]:
    """Three reports: Kola transports Vasile and Mira; Hoxha recruits; hostile associates."""
    r1 = GraphDelta.for_report(
        _report("R-1", "2024-03-12", "B2P", "Kola network, Leeds"),
        [KOLA, VASILE, MIRA, PHONE, FLAT, NETWORK], [
            _link("TRANSPORTED", KOLA, VASILE, "R-1",
                  "Ardit KOLA drove Loredana VASILE (Lori) to 14 Example Street, Leeds.",
                  mode="car"),
            _link("TRANSPORTED", KOLA, MIRA, "R-1", "KOLA also moved Mira Dobre."),
            _link("USES", VASILE, PHONE, "R-1", "Lori was given 07700 900123 by KOLA."),
            _link("LIVES_AT", VASILE, FLAT, "R-1", "VASILE lives at 14 Example Street, Leeds."),
            _link("MEMBER_OF", KOLA, NETWORK, "R-1", "KOLA is a member of the Kola Network."),
        ])
    r2 = GraphDelta.for_report(
        _report("R-2", "2024-04-02", "C3C"), [HOXHA, VASILE, KOLA], [
            _link("RECRUITED", HOXHA, VASILE, "R-2", "HOXHA recruited Loredana Vasile."),
            _link("ASSOCIATE_OF", HOXHA, KOLA, "R-2", "HOXHA and KOLA are associates."),
        ])
    r3 = GraphDelta.for_report(
        _report("R-3", "2024-05-06", "A1P", HOSTILE[0]), [KOLA, *EVIL], [
            _link("ASSOCIATE_OF", KOLA, evil, "R-3", f"KOLA met {evil.name} in Leeds.",
                  note=evil.name)
            for evil in EVIL])
    return [r1, r2, r3]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    """A local store holding `deltas()`."""
    made = LocalStore(tmp_path / "viz.db")
    made.write_many(deltas())
    yield made
    made.close()


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium binary; skip when absent, but fail under CI=true."""
    binary = find_chromium()
    if binary is None:
        problem = "Chromium is not installed (run scripts/chromium, or apt-get install chromium)"
        if IN_CI:
            pytest.fail(f"Chromium is required under CI=true: {problem}")
        pytest.skip(problem)
    return binary


@pytest.fixture
def browser(chromium: str) -> Iterator[Browser]:
    """A fresh headless Chromium page with the network closed."""
    with Browser(chromium) as made:
        yield made
