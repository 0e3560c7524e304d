"""`ocgmap query …`: named investigator questions (the library is `ocgmap.queries`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, print_subgraph, table
from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import MAX_HOPS, GraphStore
from ocgmap.model import Edge, Node, Subgraph
from ocgmap.queries import (
    AmbiguousName,
    ReportFilter,
    UnknownName,
    businesses_of,
    co_offenders,
    evidence,
    neighbourhood,
    path,
    paths,
    recruited_by,
    resolve,
    search,
    shared_identifiers,
    through,
    timeline,
    victims_of,
)
from ocgmap.queries.paths import MAX_PATH_HOPS, MAX_SIMPLE_HOPS, SEARCH_CAP
from ocgmap.queries.results import Linked, Paths, ReportInfo

T = TypeVar("T")
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")


@click.group()
def query() -> None:
    """Ask the graph a named question.

    NAME may be a name, an alias or a node id. A name that matches nothing lists the
    closest names and exits 1; a name shared by several entities lists them (with what
    tells them apart) and exits 1: give the id instead.
    """


def resolve_name(store: GraphStore, name: str) -> Node:
    """Answer the one node called `name` (or with that id); raise `NodeNotFound` otherwise."""
    return resolve(store, name)


def _ask(as_json: bool, question: Callable[[], T]) -> T:
    """Answer `question()`; with --json, a name problem is also printed as JSON on stdout."""
    try:
        return question()
    except UnknownName as exc:
        if as_json:
            print_json({"error": str(exc),
                        "did_you_mean": [m.to_json() for m in exc.suggestions]})
        raise
    except AmbiguousName as exc:
        if as_json:
            print_json({"error": str(exc), "candidates": [
                {"id": n.id, "label": n.label, "name": n.name, "properties": n.properties,
                 "reports": list(n.reports)} for n in exc.candidates]})
        raise
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _check_names(values: tuple[str, ...], allowed: list[str], what: str) -> list[str] | None:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what} {', '.join(unknown)}; "
                                 f"allowed: {', '.join(allowed)}")
    return list(values) or None


def _link_types(types: tuple[str, ...]) -> list[str] | None:
    return _check_names(types, sorted(t for t in load_schema().relations if t != "MENTIONED_IN"),
                        "link type")


def _names(nodes: Sequence[Node]) -> str:
    return ", ".join(n.name for n in nodes)


def _print_linked(as_json: bool, title: str, rows: list[Linked]) -> None:
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table(title, ["type", "name", "links", "reports"],
          [(r.node.label, r.node.name, ", ".join(r.types), ", ".join(r.reports)) for r in rows])


def _report(info: ReportInfo) -> str:
    return f"{info.id} ({info.date or 'undated'}, {info.grading or 'ungraded'})"


# -- the questions -----------------------------------------------------------------------


@query.command(name="neighbourhood")
@click.argument("name")
@click.option("--hops", type=click.IntRange(1, MAX_HOPS), default=1, show_default=True,
              help=f"How many links away to go (1 to {MAX_HOPS}).")
@click.option("--label", "labels", multiple=True, help="Only reach nodes of this type (repeat).")
@click.option("--type", "types", multiple=True, help="Only follow links of this type (repeat).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only links stated by reports from this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only links stated by reports up to this date.")
@click.option("--grading", metavar="B2",
              help="Only links stated by reports graded at least this well (letter A-E, "
                   "digit 1-5; B2 keeps A1, A2, B1, B2).")
@JSON_OPTION
@pass_app
def neighbourhood_command(app: AppContext, name: str, hops: int, labels: tuple[str, ...],
                          types: tuple[str, ...], since: str | None, until: str | None,
                          grading: str | None, as_json: bool) -> None:
    """Show the people, places and identifiers within HOPS links of NAME."""
    entity_labels = load_schema().entity_labels
    label_filter = _check_names(labels, entity_labels, "node type")
    type_filter = _link_types(types)
    try:
        reports = ReportFilter(since, until, grading)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    store = app.store()
    answer = _ask(as_json, lambda: neighbourhood(store, name, hops, label_filter, type_filter,
                                                 reports))
    if as_json:
        print_json(answer.to_json())
    else:
        print_subgraph(f"within {hops} link(s) of {answer.focus.name}",
                       Subgraph(answer.nodes, answer.edges))


def _print_paths(answer: Paths, as_json: bool) -> None:
    if as_json:
        print_json(answer.to_json())
        return
    rows = []
    for number, found in enumerate(answer.paths, start=1):
        steps = [found.nodes[0].name]
        for edge, node in zip(found.edges, found.nodes[1:], strict=True):
            arrow = f"-[{edge.type}]->" if edge.target == node.id else f"<-[{edge.type}]-"
            steps += [arrow, node.name]
        rows.append((number, found.length, " ".join(steps),
                     ", ".join(sorted({r for e in found.edges for r in e.reports}))))
    more = " (more exist: raise --limit)" if answer.truncated else ""
    table(f"paths from {answer.source.name} to {answer.target.name}{more}",
          ["#", "links", "path", "reports"], rows)


@query.command(name="path")
@click.argument("source")
@click.argument("target")
@click.option("--limit", type=click.IntRange(1, SEARCH_CAP), default=10, show_default=True,
              help="Most paths to show.")
@click.option("--max-hops", type=click.IntRange(1, MAX_PATH_HOPS), default=MAX_PATH_HOPS,
              show_default=True, help="Longest path to look for.")
@click.option("--type", "types", multiple=True, help="Only follow links of this type (repeat).")
@JSON_OPTION
@pass_app
def path_command(app: AppContext, source: str, target: str, limit: int, max_hops: int,
                 types: tuple[str, ...], as_json: bool) -> None:
    """Show every shortest path between SOURCE and TARGET."""
    type_filter = _link_types(types)
    store = app.store()
    _print_paths(_ask(as_json, lambda: path(store, source, target, limit, type_filter,
                                            max_hops)), as_json)


@query.command(name="paths")
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", type=click.IntRange(1, MAX_SIMPLE_HOPS), default=3,
              show_default=True, help="Longest path to list.")
@click.option("--limit", type=click.IntRange(1, SEARCH_CAP), default=10, show_default=True,
              help="Most paths to show.")
@click.option("--type", "types", multiple=True, help="Only follow links of this type (repeat).")
@JSON_OPTION
@pass_app
def paths_command(app: AppContext, source: str, target: str, max_hops: int, limit: int,
                  types: tuple[str, ...], as_json: bool) -> None:
    """Show the paths of at most MAX-HOPS links between SOURCE and TARGET, shortest first."""
    type_filter = _link_types(types)
    store = app.store()
    _print_paths(_ask(as_json, lambda: paths(store, source, target, max_hops, limit,
                                             type_filter)), as_json)


@query.command(name="shared-identifiers")
@click.argument("name", required=False)
@JSON_OPTION
@pass_app
def shared_identifiers_command(app: AppContext, name: str | None, as_json: bool) -> None:
    """Show people linked by the same phone, vehicle, address, e-mail, document or account
    (NAME's only, when given)."""
    store = app.store()
    rows = _ask(as_json, lambda: shared_identifiers(store, name))
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table("shared identifiers", ["type", "identifier", "people", "reports"],
          [(r.identifier.label, r.identifier.name, _names(r.people),
            ", ".join(sorted({x for e in r.edges for x in e.reports}))) for r in rows])


def _linked_command(command: str, question: Callable[[GraphStore, str], list[Linked]],
                    title: str, help_text: str) -> None:
    @query.command(name=command, help=help_text)
    @click.argument("name")
    @JSON_OPTION
    @pass_app
    def run(app: AppContext, name: str, as_json: bool) -> None:
        store = app.store()
        rows = _ask(as_json, lambda: question(store, name))
        _print_linked(as_json, f"{title} {name}", rows)


_linked_command("victims-of", victims_of, "victims of",
                "Show whom NAME (a person, or a group and its members) recruited, transported, "
                "harboured, exploited or controlled.")
_linked_command("recruited-by", recruited_by, "recruited by",
                "Show whom NAME (a person, or a group and its members) recruited.")
_linked_command("businesses-of", businesses_of, "businesses of",
                "Show the businesses NAME (a person, or a group and its members) is linked to.")


@query.command(name="co-offenders")
@click.argument("name")
@JSON_OPTION
@pass_app
def co_offenders_command(app: AppContext, name: str, as_json: bool) -> None:
    """Show who offends alongside NAME: shared victims, shared groups, associates."""
    store = app.store()
    rows = _ask(as_json, lambda: co_offenders(store, name))
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    table(f"co-offenders of {name}", ["name", "why"],
          [(r.person.name, "; ".join(r.reasons)) for r in rows])


@query.command(name="through")
@click.argument("place")
@JSON_OPTION
@pass_app
def through_command(app: AppContext, place: str, as_json: bool) -> None:
    """Show the journeys that pass PLACE and who is linked to it."""
    store = app.store()
    answer = _ask(as_json, lambda: through(store, place))
    if as_json:
        print_json(answer.to_json())
        return
    table(f"journeys through {answer.place.name}",
          ["route", "stops", "modes", "travellers", "reports"],
          [(j.route, " → ".join(s.name for s in j.stops),
            ", ".join(str(e.properties.get("mode", "")) for e in j.legs),
            ", ".join(t.name for t in j.travellers),
            ", ".join(sorted({r for e in j.legs for r in e.reports}))) for j in answer.journeys])
    _print_linked(False, f"linked to {answer.place.name}", list(answer.linked))


@query.command(name="timeline")
@click.argument("name")
@JSON_OPTION
@pass_app
def timeline_command(app: AppContext, name: str, as_json: bool) -> None:
    """Show every dated fact about NAME, oldest first, with its report."""
    store = app.store()
    answer = _ask(as_json, lambda: timeline(store, name))
    if as_json:
        print_json(answer.to_json())
        return
    table(f"timeline of {answer.subject.name} ({answer.undated} undated fact(s) left out)",
          ["date", "fact", "with", "report", "sentence"],
          [(e.date, e.type, e.other.name if e.other else "", _report(e.report),
            " / ".join(e.sentences)) for e in answer.entries])


@query.command(name="evidence")
@click.argument("name")
@click.argument("other", required=False)
@JSON_OPTION
@pass_app
def evidence_command(app: AppContext, name: str, other: str | None, as_json: bool) -> None:
    """Show the sentences and reports behind NAME, or behind NAME's links with OTHER."""
    store = app.store()
    answer = _ask(as_json, lambda: evidence(store, name, other))
    if as_json:
        print_json(answer.to_json())
        return
    names = {answer.subject.id: answer.subject.name}
    if answer.other is not None:
        names[answer.other.id] = answer.other.name

    def fact(edge: Edge | None) -> str:
        if edge is None:
            return "mentioned"
        return f"{names.get(edge.source, edge.source)} {edge.type} " \
               f"{names.get(edge.target, edge.target)}"

    about = answer.subject.name + (f" and {answer.other.name}" if answer.other else "")
    table(f"evidence for {about}", ["report", "date", "grading", "fact", "sentence"],
          [(i.report.id, i.report.date or "", i.report.grading or "", fact(i.edge), i.sentence)
           for i in answer.items])


@query.command(name="search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--label", "labels", multiple=True, help="Only entities of this type (repeat).")
@JSON_OPTION
@pass_app
def search_command(app: AppContext, text: str, limit: int, labels: tuple[str, ...],
                   as_json: bool) -> None:
    """Find entities by name or alias, fuzzily, with scores (100 = same name)."""
    label_filter = _check_names(labels, load_schema().entity_labels, "node type")
    hits = search(app.store(), text, limit, label_filter)
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    table(f"entities like {text!r}", ["score", "type", "name", "matched", "id"],
          [(f"{h.score:.1f}", h.node.label, h.node.name, h.matched, h.node.id) for h in hits])


@click.command()
@JSON_OPTION
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


__all__ = ["query", "resolve_name", "stats"]
