"""From a read `Document` to the `Report` node and the graph delta of one report.

A report's id derives from its content (text and metadata), so an unchanged file is
recognised wherever it lies; its `origin` (the file it was read from) lets a changed
version replace the old one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence

from ocgmap.errors import ItemError
from ocgmap.ingest.dates import parse_date
from ocgmap.ingest.document import Document
from ocgmap.ingest.grading import parse_grading
from ocgmap.model import REPORT_LABEL, Edge, GraphDelta, Node, PropertyValue

#: Finds the entities and links a document states, given its Report node (the NLP layer
#: provides one; ingest works without, storing reports only).
FactFinder = Callable[[Document, Node], tuple[Sequence[Node], Sequence[Edge]]]

#: Metadata copied onto the Report node as they are (after trimming).
_PLAIN_KEYS = ("title", "source", "author", "operation", "from", "to", "cc", "subject",
               "message_id")


def report_id(document: Document) -> str:
    """Answer the content-derived id of a document: same text and metadata, same id."""
    return f"report:{content_hash(document)[:20]}"


def content_hash(document: Document) -> str:
    """Answer the SHA-256 of the document's text and metadata."""
    canonical = json.dumps({"text": document.text, "metadata": document.metadata},
                           sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def report_node(document: Document, parent: str | None = None) -> Node:
    """Answer the Report node of `document`, or raise `ItemError` for bad metadata.

    Dates become ISO; a grading must be a valid 3x5x2 or 5x5x5 code.
    """
    meta = document.metadata
    props: dict[str, PropertyValue] = {
        "origin": absolute_origin(document.origin), "format": document.format,
        "text": document.text, "content_hash": content_hash(document)}
    for key in _PLAIN_KEYS:
        value = meta.get(key, "").strip()
        if value:
            props[key] = value
    if meta.get("date", "").strip():
        try:
            props["date"] = parse_date(meta["date"])
        except ValueError as exc:
            raise ItemError(document.origin, str(exc)) from exc
    if meta.get("grading", "").strip():
        try:
            grading = parse_grading(meta["grading"])
        except ValueError as exc:
            raise ItemError(document.origin, f"unknown {exc}") from exc
        props["grading"], props["grading_system"] = grading.code, grading.system
    if parent:
        props["parent_report"] = parent
    rid = report_id(document)
    title = str(props.get("title") or props.get("subject") or rid)
    return Node(rid, REPORT_LABEL, title, props)


def document_deltas(document: Document, facts: FactFinder | None = None
                    ) -> tuple[list[GraphDelta], list[ItemError]]:
    """Answer the deltas of a document and its attachments (each its own report).

    `facts` adds what each report states (entities, links) to its delta. Raises
    `ItemError` when the document's own metadata is bad; a bad attachment is left out
    and returned as a problem, the others kept.
    """
    deltas = [report_delta(document, report_node(document), facts)]
    problems: list[ItemError] = []
    for attachment in document.attachments:
        try:
            report = report_node(attachment, deltas[0].report.id)
            deltas.append(report_delta(attachment, report, facts))
        except ItemError as exc:
            problems.append(exc)
    return deltas, problems


def report_delta(document: Document, report: Node, facts: FactFinder | None) -> GraphDelta:
    """Answer the delta of one report: the Report node plus the facts found in it."""
    if facts is None:
        return GraphDelta.for_report(report, [], [])
    nodes, edges = facts(document, report)
    return GraphDelta.for_report(report, nodes, edges)


def absolute_origin(origin: str) -> str:
    """Answer `origin` with its file part made absolute (`a.eml#attachment-1` kept as such)."""
    path, sep, rest = origin.partition("#")
    return os.path.abspath(path) + sep + rest
