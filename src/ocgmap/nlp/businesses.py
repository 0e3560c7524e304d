"""Business component (before `ner`): companies, trading names, brands and premises.

- Company suffixes: "Golden Bridge Travel Ltd", "Carpati Building Services Ltd".
- Trade words ending a trading name: "Star Nails", "Five Star Hand Car Wash",
  "Hollinthwaite Farm", "Nidd View Hotel", "Prime Print & Copy".
- A name before a premises noun in lower case: "the Jade Garden takeaway" is the
  business "Jade Garden", sector takeaway.
- Premises described by type and place: "a nail bar on Hagley Road" is the business
  "nail bar on Hagley Road" (span: "nail bar"; the street stays a Location of its own).
- Known brands ("McDonald's").

Spans get the canonical name and `attrs["sector"]` (and `located_at` for premises).
Trading names stop at a comma, so "Star Nails, Hagley Road" stays two entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.acts import ROLE_NOUNS
from ocgmap.nlp.addresses import STOP_CAPITALISED
from ocgmap.nlp.data.words import BRANDS, COMPANY_SUFFIXES, PREMISES_WORDS, TRADE_WORDS
from ocgmap.nlp.extensions import annotate, register_extensions
from ocgmap.nlp.names import natural_case
from ocgmap.nlp.organisations import find_agency
from ocgmap.nlp.places import lookup, nationality_index, slug
from ocgmap.nlp.spans import char_span, doc_text, merge_ents

SOURCE = "businesses"

_WORD = r"[A-Z][\w'’-]*"
_GAP = r"(?:[ ]|\n[ \t]*)"
_NAME_WORDS = rf"(?:{_WORD}|&)(?:{_GAP}(?:{_WORD}|&|and|of)){{0,5}}"
_SUFFIX = "|".join(sorted((re.escape(s) for s in COMPANY_SUFFIXES), key=len, reverse=True))
_COMPANY = re.compile(rf"(?<![\w'])(?P<name>{_NAME_WORDS}){_GAP}(?P<suffix>{_SUFFIX})(?![\w])")
_TRADE_TITLES = sorted({w.title() for w in TRADE_WORDS if w not in {"food", "agency"}},
                       key=len, reverse=True)
_TRADE = re.compile(rf"""(?<![\w'])(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})[ ]
    (?P<trade>{"|".join(re.escape(t) for t in _TRADE_TITLES)})
    (?P<tail>[ ]&[ ](?:Beauty|Spa|Copy|Print|Repairs))?(?![\w'])""", re.X)
_PREMISES = "|".join(sorted((re.escape(p) for p in PREMISES_WORDS), key=len, reverse=True))
_NAMED_PREMISES = re.compile(rf"(?<![\w'])(?:the[ ])?(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})[ ]"
                             rf"(?P<premise>{_PREMISES})(?![\w])")
_DESCRIBED_PREMISES = re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ ](?P<premise>{_PREMISES})[ ]"
                                 rf"(?P<prep>on|in|at|near|off)[ ]"
                                 rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})")


def sector_of(name: str) -> str | None:
    """Answer the business sector a trading name suggests, or None.

    >>> sector_of("Carpati Building Services Ltd"), sector_of("Star Nails")
    ('construction', 'nail bar')
    """
    lowered = f" {name.lower()} "
    for word in sorted(TRADE_WORDS, key=len, reverse=True):
        if f" {word} " in lowered:
            return TRADE_WORDS[word]
    return None


def _not_a_name(name: str) -> bool:
    first = name.split()[0]
    return (first in _NOT_TRADING_START or lookup(name) is not None
            or first in nationality_index() or find_agency(name) is not None)


def _strip_leading(start: int, name: str) -> tuple[int, str]:
    """Drop leading words that cannot open a trading name ("Surveillance at …", the
    "Employees of" of "Employees of Quick Clean Ltd")."""
    role = _ROLE_OF.match(name)
    if role is not None and role.group(1).lower().removesuffix("s") in ROLE_NOUNS:
        start, name = start + role.end(), name[role.end():]
    while True:
        first = _FIRST_WORD.match(name)
        if first is None or first.group(1) not in _NOT_TRADING_START:
            return start, name
        start += first.end()
        name = name[first.end():]


_ROLE_OF = re.compile(r"(\w+)\s+(?:of|at|for)\s+(?=\S)")


_FIRST_WORD = re.compile(r"(\S+)\s+(?=\S)")
#: Numbers open trading names ("Five Star Hand Car Wash"); other stop words do not.
_NOT_TRADING_START = (STOP_CAPITALISED | {"&"}) - {
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "First", "Top", "Best", "New", "Old", "Little", "Great", "Golden", "Royal"}


@Language.factory("ocgmap_businesses", default_config={"premises": True})
def make_businesses(nlp: Language, name: str, premises: bool) -> Businesses:
    """Build the business component; `premises` turns described premises on or off."""
    return Businesses(nlp, premises)


class Businesses:
    """Tag companies, trading names, brands and described premises."""

    def __init__(self, nlp: Language, premises: bool = True) -> None:
        register_extensions()
        self.premises = premises
        self.brands = PhraseMatcher(nlp.vocab, attr="ORTH")
        for brand in BRANDS:
            self.brands.add(brand, [nlp.make_doc(brand)])

    def __call__(self, doc: Doc) -> Doc:
        found = [*company_spans(doc), *self.brand_spans(doc)]
        if self.premises:
            found.extend(premises_spans(doc))
        merge_ents(doc, found)
        return doc

    def brand_spans(self, doc: Doc) -> Iterator[Span]:
        """Answer spans of well-known brands."""
        for match_id, start, end in self.brands(doc):
            brand = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=labels.BUSINESS)
            yield _business(span, brand, BRANDS[brand])


def _business(span: Span, name: str, sector: str | None, **attrs: str) -> Span:
    extra: dict[str, str] = {"sector": sector} if sector else {}
    extra.update(attrs)
    return annotate(span, canonical=name, gid=f"business:{slug(name)}", source=SOURCE,
                    attrs=extra)


def company_spans(doc: Doc) -> Iterator[Span]:
    """Answer companies with a legal suffix and names ending in a trade word."""
    text = doc_text(doc)
    for pattern in (_COMPANY, _TRADE):
        for match in pattern.finditer(text):
            start, name = _strip_leading(match.start(), match.group("name"))
            if pattern is _TRADE and _not_a_name(name):
                continue
            span = char_span(doc, start, match.end(), labels.BUSINESS, slack=0)
            if span is not None:
                canonical = natural_case(" ".join(span.text.split()), keep_acronyms=True)
                yield _business(span, canonical, sector_of(canonical))


def premises_spans(doc: Doc) -> Iterator[Span]:
    """Answer named premises ("the Jade Garden takeaway") and described ones."""
    text = doc_text(doc)
    for match in _NAMED_PREMISES.finditer(text):
        start, name = _strip_leading(match.start("name"), match.group("name"))
        if _not_a_name(name) or name.split()[-1].lower() == "cannabis":
            continue
        span = char_span(doc, start, start + len(name), labels.BUSINESS, slack=0)
        if span is not None:
            yield _business(span, natural_case(name, keep_acronyms=True),
                            PREMISES_WORDS[match.group("premise")])
    for match in _DESCRIBED_PREMISES.finditer(text):
        place = match.group("place")
        known = lookup(place)
        if known is not None and known.kind in {"country", "region", "city"}:
            continue  # "a restaurant in England" is a job offer, not premises
        premise = match.group("premise")
        span = char_span(doc, match.start("premise"), match.end("premise"), labels.BUSINESS,
                         slack=0)
        if span is not None:
            name = f"{premise} {match.group('prep')} {place}"
            yield _business(span, name, PREMISES_WORDS[premise], located_at=place)
