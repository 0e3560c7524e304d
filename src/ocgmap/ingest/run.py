"""Ingesting files and folders into a store: the loop behind `ocgmap ingest`.

Each file is read by the reader for its format (link records, or a report document);
each report is stored whole or not at all. A bad file or record is recorded and
skipped; a store that fails stops the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ocgmap.config import max_file_bytes
from ocgmap.errors import ItemError, OcgmapError
from ocgmap.graph.store import GraphStore
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers import SUPPORTED_EXTENSIONS, read_document
from ocgmap.ingest.records import RecordBatch, read_link_records
from ocgmap.ingest.reports import FactFinder, document_deltas
from ocgmap.model import Edge, GraphDelta, Node, WriteResult

log = logging.getLogger(__name__)

RECORD_EXTENSIONS = frozenset({".csv", ".jsonl"})


@dataclass
class IngestSummary:
    """What an ingest run did: reports stored, unchanged or replaced, and what was rejected."""

    files: int = 0
    records: int = 0
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    rejected: list[ItemError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Answer whether every input was accepted."""
        return not self.rejected


def supported_extensions() -> frozenset[str]:
    """Answer the file extensions `ingest` reads."""
    return RECORD_EXTENSIONS | SUPPORTED_EXTENSIONS


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Answer the files named by `paths`, folders walked recursively in name order.

    Hidden files and folders are skipped.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """Answer the files under `folder` in name order, one directory listed at a time."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)


def read_file(path: Path, limit: int, facts: FactFinder | None = None) -> RecordBatch:
    """Answer the deltas (one per report) that `path` holds, or raise `ItemError`.

    `facts` finds what each report states (see `document_deltas`).
    """
    with _reading(path, limit):
        if path.suffix.lower() in RECORD_EXTENSIONS:
            return read_link_records(path)
        deltas, problems = document_deltas(read_document(path, path.read_bytes()), facts)
        return RecordBatch(path, deltas, problems, 0)
    raise AssertionError("unreachable")  # _reading re-raises every error


def read_report(path: Path, limit: int) -> Document:
    """Answer the report document at `path` (not link records), or raise `ItemError`."""
    if path.suffix.lower() in RECORD_EXTENSIONS:
        raise ItemError(str(path), "link records are not a report; use `ocgmap ingest`")
    with _reading(path, limit):
        return read_document(path, path.read_bytes())
    raise AssertionError("unreachable")  # _reading re-raises every error


@contextmanager
def _reading(path: Path, limit: int) -> Iterator[None]:
    """Check type and size of `path`, and turn any failure to read it into `ItemError`."""
    suffix = path.suffix.lower()
    if suffix not in supported_extensions():
        raise ItemError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                        f"supported: {', '.join(sorted(supported_extensions()))}")
    try:
        size = path.stat().st_size
        if size > limit:
            raise ItemError(str(path), f"file is {size / 2**20:.1f} MB, over the "
                            f"{limit / 2**20:.0f} MB limit (OCGMAP_MAX_FILE_MB)")
        yield
    except OcgmapError:
        raise  # a bad item, or a run error (no model, store down) that must stop the run
    except OSError as exc:
        raise ItemError(str(path), f"cannot read ({exc.strerror or exc})") from exc
    except Exception as exc:  # a reader bug must not stop the batch
        log.debug("reader failed on %s", path, exc_info=True)
        raise ItemError(str(path), f"could not be read ({type(exc).__name__})") from exc


class ReportWriter(Protocol):
    """What stores reports for ingest: the store itself, or a resolver in front of it."""

    def write_many(self, deltas: Sequence[GraphDelta]) -> list[WriteResult]:
        """Store reports' deltas; answer what happened to each."""

    def retract_report(self, report_id: str) -> bool:
        """Remove a stored report and what only it supports."""


def ingest_paths(paths: Iterable[Path], store: GraphStore,
                 on_file: Callable[[Path, int], None] | None = None,
                 facts: FactFinder | None = None,
                 writer: ReportWriter | None = None) -> IngestSummary:
    """Ingest every file under `paths` into `store`; answer the summary.

    Deltas are buffered across files and written with `store.write_many`, so small
    reports share transactions; each report is still stored whole or not at all. A
    report read from a file that an older stored report came from replaces it.
    `on_file` hears of each file done, with the number of reports it held. `facts`
    finds the entities and links of each report (none: reports are stored alone); it is
    not run on a report the store already holds unchanged. `writer` stores the reports
    (default: `store` itself; entity resolution puts itself there); its `finish()`, if it
    has one, runs at the end.
    """
    summary = IngestSummary()
    out: ReportWriter = writer if writer is not None else store
    limit = max_file_bytes()
    prefetch: Prefetch | None = getattr(facts, "prefetch", None)
    facts = _unless_stored(store, facts) if facts is not None else None
    buffered: list[GraphDelta] = []
    rows = 0
    for path in _prefetched(iter_input_files(paths), prefetch,
                            lambda report: not _stored_unchanged(store, report)):
        summary.files += 1
        reports = 0
        try:
            batch = read_file(path, limit, facts)
        except ItemError as exc:
            summary.rejected.append(exc)
            log.info("rejected %s", exc.where)
        else:
            reports = len(batch.deltas)
            summary.records += batch.records
            summary.rejected.extend(batch.problems)
            buffered.extend(batch.deltas)
            rows += sum(len(d.nodes) + len(d.edges) + 1 for d in batch.deltas)
            if rows >= store.transaction_rows or len(buffered) >= MAX_BUFFERED_REPORTS:
                _flush(store, out, buffered, summary)
                buffered, rows = [], 0
        if on_file:
            on_file(path, reports)
    _flush(store, out, buffered, summary)
    finish: Callable[[], None] | None = getattr(out, "finish", None)
    if finish is not None:
        finish()
    return summary


#: What a fact finder may offer to work ahead: given the next files and a test of which
#: reports need facts, find them all at once (e.g. in worker processes).
Prefetch = Callable[[list[Path], Callable[[Node], bool]], None]
#: Files read ahead per prefetch.
PREFETCH_FILES = 64


def _prefetched(files: Iterable[Path], prefetch: Prefetch | None,
                wanted: Callable[[Node], bool]) -> Iterator[Path]:
    """Answer `files`, calling `prefetch` on each window of them before it is answered."""
    if prefetch is None:
        yield from files
        return
    window: list[Path] = []
    for path in files:
        window.append(path)
        if len(window) == PREFETCH_FILES:
            prefetch(window, wanted)
            yield from window
            window = []
    if window:
        prefetch(window, wanted)
        yield from window


def _stored_unchanged(store: GraphStore, report: Node) -> bool:
    """Answer whether the store holds `report` with the same content."""
    stored = store.report_hash(report.id)
    return stored is not None and stored == report.properties.get("content_hash")


def _unless_stored(store: GraphStore, facts: FactFinder) -> FactFinder:
    """Answer `facts` skipped for reports whose unchanged content the store holds."""
    def find(document: Document, report: Node) -> tuple[Sequence[Node], Sequence[Edge]]:
        if _stored_unchanged(store, report):
            return [], []
        return facts(document, report)

    return find


#: Reports held before a write, bounding memory when reports are large and sparse.
MAX_BUFFERED_REPORTS = 500


def _flush(store: GraphStore, out: ReportWriter, deltas: list[GraphDelta],
           summary: IngestSummary) -> None:
    for delta in deltas:
        origin = delta.report.properties.get("origin")
        if isinstance(origin, str) and "format" in delta.report.properties:
            for old in store.reports_from(origin):
                if old != delta.report.id and out.retract_report(old):
                    summary.replaced.append(old)
                    log.info("report %s replaces %s", delta.report.id, old)
    for result in out.write_many(deltas):
        (summary.unchanged if result.skipped_unchanged else summary.stored).append(result.report)
        log.info("report %s: %s", result.report,
                 "unchanged" if result.skipped_unchanged else
                 f"{result.nodes} nodes, {result.edges} links")
