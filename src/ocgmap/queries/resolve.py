"""From a name typed by an investigator to one node: exact names, aliases, fuzzy search.

A name that matches nothing raises `UnknownName` with the closest names ("did you
mean"); a name shared by several nodes raises `AmbiguousName` with the candidates and
what tells them apart. Both are `NodeNotFound` (exit code 1 on the command line).
"""

from __future__ import annotations

from collections.abc import Collection

from rapidfuzz import fuzz, process

from ocgmap.errors import NodeNotFound
from ocgmap.graph.store import GraphStore
from ocgmap.ids import name_key
from ocgmap.model import Node
from ocgmap.queries.backend import backend_for
from ocgmap.queries.results import Match

DEFAULT_CUTOFF = 60.0
SUGGESTIONS = 5
#: Names at least this long are never looked up as ids.
ID_LOOKUP_MAX = 200
_DETAIL_KEYS = ("roles", "aliases", "nationality", "age", "dob", "kind", "sector")


class UnknownName(NodeNotFound):
    """No node has the name; `suggestions` holds the closest ones."""

    def __init__(self, name: str, suggestions: list[Match]) -> None:
        hint = "; did you mean: " + ", ".join(
            f"{m.node.name} ({m.node.label})" for m in suggestions) if suggestions else ""
        super().__init__(f"no entity named {_short(name)!r}{hint}")
        self.name = name
        self.suggestions = suggestions


class AmbiguousName(NodeNotFound):
    """Several nodes have the name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list[Node]) -> None:
        listed = "; ".join(describe(n) for n in candidates)
        super().__init__(f"{len(candidates)} entities are named {_short(name)!r}: {listed}. "
                         "Give the id instead")
        self.name = name
        self.candidates = candidates


def _short(name: str) -> str:
    return name if len(name) <= 80 else name[:77] + "..."


def describe(node: Node) -> str:
    """Answer a node's id, type and the details that tell it from namesakes."""
    details = [f"{k} {_value(node.properties[k])}" for k in _DETAIL_KEYS if k in node.properties]
    details.append(f"{len(node.reports)} report(s)")
    return f"{node.name} [{node.id}] ({node.label}; {', '.join(details)})"


def _value(value: object) -> str:
    return "/".join(map(str, value)) if isinstance(value, list) else str(value)


def search(store: GraphStore, text: str, limit: int = 10, labels: Collection[str] | None = None,
           cutoff: float = DEFAULT_CUTOFF) -> list[Match]:
    """Answer the entities whose name or an alias is closest to `text`, best first.

    Scores run from 0 to 100 (rapidfuzz WRatio on case-, accent- and spacing-folded
    names); ties are ordered by name, then id. Only scores of at least `cutoff` count.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    query = name_key(text)
    if not query:
        return []
    rows = [r for r in backend_for(store).names() if labels is None or r.label in labels]
    strings: list[str] = []
    owners: list[int] = []
    for index, row in enumerate(rows):
        for candidate in (row.name, *row.aliases):
            strings.append(candidate)
            owners.append(index)
    hits = process.extract(query, [name_key(s) for s in strings], scorer=fuzz.WRatio,
                           score_cutoff=cutoff, limit=None)
    best: dict[int, tuple[float, str]] = {}
    for _, score, position in hits:
        owner, rounded = owners[position], round(float(score), 1)
        if owner not in best or rounded > best[owner][0]:
            best[owner] = (rounded, strings[position])
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], rows[kv[0]].name, rows[kv[0]].id))
    chosen = ranked[:limit]
    nodes = backend_for(store).nodes([rows[i].id for i, _ in chosen])
    return [Match(nodes[rows[i].id], matched, score) for i, (score, matched) in chosen]


def resolve(store: GraphStore, name: str, labels: Collection[str] | None = None) -> Node:
    """Answer the one node with id `name`, else named `name`, else with alias `name`.

    `labels` limits which node types count. Raises `UnknownName` (with suggestions) or
    `AmbiguousName` (with candidates).
    """
    backend = backend_for(store)
    by_id = backend.get_node(name) if len(name) < ID_LOOKUP_MAX else None
    if by_id is not None and by_id.label != "Report" and (labels is None or by_id.label in labels):
        return by_id
    found = [n for n in store.find_nodes(name) if labels is None or n.label in labels]
    if not found:
        key = name_key(name)
        alias_ids = [r.id for r in backend.names()
                     if (labels is None or r.label in labels)
                     and any(name_key(a) == key for a in r.aliases)]
        found = sorted(backend.nodes(alias_ids).values(), key=lambda n: n.id)
    if not found:
        raise UnknownName(name, search(store, name, SUGGESTIONS, labels))
    if len(found) > 1:
        raise AmbiguousName(name, found)
    node = backend.get_node(found[0].id)  # with its evidence
    assert node is not None
    return node
