"""The place index: every surface form of every gazetteer place, with kind and stable id."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from ocgmap.nlp.data import places as data
from ocgmap.nlp.data.nationalities import DEMONYMS


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place: canonical name, kind, stable id; weak if also a common word."""

    gid: str
    name: str
    kind: str
    weak: bool = False


@dataclass(frozen=True, slots=True)
class Nationality:
    """A nationality adjective or demonym and the country it names."""

    code: str
    name: str


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ß": "ss", "ı": "i", "’": "'"})
_CEDILLAS = str.maketrans({"ș": "ş", "ş": "ș", "ț": "ţ", "ţ": "ț", "Ș": "Ş", "Ş": "Ș",
                           "Ț": "Ţ", "Ţ": "Ț"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Answer `text` without diacritics.

    >>> fold("Constanța"), fold("Wałbrzych")
    ('Constanta', 'Walbrzych')
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def slug(text: str) -> str:
    """Answer a lower-case ASCII id fragment for a name.

    >>> slug("Benin City"), slug("Durrës")
    ('benin-city', 'durres')
    """
    return _NOT_SLUG.sub("-", fold(text).lower()).strip("-")


def variants(name: str) -> set[str]:
    """Answer the spellings of `name` to match: as written, without diacritics, and with
    Romanian comma and cedilla letters swapped."""
    return {name, fold(name), name.translate(_CEDILLAS)}


def _entries(block: str) -> list[tuple[str, list[str], bool]]:
    entries = []
    for raw in block.replace("\n", " ").split(","):
        entry = raw.strip()
        if not entry:
            continue
        weak = entry.startswith("?")
        name, _, aliases = entry.lstrip("?").partition("=")
        entries.append((name.strip(), [a.strip() for a in aliases.split(";") if a.strip()],
                        weak))
    return entries


@cache
def place_index() -> dict[str, Place]:
    """Answer every surface form (variants included) mapped to its place; first wins."""
    index: dict[str, Place] = {}

    def add(place: Place, surfaces: list[str]) -> None:
        for surface in surfaces:
            for variant in variants(surface):
                index.setdefault(variant, place)

    aliases = {code.strip(): [a.strip() for a in names.split(";")]
               for code, _, names in (line.partition("=")
                                      for line in data.COUNTRY_ALIASES.strip().splitlines())}
    for code, names in aliases.items():
        if "-" in code:  # the UK nations
            add(Place(f"country:{code}", names[0], "country"), names)
    for country in pycountry.countries:
        code = country.alpha_2
        extra = aliases.get(code, [])
        official = [getattr(country, key, None) for key in ("common_name", "name",
                                                            "official_name")]
        names = [*extra, *(n for n in official if n and "," not in n)]
        if not names:
            continue
        canonical = names[0]
        weak = canonical in data.WEAK_COUNTRIES
        add(Place(f"country:{code}", canonical, "country", weak), names)
    for code, names in aliases.items():  # codes pycountry lacks (Kosovo)
        if "-" not in code and names[0] not in index:
            add(Place(f"country:{code}", names[0], "country"), names)
    for kind, blocks in data.BLOCKS.items():
        for block in blocks:
            for name, extra, weak in _entries(block):
                add(Place(f"{kind}:{slug(name)}", name, kind, weak), [name, *extra])
    return index


def lookup(text: str) -> Place | None:
    """Answer the gazetteer place written `text` (exact, then without diacritics or "the").

    >>> lookup("Constanta").name, lookup("Heathrow T3").kind, lookup("UK").gid
    ('Constanța', 'airport', 'country:GB')
    """
    index = place_index()
    cleaned = " ".join(text.split())
    for candidate in (cleaned, fold(cleaned), cleaned.removeprefix("the ")):
        place = index.get(candidate)
        if place is not None:
            return place
    return None


@cache
def nationality_index() -> dict[str, Nationality]:
    """Answer every nationality form ("Albanians") mapped to its nationality ("Albanian")."""
    index: dict[str, Nationality] = {}
    for line in DEMONYMS.strip().splitlines():
        code, _, forms = line.partition(":")
        names = [f.strip() for f in forms.split(";")]
        for form in names:
            index.setdefault(form, Nationality(code.strip(), names[0]))
    return index
