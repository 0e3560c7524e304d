"""Addresses, streets and named sites found by regular expressions over the text.

An address is a flat or house number, a street or building name, then up to three
comma-separated localities and a postcode: "Flat 4, 88 Marrowfield Road, Reading",
"3/2, 58 Allanvale Street, Govanhill, Glasgow", "14 Example Street Leeds LS9 8AA".
A locality without a comma must be a gazetteer place. The expressions have bounded
repetition only, so matching stays linear in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ocgmap.nlp.data.words import BUILDING_WORDS, NOT_NAMES, STREET_SUFFIXES
from ocgmap.nlp.letters import LOWER, UPPER
from ocgmap.nlp.places import lookup, nationality_index

WORD = rf"[{UPPER}][{UPPER}{LOWER}'’-]*"
TITLE_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*"
_ABBREVIATED = {"St", "Rd", "Dr", "Ave", "Ln", "Sq", "Ct", "Pl"}


def _alternatives(words: frozenset[str]) -> str:
    full = sorted((re.escape(w) for w in words if w not in _ABBREVIATED), key=len,
                  reverse=True)
    short = sorted(re.escape(w) for w in words if w in _ABBREVIATED)
    # "St" and "Dr" also open names ("St Albans", "Dr Okafor"): not before a capital.
    return f"(?:{'|'.join(full)}|(?:{'|'.join(short)})\\.?(?![ ]+[{UPPER}]))"


_SUFFIX = _alternatives(STREET_SUFFIXES)
_BUILDING = _alternatives(BUILDING_WORDS)
_NOT_BEFORE_COURT = r"(?<!Crown )(?<!Magistrates )(?<!Magistrates' )(?<!County )(?<!Youth )"
STREET = rf"{WORD}(?:[ ]{WORD}){{0,2}}[ ]{_NOT_BEFORE_COURT}{_SUFFIX}(?![\w'])"
_BUILDING_NAME = rf"{WORD}(?:[ ]{WORD}){{0,2}}[ ]{_BUILDING}(?![\w'])"
_UNIT = (r"(?:(?:Flat|Apartment|Apt|Suite|Unit|Room|Studio|Floor)[ ]\w{1,5}"
         r"|\d{1,3}[A-Za-z]?/\d{1,3})")
_NUMBER = r"\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?"
POSTCODE = (r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})")

_ADDRESS = re.compile(rf"""
    (?<![\w/])
    (?: (?:{_UNIT},?\s+)?{_NUMBER},?\s+{STREET}
      | {_UNIT},?\s+{_BUILDING_NAME}
    )
""", re.X)
_STREET = re.compile(rf"(?<![\w'])(?<!\d[ ])(?<!\d,[ ]){STREET}")
_LOCALITY = re.compile(rf"(?P<comma>[ \t]*,)?[ \t]*\n?[ \t]*"
                       rf"(?P<name>{TITLE_WORD}(?:[ ]{TITLE_WORD}){{0,2}})")
_POSTCODE_NEXT = re.compile(rf",?[ \t]*(?:{POSTCODE}|[A-Z]{{1,2}}\d[A-Z\d]?(?=[.;)]|$))(?![\w-])",
                            re.M)
_SITES = re.compile(rf"""(?<![\w'])(?P<name>{WORD}(?:[ ]{WORD}){{0,3}})[ ]
    (?P<kind>Pupil[ ]Referral[ ]Unit|Primary[ ]School|Secondary[ ]School|High[ ]School
      |Academy|School|College|University|Police[ ]Station|Coach[ ]Station|Bus[ ]Station
      |Railway[ ]Station|Train[ ]Station|Station|Shopping[ ]Centre|Retail[ ]Park
      |Industrial[ ]Estate|Business[ ]Park|Service[ ]Station|Reception[ ]Centre|[Bb]each
      |development|building[ ]site)
    (?![\w'])""", re.X)
_SITE_KINDS = {"pupil referral unit": "school", "primary school": "school",
               "secondary school": "school", "high school": "school", "academy": "school",
               "school": "school", "college": "school", "university": "school",
               "police station": "police_station", "shopping centre": "shopping_centre",
               "retail park": "shopping_centre", "industrial estate": "site",
               "business park": "site", "reception centre": "site", "beach": "beach",
               "development": "site", "building site": "site"}
_ROAD = re.compile(r"(?<=\bthe )(?:M\d{1,2}|A\d{1,4})(?:\(M\))?(?![\w-])")

#: Capitalised words that do not start a name (stop words, report vocabulary).
STOP_CAPITALISED = frozenset(w.title() for w in STOP_WORDS) | NOT_NAMES


@dataclass(frozen=True, slots=True)
class Found:
    """A place found in the text: offsets, kind, and the canonical name."""

    start: int
    end: int
    kind: str
    name: str


def _is_locality(name: str, comma: bool) -> bool:
    first = name.split()[0]
    if first in STOP_CAPITALISED or first in nationality_index():
        return False
    return comma or lookup(name) is not None


def _extend(text: str, end: int, localities: int = 3) -> int:
    """Answer where an address that ends at `end` really ends: localities, postcode."""
    for _ in range(localities):
        match = _LOCALITY.match(text, end)
        if match is None or not _is_locality(match.group("name"), bool(match.group("comma"))):
            break
        # Take only as many words as form a known place when the name runs on.
        name = match.group("name")
        words = name.split()
        while len(words) > 1 and lookup(" ".join(words)) is None and not match.group("comma"):
            words.pop()
        end = match.start("name") + len(" ".join(words))
        if len(words) < len(name.split()):
            break
    postcode = _POSTCODE_NEXT.match(text, end)
    return postcode.end() if postcode else end


def _clean(text: str) -> str:
    return " ".join(text.replace(" ,", ",").split())


def addresses(text: str) -> Iterator[Found]:
    """Answer the addresses in `text`.

    >>> [f.name for f in addresses("at Flat 4, 88 Marrowfield Road, Reading at 2215 hrs")]
    ['Flat 4, 88 Marrowfield Road, Reading']
    >>> [f.name for f in addresses("lives at 14 Example Street Leeds LS9 8AA.")]
    ['14 Example Street Leeds LS9 8AA']
    """
    for match in _ADDRESS.finditer(text):
        end = _extend(text, match.end())
        yield Found(match.start(), end, "address", _clean(text[match.start():end]))


def streets(text: str) -> Iterator[Found]:
    """Answer street names without a house number, with their town when one follows.

    >>> [f.name for f in streets("Premises: Star Nails, Hagley Road, Birmingham (tel.")]
    ['Hagley Road, Birmingham']
    """
    for match in _STREET.finditer(text):
        if match.group().split()[0] in STREET_SUFFIXES or lookup(match.group()) is not None:
            continue  # "Street View"; "Piccadilly Gardens" is a gazetteer place
        end = _extend(text, match.end(), localities=1)
        yield Found(match.start(), end, "street", _clean(text[match.start():end]))


def sites(text: str) -> Iterator[Found]:
    """Answer named schools, stations, estates and roads ("the M6")."""
    for match in _SITES.finditer(text):
        if match.group("name").split()[0] in STOP_CAPITALISED:
            continue
        kind = _SITE_KINDS.get(match.group("kind").lower(), "station")
        end = _extend(text, match.end(), localities=1) if kind == "site" else match.end()
        yield Found(match.start(), end, kind, _clean(text[match.start():end]))
    for match in _ROAD.finditer(text):
        yield Found(match.start(), match.end(), "road", match.group())


FINDERS: tuple[Callable[[str], Iterator[Found]], ...] = (addresses, streets, sites)
