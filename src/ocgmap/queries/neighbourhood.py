"""`neighbourhood NAME --hops N`: who and what surrounds a person."""

from __future__ import annotations

from collections.abc import Collection

from ocgmap.graph.store import MAX_HOPS, GraphStore
from ocgmap.queries.backend import backend_for
from ocgmap.queries.common import allowed_reports, check_count, check_labels, check_types
from ocgmap.queries.filters import ReportFilter
from ocgmap.queries.resolve import ID_LOOKUP_MAX, resolve
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
    backend = backend_for(store)
    allowed = allowed_reports(backend, reports)
    # an entity id (what `resolve` tries first) is answered in one read where the store can
    found = (backend.neighbourhood_by_id(name, hops, label_set, type_set, allowed)
             if len(name) < ID_LOOKUP_MAX else None)
    if found is None:
        focus = resolve(store, name)
        nodes, edges = backend.neighbourhood(focus.id, hops, label_set, type_set, allowed)
    else:
        focus, nodes, edges = found
    return Neighbourhood(focus, hops, tuple(nodes[i] for i in sorted(nodes)), tuple(edges))
