"""`ocgmap export html|graphml|gexf|csv|grass OUT`: maps and files for other tools."""

from __future__ import annotations

from pathlib import Path

import click

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, stderr, stdout
from ocgmap.cli.query import resolve_name
from ocgmap.graph.store import MAX_HOPS
from ocgmap.viz import redact as redaction
from ocgmap.viz.exporters import EXPORTERS
from ocgmap.viz.exporters import export as export_graph
from ocgmap.viz.html import MAX_NODES
from ocgmap.viz.mapgraph import MapGraph, load_map

FORMAT_HELP = ("html: one offline interactive page; graphml: yEd/Gephi; gexf: Gephi; "
               "csv: a folder of i2 Analyst's Notebook tables (entities, links, reports); "
               "grass: Neo4j Browser style with the map's colours.")


@click.command(epilog=FORMAT_HELP)
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(EXPORTERS)))
@click.argument("out", type=click.Path(path_type=Path, dir_okay=True))
@click.option("--focus", metavar="NAME", help="Export only the neighbourhood of this entity "
              "(name or id).")
@click.option("--hops", type=click.IntRange(1, MAX_HOPS), default=None,
              help="Links away from --focus to include.  [default: 1]")
@click.option("--redact-victims", is_flag=True,
              help="Victims become 'Victim N'; their addresses and identifiers are dropped.")
@click.option("--max-nodes", type=click.IntRange(1), default=MAX_NODES, show_default=True,
              help="HTML only: above this many nodes keep the best-connected ones.")
@click.option("--title", help="Title of the map (default: from the focus).")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@pass_app
def export(app: AppContext, fmt: str, out: Path, focus: str | None, hops: int | None,
           redact_victims: bool, max_nodes: int, title: str | None, as_json: bool) -> None:
    """Write the graph (or one person's neighbourhood) as FORMAT to OUT."""
    if hops is not None and focus is None:
        raise click.UsageError("--hops needs --focus NAME")
    graph = _graph(app, fmt, focus, hops or 1, title, redact_victims)
    if fmt == "html" and len(graph.nodes) > max_nodes and not app.quiet:
        stderr.print(f"warning: {len(graph.nodes):,} nodes is more than --max-nodes "
                     f"{max_nodes:,}; the map keeps the best-connected ones. Use --focus NAME "
                     "--hops N for a readable map.", markup=False)
    written = export_graph(graph, fmt, out, max_nodes)
    if as_json:
        print_json({"format": fmt, "files": [str(p) for p in written],
                    "nodes": len(graph.nodes), "links": len(graph.edges),
                    "notes": list(graph.notes)})
    elif not app.quiet:
        what = "style sheet" if fmt == "grass" else (
            f"{len(graph.nodes)} nodes, {len(graph.edges)} links")
        stdout.print(f"Wrote {', '.join(str(p) for p in written)} ({what}).", markup=False)


def _graph(app: AppContext, fmt: str, focus: str | None, hops: int, title: str | None,
           redact: bool) -> MapGraph:
    if fmt == "grass":
        return MapGraph((), ())
    store = app.store()
    focus_id = resolve_name(store, focus).id if focus else None
    graph = load_map(store, focus_id, hops, title)
    if redact:
        # plan over the whole store: "Victim 7" is the same person in every export, and
        # victims only mentioned in this map's evidence are scrubbed too
        plan = None
        if focus_id is not None:
            whole = store.subgraph()
            plan = redaction.redaction_plan(whole.nodes, whole.edges)
        graph = redaction.redact_victims(graph, plan)
    return graph
