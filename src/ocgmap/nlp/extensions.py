"""Where the entity layer writes its results: `Span._` and `Doc._` extensions.

Entity spans live in `doc.ents`; their label is the node type (`Person`, `Organisation`,
`Business`, `Location`, `Vehicle`, `Phone`, `Email`, `Document`) or a spaCy label kept
as it is (`DATE`, `MONEY`, `NORP`, …). Each carries, when known:

- `span._.ocg_value`: normalised identifier or value ("+447700900123", "AB12CDE",
  "2024-03-12", "GBP 3150");
- `span._.ocg_canonical`: the canonical name of the entity the span refers to
  ("Ardit Kola" for the mention "KOLA");
- `span._.ocg_kind`: place kind (country, city, port, address…), organisation kind
  (ocg, agency, platform) or document kind (passport…);
- `span._.ocg_gid`: a stable gazetteer id ("country:AL", "port:dover", "agency:nca");
- `span._.ocg_attrs`: further attributes (age, aliases, title, official, sector,
  nationality, category, amount, currency…);
- `span._.ocg_source`: the rule that made the span (None: the statistical model);
- `span._.ocg_key`: the within-report entity key; all mentions of one entity share it.

`doc._.ocg_entities` answers the entity spans grouped by `ocg_key`, in text order;
`doc._.ocg_links` holds "same entity" judgements between two mentions made by the rules
("VASILE, Loredana, aka "Lori"") as `[start, end, start, end]` character offsets.
Span groups: `doc.spans["ocg_nationalities"]` (demonyms, value = ISO code),
`doc.spans["ocg_documents"]` (document words without a number: "her passport"),
`doc.spans["ocg_postcodes"]`.

Span extension values are stored in `doc.user_data` per (offsets, label): spaCy's own
storage keys them by offsets only, so two candidate spans over the same words with
different labels would share (and overwrite) each other's values. A span re-made with
another label starts empty: use `relabel` to carry the values over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

from spacy.tokens import Doc, Span

VALUE = "ocg_value"
CANONICAL = "ocg_canonical"
KIND = "ocg_kind"
GID = "ocg_gid"
ATTRS = "ocg_attrs"
SOURCE = "ocg_source"
KEY = "ocg_key"
_SPAN_FIELDS = (VALUE, CANONICAL, KIND, GID, ATTRS, SOURCE, KEY)

NATIONALITIES = "ocg_nationalities"
DOCUMENT_WORDS = "ocg_documents"
POSTCODES = "ocg_postcodes"


def _key(span: Span, name: str) -> tuple[str, str, int, int, str]:
    return ("ocgmap", name, span.start_char, span.end_char, span.label_)


def _data(span: Span) -> dict[Any, Any]:
    # spaCy types user_data as Dict[str, Any]; its own keys are tuples, and so are ours.
    return cast(dict[Any, Any], span.doc.user_data)


def _accessors(name: str) -> tuple[Callable[[Span], Any], Callable[[Span, Any], None]]:
    def get(span: Span) -> Any:
        return _data(span).get(_key(span, name))

    def set_(span: Span, value: Any) -> None:
        _data(span)[_key(span, name)] = value

    return get, set_


def register_extensions() -> None:
    """Register the `Span._` and `Doc._` extensions (idempotent)."""
    for name in _SPAN_FIELDS:
        if not Span.has_extension(name):
            getter, setter = _accessors(name)
            Span.set_extension(name, getter=getter, setter=setter)
    if not Doc.has_extension("ocg_entities"):
        Doc.set_extension("ocg_entities", getter=entity_groups)
    if not Doc.has_extension("ocg_links"):
        Doc.set_extension("ocg_links", default=None)


def entity_groups(doc: Doc) -> dict[str, list[Span]]:
    """Answer the entity spans of `doc` grouped by entity key, in order of first mention."""
    groups: dict[str, list[Span]] = {}
    for ent in doc.ents:
        key = get_str(ent, KEY)
        if key is not None:
            groups.setdefault(key, []).append(ent)
    return groups


def links_of(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Answer the "same entity" links of `doc` (character offsets of two mentions)."""
    value = doc._.ocg_links
    if not isinstance(value, list):
        return []
    return [(int(a), int(b), int(c), int(d)) for a, b, c, d in value]


def add_links(doc: Doc, links: list[tuple[int, int, int, int]]) -> None:
    """Record more "same entity" links on `doc`."""
    doc._.ocg_links = [list(link) for link in [*links_of(doc), *links]]


# The helpers below read and write the same storage as the `Span._` accessors, directly:
# going through `span._` costs an Underscore object per access, which adds up.


def get_str(span: Span, name: str) -> str | None:
    """Answer the string extension `name` of `span`, or None."""
    value = _data(span).get(_key(span, name))
    return value if isinstance(value, str) else None


def set_field(span: Span, name: str, value: Any) -> None:
    """Set the extension `name` of `span`."""
    _data(span)[_key(span, name)] = value


def attrs_of(span: Span) -> dict[str, Any]:
    """Answer a copy of the attribute dict of `span` (empty when it has none)."""
    value = _data(span).get(_key(span, ATTRS))
    return dict(value) if isinstance(value, dict) else {}


def annotate(span: Span, *, value: str | None = None, canonical: str | None = None,
             kind: str | None = None, gid: str | None = None,
             attrs: Mapping[str, Any] | None = None, source: str | None = None) -> Span:
    """Set the given extension fields of `span` (None leaves a field as it is); answer it."""
    data = _data(span)
    for name, given in ((VALUE, value), (CANONICAL, canonical), (KIND, kind), (GID, gid),
                        (SOURCE, source)):
        if given is not None:
            data[_key(span, name)] = given
    if attrs:
        merged = attrs_of(span)
        merged.update(attrs)
        data[_key(span, ATTRS)] = merged
    return span


def relabel(span: Span, label: str) -> Span:
    """Answer `span` with another label, its extension values carried over."""
    if span.label_ == label:
        return span
    return copy_fields(span, Span(span.doc, span.start, span.end, label=label))


def copy_fields(source: Span, target: Span) -> Span:
    """Copy the extension values of `source` onto `target`; answer `target`."""
    data = _data(source)
    for name in _SPAN_FIELDS:
        value = data.get(_key(source, name))
        if value is not None:
            data[_key(target, name)] = value
    return target
