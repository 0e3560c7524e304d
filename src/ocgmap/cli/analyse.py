"""`ocgmap analyse …`: network analysis of the stored graph (hubs, groups, routes, …)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click
import networkx as nx

from ocgmap.analysis import (
    analysis_graph,
    brokerage,
    corridors,
    describe_groups,
    find_groups,
    find_node,
    fragment_group,
    group_hubs,
    group_leaders,
    hub_scores,
    membership,
    person_projection,
    recruiters,
    recruitments,
    simulate,
    transit_points,
)
from ocgmap.analysis.disruption import STRATEGIES
from ocgmap.analysis.projection import ACTOR_LABELS
from ocgmap.analysis.recruiters import multi_group_recruiters, recruited_together
from ocgmap.analysis.routes import journey_dict, journeys_through
from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, stderr, table
from ocgmap.resolve.sensitivity import Dependence, dependences
from ocgmap.resolve.service import StoreResolver

F = TypeVar("F", bound=Callable[..., Any])


@click.group()
def analyse() -> None:
    """Analyse the network: hubs, groups, routes, recruiters, brokers, disruption."""


def _common(func: F) -> F:
    """Add the options every analysis takes."""
    for option in reversed([
        click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="Only links supported by reports dated on or after this day."),
        click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="Only links supported by reports dated on or before this day."),
        click.option("--top", type=click.IntRange(1), default=10, show_default=True,
                     help="How many rows to show."),
        click.option("--seed", type=int, default=0, show_default=True,
                     help="Seed of sampled and randomised algorithms."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout."),
    ]):
        func = option(func)
    return func


@dataclass
class Loaded:
    """The analysis graph of one invocation and its person projection."""

    graph: nx.MultiDiGraph
    projection: nx.Graph
    window: dict[str, str | None]


def _load(app: AppContext, start: dt.datetime | None, end: dt.datetime | None,
          with_reports: bool = False) -> Loaded:
    day_from = start.date() if start else None
    day_to = end.date() if end else None
    if day_from and day_to and day_from > day_to:
        raise click.BadParameter(f"--from {day_from} is after --to {day_to}")
    raw = app.store().to_networkx(include_reports=bool(with_reports or day_from or day_to))
    graph = analysis_graph(raw, day_from, day_to)
    window = {"from": day_from.isoformat() if day_from else None,
              "to": day_to.isoformat() if day_to else None}
    if not app.quiet:
        stderr.print(f"analysing {graph.number_of_nodes():,} nodes, "
                     f"{graph.number_of_edges():,} links", highlight=False)
    return Loaded(graph, person_projection(graph), window)


def _depends(app: AppContext, data: Loaded, nodes: list[str]) -> list[Dependence]:
    """Answer the resolution decisions that the position of `nodes` hangs on."""
    return dependences(data.graph, StoreResolver(app.store(), settle=False), nodes)


def _show_depends(found: list[Dependence]) -> None:
    if found:
        table("depends on entity resolution", ["name", "id", "decision", "effect"],
              [(d.name, d.entity, d.kind, d.describe()) for d in found])


def _write_back(app: AppContext, updates: dict[str, dict[str, Any]]) -> None:
    written = app.store().set_node_properties(updates)
    if not app.quiet:
        stderr.print(f"wrote properties on {written:,} nodes", highlight=False)


@analyse.command()
@_common
@click.option("--person", default=None, help="Show where this person ranks (name or id).")
@click.option("--per-group", is_flag=True, help="Also show the top hubs of each group.")
@click.option("--write-back", is_flag=True, help="Store hub_score and hub_rank on the nodes.")
@pass_app
def hubs(app: AppContext, start: dt.datetime | None, end: dt.datetime | None, top: int,
         seed: int, as_json: bool, person: str | None, per_group: bool,
         write_back: bool) -> None:
    """Rank people by degree, betweenness and PageRank, and by all three combined."""
    data = _load(app, start, end)
    scores = hub_scores(data.projection, seed=seed)
    shown = scores[:top]
    if person is not None:
        node = find_node(data.projection, person, labels=ACTOR_LABELS)
        shown = [s for s in scores if s.node == node]
    result: dict[str, Any] = {"window": data.window, "hubs": [s.to_dict() for s in shown]}
    if per_group:
        groups = find_groups(data.projection, seed=seed)
        result["groups"] = {g: [s.to_dict() for s in hs]
                            for g, hs in group_hubs(scores, groups).items()}
    if write_back:
        _write_back(app, {s.node: {"hub_score": s.score, "hub_rank": s.rank} for s in scores})
    depends = _depends(app, data, [s.node for s in shown])
    result["resolution"] = [d.to_dict() for d in depends]
    if as_json:
        print_json(result)
        return
    table("hubs", ["rank", "name", "type", "score", "degree", "betweenness", "pagerank",
                   "reports"],
          [(s.rank, s.name, s.label, f"{s.score:.3f}", s.degree, f"{s.betweenness:.4f}",
            f"{s.pagerank:.4f}", s.reports) for s in shown])
    for gid, heads in result.get("groups", {}).items():
        table(f"hubs of {gid}", ["rank", "name", "score"],
              [(h["rank"], h["name"], f"{h['score']:.3f}") for h in heads])
    _show_depends(depends)


@analyse.command()
@_common
@click.option("--resolution", type=click.FloatRange(0, min_open=True), default=1.0,
              show_default=True, help="Higher finds more, smaller groups.")
@click.option("--write-back", is_flag=True, help="Store group_id on the members.")
@pass_app
def communities(app: AppContext, start: dt.datetime | None, end: dt.datetime | None,
                top: int, seed: int, as_json: bool, resolution: float,
                write_back: bool) -> None:
    """Find organised groups: communities of people linked by acts, identifiers, businesses
    and family; each with its leaders, nationalities, exploitation, places, businesses."""
    data = _load(app, start, end)
    groups = find_groups(data.projection, seed=seed, resolution=resolution)
    described = describe_groups(data.graph, data.projection, groups, seed=seed)
    if write_back:
        _write_back(app, {m: {"group_id": g} for m, g in membership(groups).items()})
    depends = _depends(app, data, [h["node"] for g in described[:top] for h in g.leaders])
    if as_json:
        print_json({"window": data.window, "seed": seed,
                    "groups": [g.to_dict() for g in described[:top]],
                    "resolution": [d.to_dict() for d in depends]})
        return

    def pairs(items: list[tuple[str, int]]) -> str:
        return ", ".join(f"{k} ({n})" for k, n in items)

    table(f"groups ({len(described)})", ["group", "size", "leaders", "nationalities",
                                         "exploitation", "places", "businesses"],
          [(g.id, g.size, ", ".join(h["name"] for h in g.leaders), pairs(g.nationalities),
            pairs(g.exploitation), pairs(g.places[:3]), pairs(g.businesses[:3]))
           for g in described[:top]])
    _show_depends(depends)


@analyse.command()
@_common
@click.option("--through", default=None, help="List the journeys through this place.")
@pass_app
def routes(app: AppContext, start: dt.datetime | None, end: dt.datetime | None, top: int,
           seed: int, as_json: bool, through: str | None) -> None:
    """Show corridors (origin → transit → destination) and the busiest transit points."""
    data = _load(app, start, end, with_reports=True)
    names = {n: str(d.get("name") or n) for n, d in data.graph.nodes(data=True)}
    found = corridors(data.graph)[:top]
    points = transit_points(data.graph, top=top)
    passing = None
    if through is not None:
        place = find_node(data.graph, through, labels=frozenset({"Location"}))
        passing = [journey_dict(j, names) for j in journeys_through(data.graph, place)]
    if as_json:
        print_json({"window": data.window, "corridors": [c.to_dict() for c in found],
                    "transit_points": [p.to_dict() for p in points],
                    **({"through": passing} if passing is not None else {})})
        return
    table("corridors", ["origin", "via", "destination", "journeys", "people", "modes",
                        "first", "last"],
          [(c.origin, " → ".join(c.transit), c.destination, c.journeys, c.people,
            ", ".join(c.modes), c.first, c.last) for c in found])
    table("transit points", ["rank", "place", "betweenness", "journeys through"],
          [(p.rank, p.name, f"{p.betweenness:.4f}", p.journeys) for p in points])
    if passing is not None:
        table(f"journeys through {through}", ["route", "stops", "modes", "dates"],
              [(j["route"], " → ".join(j["stop_names"]), ", ".join(j["modes"]),
                ", ".join(j["dates"][:2])) for j in passing])


@analyse.command(name="recruiters")
@_common
@pass_app
def recruiters_command(app: AppContext, start: dt.datetime | None, end: dt.datetime | None,
                       top: int, seed: int, as_json: bool) -> None:
    """Show who recruited whom, their chains to exploiters and places, and recruiters who
    feed more than one group."""
    data = _load(app, start, end)
    member_of = membership(find_groups(data.projection, seed=seed))
    found = recruiters(data.graph, member_of)
    chains = recruitments(data.graph)
    depends = _depends(app, data, [r.node for r in found[:top]])
    if as_json:
        print_json({"window": data.window, "recruiters": [r.to_dict() for r in found[:top]],
                    "multi_group": [r.to_dict() for r in multi_group_recruiters(found)],
                    "recruited_together": recruited_together(found),
                    "chains": [c.to_dict() for c in chains],
                    "resolution": [d.to_dict() for d in depends]})
        return
    names = {n: str(d.get("name") or n) for n, d in data.graph.nodes(data=True)}
    table("recruiters", ["recruiter", "victims", "groups", "reports"],
          [(r.name, len(r.victims), ", ".join(r.groups), len(r.reports)) for r in found[:top]])
    table("chains", ["recruiter", "victim", "exploiters", "places"],
          [(c.recruiter_name, c.victim_name, ", ".join(names[e] for e in c.exploiters),
            ", ".join(names[p] for p in c.places)) for c in chains[:top]])
    _show_depends(depends)


@analyse.command()
@_common
@click.option("--write-back", is_flag=True, help="Store brokerage (external) on the nodes.")
@pass_app
def brokers(app: AppContext, start: dt.datetime | None, end: dt.datetime | None, top: int,
            seed: int, as_json: bool, write_back: bool) -> None:
    """Show Gould–Fernandez brokers: people on the paths between groups."""
    data = _load(app, start, end)
    member_of = membership(find_groups(data.projection, seed=seed))
    found = brokerage(data.projection, member_of)
    if write_back:
        _write_back(app, {b.node: {"brokerage": b.external} for b in found})
    depends = _depends(app, data, [b.node for b in found[:top]])
    if as_json:
        print_json({"window": data.window, "brokers": [b.to_dict() for b in found[:top]],
                    "resolution": [d.to_dict() for d in depends]})
        return
    table("brokers", ["name", "group", "external", "liaison", "gatekeeper", "representative",
                      "itinerant", "coordinator", "connects"],
          [(b.name, b.group, b.external, b.liaison, b.gatekeeper, b.representative,
            b.itinerant, b.coordinator, ", ".join(b.groups_connected)) for b in found[:top]])
    _show_depends(depends)


@analyse.command()
@_common
@click.option("--strategy", "strategies", multiple=True, type=click.Choice(STRATEGIES),
              help="Removal strategy (repeat; default: all).")
@click.option("--group", "group_id", default=None,
              help="Recommend the smallest set that fragments this group (e.g. C001).")
@pass_app
def disruption(app: AppContext, start: dt.datetime | None, end: dt.datetime | None, top: int,
               seed: int, as_json: bool, strategies: tuple[str, ...],
               group_id: str | None) -> None:
    """Simulate removing the top N people by each strategy: the largest connected part and
    the network's efficiency after each removal."""
    data = _load(app, start, end)
    groups = find_groups(data.projection, seed=seed)
    if group_id is not None and group_id not in groups:
        shown = ", ".join(list(groups)[:10]) or "none"
        raise click.BadParameter(f"no group {group_id!r}; groups: {shown}",
                                 param_hint="--group")
    heads = group_leaders(data.graph, groups, hub_scores(data.projection, seed=seed), top=1)
    leaders = [h.node for found in heads.values() for h in found]
    curves = [simulate(data.projection, s, k=top, leaders=leaders, seed=seed)
              for s in (strategies or STRATEGIES)]
    split = (fragment_group(data.projection, groups[group_id]) if group_id is not None
             else None)
    removed = [step.removed for c in curves for step in c.steps if step.removed]
    depends = _depends(app, data, removed + (split.removed if split is not None else []))
    if as_json:
        print_json({"window": data.window, "curves": [c.to_dict() for c in curves],
                    **({"fragment": split.to_dict()} if split is not None else {}),
                    "resolution": [d.to_dict() for d in depends]})
        return
    for curve in curves:
        table(f"removing by {curve.strategy}", ["step", "removed", "largest part", "share",
                                                "efficiency"],
              [(i, step.name or step.removed or "-", step.largest_component,
                f"{step.largest_share:.3f}", f"{step.efficiency:.4f}")
               for i, step in enumerate(curve.steps)])
    if split is not None:
        verdict = "fragments" if split.achieved else "does not fragment"
        table(f"smallest set found for {group_id} ({verdict} it)",
              ["removed", "group size", "largest part before", "after"],
              [(", ".join(split.names) or "-", split.size, split.largest_before,
                split.largest_after)])
    _show_depends(depends)
