"""Resolution records from an `ocgmap synth` folder, with the truth to score them against.

This measures **resolution given perfect within-report extraction**: every record is built
from the generator's truth about which words of a report name which entity, and which
links the report states, so the only errors left are the resolver's. A record's fields
hold what the report's own words say (names as written, identifiers normalised the way
ingest normalises them, addresses and businesses as written, lower-cased); truth entity
ids never enter a compared field, and record ids are counters.

One record is made per Person (and Business) a report *names*: a victim who is only
described ("a Romanian man aged 41") gives none.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ocgmap.errors import ConfigError
from ocgmap.nlp.data.words import OFFICIAL_TITLES
from ocgmap.normalise import canonical_value
from ocgmap.resolve.records import Record

JsonObject = dict[str, Any]

#: How full a person's name form is: lower is fuller (the record's `name` is the fullest).
PERSON_FORM_RANK = {"full": 0, "caps": 1, "bold": 1, "inverted": 2, "initial": 3,
                    "surname": 4, "surname_caps": 4, "given": 5, "initials": 6}
#: Business and group name forms, fullest first.
NAME_FORM_RANK = {"name": 0, "short": 1, "alias": 2}
IDENTIFIER_TYPES = frozenset({"Phone", "Vehicle", "Email"})
# An age written right after a name: "Ardit KOLA (34)", "**Ardit KOLA** (34)",
# "Mihai Barbu (41, Romanian)", "Ardit Kola, 34, ...".
_AGE_AFTER = re.compile(r"\**\s*\((\d{1,3})(?:,\s*([A-Z][A-Za-z-]+))?\)|\**,\s*(\d{1,3}),")
# Parsing phone numbers is slow and the same few thousand numbers recur in every report.
_canonical = lru_cache(maxsize=65_536)(canonical_value)


class Synthetic(NamedTuple):
    """Records, the truth entity id of each record, and the planted namesake pairs."""

    records: list[Record]
    truth: dict[str, str]
    namesakes: list[tuple[str, str]]
    #: Diagnostics only (never given to the resolver): the truth form of each record's name
    #: ("full", "nickname", ...), with "+typo" when the chosen spelling is a planted typo.
    forms: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Entity:
    type: str
    kind: str  # Organisation kind ("ocg", "police", ...); "" for others


def load(folder: Path, types: Iterable[str] = ("Person", "Business"), *,
         agencies: bool = False) -> Synthetic:
    """Answer the records of every report in a synth output folder, with their truth.

    A record's context holds the other people, businesses and crime groups its report
    names; with `agencies`, also the police forces and other agencies it names.
    Raises ConfigError when the folder is not an `ocgmap synth` output.
    """
    truth_dir = folder / "truth"
    needed = [truth_dir / n for n in ("entities.jsonl", "relations.jsonl", "mentions.jsonl",
                                      "groups.json")]
    missing = [p.name for p in needed if not p.is_file()]
    if missing:
        raise ConfigError(f"{folder} is not an ocgmap synth output (missing truth/"
                          f"{', truth/'.join(missing)})")
    entities = {e["id"]: _Entity(e["type"], e["attributes"].get("kind", "") or "")
                for e in _jsonl(truth_dir / "entities.jsonl")}
    relations = {r["id"]: (r["type"], r["source"], r["target"])
                 for r in _jsonl(truth_dir / "relations.jsonl")}
    groups = json.loads((truth_dir / "groups.json").read_text(encoding="utf-8"))
    namesakes = [(str(a), str(b)) for a, b in groups["namesakes"]]
    wanted = frozenset(types)
    records: list[Record] = []
    truth: dict[str, str] = {}
    forms: dict[str, str] = {}
    for seq, line in enumerate(_jsonl(truth_dir / "mentions.jsonl")):
        text = (folder / line["report"]).read_bytes().decode("utf-8")
        for eid, record, form in report_records(seq, line, text, entities, relations, wanted,
                                                agencies):
            records.append(record)
            truth[record.id] = eid
            forms[record.id] = form
    return Synthetic(records, truth, namesakes, forms)


def _jsonl(path: Path) -> Iterator[JsonObject]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def report_records(seq: int, line: JsonObject, text: str, entities: dict[str, _Entity],
                   relations: dict[str, tuple[str, str, str]],
                   types: frozenset[str], agencies: bool = False
                   ) -> Iterator[tuple[str, Record, str]]:
    """Answer (truth id, record, truth form of its name) for each entity the report names.

    `seq` is the report's place in name order (mentions.jsonl lists reports in that order).
    """
    by_entity: dict[str, list[JsonObject]] = {}
    for m in line["mentions"]:
        if m["id"] in entities:
            by_entity.setdefault(m["id"], []).append(m)
    names: dict[str, tuple[str, str]] = {}  # entity id -> (fullest name as written, form)
    for eid, mentions in by_entity.items():
        best = _fullest(entities[eid].type, mentions)
        if best is not None:
            names[eid] = best
    links = _links(line["relations"], relations, entities, by_entity, names)
    year = int(line["date"][:4])
    context_ids = [eid for eid in names if _is_context(entities[eid], agencies)]
    count = 0
    for eid, mentions in by_entity.items():
        if entities[eid].type not in types or eid not in names:
            continue
        name, form = names[eid]
        aliases = tuple(sorted({m["text"] for m in mentions
                                if m["form"] == "nickname" and m["text"] != name}))
        if entities[eid].type == "Business":
            aliases = tuple(sorted({m["text"] for m in mentions} - {name}))
        birth_year, nationality = _age_and_nationality(mentions, text, year)
        own = links.get(eid, {})
        record = Record(
            id=f"r{seq:07d}.{count}", type=entities[eid].type, report=line["report"],
            name=name, aliases=aliases,
            identifiers=frozenset(own.get("identifiers", ())),
            addresses=frozenset(own.get("addresses", ())),
            businesses=frozenset(own.get("businesses", ())),
            context=frozenset(names[o][0].lower() for o in context_ids if o != eid),
            birth_year=birth_year, nationality=nationality, seq=seq,
            official=any(_official_cue(text, m["start"]) for m in mentions))
        count += 1
        typo = any(m.get("typo") and m["text"] == name for m in mentions)
        yield eid, record, form + ("+typo" if typo else "")


#: What extraction marks an official by: a rank or civil title before the name, a job
#: word, or an e-mail header or sign-off line.
_OFFICIAL_CUES = frozenset(OFFICIAL_TITLES) | {"officer", "From:", "To:", "Cc:", "Regards,"}


def _official_cue(text: str, start: int) -> bool:
    """Answer whether the word before a mention marks an official, as extraction would."""
    before = text[max(0, start - 16):start].split()
    return bool(before) and before[-1].strip('"*(') in _OFFICIAL_CUES


def _fullest(etype: str, mentions: Sequence[JsonObject]) -> tuple[str, str] | None:
    """Answer the fullest way the report writes this entity, and its form, or None when the
    report does not name it (a described victim, an identifier, a place)."""
    if etype == "Person":
        ranked = [m for m in mentions if m["form"] in PERSON_FORM_RANK]
        if not ranked:
            nick = [m for m in mentions if m["form"] == "nickname"]
            return (_most_used(nick), "nickname") if nick else None
        top = min(PERSON_FORM_RANK[m["form"]] for m in ranked)
        chosen = [m for m in ranked if PERSON_FORM_RANK[m["form"]] == top]
    elif etype in ("Business", "Organisation"):
        chosen = [m for m in mentions if m["form"] in NAME_FORM_RANK]
        if not chosen:
            return None
        top = min(NAME_FORM_RANK[m["form"]] for m in chosen)
        chosen = [m for m in chosen if NAME_FORM_RANK[m["form"]] == top]
    else:
        return None
    text = _most_used(chosen)
    return text, next(m["form"] for m in chosen if m["text"] == text)


def _most_used(mentions: Sequence[JsonObject]) -> str:
    """Answer the text written most often (the first written, on a tie)."""
    counts = Counter(str(m["text"]) for m in mentions)  # keeps first-written order
    return max(counts, key=counts.__getitem__)  # max answers the first of equals


def _is_context(entity: _Entity, agencies: bool) -> bool:
    if entity.type == "Organisation":
        return agencies or entity.kind == "ocg"
    return entity.type in ("Person", "Business")


def _links(relation_ids: Iterable[str], relations: dict[str, tuple[str, str, str]],
           entities: dict[str, _Entity], by_entity: dict[str, list[JsonObject]],
           names: dict[str, tuple[str, str]]) -> dict[str, dict[str, set[str]]]:
    """Answer, per entity, the identifiers, addresses and businesses the report links to it."""
    found: dict[str, dict[str, set[str]]] = {}
    for rid in relation_ids:
        if rid not in relations:
            continue
        rtype, source, target = relations[rid]
        if target not in by_entity or source not in entities or target not in entities:
            continue
        target_type = entities[target].type
        slot, value = "", ""
        if rtype == "USES" and target_type in IDENTIFIER_TYPES:
            slot = "identifiers"
            value = _canonical(target_type, by_entity[target][0]["text"])
        elif rtype in ("LIVES_AT", "LOCATED_AT") and target_type == "Location":
            slot, value = "addresses", _address(by_entity[target])
        elif rtype in ("EMPLOYED_BY", "OWNS") and target_type == "Business" and target in names:
            slot, value = "businesses", names[target][0].lower()
        if slot:
            found.setdefault(source, {}).setdefault(slot, set()).add(value)
    return found


def _address(mentions: Sequence[JsonObject]) -> str:
    """Answer the fullest address text the report writes (the one with its town), lower-cased."""
    full = [m for m in mentions if m["form"] == "full"] or list(mentions)
    return max((str(m["text"]) for m in full), key=len).lower()


def _age_and_nationality(mentions: Sequence[JsonObject], text: str,
                         year: int) -> tuple[int | None, str | None]:
    """Answer the birth year (report year minus an age stated right after a mention) and a
    nationality stated with it ("(41, Romanian)")."""
    for m in mentions:
        match = _AGE_AFTER.match(text, m["end"])
        if match:
            age = int(match.group(1) or match.group(3))
            return year - age, match.group(2)
    return None, None
