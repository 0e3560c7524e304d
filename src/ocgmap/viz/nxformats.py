"""GraphML (yEd, Gephi) and GEXF (Gephi) files, written by networkx.

Both hold the same attributes: for nodes `type` (the label), `name`, `roles`, `reports`,
`evidence` (one line per sentence: "[report date grading] sentence"), `hub_score`,
`group_id` and the node's properties; for links `relation` (the type; GEXF reserves
`type`), `reports`, `evidence` and the link's properties. Lists are joined with "; ".
Colours and sizes follow `styles` (GEXF `viz:` elements; GraphML `r`, `g`, `b`, `size`,
which Gephi reads). Characters XML 1.0 cannot hold are removed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from ocgmap.model import Evidence, PropertyValue
from ocgmap.viz.mapgraph import MapGraph, ReportMeta, group_ids, hub_scores
from ocgmap.viz.styles import GEXF_SHAPES, edge_style, node_style, rgb

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Answer `text` without the characters XML 1.0 cannot hold.

    >>> xml_text("Ardit\\x00 Kola")
    'Ardit Kola'
    """
    return _NOT_XML.sub("", text)


def _value(value: PropertyValue) -> str | int | float | bool:
    if isinstance(value, list):
        return xml_text("; ".join(str(v) for v in value))
    return xml_text(value) if isinstance(value, str) else value


def evidence_text(evidence: tuple[Evidence, ...], reports: dict[str, ReportMeta] | Any) -> str:
    """Answer evidence as readable lines: "[report date grading] sentence"."""
    lines = []
    for ev in evidence:
        meta = reports.get(ev.report) or ReportMeta(ev.report)
        source = " ".join(part for part in (ev.report, meta.date, meta.grading) if part)
        lines.append(f"[{source}] {ev.sentence}")
    return xml_text("\n".join(lines))


def to_networkx(graph: MapGraph) -> nx.MultiDiGraph:
    """Answer `graph` as a MultiDiGraph whose attributes any XML graph writer accepts."""
    out = nx.MultiDiGraph(name=xml_text(graph.title))
    scores, groups = hub_scores(graph), group_ids(graph)
    for node in graph.nodes:
        attrs: dict[str, Any] = {k: _value(v) for k, v in node.properties.items()}
        style = node_style(node.label)
        r, g, b = rgb(style.color)
        attrs.update(type=node.label, name=xml_text(node.name), label=xml_text(node.name),
                     reports="; ".join(node.reports),
                     evidence=evidence_text(node.evidence, graph.reports),
                     hub_score=round(scores[node.id], 4), group_id=groups.get(node.id, ""),
                     color=style.color, r=r, g=g, b=b, size=round(10 + 40 * scores[node.id], 1))
        out.add_node(node.id, **attrs)
    for edge in graph.edges:
        attrs = {k: _value(v) for k, v in edge.properties.items()}
        attrs.update(relation=edge.type, label=edge.type, reports="; ".join(edge.reports),
                     evidence=evidence_text(edge.evidence, graph.reports),
                     color=edge_style(edge.type).color)
        out.add_edge(edge.source, edge.target, key=edge.id, **attrs)
    return out


def write_graphml(graph: MapGraph, path: Path) -> None:
    """Write `graph` as GraphML."""
    nx.write_graphml(to_networkx(graph), path, edge_id_from_attribute=None)


def write_gexf(graph: MapGraph, path: Path) -> None:
    """Write `graph` as GEXF 1.2 with colours, sizes and shapes."""
    out = to_networkx(graph)
    for _, attrs in out.nodes(data=True):
        style = node_style(attrs["type"])
        r, g, b = rgb(style.color)
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": attrs.pop("size"),
                        "shape": GEXF_SHAPES.get(style.shape, "disc")}
        for key in ("r", "g", "b"):
            del attrs[key]
    for _, _, attrs in out.edges(data=True):
        r, g, b = rgb(attrs["color"])
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                        "thickness": edge_style(attrs["relation"]).width}
    nx.write_gexf(out, path, version="1.2draft")
