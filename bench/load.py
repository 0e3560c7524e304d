"""Write throughput of each store: batched `UNWIND`/`executemany` against row by row.

Generates a seeded network (people, phones, vehicles, places; at least 100k links),
splits it into reports of `--per-report` links, and writes it through each store twice:
batched (the default batch size) and row by row (batch size 1, on a subset so the run
stays short). Prints links per second and the batched / row-by-row ratio, both measured
in this run. Neo4j is measured when NEO4J_URI is set (eval "$(scripts/neo4j start)").

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
    for delta in deltas:
        store.write(delta)
    seconds = time.perf_counter() - started
    return seconds, domain_links(deltas), sum(len(d.edges) for d in deltas)


def run(name: str, make: Callable[[int], GraphStore], deltas: list[GraphDelta],
        rowwise_links: int) -> None:
    """Measure one store batched and row by row, and print the figures."""
    subset = []
    for delta in deltas:
        if domain_links(subset) >= rowwise_links:
            break
        subset.append(delta)
    batched_store, row_store = make(DEFAULT_BATCH_SIZE), make(1)
    secs, links, total = measure(batched_store, deltas)
    row_secs, row_links, _ = measure(row_store, subset)
    batched_rate, row_rate = links / secs, row_links / row_secs
    print(f"{name:6} batched    : {links:>7} links ({total} with MENTIONED_IN) in {secs:6.2f} s"
          f" = {batched_rate:>9,.0f} links/s")
    print(f"{name:6} row by row : {row_links:>7} links in {row_secs:6.2f} s"
          f" = {row_rate:>9,.0f} links/s")
    print(f"{name:6} ratio batched / row by row = {batched_rate / row_rate:.1f}x")
    stored = batched_store.counts().total_edges
    print(f"{name:6} stored links after the batched run: {stored}")
    batched_store.clear()
    batched_store.close()
    row_store.close()


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
