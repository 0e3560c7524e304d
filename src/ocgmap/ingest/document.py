"""`Document`: one report as read from a file, before any NLP.

Readers (one per format, in `ocgmap.ingest.readers`) turn bytes into a `Document` with
clean text and metadata; the ingest loop turns documents into `Report` nodes and, once
extraction runs, into graph deltas. Character offsets anywhere downstream refer to
`Document.text`, which is what the store keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Metadata keys readers may fill (all values are strings; dates ISO `YYYY-MM-DD`).
METADATA_KEYS = ("title", "date", "source", "author", "operation", "grading",
                 "from", "to", "cc", "subject", "message_id", "parent")


@dataclass(frozen=True)
class Document:
    """A report's clean text, its metadata and where it came from."""

    #: Where it came from: a file path, or `path#attachment-N` for an e-mail attachment.
    origin: str
    #: The format it was read as: txt, md, pdf, docx, html, eml.
    format: str
    #: Clean text (NFC, repaired, layout whitespace collapsed); offsets refer to this.
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    #: (start, end) regions of `text` that are tables, which relation extraction skips.
    table_spans: tuple[tuple[int, int], ...] = ()
    #: Documents carried inside this one (e-mail attachments), each its own report.
    attachments: tuple[Document, ...] = ()


#: A reader: the file's path (for messages) and its bytes to a `Document`, or `ItemError`.
Reader = Callable[[Path, bytes], Document]
