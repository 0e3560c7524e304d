"""What every reader shares: building the `Document` from raw text, and short reasons."""

from __future__ import annotations

from ocgmap.errors import ItemError
from ocgmap.ingest.cleaning import clean_text
from ocgmap.ingest.document import Document


def build_document(origin: str, fmt: str, raw_text: str, metadata: dict[str, str], *,
                   attachments: tuple[Document, ...] = (),
                   allow_empty: bool = False) -> Document:
    """Answer the `Document` for `raw_text` once cleaned; `ItemError` if no text is left."""
    text, spans = clean_text(raw_text)
    if not text and not allow_empty:
        raise ItemError(origin, "no readable text")
    return Document(origin=origin, format=fmt, text=text, metadata=metadata,
                    table_spans=spans, attachments=attachments)


def one_line(exc: BaseException, limit: int = 120) -> str:
    """Answer a one-line, bounded description of `exc` for an error message."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"
