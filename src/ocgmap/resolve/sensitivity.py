"""Which analysis results hang on a resolution decision nobody has confirmed.

For an entity in a result (a hub, a broker, a recruiter), two questions: would its
position shrink if the automatic merges that made it were undone (its degree, counted
from the reports of its largest confirmed part alone)? And would it grow if a pending
suggestion were accepted? Either, by at least `FACTOR`, means an analyst should look at
that judgement before acting on the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ocgmap.model import REPORT_LABEL
from ocgmap.resolve.service import StoreResolver
from ocgmap.resolve.suggest import REVIEW_SCORE
from ocgmap.resolve.unionfind import Clusters

#: A change of degree by this factor (halving, or growing by half) is worth a look.
FACTOR = 1.5


@dataclass(frozen=True, slots=True)
class Dependence:
    """How one entity's degree depends on a resolution decision."""

    entity: str
    name: str
    kind: str  # "automatic merge" or "suggested merge"
    degree: int
    degree_otherwise: int
    other: str = ""
    other_name: str = ""
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Answer the JSON form."""
        return asdict(self)

    def describe(self) -> str:
        """Answer one line an analyst can read."""
        if self.kind == "automatic merge":
            return (f"degree {self.degree}, {self.degree_otherwise} without the automatic "
                    "merges that made it (see `ocgmap resolve show`)")
        return (f"degree {self.degree}, {self.degree_otherwise} if merged with "
                f"{self.other_name} ({self.other}, suggested at {self.score:.2f})")


def dependences(graph: nx.MultiDiGraph, resolver: StoreResolver, entities: Iterable[str]
                ) -> list[Dependence]:
    """Answer the resolution decisions that change the degree of `entities` in `graph`
    by `FACTOR` or more."""
    wanted = [e for e in dict.fromkeys(entities) if e in graph]
    found: list[Dependence] = []
    suggestions = resolver.suggestions(REVIEW_SCORE)
    for entity in wanted:
        degree = len(_neighbours(graph, entity))
        alone = _largest_part_degree(graph, resolver, entity)
        if alone is not None and alone * FACTOR <= degree:
            found.append(Dependence(entity, resolver.name_of(entity), "automatic merge",
                                    degree, alone))
        for s in suggestions:
            if entity not in (s.a, s.b):
                continue
            other = s.b if entity == s.a else s.a
            together = _neighbours(graph, entity) | _neighbours(graph, other)
            grown = len(together - {entity, other})
            if grown >= degree * FACTOR and grown > degree:
                found.append(Dependence(entity, resolver.name_of(entity), "suggested merge",
                                        degree, grown, other, resolver.name_of(other),
                                        s.score))
    return found


def _neighbours(graph: nx.MultiDiGraph, node: str, reports: set[str] | None = None
                ) -> set[str]:
    """Answer the entities linked to `node` (by links some of `reports` support)."""
    if node not in graph:
        return set()
    found = set()
    for u, v, data in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
        other = v if u == node else u
        if other == node or graph.nodes[other].get("label") == REPORT_LABEL:
            continue
        if reports is None or reports & set(data.get("reports") or ()):
            found.add(other)
    return found


def _largest_part_degree(graph: nx.MultiDiGraph, resolver: StoreResolver, entity: str
                         ) -> int | None:
    """Answer the degree of the entity's largest part if its automatic merges were undone
    (None when no automatic merge made it)."""
    records = resolver.records_of(entity)
    ids = {r.id for r in records}
    links = [link for link in resolver.resolution.links if link.a in ids and link.b in ids]
    if not any(link.automatic for link in links):
        return None
    parts = Clusters(records)
    for link in links:
        if not link.automatic:
            parts.union(link.a, link.b, force=True)
    reports: dict[str, set[str]] = {}
    for record in records:
        reports.setdefault(parts.find(record.id), set()).update(
            resolver.reports_of_record(record.id))
    return max(len(_neighbours(graph, entity, part)) for part in reports.values())
