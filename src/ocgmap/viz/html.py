"""The interactive map: one self-contained, offline HTML page drawn with vis-network.

The page is our own template (no pyvis, no Jinja): vis-network 9.1.9 and the app script
are inlined, the data is embedded as JSON in a non-executed `<script>` with `<`, `>` and
`&` escaped, and the app sets every piece of text with `textContent`. A Content Security
Policy allows only the page's own two scripts (by hash) and no network access at all, so
even a markup slip could not run a script from a name or fetch anything.

Sizes: up to `PHYSICS_LIMIT` nodes the browser lays the graph out (stabilised, then
physics frozen); above it positions are computed here and physics stays off. Above
`MAX_NODES` (default) the page keeps the best-connected nodes and says so.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ocgmap.model import Edge, Evidence, Node
from ocgmap.viz.layout import spread_layout
from ocgmap.viz.mapgraph import MapGraph, cited_reports, group_ids, hub_scores, top_nodes
from ocgmap.viz.styles import (
    DEFAULT_EDGE_STYLE,
    DEFAULT_NODE_STYLE,
    EDGE_STYLES,
    GROUP_PALETTE,
    NODE_STYLES,
    EdgeStyle,
    NodeStyle,
    darker,
)

#: Largest graph the browser lays out itself; above it positions come from `spread_layout`.
PHYSICS_LIMIT = 300
#: Default cap on nodes in one page; larger graphs keep their best-connected nodes.
MAX_NODES = 5_000

_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


@cache
def _asset(name: str) -> str:
    return resources.files("ocgmap.viz").joinpath("assets", name).read_text(encoding="utf-8")


def vis_script() -> str:
    """Answer vis-network's script with every `://` written `:\\/\\/` (same JS string).

    This keeps `http://` and `https://` out of the page entirely (licence and help URLs
    in comments and strings); the browser tests check that no request is made.
    """
    return _asset("vis-network.min.js").replace("://", r":\/\/")


def safe_json(data: Any) -> str:
    """Answer `data` as JSON that can sit inside a `<script>` element.

    >>> safe_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _node_style_json(style: NodeStyle) -> dict[str, str]:
    return {"color": style.color, "shape": style.shape, "border": darker(style.color)}


def _edge_style_json(style: EdgeStyle) -> dict[str, Any]:
    return {"color": style.color, "width": style.width, "dashes": list(style.dashes)}


def _evidence(evidence: tuple[Evidence, ...]) -> list[list[str]]:
    return [[ev.report, ev.sentence] for ev in evidence]


def map_data(graph: MapGraph, max_nodes: int = MAX_NODES, seed: int = 7) -> dict[str, Any]:
    """Answer the JSON-ready data the page draws (nodes, links, styles, reports, notes)."""
    graph = top_nodes(graph, max_nodes)
    scores = hub_scores(graph)
    groups = group_ids(graph)
    positions: dict[str, tuple[float, float]] = {}
    physics = len(graph.nodes) <= PHYSICS_LIMIT
    if not physics:
        positions = spread_layout([n.id for n in graph.nodes],
                                  [(e.source, e.target) for e in graph.edges], seed=seed)

    def node(n: Node) -> dict[str, Any]:
        x, y = positions.get(n.id, (None, None))
        return {"id": n.id, "label": n.label, "name": n.name, "hub": round(scores[n.id], 4),
                "group": groups.get(n.id), "x": x, "y": y, "props": n.properties,
                "reports": list(n.reports), "evidence": _evidence(n.evidence)}

    def edge(e: Edge) -> dict[str, Any]:
        return {"id": e.id, "type": e.type, "source": e.source, "target": e.target,
                "props": e.properties, "reports": list(e.reports),
                "evidence": _evidence(e.evidence)}

    used = cited_reports(graph.nodes, graph.edges)
    return {
        "title": graph.title,
        "focus": graph.focus,
        "notes": list(graph.notes),
        "layout": "physics" if physics else "fixed",
        "stabilizationIterations": 1000 if len(graph.nodes) <= 100 else 400,
        "styles": {
            "labels": {k: _node_style_json(v) for k, v in NODE_STYLES.items()},
            "types": {k: _edge_style_json(v) for k, v in EDGE_STYLES.items()},
            "defaultNode": _node_style_json(DEFAULT_NODE_STYLE),
            "defaultEdge": _edge_style_json(DEFAULT_EDGE_STYLE),
            "groupPalette": list(GROUP_PALETTE),
        },
        "groups": sorted(set(groups.values())),
        "reports": {rid: [m.title, m.date, m.grading] for rid, m in graph.reports.items()
                    if rid in used},
        "nodes": [node(n) for n in graph.nodes],
        "edges": [edge(e) for e in graph.edges],
    }


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render_html(graph: MapGraph, max_nodes: int = MAX_NODES) -> str:
    """Answer the complete, self-contained HTML page of `graph`."""
    vis_js, app_js = vis_script(), _asset("map.js")
    values = {
        "TITLE": html.escape(graph.title),
        "CSS": _asset("map.css"),
        "DATA": safe_json(map_data(graph, max_nodes)),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "SCRIPT_HASHES": f"{_script_hash(vis_js)} {_script_hash(app_js)}",
    }
    # One pass, so text inserted for one placeholder is never scanned for another.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("map.html"))


def write_html(graph: MapGraph, path: Path, max_nodes: int = MAX_NODES) -> None:
    """Write the map of `graph` to `path`."""
    path.write_text(render_html(graph, max_nodes), encoding="utf-8")
