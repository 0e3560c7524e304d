"""The synthetic world as plain records: people, groups, victims, places, identifiers, links.

Every record has a stable truth id. `World` holds them all and answers look-ups; it is built
once by `ocgmap.synth.world.build_world` and then only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Ages in the truth are as of this day; reports state the age on the report's own date.
REFERENCE_DATE = date(2024, 7, 1)

AttrValue = str | int | float | bool | list[str]


def age_on(dob: date, day: date) -> int:
    """Answer the age in whole years of someone born on `dob`, on `day`."""
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass
class Person:
    """An offender, broker, victim or official (roles say which)."""

    id: str
    given: str
    surname: str
    surname_first: bool
    gender: str  # male | female
    dob: date
    nationality: str
    roles: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    nicknames: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    vehicles: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    home: str | None = None  # Location id of an address
    town: str | None = None  # Location id of the town or city the person is based in
    title: str | None = None  # officials: "DC", "PC", "Ms", ...
    agency: str | None = None  # officials: Organisation id of their agency
    disability: bool = False

    @property
    def name(self) -> str:
        """Answer the canonical name, in the order the person's culture writes it."""
        if self.surname_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    @property
    def age(self) -> int:
        """Answer the age on the reference date."""
        return age_on(self.dob, REFERENCE_DATE)

    @property
    def is_victim(self) -> bool:
        """Answer whether this person is a victim."""
        return "victim" in self.roles


@dataclass
class Location:
    """A country, city, town, port, border point, road, station or street address."""

    id: str
    name: str  # canonical: "Flat 2, 61 Sarnesfield Road, Barking" for an address
    kind: str
    country: str
    town: str | None = None  # addresses: the town; towns: the parent city
    line: str | None = None  # addresses: "61 Sarnesfield Road"
    unit: str | None = None  # addresses: "Flat 2"
    use: str | None = None  # addresses: "home", "short-let flat", "cannabis grow", ...


@dataclass
class Phone:
    """A number from the Ofcom drama ranges."""

    id: str
    e164: str
    national: str  # "07700 900123", "0113 496 0158", "020 7946 0812"
    kind: str  # mobile | landline


@dataclass
class Vehicle:
    """A vehicle with a UK registration."""

    id: str
    registration: str  # as on the plate: "AB12 CDE"
    make: str
    model: str
    colour: str
    kind: str  # van | car | people carrier | minibus

    @property
    def description(self) -> str:
        """Answer "white Ford Transit"."""
        return f"{self.colour} {self.make} {self.model}"


@dataclass
class Email:
    """An e-mail address (example.com / example.org / example.net only)."""

    id: str
    address: str


@dataclass
class Business:
    """A company or premises: nail bar, car wash, farm, hotel, takeaway, agency, ..."""

    id: str
    name: str
    sector: str
    address: str  # Location id
    town: str
    groups: list[str] = field(default_factory=list)
    phone: str | None = None
    owner: str | None = None  # Person id
    manager: str | None = None  # Person id


@dataclass
class Organisation:
    """An organised crime group (kind "ocg") or an agency (police, council, NGO, ...)."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    short: str | None = None


@dataclass
class Stop:
    """One stop of a corridor and how it was reached."""

    location: str  # Location id
    role: str  # origin | transit | entry | destination
    mode: str | None  # mode of the leg that arrives here (None for the origin)


@dataclass
class Corridor:
    """A route a group moves victims along: origin → transit points → UK entry → destination."""

    id: str
    group: str
    stops: list[Stop]

    @property
    def transit(self) -> list[str]:
        """Answer the ids of the transit points, in order."""
        return [s.location for s in self.stops if s.role == "transit"]


@dataclass
class VictimGroup:
    """Victims described together ("three Albanian women aged 17 to 19"): moved together
    along a corridor (basis "travel") or found together at one place (basis "site")."""

    id: str
    group: str
    basis: str  # travel | site
    members: list[str]
    nationality: str  # "mixed" when they differ
    gender: str  # male | female | mixed
    child: bool
    corridor: str | None = None
    transporter: str | None = None
    place: str | None = None  # Location id (site groups)
    business: str | None = None  # Business id (site groups at a business)
    controller: str | None = None


@dataclass
class Case:
    """What happened to one victim: who recruited, moved, housed and exploited them."""

    victim: str
    group: str
    recruiter: str
    method: str
    corridor: str
    transporter: str
    controller: str
    place: str  # Location id where they were housed
    purpose: str
    work: str
    means: list[str]
    debt: int
    currency: str
    business: str | None = None
    cohort: str | None = None


@dataclass
class Group:
    """An organised crime group and everything it runs."""

    id: str  # also the id of the group's Organisation entity
    name: str
    operation: str  # police operation name used in reports about it
    nationality: str
    typology: str
    base: str  # Location id of the base town
    leader: str
    members: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)
    businesses: list[str] = field(default_factory=list)
    premises: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    cohorts: list[str] = field(default_factory=list)
    corridors: list[str] = field(default_factory=list)
    brokers: list[str] = field(default_factory=list)
    recruiters_shared: list[str] = field(default_factory=list)

    def with_role(self, role: str) -> list[str]:
        """Answer the members holding `role`, in member order."""
        return [m for m in self.members if role in self.roles.get(m, [])]


@dataclass
class Relation:
    """A true link between two entities (design §3 relationship types)."""

    id: str
    type: str
    source: str
    target: str
    attributes: dict[str, AttrValue] = field(default_factory=dict)


@dataclass
class Broker:
    """A specialist serving several groups: document forger, money launderer or recruiter."""

    person: str
    kind: str  # forger | launderer | recruiter
    groups: list[str]
    business: str | None = None


@dataclass
class World:
    """Everything that is true, with look-ups for rendering and truth writing."""

    seed: int
    people: dict[str, Person] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)
    phones: dict[str, Phone] = field(default_factory=dict)
    vehicles: dict[str, Vehicle] = field(default_factory=dict)
    emails: dict[str, Email] = field(default_factory=dict)
    businesses: dict[str, Business] = field(default_factory=dict)
    corridors: dict[str, Corridor] = field(default_factory=dict)
    cohorts: dict[str, VictimGroup] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    brokers: list[Broker] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    namesakes: list[list[str]] = field(default_factory=list)  # planted: same name, not same
    officials: dict[str, list[str]] = field(default_factory=dict)  # agency id → people
    forces: dict[str, str] = field(default_factory=dict)  # police force name → agency id
    councils: dict[str, str] = field(default_factory=dict)  # police force name → council id
    interpreters: dict[str, list[str]] = field(default_factory=dict)  # nationality → people
    _rel_index: dict[tuple[str, str, str, str], str] = field(default_factory=dict, repr=False)
    _phone_users: dict[str, list[str]] | None = field(default=None, repr=False)

    def add_relation(self, rel_type: str, source: str, target: str, key: str = "",
                     **attributes: AttrValue) -> str:
        """Record a true link (once per type, source, target and key) and answer its id.

        `key` tells apart links that may repeat between the same ends (route legs).
        """
        index_key = (rel_type, source, target, key)
        found = self._rel_index.get(index_key)
        if found is not None:
            return found
        rel_id = f"R{len(self.relations) + 1:06d}"
        self.relations.append(Relation(rel_id, rel_type, source, target, dict(attributes)))
        self._rel_index[index_key] = rel_id
        return rel_id

    def relation(self, rel_type: str, source: str, target: str, key: str = "") -> str:
        """Answer the id of a true link; KeyError if the world holds no such link.

        Rendering states facts only through this, so a report cannot claim a false link.
        """
        return self._rel_index[(rel_type, source, target, key)]

    def has_relation(self, rel_type: str, source: str, target: str, key: str = "") -> bool:
        """Answer whether the world holds this link."""
        return (rel_type, source, target, key) in self._rel_index

    def group(self, group_id: str) -> Group:
        """Answer the group with this id."""
        return self.groups[int(group_id[1:]) - 1]

    def seal(self) -> None:
        """Mark the world finished: from now on it is only read, so look-ups are cached."""
        self._phone_users = None
        self._phone_users = self.phone_users()

    def phone_users(self) -> dict[str, list[str]]:
        """Answer, for each phone, the people who use it."""
        if self._phone_users is not None:
            return self._phone_users
        users: dict[str, list[str]] = {}
        for person in self.people.values():
            for phone in person.phones:
                users.setdefault(phone, []).append(person.id)
        return users

    def residents(self) -> dict[str, list[str]]:
        """Answer, for each home address, the people who live there."""
        homes: dict[str, list[str]] = {}
        for person in self.people.values():
            if person.home is not None:
                homes.setdefault(person.home, []).append(person.id)
        return homes
