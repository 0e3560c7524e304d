"""Name keys for resolution: one spelling for every way a report writes the same name.

"KOLA, Ardit", "Ardit KOLA", "Mr Ardit Kola" and "Ardít Kola" all have the key
`ardit kola`; "A. KOLA" and "KOLA" are partial forms of it. Transliteration is by
`anyascii`, phonetic codes by `jellyfish` (metaphone), used for blocking only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from anyascii import anyascii

HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "madame", "mister", "prof",
    "sheikh", "haji", "hajji",
})
#: Business name endings that do not tell two businesses apart.
COMPANY_SUFFIXES = frozenset({"ltd", "limited", "llp", "plc", "co", "company", "uk", "the"})
_WORDS = re.compile(r"[a-z0-9]+")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True, slots=True)
class NameKey:
    """A normalised name: its words, and what kind of name they make.

    `full` is the order-free key of a name of two or more whole words ("ardit kola");
    empty for a partial name (one word, or initials and a surname).
    """

    tokens: tuple[str, ...]
    full: str

    @property
    def words(self) -> tuple[str, ...]:
        """Answer the whole words (not initials)."""
        return tuple(t for t in self.tokens if len(t) > 1)

    @property
    def initials(self) -> tuple[str, ...]:
        """Answer the single-letter tokens."""
        return tuple(t for t in self.tokens if len(t) == 1)


@lru_cache(maxsize=262_144)
def person_key(name: str) -> NameKey:
    """Answer the key of a person's name as written.

    >>> person_key("KOLA, Ardit").full == person_key("Mr Ardit Kola").full == "ardit kola"
    True
    >>> person_key("A. KOLA").full, person_key("A. KOLA").tokens
    ('', ('a', 'kola'))
    """
    text = anyascii(name).strip()
    surname, comma, given = text.partition(",")
    if comma and given.strip() and len(surname.split()) == 1:
        text = f"{given} {surname}"
    if _INITIALS.match(text.replace(" ", "")):
        tokens = tuple(c.lower() for c in text if c.isalpha())
    else:
        tokens = tuple(t for t in _WORDS.findall(text.replace("'", "").lower())
                       if t not in HONORIFICS)
    whole = [t for t in tokens if len(t) > 1]
    full = " ".join(sorted(tokens)) if len(whole) >= 2 and len(whole) == len(tokens) else ""
    return NameKey(tokens, full)


@lru_cache(maxsize=262_144)
def business_key(name: str) -> NameKey:
    """Answer the key of a business name: words in order, company suffixes dropped.

    >>> business_key("Lucky Nails Ltd").full == business_key("LUCKY NAILS LIMITED").full
    True
    """
    words = tuple(t for t in _WORDS.findall(anyascii(name).replace("'", "").lower())
                  if t not in COMPANY_SUFFIXES)
    return NameKey(words, " ".join(words))


def name_key_of(entity_type: str, name: str) -> NameKey:
    """Answer the key of `name` for an entity of `entity_type`."""
    return person_key(name) if entity_type == "Person" else business_key(name)


@lru_cache(maxsize=262_144)
def phonetic(word: str) -> str:
    """Answer the metaphone code of one word (blocking only: typos often keep it)."""
    return jellyfish.metaphone(word) or word


def compatible(short: NameKey, long: NameKey) -> bool:
    """Answer whether `short` could be a shorter way of writing `long`.

    Every token of `short` must be a word of `long` or the initial of one, each used once
    ("A. KOLA" and "KOLA" fit "Ardit Kola"; "B. KOLA" does not).

    >>> compatible(person_key("A. KOLA"), person_key("Ardit Kola"))
    True
    >>> compatible(person_key("B. KOLA"), person_key("Ardit Kola"))
    False
    """
    free = list(long.tokens)
    for token in sorted(short.tokens, key=len, reverse=True):
        match = next((w for w in free if w == token or (len(token) == 1 and w[0] == token)),
                     None)
        if match is None:
            return False
        free.remove(match)
    return bool(short.tokens)
