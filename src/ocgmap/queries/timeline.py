"""`timeline NAME`: every dated fact about a person, in order, with its report."""

from __future__ import annotations

from ocgmap.graph.store import GraphStore
from ocgmap.queries.backend import backend_for
from ocgmap.queries.common import other_end
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import ReportInfo, Timeline, TimelineEntry


def timeline(store: GraphStore, name: str) -> Timeline:
    """What happened to or was done by NAME, and when, according to which report?

    One entry per link of NAME and report stating it, dated by the link's own `date`
    when it has one, else by the report's date; plus one entry per report that mentions
    NAME without stating any of its links. Oldest first; facts with no date at all are
    counted in `undated`.
    """
    subject = resolve(store, name)
    backend = backend_for(store)
    reports = backend.reports()
    edges = backend.links([subject.id])
    others = backend.nodes({end for e in edges if (end := other_end(e, {subject.id}))})
    entries: list[TimelineEntry] = []
    undated = 0
    stated: set[str] = set()
    for edge in edges:
        end = other_end(edge, {subject.id})
        for report_id in edge.reports:
            stated.add(report_id)
            report = reports.get(report_id, ReportInfo(report_id))
            date = edge.properties.get("date") or report.date
            if not date:
                undated += 1
                continue
            sentences = tuple(e.sentence for e in edge.evidence if e.report == report_id)
            entries.append(TimelineEntry(str(date), report, sentences, edge,
                                         others.get(end) if end else subject))
    for report_id in subject.reports:
        if report_id in stated:
            continue
        report = reports.get(report_id, ReportInfo(report_id))
        if not report.date:
            undated += 1
            continue
        sentences = tuple(e.sentence for e in subject.evidence if e.report == report_id)
        entries.append(TimelineEntry(report.date, report, sentences))
    entries.sort(key=lambda e: (e.date, e.report.id, e.type,
                                e.other.name if e.other else "", e.edge.id if e.edge else ""))
    return Timeline(subject, tuple(entries), undated)
