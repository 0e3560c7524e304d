"""Ingesting files and folders into a store: the loop behind `ocgmap ingest`.

Each file is read by the reader registered for its extension; each report it yields is
written in its own transaction. A bad file or record is recorded and skipped; a store
that fails stops the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ocgmap.config import max_file_bytes
from ocgmap.errors import ItemError
from ocgmap.graph.store import GraphStore
from ocgmap.ingest.records import RecordBatch, read_link_records
from ocgmap.model import GraphDelta

log = logging.getLogger(__name__)

Reader = Callable[[Path], RecordBatch]
READERS: dict[str, Reader] = {".csv": read_link_records, ".jsonl": read_link_records}


@dataclass
class IngestSummary:
    """What an ingest run did: reports stored or unchanged, and what was rejected and why."""

    files: int = 0
    records: int = 0
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[ItemError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Answer whether every input was accepted."""
        return not self.rejected


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Answer the files named by `paths`, folders walked recursively in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and not any(part.startswith(".")
                                                         for part in p.relative_to(path).parts))
        else:
            yield path


def read_file(path: Path, limit: int) -> RecordBatch:
    """Answer what the registered reader makes of `path`, or raise `ItemError`."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ItemError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                        f"supported: {', '.join(sorted(READERS))}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ItemError(str(path), f"cannot read ({exc.strerror})") from exc
    if size > limit:
        raise ItemError(str(path), f"file is {size / 2**20:.1f} MB, over the "
                        f"{limit / 2**20:.0f} MB limit (OCGMAP_MAX_FILE_MB)")
    try:
        return reader(path)
    except ItemError:
        raise
    except OSError as exc:
        raise ItemError(str(path), f"cannot read ({exc.strerror})") from exc
    except Exception as exc:  # a reader bug must not stop the batch
        log.debug("reader failed on %s", path, exc_info=True)
        raise ItemError(str(path), f"could not be read ({type(exc).__name__})") from exc


def ingest_paths(paths: Iterable[Path], store: GraphStore,
                 on_file: Callable[[Path], None] | None = None) -> IngestSummary:
    """Ingest every file under `paths` into `store`; answer the summary.

    Deltas are buffered across files and written with `store.write_many`, so small
    reports share transactions; each report is still stored whole or not at all.
    """
    summary = IngestSummary()
    limit = max_file_bytes()
    buffered: list[GraphDelta] = []
    rows = 0
    for path in iter_input_files(paths):
        summary.files += 1
        try:
            batch = read_file(path, limit)
        except ItemError as exc:
            summary.rejected.append(exc)
            log.info("rejected %s", exc.where)
        else:
            summary.records += batch.records
            summary.rejected.extend(batch.problems)
            buffered.extend(batch.deltas)
            rows += sum(len(d.nodes) + len(d.edges) + 1 for d in batch.deltas)
            if rows >= store.transaction_rows:
                _flush(store, buffered, summary)
                buffered, rows = [], 0
        if on_file:
            on_file(path)
    _flush(store, buffered, summary)
    return summary


def _flush(store: GraphStore, deltas: list[GraphDelta], summary: IngestSummary) -> None:
    for result in store.write_many(deltas):
        (summary.unchanged if result.skipped_unchanged else summary.stored).append(result.report)
        log.info("report %s: %s", result.report,
                 "unchanged" if result.skipped_unchanged else
                 f"{result.nodes} nodes, {result.edges} links")
