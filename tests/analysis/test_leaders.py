"""Leaders by command ties: the head outranks the broker and the busiest controller."""

from __future__ import annotations

import networkx as nx
from analysis_graphs import link, person

from ocgmap.analysis import (
    command_ties,
    describe_groups,
    group_hubs,
    group_leaders,
    hub_scores,
    person_projection,
)


def _crew() -> nx.MultiDiGraph:
    """Ardit Kola heads the crew and owns the car wash; Besnik controls the workers; a
    forger, Dea, knows everyone; four victims."""
    graph = nx.MultiDiGraph()
    for name in ("ardit_kola", "besnik", "dea_forger"):
        person(graph, name, roles=["offender"])
    victims = [person(graph, f"v{i}", roles=["victim"]) for i in range(4)]
    graph.add_node("ocg", label="Organisation", name="KOLA group", reports=["R1"])
    graph.add_node("wash", label="Business", name="Sparkle Car Wash", reports=["R1"])
    link(graph, "CONTROLS", "ardit_kola", "ocg")
    link(graph, "OWNS", "ardit_kola", "wash")
    link(graph, "EXPLOITED", "ardit_kola", "v0")
    link(graph, "FAMILY_OF", "ardit_kola", "besnik")
    for v in victims:
        link(graph, "CONTROLS", "besnik", v)
        link(graph, "HARBOURED", "besnik", v)
    for other in ("ardit_kola", "besnik", *victims):
        link(graph, "ASSOCIATE_OF", "dea_forger", other)
    for i in range(6):  # the forger also knows people of other groups
        person(graph, f"x{i}")
        link(graph, "ASSOCIATE_OF", "dea_forger", f"x{i}")
    return graph


def test_the_head_leads_though_others_are_bigger_hubs() -> None:
    graph = _crew()
    projection = person_projection(graph)
    scores = hub_scores(projection)
    crew = ["ardit_kola", "besnik", "dea_forger", "v0", "v1", "v2", "v3"]
    assert group_hubs(scores, {"C001": crew}, top=1)["C001"][0].node == "dea_forger"
    heads = group_leaders(graph, {"C001": crew}, scores, top=3)["C001"]
    assert [h.node for h in heads] == ["ardit_kola", "besnik", "dea_forger"]
    kola = heads[0]
    assert (kola.authority, kola.assets, kola.command, kola.rank) == (1.0, 1, 1, 1)
    assert (heads[1].authority, heads[1].command) == (0.0, 4)
    assert all(not h.node.startswith("v") for h in heads)  # victims never lead


def test_command_ties_read_roles_positions_and_premises() -> None:
    graph = nx.MultiDiGraph()
    person(graph, "mira")
    person(graph, "ion")
    graph.add_node("ring", label="Organisation", name="The ring")
    graph.add_node("flat", label="Location", name="1 Example Road", kind="address")
    graph.add_node("leeds", label="Location", name="Leeds", kind="city")
    link(graph, "MEMBER_OF", "mira", "ring", position="Boss")
    link(graph, "MEMBER_OF", "ion", "ring", role="driver")
    link(graph, "CONTROLS", "mira", "flat")
    link(graph, "CONTROLS", "mira", "leeds")  # a city is not an asset
    link(graph, "RECRUITED", "ion", "mira")
    ties = command_ties(graph)
    assert ties.heads == {"mira"}
    assert ties.assets == {"mira": {"flat"}}
    assert ties.commands == {"ion": {"mira"}}


def test_groups_are_described_by_their_leaders_and_empty_groups_have_none() -> None:
    graph = _crew()
    projection = person_projection(graph)
    crew = ["ardit_kola", "besnik", "dea_forger", "v0", "v1", "v2", "v3"]
    [group] = describe_groups(graph, projection, {"C001": crew})
    assert group.leaders[0]["node"] == "ardit_kola"
    assert group.leaders[0]["authority"] == 1.0
    only_victims = group_leaders(graph, {"C002": ["v1", "v2"]}, hub_scores(projection))
    assert only_victims == {"C002": []}
