"""Makes the world's entities with unique names and identifiers, from one seeded generator."""

from __future__ import annotations

import itertools
import random
import re
from datetime import timedelta

from ocgmap.errors import ConfigError
from ocgmap.synth.businesses import SECTORS, business_name
from ocgmap.synth.idents import (
    COLOURS,
    VEHICLE_MODELS,
    PhonePool,
    email_address,
    registration,
)
from ocgmap.synth.model import (
    REFERENCE_DATE,
    Business,
    Email,
    Location,
    Person,
    Phone,
    Vehicle,
    World,
)
from ocgmap.synth.names import NICKNAMES, POOLS, NamePool, ascii_fold, surname_for
from ocgmap.synth.places import (
    BUILDING_SUFFIXES,
    PLACES,
    STREET_STEMS,
    STREET_SUFFIXES,
    TOWNS_BY_NAME,
)

_SLUG = re.compile(r"[^a-z0-9]+")

#: Flats and rooms get a unit ("Flat 4, 88 Marrowfield Road"); houses do not.
_UNIT_USES = {"short-let flat", "brothel flat", "cuckooed flat", "home flat"}


def slug(text: str) -> str:
    """Answer a lower-case ASCII slug for ids: "Constanța" → "constanta"."""
    return _SLUG.sub("-", ascii_fold(text).lower()).strip("-")


class Factory:
    """The world under construction plus the allocators that keep names and numbers unique."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.phone_pool = PhonePool(rng)
        self._names: set[str] = set()
        self._nicknames: set[str] = set()
        self._registrations: set[str] = set()
        self._emails: set[str] = set()
        self._business_names: set[str] = set()
        self._streets: set[tuple[str, str]] = set()
        self._street_nicknames = list(NICKNAMES)
        rng.shuffle(self._street_nicknames)
        self._counters: dict[str, int] = {}

    def next_id(self, prefix: str, width: int = 4) -> str:
        """Answer the next id with this prefix: ADDR-0001, ADDR-0002, ..."""
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        return f"{prefix}{n:0{width}d}"

    # -- people -------------------------------------------------------------------------

    def name_for(self, pool: NamePool, gender: str) -> tuple[str, str]:
        """Answer an unused (given, surname) of `pool` for `gender`."""
        for _ in range(200):
            given = self.rng.choice(pool.male if gender == "male" else pool.female)
            if pool.male_middle:
                middle = pool.male_middle if gender == "male" else pool.female_middle
                given = f"{self.rng.choice(middle)} {given}"
            surname = surname_for(pool, self.rng.choice(pool.surnames), gender)
            if self.claim_name(given, surname):
                return given, surname
        # a crowded pool: take the first free name in a shuffled order of all of them
        givens = list(pool.male if gender == "male" else pool.female)
        surnames = list(pool.surnames)
        self.rng.shuffle(givens)
        self.rng.shuffle(surnames)
        for given in givens:
            for base in surnames:
                surname = surname_for(pool, base, gender)
                if self.claim_name(given, surname):
                    return given, surname
        if not pool.male_middle:  # then with a middle name, as "James Michael Smith"
            for given, second in itertools.product(givens, givens):
                if given == second:
                    continue
                for base in surnames:
                    surname = surname_for(pool, base, gender)
                    if self.claim_name(f"{given} {second}", surname):
                        return f"{given} {second}", surname
        raise ConfigError(f"the {pool.nationality} names are used up at this many groups; "
                          "use fewer --groups")

    def name_taken(self, given: str, surname: str) -> bool:
        """Answer whether someone already has this name."""
        return f"{given} {surname}".casefold() in self._names

    def claim_name(self, given: str, surname: str) -> bool:
        """Reserve a name; answer False if someone already has it."""
        key = f"{given} {surname}".casefold()
        if key in self._names:
            return False
        self._names.add(key)
        return True

    def person(self, pid: str, nationality: str, gender: str, ages: tuple[int, int],
               roles: list[str], groups: list[str], pool: NamePool | None = None) -> Person:
        """Make and register a person with a fresh name from `pool` (default: nationality's)."""
        pool = pool or POOLS[nationality]
        given, surname = self.name_for(pool, gender)
        age = self.rng.randint(*ages)
        dob = REFERENCE_DATE - timedelta(days=365 * age + self.rng.randrange(365) + age // 4)
        person = Person(pid, given, surname, pool.surname_first, gender, dob, nationality,
                        roles=list(roles), groups=list(groups))
        self.world.people[pid] = person
        return person

    def given_for(self, pool: NamePool, gender: str, surname: str) -> str:
        """Answer a given name that is unused with `surname` (for relatives)."""
        for _ in range(200):
            given = self.rng.choice(pool.male if gender == "male" else pool.female)
            if pool.male_middle:
                middle = pool.male_middle if gender == "male" else pool.female_middle
                given = f"{self.rng.choice(middle)} {given}"
            if self.claim_name(given, surname):
                return given
        for given in pool.male if gender == "male" else pool.female:
            if self.claim_name(given, surname):
                return given
        raise ConfigError(f"no unused given name for {surname}; use fewer --groups")

    def rename(self, person: Person, surname: str, given: str | None = None) -> None:
        """Give `person` another surname (a relative's, or a planted namesake's) and, unless
        `given` is passed, a fresh given name that is unused with it."""
        self._names.discard(f"{person.given} {person.surname}".casefold())
        pool = POOLS[person.nationality]
        person.surname = surname_for(pool, surname, person.gender)
        if given is None:
            person.given = self.given_for(pool, person.gender, person.surname)
        else:
            person.given = given
            self._names.add(f"{given} {person.surname}".casefold())

    def nickname(self, person: Person, honorific_share: float = 0.4) -> None:
        """Give `person` a nickname not used by anyone else (if any is left)."""
        pool = POOLS[person.nationality]
        candidates: list[str] = []
        if pool.honorifics and self.rng.random() < honorific_share:
            pattern = self.rng.choice(pool.honorifics)
            candidates.append(pattern.format(given=person.given, last=person.given.split()[-1],
                                             initial=person.given[0],
                                             surname=person.surname))
        while self._street_nicknames and len(candidates) < 3:
            candidates.append(self._street_nicknames.pop())
        for nick in candidates:
            if nick.casefold() not in self._nicknames:
                self._nicknames.add(nick.casefold())
                person.nicknames.append(nick)
                return

    # -- places -------------------------------------------------------------------------

    def place(self, name: str) -> str:
        """Answer the Location id of a gazetteer place or UK town, creating it on first use."""
        loc_id = f"LOC-{slug(name)}"
        if loc_id in self.world.locations:
            return loc_id
        town = TOWNS_BY_NAME.get(name)
        if town is not None:
            self.world.locations[loc_id] = Location(loc_id, name, town.kind, "United Kingdom",
                                                    town=town.parent)
            if town.parent:
                self.world.add_relation("LOCATED_AT", loc_id, self.place(town.parent))
            return loc_id
        if name == "London":
            self.world.locations[loc_id] = Location(loc_id, name, "city", "United Kingdom")
            return loc_id
        known = PLACES[name]
        self.world.locations[loc_id] = Location(loc_id, name, known.kind, known.country)
        if known.kind != "country":
            self.world.add_relation("LOCATED_AT", loc_id, self.place(known.country))
        return loc_id

    def address(self, town: str, use: str) -> str:
        """Make a fictional street address in a real UK `town` and answer its Location id."""
        rng = self.rng
        while True:
            stem = rng.choice(STREET_STEMS)
            building = use in _UNIT_USES and rng.random() < 0.35
            suffix = rng.choice(BUILDING_SUFFIXES if building else STREET_SUFFIXES)
            street = f"{stem} {suffix}"
            if (street, town) not in self._streets:
                self._streets.add((street, town))
                break
        line = street if building else f"{rng.randint(1, 180)} {street}"
        unit = f"Flat {rng.randint(1, 24)}" if use in _UNIT_USES else None
        name = f"{unit}, {line}, {town}" if unit else f"{line}, {town}"
        loc_id = self.next_id("ADDR-")
        self.world.locations[loc_id] = Location(loc_id, name, "address", "United Kingdom",
                                                town=town, line=line, unit=unit, use=use)
        self.world.add_relation("LOCATED_AT", loc_id, self.place(town))
        return loc_id

    # -- identifiers --------------------------------------------------------------------

    def phone(self, area: str | None = None) -> str | None:
        """Answer the id of a new drama-range phone (landline in `area`), or None if used up."""
        taken = self.phone_pool.take(area)
        if taken is None:
            return None
        e164, national, kind = taken
        phone_id = f"PH-{e164[1:]}"
        self.world.phones[phone_id] = Phone(phone_id, e164, national, kind)
        return phone_id

    def give_phone(self, person: Person) -> str | None:
        """Give `person` a new mobile; answer its id (None when the ranges are used up)."""
        phone_id = self.phone()
        if phone_id is not None:
            person.phones.append(phone_id)
            self.world.add_relation("USES", person.id, phone_id)
        return phone_id

    def give_vehicle(self, person: Person, kind: str) -> str:
        """Register a new vehicle of `kind` to `person` (keeper and driver); answer its id."""
        make, model = self.rng.choice(VEHICLE_MODELS[kind])
        reg = registration(self.rng, self._registrations)
        vehicle_id = f"VEH-{reg.replace(' ', '')}"
        self.world.vehicles[vehicle_id] = Vehicle(vehicle_id, reg, make, model,
                                                  self.rng.choice(COLOURS), kind)
        person.vehicles.append(vehicle_id)
        self.world.add_relation("OWNS", person.id, vehicle_id)
        self.world.add_relation("USES", person.id, vehicle_id)
        return vehicle_id

    def give_email(self, person: Person) -> str:
        """Give `person` a new e-mail address; answer its id."""
        address = email_address(self.rng, person.given, person.surname, self._emails)
        email_id = self.next_id("EM-")
        self.world.emails[email_id] = Email(email_id, address)
        person.emails.append(email_id)
        self.world.add_relation("USES", person.id, email_id)
        return email_id

    def business(self, id_prefix: str, group_ids: list[str], sector_key: str, town: str,
                 area: str | None) -> Business:
        """Make a business of `sector_key` at a new address in `town`, perhaps with a phone."""
        sector = SECTORS[sector_key]
        name = business_name(self.rng, sector, town, self._business_names)
        address = self.address(town, "business premises")
        business_id = self.next_id(id_prefix, 2)
        business = Business(business_id, name, sector_key, address, town, list(group_ids))
        self.world.businesses[business_id] = business
        self.world.add_relation("LOCATED_AT", business_id, address)
        if area is not None or self.rng.random() < 0.5:
            business.phone = self.phone(area)
            if business.phone is not None:
                self.world.add_relation("USES", business_id, business.phone)
        return business
