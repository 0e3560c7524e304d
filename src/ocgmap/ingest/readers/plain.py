"""Plain-text reports (`.txt`): police and agency intelligence logs."""

from __future__ import annotations

import re
from pathlib import Path

from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document
from ocgmap.ingest.text import decode_bytes

#: Header keys copied into metadata, as written (grading and dates are parsed elsewhere).
HEADER_KEYS = frozenset({"title", "date", "source", "author", "operation", "grading",
                         "subject"})
_HEADER_LINES = 15
# Several fields may share a line ("Date: 11/01/2024  |  Grading: B3P"): a pipe, a tab or
# a wide gap separates them only where another "Key:" follows, so values keep their spaces.
_FIELD_BREAK = re.compile(r"(?:[ \t]*\|[ \t]*|\t[ \t]*|[ \t]{2,})(?=[A-Za-z][\w ./-]{0,30}:)")
_FIELD = re.compile(r"([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:[ \t]*(\S.*)")


def header_fields(text: str) -> dict[str, str]:
    """Answer the `Key: value` header fields of the first lines of `text`, keys lower-case.

    The first occurrence of a key wins; values are kept as written (whitespace collapsed).
    """
    fields: dict[str, str] = {}
    for line in text.split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        for segment in _FIELD_BREAK.split(line.strip()):
            match = _FIELD.fullmatch(segment.strip())
            if match is None:
                continue
            key = match.group(1).strip().lower()
            if key in HEADER_KEYS and key not in fields:
                fields[key] = " ".join(match.group(2).split())
    return fields


def read_plain(path: Path, data: bytes) -> Document:
    """Answer the `Document` of a plain-text report; its header lines become metadata."""
    raw = decode_bytes(data, str(path))
    return build_document(str(path), "txt", raw, header_fields(raw))
