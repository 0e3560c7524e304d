"""Transit routes: journeys from route legs, corridors, and the transit points they share.

A journey is the chain of `LEG` links that share a ``route`` property, ordered by ``seq``
(a leg without a route is a journey of its own). A corridor is every journey with the same
stops: origin → transit points → destination. People moved are the targets of
`TRANSPORTED` links whose ``route`` or ``corridor`` property names one of its journeys (a
victim group counts as its ``count``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.analysis import kernels
from ocgmap.analysis.windows import dates_of, report_dates
from ocgmap.errors import NodeNotFound


@dataclass(frozen=True)
class Journey:
    """One route: its legs in order."""

    route: str
    stops: list[str]
    modes: list[str]
    dates: list[str]
    reports: list[str]


@dataclass(frozen=True)
class Corridor:
    """Journeys with the same stops, aggregated."""

    origin: str
    transit: list[str]
    destination: str
    stops: list[str]
    journeys: int
    routes: list[str]
    people: int
    modes: list[str]
    first: str | None
    last: str | None
    reports: list[str]

    def to_dict(self) -> dict[str, Any]:
        """Answer the corridor as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class TransitPoint:
    """A place on the movement graph: its betweenness and the journeys passing through."""

    node: str
    name: str
    betweenness: float
    journeys: int
    rank: int

    def to_dict(self) -> dict[str, Any]:
        """Answer the transit point as a JSON-ready dict."""
        return asdict(self)


def journeys(graph: nx.MultiDiGraph) -> list[Journey]:
    """Answer the journeys made of LEG links, sorted by route id.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("fier", "calais", type="LEG", route="J1", seq=1, mode="car")
    >>> _ = G.add_edge("calais", "dover", type="LEG", route="J1", seq=2, mode="lorry")
    >>> journeys(G)[0].stops
    ['fier', 'calais', 'dover']
    """
    dates = report_dates(graph)
    legs: dict[str, list[tuple[int, str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data.get("type") != "LEG":
            continue
        route = str(data.get("route") or key)
        legs[route].append((int(data.get("seq") or 0), str(u), str(v), data))
    found = []
    for route in sorted(legs):
        ordered = sorted(legs[route], key=lambda leg: (leg[0], leg[1]))
        stops = [ordered[0][1]]
        for _, u, v, _ in ordered:
            if u != stops[-1]:
                stops.append(u)  # a gap in the chain: keep both places, in order
            stops.append(v)
        reports = sorted({r for *_, d in ordered for r in d.get("reports", ())})
        own = [str(d["date"])[:10] for *_, d in ordered if d.get("date")]
        found.append(Journey(route, stops, sorted({str(d["mode"]) for *_, d in ordered
                                                   if d.get("mode")}),
                             sorted({*own, *dates_of(reports, dates)}), reports))
    return found


def _people_moved(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    moved: dict[str, set[str]] = defaultdict(set)
    for _, v, data in graph.edges(data=True):
        if data.get("type") == "TRANSPORTED":
            for prop in ("route", "corridor"):
                if data.get(prop):
                    moved[str(data[prop])].add(str(v))
    return moved


def _headcount(graph: nx.MultiDiGraph, people: set[str]) -> int:
    return sum(int(graph.nodes[p].get("count") or 1) if graph.nodes[p].get(
        "label") == "VictimGroup" else 1 for p in people if p in graph)


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("name") or node) if node in graph else node


def corridors(graph: nx.MultiDiGraph) -> list[Corridor]:
    """Answer corridors (journeys with the same stops), most travelled first.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for r in ("J1", "J2"):
    ...     _ = G.add_edge("fier", "calais", type="LEG", route=r, seq=1, mode="car")
    ...     _ = G.add_edge("calais", "dover", type="LEG", route=r, seq=2, mode="lorry")
    >>> c = corridors(G)[0]
    >>> c.origin, c.transit, c.destination, c.journeys
    ('fier', ['calais'], 'dover', 2)
    """
    moved = _people_moved(graph)
    by_stops: dict[tuple[str, ...], list[Journey]] = defaultdict(list)
    for journey in journeys(graph):
        by_stops[tuple(journey.stops)].append(journey)
    found = []
    for stops, group in by_stops.items():
        people = set().union(*(moved.get(j.route, set()) for j in group))
        dates = sorted(d for j in group for d in j.dates)
        names = [_name(graph, s) for s in stops]
        found.append(Corridor(names[0], names[1:-1], names[-1], list(stops), len(group),
                              [j.route for j in group], _headcount(graph, people),
                              sorted({m for j in group for m in j.modes}),
                              dates[0] if dates else None, dates[-1] if dates else None,
                              sorted({r for j in group for r in j.reports})))
    return sorted(found, key=lambda c: (-c.journeys, -c.people, c.stops))


def movement_graph(graph: nx.MultiDiGraph,
                   found: list[Journey] | None = None) -> nx.DiGraph:
    """Answer the directed graph of places joined by legs (``weight``: journeys using it).

    `found` are the journeys of `graph` when already computed (`journeys`).
    """
    moves = nx.DiGraph()
    for journey in found if found is not None else journeys(graph):
        for u, v in zip(journey.stops, journey.stops[1:], strict=False):
            if moves.has_edge(u, v):
                moves[u][v]["weight"] += 1
            else:
                moves.add_edge(u, v, weight=1)
    return moves


def transit_points(graph: nx.MultiDiGraph, *, top: int | None = None) -> list[TransitPoint]:
    """Answer places ranked by betweenness on the movement graph, then by journeys through.

    Betweenness is directed, unweighted and normalised; `journeys` counts the journeys
    that pass through the place (neither their first nor their last stop).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("fier", "calais", type="LEG", route="J1", seq=1)
    >>> _ = G.add_edge("calais", "dover", type="LEG", route="J1", seq=2)
    >>> transit_points(G, top=1)[0].node
    'calais'
    """
    found = journeys(graph)
    moves = movement_graph(graph, found)
    through: dict[str, int] = defaultdict(int)
    for journey in found:
        for stop in set(journey.stops[1:-1]):
            through[stop] += 1
    between = (nx.betweenness_centrality(moves) if kernels.size(moves) <= kernels.NX_LIMIT
               else nx.betweenness_centrality(moves, k=kernels.SAMPLE_SOURCES, seed=0))
    order = sorted(moves, key=lambda n: (-between[n], -through[n], n))
    order = order[:top] if top is not None else order
    return [TransitPoint(n, _name(graph, n), round(between[n], 6), through[n], i + 1)
            for i, n in enumerate(order)]


def journeys_through(graph: nx.MultiDiGraph, place: str) -> list[Journey]:
    """Answer the journeys that stop at `place` (a node id).

    Raises
    ------
    NodeNotFound
        If `place` is not a node of `graph`.
    """
    if place not in graph:
        raise NodeNotFound(f"no place with id {place!r}")
    return [j for j in journeys(graph) if place in j.stops]


def journey_dict(journey: Journey, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Answer a journey as a JSON-ready dict, with stop names when given."""
    data = asdict(journey)
    if names is not None:
        data["stop_names"] = [names.get(s, s) for s in journey.stops]
    return data
