"""Regular-expression pieces for names in Latin scripts (with Polish, Romanian, Albanian
and Vietnamese letters): Python's `re` has no Unicode letter classes."""

from __future__ import annotations

_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]

#: Upper- and lower-case Latin letters, for character classes.
UPPER = "".join(chr(c) for c in _LATIN if chr(c).isupper())
LOWER = "".join(chr(c) for c in _LATIN if chr(c).islower())

#: A word in capitals of two letters or more ("KOLA", "O'CONNOR", "WÓJCIK").
CAPS_WORD = rf"[{UPPER}][{UPPER}'’-]*[{UPPER}]"
#: A capitalised given name ("Ardit", "Vasile-Cristian", "Paweł").
GIVEN_WORD = rf"[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}][{LOWER}]+)*"
#: Where a name may start and end (a possessive "'s" may follow).
NAME_START = r"(?<![\w'’.-])"
NAME_END = r"(?![\w-]|['’]\w{2})"
