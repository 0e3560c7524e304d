"""Agencies and the officials who write and appear in reports: police officers, Border Force,
NCA, GLAA, social workers, NGO staff and interpreters. They are named in reports but are
never offenders (the NER trap the domain brief warns about, §2.2).
"""

from __future__ import annotations

from ocgmap.synth.factory import Factory, slug
from ocgmap.synth.model import Organisation
from ocgmap.synth.names import OFFICIAL_FEMALE, OFFICIAL_MALE, OFFICIAL_SURNAMES, POOLS, NamePool
from ocgmap.synth.places import BORDER_FORCES, FORCE_SHORT, TOWNS_BY_NAME

_OFFICIAL_POOL = NamePool("British", "United Kingdom", OFFICIAL_MALE, OFFICIAL_FEMALE,
                          OFFICIAL_SURNAMES)

#: (name, kind, short form, titles, officials)
_NATIONAL = (
    ("Border Force", "border", "Border Force", ("BFO", "HO"), 3),
    ("National Crime Agency", "law_enforcement", "NCA", ("NCA officer",), 2),
    ("Gangmasters and Labour Abuse Authority", "regulator", "GLAA", ("Investigator",), 2),
    ("Salvation Army", "ngo", "Salvation Army", ("support worker",), 2),
)
_POLICE_TITLES = ("PC", "DC", "DC", "DS", "DI", "Sgt")


def add_officials(factory: Factory) -> None:
    """Add the police forces of every UK town in the world, their children's services,
    the national agencies and their staff, and interpreters for each language in play."""
    world = factory.world
    towns = sorted({loc.name for loc in world.locations.values()
                    if loc.name in TOWNS_BY_NAME} | {loc.town for loc in world.locations.values()
                                                     if loc.town in TOWNS_BY_NAME})
    forces: dict[str, str] = {}
    for town in towns:  # the council is the city's, or the London borough's
        parent = TOWNS_BY_NAME[town].parent
        forces.setdefault(TOWNS_BY_NAME[town].force,
                          town if parent in (None, "London") else parent)
    for loc in list(world.locations.values()):
        force = BORDER_FORCES.get(loc.name)
        if force and force not in forces:  # the council is the county's ("Kent")
            area = force.removesuffix(" Police").removesuffix(" Constabulary")
            forces[force] = "Hillingdon" if area == "Metropolitan" else area
    for force, main_town in sorted(forces.items()):
        police = _agency(factory, force, "police", FORCE_SHORT.get(force))
        world.forces[force] = police
        _staff(factory, police, _POLICE_TITLES, factory.rng.randint(3, 5), "police officer")
        council = _agency(factory, f"{main_town} Children's Services", "council", None)
        world.councils[force] = council
        _staff(factory, council, ("Ms", "Mr"), 2, "social worker")
    for name, kind, short, titles, count in _NATIONAL:
        agency = _agency(factory, name, kind, short)
        _staff(factory, agency, titles, count, "official")
    for nationality in sorted({g.nationality for g in world.groups} - {"British"}):
        people = []
        for _ in range(2):
            gender = factory.rng.choice(("male", "female"))
            person = factory.person(factory.next_id("OFF", 3), nationality, gender, (28, 60),
                                    ["official", "interpreter"], [], POOLS[nationality])
            person.title = "Mr" if gender == "male" else factory.rng.choice(("Mrs", "Ms"))
            people.append(person.id)
        world.interpreters[nationality] = people


def _agency(factory: Factory, name: str, kind: str, short: str | None) -> str:
    agency_id = f"AG-{slug(name)}"
    factory.world.orgs[agency_id] = Organisation(agency_id, name, kind,
                                                 [short] if short and short != name else [],
                                                 short)
    factory.world.officials[agency_id] = []
    return agency_id


def _staff(factory: Factory, agency_id: str, titles: tuple[str, ...], count: int,
           role: str) -> None:
    """Add `count` named officials to an agency, each with a title and a work e-mail."""
    rng = factory.rng
    for _ in range(count):
        gender = rng.choice(("male", "female"))
        person = factory.person(factory.next_id("OFF", 3), "British", gender, (24, 58),
                                ["official", role], [], _OFFICIAL_POOL)
        title = rng.choice(titles)
        if title in ("Ms", "Mr"):
            title = "Mr" if gender == "male" else "Ms"
        person.title = title
        person.agency = agency_id
        factory.give_email(person)
        factory.world.officials[agency_id].append(person.id)
