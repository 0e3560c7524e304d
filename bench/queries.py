"""Latency of the investigator queries on a large generated graph, on both stores.

Generates a seeded network of `--nodes` entities (people, phones, vehicles, addresses,
businesses) and `--links` links between them (100k and 500k by default; MENTIONED_IN
provenance links, about 950k, come on top), writes it into each store, then times, warm,
`neighbourhood --hops 2` and `path` (every shortest path) from random people, and prints
p50 / p95 against the targets (Neo4j p95 < 50 ms, embedded p95 < 200 ms) with the load
average (the timings are only as quiet as the machine). The baseline, measured in the
same run on the same start nodes, is the store's generic `GraphStore.neighbourhood(hops=2)`.

The embedded store is written with `write_many`. Neo4j (measured when NEO4J_URI is set:
eval "$(scripts/neo4j start)"; its database is cleared first) is written by a bulk loader
(`fold` replays the store's MERGE semantics in Python, then batched `UNWIND $rows CREATE`
statements write the same labels, types and properties), as `write_many` manages only
about 2k links a second; `--write-many` uses the store's path instead. `--reuse` keeps a
Neo4j database that already holds a graph of exactly these counts, so a rerun skips the
load.

    python bench/queries.py                    # 100k nodes / 500k links, both stores
    python bench/queries.py --only neo4j --reuse   # rerun Neo4j on the graph already loaded
    python bench/queries.py --nodes 20000 --links 100000 --samples 100   # quicker
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ocgmap.graph.cypher import ENTITY
from ocgmap.graph.local import LocalStore
from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import GraphStore, batches
from ocgmap.ids import name_key
from ocgmap.model import REPORT_LABEL, Counts, Edge, Evidence, GraphDelta, Node
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


def load(store: GraphStore, args: argparse.Namespace) -> float | None:
    """Clear `store` and write the network; answer the seconds taken (None when `--reuse`
    found Neo4j already holding a graph of exactly the same counts, and kept it)."""
    started = time.perf_counter()
    deltas = generate(args.nodes, args.links, args.per_report)
    if isinstance(store, LocalStore) or args.write_many:
        store.clear()
        started = time.perf_counter()
        store.write_many(deltas)
        return time.perf_counter() - started
    nodes, edges = fold(deltas)
    if args.reuse and store.counts() == counts_of(nodes, edges):
        return None
    store.clear()
    bulk_load_neo4j(nodes, edges, args.bulk_batch)
    return time.perf_counter() - started


def counts_of(nodes: dict[str, dict[str, Any]], edges: dict[str, dict[str, Any]]) -> Counts:
    """Answer the counts a store holding the folded `nodes` and `edges` reports."""
    labels = collections.Counter(row["label"] for row in nodes.values())
    types = collections.Counter(row["type"] for row in edges.values())
    return Counts(dict(labels), dict(types))


def _union(old: list[Any], new: list[Any]) -> list[Any]:
    return old + [x for x in new if x not in old]


def fold(deltas: Iterable[GraphDelta]) -> tuple[dict[str, dict[str, Any]],
                                                 dict[str, dict[str, Any]]]:
    """Answer the nodes and relationships `Neo4jStore.write_many(deltas)` would leave in an
    empty database, as rows {label or type, (source, target,) props}: first name wins,
    later properties win, reports and evidence (and list properties) are appended once each,
    in write order (the MERGE statements of `graph/cypher.py`, replayed in Python)."""
    list_keys = load_schema().list_properties
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}

    def merge(stored: dict[str, Any], props: Mapping[str, Any], report: str) -> None:
        for key, value in props.items():
            if key in list_keys:
                stored[key] = _union(stored.get(key, []), list(value))
            else:
                stored[key] = value
        if report not in stored["reports"]:
            stored["reports"].append(report)

    for delta in deltas:
        report = delta.report
        nodes[report.id] = {"label": REPORT_LABEL, "props": {
            "id": report.id, "name": report.name, "name_key": name_key(report.name),
            **report.properties, "reports": [report.id]}}
        for node in delta.nodes:
            row = nodes.get(node.id)
            if row is None:
                nodes[node.id] = row = {"label": node.label, "props": {
                    "id": node.id, "name": node.name, "name_key": name_key(node.name),
                    "reports": []}}
            merge(row["props"], node.properties, report.id)
        for edge in delta.edges:
            row = edges.get(edge.id)
            if row is None:
                edges[edge.id] = row = {"type": edge.type, "source": edge.source,
                                        "target": edge.target,
                                        "props": {"id": edge.id, "reports": [], "evidence": []}}
            merge(row["props"], edge.properties, report.id)
            if edge.evidence:
                row["props"]["evidence"] = _union(row["props"]["evidence"],
                                                  [e.to_json() for e in edge.evidence])
    return nodes, edges


def _checked(name: str, allowed: Collection[str]) -> str:
    if name not in allowed or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"{name!r} is not in the schema whitelist")
    return f"`{name}`"


def bulk_load_neo4j(nodes: dict[str, dict[str, Any]], edges: dict[str, dict[str, Any]],
                    batch: int) -> None:
    """Write folded deltas (`fold`) into the empty Neo4j database of NEO4J_* with batched
    `UNWIND $rows CREATE` statements: the same labels, types and properties as
    `Neo4jStore.write_many`, so the store reads them as its own, at bulk speed (links find
    their ends by element id, not by index seeks)."""
    import neo4j

    schema = load_schema()
    by_label: dict[str, list[dict[str, Any]]] = {}
    for row in nodes.values():
        by_label.setdefault(row["label"], []).append(row["props"])
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in edges.values():
        by_type.setdefault(row["type"], []).append(
            {"s": row["source"], "t": row["target"], "p": row["props"]})
    driver = neo4j.GraphDatabase.driver(
        os.environ["NEO4J_URI"], auth=(os.environ.get("NEO4J_USERNAME", "neo4j"),
                                       os.environ.get("NEO4J_PASSWORD", "")))
    database = os.environ.get("NEO4J_DATABASE") or None
    handles: dict[str, str] = {}  # node id -> elementId, so links skip the index seeks
    try:
        with driver.session(database=database) as session:
            for label, rows in sorted(by_label.items()):
                labels = (REPORT_LABEL if label == REPORT_LABEL else
                          f"{ENTITY}:{_checked(label, schema.entity_labels)}")
                query = (f"UNWIND $rows AS row CREATE (n:{labels}) SET n = row "
                         "RETURN n.id AS id, elementId(n) AS handle")
                for chunk in batches(rows, batch):
                    handles.update(session.execute_write(
                        lambda tx, q=query, c=chunk: [(r["id"], r["handle"])
                                                      for r in tx.run(q, rows=c)]))
            for rel_type, rows in sorted(by_type.items()):
                for row in rows:
                    row["s"], row["t"] = handles[row["s"]], handles[row["t"]]
                query = ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.s "
                         "MATCH (b) WHERE elementId(b) = row.t "
                         f"CREATE (a)-[r:{_checked(rel_type, schema.relations)}]->(b) "
                         "SET r = row.p")
                for chunk in batches(rows, batch):
                    session.execute_write(lambda tx, q=query, c=chunk: tx.run(q, rows=c).consume())
    finally:
        driver.close()


def timed(ask: Callable[[], object], samples: int) -> list[float]:
    """Answer the milliseconds each of `samples` calls of `ask` took."""
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        ask()
        times.append((time.perf_counter() - started) * 1000)
    return times


def load_average() -> str:
    """Answer the 1, 5 and 15 minute load averages (other work skews the timings)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def percentiles(times: list[float]) -> tuple[float, float]:
    """Answer (p50, p95) of `times`."""
    cuts = statistics.quantiles(times, n=20, method="inclusive")
    return statistics.median(times), cuts[18]


def measure(name: str, store: GraphStore, args: argparse.Namespace) -> None:
    """Load, warm up and time the queries on one store; print the figures."""
    seconds = load(store, args)
    counts = store.counts()
    how = ("kept from an earlier run (--reuse)" if seconds is None else
           f"in {seconds:.1f} s with " + ("write_many" if name == "local" or args.write_many
                                         else "the bulk loader") + ", generating included")
    print(f"{name:6} loaded {counts.total_nodes:,} nodes and {counts.total_edges:,} "
          f"relationships ({counts.total_edges - counts.edges.get('MENTIONED_IN', 0):,} "
          f"without MENTIONED_IN) {how}")
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
          f"p95 {base95:6.1f} ms  (load average {load_average()})")
    for label, times, note in (
            ("neighbourhood --hops 2", hoods, f"median {statistics.median(sizes):.0f} nodes"),
            ("path (all shortest)", routes, f"median length {statistics.median(lengths):.0f}")):
        p50, p95 = percentiles(times)
        verdict = "meets" if p95 < target else "MISSES"
        print(f"{name:6} {label:24}: p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({note}; "
              f"{verdict} p95 < {target:.0f} ms; p50 {p50 / base50:.2f}x, "
              f"p95 {p95 / base95:.2f}x baseline)")
    print(f"{name:6} load average after timing: {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--links", type=int, default=500_000)
    parser.add_argument("--per-report", type=int, default=5_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--only", choices=["local", "neo4j"])
    parser.add_argument("--write-many", action="store_true",
                        help="load Neo4j through the store's write_many (slow) instead of "
                             "the bulk loader")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the Neo4j database when it already holds a graph with "
                             "exactly the counts this one would have (reruns skip the load)")
    parser.add_argument("--bulk-batch", type=int, default=20_000,
                        help="rows per bulk-loader transaction")
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
