"""Deterministic ids from natural keys: the same fact always gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
#: Keys are capped so that a hostile 10 kB name still fits Neo4j's index key size limit.
MAX_KEY_CHARS = 1000


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Answer the case-, accent- and spacing-insensitive key of a name.

    >>> name_key("  Ardit   KOLA ")
    'ardit kola'
    """
    if name.isascii():
        stripped = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().casefold()[:MAX_KEY_CHARS]


def _digest(*parts: str) -> str:
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:20]


def node_id(label: str, key: str) -> str:
    """Answer the id of the node of `label` whose natural key is `key`.

    >>> node_id("Person", "Ardit KOLA") == node_id("Person", "ardit kola")
    True
    """
    return f"{label.lower()}:{_digest(label, name_key(key))}"


def relation_id(rel_type: str, source: str, target: str, key: str = "") -> str:
    """Answer the id of the `rel_type` link from `source` to `target` (plus an optional key)."""
    return f"rel:{_digest(rel_type, source, target, key)}"


def content_id(text: str) -> str:
    """Answer a content-derived id (for reports without an id of their own)."""
    return f"report:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:20]}"
