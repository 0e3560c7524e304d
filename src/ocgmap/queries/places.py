"""`through PLACE`: the journeys that pass a place, and who is linked to it."""

from __future__ import annotations

from ocgmap.graph.store import GraphStore
from ocgmap.model import Edge
from ocgmap.queries.backend import backend_for
from ocgmap.queries.offenders import linked
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import Journey, Through

LEG = "LEG"


def _seq(edge: Edge) -> tuple[int, str]:
    value = edge.properties.get("seq")
    return (value if isinstance(value, int) else 0), edge.id


def _travellers(edge: Edge) -> list[str]:
    """Answer the ids of the people and groups a leg says travelled it (extraction sets
    them; link records may not)."""
    value = edge.properties.get("travellers")
    return [str(v) for v in value] if isinstance(value, list) else []


def through(store: GraphStore, place: str) -> Through:
    """Which journeys pass PLACE, and which people, groups and businesses are linked to it?

    A journey is a route: the LEG links that share a `route` id, in `seq` order (a leg
    without a route is a journey of its own). Its stops run from the first leg's start
    to each leg's end; its travellers are the people and groups its legs name.
    """
    node = resolve(store, place, {"Location"})
    backend = backend_for(store)
    legs = backend.links([node.id], [LEG])
    routes = sorted({str(e.properties["route"]) for e in legs if e.properties.get("route")})
    by_route: dict[str, list[Edge]] = {f"leg {e.id}": [e] for e in legs
                                       if not e.properties.get("route")}
    for edge in backend.route_legs(routes):
        by_route.setdefault(str(edge.properties["route"]), []).append(edge)
    known = backend.nodes({n for route in by_route.values() for e in route
                           for n in (e.source, e.target, *_travellers(e))})
    journeys = []
    for route, route_legs in sorted(by_route.items()):
        ordered = sorted(route_legs, key=_seq)
        chain = [ordered[0].source, *(e.target for e in ordered)]
        travellers = dict.fromkeys(t for e in ordered for t in _travellers(e) if t in known)
        journeys.append(Journey(route, tuple(known[s] for s in chain), tuple(ordered),
                                tuple(known[t] for t in travellers)))
    others = linked(backend, {node.id}, None,
                    lambda edge, other: edge.type != LEG and other.label != "Location")
    return Through(node, tuple(journeys), tuple(others))
