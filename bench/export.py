"""Export time and file size per format, and how fast the HTML map settles in Chromium.

Builds seeded networks of 500, 5,000 and 50,000 entity nodes (people, phones, vehicles,
places, businesses, groups; about 1.5 links per node; one report per 25 nodes, each fact
with its evidence sentence) in a local store, then times `load_map` + each exporter (the
whole of `ocgmap export`) and reports the output size. The HTML map above 5,000 nodes
keeps the 5,000 best-connected (the documented `--max-nodes`), so its 50,000 row measures
that cut. Settle time is from navigation until the page has laid out and frozen physics,
in headless Chromium (software rendering) with the network closed.

Each size also times a baseline in the same run: reading the same graph from the store
and dumping it as plain JSON (`load_map` + `json.dumps` of its nodes and links); the
"× base" column is each export's time over that baseline, i.e. what the format itself
costs.

Targets (issue #8): 5,000-node export under 3 s; 5,000-node page settled within 10 s.

    python bench/export.py                # 500, 5,000, 50,000 nodes; settle at 500, 5,000
    python bench/export.py --sizes 500 5000 --no-browser
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from ocgmap.graph.local import LocalStore
from ocgmap.model import Edge, Evidence, GraphDelta, Node
from ocgmap.queries.results import edge_json, node_json
from ocgmap.viz.exporters import export
from ocgmap.viz.mapgraph import load_map

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "viz"))
from cdp_browser import Browser, find_chromium

KINDS = [("Person", 0.55), ("Phone", 0.12), ("Vehicle", 0.08), ("Location", 0.12),
         ("Business", 0.08), ("Organisation", 0.05)]
LINK_FOR = {"Phone": "USES", "Vehicle": "USES", "Location": "LIVES_AT", "Business": "OWNS",
            "Organisation": "MEMBER_OF"}
PERSON_LINKS = ["ASSOCIATE_OF", "TRANSPORTED", "RECRUITED", "CONTROLS", "PAID"]
EXPORT_TARGET_S, SETTLE_TARGET_S = 3.0, 10.0


def generate(n: int, seed: int = 7, per_report: int = 25) -> list[GraphDelta]:
    """Answer deltas of a seeded network of about `n` entity nodes."""
    rnd = random.Random(seed)
    labels = rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS], k=n)
    labels[0] = "Person"
    nodes = [Node.make(label, f"{label} {i:06d}") for i, label in enumerate(labels)]
    people = [node for node in nodes if node.label == "Person"]
    deltas = []
    for start in range(0, n, per_report):
        rid = f"R-{start // per_report:06d}"
        members, edges = nodes[start:start + per_report], []
        touched: dict[str, Node] = {m.id: m for m in members}
        for node in members:
            other = rnd.choice(people[:max(1, len(people) * (start + per_report) // n)])
            rel = LINK_FOR.get(node.label, rnd.choice(PERSON_LINKS))
            if other.id == node.id:
                continue
            touched[other.id] = other
            sentence = f"{other.name} {rel.lower()} {node.name} on 12 March 2024."
            edges.append(Edge.make(rel, other.id, node.id, {"date": "2024-03-12"},
                                   [Evidence(rid, sentence, 0, len(sentence))]))
            if node.label == "Person" and rnd.random() < 0.5:
                peer = rnd.choice(people)
                if peer.id != node.id:
                    touched[peer.id] = peer
                    edges.append(Edge.make("ASSOCIATE_OF", node.id, peer.id, {},
                                           [Evidence(rid, f"{node.name} knows {peer.name}.")]))
        report = Node(rid, "Report", rid, {"date": "2024-03-12", "grading": "B2P",
                                           "title": f"Report {rid}"})
        deltas.append(GraphDelta.for_report(report, list(touched.values()), edges))
    return deltas


def baseline(store: LocalStore, out: Path) -> float:
    """Answer the seconds to read the graph for a map and write it as plain JSON."""
    start = time.perf_counter()
    graph = load_map(store)
    out.write_text(json.dumps({"nodes": [node_json(n) for n in graph.nodes],
                               "edges": [edge_json(e) for e in graph.edges]}),
                   encoding="utf-8")
    return time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 50_000])
    parser.add_argument("--settle-sizes", type=int, nargs="+", default=[500, 5_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    chromium = None if args.no_browser else find_chromium()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'nodes':>7} {'format':>8} {'export s':>9} {'× base':>7} {'size MB':>8}  notes")
        pages: dict[int, Path] = {}
        for n in args.sizes:
            store = LocalStore(folder / f"bench-{n}.db")
            store.write_many(generate(n))
            base = baseline(store, folder / f"{n}-base.json")
            print(f"{n:>7} {'baseline':>8} {base:>9.2f} {1:>7.2f} {'':>8}  read + plain JSON")
            for fmt, name in (("html", "map.html"), ("graphml", "map.graphml"),
                              ("gexf", "map.gexf"), ("csv", "i2")):
                out = folder / f"{n}-{name}"
                start = time.perf_counter()
                graph = load_map(store)
                files = export(graph, fmt, out)
                took = time.perf_counter() - start
                size = sum(f.stat().st_size for f in files) / 1e6
                note = ""
                if n == 5_000:
                    note = (f"target < {EXPORT_TARGET_S:.0f} s: "
                            f"{'met' if took < EXPORT_TARGET_S else 'MISSED'} "
                            f"({took / EXPORT_TARGET_S:.2f} of target)")
                print(f"{len(graph.nodes):>7} {fmt:>8} {took:>9.2f} {took / base:>7.2f} "
                      f"{size:>8.2f}  {note}")
                if fmt == "html":
                    pages[n] = out
            store.close()
        if chromium is None:
            print("settle: skipped (no Chromium; run scripts/chromium)")
            return
        print(f"\n{'nodes':>7} {'settle s':>9}  notes (headless Chromium, software rendering)")
        for n in args.settle_sizes:
            if n not in pages:
                continue
            with Browser(chromium) as browser:
                browser.open(pages[n])
                took = browser.wait_for(
                    "document.body && document.body.getAttribute('data-settled')", 120)
                shown = browser.evaluate("ocgmapNetwork.body.nodeIndices.length")
                requests = len(browser.requests()) - 1
            note = f"{shown} nodes drawn, {requests} network requests"
            if n == 5_000:
                note += (f"; target < {SETTLE_TARGET_S:.0f} s: "
                         f"{'met' if took < SETTLE_TARGET_S else 'MISSED'}")
            print(f"{n:>7} {took:>9.2f}  {note}")


if __name__ == "__main__":
    main()
