"""`evidence NAME [OTHER]`: the sentences and reports behind a node or a link."""

from __future__ import annotations

from ocgmap.graph.store import GraphStore
from ocgmap.queries.backend import backend_for
from ocgmap.queries.resolve import resolve
from ocgmap.queries.results import EvidenceAnswer, EvidenceItem, ReportInfo


def evidence(store: GraphStore, name: str, other: str | None = None) -> EvidenceAnswer:
    """On what evidence does the graph hold NAME (or NAME's links with OTHER)?

    Answers each supporting sentence with its report's id, date and grading; a
    supporting report without a recorded sentence appears with an empty sentence. An
    unlinked pair answers no items.
    """
    subject = resolve(store, name)
    backend = backend_for(store)
    reports = backend.reports()

    def info(report_id: str) -> ReportInfo:
        return reports.get(report_id, ReportInfo(report_id))

    items: list[EvidenceItem] = []
    if other is None:
        partner = None
        said = {e.report for e in subject.evidence}
        items += [EvidenceItem(info(e.report), e.sentence, e.start, e.end)
                  for e in subject.evidence]
        items += [EvidenceItem(info(r), "", 0, 0) for r in subject.reports if r not in said]
    else:
        partner = resolve(store, other)
        for edge in backend.links([subject.id]):
            if partner.id not in (edge.source, edge.target) or edge.source == edge.target:
                continue
            said = {e.report for e in edge.evidence}
            items += [EvidenceItem(info(e.report), e.sentence, e.start, e.end, edge)
                      for e in edge.evidence]
            items += [EvidenceItem(info(r), "", 0, 0, edge) for r in edge.reports
                      if r not in said]
    items.sort(key=lambda i: (i.report.date is None, i.report.date or "", i.report.id,
                              (i.edge.type, i.edge.id) if i.edge else ("", ""), i.start,
                              i.sentence))
    return EvidenceAnswer(subject, partner, tuple(items))
