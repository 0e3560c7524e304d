"""GraphML, GEXF, i2 CSV, .grass and the HTML file itself, read back as tools would."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from conftest import HOSTILE, KOLA
from ocgmap.cli.main import cli
from ocgmap.graph.local import LocalStore
from ocgmap.model import Edge, Node
from ocgmap.viz.exporters import export
from ocgmap.viz.grass import grass
from ocgmap.viz.html import render_html
from ocgmap.viz.mapgraph import MapGraph, hub_scores, load_map, top_nodes
from ocgmap.viz.styles import NODE_STYLES, rgb


def test_graphml_and_gexf_read_back_with_types_colours_and_evidence(
        store: LocalStore, tmp_path: Path) -> None:
    graph = load_map(store)
    export(graph, "graphml", tmp_path / "m.graphml")
    export(graph, "gexf", tmp_path / "m.gexf")
    for back in (nx.read_graphml(tmp_path / "m.graphml"), nx.read_gexf(tmp_path / "m.gexf")):
        assert back.number_of_nodes() == len(graph.nodes)
        assert back.number_of_edges() == len(graph.edges)
        kola = back.nodes[KOLA.id]
        assert kola["type"] == "Person" and kola["label"] == "Ardit Kola"
        assert "[R-1 2024-03-12 B2P] Ardit KOLA drives a white van." in kola["evidence"]
        assert {back.nodes[n]["label"] for n in back} >= set(HOSTILE)
    gexf = (tmp_path / "m.gexf").read_text(encoding="utf-8")
    r, g, b = rgb(NODE_STYLES["Person"].color)
    assert f'<viz:color r="{r}" g="{g}" b="{b}"' in gexf


def test_i2_csv_tables_link_entities_and_defuse_formulas(tmp_path: Path) -> None:
    kola = Node("p:1", "Person", "Ardit Kola", {"roles": ["transporter"]}, ("R-1",))
    evil = Node("p:2", "Person", "=HYPERLINK(\"x\",\"y\")", {}, ("R-1",))
    phone = Node("ph:1", "Phone", "+447700900123", {}, ("R-1",))
    edges = (Edge("e1", "ASSOCIATE_OF", "p:1", "p:2", {"date": "2024-03-12"}, ("R-1",)),
             Edge("e2", "USES", "p:1", "ph:1", {}, ("R-1",)))
    graph = MapGraph((kola, evil, phone), edges)
    export(graph, "csv", tmp_path)
    with (tmp_path / "entities.csv").open(encoding="utf-8-sig", newline="") as f:
        entities = {row["Entity ID"]: row for row in csv.DictReader(f)}
    with (tmp_path / "links.csv").open(encoding="utf-8-sig", newline="") as f:
        links = list(csv.DictReader(f))
    assert entities["p:1"]["Entity Type"] == "Person"
    assert entities["p:1"]["Roles"] == "transporter"
    assert entities["p:2"]["Label"] == "'=HYPERLINK(\"x\",\"y\")"
    assert entities["ph:1"]["Label"] == "+447700900123"
    first = links[0]
    assert (first["From ID"], first["To ID"], first["Link Type"], first["Date"]) == \
        ("p:1", "p:2", "ASSOCIATE_OF", "2024-03-12")
    assert {link["From ID"] for link in links} | {link["To ID"] for link in links} \
        <= set(entities)


def test_grass_uses_the_map_colours() -> None:
    sheet = grass()
    for label, style in NODE_STYLES.items():
        block = re.search(rf"node\.{label} \{{(.*?)\}}", sheet, re.S)
        assert block is not None and f"color: {style.color};" in block.group(1)


def test_html_is_one_offline_file_with_escaped_text(store: LocalStore) -> None:
    page = render_html(load_map(store, title="<b>Op</b> @@DATA@@"))
    assert "http://" not in page and "https://" not in page
    assert "<title>&lt;b&gt;Op&lt;/b&gt; @@DATA@@</title>" in page
    assert not re.search(r"<(link|iframe|img)\b|\bsrc=", page.split("<script")[0])
    assert page.count("<script") == 3 and "</script><script>window" not in page
    data = re.search(r'<script type="application/json" id="map-data">(.*?)</script>',
                     page, re.S)
    assert data is not None and "<" not in data.group(1)
    assert set(HOSTILE) <= {n["name"] for n in json.loads(data.group(1))["nodes"]}
    assert "FULL REPORT TEXT" not in page
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None and "default-src 'none'" in csp.group(1)
    assert "'unsafe-inline'" not in csp.group(1).split("script-src")[1].split(";")[0]


def test_hub_score_property_wins_over_degree_and_big_maps_keep_the_hubs() -> None:
    nodes = tuple(Node(f"n{i}", "Person", f"P{i}") for i in range(6))
    edges = tuple(Edge(f"e{i}", "ASSOCIATE_OF", "n0", f"n{i}") for i in range(1, 6))
    graph = MapGraph(nodes, edges)
    assert hub_scores(graph)["n0"] == 1.0 and hub_scores(graph)["n1"] == 0.2
    scored = MapGraph((Node("a", "Person", "A", {"hub_score": 0.9}), Node("b", "Person", "B")),
                      (Edge("e", "PAID", "a", "b"),))
    assert hub_scores(scored) == {"a": 0.9, "b": 1.0}
    cut = top_nodes(MapGraph(nodes, edges, focus="n5"), 2)
    assert {n.id for n in cut.nodes} == {"n0", "n5"} and "6 nodes" in cut.notes[0]


def test_cli_export_contract(store: LocalStore, tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["--store", str(store.location)]
    result = runner.invoke(cli, [*base, "export", "html", str(tmp_path / "m.html"), "--focus",
                                 "Ardit Kola", "--hops", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["nodes"] == 8  # Kola, 2 victims, Hoxha, group, 3 more
    result = runner.invoke(cli, [*base, "export", "html", str(tmp_path / "x.html"), "--focus",
                                 "Nobody Known"])
    assert result.exit_code == 1 and "no entity named 'Nobody Known'" in result.stderr
    assert "Traceback" not in result.output
    result = runner.invoke(cli, [*base, "export", "gexf", str(tmp_path / "x"), "--hops", "2"])
    assert result.exit_code == 2 and "--hops needs --focus" in result.stderr
    result = runner.invoke(cli, [*base, "export", "html", str(tmp_path / "big.html"),
                                 "--max-nodes", "3"])
    assert result.exit_code == 0 and "more than --max-nodes" in result.stderr
    assert "3 best-connected of 10 nodes" in (tmp_path / "big.html").read_text(encoding="utf-8")
    result = runner.invoke(cli, [*base, "export", "grass", str(tmp_path / "s.grass")])
    assert result.exit_code == 0 and (tmp_path / "s.grass").read_text() == grass()
