"""Aliases: which mentions name the same person, as the report itself says.

- attached: "VASILE, Loredana, aka "Lori"", "Jordan WHYTE ("Smokey")", "POPESCU, Ion -
  DOB 1972 - known on the street as "Nea Ion"", "a man called Florin, whom everyone
  called "Baronul"", "aka "Mama G" / "Madam Grace"";
- believed: ""Klodi" (believed to be Klodiana MARKU)";
- identification: "identified Ardit KOLA from a photograph as Bigz", "a man she knew as
  "Kevi", whom she later identified … as Klevis DEDA", "…introduced herself as Mama G.
  Precious identified Grace OSAGIE from a photograph.";
- pronouns: "He admits he is known as "Niku"", "Workers referred to him as "Chu Hung"";
- described: "The owner, whom he calls "Lo Baan" (boss), is a man of about 50, WONG Kin",
  "your "Baron" for STOICA", "KOLA's phone as 07700 900123 (saved as "Bigz")".

The links are character offsets of two Person mentions (`doc._.ocg_links`); the coref
component merges them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span

from ocgmap.nlp.extensions import attrs_of
from ocgmap.nlp.spans import doc_text

_ATTACHED_GAP = re.compile(
    r"\A\s*(?:\(\s*\d{1,2}(?:,\s*[A-Za-z]+)?\s*\))?[\s,(|/\-–]*"
    r"(?:(?:DOB|dob)[\s:]*[\d/]+[\s,\-–]*)?"
    r"(?:(?:[A-Za-z]+|\d{1,2})[ ]*,[ ]*){0,3}"  # "(26), Albanian, aka …", "female, 35, aka …"
    r"(?:aka|a\.k\.a\.|also known as|known(?: on the street)? as|alias|nicknamed|called|"
    r"(?:whom|who) (?:everyone|they|he|she|we|people|the \w+) (?:called|calls|knew as|know as)|"
    r"who (?:calls|called) (?:himself|herself)|(?:who )?(?:goes|went|going) by(?: the name)?|"
    r"who uses the (?:nick)?name|otherwise known as|also called|saved as)?[\s,(:|]*[\"“]?\Z")
_BELIEVED_GAP = re.compile(r"\A[\"”]?\s*\((?:believed to be|possibly|probably|real name|"
                           r"identified as|i\.e\.)\s*\Z")
#: ""Bigz" (Ardit KOLA)", ""Bigz", real name Ardit KOLA", ""Bigz" is Ardit KOLA".
_REAL_NAME_GAP = re.compile(
    r"\A[\"”]?\s*(?:\(\s*|[,(\-–]\s*(?:whose (?:real|full|true) name is|(?:real|full|true) name"
    r"(?: is)?|later identified as|now known to be|who is)\s*:?\s*|(?:is|was)\s+(?:believed to be"
    r"\s+|probably\s+|in fact\s+)?)\Z")
_NICKNAME_CHAIN = re.compile(r"[\"”]?\s*/\s*[\"“]?")
_PRONOUN_ALIAS = re.compile(r"(?:(?:\b(?:he|she)\s+(?:is|was)\s+(?:also\s+)?(?:known|referred to)"
                            r"|\b(?:referred to|knew|know|knows|call|calls|called)\s+(?:him|"
                            r"her))\s+as|\b(?:he|she)\s+(?:(?:calls|called)\s+(?:himself|herself)"
                            r"|(?:goes|went)\s+by))\s*[\"“]?\Z", re.I)
#: "…, whom he calls "X" (boss), is a local man, Ardit KOLA": the nickname, then the name.
_CALLED_BEFORE = re.compile(r"\b(?:whom|who|that)\s+(?:[\w']+\s+){1,2}(?:calls?|called|knows? as|"
                            r"knew as|refers? to as|referred to as)\s*[\"“]\Z", re.I)
_IS_AFTER = re.compile(r"\A[\"”]\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:is|was)\s+"
                       r"(?:(?:a|an|the)\s[^,.;:\"“]{1,60},\s*)?\Z")
#: "your "Baron" for STOICA": the name a log or a colleague uses for someone.
_OWNED_BEFORE = re.compile(r"\b(?:your|our|their|his|her|my|the)\s+[\"“]\Z", re.I)
_FOR_GAP = re.compile(r"\A[\"”]\s+for\s+\Z")
#: "KOLA's phone as 07700 900123 (saved as "Bigz")": the name the number is saved under.
_SAVED_GAP = re.compile(r"\A['’]s\s+(?:(?:mobile|phone)\s+)?(?:phone|mobile|number)\s*"
                        r"(?:as|is|was|:)?\s*\(?\+?\d[\d ]{8,15}\d\)?\s*[,(]?\s*"
                        r"(?:saved|stored|listed)\s+(?:as|under)\s*[\"“]\Z", re.I)
_IDENTIFY = re.compile(r"\b(?:identif\w*|picked out|recogni[sz]\w*)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|whom|them)\b", re.I)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start = [], 0
    for match in re.finditer(r"[.!?](?=\s)|\n\s*\n", doc_text(doc)):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(doc_text(doc))))
    return bounds


def _offsets(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _is_nickname(span: Span) -> bool:
    return bool(attrs_of(span).get("nickname"))


def _is_named(span: Span) -> bool:
    """Answer whether `span` names a person rather than giving a quoted nickname."""
    attrs = attrs_of(span)
    return not attrs.get("nickname") or bool(attrs.get("cue"))


def _is_full(span: Span) -> bool:
    attrs = attrs_of(span)
    return bool(attrs.get("given")) and bool(attrs.get("surname")) and not attrs.get("nickname")


def alias_links(doc: Doc, people: list[Span]) -> list[tuple[int, int, int, int]]:
    """Answer "same person" links between `people` (the Person spans of `doc`, in order)
    stated by the text: aka, identified as, known as."""
    text = doc_text(doc)
    links: list[tuple[int, int, int, int]] = []

    def link(a: Span, b: Span) -> None:
        links.append((*_offsets(a), *_offsets(b)))

    for before, after in pairwise(people):
        gap = text[before.end_char:after.start_char]
        attached = _is_nickname(after) and _is_named(before) and _ATTACHED_GAP.match(gap)
        believed = (_is_nickname(before) and not _is_nickname(after)
                    and (_BELIEVED_GAP.match(gap) or _real_name(text, after, gap)))
        # Chains of nicknames: "aka "Mama G" / "Madam Grace"".
        chained = (_is_nickname(before) and _is_nickname(after)
                   and _NICKNAME_CHAIN.fullmatch(gap))
        if attached or believed or chained or _described(text, before, after, gap):
            link(before, after)
    starts = [p.start_char for p in people]

    def between(low: int, high: int) -> list[Span]:
        return people[bisect_left(starts, low):bisect_left(starts, high)]

    sentences = _sentences(doc)
    for index, (start, end) in enumerate(sentences):
        inside = between(start, end)
        if not inside:
            continue
        recent = between(sentences[max(0, index - 2)][0], start)
        links.extend(_identification_links(text, start, end, inside, recent))
        for person in inside:
            if _is_nickname(person) and _PRONOUN_ALIAS.search(text[start:person.start_char]):
                earlier = between(sentences[max(0, index - 5)][0], person.start_char)
                target = _last_named(earlier[-50:])
                if target is not None:
                    link(target, person)
    return links


def _real_name(text: str, after: Span, gap: str) -> bool:
    """Answer whether `gap` after a nickname says that the full name `after` is who it is
    (""Bigz" (Ardit KOLA)"; not ""Bigz" is Ardit KOLA's cousin")."""
    if not _is_full(after) or not _REAL_NAME_GAP.match(gap):
        return False
    rest = text[after.end_char:after.end_char + 3]
    if gap.rstrip().endswith("("):
        return rest.lstrip().startswith(")")
    return not rest.startswith(("'s", "’s"))


def _described(text: str, before: Span, after: Span, gap: str) -> bool:
    """Answer whether the text says that the nickname `before` names the person `after`
    (or the nickname `after` the person `before`)."""
    if _is_nickname(before) and not _is_nickname(after):
        opening = text[max(0, before.start_char - 60):before.start_char]
        return bool((_CALLED_BEFORE.search(opening) and _IS_AFTER.match(gap)
                     and _is_full(after))
                    or (_OWNED_BEFORE.search(opening) and _FOR_GAP.match(gap)))
    return _is_nickname(after) and not _is_nickname(before) and bool(_SAVED_GAP.match(gap))


def _last_named(people: list[Span]) -> Span | None:
    """Answer the last person named (not by nickname) who is not an official."""
    named = [p for p in people if not _is_nickname(p) and not attrs_of(p).get("official")]
    full = [p for p in named if _is_full(p)]
    return full[-1] if full else named[-1] if named else None


def _identification_links(text: str, start: int, end: int, inside: list[Span],
                          recent: list[Span]) -> Iterator[tuple[int, int, int, int]]:
    """Answer links from "identified X (from a photograph) as Y" and "identified him as X"."""
    verb = _IDENTIFY.search(text, start, end)
    if verb is None:
        return
    after_verb = [p for p in inside if p.start_char >= verb.end()]
    before_verb = [p for p in inside if p.end_char <= verb.start()]
    as_word = re.compile(r"\bas\b").search(text, verb.end(), end)
    if as_word is not None:
        objects = [p for p in after_verb if p.end_char <= as_word.start()]
        named = [p for p in after_verb if p.start_char >= as_word.end()]
        if objects and named:
            yield (*_offsets(objects[0]), *_offsets(named[0]))
            return
        pronoun = (_OBJECT_PRONOUN.search(text, verb.end(), as_word.start())
                   or re.search(r"\bwhom\b", text[start:verb.start()], re.I))
        if named and pronoun:
            nicknames = [p for p in [*recent, *before_verb] if _is_nickname(p)]
            if nicknames:
                yield (*_offsets(nicknames[-1]), *_offsets(named[0]))
            return
    elif after_verb and _is_full(after_verb[0]):
        # "…introduced herself as Mama G. Precious identified Grace OSAGIE from a photograph."
        previous = [p for p in recent if not _is_full(p)]
        if previous and _is_nickname(previous[-1]):
            yield (*_offsets(previous[-1]), *_offsets(after_verb[0]))
