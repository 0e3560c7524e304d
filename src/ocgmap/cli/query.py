"""`ocgmap query …`: named investigator questions."""

from __future__ import annotations

import click

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import node_json, print_json, print_subgraph, subgraph_json, table
from ocgmap.errors import NodeNotFound
from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import MAX_HOPS, GraphStore
from ocgmap.model import Node


@click.group()
def query() -> None:
    """Ask the graph a named question."""


def resolve_name(store: GraphStore, name: str) -> Node:
    """Answer the one node called `name` (or with that id); raise `NodeNotFound` otherwise."""
    by_id = store.get_node(name)
    if by_id is not None:
        return by_id
    found = store.find_nodes(name)
    if not found:
        raise NodeNotFound(f"no entity named {name!r}")
    if len(found) > 1:
        choices = "; ".join(f"{n.id} ({n.label}, {len(n.reports)} reports)" for n in found)
        raise NodeNotFound(f"{len(found)} entities are named {name!r}: {choices}. "
                           "Give the id instead")
    return found[0]


def _check_names(values: tuple[str, ...], allowed: list[str], what: str) -> list[str] | None:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what} {', '.join(unknown)}; "
                                 f"allowed: {', '.join(allowed)}")
    return list(values) or None


@query.command()
@click.argument("name")
@click.option("--hops", type=click.IntRange(1, MAX_HOPS), default=1, show_default=True,
              help="How many links away to go.")
@click.option("--label", "labels", multiple=True, help="Only reach nodes of this type (repeat).")
@click.option("--type", "types", multiple=True, help="Only follow links of this type (repeat).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
@pass_app
def neighbourhood(app: AppContext, name: str, hops: int, labels: tuple[str, ...],
                  types: tuple[str, ...], as_json: bool) -> None:
    """Show the people, places and identifiers within HOPS links of NAME."""
    schema = load_schema()
    label_filter = _check_names(labels, sorted(schema.labels), "node type")
    type_filter = _check_names(types, sorted(schema.relations), "link type")
    store = app.store()
    focus = resolve_name(store, name)
    graph = store.neighbourhood(focus.id, hops, label_filter, type_filter)
    if as_json:
        print_json({"focus": node_json(focus), "hops": hops, **subgraph_json(graph)})
    else:
        print_subgraph(f"within {hops} link(s) of {focus.name}", graph)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
@pass_app
def stats(app: AppContext, as_json: bool) -> None:
    """Count the nodes by type and the links by type in the store."""
    counts = app.store().counts()
    if as_json:
        print_json({"store": app.store().location, "nodes": counts.nodes, "links": counts.edges,
                    "total_nodes": counts.total_nodes, "total_links": counts.total_edges})
        return
    table(f"nodes ({counts.total_nodes})", ["type", "count"], sorted(counts.nodes.items()))
    table(f"links ({counts.total_edges})", ["type", "count"], sorted(counts.edges.items()))
