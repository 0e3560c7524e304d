"""`path A B` and `paths A B --max-hops N`: how two entities are connected."""

from __future__ import annotations

from collections.abc import Collection

from ocgmap.errors import NodeNotFound
from ocgmap.graph.store import GraphStore
from ocgmap.queries.backend import FoundPath, backend_for, link_types
from ocgmap.queries.common import check_count, check_types
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import Path, Paths

#: Longest shortest path searched for.
MAX_PATH_HOPS = 8
#: Longest simple path enumerated by `paths` (the count grows about as degree^hops).
MAX_SIMPLE_HOPS = 6
#: Paths found before the search stops. Below it both stores return the same paths;
#: above it `truncated` is set and which paths are shown may differ between stores.
SEARCH_CAP = 1000


def path(store: GraphStore, source: str, target: str, limit: int = 10,
         types: Collection[str] | None = None, max_hops: int = MAX_PATH_HOPS) -> Paths:
    """How are SOURCE and TARGET connected by the fewest links?

    Answers every shortest path (all of the same length, at most `max_hops` links,
    following links either way, of `types` only when given), ordered by the names along
    them, up to `limit`. No path within `max_hops` answers an empty list.
    """
    return _search(store, source, target, limit, types, max_hops, MAX_PATH_HOPS, shortest=True)


def paths(store: GraphStore, source: str, target: str, max_hops: int = 3, limit: int = 10,
          types: Collection[str] | None = None) -> Paths:
    """Which chains of at most `max_hops` links connect SOURCE and TARGET?

    Answers the paths that repeat no node, shortest first, then by the names along them,
    up to `limit`.
    """
    return _search(store, source, target, limit, types, max_hops, MAX_SIMPLE_HOPS,
                   shortest=False)


def _search(store: GraphStore, source: str, target: str, limit: int,
            types: Collection[str] | None, max_hops: int, hop_cap: int,
            shortest: bool) -> Paths:
    check_count("limit", limit, 1, SEARCH_CAP)
    check_count("max hops", max_hops, 1, hop_cap)
    chosen = link_types(check_types(types))
    start, end = resolve(store, source), resolve(store, target)
    if start.id == end.id:
        raise NodeNotFound(f"{start.name!r} and {end.name!r} are the same entity ({start.id})")
    backend = backend_for(store)
    search = backend.shortest_paths if shortest else backend.simple_paths
    found = search(start.id, end.id, chosen, max_hops, SEARCH_CAP)
    nodes = {n.id: n for p in found for n in p.found}
    missing = {n for p in found for n in p.nodes} - nodes.keys()
    if missing:
        nodes.update(backend.nodes(missing))

    def order(p: FoundPath) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
        return len(p.edges), tuple(nodes[n].name for n in p.nodes), tuple(e.id for e in p.edges)

    ranked = sorted(found, key=order)
    shown = tuple(Path(tuple(nodes[n] for n in p.nodes), p.edges) for p in ranked[:limit])
    return Paths(start, end, shown, truncated=len(found) > limit)
