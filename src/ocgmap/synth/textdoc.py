"""A text builder that knows where every entity mention is.

Text is appended piece by piece; a `Ref` piece is a mention and its offsets are recorded as
it is written. Wrapping replaces spaces by newlines (same length), never inside a mention,
so offsets stay exact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Ref:
    """A mention to write: the text as it appears and the entity it names."""

    text: str
    id: str
    form: str
    typo: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A written mention: character offsets into the whole text, [start, end)."""

    start: int
    end: int
    text: str
    id: str
    form: str
    typo: bool


Piece = str | Ref
Slot = Piece | Sequence[Piece]

_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=4096)
def _parse(template: str) -> tuple[tuple[bool, str], ...]:
    """Answer a template as (is_slot, text) parts: "{a} met {b}." → slot a, " met ", slot b."""
    parts: list[tuple[bool, str]] = []
    last = 0
    for match in _SLOT.finditer(template):
        if match.start() > last:
            parts.append((False, template[last:match.start()]))
        parts.append((True, match.group(1)))
        last = match.end()
    if last < len(template):
        parts.append((False, template[last:]))
    return tuple(parts)


def capitalised(piece: Piece) -> Piece:
    """Answer `piece` with its first letter upper-case (a mention keeps its entity)."""
    if isinstance(piece, Ref):
        if piece.text[:1].islower():
            return Ref(piece.text[0].upper() + piece.text[1:], piece.id, piece.form, piece.typo)
        return piece
    return piece[:1].upper() + piece[1:]


class Doc:
    """Text under construction and the mentions in it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.mentions: list[Mention] = []
        self.mentioned: set[str] = set()
        self._wraps: list[tuple[int, int, int]] = []
        self._wrap_from: int | None = None

    @property
    def pos(self) -> int:
        """Answer the offset the next piece will be written at."""
        return self._pos

    def add(self, text: str) -> None:
        """Append plain text."""
        if text:
            self._parts.append(text)
            self._pos += len(text)

    def ref(self, ref: Ref) -> None:
        """Append a mention and record where it is."""
        end = self._pos + len(ref.text)
        self.mentions.append(Mention(self._pos, end, ref.text, ref.id, ref.form, ref.typo))
        self.mentioned.add(ref.id)
        self._parts.append(ref.text)
        self._pos = end

    def put(self, slot: Slot) -> None:
        """Append a piece or a sequence of pieces."""
        if isinstance(slot, str):
            self.add(slot)
        elif isinstance(slot, Ref):
            self.ref(slot)
        else:
            for piece in slot:
                self.put(piece)

    def say(self, template: str, **slots: Slot) -> None:
        """Append `template` with its {slots} filled; a sentence that opens with a slot gets
        a capital letter."""
        for n, (is_slot, text) in enumerate(_parse(template)):
            if not is_slot:
                if text[:1] == "." and self._parts and self._parts[-1].endswith("."):
                    text = text[1:]  # "from E.H." ends the sentence once
                self.add(text)
                continue
            value = slots[text]
            if n == 0:
                value = capitalise_slot(value)
            self.put(value)

    def extend(self, other: Doc) -> None:
        """Append everything written in `other` (its mentions and wrapped regions shift)."""
        shift = self._pos
        self._parts.extend(other._parts)
        self.mentions.extend(Mention(m.start + shift, m.end + shift, m.text, m.id, m.form,
                                     m.typo) for m in other.mentions)
        self.mentioned |= other.mentioned
        self._wraps.extend((a + shift, b + shift, w) for a, b, w in other._wraps)
        self._pos += other._pos

    def start_wrap(self) -> None:
        """Start a region whose lines will be wrapped (prose paragraphs)."""
        self._wrap_from = self._pos

    def end_wrap(self, width: int) -> None:
        """End the wrapped region: lines longer than `width` are broken at spaces."""
        if self._wrap_from is not None:
            self._wraps.append((self._wrap_from, self._pos, width))
            self._wrap_from = None

    def text(self) -> str:
        """Answer the finished text, wrapped."""
        text = "".join(self._parts)
        if not self._wraps:
            return text
        chars = list(text)
        spans = [(m.start, m.end) for m in self.mentions]
        starts = [s for s, _ in spans]
        for start, end, width in self._wraps:
            _wrap(text, chars, start, end, width, spans, starts)
        return "".join(chars)


def capitalise_slot(value: Slot) -> Slot:
    """Answer a slot value whose first letter is upper-case."""
    if isinstance(value, str | Ref):
        return capitalised(value)
    if not value:
        return value
    return [capitalised(value[0]), *value[1:]]


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Answer whether offset `pos` falls inside a mention."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _wrap(text: str, chars: list[str], start: int, end: int, width: int,
          spans: list[tuple[int, int]], starts: list[int]) -> None:
    """Break the lines of text[start:end] at spaces outside mentions (writes into `chars`)."""
    line = start
    while end - line > width:
        newline = text.find("\n", line, line + width + 1)
        if newline != -1:
            line = newline + 1
            continue
        cut = text.rfind(" ", line + 1, line + width + 1)
        while cut != -1 and _inside(cut, spans, starts):
            cut = text.rfind(" ", line + 1, cut)
        if cut == -1:  # one long unbreakable run: break after it
            cut = text.find(" ", line + width + 1, end)
            while cut != -1 and _inside(cut, spans, starts):
                cut = text.find(" ", cut + 1, end)
            if cut == -1:
                return
            newline = text.find("\n", line, cut)
            if newline != -1:
                line = newline + 1
                continue
        chars[cut] = "\n"
        line = cut + 1
