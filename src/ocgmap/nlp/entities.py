"""Entities of one report: `extract_entities` (mentions) and `group_entities` (entities).

`extract_entities(text)` runs the pipeline over the text, in chunks of whole paragraphs
so that any size of input fits spaCy's `max_length`, and answers every mention of a
Person, Organisation, Business, Location, Vehicle, Phone, Email or Document with its
canonical name, offsets, sentence and attributes. `group_entities` folds the mentions
into one entity per report entity with its mention list, as the design's `extract --json`
`entities` list (`ReportEntity.to_contract()` answers `ocgmap.model.Entity`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap import ids
from ocgmap.model import Entity
from ocgmap.model import Span as MentionSpan
from ocgmap.nlp import labels
from ocgmap.nlp.extensions import attrs_of, get_str
from ocgmap.nlp.pipeline import load_pipeline
from ocgmap.nlp.spans import doc_text

#: Largest chunk handed to spaCy at once (characters); paragraphs are kept whole.
CHUNK_CHARS = 100_000
#: Runs of non-space characters longer than this are blanked before parsing: no entity
#: is that long, and they make the tokenizer slow.
LONGEST_TOKEN = 200

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SOFT_BREAKS = (re.compile(r"\n"), re.compile(r"(?<=[.!?])\s"), re.compile(r"\s"))
_LONG_RUN = re.compile(rf"\S{{{LONGEST_TOKEN + 1},}}")
_MENTION_ATTRS = frozenset({"given", "surname", "family_first", "nickname", "initials", "count",
                            "acronym"})


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One mention of an entity: where it is, what it refers to, and what is known of it.

    `name` is the canonical name of the entity (E.164 for phones, upper case without
    spaces for vehicles); `key` is shared by all mentions of one entity in the report;
    `attributes` are the entity's (kind, aliases, age, title, official, sector…).
    """

    type: str
    name: str
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    key: str
    attributes: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ReportEntity:
    """An entity of one report with all its mentions."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    attributes: Mapping[str, Any]
    mentions: tuple[EntityMention, ...]
    roles: tuple[str, ...] = ()

    def to_contract(self) -> Entity:
        """Answer the entity in the `extract --json` contract form."""
        return Entity(id=self.id, type=self.type, name=self.name, aliases=list(self.aliases),
                      roles=list(self.roles),
                      attributes=dict(self.attributes),
                      mentions=[MentionSpan(text=m.text, start=m.start, end=m.end)
                                for m in self.mentions])


def extract_entities(text: str, nlp: Language | None = None) -> list[EntityMention]:
    """Answer the entity mentions of a report, in text order.

    Empty or blank text answers []. Text of any length is processed in paragraph chunks.
    """
    parsed = parse(text, nlp)
    mentions: list[EntityMention] = []
    for offset, doc in parsed:
        mentions.extend(doc_mentions(doc, offset))
    return join_chunk_people(mentions) if len(parsed) > 1 else mentions


def parse(text: str, nlp: Language | None = None) -> list[tuple[int, Doc]]:
    """Answer the processed chunks of a report as (offset into `text`, Doc) pairs.

    Blank text answers []. Over-long runs of non-space characters are blanked (same
    length, so offsets hold) before parsing.
    """
    return next(parse_many([text], nlp))


def parse_many(texts: Iterable[str], nlp: Language | None = None
               ) -> Iterator[list[tuple[int, Doc]]]:
    """Answer `parse` of each text, in order, streaming all their chunks through one
    `nlp.pipe` so that spaCy batches across reports."""
    pipeline = nlp if nlp is not None else load_pipeline()

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, text in enumerate(texts):
            if not text.strip():
                yield "", (index, -1)  # a placeholder, so every text answers
                continue
            for offset, piece in chunks(text):
                yield _LONG_RUN.sub(lambda m: " " * len(m.group()), piece), (index, offset)

    current, parsed = -1, list[tuple[int, Doc]]()
    for doc, (index, offset) in pipeline.pipe(pieces(), as_tuples=True):
        if index != current:
            if current >= 0:
                yield parsed
            current, parsed = index, []
        if offset >= 0:
            parsed.append((offset, doc))
    if current >= 0:
        yield parsed


def group_entities(mentions: list[EntityMention]) -> list[ReportEntity]:
    """Answer one entity per mention key, in order of first mention."""
    groups: dict[str, list[EntityMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.key, []).append(mention)
    entities = []
    for members in groups.values():
        first = members[0]
        attributes = dict(first.attributes)
        aliases = tuple(attributes.pop("aliases", ()))
        attributes.pop("roles", None)
        roles = dict.fromkeys(role for m in members for role in m.attributes.get("roles", ()))
        entities.append(ReportEntity(ids.node_id(first.type, first.name), first.type,
                                     first.name, aliases, attributes, tuple(members),
                                     tuple(roles)))
    return entities


def extract_report_entities(text: str, nlp: Language | None = None) -> list[ReportEntity]:
    """Answer the entities of a report with their mentions (`group_entities` of the text)."""
    return group_entities(extract_entities(text, nlp))


def doc_mentions(doc: Doc, offset: int = 0) -> Iterator[EntityMention]:
    """Answer the entity mentions of a processed Doc, offsets shifted by `offset`."""
    sentences = _sentence_bounds(doc)
    starts = [start for start, _ in sentences]
    for ent in doc.ents:
        if ent.label_ not in labels.NODE_TYPES:
            continue
        name = _entity_name(ent)
        start, end = _sentence_of(sentences, starts, ent)
        key = get_str(ent, "ocg_key") or f"{ent.label_}:{ids.name_key(name)}"
        yield EntityMention(ent.label_, name, ent.text, ent.start_char + offset,
                            ent.end_char + offset, start + offset, end + offset, key,
                            _entity_attributes(ent))


def _entity_name(ent: Span) -> str:
    value = get_str(ent, "ocg_value")
    if ent.label_ in (labels.PHONE, labels.VEHICLE, labels.EMAIL) and value:
        return value
    return get_str(ent, "ocg_canonical") or " ".join(ent.text.split())


def _entity_attributes(ent: Span) -> dict[str, Any]:
    # A victim group's or document's count is its size; a person's "count" is the rules'
    # mention count.
    dropped = _MENTION_ATTRS - {"count"} if ent.label_ in (labels.VICTIM_GROUP,
                                                           labels.DOCUMENT) else _MENTION_ATTRS
    attributes = {k: v for k, v in attrs_of(ent).items() if k not in dropped}
    for name in ("ocg_kind", "ocg_gid", "ocg_value"):
        value = get_str(ent, name)
        if value is not None:
            attributes[name.removeprefix("ocg_")] = value
    return attributes


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start = [], 0
    text = doc_text(doc)
    for match in re.finditer(r"\n", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _sentence_of(bounds: list[tuple[int, int]], starts: list[int], ent: Span) -> tuple[int, int]:
    index = bisect_right(starts, ent.start_char) - 1
    if index < 0:
        return ent.start_char, ent.end_char
    start, end = bounds[index]
    return start, max(end, ent.end_char)


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Answer (offset, piece) chunks of `text` of at most `limit` characters.

    Whole paragraphs are packed together; a longer paragraph is cut at line ends, then
    sentence ends, then spaces, and only as a last resort anywhere.

    >>> [offset for offset, _ in chunks("a\\n\\nb\\n\\nc", limit=3)]
    [0, 3, 6]
    """
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            end = cut_point(text, start, end)
        yield start, text[start:end]
        start = end


def cut_point(text: str, start: int, end: int) -> int:
    """Answer the best place to end a chunk that starts at `start` and may reach `end`."""
    for pattern in (_PARAGRAPH_BREAK, *_SOFT_BREAKS):
        last = None
        for match in pattern.finditer(text, start + 1, end):
            last = match
        if last is not None:
            return last.end()
    return end


def join_chunk_people(mentions: list[EntityMention]) -> list[EntityMention]:
    """Give a surname-only person from one chunk the key of the one full name with that
    surname elsewhere in the report."""
    full: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.type == labels.PERSON and len(words) > 1:
            full.setdefault(ids.name_key(words[-1]), set()).add(mention.key)
            full.setdefault(ids.name_key(words[0]), set()).add(mention.key)
    names = {m.key: m for m in mentions}
    out = []
    for mention in mentions:
        keys = full.get(ids.name_key(mention.name), set())
        if mention.type == labels.PERSON and len(mention.name.split()) == 1 and len(keys) == 1:
            key = next(iter(keys))
            target = names[key]
            mention = EntityMention(mention.type, target.name, mention.text, mention.start,
                                    mention.end, mention.sentence_start, mention.sentence_end,
                                    key, target.attributes)
        out.append(mention)
    return out
