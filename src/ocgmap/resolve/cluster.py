"""Resolution: from records and judgements to clusters (one per real entity) and suggestions.

Order of decisions: the analysts' merges first (latest judgement per pair wins; a split
rejects every pair of the entity split), then automatic merges on strong evidence (never
across a rejection or a contradiction such as two dates of birth), then records named by a
stated alias; whatever may still be one entity becomes a scored suggestion.

>>> from ocgmap.resolve.records import Record
>>> a = Record("r1", "Person", "rep1", "Ardit KOLA", identifiers=frozenset({"+447700900123"}))
>>> b = Record("r2", "Person", "rep2", "KOLA, Ardit", identifiers=frozenset({"+447700900123"}))
>>> c = Record("r3", "Person", "rep3", "Ardit Kola")
>>> res = resolve([a, b, c])
>>> res.cluster_of["r2"], res.cluster_of["r3"]
('r1', 'r3')
>>> [(s.a, s.b, s.reasons) for s in res.suggestions]
[('r1', 'r3', ('same full name',))]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ocgmap.gcpause import paused_gc
from ocgmap.resolve.automatic import alias_links, apply_links, full_name_links
from ocgmap.resolve.records import Judgement, Record
from ocgmap.resolve.suggest import Suggestion, suggestions
from ocgmap.resolve.unionfind import Clusters

__all__ = ["Resolution", "Suggestion", "resolve", "standing_judgements"]


@dataclass(frozen=True, slots=True)
class Link:
    """Two records joined, and why (an automatic merge or an analyst's)."""

    a: str
    b: str
    reason: str
    automatic: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    """The clusters of a set of records, how they were made, and what may still merge."""

    cluster_of: dict[str, str]
    links: tuple[Link, ...]
    suggestions: tuple[Suggestion, ...]

    def members(self) -> dict[str, list[str]]:
        """Answer anchor → its records, in record order."""
        found: dict[str, list[str]] = {}
        for record_id, anchor in self.cluster_of.items():
            found.setdefault(anchor, []).append(record_id)
        return found


def standing_judgements(judgements: Iterable[Judgement]
                        ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Answer the (merged, rejected) record pairs that the judgements leave standing.

    The latest judgement about a pair wins; a split rejects every pair of its records.
    Merged pairs come in the order they were judged.
    """
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    for judgement in sorted(judgements, key=lambda j: j.seq):
        if judgement.kind == "split":
            pairs = list(itertools.combinations(sorted(set(judgement.records)), 2))
            verdict = "reject"
        else:
            a, b = sorted(judgement.records[:2])
            pairs, verdict = [(a, b)], judgement.kind
        for pair in pairs:
            latest[pair] = (judgement.seq, verdict)
    ordered = sorted(latest.items(), key=lambda item: item[1][0])
    merged = [pair for pair, (_, verdict) in ordered if verdict == "merge"]
    rejected = [pair for pair, (_, verdict) in ordered if verdict == "reject"]
    return merged, rejected


def resolve(records: Sequence[Record], judgements: Sequence[Judgement] = ()) -> Resolution:
    """Answer the clusters of `records` under `judgements`, and the suggested merges.

    Judgements naming records not in `records` are ignored here (the caller reports them).
    """
    with paused_gc():  # else the collector walks every record again and again
        return _resolve(records, judgements)


def _resolve(records: Sequence[Record], judgements: Sequence[Judgement]) -> Resolution:
    ordered = sorted(records, key=lambda r: (r.seq, r.id))
    clusters = Clusters(ordered)
    merged, rejected = standing_judgements(judgements)
    for a, b in rejected:
        if a in clusters and b in clusters:
            clusters.keep_apart(a, b)
    links = [Link(a, b, "merged by an analyst", False) for a, b in merged
             if a in clusters and b in clusters and clusters.union(a, b, force=True)]
    for find in (full_name_links, alias_links, full_name_links):
        for a, b, why in apply_links(list(find(ordered, clusters)), clusters):
            links.append(Link(a, b, why, True))
    return Resolution(clusters.anchors(), tuple(links), tuple(suggestions(ordered, clusters)))
