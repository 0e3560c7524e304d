"""Printing results: JSON on stdout for machines, rich tables for people.

Names come from reports and may contain markup; every cell is a `rich.text.Text`, never
parsed for markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ocgmap.model import Subgraph
from ocgmap.queries.results import edge_json, node_json

stdout = Console(highlight=False, soft_wrap=False)
stderr = Console(stderr=True, highlight=False)


def print_json(data: Any) -> None:
    """Print `data` as JSON on stdout."""
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print a table with literal (never markup-parsed) cells on stdout; long cells wrap,
    never cut, so ids can be copied whole."""
    out = Table(title=Text(title), show_lines=False)
    for column in columns:
        out.add_column(Text(column), overflow="fold")
    for row in rows:
        out.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    stdout.print(out)


def subgraph_json(graph: Subgraph) -> dict[str, Any]:
    """Answer a subgraph as a JSON-ready dict."""
    return {"nodes": [node_json(n) for n in graph.nodes],
            "edges": [edge_json(e) for e in graph.edges]}


def print_subgraph(title: str, graph: Subgraph) -> None:
    """Print the nodes and links of a subgraph as two tables."""
    names = {n.id: n.name for n in graph.nodes}
    table(title, ["type", "name", "reports"],
          [(n.label, n.name, len(n.reports))
           for n in sorted(graph.nodes, key=lambda n: (n.label, n.name))])
    table("links", ["from", "link", "to", "reports"],
          [(names.get(e.source, e.source), e.type, names.get(e.target, e.target),
            ", ".join(e.reports)) for e in graph.edges])
