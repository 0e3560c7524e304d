"""Span plumbing shared by the components: regex matches to spans, and merging into ents."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ocgmap.nlp.extensions import get_str

#: Which rule wins when two entity spans overlap: higher priority first, then the longer.
PRIORITY: dict[str | None, int] = {
    "identifiers": 60,
    "address": 50,
    "people": 45,
    "organisations": 40,
    "businesses": 40,
    "nickname": 35,
    "gazetteer": 30,
    "coref": 5,  # names found again where the model missed them: they only fill gaps
    None: 0,
}


_TEXT = "ocgmap_text"


def doc_text(doc: Doc) -> str:
    """Answer the text of `doc`, computed once per Doc (spaCy rebuilds it on every call)."""
    text = doc.user_data.get(_TEXT)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the cached text of `doc` (the last component calls this)."""
    doc.user_data.pop(_TEXT, None)


def char_span(doc: Doc, start: int, end: int, label: str, slack: int = 2) -> Span | None:
    """Answer the token span covering characters `start:end`, or None.

    The span may grow to whole tokens, but by at most `slack` characters on each side:
    a match inside a long token is not an entity.
    """
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or span.start_char < start - slack or span.end_char > end + slack:
        return None
    return span


def priority(span: Span) -> int:
    """Answer the priority of `span` in overlap resolution."""
    return PRIORITY.get(get_str(span, "ocg_source"), 10)


def select(spans: Iterable[Span]) -> list[Span]:
    """Answer non-overlapping spans, preferring higher priority, then longer, then earlier."""
    ranked = sorted(spans, key=lambda s: (-priority(s), -(s.end - s.start), s.start))
    taken: set[int] = set()
    chosen: list[Span] = []
    for span in ranked:
        tokens = range(span.start, span.end)
        if span.start < span.end and not any(i in taken for i in tokens):
            taken.update(tokens)
            chosen.append(span)
    chosen.sort(key=lambda s: s.start)
    return chosen


def merge_ents(doc: Doc, new: Iterable[Span]) -> None:
    """Add `new` spans to `doc.ents`, resolving overlaps by `select` (ties: new first)."""
    added = list(new)
    if added:
        doc.set_ents(select([*added, *doc.ents]))


def replace_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """Set `doc.ents` to exactly `spans` (overlaps resolved by `select`)."""
    doc.set_ents(select(spans))
