"""Ingesting files and folders into a store: the loop behind `ocgmap ingest`.

Each file is read by the reader for its format (link records, or a report document);
each report is stored whole or not at all. A bad file or record is recorded and
skipped; a store that fails stops the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ocgmap.config import max_file_bytes
from ocgmap.errors import ItemError
from ocgmap.graph.store import GraphStore
from ocgmap.ingest.readers import SUPPORTED_EXTENSIONS, read_document
from ocgmap.ingest.records import RecordBatch, read_link_records
from ocgmap.ingest.reports import document_deltas
from ocgmap.model import GraphDelta

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


def read_file(path: Path, limit: int) -> RecordBatch:
    """Answer the deltas (one per report) that `path` holds, or raise `ItemError`."""
    suffix = path.suffix.lower()
    if suffix not in supported_extensions():
        raise ItemError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                        f"supported: {', '.join(sorted(supported_extensions()))}")
    try:
        size = path.stat().st_size
        if size > limit:
            raise ItemError(str(path), f"file is {size / 2**20:.1f} MB, over the "
                            f"{limit / 2**20:.0f} MB limit (OCGMAP_MAX_FILE_MB)")
        if suffix in RECORD_EXTENSIONS:
            return read_link_records(path)
        document = read_document(path, path.read_bytes())
        deltas, problems = document_deltas(document)
        return RecordBatch(path, deltas, problems, 0)
    except ItemError:
        raise
    except OSError as exc:
        raise ItemError(str(path), f"cannot read ({exc.strerror or exc})") from exc
    except Exception as exc:  # a reader bug must not stop the batch
        log.debug("reader failed on %s", path, exc_info=True)
        raise ItemError(str(path), f"could not be read ({type(exc).__name__})") from exc


def ingest_paths(paths: Iterable[Path], store: GraphStore,
                 on_file: Callable[[Path, int], None] | None = None) -> IngestSummary:
    """Ingest every file under `paths` into `store`; answer the summary.

    Deltas are buffered across files and written with `store.write_many`, so small
    reports share transactions; each report is still stored whole or not at all. A
    report read from a file that an older stored report came from replaces it.
    `on_file` hears of each file done, with the number of reports it held.
    """
    summary = IngestSummary()
    limit = max_file_bytes()
    buffered: list[GraphDelta] = []
    rows = 0
    for path in iter_input_files(paths):
        summary.files += 1
        reports = 0
        try:
            batch = read_file(path, limit)
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
                _flush(store, buffered, summary)
                buffered, rows = [], 0
        if on_file:
            on_file(path, reports)
    _flush(store, buffered, summary)
    return summary


#: Reports held before a write, bounding memory when reports are large and sparse.
MAX_BUFFERED_REPORTS = 500


def _flush(store: GraphStore, deltas: list[GraphDelta], summary: IngestSummary) -> None:
    for delta in deltas:
        origin = delta.report.properties.get("origin")
        if isinstance(origin, str) and "format" in delta.report.properties:
            for old in store.reports_from(origin):
                if old != delta.report.id and store.retract_report(old):
                    summary.replaced.append(old)
                    log.info("report %s replaces %s", delta.report.id, old)
    for result in store.write_many(deltas):
        (summary.unchanged if result.skipped_unchanged else summary.stored).append(result.report)
        log.info("report %s: %s", result.report,
                 "unchanged" if result.skipped_unchanged else
                 f"{result.nodes} nodes, {result.edges} links")
