"""Gazetteer component (before `ner`): places, addresses, streets, sites, nationalities.

Places come from a PhraseMatcher over the place index (countries, UK cities, towns and
districts, regions, ports, airports, border points, stations, source and transit cities).
Each place span gets `ocg_kind`, `ocg_gid` and the canonical name. Weak entries (place
names that are also first names: "Jordan", "Chester") count only after a place
preposition ("in", "to", "from"…). Addresses, streets and sites come from
`ocgmap.nlp.addresses`; postcodes outside an address become Locations of kind
"postcode". Nationality words go to `doc.spans["ocg_nationalities"]`, not to the ents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ocgmap.nlp import labels
from ocgmap.nlp.addresses import FINDERS, STOP_CAPITALISED
from ocgmap.nlp.extensions import (
    KIND,
    NATIONALITIES,
    POSTCODES,
    VALUE,
    annotate,
    get_str,
    register_extensions,
)
from ocgmap.nlp.places import Place, lookup, nationality_index, place_index, slug
from ocgmap.nlp.spans import char_span, doc_text, merge_ents

SOURCE = "gazetteer"
ADDRESS_SOURCE = "address"
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "via", "into", "towards",
                                 "toward", "through", "outside", "around", "across"})


@Language.factory("ocgmap_gazetteer", default_config={"addresses": True})
def make_gazetteer(nlp: Language, name: str, addresses: bool) -> Gazetteer:
    """Build the gazetteer component; `addresses` turns the address rules on or off."""
    return Gazetteer(nlp, addresses)


class Gazetteer:
    """Tag gazetteer places, addresses, streets and sites; collect nationality words."""

    def __init__(self, nlp: Language, addresses: bool = True) -> None:
        register_extensions()
        self.addresses = addresses
        self.places: dict[str, Place] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_gid: dict[str, list[str]] = {}
        for surface, place in place_index().items():
            self.places[place.gid] = place
            by_gid.setdefault(place.gid, []).append(surface)
        for gid, surfaces in by_gid.items():
            self.matcher.add(gid, [nlp.make_doc(surface) for surface in surfaces])
        self.nationalities = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form in nationality_index():
            self.nationalities.add(form, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        found = list(self.place_spans(doc))
        found.extend(heading_place_spans(doc, found))
        if self.addresses:
            found.extend(street_spans(doc))
            found.extend(postcode_spans(doc, found))
        merge_ents(doc, found)
        doc.spans[NATIONALITIES] = list(self.nationality_spans(doc))
        return doc

    def place_spans(self, doc: Doc) -> Iterator[Span]:
        """Answer the gazetteer places of `doc` (weak ones only after a preposition)."""
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            place = self.places[strings[match_id]]
            if place.weak and (start == 0 or doc[start - 1].lower_ not in _PLACE_PREPOSITIONS):
                continue
            if end - start == 1 and place.kind != "country" and _ends_a_name(doc, start):
                continue
            if place.kind == "country" and doc[start].is_upper and _modifies_noun(doc, end):
                continue  # "a UK number", "UK SIM": an adjective, not the place
            span = Span(doc, start, end, label=labels.LOCATION)
            yield annotate(span, canonical=place.name, kind=place.kind, gid=place.gid,
                           source=SOURCE)

    def nationality_spans(self, doc: Doc) -> Iterator[Span]:
        """Answer the nationality words of `doc` (value: ISO code; canonical: adjective)."""
        index = nationality_index()
        strings = doc.vocab.strings
        for match_id, start, end in self.nationalities(doc):
            nationality = index[strings[match_id]]
            span = Span(doc, start, end, label=labels.NORP)
            yield annotate(span, value=nationality.code, canonical=nationality.name,
                           source=SOURCE)


_WORD = re.compile(r"[^\W\d_]{2,}")
#: Words in a heading tried together as one place name ("PORT OF DOVER").
_HEADING_PLACE_WORDS = 3


def heading_place_spans(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """Answer the places in lines written all in capitals ("BORDER FORCE - DOVER EASTERN
    DOCKS - COACH ARRIVAL ASSESSMENT"), which the case-sensitive matcher misses. In such a
    line capitals are the heading's style, not a surname's, so "DOVER" is Dover."""
    taken = {i for span in found for i in range(span.start, span.end)}
    starts: list[int] | None = None
    offset = 0
    for line in doc_text(doc).split("\n"):
        if line.upper() == line and len(_WORD.findall(line)) >= 2:
            starts = starts if starts is not None else [t.idx for t in doc]
            first = bisect_left(starts, offset)
            last = bisect_left(starts, offset + len(line))
            yield from _heading_places(doc, list(doc[first:last]), taken)
        offset += len(line) + 1


def _heading_places(doc: Doc, tokens: list[Token], taken: set[int]) -> Iterator[Span]:
    i = 0
    while i < len(tokens):
        for width in range(min(_HEADING_PLACE_WORDS, len(tokens) - i), 0, -1):
            run = tokens[i:i + width]
            if not all(t.is_alpha for t in run) or any(t.i in taken for t in run):
                continue
            place = lookup(" ".join(t.text for t in run).title().replace(" Of ", " of "))
            if place is not None and not place.weak:
                span = Span(doc, run[0].i, run[-1].i + 1, label=labels.LOCATION)
                yield annotate(span, canonical=place.name, kind=place.kind, gid=place.gid,
                               source=SOURCE)
                i += width
                break
        else:
            i += 1


def _ends_a_name(doc: Doc, start: int) -> bool:
    """Answer whether the one-word place at `start` is the surname of a name before it
    ("Sarah Holloway")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (before.is_title and before.is_alpha and before.text not in STOP_CAPITALISED
            and lookup(before.text) is None)


def _modifies_noun(doc: Doc, end: int) -> bool:
    """Answer whether the token at `end` is a noun (or, untagged, a content word)."""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.pos_:
        return after.pos_ in {"NOUN", "PROPN", "ADJ"} and after.is_alpha
    return after.is_alpha and not after.is_stop


def street_spans(doc: Doc) -> Iterator[Span]:
    """Answer address, street and site spans (canonical: the text, spaces normalised)."""
    for finder in FINDERS:
        for found in finder(doc_text(doc)):
            span = char_span(doc, found.start, found.end, labels.LOCATION, slack=0)
            if span is None:
                continue
            place = lookup(found.name) if found.kind != "address" else None
            source = ADDRESS_SOURCE if found.kind == "address" else SOURCE
            if place is not None:
                yield annotate(span, canonical=place.name, kind=place.kind, gid=place.gid,
                               source=source)
            else:
                yield annotate(span, canonical=found.name, kind=found.kind,
                               gid=f"{found.kind}:{slug(found.name)}", source=source)


def postcode_spans(doc: Doc, found: list[Span]) -> Iterator[Span]:
    """Answer Location spans for postcodes that no address contains."""
    covered = {i for span in found if get_str(span, KIND) in ("address", "street")
               for i in range(span.start, span.end)}
    for postcode in doc.spans.get(POSTCODES, ()):
        if postcode.start not in covered:
            span = Span(doc, postcode.start, postcode.end, label=labels.LOCATION)
            value = get_str(postcode, VALUE)
            yield annotate(span, canonical=value, value=value, kind="postcode",
                           gid=f"postcode:{slug(str(value))}", source=ADDRESS_SOURCE)
