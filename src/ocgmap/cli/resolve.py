"""`ocgmap resolve …`: review and decide which records are one person or business.

Every decision is recorded (who, when, why), applied at once and on every later ingest,
and can be undone by a later one (the latest judgement about a pair wins).
"""

from __future__ import annotations

import getpass
from typing import Any

import click

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, stdout, table
from ocgmap.queries import resolve as find_entity
from ocgmap.resolve.records import Judgement, JudgementKind
from ocgmap.resolve.service import StoreResolver
from ocgmap.resolve.suggest import REVIEW_SCORE

JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
WHY_OPTION = click.option("--why", default="", help="The reason, kept with the decision.")
WHO_OPTION = click.option("--who", default=None,
                          help="Who decides (default: the login name).")


@click.group()
def resolve() -> None:
    """Review suggested merges and record merge, reject and split decisions.

    ENTITY may be a node id, a name or an alias; a name shared by several entities lists
    them: give the id instead. Only people and businesses are resolved: phones,
    vehicles, e-mails, documents and places are one node per value already.
    """


@resolve.command()
@click.option("--min-score", type=click.FloatRange(0, 1), default=REVIEW_SCORE,
              show_default=True,
              help="Leave out suggestions scoring less (0.4 also lists matches on a name "
                   "alone).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@JSON_OPTION
@pass_app
def suggestions(app: AppContext, min_score: float, limit: int, as_json: bool) -> None:
    """List pairs of entities that may be one, best first, with the reasons."""
    found = StoreResolver(app.store()).suggestions(min_score)[:limit]
    if as_json:
        print_json([{"score": s.score, "a": {"id": s.a, "name": s.a_name},
                     "b": {"id": s.b, "name": s.b_name}, "reasons": list(s.reasons)}
                    for s in found])
        return
    table("suggested merges", ["score", "entity", "may be", "because"],
          [(f"{s.score:.2f}", f"{s.a_name} ({s.a})", f"{s.b_name} ({s.b})",
            "; ".join(s.reasons)) for s in found])


def _judge(app: AppContext, kind: JudgementKind, names: tuple[str, ...], who: str | None,
           why: str, as_json: bool) -> None:
    store = app.store()
    entities = [find_entity(store, name).id for name in names]
    judgement = StoreResolver(store).judge(kind, entities, who or getpass.getuser(), why)
    if as_json:
        print_json(_judgement_json(judgement, None))
    else:
        stdout.print(f"{kind}: {' / '.join(judgement.labels)} recorded "
                     f"({judgement.when}, {judgement.who}).", markup=False, highlight=False)


def _pair_command(kind: JudgementKind, help_text: str) -> None:
    """Add `ocgmap resolve KIND A B` (merge, reject): a judgement about two entities."""
    @resolve.command(name=kind, help=help_text)
    @click.argument("a")
    @click.argument("b")
    @WHY_OPTION
    @WHO_OPTION
    @JSON_OPTION
    @pass_app
    def command(app: AppContext, a: str, b: str, why: str, who: str | None,
                as_json: bool) -> None:
        _judge(app, kind, (a, b), who, why, as_json)


_pair_command("merge", "Record that A and B are one entity, and merge them.")
_pair_command("reject", "Record that A and B are different: never merged, never suggested "
                        "again.")


@resolve.command()
@click.argument("entity")
@WHY_OPTION
@WHO_OPTION
@JSON_OPTION
@pass_app
def split(app: AppContext, entity: str, why: str, who: str | None, as_json: bool) -> None:
    """Split ENTITY back into one entity per report that names it (merge the right ones
    again with `merge`)."""
    _judge(app, "split", (entity,), who, why, as_json)


@resolve.command()
@click.option("--min-score", type=click.FloatRange(0, 1), required=True,
              help="Accept every suggestion scoring at least this.")
@WHY_OPTION
@WHO_OPTION
@pass_app
def accept(app: AppContext, min_score: float, why: str, who: str | None) -> None:
    """Accept the suggested merges scoring at least --min-score (each one recorded as a
    merge you can undo with `split` or `reject`)."""
    made = StoreResolver(app.store()).accept(min_score, who or getpass.getuser(), why)
    stdout.print(f"accepted {len(made)} suggested merges", markup=False, highlight=False)


@resolve.command()
@click.argument("entity")
@JSON_OPTION
@pass_app
def show(app: AppContext, entity: str, as_json: bool) -> None:
    """Show how ENTITY was resolved: each report's name for it, and why they were joined."""
    store = app.store()
    resolver = StoreResolver(store)
    node_id = find_entity(store, entity).id
    records = resolver.records_of(node_id)
    ids = {r.id for r in records}
    links = [link for link in resolver.resolution.links if link.a in ids or link.b in ids]
    if as_json:
        print_json({"id": node_id, "name": resolver.name_of(node_id),
                    "records": [{"id": r.id, "report": r.report, "name": r.name,
                                 "aliases": list(r.aliases)} for r in records],
                    "joined": [{"a": link.a, "b": link.b, "why": link.reason,
                                "automatic": link.automatic} for link in links]})
        return
    table(f"{resolver.name_of(node_id)} ({node_id})", ["report", "named as", "aliases"],
          [(r.report, r.name, ", ".join(r.aliases)) for r in records])
    table("joined because", ["record", "record", "why", "by"],
          [(link.a, link.b, link.reason, "rule" if link.automatic else "analyst")
           for link in links])


@resolve.command()
@JSON_OPTION
@pass_app
def history(app: AppContext, as_json: bool) -> None:
    """List every judgement, oldest first, with the entity it concerns now."""
    resolver = StoreResolver(app.store())
    rows = [_judgement_json(j, resolver) for j in resolver.judgements]
    if as_json:
        print_json(rows)
        return
    table("judgements", ["when", "who", "decision", "entities", "now", "why"],
          [(r["when"], r["who"], r["kind"], " / ".join(r["names"]),
            "not applied: " + ", ".join(r["missing"]) + " no longer stored" if r["missing"]
            else ", ".join(r["now"]), r["why"]) for r in rows])


def _judgement_json(judgement: Judgement, resolver: StoreResolver | None) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": judgement.kind, "when": judgement.when,
                            "who": judgement.who, "why": judgement.why,
                            "names": list(judgement.labels), "records": list(judgement.records)}
    if resolver is not None:
        data["missing"] = resolver.stale(judgement)
        data["now"] = sorted({resolver.entity_of(r) or "" for r in judgement.records} - {""})
    return data
