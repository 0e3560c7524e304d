"""Organised crime groups: members and roles, families, homes, phones, vehicles, businesses,
premises and corridors.

Built in two passes so that namesakes can be planted between them: `group_skeleton` makes
the people (names, ages, roles, families); `furnish_group` gives them everything that
depends on their names (nicknames, e-mail addresses) and everything else the group runs.
"""

from __future__ import annotations

from itertools import pairwise

from ocgmap.synth.factory import Factory
from ocgmap.synth.model import Corridor, Group, Organisation, Person, Stop
from ocgmap.synth.places import CORRIDORS, ORIGINS, TOWNS_BY_NAME, UK_TOWNS, UkTown
from ocgmap.synth.typology import GROUP_NAME_STYLES, Typology

_FAMILY_TYPOLOGIES = {"begging", "domestic_servitude"}
_VEHICLE_KIND = {"sexual": "car", "nail_bar": "people carrier", "car_wash": "van",
                 "farm": "van", "factory": "van", "hotel": "van", "takeaway": "van",
                 "construction": "van", "domestic_servitude": "car", "cannabis": "people carrier",
                 "county_lines": "car", "begging": "van"}
_UK_LEG_MODES = ("van", "car", "minibus", "people carrier")


def role_counts(size: int) -> dict[str, int]:
    """Answer how many members hold each role in a group of `size` (at least 5)."""
    recruiters = 1 + (size >= 12) + (size >= 20)
    transporters = 1 + (size >= 9) + (size >= 16)
    money = 1 + (size >= 15)
    return {"leader": 1, "recruiter": recruiters, "transporter": transporters,
            "money_handler": money,
            "controller": max(1, size - 1 - recruiters - transporters - money)}


def _towns_tagged(tag: str) -> list[UkTown]:
    return [t for t in UK_TOWNS if tag in t.tags]


def is_first(group: Group) -> bool:
    """Answer whether this is the world's first group (it always gets the planted shares)."""
    return group.id.lstrip("G").lstrip("0") == "1"


def group_skeleton(factory: Factory, gid: str, nationality: str, typology: Typology,
                   operation: str) -> Group:
    """Make a group's members with names, ages and roles, its leader and its family ties."""
    rng = factory.rng
    if typology.key == "county_lines":
        base_town = rng.choice(ORIGINS["British"])
    else:
        base_town = rng.choice([t.name for t in _towns_tagged("hub")])
    size = round(rng.triangular(5, 25, 9))
    order = [r for r, n in role_counts(size).items() for _ in range(n)]
    members: list[Person] = []
    for n, role in enumerate(order, start=1):
        gender = "male" if rng.random() < 0.8 else "female"
        if typology.key == "sexual" and role == "controller" and rng.random() < 0.5:
            gender = "female"  # the "maid" who runs the flats
        ages = (32, 58) if role == "leader" else (21, 55)
        members.append(factory.person(f"{gid}-P{n:02d}", nationality, gender, ages, [role],
                                      [gid]))
    leader = members[0]
    group = Group(gid, "", operation, nationality, typology.key, factory.place(base_town),
                  leader.id, members=[m.id for m in members],
                  roles={m.id: m.roles for m in members})
    factory.world.groups.append(group)
    _make_family(factory, group, members, typology.key in _FAMILY_TYPOLOGIES)
    for extra in members[1:]:
        if rng.random() < 0.15:
            extra.roles.append(rng.choice(["transporter", "controller"]))
    leader.roles.append("controller")
    return group


def _make_family(factory: Factory, group: Group, members: list[Person], family: bool) -> None:
    """Give some members the leader's surname and record FAMILY_OF (sibling or spouse)."""
    rng = factory.rng
    leader = members[0]
    wanted = rng.randint(2, 3) if family else (1 if rng.random() < 0.6 else 0)
    if is_first(group):
        wanted = max(wanted, 1)  # the first group always has a family tie (a shared home)
    candidates = [m for m in members[1:] if "recruiter" not in m.roles]
    rng.shuffle(candidates)
    for relative in candidates[:wanted]:
        spouse = relative.gender != leader.gender and rng.random() < 0.6
        factory.rename(relative, leader.surname)
        factory.world.add_relation("FAMILY_OF", relative.id, leader.id,
                                   relation="spouse" if spouse else "sibling")


def furnish_group(factory: Factory, group: Group, typology: Typology) -> None:
    """Give a group's members nicknames, homes, phones, vehicles and e-mail; make the group's
    organisation, businesses, premises and corridors."""
    rng = factory.rng
    world = factory.world
    people = [world.people[m] for m in group.members]
    leader = people[0]
    base_town = world.locations[group.base].name
    towns = _group_towns(factory, typology, base_town)
    origin_pool = ORIGINS[group.nationality]
    for person in people:
        if rng.random() < (0.85 if person is leader else 0.45):
            factory.nickname(person)
        if rng.random() < 0.12:
            factory.nickname(person)
        abroad = "recruiter" in person.roles and group.nationality != "British"
        person.town = factory.place(rng.choice(origin_pool) if abroad else base_town)
        if rng.random() < (1.0 if person is leader else 0.8):
            factory.give_phone(person)
        if person is leader and rng.random() < 0.3:
            factory.give_phone(person)
        if ("recruiter" in person.roles and rng.random() < 0.6) or rng.random() < 0.12:
            factory.give_email(person)
        if "transporter" in person.roles:
            factory.give_vehicle(person, _VEHICLE_KIND[typology.key])
        elif (person is leader and rng.random() < 0.7) or rng.random() < 0.15:
            factory.give_vehicle(person, "car")
        world.add_relation("MEMBER_OF", person.id, group.id, role=person.roles[0])
    _homes(factory, group, people, base_town)
    _share_phone(factory, group, people)
    _name_group(factory, group, typology, leader)
    _businesses(factory, group, typology, towns, people)
    _premises(factory, group, typology, towns)
    n_corridors = rng.choice((1, 1, 2, 2, 3))
    for template in rng.sample(CORRIDORS[group.nationality],
                               min(n_corridors, len(CORRIDORS[group.nationality]))):
        # An origin that is also a stop of the template would leave no transit point.
        origins = [o for o in origin_pool if o not in template] or list(origin_pool)
        origin = base_town if group.nationality == "British" else rng.choice(origins)
        add_corridor(factory, group, template, origin)


def _group_towns(factory: Factory, typology: Typology, base: str) -> list[str]:
    """Answer the towns where the group's premises are: the base town plus a few others."""
    rng = factory.rng
    tagged = [t.name for t in _towns_tagged(typology.town_tag) if t.name != base]
    others = rng.sample(tagged, min(len(tagged), rng.randint(0, 2)))
    if typology.town_tag != "hub":
        others = others or [rng.choice(tagged)]
        return others
    return [base, *others]


def _homes(factory: Factory, group: Group, people: list[Person], base_town: str) -> None:
    """Give UK-based members home addresses; relatives and some colleagues share one."""
    rng = factory.rng
    world = factory.world
    leader = people[0]
    for person in people:
        if world.locations[person.town or ""].country != "United Kingdom":
            continue
        home_town = base_town
        relative = world.has_relation("FAMILY_OF", person.id, leader.id)
        if relative and leader.home and (is_first(group) or rng.random() < 0.75):
            person.home = leader.home
        elif person is not leader and rng.random() < 0.12:
            sharers = [p for p in people if p.home and p is not leader]
            person.home = sharers[0].home if sharers else None
        if person.home is None:
            use = "home flat" if rng.random() < 0.3 else "home"
            person.home = factory.address(home_town, use)
        world.add_relation("LIVES_AT", person.id, person.home)


def _share_phone(factory: Factory, group: Group, people: list[Person]) -> None:
    """Let two members use one phone (a "work phone" passed between them)."""
    rng = factory.rng
    if not (is_first(group) or rng.random() < 0.6):
        return
    holders = [p for p in people if p.phones]
    if len(holders) < 2:
        return
    owner, other = rng.sample(holders, 2)
    phone = owner.phones[0]
    if phone not in other.phones:
        other.phones.append(phone)
        factory.world.add_relation("USES", other.id, phone)


def _name_group(factory: Factory, group: Group, typology: Typology, leader: Person) -> None:
    """Name the group after its leader ("KOLA group", "Ace line") and register it."""
    if typology.key == "county_lines" and leader.nicknames:
        style = "county_lines"
    elif typology.key in _FAMILY_TYPOLOGIES:
        style = "family"
    else:
        style = "default"
    nick = leader.nicknames[0] if leader.nicknames else ""
    forms = [s.format(SURNAME=leader.surname.upper(), Surname=leader.surname, nick=nick)
             for s in GROUP_NAME_STYLES[style]]
    group.name = forms[0]
    aliases = list(dict.fromkeys(f for f in forms[1:] if f != group.name))
    factory.world.orgs[group.id] = Organisation(group.id, group.name, "ocg", aliases)
    factory.world.add_relation("LOCATED_AT", group.id, group.base)
    factory.world.add_relation("CONTROLS", leader.id, group.id)


def _businesses(factory: Factory, group: Group, typology: Typology, towns: list[str],
                people: list[Person]) -> None:
    """Make the businesses the group runs: owned by the leader or a relative, managed by a
    controller."""
    rng = factory.rng
    world = factory.world
    leader = people[0]
    relatives = [p for p in people if world.has_relation("FAMILY_OF", p.id, leader.id)]
    controllers = [p for p in people if "controller" in p.roles and p is not leader]
    for n, sector in enumerate(typology.sectors):
        count = rng.randint(1, 3) if n == 0 else 1
        for _ in range(count):
            town = rng.choice(towns)
            area = TOWNS_BY_NAME[town].area_code if town in TOWNS_BY_NAME else None
            business = factory.business(f"{group.id}-B", [group.id], sector, town, area)
            owner = rng.choice([leader, *relatives]) if relatives else leader
            business.owner = owner.id
            world.add_relation("OWNS", owner.id, business.id)
            world.add_relation("CONTROLS", leader.id, business.id)
            if controllers:
                manager = rng.choice(controllers)
                business.manager = manager.id
                world.add_relation("EMPLOYED_BY", manager.id, business.id, role="manager")
            group.businesses.append(business.id)


def _premises(factory: Factory, group: Group, typology: Typology, towns: list[str]) -> None:
    """Make the non-business addresses the group uses: flats, grows, workers' houses."""
    rng = factory.rng
    world = factory.world
    for use in typology.premises:
        if use == "family home":
            homes = sorted({home for m in group.members
                            if (home := world.people[m].home)
                            and "controller" in world.people[m].roles})
            group.premises.extend(h for h in homes[:2] if h not in group.premises)
            if group.premises:
                continue
        if use == "room above the shop" and group.businesses:
            for business_id in group.businesses:
                group.premises.append(world.businesses[business_id].address)
            continue
        if use == "workers' house" and group.businesses:
            # Workers live in the towns where they work, one house per town at least.
            work_towns = sorted({world.businesses[b].town for b in group.businesses})
            for town in work_towns:
                group.premises.append(factory.address(town, use))
            continue
        for _ in range(rng.randint(1, 2)):
            group.premises.append(factory.address(rng.choice(towns), use))
    if not group.premises:
        group.premises.append(factory.address(rng.choice(towns), "workers' house"))
    for premises in group.premises:
        world.add_relation("CONTROLS", group.leader, premises)


def add_corridor(factory: Factory, group: Group, template: str, origin: str) -> str:
    """Add a corridor from `origin` along a template ("mode Place; mode Place; ...") to one of
    the group's UK towns; record its legs (LEG) and answer its id."""
    rng = factory.rng
    world = factory.world
    stops = [Stop(factory.place(origin), "origin", None)]
    international = world.locations[stops[0].location].country != "United Kingdom"
    legs = [(mode.replace("_", " "), name) for mode, name in
            (leg.strip().split(" ", 1) for leg in template.split(";")) if name != origin]
    transits = legs[:-1] if international else legs
    if len(transits) >= 3 and rng.random() < 0.3:
        del transits[rng.randrange(1, len(transits))]
    stops += [Stop(factory.place(name), "transit", mode) for mode, name in transits]
    if international:
        mode, name = legs[-1]
        stops.append(Stop(factory.place(name), "entry", mode))
    destinations = [d for d in _destinations(factory, group) if d != stops[-1].location]
    if destinations:
        leg_mode = rng.choice(_UK_LEG_MODES if international else ("train", "coach", "car"))
        stops.append(Stop(rng.choice(destinations), "destination", leg_mode))
    corridor_id = f"{group.id}-C{len(group.corridors) + 1}"
    world.corridors[corridor_id] = Corridor(corridor_id, group.id, stops)
    group.corridors.append(corridor_id)
    for seq, (a, b) in enumerate(pairwise(stops), start=1):
        world.add_relation("LEG", a.location, b.location, key=corridor_id, route=corridor_id,
                           seq=seq, mode=b.mode or "")
    return corridor_id


def _destinations(factory: Factory, group: Group) -> list[str]:
    """Answer the UK towns victims are taken to: where the group's premises and businesses are."""
    world = factory.world
    towns = [world.locations[p].town for p in group.premises]
    towns += [world.businesses[b].town for b in group.businesses]
    ids = [factory.place(t) for t in towns if t]
    return sorted(set(ids)) or [group.base]
