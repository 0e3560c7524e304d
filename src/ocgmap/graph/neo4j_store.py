"""`Neo4jStore`: the graph in a Neo4j 5 server, through the official driver.

Writes are batched `UNWIND $rows` statements, one write transaction per report (retried
by the driver on transient errors such as deadlocks between concurrent writers). Every
entity node carries the label `Entity` plus its schema label; uniqueness constraints on
`Entity.id` and `Report.id` back every MERGE. Labels and relationship types reach the
query text only through `ocgmap.graph.cypher`, which takes them from the schema.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit

import neo4j
from neo4j import GraphDatabase, ManagedTransaction, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from ocgmap.errors import ConfigError, StoreUnavailable
from ocgmap.graph import cypher
from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import (
    DEFAULT_BATCH_SIZE,
    GraphStore,
    batches,
    checked_properties,
    skip_reports,
)
from ocgmap.ids import name_key
from ocgmap.model import (
    MENTIONED_IN,
    REPORT_LABEL,
    RESERVED_PROPERTIES,
    Counts,
    Edge,
    Evidence,
    GraphDelta,
    Node,
    Properties,
)

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
T = TypeVar("T")

#: Analysis write-back: property names are checked against the schema and travel, like
#: the values, as parameters.
SET_NODE_PROPERTIES = (f"UNWIND $rows AS row MATCH (n:{cypher.ENTITY} {{id: row.id}}) "
                       "SET n += row.props RETURN count(n) AS found")


class Neo4jStore(GraphStore):
    """The graph store on a Neo4j 5 server."""

    def __init__(self, uri: str, username: str, password: str, database: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        scheme = urlsplit(uri).scheme
        if scheme not in NEO4J_SCHEMES:
            raise ConfigError(f"{uri}: unsupported Neo4j URI scheme {scheme!r}; "
                              f"use one of {', '.join(NEO4J_SCHEMES)}")
        self.location = uri
        self.batch_size = batch_size
        self._database = database or None
        self._schema = load_schema()
        self._driver = GraphDatabase.driver(uri, auth=(username, password),
                                            notifications_min_severity="OFF")
        with self._guard():
            self._driver.verify_connectivity()
            self._ensure_constraints()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn driver connection and authentication failures into one clear error."""
        try:
            yield
        except AuthError as exc:
            raise StoreUnavailable(
                f"Neo4j at {self.location} refused the credentials: set NEO4J_USERNAME and "
                "NEO4J_PASSWORD (scripts/neo4j env prints them for the local server)") from exc
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(
                f"cannot reach Neo4j at {self.location}: start it (scripts/neo4j start, or "
                "docker compose up -d) or point NEO4J_URI / --store at a running server"
            ) from exc

    def _ensure_constraints(self) -> None:
        for statement in (*cypher.CONSTRAINTS, cypher.LEDGER_CONSTRAINT,
                          cypher.LEDGER_KIND_INDEX):
            try:
                self._driver.execute_query(statement, database_=self._database)
            except ClientError as exc:  # a concurrent process created it first
                if "EquivalentSchemaRuleAlreadyExists" not in (exc.code or ""):
                    raise

    def _read(self, query: str, **params: Any) -> list[neo4j.Record]:
        with self._guard():
            records, _, _ = self._driver.execute_query(
                query, params, database_=self._database, routing_=RoutingControl.READ)
        return list(records)

    def _write(self, work: Callable[[ManagedTransaction], T]) -> T:
        with self._guard(), self._driver.session(database=self._database) as session:
            return session.execute_write(work)

    # -- writing ---------------------------------------------------------------------

    def _write_deltas(self, deltas: Sequence[GraphDelta]) -> None:
        list_keys = self._schema.list_properties
        named_keys = cypher.scalar_properties()
        reports = [_report_row(d.report, list_keys) for d in deltas]
        # one statement per label (or type), so each node or edge is written in the order of
        # the deltas; it sets the properties that any of its rows carries
        node_groups: dict[tuple[str, bool], _Group] = defaultdict(_Group)
        edge_groups: dict[str, _Group] = defaultdict(_Group)
        for delta in deltas:
            report = delta.report.id
            rows: dict[str, dict[str, Any]] = {}
            for node in delta.nodes:
                rows[node.id] = {"id": node.id, "name": node.name,
                                 "name_key": name_key(node.name), "report": report}
            for edge in delta.edges:
                row = rows.get(edge.source) if _is_mention(edge, report) else None
                if row is not None and "mention" not in row:
                    row["mention"] = edge.id  # written with its node, in one statement
                    row["evidence"] = _evidence(edge.evidence)
                    continue
                row = {"id": edge.id, "source": edge.source, "target": edge.target,
                       "report": report, "evidence": _evidence(edge.evidence)}
                edge_groups[self._schema.relation(edge.type)].add(
                    row, edge.properties, list_keys, named_keys)
            for node in delta.nodes:
                row = rows[node.id]
                node_groups[self._schema.label(node.label), "mention" in row].add(
                    row, node.properties, list_keys, named_keys)

        def work(tx: ManagedTransaction) -> None:
            for batch in batches(reports, self.batch_size):
                tx.run(cypher.MERGE_REPORTS, rows=batch).consume()
            for (label, mention), group in node_groups.items():
                query = cypher.merge_nodes(label, *group.shape(), mention)
                for batch in batches(group.rows, self.batch_size):
                    tx.run(query, rows=batch).consume()
            for rel_type, group in edge_groups.items():
                query = cypher.merge_edges(rel_type, *group.shape())
                for batch in batches(group.rows, self.batch_size):
                    tx.run(query, rows=batch).consume()

        self._write(work)

    def retract_report(self, report_id: str) -> bool:
        prefix = Evidence.report_prefix(report_id)

        def work(tx: ManagedTransaction) -> bool:
            found = tx.run(cypher.REPORT_FACTS, report=report_id).single()
            if found is None:
                return False
            node_ids = list(found["ids"])
            for batch in batches(node_ids, self.batch_size):
                tx.run(cypher.RETRACT_EDGES, ids=batch, report=report_id, prefix=prefix).consume()
                tx.run(cypher.RETRACT_NODES, ids=batch, report=report_id).consume()
            tx.run(cypher.DELETE_REPORT, report=report_id).consume()
            return True

        return self._write(work)

    def clear(self) -> None:
        with self._guard(), self._driver.session(database=self._database) as session:
            session.run(cypher.CLEAR_ALL).consume()

    # -- reading ---------------------------------------------------------------------

    def report_hash(self, report_id: str) -> str | None:
        records = self._read(cypher.REPORT_HASH, id=report_id)
        value = records[0]["hash"] if records else None
        return str(value) if value is not None else None

    def reports_from(self, origin: str) -> list[str]:
        return [r["id"] for r in self._read(cypher.REPORTS_FROM, origin=origin)]

    def get_node(self, node_id: str) -> Node | None:
        records = self._read(cypher.NODE_WITH_EVIDENCE, id=node_id)
        if not records:
            return None
        node = _to_node(records[0]["n"])
        evidence = sorted(Evidence.from_json(e) for e in records[0]["evidence"])
        return Node(node.id, node.label, node.name, node.properties, node.reports,
                    tuple(evidence))

    def find_nodes(self, name: str, label: str | None = None) -> list[Node]:
        records = self._read(cypher.NODES_BY_NAME_KEY, key=name_key(name), label=label)
        return [_to_node(r["n"]) for r in records]

    def _neighbours(self, node_ids: list[str], types: frozenset[str] | None,
                    include_reports: bool) -> list[tuple[str, str]]:
        records = self._read(cypher.NEIGHBOURS, ids=node_ids,
                             types=sorted(types) if types else None,
                             skip=skip_reports(types, include_reports))
        return [(r["id"], r["label"]) for r in records]

    def _nodes(self, node_ids: list[str] | None, include_reports: bool) -> list[Node]:
        if node_ids is None:
            records = self._read(cypher.ALL_NODES, reports=include_reports)
        else:
            records = self._read(cypher.NODES_BY_ID, ids=node_ids)
        return sorted((_to_node(r["n"]) for r in records), key=lambda n: n.id)

    def _edges_among(self, node_ids: list[str] | None, types: frozenset[str] | None,
                     include_reports: bool) -> list[Edge]:
        skip = skip_reports(types, include_reports)
        typelist = sorted(types) if types else None
        if node_ids is None:
            records = self._read(cypher.ALL_EDGES, types=typelist, skip=skip)
        else:
            wanted = set(node_ids)
            records = [r for r in self._read(cypher.EDGES_FROM, ids=node_ids, types=typelist,
                                             skip=skip) if r["target"] in wanted]
        return sorted((_to_edge(r) for r in records), key=lambda e: e.id)

    def set_node_properties(self, updates: Mapping[str, Mapping[str, Any]]) -> int:
        rows = [{"id": i, "props": p} for i, p in checked_properties(updates).items()]

        def work(tx: ManagedTransaction) -> int:
            found = 0
            for batch in batches(rows, self.batch_size):
                record = tx.run(SET_NODE_PROPERTIES, rows=batch).single()
                found += int(record["found"]) if record else 0
            return found

        return self._write(work)

    def rename_nodes(self, names: Mapping[str, str]) -> None:
        self._write_batches(cypher.RENAME_NODES, "rows", [
            {"id": i, "name": n, "name_key": name_key(n)} for i, n in names.items()])

    def ledger_put(self, kind: str, entries: Mapping[str, str]) -> None:
        self._write_batches(cypher.LEDGER_PUT, "rows", [
            {"uid": _ledger_uid(kind, k), "kind": kind, "key": k, "value": v}
            for k, v in entries.items()])

    def ledger_get(self, kind: str, keys: Sequence[str] | None = None) -> dict[str, str]:
        if keys is None:
            return {r["key"]: r["value"] for r in self._read(cypher.LEDGER_ALL, kind=kind)}
        found: dict[str, str] = {}
        for batch in batches([_ledger_uid(kind, k) for k in keys], self.batch_size):
            found.update((r["key"], r["value"]) for r in self._read(cypher.LEDGER_GET,
                                                                     uids=batch))
        return found

    def ledger_delete(self, kind: str, keys: Sequence[str]) -> None:
        self._write_batches(cypher.LEDGER_DELETE, "uids", [_ledger_uid(kind, k) for k in keys])

    def _write_batches(self, query: str, parameter: str, items: Sequence[Any]) -> None:
        """Run `query` on `items` in batches (as `parameter`), all in one transaction."""
        self._write(lambda tx: [tx.run(query, {parameter: batch}).consume()
                                for batch in batches(items, self.batch_size)])

    def counts(self) -> Counts:
        nodes = {r["label"]: r["count"] for r in self._read(cypher.COUNT_NODES)}
        edges = {r["type"]: r["count"] for r in self._read(cypher.COUNT_EDGES)}
        return Counts({k: v for k, v in nodes.items() if v}, edges)

    def close(self) -> None:
        self._driver.close()

    def run_cypher(self, query: str, params: dict[str, Any] | None = None,
                   write: bool = False) -> tuple[list[str], list[list[Any]]]:
        """Answer the columns and rows of `query`, run in a read transaction (Neo4j refuses
        writes there) unless `write` is set."""

        def work(tx: ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(query, params or {})
            keys = list(result.keys())
            return keys, [list(record.values()) for record in result]

        with self._guard(), self._driver.session(database=self._database) as session:
            return session.execute_write(work) if write else session.execute_read(work)

    def read_query(self, query: str, params: dict[str, Any] | None = None
                   ) -> tuple[list[str], list[list[Any]]]:
        """Answer the columns and rows of the read-only `query` as one auto-commit read
        (one round trip, where `run_cypher` takes two); the session is in read access mode,
        so Neo4j refuses writes. A transient error is retried twice."""
        for attempt in range(3):
            try:
                with self._guard(), self._driver.session(
                        database=self._database,
                        default_access_mode=neo4j.READ_ACCESS) as session:
                    result = session.run(query, params or {})
                    keys = list(result.keys())
                    return keys, [list(record.values()) for record in result]
            except TransientError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def _ledger_uid(kind: str, key: str) -> str:
    return f"{kind}\x1f{key}"


def _report_row(node: Node, list_keys: frozenset[str]) -> dict[str, Any]:
    scalars = {k: v for k, v in node.properties.items() if k not in list_keys}
    return {"id": node.id, "name": node.name, "name_key": name_key(node.name),
            "props": scalars}


class _Group:
    """The rows of one write statement, and which properties they carry."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.named: set[str] = set()
        self.lists: set[str] = set()
        self.extras = False

    def add(self, row: dict[str, Any], props: Properties, list_keys: frozenset[str],
            named_keys: frozenset[str]) -> None:
        """Add `row` with `props`: declared scalars under "props", declared lists under
        "lists", the rest (but the store's own names) under "extra"."""
        self.rows.append(row)
        if not props:
            return
        named: dict[str, Any] = {}
        lists: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in props.items():
            if key in list_keys:
                lists[key] = value
            elif key in named_keys:
                named[key] = value
            elif key not in RESERVED_PROPERTIES:
                extra[key] = value
        if named:
            row["props"] = named
            self.named.update(named)
        if lists:
            row["lists"] = lists
            self.lists.update(lists)
        if extra:
            row["extra"] = extra
            self.extras = True

    def shape(self) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """Answer the list keys, scalar keys and whether extras, as the statement needs."""
        return tuple(sorted(self.lists)), tuple(sorted(self.named)), self.extras


def _is_mention(edge: Edge, report: str) -> bool:
    """Answer whether `edge` is a plain MENTIONED_IN link to `report` (no properties)."""
    return edge.type == MENTIONED_IN and edge.target == report and not edge.properties


def _evidence(evidence: Sequence[Evidence]) -> list[str]:
    if len(evidence) == 1:
        return [evidence[0].to_json()]
    return list(dict.fromkeys(ev.to_json() for ev in evidence))


def _to_node(record_node: Any) -> Node:
    data = dict(record_node)
    labels = [label for label in record_node.labels if label != cypher.ENTITY]
    props = {k: v for k, v in data.items() if k not in RESERVED_PROPERTIES}
    return Node(str(data["id"]), labels[0] if labels else REPORT_LABEL,
                str(data.get("name", data["id"])), props,
                tuple(sorted(data.get("reports") or ())))


def _to_edge(record: neo4j.Record) -> Edge:
    data = dict(record["props"])
    props = {k: v for k, v in data.items() if k not in RESERVED_PROPERTIES}
    evidence = sorted(Evidence.from_json(e) for e in data.get("evidence") or ())
    return Edge(data["id"], record["type"], record["source"], record["target"], props,
                tuple(sorted(data.get("reports") or ())), tuple(evidence))

