"""Structured link records (CSV or JSONL), the import path that needs no NLP.

Each record says `from` (of type `from_type`) is linked by `relation` to `to` (of type
`to_type`), according to `report` on `date`; further columns or keys become properties of
the link (design §5). Records are grouped by report into one `GraphDelta` each. A bad
record is reported with its file and line and left out; the others are kept.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocgmap.errors import ItemError, SchemaError
from ocgmap.graph.schema import Schema, load_schema
from ocgmap.ingest.dates import parse_date
from ocgmap.ingest.text import decode_bytes
from ocgmap.model import (
    MENTIONED_IN,
    REPORT_LABEL,
    RESERVED_PROPERTIES,
    Edge,
    Evidence,
    GraphDelta,
    Node,
    PropertyValue,
)
from ocgmap.normalise import canonical_value

COLUMNS = ("from", "from_type", "relation", "to", "to_type", "report", "date")
REQUIRED = ("from", "from_type", "relation", "to", "to_type")
MAX_REPORT_ID = 200


@dataclass
class RecordBatch:
    """What one records file yields: a delta per report, and the rejected records."""

    path: Path
    deltas: list[GraphDelta] = field(default_factory=list)
    problems: list[ItemError] = field(default_factory=list)
    records: int = 0


@dataclass
class _ReportRows:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    digest: Any = field(default_factory=hashlib.sha256)


def read_link_records(path: Path, schema: Schema | None = None) -> RecordBatch:
    """Answer the deltas and rejected records of a `.csv` or `.jsonl` link-record file.

    Raises `ItemError` when the file as a whole is unusable (unreadable, no header).
    """
    schema = schema or load_schema()
    text = decode_bytes(path.read_bytes(), str(path))
    rows = _jsonl_rows(path, text) if path.suffix.lower() == ".jsonl" else _csv_rows(path, text)
    batch = RecordBatch(path)
    reports: dict[str, _ReportRows] = {}
    for line_no, raw_line, start, row in rows:
        where = f"{path}:{line_no}"
        batch.records += 1
        try:
            report_id, nodes, edge, day = _parse_record(row, schema, path, raw_line, start)
        except ItemError as exc:
            batch.problems.append(ItemError(where, exc.problem))
            continue
        group = reports.setdefault(report_id, _ReportRows())
        group.nodes.extend(nodes)
        group.edges.append(edge)
        if day:
            group.dates.append(day)
        group.digest.update(raw_line.encode("utf-8") + b"\n")
    for report_id, group in reports.items():
        props: dict[str, PropertyValue] = {"source": path.name,
                                           "content_hash": group.digest.hexdigest()}
        if group.dates:
            props["date"] = min(group.dates)
        report = Node(report_id, REPORT_LABEL, report_id, props)
        batch.deltas.append(GraphDelta.for_report(report, group.nodes, group.edges))
    return batch


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, str, int, dict[str, Any]]]:
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ItemError(str(path), f"not a link-record file: missing column(s) {', '.join(missing)}"
                        f"; the header must include {','.join(COLUMNS)}")
    reserved = sorted((set(header) - set(COLUMNS)) & RESERVED_PROPERTIES)
    if reserved:
        raise ItemError(str(path), f"column(s) {', '.join(reserved)} are reserved; rename them")
    reader.fieldnames = header
    first_line = 2
    for row in reader:
        line_no = first_line
        while line_no - 1 < len(lines) and not lines[line_no - 1].strip():
            line_no += 1  # the reader skips blank lines
        first_line = reader.line_num + 1
        raw = lines[line_no - 1].rstrip("\r\n") if line_no - 1 < len(lines) else ""
        if None in row:
            yield line_no, raw, offsets[line_no - 1], {"__error__": "more fields than the header"}
            continue
        yield line_no, raw, offsets[line_no - 1], row


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[int, str, int, dict[str, Any]]]:
    offset = 0
    for line_no, line in enumerate(text.splitlines(keepends=True), start=1):
        start, raw = offset, line.rstrip("\r\n")
        offset += len(line)
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield line_no, raw, start, {"__error__": f"invalid JSON ({exc.msg})"}
            continue
        if not isinstance(row, dict):
            yield line_no, raw, start, {"__error__": "a record must be a JSON object"}
            continue
        reserved = sorted((set(row) - set(COLUMNS)) & RESERVED_PROPERTIES)
        if reserved:
            row = {"__error__": f"key(s) {', '.join(reserved)} are reserved"}
        yield line_no, raw, start, row


def _parse_record(row: dict[str, Any], schema: Schema, path: Path, raw_line: str, start: int
                  ) -> tuple[str, list[Node], Edge, str | None]:
    if "__error__" in row:
        raise ItemError("", str(row["__error__"]))
    values = {k: _text(row.get(k)) for k in COLUMNS}
    empty = [k for k in REQUIRED if not values[k]]
    if empty:
        raise ItemError("", f"empty {', '.join(empty)}")
    relation = values["relation"].upper()
    from_type, to_type = values["from_type"], values["to_type"]
    try:
        if REPORT_LABEL in (from_type, to_type) or relation == MENTIONED_IN:
            raise SchemaError("", "Report and MENTIONED_IN are managed by ocgmap, not imported")
        schema.check_link(relation, from_type, to_type)
        props: dict[str, PropertyValue] = {}
        for key, value in row.items():
            if key in COLUMNS or value is None or value == "":
                continue
            props[str(key)] = schema.coerce(relation, str(key), value)
    except SchemaError as exc:
        raise ItemError("", exc.problem) from exc
    day = _iso_date(values["date"]) if values["date"] else None
    if day:
        props["date"] = day
    report_id = values["report"] or path.name
    if len(report_id) > MAX_REPORT_ID:
        raise ItemError("", f"report id longer than {MAX_REPORT_ID} characters")
    source = Node.make(from_type, canonical_value(from_type, values["from"]))
    target = Node.make(to_type, canonical_value(to_type, values["to"]))
    evidence = Evidence(report_id, raw_line, start, start + len(raw_line))
    source = Node(source.id, source.label, source.name, {}, (), (evidence,))
    target = Node(target.id, target.label, target.name, {}, (), (evidence,))
    edge = Edge.make(relation, source.id, target.id, props, (evidence,))
    return report_id, [source, target], edge, day


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _iso_date(value: str) -> str:
    """Answer an ISO date from the forms reports use, else raise `ItemError`."""
    try:
        return parse_date(value)
    except ValueError as exc:
        raise ItemError("", str(exc)) from exc
