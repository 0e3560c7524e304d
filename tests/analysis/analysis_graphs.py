"""Hand-built analysis graphs with known answers (fictional people only)."""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx


def person(graph: nx.MultiDiGraph, node: str, **attrs: Any) -> str:
    """Add a person named after its id (e.g. "kola" → "Kola")."""
    attrs.setdefault("reports", ["R1"])
    graph.add_node(node, label="Person", name=node.replace("_", " ").title(), **attrs)
    return node


def link(graph: nx.MultiDiGraph, rel: str, a: str, b: str, reports: tuple[str, ...] = ("R1",),
         **attrs: Any) -> None:
    """Add a link of type `rel` supported by `reports`."""
    graph.add_edge(a, b, key=f"{rel}:{a}:{b}", type=rel, reports=list(reports), **attrs)


def star() -> nx.MultiDiGraph:
    """Ardit Kola controls four people, who know no one else."""
    graph = nx.MultiDiGraph()
    person(graph, "ardit_kola")
    for name in ("ana", "bora", "cela", "dea"):
        person(graph, name)
        link(graph, "CONTROLS", "ardit_kola", name)
    return graph


def two_groups() -> nx.MultiDiGraph:
    """Two families of four (all linked within), joined only through Loredana Vasile,
    who is paid by one family and pays the other."""
    graph = nx.MultiDiGraph()
    left = ["a1", "a2", "a3", "a4"]
    right = ["b1", "b2", "b3", "b4"]
    for name in left:
        person(graph, name, nationality="Albanian")
    for name in right:
        person(graph, name, nationality="Romanian")
    for family in (left, right):
        for i, u in enumerate(family):
            for v in family[i + 1:]:
                link(graph, "FAMILY_OF", u, v)
    person(graph, "loredana_vasile", nationality="Romanian")
    link(graph, "PAID", "a1", "loredana_vasile")
    link(graph, "PAID", "loredana_vasile", "b1")
    return graph


def recruiter_chain() -> nx.MultiDiGraph:
    """Besnik recruits Ana and Bora for Kola's nail bar; Mira recruits Cela for a farm run by
    Dritan, and also Dea for Kola."""
    graph = nx.MultiDiGraph()
    for name in ("besnik", "mira", "kola", "dritan"):
        person(graph, name, roles=["offender"])
    for name in ("ana", "bora", "cela", "dea"):
        person(graph, name, roles=["victim"])
    graph.add_node("bar", label="Business", name="Star Nails", reports=["R1"])
    graph.add_node("farm", label="Business", name="Hill Farm", reports=["R1"])
    graph.add_node("leeds_st", label="Location", name="1 Example Street, Leeds", kind="address",
                   reports=["R1"])
    link(graph, "RECRUITED", "besnik", "ana", ("R1",))
    link(graph, "RECRUITED", "besnik", "bora", ("R2",))
    link(graph, "RECRUITED", "mira", "cela", ("R3",))
    link(graph, "RECRUITED", "mira", "dea", ("R3",))
    for victim in ("ana", "bora", "dea"):
        link(graph, "EXPLOITED", "kola", victim, purpose="labour")
        link(graph, "EMPLOYED_BY", victim, "bar")
    link(graph, "EXPLOITED", "dritan", "cela", purpose="labour")
    link(graph, "CONTROLS", "dritan", "farm")
    link(graph, "LOCATED_AT", "bar", "leeds_st")
    return graph


def routes() -> nx.MultiDiGraph:
    """Three journeys Fier → Calais → Dover → Leeds (two by lorry) and one Hanoi → Calais →
    Dover → London; a TRANSPORTED link names each journey."""
    graph = nx.MultiDiGraph()
    for node in ("fier", "calais", "dover", "leeds", "hanoi", "london"):
        graph.add_node(node, label="Location", name=node.title(), reports=["R1"])
    graph.add_node("R1", label="Report", date="2024-01-10")
    graph.add_node("R2", label="Report", date="2024-05-02")

    def journey(route: str, stops: list[str], mode: str, report: str) -> None:
        for seq, (u, v) in enumerate(itertools.pairwise(stops), start=1):
            graph.add_edge(u, v, key=f"{route}:{seq}", type="LEG", route=route, seq=seq,
                           mode=mode, reports=[report])

    journey("J1", ["fier", "calais", "dover", "leeds"], "lorry", "R1")
    journey("J2", ["fier", "calais", "dover", "leeds"], "lorry", "R2")
    journey("J3", ["hanoi", "calais", "dover", "london"], "flight", "R2")
    person(graph, "kola")
    graph.add_node("vg", label="VictimGroup", name="three women", count=3, reports=["R1"])
    person(graph, "ana")
    link(graph, "TRANSPORTED", "kola", "vg", route="J1")
    link(graph, "TRANSPORTED", "kola", "ana", ("R2",), route="J2")
    return graph
