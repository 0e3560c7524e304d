"""Latency of the investigator queries on a large generated graph, on both stores.

Generates a seeded network of `--nodes` entities (people, phones, vehicles, addresses,
businesses) and `--links` links between them (100k and 500k by default; MENTIONED_IN
provenance links come on top), writes it with each store's batched `write_many`, then
times, warm, `neighbourhood --hops 2` and `path` (every shortest path) from random
people, and prints p50 / p95 against the targets (Neo4j p95 < 50 ms, embedded p95 <
200 ms). The baseline, measured in the same run on the same start nodes, is the store's
generic `GraphStore.neighbourhood(hops=2)`.

Neo4j is measured when NEO4J_URI is set (eval "$(scripts/neo4j start)"); its database is
cleared first.

    python bench/queries.py                    # 100k nodes / 500k links, both stores
    python bench/queries.py --nodes 20000 --links 100000 --samples 100   # quicker
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import GraphStore
from ocgmap.model import Edge, Evidence, GraphDelta, Node
from ocgmap.queries import neighbourhood, path

#: Share of nodes per label, and the links drawn between labels (with their weights).
LABELS = {"Person": 0.6, "Phone": 0.15, "Vehicle": 0.08, "Location": 0.12, "Business": 0.05}
LINKS = [("ASSOCIATE_OF", "Person", "Person", 3), ("USES", "Person", "Phone", 2),
         ("USES", "Person", "Vehicle", 1), ("LIVES_AT", "Person", "Location", 1),
         ("TRANSPORTED", "Person", "Person", 1), ("EMPLOYED_BY", "Person", "Business", 1),
         ("LOCATED_AT", "Business", "Location", 1)]
TARGETS_MS = {"neo4j": 50.0, "local": 200.0}


def pools(nodes: int) -> dict[str, list[Node]]:
    """Answer the entity nodes per label."""
    made: dict[str, list[Node]] = {}
    for label, share in LABELS.items():
        props = {"kind": "address"} if label == "Location" else {}
        made[label] = [Node.make(label, f"{label} {i}", props)
                       for i in range(max(1, int(nodes * share)))]
    return made


def generate(nodes: int, links: int, per_report: int, seed: int = 11) -> Iterator[GraphDelta]:
    """Answer the network as reports of `per_report` links each (every node is used)."""
    rng = random.Random(seed)
    by_label = pools(nodes)
    kinds = [(t, a, b) for t, a, b, w in LINKS for _ in range(w)]
    everyone = [n for group in by_label.values() for n in group]
    rng.shuffle(everyone)
    for number, start in enumerate(range(0, links, per_report)):
        report_id = f"QB-{number:05d}"
        used: dict[str, Node] = {}
        edges = []
        for i in range(start, min(start + per_report, links)):
            rel, a_label, b_label = rng.choice(kinds)
            a = everyone[i] if i < len(everyone) and everyone[i].label == a_label \
                else rng.choice(by_label[a_label])
            b = rng.choice(by_label[b_label])
            if a.id == b.id:
                continue
            used[a.id], used[b.id] = a, b
            sentence = f"Line {i}: {a.name} {rel.lower()} {b.name}."
            edges.append(Edge.make(rel, a.id, b.id, {},
                                   [Evidence(report_id, sentence, 0, len(sentence))]))
        day = f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}"
        report = Node(report_id, "Report", report_id, {"date": day, "grading": "B2P"})
        yield GraphDelta.for_report(report, list(used.values()), edges)


def load(store: GraphStore, args: argparse.Namespace) -> float:
    """Clear `store` and write the network; answer the seconds taken."""
    store.clear()
    started = time.perf_counter()
    store.write_many(generate(args.nodes, args.links, args.per_report))
    return time.perf_counter() - started


def timed(ask: Callable[[], object], samples: int) -> list[float]:
    """Answer the milliseconds each of `samples` calls of `ask` took."""
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        ask()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentiles(times: list[float]) -> tuple[float, float]:
    """Answer (p50, p95) of `times`."""
    cuts = statistics.quantiles(times, n=20, method="inclusive")
    return statistics.median(times), cuts[18]


def measure(name: str, store: GraphStore, args: argparse.Namespace) -> None:
    """Load, warm up and time the queries on one store; print the figures."""
    seconds = load(store, args)
    counts = store.counts()
    print(f"{name:6} loaded {counts.total_nodes:,} nodes and {counts.total_edges:,} "
          f"relationships ({counts.total_edges - counts.edges.get('MENTIONED_IN', 0):,} "
          f"without MENTIONED_IN) in {seconds:.1f} s")
    rng = random.Random(3)
    people = pools(args.nodes)["Person"]
    starts = [rng.choice(people).id for _ in range(args.samples)]
    pairs = [(rng.choice(people).id, rng.choice(people).id) for _ in range(args.samples)]
    sizes: list[int] = []
    lengths: list[int] = []

    def one(queue: list[str], run: Callable[[str], object]) -> Callable[[], object]:
        return lambda: run(queue.pop())

    for _ in range(2):  # warm-up: plans compiled, pages cached
        for node_id in starts[:20]:
            neighbourhood(store, node_id, hops=2)
            store.neighbourhood(node_id, 2)
        for a, b in pairs[:20]:
            path(store, a, b)
    base_queue = list(starts)
    baseline = timed(one(base_queue, lambda n: store.neighbourhood(n, 2)), len(starts))
    hood_queue = list(starts)
    hoods = timed(one(hood_queue, lambda n: sizes.append(len(neighbourhood(store, n, 2).nodes))),
                  len(starts))
    path_queue = [f"{a}|{b}" for a, b in pairs if a != b]

    def shortest(pair: str) -> None:
        a, b = pair.split("|")
        found = path(store, a, b)
        lengths.append(found.paths[0].length if found.paths else 0)

    routes = timed(one(path_queue, shortest), len(path_queue))
    target = TARGETS_MS[name]
    base50, base95 = percentiles(baseline)
    print(f"{name:6} baseline GraphStore.neighbourhood(hops=2): p50 {base50:6.1f} ms  "
          f"p95 {base95:6.1f} ms")
    for label, times, note in (
            ("neighbourhood --hops 2", hoods, f"median {statistics.median(sizes):.0f} nodes"),
            ("path (all shortest)", routes, f"median length {statistics.median(lengths):.0f}")):
        p50, p95 = percentiles(times)
        verdict = "meets" if p95 < target else "MISSES"
        print(f"{name:6} {label:24}: p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({note}; "
              f"{verdict} p95 < {target:.0f} ms; p50 {p50 / base50:.2f}x baseline)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--links", type=int, default=500_000)
    parser.add_argument("--per-report", type=int, default=5_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--only", choices=["local", "neo4j"])
    args = parser.parse_args()
    if args.only != "neo4j":
        with tempfile.TemporaryDirectory() as folder:
            store = LocalStore(Path(folder) / "bench.db")
            try:
                measure("local", store, args)
            finally:
                store.close()
    if args.only != "local":
        if not os.environ.get("NEO4J_URI"):
            print("neo4j  skipped: NEO4J_URI is not set (eval \"$(scripts/neo4j start)\")")
            return
        from ocgmap.graph.neo4j_store import Neo4jStore

        neo = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                         os.environ.get("NEO4J_PASSWORD", ""),
                         os.environ.get("NEO4J_DATABASE") or None)
        try:
            measure("neo4j", neo, args)
        finally:
            neo.close()


if __name__ == "__main__":
    main()
