"""Markdown reports (`.md`, `.markdown`): YAML front matter plus a Markdown body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler

from ocgmap.errors import ItemError
from ocgmap.ingest.document import Document
from ocgmap.ingest.readers.base import build_document, one_line
from ocgmap.ingest.text import decode_bytes

#: Front matter keys copied into metadata.
FRONT_MATTER_KEYS = ("title", "date", "source", "author", "operation", "grading")
_YAML = YAMLHandler()


def split_front_matter(text: str, where: str) -> tuple[dict[str, str], str]:
    """Answer the front matter fields of `text` as strings, and the body without it.

    Raises `ItemError` for invalid YAML or front matter that is not a mapping.
    """
    stripped = text.lstrip()
    if not _YAML.detect(stripped):
        return {}, text
    try:
        front, body = _YAML.split(stripped)
    except ValueError:  # no closing delimiter: python-frontmatter reads it all as body
        return {}, text
    try:
        data = _YAML.load(front)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: an impossible date
        skipped = text[: len(text) - len(stripped)].count("\n")
        raise ItemError(where, f"invalid YAML front matter: {_yaml_reason(exc, skipped)}") \
            from exc
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise ItemError(where, "invalid YAML front matter: not a mapping of keys to values "
                        f"(found a {type(data).__name__})")
    fields = {str(k).lower(): v for k, v in data.items()}
    return {key: value for key in FRONT_MATTER_KEYS
            if (value := _as_text(fields.get(key))) is not None}, body


def _yaml_reason(exc: Exception, skipped_lines: int) -> str:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        # The mark counts from the text after the opening "---", which is line 1.
        line = exc.problem_mark.line + skipped_lines + 1
        return f"{exc.problem or exc.context or 'syntax error'} (line {line})"
    return one_line(exc)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v is not None) or None
    text = " ".join(str(value).split())
    return text or None


def read_markdown(path: Path, data: bytes) -> Document:
    """Answer the `Document` of a Markdown report: front matter as metadata, the body as text.

    The body stays Markdown source (not rendered), so offsets match what the author wrote.
    """
    raw = decode_bytes(data, str(path))
    metadata, body = split_front_matter(raw, str(path))
    return build_document(str(path), "md", body, metadata)
