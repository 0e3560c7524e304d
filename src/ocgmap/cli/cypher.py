"""`ocgmap cypher QUERY`: raw Cypher for power users, read-only unless --write is given."""

from __future__ import annotations

import json
from typing import Any

import click
from neo4j.exceptions import ClientError

from ocgmap.cli.context import AppContext, pass_app
from ocgmap.cli.output import print_json, table
from ocgmap.errors import ConfigError

ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"


def plain(value: Any) -> Any:
    """Answer a driver value (node, relationship, path, temporal) as plain JSON data."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": plain(dict(value)),
                "start": value.start_node.get("id") if value.start_node else None,
                "end": value.end_node.get("id") if value.end_node else None}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r}: write parameters as NAME=VALUE")
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    return params


@click.command()
@click.argument("statement")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); VALUE is JSON, else a string (repeat).")
@click.option("--write", is_flag=True,
              help="Run in a write transaction (default: a read transaction, which Neo4j "
                   "refuses to let write).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
@pass_app
def cypher(app: AppContext, statement: str, params: tuple[str, ...], write: bool,
           as_json: bool) -> None:
    """Run a Cypher STATEMENT against the Neo4j store and print the rows.

    Pass values as parameters (-p name='"Ardit Kola"'), not spliced into the text.
    """
    from ocgmap.graph.neo4j_store import Neo4jStore

    store = app.store()
    if not isinstance(store, Neo4jStore):
        raise ConfigError(f"cypher needs a Neo4j store (--store bolt://…); {store.location} is "
                          "the embedded store: use `ocgmap query` there")
    try:
        keys, rows = store.run_cypher(statement, _params(params), write=write)
    except ClientError as exc:
        if exc.code == ACCESS_MODE:
            raise click.UsageError("the statement writes to the graph; add --write to allow "
                                   "it") from exc
        raise click.UsageError(f"Neo4j refused the statement: {exc.message}") from exc
    data = [dict(zip(keys, (plain(v) for v in row), strict=True)) for row in rows]
    if as_json:
        print_json(data)
        return
    table(f"{len(rows)} row(s)", keys,
          [[v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
            for v in record.values()] for record in data])
