"""Recruiter chains and Gould–Fernandez brokerage, checked exactly."""

from __future__ import annotations

import networkx as nx
from analysis_graphs import recruiter_chain, two_groups

from ocgmap.analysis import brokerage, person_projection, recruiters, recruitments
from ocgmap.analysis.recruiters import multi_group_recruiters, recruited_together


def test_each_recruitment_leads_to_its_exploiter_and_place() -> None:
    chains = {(c.recruiter, c.victim): c for c in recruitments(recruiter_chain())}
    assert set(chains) == {("besnik", "ana"), ("besnik", "bora"), ("mira", "cela"),
                           ("mira", "dea")}
    ana = chains["besnik", "ana"]
    assert (ana.exploiters, ana.places, ana.reports) == (["kola"], ["bar", "leeds_st"], ["R1"])
    cela = chains["mira", "cela"]
    assert (cela.exploiters, cela.places) == (["dritan"], ["farm"])


def test_a_recruiter_feeding_two_groups_stands_out() -> None:
    groups = {"ana": "C1", "bora": "C1", "dea": "C1", "cela": "C2"}
    found = recruiters(recruiter_chain(), groups)
    assert [(r.node, r.victims, r.groups) for r in found] == [
        ("besnik", ["ana", "bora"], ["C1"]), ("mira", ["cela", "dea"], ["C1", "C2"])]
    assert [r.node for r in multi_group_recruiters(found)] == ["mira"]
    assert recruited_together(found) == {"besnik": ["ana", "bora"], "mira": ["cela", "dea"]}
    assert [r.reports for r in found] == [["R1", "R2"], ["R3"]]


def test_victims_outside_groups_count_for_their_exploiters_group() -> None:
    found = recruiters(recruiter_chain(), {"kola": "C1", "dritan": "C2"})
    assert {r.node: r.groups for r in found} == {"besnik": ["C1"], "mira": ["C1", "C2"]}


def test_brokerage_roles_follow_the_groups() -> None:
    projection = person_projection(two_groups())
    families = {**{f"a{i}": "A" for i in range(1, 5)}, **{f"b{i}": "B" for i in range(1, 5)}}
    alone = {b.node: b for b in brokerage(projection, {**families, "loredana_vasile": "L"})}
    # a1 pays her, she pays b1: one open path a1 → her → b1, across three groups
    assert alone["loredana_vasile"].liaison == 1 and alone["loredana_vasile"].external == 1
    assert alone["loredana_vasile"].groups_connected == ["A", "B"]
    joined = {b.node: b for b in brokerage(projection, {**families, "loredana_vasile": "B"})}
    assert joined["loredana_vasile"].gatekeeper == 1
    # she pays b1, who reaches b2..b4: three paths into b1's own group from outside
    assert (joined["b1"].gatekeeper, joined["b1"].coordinator) == (0, 3)
    assert (alone["b1"].gatekeeper, alone["b1"].coordinator) == (3, 0)


def test_all_five_roles_on_directed_triads() -> None:
    projection = nx.Graph()
    for a, b in [("x", "v"), ("v", "y")]:
        projection.add_edge(a, b, tails={a})
    cases = {("G", "G", "G"): "coordinator", ("H", "G", "H"): "itinerant",
             ("G", "G", "H"): "representative", ("H", "G", "G"): "gatekeeper",
             ("H", "G", "K"): "liaison"}
    for (gx, gv, gy), role in cases.items():
        [found] = [b for b in brokerage(projection, {"x": gx, "v": gv, "y": gy})
                   if b.node == "v"]
        assert getattr(found, role) == 1, role
