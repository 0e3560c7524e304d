"""Small helpers the named questions share."""

from __future__ import annotations

from collections.abc import Collection

from ocgmap.graph.schema import load_schema
from ocgmap.model import MENTIONED_IN, REPORT_LABEL, Edge
from ocgmap.queries.backend import Backend
from ocgmap.queries.filters import ReportFilter


def allowed_reports(backend: Backend, reports: ReportFilter | None) -> frozenset[str] | None:
    """Answer the ids of the reports that pass `reports` (None: no filter)."""
    if reports is None or not reports.active:
        return None
    return frozenset(r.id for r in backend.reports().values() if reports.allows(r))


def supported(edge: Edge, allowed: frozenset[str] | None) -> bool:
    """Answer whether `edge` has a supporting report among `allowed` (always, when None)."""
    return allowed is None or not allowed.isdisjoint(edge.reports)


def check_labels(labels: Collection[str] | None) -> frozenset[str] | None:
    """Answer `labels` as a set after checking them against the schema (entities only)."""
    if not labels:
        return None
    schema = load_schema()
    for label in labels:
        schema.label(label)
    if REPORT_LABEL in labels:
        raise ValueError("queries reach entities only; use `evidence` or `timeline` for reports")
    return frozenset(labels)


def check_types(types: Collection[str] | None) -> frozenset[str] | None:
    """Answer `types` as a set after checking them against the schema (entity links only)."""
    if not types:
        return None
    schema = load_schema()
    for name in types:
        schema.relation(name)
    if MENTIONED_IN in types:
        raise ValueError("queries follow links between entities; use `evidence` for mentions")
    return frozenset(types)


def other_end(edge: Edge, ids: Collection[str]) -> str | None:
    """Answer the end of `edge` outside `ids` (None when both ends are inside)."""
    if edge.source not in ids:
        return edge.source
    if edge.target not in ids:
        return edge.target
    return None


def check_count(what: str, value: int, low: int, high: int) -> int:
    """Answer `value` if it is an integer in [low, high], else raise ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} must be an integer from {low} to {high}, got {value!r}")
    return value
