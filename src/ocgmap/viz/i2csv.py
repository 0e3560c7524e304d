"""CSV tables for i2 Analyst's Notebook import: entities, links and reports.

`entities.csv` has one row per entity (id, type, label, roles, aliases, hub score,
group, reports, evidence, then every property); `links.csv` one row per link (id, both
ends with their type and label, link type, direction, date, reports, grading, evidence,
then every property); `reports.csv` the reports cited. In an i2 import specification map
"Entity ID" to the identity, "Entity Type" to the entity type and "Label" to the label.

Files are UTF-8 with a byte-order mark (Excel and i2 then read accents correctly). A cell
that a spreadsheet would run as a formula (starting `=`, `@`, a tab, or `+`/`-` not
followed by a number) is prefixed with `'`; names come from reports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path

from ocgmap.model import PropertyValue
from ocgmap.viz.mapgraph import MapGraph, group_ids, hub_scores
from ocgmap.viz.nxformats import evidence_text

_NUMBER = re.compile(r"[+-][\d\s().]*")
ENTITY_COLUMNS = ["Entity ID", "Entity Type", "Label", "Roles", "Aliases", "Hub Score",
                  "Group", "Reports", "Evidence"]
LINK_COLUMNS = ["Link ID", "From ID", "From Type", "From Label", "To ID", "To Type",
                "To Label", "Link Type", "Direction", "Date", "Reports", "Grading",
                "Evidence"]
REPORT_COLUMNS = ["Report ID", "Title", "Date", "Grading"]
_SHOWN = {"roles", "aliases", "hub_score", "group_id", "date"}


def cell(value: PropertyValue | None) -> str:
    """Answer `value` as a CSV cell that no spreadsheet will evaluate.

    >>> cell("=HYPERLINK(1)"), cell("+447700900123"), cell(["a", "b"])
    ("'=HYPERLINK(1)", '+447700900123', 'a; b')
    """
    if value is None:
        return ""
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (
            text[:1] in ("+", "-") and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def _extra(props: Iterable[dict[str, PropertyValue]]) -> list[str]:
    return sorted({k for p in props for k in p} - _SHOWN)


def write_i2_csv(graph: MapGraph, folder: Path) -> list[Path]:
    """Write entities.csv, links.csv and reports.csv into `folder`; answer their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    scores, groups = hub_scores(graph), group_ids(graph)
    by_id = {n.id: n for n in graph.nodes}
    paths = [folder / "entities.csv", folder / "links.csv", folder / "reports.csv"]

    node_extra = _extra(n.properties for n in graph.nodes)
    with paths[0].open("w", encoding="utf-8-sig", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(ENTITY_COLUMNS + node_extra)
        for n in graph.nodes:
            p = n.properties
            rows.writerow([cell(v) for v in (
                n.id, n.label, n.name, p.get("roles"), p.get("aliases"),
                f"{scores[n.id]:.4f}", groups.get(n.id), list(n.reports),
                evidence_text(n.evidence, graph.reports),
                *(p.get(k) for k in node_extra))])

    edge_extra = _extra(e.properties for e in graph.edges)
    with paths[1].open("w", encoding="utf-8-sig", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(LINK_COLUMNS + edge_extra)
        for e in graph.edges:
            src, dst = by_id.get(e.source), by_id.get(e.target)
            gradings = sorted({graph.reports[r].grading for r in e.reports
                               if r in graph.reports and graph.reports[r].grading})
            rows.writerow([cell(v) for v in (
                e.id, e.source, src.label if src else "", src.name if src else "",
                e.target, dst.label if dst else "", dst.name if dst else "", e.type,
                "Directed", e.properties.get("date"), list(e.reports), gradings,
                evidence_text(e.evidence, graph.reports),
                *(e.properties.get(k) for k in edge_extra))])

    with paths[2].open("w", encoding="utf-8-sig", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(REPORT_COLUMNS)
        for meta in sorted(graph.reports.values(), key=lambda m: m.id):
            rows.writerow([cell(v) for v in (meta.id, meta.title, meta.date, meta.grading)])
    return paths
