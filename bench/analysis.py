"""Benchmark and planted-truth check of `ocgmap.analysis`.

Prints, for generated graphs of 10k, 100k and 500k relationships (1M with --big), the
wall time of every analysis of `ocgmap analyse` (one process per size), the total CPU
time of the process (less sensitive to other load on a shared machine), its peak memory,
the load average before and after, and the ratio against plain NetworkX (betweenness,
Louvain, PageRank, global efficiency) measured in the same run on the graphs where plain
NetworkX finishes in reasonable time. The target: the whole set on 100k nodes / 500k
relationships within 60 s on 2 cores. Then the planted-truth figures on a synthetic world
(`ocgmap synth`), built from its truth files (the extraction layer is not used); the
truth files are read only to score the answers.

    .venv/bin/python bench/analysis.py [--big] [--groups 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from math import comb
from pathlib import Path
from typing import Any

import networkx as nx

from ocgmap.analysis import (
    analysis_graph,
    brokerage,
    corridors,
    describe_groups,
    find_groups,
    group_hubs,
    group_leaders,
    hub_scores,
    kernels,
    membership,
    person_projection,
    recruiters,
    recruitments,
    simulate,
    transit_points,
)
from ocgmap.graph.local import LocalStore
from ocgmap.model import Edge, GraphDelta, Node

# ---------------------------------------------------------------------------------------
# generated graphs
# ---------------------------------------------------------------------------------------


def generated(relationships: int, seed: int = 1) -> nx.MultiDiGraph:
    """Answer an ocgmap-shaped graph with about `relationships` links (5 per node)."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    places = [f"LOC{i}" for i in range(300)]
    for p in places:
        graph.add_node(p, label="Location", name=p, kind="city")
    hubs = places[:12]
    people: list[str] = []
    edges = 0

    def add(u: str, v: str, kind: str, **attrs: Any) -> None:
        nonlocal edges
        graph.add_edge(u, v, type=kind, reports=[f"R{edges % 5000}"], **attrs)
        edges += 1

    g = 0
    while edges < relationships * 0.8:
        g += 1
        org = f"G{g}"
        graph.add_node(org, label="Organisation", name=org, kind="ocg")
        crew = [f"G{g}P{i}" for i in range(rng.randint(6, 16))]
        victims = [f"G{g}V{i}" for i in range(rng.randint(8, 30))]
        for p in crew:
            graph.add_node(p, label="Person", name=p, nationality=f"N{g % 9}")
            add(p, org, "MEMBER_OF")
            phone = f"PH{g}-{crew.index(p) // 2}"
            graph.add_node(phone, label="Phone", name=phone)
            add(p, phone, "USES")
            home = f"ADDR{g}-{crew.index(p) // 3}"
            graph.add_node(home, label="Location", name=home, kind="address")
            add(p, home, "LIVES_AT")
        for a, b in itertools.pairwise(crew):
            if rng.random() < 0.3:
                add(a, b, "FAMILY_OF")
        biz = f"B{g}"
        graph.add_node(biz, label="Business", name=biz)
        add(crew[0], biz, "OWNS")
        route = [places[rng.randrange(12, 300)], *rng.sample(hubs, 2),
                 places[rng.randrange(12, 300)]]
        for seq, (u, v) in enumerate(itertools.pairwise(route), start=1):
            add(u, v, "LEG", route=f"{org}-J", seq=seq, mode="car")
        for v in victims:
            graph.add_node(v, label="Person", name=v, roles=["victim"])
            add(crew[1], v, "RECRUITED")
            add(crew[2 % len(crew)], v, "TRANSPORTED", route=f"{org}-J")
            add(crew[0], v, "EXPLOITED", purpose="labour")
            add(rng.choice(crew), v, "CONTROLS")
            add(v, biz, "EMPLOYED_BY")
            add(v, f"ADDR{g}-0", "LIVES_AT")
        people += crew
    while edges < relationships:  # cross-group noise: acquaintances across groups
        add(rng.choice(people), rng.choice(people), "ASSOCIATE_OF")
    return graph


def run_all(graph: nx.MultiDiGraph, seed: int = 0) -> dict[str, float]:
    """Run the `ocgmap analyse` set; answer seconds per step."""
    times: dict[str, float] = {}

    def timed(name: str, work: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = work()
        times[name] = time.perf_counter() - start
        return result

    projection = timed("projection", lambda: person_projection(graph))
    scores = timed("hubs", lambda: hub_scores(projection, seed=seed))
    groups = timed("communities", lambda: find_groups(projection, seed=seed))
    timed("describe", lambda: describe_groups(graph, projection, groups, scores=scores))
    member_of = membership(groups)
    timed("routes", lambda: (corridors(graph), transit_points(graph, top=10)))
    timed("recruiters", lambda: (recruiters(graph, member_of), recruitments(graph)))
    timed("brokers", lambda: brokerage(projection, member_of))

    def disrupt() -> list[Any]:  # what `ocgmap analyse disruption` runs by default
        heads = group_leaders(graph, groups, scores, top=1)
        leaders = [h.node for hs in heads.values() for h in hs]
        return [simulate(projection, s, k=REMOVALS, leaders=leaders, seed=seed)
                for s in ("degree", "betweenness", "leaders")] + [
            simulate(projection, "betweenness-recomputed", k=RECOMPUTED, seed=seed)]

    timed("disruption", disrupt)
    times["total"] = sum(times.values())
    return times


#: Removals per disruption curve, as `ocgmap analyse disruption` (its --top default).
REMOVALS = 10
#: Removals of the recomputed-betweenness curve (`ocgmap analyse disruption --top`).
RECOMPUTED = 10


def plain_networkx(graph: nx.MultiDiGraph, k: int | None) -> float:
    """Answer seconds for the same heavy kernels with plain NetworkX (the baseline)."""
    start = time.perf_counter()
    projection = person_projection(graph)
    nx.betweenness_centrality(projection, k=k, seed=0)
    nx.pagerank(projection, weight="weight")
    nx.community.louvain_communities(projection, weight="weight", seed=0)
    for _ in range(3):  # three disruption curves' starting efficiency
        sample = nx.Graph(projection.subgraph(list(projection)[:2000]))
        nx.global_efficiency(sample)
    return time.perf_counter() - start


def case(relationships: int, baseline: bool) -> dict[str, Any]:
    """Answer the timings of one size (run in its own process for its peak memory)."""
    start = time.perf_counter()
    graph = generated(relationships)
    built = time.perf_counter() - start
    load_before = os.getloadavg()[0]
    cpu = time.process_time()
    times = run_all(graph)
    result: dict[str, Any] = {"relationships": graph.number_of_edges(),
                              "nodes": graph.number_of_nodes(), "build_s": built,
                              "times": times, "cpu_s": time.process_time() - cpu,
                              "load": (load_before, os.getloadavg()[0])}
    if baseline:
        k = None if relationships <= 10_000 else kernels.SAMPLE_SOURCES
        result["baseline_s"] = plain_networkx(graph, k)
        result["baseline_k"] = k
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


# ---------------------------------------------------------------------------------------
# planted truth
# ---------------------------------------------------------------------------------------


def _props(attributes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attributes.items():
        scalar = isinstance(value, str | int | float | bool)
        if scalar or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            out[key] = value
    return out


def truth_graph(folder: Path, store_path: Path) -> nx.MultiDiGraph:
    """Answer the analysis graph of a synthetic world, stored through LocalStore: one delta
    per report with the true links it states (links no report states go in one undated
    report)."""
    truth = folder / "truth"
    nodes: dict[str, Node] = {}
    for line in (truth / "entities.jsonl").open(encoding="utf-8"):
        e = json.loads(line)
        label = e["type"]
        props = _props(e["attributes"])
        if label == "Organisation" and props.get("kind") != "ocg":
            label = "Agency"
        if e.get("nationality"):
            props["nationality"] = e["nationality"]
        if e.get("roles"):
            props["roles"] = e["roles"]
        props.pop("members", None)
        nodes[e["id"]] = Node(e["id"], label, e["name"], props)
    relations = {}
    for line in (truth / "relations.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        relations[r["id"]] = Edge.make(r["type"], r["source"], r["target"],
                                       _props(r["attributes"]), key=r["id"])
    deltas, stated = [], set()
    for i, line in enumerate((truth / "mentions.jsonl").open(encoding="utf-8")):
        m = json.loads(line)
        edges = [relations[r] for r in m["relations"] if r in relations]
        stated.update(m["relations"])
        ends = {n for e in edges for n in (e.source, e.target)}
        ends.update(x["id"] for x in m["mentions"] if x["id"] in nodes)
        report = Node(f"REP{i:06d}", "Report", m["report"], {"date": m["date"]})
        deltas.append(GraphDelta.for_report(report, [nodes[n] for n in sorted(ends)], edges))
    rest = [e for rid, e in relations.items() if rid not in stated]
    ends = {n for e in rest for n in (e.source, e.target)}
    deltas.append(GraphDelta.for_report(Node("REP-UNSTATED", "Report", "unstated links"),
                                        [nodes[n] for n in sorted(ends)], rest))
    with LocalStore(store_path) as store:
        store.write_many(deltas)
        return analysis_graph(store.to_networkx(include_reports=True))


def adjusted_rand(truth: dict[str, str], found: dict[str, str]) -> float:
    """Answer the adjusted Rand index of two labelings of the same items."""
    items = sorted(truth)
    pairs = Counter((truth[i], found[i]) for i in items)
    a = Counter(truth[i] for i in items)
    b = Counter(found[i] for i in items)
    index = sum(comb(n, 2) for n in pairs.values())
    sum_a = sum(comb(n, 2) for n in a.values())
    sum_b = sum(comb(n, 2) for n in b.values())
    expected = sum_a * sum_b / comb(len(items), 2)
    best = (sum_a + sum_b) / 2
    return (index - expected) / (best - expected) if best != expected else 1.0


def planted(groups_count: int, seed: int) -> dict[str, Any]:
    """Answer the recovery figures on a synthetic world."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "world"
        subprocess.run([sys.executable, "-m", "ocgmap", "-q", "synth", "--groups",
                        str(groups_count), "--seed", str(seed), str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        graph = truth_graph(out, Path(tmp) / "world.db")
        truth = json.loads((out / "truth" / "groups.json").read_text(encoding="utf-8"))
        entities = [json.loads(x) for x in (out / "truth" / "entities.jsonl").open()]
    projection = person_projection(graph)
    scores = hub_scores(projection, seed=0)
    groups = find_groups(projection, seed=0)
    member_of = membership(groups)
    rank = {s.node: s.rank for s in scores}
    # each group's leader, the ten best-ranked of them by hub rank; and, for comparison,
    # each group's top hub (what the leaders were before the leader score)
    heads = sorted((hs[0].node for hs in group_leaders(graph, groups, scores, top=1).values()
                    if hs), key=rank.__getitem__)[:10]
    hubs = sorted((hs[0].node for hs in group_hubs(scores, groups, top=1).values() if hs),
                  key=rank.__getitem__)[:10]
    leaders = {g["leader"] for g in truth["groups"]}
    one_group = {e["id"]: e["groups"][0] for e in entities
                 if e["type"] == "Person" and len(e["groups"]) == 1 and e["id"] in projection}
    found_labels = {p: member_of.get(p, f"~{p}") for p in one_group}
    planted_recruiters = {e["id"] for e in entities if e["type"] == "Person"
                          and "recruiter" in e["roles"]}
    found_recruiters = {r.node for r in recruiters(graph, member_of)}
    transit_uses: Counter[str] = Counter()
    intermediate: set[str] = set()
    for g in truth["groups"]:
        for c in g["corridors"]:
            transit_uses.update(c["transit"])
            intermediate.update(s["id"] for s in c["stops"] if s["role"] in ("transit", "entry"))
    top5 = [p.node for p in transit_points(graph, top=5)]
    busiest = [t for t, _ in sorted(transit_uses.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
    return {
        "groups": groups_count, "seed": seed, "people": len(one_group),
        "leaders_precision_at_10": sum(h in leaders for h in heads) / max(len(heads), 1),
        "top_hub_as_leader_precision_at_10": sum(h in leaders for h in hubs) / max(len(hubs), 1),
        "adjusted_rand": adjusted_rand(one_group, found_labels),
        "detected_groups": len(groups),
        "recruiter_recall": len(found_recruiters & planted_recruiters) / len(planted_recruiters),
        "top5_transit_points": top5,
        "top5_planted_share": sum(t in intermediate for t in top5) / 5,
        "busiest_planted_in_top5": sum(t in top5 for t in busiest),
    }


# ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="Also 1M relationships (minutes).")
    parser.add_argument("--groups", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--case", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(case(args.case, args.baseline)))
        return
    sizes = [(10_000, True), (100_000, True), (500_000, False)]
    if args.big:
        sizes.append((1_000_000, False))
    print("ocgmap analyse on generated graphs (2 cores; one process per size)")
    steps = ["projection", "hubs", "communities", "describe", "routes", "recruiters",
             "brokers", "disruption", "total"]
    print(f"{'rels':>9} {'nodes':>8} {'build':>6} " + " ".join(f"{s[:8]:>8}" for s in steps)
          + f" {'cpu':>7} {'peak MB':>8} {'plain nx':>9} {'ratio':>6} {'load':>9}")
    for size, baseline in sizes:
        command = [sys.executable, __file__, "--case", str(size)]
        if baseline:
            command.append("--baseline")
        done = json.loads(subprocess.run(command, check=True, capture_output=True,
                                         text=True).stdout)
        t = done["times"]
        heavy = t["hubs"] + t["communities"] + t["disruption"] + t["projection"]
        base = done.get("baseline_s")
        ratio = f"{base / heavy:6.1f}" if base else "     -"
        base_text = (f"{base:8.1f}s" if base else "        -")
        print(f"{done['relationships']:>9,} {done['nodes']:>8,} {done['build_s']:>5.1f}s "
              + " ".join(f"{t[s]:>7.2f}s" for s in steps)
              + f" {done['cpu_s']:>6.1f}s {done['peak_mb']:>8.0f} {base_text} {ratio}"
              + " {:>4.1f}→{:<4.1f}".format(*done["load"]))
    print("times are wall seconds; cpu: the process's CPU seconds for the whole set; load: "
          "1-minute load average before → after (2 cores: above 2, other work shares them)")
    print("plain nx: projection + NetworkX betweenness (exact at 10k, sampled from the same "
          f"{kernels.SAMPLE_SOURCES} sources as ours at 100k), "
          "PageRank, Louvain and three global efficiencies of a 2,000-node part; ratio = "
          "plain nx / our projection+hubs+communities+disruption. Not run at 500k+: "
          "NetworkX Louvain and sampled betweenness take minutes there (design.md §8).")
    print()
    print(f"planted truth: ocgmap synth --groups {args.groups} --seed {args.seed}; the graph "
          "is built from OUT/truth (true links, one delta per report), not by extraction")
    found = planted(args.groups, args.seed)
    for key, value in found.items():
        print(f"  {key}: {value if not isinstance(value, float) else round(value, 3)}")


if __name__ == "__main__":
    main()
