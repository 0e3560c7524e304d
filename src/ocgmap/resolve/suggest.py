"""Merge suggestions: pairs of clusters that may be one entity, scored, with reasons.

Candidates come from blocking on the names a cluster is known by: full names by the
metaphone codes and by the first three letters of their words (typos keep one or the
other), partial names ("KOLA", "A. KOLA") by each word's code. Each candidate pair is
scored from how alike the names are and what the clusters share: identifiers, addresses,
businesses, the people and businesses named alongside them, ages and nationality. Pairs
that a contradiction or a rejection keeps apart are never suggested.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ocgmap.resolve.automatic import strong_items
from ocgmap.resolve.names import NameKey, compatible, name_key_of, phonetic
from ocgmap.resolve.records import Record
from ocgmap.resolve.unionfind import Clusters, Profile

#: Suggestions below this score are not kept at all.
MIN_SCORE = 0.4
#: Suggestions from this score are put forward for review (`ocgmap resolve suggestions`);
#: below it are matches on a name alone (not an official's), listed only when asked for.
REVIEW_SCORE = 0.5
#: Two full names this alike (rapidfuzz token-sort ratio, 0–100) may be one spelt two ways.
MIN_NAME_RATIO = 85.0
#: Blocks of at most this many names are compared pair by pair; larger ones (common
#: prefixes or sounds) only with their neighbours in sorted order.
ALL_PAIRS_BLOCK = 24
#: Cluster pairs of two names scored one by one; above it only those sharing something.
ALL_PAIRS_CLUSTERS = 64
#: Neighbours compared in sorted order within a large block (names or clusters).
WINDOW = 4
#: A word shared by more distinct full names than this is too common to suggest on.
MAX_PARTIAL_BLOCK = 200
#: A name in the context of this many entities or fewer tells them apart well...
RARE_CONTEXT = 20
#: ...one named alongside more than this many (a senior officer, a big agency) not at all.
COMMON_CONTEXT = 100
#: Entities with this many telling context names each, less than `DISJOINT_SHARE` of them
#: shared, are probably two.
DISJOINT_CONTEXT = 3
DISJOINT_SHARE = 0.25
#: An item or context name shared by more entities than this is not used to find pairs.
MAX_POSTING = 200
#: Suggestions kept per entity (its best ones): accepting them joins whatever they chain.
PER_ENTITY = 3


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two entities (anchor record ids) that may be one, with a score and the reasons."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(slots=True)
class _Cluster:
    items: set[tuple[str, str]] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    official: bool = False


def _context_weights(summary: dict[str, _Cluster]) -> dict[str, float]:
    """Answer how much sharing each context name says: rare names much, common ones
    nothing (a senior investigating officer is named alongside everybody)."""
    df: dict[str, int] = defaultdict(int)
    for entry in summary.values():
        for name in entry.context:
            df[name] += 1
    return {name: 0.1 if n <= RARE_CONTEXT else 0.05 if n <= COMMON_CONTEXT else 0.0
            for name, n in df.items()}


def suggestions(records: Sequence[Record], clusters: Clusters) -> list[Suggestion]:
    """Answer the suggested merges between the clusters of `records`, best first."""
    summary: dict[str, _Cluster] = defaultdict(_Cluster)
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys: dict[tuple[str, str], NameKey] = {}
    for record in records:
        anchor = clusters.find(record.id)
        entry = summary[anchor]
        for written in (record.name, *record.aliases):
            key = name_key_of(record.type, written)
            if key.tokens:
                name = (record.type, key.full or " ".join(key.tokens))
                keys.setdefault(name, key)
                by_name[name].add(anchor)
        entry.items.update(strong_items(record))
        entry.context.update(record.context)
        entry.official = entry.official or record.official
    weights = _context_weights(summary)
    for entry in summary.values():  # keep only the context names that tell entities apart
        entry.context = {name for name in entry.context if weights[name] > 0}
    best: dict[tuple[str, str], Suggestion] = {}
    for name_a, name_b, similarity, why in _name_pairs(keys):
        for a, b in _cluster_pairs(by_name[name_a], by_name[name_b], summary):
            pair = (a, b) if a < b else (b, a)
            if a == b or (pair in best and best[pair].score >= similarity):
                continue
            found = _score(pair, similarity, why, summary, clusters, weights)
            if found and (pair not in best or best[pair].score < found.score):
                best[pair] = found
    return _best_per_entity(_collectively_consistent(list(best.values()), summary, clusters))


def _collectively_consistent(found: list[Suggestion], summary: dict[str, _Cluster],
                             clusters: Clusters) -> list[Suggestion]:
    """Answer `found` without the suggestions that better ones contradict.

    Suggestions are joined provisionally, best first (those with more than a name to go on
    before any bare name match), each entity growing with what its partners add; a
    suggestion is dropped when the two entities it would join have, by then, ages or
    nationalities that disagree, or (unless one is an official, who deals with many
    groups) are named alongside mostly different people. Namesakes look alike record by
    record and differ as wholes.
    """
    parent: dict[str, str] = {}
    context: dict[str, set[str]] = {}
    profile: dict[str, Profile] = {}
    official: dict[str, bool] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for anchor in {a for s in found for a in (s.a, s.b)}:
        context[anchor] = set(summary[anchor].context)
        official[anchor] = summary[anchor].official
        profile[anchor] = Profile()
        profile[anchor].absorb(clusters.profiles[anchor])
    kept = []
    # corroborated suggestions first, so that a bare name match meets whole entities
    for suggestion in sorted(found, key=lambda s: (len(s.reasons) == 1, -s.score, s.a, s.b)):
        ra, rb = root(suggestion.a), root(suggestion.b)
        if ra != rb:
            if profile[ra].conflict(profile[rb]):
                continue
            # officials deal with many groups; anyone else seen among wholly different
            # people is more likely a namesake
            if not (official[ra] or official[rb]) and _disjoint(context[ra], context[rb]):
                continue
            keep, gone = min(ra, rb), max(ra, rb)
            parent[gone] = keep
            official[keep] = official[keep] or official.pop(gone)
            context[keep] |= context.pop(gone)
            profile[keep].absorb(profile.pop(gone))
        kept.append(suggestion)
    return kept


def _disjoint(left: set[str], right: set[str]) -> bool:
    """Answer whether two entities are named alongside mostly different people."""
    fewest = min(len(left), len(right))
    return fewest >= DISJOINT_CONTEXT and len(left & right) < DISJOINT_SHARE * fewest


def _best_per_entity(found: Iterable[Suggestion]) -> list[Suggestion]:
    """Answer the suggestions that are among the `PER_ENTITY` best of either entity."""
    ranked = sorted(found, key=lambda s: (-s.score, s.a, s.b))
    count: dict[str, int] = defaultdict(int)
    kept = []
    for suggestion in ranked:
        if count[suggestion.a] < PER_ENTITY or count[suggestion.b] < PER_ENTITY:
            kept.append(suggestion)
        count[suggestion.a] += 1
        count[suggestion.b] += 1
    return kept


NamePair = tuple[tuple[str, str], tuple[str, str], float, str]


def _name_pairs(keys: dict[tuple[str, str], NameKey]) -> Iterator[NamePair]:
    """Answer pairs of names (and each name with itself) worth comparing, with how alike
    they are."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    partial: list[tuple[str, str]] = []
    for name, key in keys.items():
        entity_type, text = name
        if not key.full:
            partial.append(name)
            continue
        yield name, name, 1.0, "same full name"
        blocks[entity_type, "F" + "|".join(sorted(phonetic(w) for w in key.words))].append(text)
        blocks[entity_type, "P" + "|".join(sorted(w[:3] for w in key.words))].append(text)
        for word in set(key.words):
            words[entity_type, phonetic(word)].append(text)
    seen: set[tuple[str, str]] = set()
    for (entity_type, _), texts in blocks.items():
        for a, b in _pairs_in(sorted(set(texts))):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            ratio = fuzz.token_sort_ratio(a, b)
            if ratio >= MIN_NAME_RATIO:
                yield ((entity_type, a), (entity_type, b), 0.9 * ratio / 100,
                       f"names alike ({ratio:.0f}%)")
    for entity_type, text in partial:
        key = keys[entity_type, text]
        candidates: set[str] = set()
        for word in key.words:
            block = words.get((entity_type, phonetic(word)), [])
            if len(block) <= MAX_PARTIAL_BLOCK:
                candidates.update(block)
        for full in sorted(candidates):
            if compatible(key, keys[entity_type, full]):
                weight = 0.6 if key.initials else 0.4
                yield ((entity_type, text), (entity_type, full), weight,
                       "a shorter form of the name")


def _pairs_in(items: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Answer every pair of a small sorted block, or each item with its next `WINDOW`
    neighbours in a large one."""
    if len(items) <= ALL_PAIRS_BLOCK:
        yield from itertools.combinations(items, 2)
        return
    for i, item in enumerate(items):
        for other in items[i + 1:i + 1 + WINDOW]:
            yield item, other


def _cluster_pairs(left: set[str], right: set[str], summary: dict[str, _Cluster]
                   ) -> Iterator[tuple[str, str]]:
    """Answer the cluster pairs to score for two names: all of them when few; else, for
    each cluster, the `WINDOW` sharing most items or context names with it, and its next
    neighbours in order (so records of one name are always chained)."""
    if len(left) * len(right) <= ALL_PAIRS_CLUSTERS:
        yield from itertools.product(sorted(left), sorted(right))
        return
    index: dict[object, list[str]] = defaultdict(list)
    for anchor in right:
        for thing in summary[anchor].items | summary[anchor].context:
            index[thing].append(anchor)
    for anchor in sorted(left):
        shared: Counter[str] = Counter()
        for thing in summary[anchor].items | summary[anchor].context:
            posting = index.get(thing, ())
            if len(posting) <= MAX_POSTING:
                shared.update(posting)
        for other, _ in shared.most_common(WINDOW + 1):
            yield anchor, other
    ordered = sorted(left | right)
    for a, b in _pairs_in(ordered):
        if (a in left and b in right) or (a in right and b in left):
            yield a, b


def _score(pair: tuple[str, str], similarity: float, why: str,
           summary: dict[str, _Cluster], clusters: Clusters,
           weights: dict[str, float]) -> Suggestion | None:
    """Answer the suggestion for one cluster pair, or None if it scores too low or is
    kept apart."""
    a, b = pair
    if clusters.blocked(a, b):
        return None
    left, right = summary[a], summary[b]
    shared_items = sorted(left.items & right.items)
    shared_context = left.context & right.context
    bonus = 0.3 * len(shared_items) + sum(weights[name] for name in shared_context)
    reasons = [why] + [f"shares {kind} {value}" for kind, value in shared_items[:3]]
    if shared_context:
        reasons.append(f"{len(shared_context)} people or businesses named alongside both")
    if not shared_items and not (left.official or right.official) and \
            _disjoint(left.context, right.context):
        bonus -= 0.1
        reasons.append("named alongside mostly different people")
    pa, pb = clusters.profiles[a], clusters.profiles[b]
    if pa.years and pb.years:
        bonus += 0.05
        reasons.append("ages agree")
    if pa.nationalities and pb.nationalities:
        bonus += 0.05
        reasons.append("same nationality")
    score = round(0.55 * similarity + min(0.45, bonus), 3)
    if len(reasons) == 1 and not (left.official or right.official):
        score = round(score - 0.1, 3)  # a name and nothing else, not an official's: shown low
    if score < MIN_SCORE:
        return None
    return Suggestion(a, b, score, tuple(reasons))
