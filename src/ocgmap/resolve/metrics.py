"""How good a clustering of records is against the truth: pairwise and B-cubed scores.

Both are computed from the contingency table, the number of records in each (cluster,
truth entity) cell, so nothing is quadratic in the number of records. A record missing
from the clustering counts as a cluster of its own.

>>> truth = {"a": "X", "b": "X", "c": "X", "d": "Y"}
>>> found = {"a": "a", "b": "a", "c": "c", "d": "c"}
>>> p = pairwise(found, truth)
>>> round(p.precision, 3), round(p.recall, 3), round(p.f1, 3)
(0.5, 0.333, 0.4)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Answer the harmonic mean of precision and recall (0 when both are 0)."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def contingency(clusters: Mapping[str, str], truth: Mapping[str, str]
                ) -> Counter[tuple[str, str]]:
    """Answer the number of records in each (cluster, truth entity) cell, over the truth's
    records; a record the clustering does not list is a cluster of its own."""
    cells: Counter[tuple[str, str]] = Counter()
    for record, entity in truth.items():
        cells[(clusters.get(record, "\0" + record), entity)] += 1
    return cells


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(clusters: Mapping[str, str], truth: Mapping[str, str]) -> Scores:
    """Answer the pairwise precision and recall: of the record pairs put together, the share
    that are one entity; of the pairs that are one entity, the share put together.

    A clustering that puts no pair together has precision 1; a truth with no pair gives
    recall 1.

    >>> pairwise({"a": "a", "b": "b"}, {"a": "X", "b": "Y"})
    Scores(precision=1.0, recall=1.0)
    """
    cells = contingency(clusters, truth)
    sizes: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for (cluster, entity), n in cells.items():
        sizes[cluster] += n
        entities[entity] += n
    together = sum(_pairs(n) for n in cells.values())
    found = sum(_pairs(n) for n in sizes.values())
    true = sum(_pairs(n) for n in entities.values())
    return Scores(together / found if found else 1.0, together / true if true else 1.0)


def bcubed(clusters: Mapping[str, str], truth: Mapping[str, str]) -> Scores:
    """Answer B-cubed precision and recall: per record, the share of its cluster that is its
    entity and the share of its entity that is in its cluster, averaged over records.

    >>> s = bcubed({"a": "a", "b": "a", "c": "c"}, {"a": "X", "b": "X", "c": "X"})
    >>> s.precision, round(s.recall, 4)
    (1.0, 0.5556)
    """
    cells = contingency(clusters, truth)
    sizes: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for (cluster, entity), n in cells.items():
        sizes[cluster] += n
        entities[entity] += n
    total = sum(cells.values())
    if not total:
        return Scores(1.0, 1.0)
    precision = sum(n * n / sizes[c] for (c, _), n in cells.items()) / total
    recall = sum(n * n / entities[e] for (_, e), n in cells.items()) / total
    return Scores(precision, recall)


def merged_pairs(clusters: Mapping[str, str], truth: Mapping[str, str],
                 pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Answer the pairs of truth entities (e.g. planted namesakes) that some cluster joins.

    >>> merged_pairs({"a": "a", "b": "a", "c": "c"}, {"a": "X", "b": "Y", "c": "Z"},
    ...              [("X", "Y"), ("X", "Z")])
    [('X', 'Y')]
    """
    clusters_of: defaultdict[str, set[str]] = defaultdict(set)
    for (cluster, entity) in contingency(clusters, truth):
        clusters_of[entity].add(cluster)
    return [(a, b) for a, b in pairs if clusters_of.get(a, set()) & clusters_of.get(b, set())]


def accept_all(clusters: Mapping[str, str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Answer the clustering after joining every pair (e.g. every suggestion accepted).

    Each record maps to its new cluster's representative (one of its old anchors).

    >>> joined = accept_all({"a": "a", "b": "b", "c": "c"}, [("a", "b")])
    >>> joined["a"] == joined["b"] != joined["c"]
    True
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {record: find(anchor) for record, anchor in clusters.items()}
