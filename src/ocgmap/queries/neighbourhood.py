"""`neighbourhood NAME --hops N`: who and what surrounds a person."""

from __future__ import annotations

from collections.abc import Collection

from ocgmap.graph.store import MAX_HOPS, GraphStore
from ocgmap.queries.backend import backend_for
from ocgmap.queries.common import (
    allowed_reports,
    check_count,
    check_labels,
    check_types,
    supported,
)
from ocgmap.queries.filters import ReportFilter
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import Neighbourhood


def neighbourhood(store: GraphStore, name: str, hops: int = 1,
                  labels: Collection[str] | None = None, types: Collection[str] | None = None,
                  reports: ReportFilter | None = None) -> Neighbourhood:
    """Who and what lies within `hops` links of NAME, and how are they linked?

    Links are followed both ways. `labels` limits the nodes reached (NAME itself is always
    kept), `types` the links followed, and `reports` the links to those stated by a report
    in the date range and at the grading asked for. `hops` runs from 1 to 6 (`MAX_HOPS`).
    """
    check_count("hops", hops, 1, MAX_HOPS)
    label_set, type_set = check_labels(labels), check_types(types)
    focus = resolve(store, name)
    backend = backend_for(store)
    allowed = allowed_reports(backend, reports)
    seen = {focus.id}
    frontier = [focus.id]
    for _ in range(hops):
        found = {step.node for step in backend.step(frontier, type_set, allowed is not None)
                 if step.node not in seen
                 and (label_set is None or step.label in label_set)
                 and (allowed is None or not allowed.isdisjoint(step.reports))}
        if not found:
            break
        seen |= found
        frontier = sorted(found)
    nodes = backend.nodes(seen)
    edges = [e for e in backend.links(seen, type_set, outgoing_only=True)
             if e.target in seen and supported(e, allowed)]
    return Neighbourhood(focus, hops, tuple(nodes[i] for i in sorted(nodes)), tuple(edges))
