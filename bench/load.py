"""Write throughput of each store: batched against row by row.

Generates a seeded network (people, phones, vehicles, places; 100k links by default),
splits it into reports of `--per-report` links, and writes it through each store:

* batched, the whole network: `write_many` with the default batch size (several reports
  per transaction, `UNWIND $rows` / `executemany` of up to 10,000 rows);
* batched and row by row on the same first `--rowwise-links` links, into an empty store,
  so the ratio compares like with like (row by row = batch size 1: a transaction per
  report and a statement per row; on Neo4j a node and its MENTIONED_IN link to the
  report are one row, as they are in a batched write).

Rates count every relationship written, the MENTIONED_IN provenance links included, and
the domain links alone. Neo4j is measured when NEO4J_URI is set
(eval "$(scripts/neo4j start)"); a warm-up write comes first so JIT compilation and
query planning are not timed. Each figure ends with the 1-minute load average.

    python bench/load.py                 # 100k links, both stores
    python bench/load.py --links 20000   # quicker
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import DEFAULT_BATCH_SIZE, GraphStore
from ocgmap.model import Edge, Evidence, GraphDelta, Node

LINK_TYPES = [("ASSOCIATE_OF", "Person", "Person"), ("USES", "Person", "Phone"),
              ("USES", "Person", "Vehicle"), ("LIVES_AT", "Person", "Location"),
              ("TRANSPORTED", "Person", "Person")]


def generate(links: int, per_report: int, seed: int = 7) -> list[GraphDelta]:
    """Answer a seeded network of `links` links, as reports of `per_report` links each."""
    rng = random.Random(seed)
    pools = {"Person": links // 4, "Phone": links // 10, "Vehicle": links // 20,
             "Location": links // 20}
    deltas = []
    for start in range(0, links, per_report):
        report_id = f"BENCH-{start // per_report:05d}"
        nodes: dict[str, Node] = {}
        edges = []
        for i in range(start, min(start + per_report, links)):
            rel, src_label, dst_label = rng.choice(LINK_TYPES)
            a = Node.make(src_label, f"{src_label} {rng.randrange(pools[src_label])}")
            b = Node.make(dst_label, f"{dst_label} {rng.randrange(pools[dst_label])}")
            nodes[a.id], nodes[b.id] = a, b
            sentence = f"Sentence {i}: {a.name} {rel.lower()} {b.name}."
            edges.append(Edge.make(rel, a.id, b.id, {"weight": i % 7},
                                   [Evidence(report_id, sentence, 0, len(sentence))]))
        report = Node(report_id, "Report", report_id, {"source": "bench"})
        deltas.append(GraphDelta.for_report(report, list(nodes.values()), edges))
    return deltas


def domain_links(deltas: list[GraphDelta]) -> int:
    """Answer the links in `deltas`, leaving out the MENTIONED_IN links to reports."""
    return sum(1 for d in deltas for e in d.edges if e.type != "MENTIONED_IN")


def measure(store: GraphStore, deltas: list[GraphDelta]) -> tuple[float, int, int]:
    """Write `deltas` into a cleared `store`; answer (seconds, domain links, all links)."""
    store.clear()
    started = time.perf_counter()
    store.write_many(deltas)
    seconds = time.perf_counter() - started
    return seconds, domain_links(deltas), sum(len(d.edges) for d in deltas)


def line(name: str, mode: str, figures: tuple[float, int, int]) -> float:
    """Print one measurement; answer its rate in relationships per second."""
    seconds, links, total = figures
    # the machine may be shared: the 1-minute load average says how far to trust a figure
    print(f"{name:6} {mode:22}: {total:>7} relationships ({links} links) in {seconds:6.2f} s"
          f" = {total / seconds:>8,.0f} relationships/s, {links / seconds:>7,.0f} links/s"
          f"  (load {os.getloadavg()[0]:.2f})")
    return total / seconds


def run(name: str, make: Callable[[int], GraphStore], deltas: list[GraphDelta],
        rowwise_links: int) -> None:
    """Measure one store batched and row by row, and print the figures."""
    subset: list[GraphDelta] = []
    for delta in deltas:
        if domain_links(subset) >= rowwise_links:
            break
        subset.append(delta)
    batched = make(DEFAULT_BATCH_SIZE)
    measure(batched, deltas[:2])  # warm-up
    line(name, "batched, all", measure(batched, deltas))
    print(f"{name:6} {'':22}  ({batched.counts().total_edges} relationships stored)")
    small_batched = line(name, "batched, subset", measure(batched, subset))
    batched.clear()
    batched.close()
    rowwise = make(1)
    small_rowwise = line(name, "row by row, subset", measure(rowwise, subset))
    rowwise.clear()
    rowwise.close()
    print(f"{name:6} ratio batched / row by row on the same subset = "
          f"{small_batched / small_rowwise:.1f}x")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--links", type=int, default=100_000)
    parser.add_argument("--per-report", type=int, default=1_000)
    parser.add_argument("--rowwise-links", type=int, default=10_000)
    args = parser.parse_args()
    deltas = generate(args.links, args.per_report)
    print(f"generated {domain_links(deltas)} links in {len(deltas)} reports")
    with tempfile.TemporaryDirectory() as tmp:
        run("local", lambda size: LocalStore(Path(tmp) / f"bench-{size}.db", batch_size=size),
            deltas, args.rowwise_links)
    if os.environ.get("NEO4J_URI"):
        from ocgmap.graph.neo4j_store import Neo4jStore

        def neo(size: int) -> GraphStore:
            return Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                              os.environ.get("NEO4J_PASSWORD", ""), batch_size=size)

        run("neo4j", neo, deltas, min(args.rowwise_links, 5_000))
    else:
        print("neo4j  skipped: NEO4J_URI is not set (eval \"$(scripts/neo4j start)\")")


if __name__ == "__main__":
    main()
