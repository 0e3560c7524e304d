"""One small exporter interface (followthemoney style): `write` each item, then `finalize`.

>>> import tempfile
>>> from pathlib import Path
>>> from ocgmap.model import Node
>>> out = Path(tempfile.mkdtemp()) / "map.graphml"
>>> exporter = get_exporter("graphml", out)
>>> exporter.write(Node("p1", "Person", "Ardit Kola"))
>>> exporter.finalize() == [out]
True
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path

from ocgmap.errors import ConfigError
from ocgmap.model import Edge, Node
from ocgmap.viz.grass import write_grass
from ocgmap.viz.html import MAX_NODES, write_html
from ocgmap.viz.i2csv import write_i2_csv
from ocgmap.viz.mapgraph import MapGraph, ReportMeta
from ocgmap.viz.nxformats import write_gexf, write_graphml


class Exporter(ABC):
    """Collects nodes and links, then writes one format to `out` on `finalize`."""

    def __init__(self, out: Path, reports: Mapping[str, ReportMeta] | None = None,
                 title: str = "ocgmap network", focus: str | None = None,
                 notes: tuple[str, ...] = ()) -> None:
        self.out = out
        self.reports = dict(reports or {})
        self.title, self.focus, self.notes = title, focus, notes
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []

    def write(self, item: Node | Edge) -> None:
        """Add a node or a link."""
        if isinstance(item, Node):
            self.nodes.append(item)
        else:
            self.edges.append(item)

    def graph(self) -> MapGraph:
        """Answer what has been written so far as a `MapGraph`."""
        return MapGraph(tuple(self.nodes), tuple(self.edges), self.reports, self.title,
                        self.focus, self.notes)

    @abstractmethod
    def finalize(self) -> list[Path]:
        """Write the output; answer the files written."""


class HtmlExporter(Exporter):
    """The interactive offline map."""

    max_nodes = MAX_NODES

    def finalize(self) -> list[Path]:
        write_html(self.graph(), self.out, self.max_nodes)
        return [self.out]


class GraphmlExporter(Exporter):
    """GraphML for yEd and Gephi."""

    def finalize(self) -> list[Path]:
        write_graphml(self.graph(), self.out)
        return [self.out]


class GexfExporter(Exporter):
    """GEXF for Gephi."""

    def finalize(self) -> list[Path]:
        write_gexf(self.graph(), self.out)
        return [self.out]


class I2CsvExporter(Exporter):
    """Entity, link and report tables for i2 Analyst's Notebook; `out` is a folder."""

    def finalize(self) -> list[Path]:
        return write_i2_csv(self.graph(), self.out)


class GrassExporter(Exporter):
    """The Neo4j Browser style file (needs no data)."""

    def finalize(self) -> list[Path]:
        write_grass(self.out)
        return [self.out]


EXPORTERS: dict[str, type[Exporter]] = {
    "html": HtmlExporter, "graphml": GraphmlExporter, "gexf": GexfExporter,
    "csv": I2CsvExporter, "grass": GrassExporter,
}


def get_exporter(fmt: str, out: Path, graph: MapGraph | None = None) -> Exporter:
    """Answer an exporter of format `fmt` writing to `out` (with `graph`'s metadata)."""
    try:
        kind = EXPORTERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown export format {fmt!r}; "
                          f"choose one of {', '.join(EXPORTERS)}") from None
    if graph is None:
        return kind(out)
    return kind(out, graph.reports, graph.title, graph.focus, graph.notes)


def export(graph: MapGraph, fmt: str, out: Path, max_nodes: int = MAX_NODES) -> list[Path]:
    """Write `graph` in format `fmt` to `out`; answer the files written.

    `max_nodes` caps the HTML map (see `ocgmap.viz.html`).
    """
    exporter = get_exporter(fmt, out, graph)
    if isinstance(exporter, HtmlExporter):
        exporter.max_nodes = max_nodes
    for node in graph.nodes:
        exporter.write(node)
    for edge in graph.edges:
        exporter.write(edge)
    return exporter.finalize()
