"""PDF reports: the text layer, read with pypdf."""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError

from ocgmap.errors import ItemError
from ocgmap.ingest.cleaning import is_table_row, table_spans
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document, one_line
from ocgmap.ingest.readers.plain import header_fields

_GAP = re.compile(r"\S {3,}\S")


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pypdf's warnings and log records, which broken files produce in bulk."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read_pdf(path: Path, data: bytes) -> Document:
    """Answer the `Document` of a PDF's text layer, pages separated by blank lines."""
    where = str(path)
    with _quiet():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            _decrypt(reader, where)
            pages = [_page_text(page) for page in reader.pages]
            metadata = _properties(reader)
        except ItemError:
            raise
        except Exception as exc:  # pypdf raises many kinds on malformed input
            raise ItemError(where, f"corrupt PDF ({one_line(exc)})") from exc
    raw = "\n\n".join(text for text in pages if text.strip())
    if not raw:
        raise ItemError(where, "scanned PDF with no text layer (OCR it first)")
    for key, value in header_fields(raw).items():
        metadata.setdefault(key, value)
    return build_document(where, "pdf", raw, metadata)


def _decrypt(reader: PdfReader, where: str) -> None:
    if not reader.is_encrypted:
        return
    try:
        # Only the empty password: many PDFs are encrypted just to restrict printing.
        opened = reader.decrypt("")
    except DependencyError as exc:
        raise ItemError(where, f"encrypted PDF that cannot be decrypted here "
                        f"({one_line(exc)})") from exc
    if opened == PasswordType.NOT_DECRYPTED:
        raise ItemError(where, "password-protected PDF")


def _properties(reader: PdfReader) -> dict[str, str]:
    info = reader.metadata
    if info is None:
        return {}
    found = {"title": info.title, "author": info.author}
    return {key: " ".join(str(value).split()) for key, value in found.items()
            if value and str(value).strip()}


def _page_text(page: PageObject) -> str:
    """Answer a page's text: in layout mode when that reveals a table, else in reading order.

    Layout mode keeps table columns apart (so tables get spans) but interleaves the lines
    of multi-column pages, so it is used only for single-column pages with a table.
    """
    plain = page.extract_text() or ""
    try:
        layout = _close_row_gaps(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is the less robust one; reading order will do
        return plain
    if not table_spans(layout) or _looks_multicolumn(layout):
        return plain
    return layout


def _close_row_gaps(text: str) -> str:
    """Answer `text` without the blank lines layout mode puts between table rows."""
    lines = text.split("\n")
    kept = [line for i, line in enumerate(lines)
            if line.strip() or not (0 < i < len(lines) - 1 and is_table_row(lines[i - 1])
                                    and is_table_row(lines[i + 1]))]
    return "\n".join(kept)


def _looks_multicolumn(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    gapped = sum(1 for line in lines if _GAP.search(line) and not is_table_row(line))
    return gapped > 0.3 * len(lines)
