"""Automatic merges: only where the evidence is strong.

Two records of one type are joined automatically when they have the same normalised full
name *and* share a strong item: an identifier (phone, vehicle, e-mail, document), an
address, a date of birth, a business, or a stated alias. A record named only by an alias
("Bigz") joins the one cluster whose reports state that alias. A common name alone never
merges anything.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from ocgmap.resolve.names import NameKey, name_key_of, person_key
from ocgmap.resolve.records import Record
from ocgmap.resolve.unionfind import Clusters


def strong_items(record: Record) -> Iterator[tuple[str, str]]:
    """Answer (kind, value) of every item that, with the same full name, proves identity."""
    for value in record.identifiers:
        yield "identifier", value
    for value in record.addresses:
        yield "address", value
    for value in record.businesses:
        yield "business", value
    if record.dob:
        yield "date of birth", record.dob
    for alias in record.aliases:
        tokens = person_key(alias).tokens
        if tokens:
            yield "alias", " ".join(tokens)


def full_name_links(records: Sequence[Record], clusters: Clusters
                    ) -> Iterator[tuple[str, str, str]]:
    """Answer (record, record, reason) joining clusters known by the same full name that
    share a strong item (the item may come from another of a cluster's records, e.g. one
    named by its alias).

    Clusters sharing an item are chained rather than paired, so a name used in a thousand
    reports costs a thousand links, not half a million.
    """
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    items: dict[str, set[tuple[str, str]]] = defaultdict(set)
    first: dict[str, str] = {}
    for record in records:
        anchor = clusters.find(record.id)
        first.setdefault(anchor, record.id)
        key = name_key_of(record.type, record.name)
        if key.full:
            names[anchor].add((record.type, key.full))
        items[anchor].update(strong_items(record))
    by_item: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for anchor, known in names.items():
        for entity_type, full in known:
            for kind, value in items[anchor]:
                by_item[entity_type, full, kind, value].append(first[anchor])
    for (_, _, kind, value), ids in by_item.items():
        for a, b in itertools.pairwise(ids):
            yield a, b, f"same full name and {kind} {value}"


def alias_links(records: Sequence[Record], clusters: Clusters) -> Iterator[tuple[str, str, str]]:
    """Answer (record, record, reason) joining a record named by an alias to the one
    cluster whose reports state that alias (none when several clusters claim it)."""
    claims: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    claimant: dict[tuple[str, tuple[str, ...]], str] = {}
    for record in records:
        for alias in record.aliases:
            tokens = person_key(alias).tokens
            if tokens:
                claims[record.type, tokens].add(clusters.find(record.id))
                claimant.setdefault((record.type, tokens), record.id)
    for record in records:
        key: NameKey = name_key_of(record.type, record.name)
        wanted = (record.type, key.tokens)
        owners = claims.get(wanted)
        if owners is not None and len(owners) == 1:
            owner = claimant[wanted]
            if clusters.find(owner) != clusters.find(record.id):
                yield owner, record.id, f"named by the alias {record.name!r} stated for it"


def apply_links(links: Iterable[tuple[str, str, str]], clusters: Clusters
                ) -> list[tuple[str, str, str]]:
    """Join the clusters of each link that nothing forbids; answer the links applied."""
    return [(a, b, why) for a, b, why in links if clusters.union(a, b)]
