"""`LocalStore`: the embedded store, one SQLite file, no server.

Tables: `nodes`, `edges`, `support` (which report supports which node or edge) and
`evidence` (the sentences behind each edge, and behind each node's mention in a report).
`MENTIONED_IN` links are not stored as rows: they are read off `support` (an entity
supported by a report is mentioned in it), which halves the rows a load writes; readers
see the same links as in Neo4j. Every write is one `BEGIN IMMEDIATE` transaction, so a
killed process leaves either whole reports or none, and concurrent writers queue.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ocgmap.errors import StoreUnavailable
from ocgmap.gcpause import paused_gc
from ocgmap.graph.schema import load_schema
from ocgmap.graph.store import (
    DEFAULT_BATCH_SIZE,
    GraphStore,
    batches,
    checked_properties,
    skip_reports,
)
from ocgmap.ids import name_key, relation_id
from ocgmap.model import (
    MENTIONED_IN,
    REPORT_LABEL,
    Counts,
    Edge,
    Evidence,
    GraphDelta,
    Node,
    Properties,
)

# 16 KB pages (new stores only; a store keeps the size it was made with): hashed keys
# scatter every write over the indexes, and fewer, larger pages make its commit about a
# third cheaper than 4 KB ones do
_DDL = """
PRAGMA page_size = 16384;
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
    props TEXT NOT NULL DEFAULT '{}');
CREATE INDEX IF NOT EXISTS nodes_name_key ON nodes(name_key);
CREATE INDEX IF NOT EXISTS nodes_origin ON nodes(json_extract(props, '$.origin'))
    WHERE label = 'Report';
CREATE TABLE IF NOT EXISTS edges (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    props TEXT NOT NULL DEFAULT '{}');
CREATE INDEX IF NOT EXISTS edges_source ON edges(source, type);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target, type);
CREATE TABLE IF NOT EXISTS support (
    report TEXT NOT NULL, fact TEXT NOT NULL, PRIMARY KEY (report, fact)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS support_fact ON support(fact);
CREATE TABLE IF NOT EXISTS evidence (
    fact TEXT NOT NULL, report TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    sentence TEXT NOT NULL, PRIMARY KEY (fact, report, start, end)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger (
    kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key))
    WITHOUT ROWID;
"""

_CHUNK = 500  # SQLite host-parameter lists are kept well under its limit


class LocalStore(GraphStore):
    """The embedded graph store in one SQLite file."""

    def __init__(self, path: str | Path, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.location = str(path)
        self.batch_size = batch_size
        self._list_keys = load_schema().list_properties
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=60, isolation_level=None,
                                       check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 60000")
            self._db.executescript(_DDL)
            self._db.execute("PRAGMA synchronous = NORMAL")
            # a 64 MB page cache: bulk loads into a large store run about 25% faster
            # than with 16 MB; memory stays bounded by it
            self._db.execute("PRAGMA cache_size = -65536")
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"cannot open the local store {path}: {exc}") from exc

    @property
    def transaction_rows(self) -> int:
        """Answer how many rows one write transaction takes before it commits.

        Keys are hashes, so every transaction dirties pages all over the indexes and its
        commit copies them to the WAL: 20 statements' worth (not 5) cuts that cost by
        half. The write lock is held a few seconds at most; readers are not blocked.
        """
        return 20 * self.batch_size

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------

    def _write_deltas(self, deltas: Sequence[GraphDelta]) -> None:
        with paused_gc():  # the rows form no cycles; scanning the deltas is wasted time
            self._write_rows(deltas)

    def _write_rows(self, deltas: Sequence[GraphDelta]) -> None:
        """Write the rows of `deltas` in one transaction."""
        nodes: list[tuple[str, Node | Edge]] = [
            (d.report.id, n) for d in deltas for n in (d.report, *d.nodes)]
        edges: list[tuple[str, Node | Edge]] = [
            (d.report.id, e) for d in deltas for e in d.edges if e.type != MENTIONED_IN]
        mentions = [(e.source, ev) for d in deltas for e in d.edges if e.type == MENTIONED_IN
                    for ev in e.evidence]
        with self._transaction() as db:
            for table, items in (("nodes", nodes), ("edges", edges)):
                known: dict[str, Properties] = {}  # stored properties, kept up to date
                for batch in batches(items, self.batch_size):
                    self._upsert(db, table, batch, known)
            evidence = [(fact, ev.report, ev.start, ev.end, ev.sentence) for fact, ev in mentions]
            evidence += [(e.id, ev.report, ev.start, ev.end, ev.sentence) for _, e in edges
                         if isinstance(e, Edge)
                         for ev in e.evidence]
            db.executemany("INSERT OR IGNORE INTO evidence (fact, report, start, end, sentence) "
                           "VALUES (?, ?, ?, ?, ?)", evidence)

    def _upsert(self, db: sqlite3.Connection, table: str,
                batch: Sequence[tuple[str, Node | Edge]], current: dict[str, Properties]
                ) -> None:
        """Insert new nodes or edges, merge changed properties, record their support.

        `current` holds the stored properties of facts already met in this transaction
        (an entity recurs in report after report); only the others are read.
        """
        current.update(self._stored_props(
            db, table, list({fact.id for _, fact in batch if fact.id not in current})))
        rows: dict[str, tuple[Any, ...]] = {}
        for _, fact in batch:
            stored = current.get(fact.id)
            if stored is not None and not fact.properties and fact.id not in rows:
                continue  # stored, and nothing to merge (most mentions of an entity)
            merged = merge_properties(stored, fact.properties, self._list_keys)
            if stored is not None and merged == stored and fact.id not in rows:
                continue  # nothing new to write for this fact
            current[fact.id] = merged
            first = rows.get(fact.id)
            if isinstance(fact, Node):
                name = first[2] if first else fact.name
                rows[fact.id] = (fact.id, fact.label, name, name_key(name), _dump(merged))
            else:
                rows[fact.id] = (fact.id, fact.type, fact.source, fact.target, _dump(merged))
        columns = ("id, label, name, name_key, props" if table == "nodes"
                   else "id, type, source, target, props")
        db.executemany(
            f"INSERT INTO {table} ({columns}) VALUES (?, ?, ?, ?, ?) "  # noqa: S608 - constants
            "ON CONFLICT(id) DO UPDATE SET props = excluded.props", list(rows.values()))
        db.executemany("INSERT OR IGNORE INTO support (report, fact) VALUES (?, ?)",
                       [(report, fact.id) for report, fact in batch])

    def _stored_props(self, db: sqlite3.Connection, table: str, ids: list[str]
                      ) -> dict[str, Properties]:
        found: dict[str, Properties] = {}
        for chunk in batches(ids, _CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = db.execute(f"SELECT id, props FROM {table} WHERE id IN ({marks})", chunk)  # noqa: S608 - table is a constant
            found.update((row[0], json.loads(row[1]) if row[1] != "{}" else {}) for row in rows)
        return found

    def retract_report(self, report_id: str) -> bool:
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM nodes WHERE id = ? AND label = ?",
                          (report_id, REPORT_LABEL)).fetchone() is None:
                return False
            facts = [r[0] for r in db.execute("SELECT fact FROM support WHERE report = ?",
                                              (report_id,))]
            db.execute("DELETE FROM support WHERE report = ?", (report_id,))
            for chunk in batches(facts, _CHUNK):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM evidence WHERE fact IN ({marks}) AND report = ?",  # noqa: S608
                           [*chunk, report_id])
                orphan = (f"id IN ({marks}) "  # noqa: S608 - only placeholders in the text
                          "AND NOT EXISTS (SELECT 1 FROM support s WHERE s.fact = id)")
                db.execute(f"DELETE FROM edges WHERE {orphan}", chunk)  # noqa: S608 - no input in text
                db.execute(f"DELETE FROM nodes WHERE {orphan}", chunk)  # noqa: S608
            return True

    def clear(self) -> None:
        with self._transaction() as db:
            for table in ("nodes", "edges", "support", "evidence", "ledger"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - constant table names

    # -- reading ---------------------------------------------------------------------

    def report_hash(self, report_id: str) -> str | None:
        row = self._db.execute("SELECT props FROM nodes WHERE id = ? AND label = ?",
                               (report_id, REPORT_LABEL)).fetchone()
        if row is None:
            return None
        value = json.loads(row[0]).get("content_hash")
        return str(value) if value is not None else None

    def reports_from(self, origin: str) -> list[str]:
        rows = self._db.execute(
            "SELECT id FROM nodes WHERE label = 'Report' AND json_extract(props, '$.origin') = ? "
            "ORDER BY id", (origin,))
        return [r[0] for r in rows]

    def get_node(self, node_id: str) -> Node | None:
        nodes = self._read_nodes("id = ?", [node_id])
        if not nodes:
            return None
        node = nodes[0]
        evidence = self._evidence([node_id]).get(node_id, ())
        return Node(node.id, node.label, node.name, node.properties, node.reports, evidence)

    def find_nodes(self, name: str, label: str | None = None) -> list[Node]:
        if label is None:
            return self._read_nodes("name_key = ?", [name_key(name)])
        return self._read_nodes("name_key = ? AND label = ?", [name_key(name), label])

    def _neighbours(self, node_ids: list[str], types: frozenset[str] | None,
                    include_reports: bool) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        skip = skip_reports(types, include_reports)
        for chunk in batches(node_ids, _CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT e.type, n.id, n.label FROM edges e JOIN nodes n ON n.id = e.target "  # noqa: S608
                f"WHERE e.source IN ({marks}) UNION ALL "
                f"SELECT e.type, n.id, n.label FROM edges e JOIN nodes n ON n.id = e.source "
                f"WHERE e.target IN ({marks})", chunk + chunk)
            found.extend((other, label) for rel_type, other, label in rows
                         if types is None or rel_type in types)
            if not skip:
                found.extend(self._db.execute(
                    f"SELECT s.report, '{REPORT_LABEL}' FROM support s JOIN nodes n "  # noqa: S608
                    f"ON n.id = s.fact WHERE s.fact IN ({marks}) AND n.label <> ?",
                    [*chunk, REPORT_LABEL]))
                found.extend(self._db.execute(
                    f"SELECT n.id, n.label FROM support s JOIN nodes n ON n.id = s.fact "  # noqa: S608
                    f"WHERE s.report IN ({marks}) AND n.label <> ?", [*chunk, REPORT_LABEL]))
        return found

    def _nodes(self, node_ids: list[str] | None, include_reports: bool) -> list[Node]:
        if node_ids is None:
            where = "1 = 1" if include_reports else "label <> ?"
            return self._read_nodes(where, [] if include_reports else [REPORT_LABEL])
        nodes: list[Node] = []
        for chunk in batches(node_ids, _CHUNK):
            nodes.extend(self._read_nodes(f"id IN ({','.join('?' * len(chunk))})", chunk))
        return sorted(nodes, key=lambda n: n.id)

    def _read_nodes(self, where: str, params: Sequence[Any]) -> list[Node]:
        rows = self._db.execute(
            f"SELECT id, label, name, props FROM nodes WHERE {where} ORDER BY id",  # noqa: S608 - where is built here from constants
            params).fetchall()
        support = self._support([r[0] for r in rows])
        return [Node(r[0], r[1], r[2], json.loads(r[3]), support.get(r[0], ())) for r in rows]

    def _support(self, fact_ids: list[str]) -> dict[str, tuple[str, ...]]:
        by_fact: dict[str, list[str]] = {}
        if len(fact_ids) > _CHUNK:
            rows: Any = self._db.execute("SELECT fact, report FROM support")
        else:
            marks = ",".join("?" * len(fact_ids))
            rows = self._db.execute(
                f"SELECT fact, report FROM support WHERE fact IN ({marks})", fact_ids)  # noqa: S608
        wanted = set(fact_ids)
        for fact, report in rows:
            if fact in wanted:
                by_fact.setdefault(fact, []).append(report)
        return {fact: tuple(sorted(reports)) for fact, reports in by_fact.items()}

    def _edges_among(self, node_ids: list[str] | None, types: frozenset[str] | None,
                     include_reports: bool) -> list[Edge]:
        if node_ids is None:
            rows = self._db.execute("SELECT id, type, source, target, props FROM edges").fetchall()
        else:
            wanted = set(node_ids)
            rows = []
            for chunk in batches(node_ids, _CHUNK):
                marks = ",".join("?" * len(chunk))
                rows.extend(
                    r for r in self._db.execute(
                        f"SELECT id, type, source, target, props FROM edges "  # noqa: S608
                        f"WHERE source IN ({marks})", chunk)
                    if r[3] in wanted)
        rows = [r for r in rows if types is None or r[1] in types]
        ids = [r[0] for r in rows]
        support = self._support(ids)
        evidence = self._evidence(ids)
        edges = [Edge(r[0], r[1], r[2], r[3], json.loads(r[4]), support.get(r[0], ()),
                      evidence.get(r[0], ())) for r in rows]
        if not skip_reports(types, include_reports):
            edges.extend(self._mentions(node_ids))
        return sorted(edges, key=lambda e: e.id)

    def _mentions(self, node_ids: list[str] | None) -> list[Edge]:
        """Answer the MENTIONED_IN links among `node_ids` (all when None), from support."""
        pairs = self._db.execute(
            "SELECT s.fact, s.report FROM support s JOIN nodes n ON n.id = s.fact "
            "WHERE n.label <> ?", (REPORT_LABEL,)).fetchall()
        if node_ids is not None:
            wanted = set(node_ids)
            pairs = [(f, r) for f, r in pairs if f in wanted and r in wanted]
        evidence = self._evidence(list({f for f, _ in pairs}))
        return [Edge(relation_id(MENTIONED_IN, fact, report), MENTIONED_IN, fact, report, {},
                     (report,), tuple(ev for ev in evidence.get(fact, ()) if ev.report == report))
                for fact, report in pairs]

    def _evidence(self, fact_ids: list[str]) -> dict[str, tuple[Evidence, ...]]:
        by_fact: dict[str, list[Evidence]] = {}
        wanted = set(fact_ids)
        if len(fact_ids) > _CHUNK:
            rows: Any = self._db.execute("SELECT fact, report, sentence, start, end FROM evidence")
        else:
            marks = ",".join("?" * len(fact_ids))
            rows = self._db.execute(
                f"SELECT fact, report, sentence, start, end FROM evidence "  # noqa: S608
                f"WHERE fact IN ({marks})", fact_ids)
        for fact, report, sentence, start, end in rows:
            if fact in wanted:
                by_fact.setdefault(fact, []).append(Evidence(report, sentence, start, end))
        return {fact: tuple(sorted(ev)) for fact, ev in by_fact.items()}

    def set_node_properties(self, updates: Mapping[str, Mapping[str, Any]]) -> int:
        checked = checked_properties(updates)
        with self._transaction() as db:
            current = self._stored_props(db, "nodes", list(checked))
            rows = [(_dump({**current[i], **props}), i) for i, props in checked.items()
                    if i in current]
            db.executemany("UPDATE nodes SET props = ? WHERE id = ?", rows)
        return len(rows)

    def rename_nodes(self, names: Mapping[str, str]) -> None:
        with self._transaction() as db:
            db.executemany("UPDATE nodes SET name = ?, name_key = ? WHERE id = ? AND label <> ?",
                           [(name, name_key(name), i, REPORT_LABEL) for i, name in names.items()])

    def ledger_put(self, kind: str, entries: Mapping[str, str]) -> None:
        with self._transaction() as db:
            db.executemany("INSERT INTO ledger (kind, key, value) VALUES (?, ?, ?) "
                           "ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value",
                           [(kind, key, value) for key, value in entries.items()])

    def ledger_get(self, kind: str, keys: Sequence[str] | None = None) -> dict[str, str]:
        if keys is None:
            rows = self._db.execute("SELECT key, value FROM ledger WHERE kind = ?", (kind,))
            return dict(rows.fetchall())
        found: dict[str, str] = {}
        for chunk in batches(list(keys), _CHUNK):
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(
                f"SELECT key, value FROM ledger WHERE kind = ? AND key IN ({marks})",  # noqa: S608
                [kind, *chunk]).fetchall())
        return found

    def ledger_delete(self, kind: str, keys: Sequence[str]) -> None:
        with self._transaction() as db:
            db.executemany("DELETE FROM ledger WHERE kind = ? AND key = ?",
                           [(kind, key) for key in keys])

    def counts(self) -> Counts:
        nodes = dict(self._db.execute("SELECT label, count(*) FROM nodes GROUP BY label"))
        edges = dict(self._db.execute("SELECT type, count(*) FROM edges GROUP BY type"))
        [(mentions,)] = self._db.execute(
            "SELECT count(*) FROM support s JOIN nodes n ON n.id = s.fact WHERE n.label <> ?",
            (REPORT_LABEL,))
        if mentions:
            edges[MENTIONED_IN] = mentions
        return Counts(nodes, edges)

    def close(self) -> None:
        self._db.close()

    def read_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Answer the rows of one SQL statement run read-only (for `ocgmap.queries`)."""
        self._db.execute("PRAGMA query_only = 1")
        try:
            return self._db.execute(sql, params).fetchall()
        finally:
            self._db.execute("PRAGMA query_only = 0")


def merge_properties(stored: Properties | None, new: Properties,
                     list_keys: frozenset[str]) -> Properties:
    """Answer stored properties updated by new ones; declared list properties are unioned."""
    if not stored:
        return new
    merged: Properties = dict(stored)
    for key, value in new.items():
        old = merged.get(key)
        if key in list_keys and isinstance(old, list) and isinstance(value, list):
            merged[key] = [*old, *(v for v in value if v not in old)]
        else:
            merged[key] = value
    return merged


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # built once, not per row


def _dump(props: Properties) -> str:
    return _ENCODER.encode(props) if props else "{}"
