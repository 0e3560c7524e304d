"""Finding a node by id or name, with close-name suggestions when there is none."""

from __future__ import annotations

import difflib

import networkx as nx

from ocgmap.errors import NodeNotFound
from ocgmap.ids import name_key


def find_node(graph: nx.Graph | nx.MultiDiGraph, name: str, *,
              labels: frozenset[str] | None = None) -> str:
    """Answer the id of the node with id or name `name` (case- and accent-insensitive).

    Raises
    ------
    NodeNotFound
        If no node matches (the message suggests close names), or several do.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("p1", name="Ardit Kola", label="Person")
    >>> find_node(G, "ardit KOLA")
    'p1'
    >>> find_node(G, "Ardit Kolla")
    Traceback (most recent call last):
    ...
    ocgmap.errors.NodeNotFound: no node named 'Ardit Kolla'; did you mean: Ardit Kola?
    """
    if name in graph and (labels is None or graph.nodes[name].get("label") in labels):
        return name
    wanted = name_key(name)
    names: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        if labels is not None and data.get("label") not in labels:
            continue
        names.setdefault(name_key(str(data.get("name") or node)), []).append(str(node))
    found = names.get(wanted, [])
    if len(found) == 1:
        return found[0]
    if found:
        raise NodeNotFound(f"{len(found)} nodes are named {name!r}: {', '.join(sorted(found))}; "
                           "give the id instead")
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.75)
    shown = [str(graph.nodes[names[c][0]].get("name") or names[c][0]) for c in close]
    hint = f"; did you mean: {', '.join(shown)}?" if shown else ""
    raise NodeNotFound(f"no node named {name!r}{hint}")
