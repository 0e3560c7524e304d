"""Structure across groups: brokers serving several groups (document forgers, money
launderers), recruiters feeding several groups, and namesakes (different people, same name).
"""

from __future__ import annotations

from ocgmap.synth.factory import Factory
from ocgmap.synth.model import Broker, Group, Person
from ocgmap.synth.names import POOLS
from ocgmap.synth.places import ORIGINS, UK_TOWNS

_HUBS = tuple(t.name for t in UK_TOWNS if "hub" in t.tags)
_BROKER_KINDS = (
    ("forger", "document_forger", ("print shop",), "false documents"),
    ("launderer", "money_launderer", ("money transfer", "car dealer"), "laundering"),
)


def plant_brokers(factory: Factory, groups: list[Group]) -> None:
    """Add specialists who each serve 2–4 groups (one forger and one launderer per 6 groups)."""
    if len(groups) < 2:
        return
    rng = factory.rng
    world = factory.world
    for kind, role, sectors, purpose in _BROKER_KINDS:
        for _ in range(max(1, len(groups) // 6)):
            served = rng.sample(groups, min(len(groups), rng.randint(2, 4)))
            served.sort(key=lambda g: g.id)
            gender = "female" if rng.random() < 0.2 else "male"
            broker = factory.person(factory.next_id("X", 3), rng.choice(served).nationality,
                                    gender, (30, 62), [role], [g.id for g in served])
            _settle(factory, broker, rng.choice(_HUBS))
            business = factory.business("BIZ-", [g.id for g in served], rng.choice(sectors),
                                        world.locations[broker.town or ""].name, None)
            business.owner = broker.id
            world.add_relation("OWNS", broker.id, business.id)
            for group in served:
                payer = group.leader if kind == "forger" else group.with_role("money_handler")[0]
                world.add_relation("ASSOCIATE_OF", broker.id, group.id, basis=kind)
                world.add_relation("PAID", payer, broker.id, purpose=purpose, currency="GBP",
                                   amount=float(rng.randrange(1, 40) * 100))
                group.brokers.append(broker.id)
            world.brokers.append(Broker(broker.id, kind, [g.id for g in served], business.id))


def plant_shared_recruiters(factory: Factory, groups: list[Group]) -> None:
    """Add recruiters who each feed 2 (sometimes 3) groups; victims come later."""
    if len(groups) < 2:
        return
    rng = factory.rng
    world = factory.world
    for _ in range(max(1, len(groups) // 6)):
        wanted = 3 if len(groups) >= 10 and rng.random() < 0.3 else 2
        served = sorted(rng.sample(groups, wanted), key=lambda g: g.id)
        nationality = served[0].nationality
        gender = "female" if rng.random() < 0.5 else "male"
        recruiter = factory.person(factory.next_id("X", 3), nationality, gender, (24, 55),
                                   ["recruiter"], [g.id for g in served])
        hometown = rng.choice(ORIGINS[nationality])
        recruiter.town = factory.place(hometown)
        if nationality == "British":
            _settle(factory, recruiter, hometown)
        else:  # based abroad: a UK SIM that roams, an e-mail for "contracts"
            if rng.random() < 0.7:
                factory.give_phone(recruiter)
            if rng.random() < 0.7:
                factory.give_email(recruiter)
            if rng.random() < 0.5:
                factory.nickname(recruiter)
        for group in served:
            world.add_relation("ASSOCIATE_OF", recruiter.id, group.id, basis="recruiter")
            world.add_relation("PAID", group.leader, recruiter.id, purpose="recruitment fees",
                               currency="GBP", amount=float(rng.randrange(10, 40) * 100))
            group.recruiters_shared.append(recruiter.id)
        world.brokers.append(Broker(recruiter.id, "recruiter", [g.id for g in served]))


def _settle(factory: Factory, person: Person, town: str) -> None:
    """Give a UK-based broker a town, a home, a phone and perhaps a nickname and e-mail."""
    rng = factory.rng
    person.town = factory.place(town)
    person.home = factory.address(town, "home")
    factory.world.add_relation("LIVES_AT", person.id, person.home)
    factory.give_phone(person)
    if rng.random() < 0.5:
        factory.nickname(person)
    if rng.random() < 0.3:
        factory.give_email(person)


def plant_namesakes(factory: Factory, groups: list[Group]) -> None:
    """Give pairs of members of different groups the same common name (one pair per 5 groups,
    at least one when there are two groups). They must never be merged."""
    if len(groups) < 2:
        return
    rng = factory.rng
    world = factory.world
    used: set[str] = set()
    for k in range(max(1, len(groups) // 5)):
        first = groups[(2 * k) % len(groups)]
        same = [g for g in groups if g is not first and g.nationality == first.nationality]
        second = rng.choice(same or [g for g in groups if g is not first])
        pool = POOLS[first.nationality]
        names = [c for c in pool.common if not factory.name_taken(*c)]
        if not names:
            continue
        given, surname = names[k % len(names)]
        gender = "female" if given.split()[0] in ("Thi",) or given in pool.female else "male"
        a = _pick_member(factory, first, gender, used)
        b = _pick_member(factory, second, gender, used)
        if a is None or b is None:
            continue
        for person in (a, b):
            person.nationality = first.nationality
            person.surname_first = pool.surname_first
            factory.rename(person, surname, given)
            used.add(person.id)
        world.namesakes.append([a.id, b.id])


def _pick_member(factory: Factory, group: Group, gender: str, used: set[str]) -> Person | None:
    """Answer a UK-based member of `gender` (a transporter, controller or money handler who
    is not the leader's relative) to rename, if there is one."""
    world = factory.world
    for member_id in group.members[1:]:
        person = world.people[member_id]
        related = world.has_relation("FAMILY_OF", member_id, group.leader)
        local = "recruiter" not in person.roles
        if person.gender == gender and local and not related and member_id not in used:
            return person
    return None
