"""The ground truth as files under `OUT/truth/`: entities, groups, relations, mentions.

JSON is written compact, UTF-8 (not escaped), keys in a fixed order, so the same world gives
the same bytes. `MentionLog` streams one line per report and remembers which surface forms
each entity was written as, for `entities.jsonl` at the end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ocgmap.synth.model import REFERENCE_DATE, World, age_on
from ocgmap.synth.render import RenderedReport
from ocgmap.synth.variants import number_word

JsonObject = dict[str, Any]


def dumps(value: Any) -> str:
    """Answer `value` as one line of compact UTF-8 JSON."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class MentionLog:
    """Writes `mentions.jsonl` line by line and collects the surfaces used per entity."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.surfaces: dict[str, set[str]] = {}
        self.typos: dict[str, set[str]] = {}
        self.reports = 0
        self.mentions = 0

    def write(self, report: RenderedReport) -> None:
        """Write the truth line of one report."""
        mentions = []
        for m in report.mentions:
            entry: JsonObject = {"text": m.text, "start": m.start, "end": m.end, "id": m.id,
                                 "form": m.form}
            if m.typo:
                entry["typo"] = True
                self.typos.setdefault(m.id, set()).add(m.text)
            self.surfaces.setdefault(m.id, set()).add(m.text)
            mentions.append(entry)
        line = {"report": report.path, "kind": report.kind, "date": report.day.isoformat(),
                "grading": report.grading, "groups": report.groups, "mentions": mentions,
                "relations": report.relations, "corridors": report.corridors}
        self._stream.write(dumps(line) + "\n")
        self.reports += 1
        self.mentions += len(mentions)


def _entity(eid: str, etype: str, name: str, **extra: Any) -> JsonObject:
    record: JsonObject = {"id": eid, "type": etype, "name": name, "groups": [], "roles": [],
                          "nationality": None, "age": None, "aliases": []}
    attributes = extra.pop("attributes", {})
    record.update(extra)
    record["attributes"] = attributes
    return record


def cohort_name(world: World, cohort_id: str) -> str:
    """Answer the canonical description of a victim group, at the reference date."""
    cohort = world.cohorts[cohort_id]
    ages = sorted(age_on(world.people[m].dob, REFERENCE_DATE) for m in cohort.members)
    nouns = {("female", True): "girls", ("female", False): "women", ("male", True): "boys",
             ("male", False): "men", ("mixed", True): "children", ("mixed", False): "adults"}
    noun = "young people" if ages[0] < 18 <= ages[-1] else nouns[(cohort.gender, ages[-1] < 18)]
    nationality = "" if cohort.nationality == "mixed" else f"{cohort.nationality} "
    span = f"{ages[0]}" if ages[0] == ages[-1] else f"{ages[0]} to {ages[-1]}"
    return f"{number_word(len(ages))} {nationality}{noun} aged {span}"


def identifier_groups(world: World) -> dict[str, list[str]]:
    """Answer the groups each phone, vehicle, e-mail address and address belongs to: those
    of the people and businesses that use, own or occupy it, and of the premises groups run."""
    found: dict[str, set[str]] = {}
    for person in world.people.values():
        held = [*person.phones, *person.vehicles, *person.emails]
        if person.home:
            held.append(person.home)
        for thing in held:
            found.setdefault(thing, set()).update(person.groups)
    for business in world.businesses.values():
        for item in (business.address, business.phone):
            if item:
                found.setdefault(item, set()).update(business.groups)
    for group in world.groups:
        for premises in group.premises:
            found.setdefault(premises, set()).add(group.id)
    return {thing: sorted(groups) for thing, groups in found.items()}


def entity_records(world: World, log: MentionLog) -> Iterator[JsonObject]:
    """Answer one record per entity: groups and agencies, people, victim groups, businesses,
    locations, vehicles, phones, e-mail addresses."""
    def used(eid: str) -> JsonObject:
        return {"variants": sorted(log.surfaces.get(eid, ())),
                "typos": sorted(log.typos.get(eid, ()))}

    namesakes = {p: [q for q in pair if q != p] for pair in world.namesakes for p in pair}
    held = identifier_groups(world)
    for org in world.orgs.values():
        yield _entity(org.id, "Organisation", org.name, groups=[org.id] if org.kind == "ocg"
                      else [], aliases=list(org.aliases), **used(org.id),
                      attributes={"kind": org.kind, "short": org.short})
    for p in world.people.values():
        attributes: JsonObject = {"gender": p.gender, "dob": p.dob.isoformat(),
                                  "town": p.town, "home": p.home, "phones": p.phones,
                                  "vehicles": p.vehicles, "emails": p.emails}
        if p.is_victim:
            attributes["child"] = p.age < 18
            attributes["disability"] = p.disability
        if p.title or p.agency:
            attributes.update(title=p.title, agency=p.agency)
        if p.id in namesakes:
            attributes["namesake_of"] = namesakes[p.id]
        yield _entity(p.id, "Person", p.name, groups=p.groups, roles=p.roles,
                      nationality=p.nationality, age=p.age, aliases=p.nicknames, **used(p.id),
                      attributes=attributes)
    for c in world.cohorts.values():
        ages = [age_on(world.people[m].dob, REFERENCE_DATE) for m in c.members]
        yield _entity(c.id, "VictimGroup", cohort_name(world, c.id), groups=[c.group],
                      roles=["victim"], nationality=None if c.nationality == "mixed"
                      else c.nationality, **used(c.id),
                      attributes={"count": len(c.members), "members": c.members,
                                  "gender": c.gender, "age_min": min(ages),
                                  "age_max": max(ages), "child": c.child, "basis": c.basis,
                                  "corridor": c.corridor, "transporter": c.transporter,
                                  "place": c.place, "business": c.business,
                                  "controller": c.controller})
    for b in world.businesses.values():
        aliases = [b.name.removesuffix(" Ltd")] if b.name.endswith(" Ltd") else []
        yield _entity(b.id, "Business", b.name, groups=b.groups, aliases=aliases, **used(b.id),
                      attributes={"sector": b.sector, "address": b.address, "town": b.town,
                                  "phone": b.phone, "owner": b.owner, "manager": b.manager})
    for loc in world.locations.values():
        yield _entity(loc.id, "Location", loc.name, groups=held.get(loc.id, []), **used(loc.id),
                      attributes={"kind": loc.kind, "country": loc.country, "town": loc.town,
                                  "use": loc.use})
    for v in world.vehicles.values():
        yield _entity(v.id, "Vehicle", v.registration, groups=held.get(v.id, []), **used(v.id),
                      attributes={"registration": v.registration.replace(" ", ""),
                                  "make": v.make, "model": v.model, "colour": v.colour,
                                  "kind": v.kind})
    for ph in world.phones.values():
        yield _entity(ph.id, "Phone", ph.e164, groups=held.get(ph.id, []), **used(ph.id),
                      attributes={"national": ph.national, "kind": ph.kind})
    for e in world.emails.values():
        yield _entity(e.id, "Email", e.address, groups=held.get(e.id, []), **used(e.id),
                      attributes={})


def groups_document(world: World, parameters: JsonObject) -> JsonObject:
    """Answer the content of `groups.json`: groups, brokers, namesakes, shared identifiers."""
    locations = world.locations
    groups = []
    for g in world.groups:
        corridors = []
        for cid in g.corridors:
            corridor = world.corridors[cid]
            corridors.append({"id": cid, "stops": [
                {"id": st.location, "name": locations[st.location].name, "role": st.role,
                 "mode": st.mode} for st in corridor.stops], "transit": corridor.transit})
        groups.append({
            "id": g.id, "name": g.name, "aliases": world.orgs[g.id].aliases,
            "operation": g.operation, "nationality": g.nationality, "typology": g.typology,
            "base": g.base, "leader": g.leader, "members": g.members,
            "roles": {m: world.people[m].roles for m in g.members},
            "victims": g.victims, "victim_groups": g.cohorts, "businesses": g.businesses,
            "premises": g.premises, "brokers": g.brokers,
            "shared_recruiters": g.recruiters_shared, "corridors": corridors})
    users = world.phone_users()
    residents = world.residents()
    return {
        "seed": world.seed, "parameters": parameters, "groups": groups,
        "brokers": [{"id": b.person, "kind": b.kind, "groups": b.groups,
                     "business": b.business} for b in world.brokers],
        "namesakes": world.namesakes,
        "shared_phones": [{"phone": ph, "users": u} for ph, u in users.items() if len(u) > 1],
        "shared_addresses": [{"address": a, "residents": r} for a, r in residents.items()
                             if len([p for p in r if not world.people[p].is_victim]) > 1],
    }


def write_world_truth(world: World, folder: Path, parameters: JsonObject) -> None:
    """Write `groups.json` and `relations.jsonl` (everything that does not need reports)."""
    (folder / "groups.json").write_text(
        json.dumps(groups_document(world, parameters), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    with (folder / "relations.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for r in world.relations:
            out.write(dumps({"id": r.id, "type": r.type, "source": r.source, "target": r.target,
                             "attributes": r.attributes}) + "\n")


def write_entities(world: World, folder: Path, log: MentionLog) -> int:
    """Write `entities.jsonl` (after the reports, for the variants used); answer the count."""
    count = 0
    with (folder / "entities.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for record in entity_records(world, log):
            out.write(dumps(record) + "\n")
            count += 1
    return count
