"""`ocgmap demo`: the zero-setup tour on the bundled sample data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_subgraph, stdout, table
from ocgmap.graph.local import LocalStore
from ocgmap.graph.store import subgraph_to_networkx
from ocgmap.ingest.run import ingest_paths
from ocgmap.resolve.service import StoreResolver
from ocgmap.viz.exporters import export
from ocgmap.viz.mapgraph import load_map

DEMO_STORE = "ocgmap-demo.db"
DEMO_MAP = "ocgmap-demo.html"


@click.command()
@pass_app
def demo(app: AppContext) -> None:
    """Load the bundled fictional reports and link records, show what they hold, and
    write an offline HTML map of them.

    Uses --store when given, else ./ocgmap-demo.db, so your own store is never touched;
    the map goes next to the store file (./ocgmap-demo.html).
    """
    from ocgmap.nlp.facts import fact_finder  # spaCy loads only when it is needed

    if app.store_url is None:
        app.store_url = DEMO_STORE
    store = app.store()
    data = resources.files("ocgmap").joinpath("data")
    with resources.as_file(data) as folder:
        summary = ingest_paths([Path(folder)], store, facts=fact_finder(),
                               writer=StoreResolver(store))
    counts = store.counts()
    stdout.print(f"Loaded {summary.files} file(s) into {store.location}: "
                 f"{counts.total_nodes} nodes, {counts.total_edges} links.")
    table("nodes", ["type", "count"], sorted(counts.nodes.items()))
    graph = subgraph_to_networkx(store.subgraph())
    people = [n for n, d in graph.nodes(data=True) if d["label"] == "Person"]
    hub = max(people, key=lambda n: (graph.degree(n), n))
    focus = store.get_node(hub)
    assert focus is not None
    print_subgraph(f"the best-connected person, {focus.name}, and their direct links",
                   store.neighbourhood(hub, 1))
    map_path = (Path(store.location).with_suffix(".html") if isinstance(store, LocalStore)
                else Path(DEMO_MAP))
    written = export(load_map(store), "html", map_path)
    stdout.print(f"\nWrote the map to {written[0]} (open it in a browser; it works offline).",
                 markup=False)
    stdout.print("\nTry next:")
    store_opt = f"--store {store.location} "
    stdout.print(f'  ocgmap {store_opt}query neighbourhood "{focus.name}" --hops 2', markup=False)
    stdout.print(f"  ocgmap {store_opt}query evidence \"{focus.name}\"", markup=False)
    stdout.print(f"  ocgmap {store_opt}analyse hubs", markup=False)
    stdout.print(f"  ocgmap {store_opt}resolve suggestions --min-score 0.4", markup=False)
    stdout.print(f"  ocgmap {store_opt}export html map.html --focus \"{focus.name}\" --hops 2",
                 markup=False)
    stdout.print("  ocgmap extract some-report.txt", markup=False)
