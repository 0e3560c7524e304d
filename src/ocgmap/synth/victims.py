"""Victims of a group: who they are, who recruited, moved, housed and exploited them, and the
victim groups they are described in (moved together, or found together at one place).
"""

from __future__ import annotations

from ocgmap.synth.factory import Factory
from ocgmap.synth.groups import add_corridor
from ocgmap.synth.model import Case, Group, Person, VictimGroup
from ocgmap.synth.places import CORRIDORS
from ocgmap.synth.typology import EXTRA_MEANS, Typology

#: Debt ranges (low, high, step, currency) by purpose; nationality overrides first.
_DEBTS: dict[str, tuple[int, int, int, str]] = {
    "Vietnamese": (15_000, 40_000, 1_000, "USD"),
    "Chinese": (20_000, 45_000, 1_000, "GBP"),
    "sexual": (15_000, 40_000, 1_000, "EUR"),
    "labour": (2_000, 25_000, 500, "GBP"),
    "criminal": (300, 5_000, 100, "GBP"),
    "domestic_servitude": (0, 0, 1, "GBP"),
}


def add_victims(factory: Factory, group: Group, typology: Typology, mean: int) -> None:
    """Add about `mean` victims (half to one and a half times) to `group`, with their cases,
    victim groups and every true link about them."""
    rng = factory.rng
    world = factory.world
    count = rng.randint(max(1, mean // 2), max(1, mean + mean // 2))
    own = group.with_role("recruiter")
    for n in range(1, count + 1):
        shared = bool(group.recruiters_shared) and (n == 1 or rng.random() < 0.25)
        recruiter = world.people[rng.choice(group.recruiters_shared if shared else own)]
        nationality = recruiter.nationality if shared else group.nationality
        gender = typology.gender if typology.gender != "mixed" else rng.choice(("male", "female"))
        child = rng.random() < typology.child_share
        ages = typology.child_ages if child else typology.adult_ages
        victim = factory.person(f"{group.id}-V{n:03d}", nationality, gender, ages, ["victim"],
                                [group.id])
        if typology.key == "begging" and not child and rng.random() < 0.3:
            victim.disability = True
        _open_case(factory, group, typology, victim, recruiter)
        group.victims.append(victim.id)
    _travel_groups(factory, group)
    _site_groups(factory, group)
    for victim_id in group.victims:
        _record_case(factory, group, world.cases[victim_id])
    for cohort_id in group.cohorts:
        _record_victim_group(factory, world.cohorts[cohort_id])


def _open_case(factory: Factory, group: Group, typology: Typology, victim: Person,
               recruiter: Person) -> None:
    """Decide who recruited, moved, housed and exploited `victim`, and how."""
    rng = factory.rng
    world = factory.world
    corridor = _corridor_from(factory, group, recruiter)
    stops = world.corridors[corridor].stops
    victim.town = stops[0].location
    # Victims are housed and work where their corridor ends, when the group has premises there.
    arrival = world.locations[stops[-1].location].name
    places = [p for p in group.premises if world.locations[p].town == arrival]
    place = rng.choice(places or group.premises)
    town = world.locations[place].town
    main = [b for b in group.businesses
            if typology.sectors and world.businesses[b].sector == typology.sectors[0]]
    nearby = [b for b in main if world.businesses[b].town == town]
    business = rng.choice(nearby or main) if main else None
    manager = world.businesses[business].manager if business else None
    controllers = group.with_role("controller")
    controller = manager if manager and rng.random() < 0.6 else rng.choice(controllers)
    low, high, step, currency = _DEBTS.get(victim.nationality if victim.nationality in _DEBTS
                                           else typology.purpose, _DEBTS[typology.purpose])
    means = rng.sample(typology.means, rng.randint(1, min(3, len(typology.means))))
    extra = EXTRA_MEANS.get(victim.nationality, ())
    if extra and typology.purpose == "sexual" and rng.random() < 0.6:
        means.append(extra[0])
    world.cases[victim.id] = Case(
        victim.id, group.id, recruiter.id, rng.choice(typology.methods), corridor,
        rng.choice(group.with_role("transporter")), controller, place, typology.purpose,
        rng.choice(typology.work), means, rng.randrange(low, high + 1, step) if high else 0,
        currency, business)
    victim.home = place


def _corridor_from(factory: Factory, group: Group, recruiter: Person) -> str:
    """Answer a corridor of `group` that starts in the recruiter's country, adding one for a
    recruiter from another country."""
    world = factory.world
    country = world.locations[recruiter.town or ""].country
    matching = [c for c in group.corridors
                if world.locations[world.corridors[c].stops[0].location].country == country]
    if matching:
        return factory.rng.choice(matching)
    origin = world.locations[recruiter.town or ""].name
    templates = CORRIDORS[recruiter.nationality]
    template = factory.rng.choice([t for t in templates if origin not in t] or list(templates))
    return add_corridor(factory, group, template, origin)


def _travel_groups(factory: Factory, group: Group) -> None:
    """Put victims who share a corridor into groups of 2–5 who travelled together."""
    rng = factory.rng
    world = factory.world
    by_corridor: dict[str, list[str]] = {}
    for victim_id in group.victims:
        by_corridor.setdefault(world.cases[victim_id].corridor, []).append(victim_id)
    for corridor, victims in sorted(by_corridor.items()):
        rng.shuffle(victims)
        while len(victims) >= 2:
            size = min(len(victims), rng.randint(2, 5))
            members, victims = sorted(victims[:size]), victims[size:]
            transporter = world.cases[members[0]].transporter
            cohort = _victim_group(factory, group, "travel", members)
            cohort.corridor, cohort.transporter = corridor, transporter
            for member in members:
                world.cases[member].transporter = transporter
                world.cases[member].cohort = cohort.id


def _site_groups(factory: Factory, group: Group) -> None:
    """Put victims housed at one place into one group, under one controller."""
    world = factory.world
    by_place: dict[str, list[str]] = {}
    for victim_id in group.victims:
        by_place.setdefault(world.cases[victim_id].place, []).append(victim_id)
    for place, members in sorted(by_place.items()):
        if len(members) < 2:
            continue
        cases = [world.cases[m] for m in members]
        cohort = _victim_group(factory, group, "site", members)
        cohort.place, cohort.controller = place, cases[0].controller
        businesses = {c.business for c in cases}
        cohort.business = businesses.pop() if len(businesses) == 1 else None
        for case in cases:
            case.controller = cohort.controller


def _victim_group(factory: Factory, group: Group, basis: str, members: list[str]) -> VictimGroup:
    people = [factory.world.people[m] for m in members]
    nationalities = {p.nationality for p in people}
    genders = {p.gender for p in people}
    cohort = VictimGroup(f"{group.id}-VG{len(group.cohorts) + 1:02d}", group.id, basis, members,
                         nationalities.pop() if len(nationalities) == 1 else "mixed",
                         genders.pop() if len(genders) == 1 else "mixed",
                         any(p.age < 18 for p in people))
    factory.world.cohorts[cohort.id] = cohort
    group.cohorts.append(cohort.id)
    return cohort


def _record_case(factory: Factory, group: Group, case: Case) -> None:
    """Record every true link about one victim."""
    world = factory.world
    v = case.victim
    corridor = world.corridors[case.corridor]
    world.add_relation("RECRUITED", case.recruiter, v, method=case.method)
    world.add_relation("TRANSPORTED", case.transporter, v, corridor=case.corridor,
                       mode=corridor.stops[-1].mode or "")
    world.add_relation("HARBOURED", case.controller, v, place=case.place)
    world.add_relation("CONTROLS", case.controller, v, means=list(case.means))
    for exploiter in dict.fromkeys((case.controller, group.leader)):
        world.add_relation("EXPLOITED", exploiter, v, purpose=case.purpose,
                           means=list(case.means))
    world.add_relation("LIVES_AT", v, case.place)
    if case.business:
        world.add_relation("EMPLOYED_BY", v, case.business, role="worker")
    if case.debt:
        world.add_relation("PAID", v, case.controller, purpose="debt", amount=float(case.debt),
                           currency=case.currency)


def _record_victim_group(factory: Factory, cohort: VictimGroup) -> None:
    """Record the true links about a victim group as a whole."""
    world = factory.world
    if cohort.basis == "travel" and cohort.transporter and cohort.corridor:
        world.add_relation("TRANSPORTED", cohort.transporter, cohort.id,
                           corridor=cohort.corridor,
                           mode=world.corridors[cohort.corridor].stops[-1].mode or "")
    if cohort.basis == "site" and cohort.controller and cohort.place:
        purpose = world.cases[cohort.members[0]].purpose
        world.add_relation("HARBOURED", cohort.controller, cohort.id, place=cohort.place)
        world.add_relation("EXPLOITED", cohort.controller, cohort.id, purpose=purpose)
        world.add_relation("LIVES_AT", cohort.id, cohort.place)
        if cohort.business:
            world.add_relation("EMPLOYED_BY", cohort.id, cohort.business, role="worker")
