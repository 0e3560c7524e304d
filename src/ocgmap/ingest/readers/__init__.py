"""The reader registry: one reader per report format, chosen by extension and content."""

from __future__ import annotations

from pathlib import Path

from ocgmap.errors import ItemError
from ocgmap.ingest.document import Document, Reader
from ocgmap.ingest.readers.docx import read_docx
from ocgmap.ingest.readers.email import read_email
from ocgmap.ingest.readers.html import read_html
from ocgmap.ingest.readers.markdown import read_markdown
from ocgmap.ingest.readers.pdf import read_pdf
from ocgmap.ingest.readers.plain import read_plain
from ocgmap.ingest.readers.sniff import Sniffed, sniff

#: Format name → reader.
READERS: dict[str, Reader] = {"txt": read_plain, "md": read_markdown, "pdf": read_pdf,
                              "docx": read_docx, "html": read_html, "eml": read_email}
#: Extension → format name.
FORMATS: dict[str, str] = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf",
                           ".docx": "docx", ".html": "html", ".htm": "html", ".eml": "eml"}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(FORMATS)

__all__ = ["FORMATS", "READERS", "SUPPORTED_EXTENSIONS", "read_document", "reader_format"]


def read_document(path: Path, data: bytes) -> Document:
    """Answer the `Document` read from `data`, or raise `ItemError` naming `path`.

    The extension chooses the reader unless the content clearly is something else: a PDF
    named `.txt` is read as a PDF, a PNG named `.txt` is rejected.
    """
    return READERS[reader_format(path, data)](path, data)


def reader_format(path: Path, data: bytes) -> str:
    """Answer the format `data` is to be read as, or raise `ItemError` naming `path`."""
    extension = path.suffix.lower()
    declared = FORMATS.get(extension)
    if declared is None:
        raise ItemError(str(path), f"unsupported file type {extension or '(none)'!r}; "
                        f"supported: {', '.join(sorted(SUPPORTED_EXTENSIONS))}")
    found = sniff(data)
    if found is None or found.readable_as == declared or _reader_explains(declared, found):
        return declared
    if found.readable_as is not None:
        return found.readable_as
    raise ItemError(str(path), f"content is {found.description}, not {extension}")


def _reader_explains(declared: str, found: Sniffed) -> bool:
    # The DOCX reader gives the more useful message for other zips and OLE2 files.
    return declared == "docx" and found.name in ("zip", "ole2")
