"""Word reports (`.docx`): paragraphs and tables in document order, read with python-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ocgmap.errors import ItemError
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document, one_line
from ocgmap.ingest.readers.plain import header_fields

OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
_MAX_UNPACKED = 512 * 2**20
# python-docx's blank template names itself as author; that says nothing about the report.
_PLACEHOLDER_AUTHORS = frozenset({"python-docx"})


def read_docx(path: Path, data: bytes) -> Document:
    """Answer the `Document` of a DOCX file; tables become pipe-delimited rows."""
    where = str(path)
    _check_container(data, where)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_block_text(block) for block in document.iter_inner_content()]
        properties = document.core_properties
        metadata = {key: " ".join(value.split()) for key, value in
                    (("title", properties.title or ""), ("author", properties.author or ""))
                    if value.strip() and value not in _PLACEHOLDER_AUTHORS}
    except Exception as exc:  # python-docx and lxml raise many kinds on malformed parts
        raise ItemError(where, f"corrupt DOCX ({one_line(exc)})") from exc
    raw = "\n\n".join(block for block in blocks if block.strip())
    for key, value in header_fields(raw).items():
        metadata.setdefault(key, value)
    return build_document(where, "docx", raw, metadata)


def _check_container(data: bytes, where: str) -> None:
    """Raise `ItemError` unless `data` is a zip archive holding word/document.xml."""
    if data.startswith(OLE2_MAGIC):
        # Encrypted OOXML files and Word 97-2003 .doc files are both OLE2 containers.
        raise ItemError(where, "password-protected or legacy Word file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ItemError(where, "not a DOCX file (not a zip archive)") from exc
    if not any(entry.filename == "word/document.xml" for entry in entries):
        raise ItemError(where, "not a DOCX file (no word/document.xml)")
    if sum(entry.file_size for entry in entries) > _MAX_UNPACKED:
        raise ItemError(where, "DOCX unpacks to more than "
                        f"{_MAX_UNPACKED // 2**20} MB (zip bomb?)")


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(_table_rows(block))


def _table_rows(table: Table) -> list[str]:
    """Answer the table's rows as `| a | b |` lines (merged cells counted once)."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a horizontally merged cell repeats per grid column
                continue
            previous = cell._tc
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _cell_text(cell: _Cell) -> str:
    parts: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:  # a nested table: its cells, in order, as plain text
            parts.extend(_cell_text(inner) for row in block.rows for inner in row.cells)
    text = " ".join(" ".join(parts).split())
    return text.replace("|", "\\|")
