"""Bodies of short intelligence reports, each about one incident and a few facts: a vehicle
stop, a border interception, a premises visit, a warrant, phone attribution, a sighting,
financial intelligence, a document factory, a recruiter abroad, a child found.

Each function writes into the scene and answers False when the group has nothing to write
about (e.g. no vehicles); the caller then tries another. Every stated link goes through
`Scene.fact`.
"""

from __future__ import annotations

from collections.abc import Callable

from ocgmap.synth import facts
from ocgmap.synth.factory import slug
from ocgmap.synth.model import Group
from ocgmap.synth.phrases import CARGO, OUTCOMES_SAFEGUARD, verb
from ocgmap.synth.places import BORDER_FORCES, ROADS, TOWNS_BY_NAME
from ocgmap.synth.scene import Scene
from ocgmap.synth.textdoc import Piece, Slot
from ocgmap.synth.typology import TYPOLOGIES

Scenario = Callable[[Scene, Group], bool]


def locate(s: Scene, loc_id: str) -> None:
    """Set where the report's events happen, and so which force writes it."""
    world = s.world
    loc = world.locations[loc_id]
    town_name = loc.town if loc.kind == "address" and loc.town else loc.name
    town = TOWNS_BY_NAME.get(town_name)
    force = town.force if town else BORDER_FORCES.get(town_name)
    s.town = world.locations.get(f"LOC-{slug(town_name)}", loc).id
    if force and force in world.forces:
        s.force = world.forces[force]


def _time(s: Scene) -> str:
    return f"{s.rng.randrange(24):02d}{s.rng.randrange(0, 60, 5):02d} hrs"


def _home_town(s: Scene, pid: str, group: Group) -> str:
    person = s.world.people[pid]
    if person.home:
        return person.home
    return group.base


def _official(s: Scene, agency: str | None = None) -> str | None:
    staff = s.world.officials.get(agency or s.force or "", [])
    return s.rng.choice(staff) if staff else None


def vehicle_stop(s: Scene, g: Group) -> bool:
    """A vehicle stop or ANPR hit: driver, keeper, phone and sometimes passengers."""
    world, rng = s.world, s.rng
    drivers = [m for m in g.members if world.people[m].vehicles]
    if not drivers:
        return False
    driver = rng.choice(drivers)
    person = world.people[driver]
    vehicle = rng.choice(person.vehicles)
    locate(s, _home_town(s, driver, g))
    s.subject = driver
    s.begin()
    town = s.place(s.town or g.base)
    road = s.place(f"LOC-{slug(rng.choice(ROADS))}")
    s.sentence(rng.choice((
        "{time}, {town}. ANPR activation on {vehicle}.",
        "{time}. {vehicle} stopped by roads policing on the {road}.",
        "Vehicle check at {time} on the {road}: {vehicle}.",
        "{vehicle} seen in {town} at {time} and stopped by a local unit.")),
        time=_time(s), town=town, road=road, vehicle=s.vehicle(vehicle))
    roll = rng.random()
    if roll < 0.45:
        s.sentence("Driver and registered keeper: {p}.", p=s.person(driver))
        s.fact("OWNS", driver, vehicle)
        s.fact("USES", driver, vehicle)
    elif roll < 0.75:
        s.sentence("{verb} {p}.", verb=s.pick("Driven by", "The driver was", "Driver:"),
                   p=s.person(driver))
        s.fact("USES", driver, vehicle)
    else:
        s.sentence("Registered keeper {p}, of {home}.", p=s.person(driver),
                   home=s.address(_home_town(s, driver, g)))
        s.fact("OWNS", driver, vehicle)
        if person.home:
            s.fact("LIVES_AT", driver, person.home)
    if person.phones and rng.random() < 0.5:
        phone = rng.choice(person.phones)
        s.sentence("{p} gave a mobile number of {phone}.", p=s.person(driver),
                   phone=s.phone(phone))
        s.fact("USES", driver, phone)
    _passengers(s, g, driver)
    s.noise()
    s.end()
    return True


def _passengers(s: Scene, g: Group, driver: str) -> None:
    """Sometimes the vehicle carries victims the driver is moving."""
    world, rng = s.world, s.rng
    cohorts = [c for c in g.cohorts if world.cohorts[c].transporter == driver]
    cases = [v for v in g.victims if world.cases[v].transporter == driver]
    if cohorts and rng.random() < 0.5:
        cohort = rng.choice(cohorts)
        s.sentence("Passengers: {who}, who said they had been {pp} from {start} by the driver.",
                   who=s.cohort(cohort), pp=rng.choice(("collected", "picked up", "brought")),
                   start=s.place(world.corridors[world.cohorts[cohort].corridor or ""]
                                 .stops[-2].location))
        s.fact("TRANSPORTED", driver, cohort)
        s.sentence(rng.choice(OUTCOMES_SAFEGUARD))
    elif cases and rng.random() < 0.4:
        victim = rng.choice(cases)
        s.sentence("Passenger: {who}, who says the driver has {pp} them before.",
                   who=s.victim(victim), pp=rng.choice(("moved", "driven", "taken")))
        s.fact("TRANSPORTED", driver, victim)
    else:
        s.sentence(s.pick("No offences disclosed; details recorded.",
                          "Driver given words of advice and allowed to continue.",
                          "Nothing found on a search of the vehicle."))


def border_intercept(s: Scene, g: Group) -> bool:
    """Victims found arriving at a UK border point, with their route and a contact."""
    world, rng = s.world, s.rng
    cohorts = [c for c in g.cohorts if world.cohorts[c].basis == "travel"
               and any(st.role == "entry" for st in world.corridors[world.cohorts[c].corridor
                                                                    or ""].stops)]
    if not cohorts:
        return False
    cohort_id = rng.choice(cohorts)
    cohort = world.cohorts[cohort_id]
    corridor = world.corridors[cohort.corridor or ""]
    entry_i = next(i for i, st in enumerate(corridor.stops) if st.role == "entry")
    entry, before = corridor.stops[entry_i], corridor.stops[entry_i - 1]
    locate(s, entry.location)
    s.force = next((a for a, o in world.orgs.items() if o.name == "Border Force"), s.force)
    s.begin()
    slots: dict[str, Slot] = {"time": _time(s), "entry": s.place(entry.location),
                                "who": s.cohort(cohort_id), "prev": s.place(before.location)}
    if entry.mode == "lorry":
        template = ("{time} {entry}, inbound freight lane. A Border Force search of a lorry "
                    "arriving from {prev} found {who} concealed behind " + rng.choice(CARGO) + ".")
    elif entry.mode == "flight":
        template = ("Border Force officers at {entry} stopped {who} arriving on a flight from "
                    "{prev}, travelling on " + s.pick("false", "borrowed", "counterfeit")
                    + " documents.")
    elif entry.mode == "small boat":
        template = ("{who} were among the passengers of a small boat intercepted in the "
                    "Channel and brought into {entry} at {time}. They had set off near {prev}.")
    else:
        template = ("{time} {entry}. Border Force officers examined a " + (entry.mode or "coach")
                    + " arriving from {prev} and spoke to {who}.")
    s.sentence(template, **slots)
    _route(s, corridor.id, upto=entry_i)
    _contact_note(s, g)
    transporter = cohort.transporter
    if transporter and rng.random() < 0.6:
        s.sentence(s.pick("They were due to be collected by {t}, who {past} them on to {end}.",
                          "They say {t} {past} them on to {end}."),
                   t=s.person(transporter), past=s.pick("took", "drove", "moved"),
                   end=s.place(corridor.stops[-1].location))
        s.fact("TRANSPORTED", transporter, cohort_id)
    s.sentence(rng.choice(OUTCOMES_SAFEGUARD))
    s.end()
    return True


def _route(s: Scene, corridor_id: str, upto: int | None = None) -> None:
    """State the route victims describe: origin, then transit points in order."""
    corridor = s.world.corridors[corridor_id]
    stops = corridor.stops[: (upto if upto is not None else len(corridor.stops))]
    if len(stops) < 2:
        return
    pieces: list[Piece] = []
    for n, stop in enumerate(stops[1:], start=1):
        if n > 1:
            pieces.append(" and " if n == len(stops) - 1 else ", ")
        pieces.append(s.place(stop.location))
    s.sentence("{they} {state} they travelled from {origin} via {stops}.",
               they=s.pick("They", "The group", "All of them"), state=s.pick("state", "say"),
               origin=s.place(stops[0].location), stops=pieces)
    s.corridors.append(corridor_id)


def _contact_note(s: Scene, g: Group) -> None:
    """A note with a nickname and number of a group member found on a victim."""
    world = s.world
    holders = [m for m in g.members if world.people[m].phones and world.people[m].nicknames]
    if not holders or s.rng.random() < 0.4:
        return
    holder = s.rng.choice(holders)
    phone = world.people[holder].phones[0]
    s.sentence("One had a note in a shoe: \"{nick} {phone} - call when in England\".",
               nick=s.nickname(holder)[1], phone=s.phone(phone))
    s.fact("USES", holder, phone)


def premises_visit(s: Scene, g: Group) -> bool:
    """A visit to a business the group runs: workers, manager, owner."""
    world, rng = s.world, s.rng
    if not g.businesses:
        return False
    business_id = rng.choice(g.businesses)
    business = world.businesses[business_id]
    locate(s, business.address)
    s.title = [s.business(business_id), " - visit"]
    s.begin()
    s.sentence("{kind} to {b}, {addr}.", kind=s.pick("Multi-agency visit", "Licensing visit",
                                                        "Unannounced visit", "Inspection visit"),
               b=s.business(business_id), addr=s.address(business.address, short=False))
    s.fact("LOCATED_AT", business_id, business.address)
    if business.phone and rng.random() < 0.6:
        s.sentence("The business phone is {phone}.", phone=s.phone(business.phone))
        s.fact("USES", business_id, business.phone)
    lead = _official(s)
    if lead:
        s.sentence("Visit led by {o}.", o=s.official(lead))
    s.end()
    s.begin()
    cohorts = [c for c in g.cohorts if world.cohorts[c].business == business_id]
    workers = [v for v in g.victims if world.cases[v].business == business_id]
    if cohorts:
        cohort = rng.choice(cohorts)
        s.sentence("{who} {were} working there at the time.", who=s.cohort(cohort),
                   were="were")
        s.fact("EMPLOYED_BY", cohort, business_id)
        place = world.cohorts[cohort].place
        if place and rng.random() < 0.6:
            s.sentence("All live at {place} and are driven to work.", place=s.address(place))
            s.fact("LIVES_AT", cohort, place)
        s.sentence(s.pick("None could produce identity documents.",
                          "Several said they \"do not get wages yet\".",
                          "They said they must first repay \"travel and training\"."))
    elif workers:
        victim = rng.choice(workers)
        s.sentence("{who} was found working there.", who=s.victim(victim))
        s.fact("EMPLOYED_BY", victim, business_id)
    s.end()
    s.begin()
    if business.manager:
        manager = world.people[business.manager]
        pieces = ["Manager on the day: ", *s.person(manager.id, intro=True)]
        s.sentence("{m}.", m=pieces)
        s.fact("EMPLOYED_BY", manager.id, business_id)
        if manager.phones:
            s.sentence("Mobile {phone}.", phone=s.phone(manager.phones[0]))
            s.fact("USES", manager.id, manager.phones[0])
    if business.owner and rng.random() < 0.7:
        owner = world.people[business.owner]
        if owner.home:
            s.sentence("Registered owner of the business: {o}, {home}.",
                       o=s.person(owner.id), home=s.address(owner.home))
            s.fact("LIVES_AT", owner.id, owner.home)
        else:
            s.sentence("Registered owner of the business: {o}.", o=s.person(owner.id))
        s.fact("OWNS", owner.id, business_id)
    s.noise()
    s.end()
    return True


def warrant(s: Scene, g: Group) -> bool:
    """A warrant at an address where victims are kept: who was found, who runs it."""
    world, rng = s.world, s.rng
    places = sorted({world.cases[v].place for v in g.victims})
    if not places:
        return False
    place = rng.choice(places)
    locate(s, place)
    typology = TYPOLOGIES[g.typology]
    here = [v for v in g.victims if world.cases[v].place == place]
    cohorts = [c for c in g.cohorts if world.cohorts[c].place == place]
    s.begin()
    s.sentence("{act} at {addr} ({use}).", act=s.pick("Warrant executed", "Search warrant",
                                                      "Officers forced entry"),
               addr=s.address(place), use=world.locations[place].use or "house")
    if typology.key == "cannabis":
        s.sentence("A cannabis grow of about {n} plants was found over three rooms.",
                   n=str(rng.randrange(80, 600, 10)))
    who = cohorts[0] if cohorts and rng.random() < 0.6 else rng.choice(here)
    s.sentence("{who} {were} found inside.", who=s.who(who),
               were="were" if who in world.cohorts else "was")
    controller = (world.cohorts[who].controller if who in world.cohorts
                  else world.cases[who].controller)
    if controller:
        s.sentence("{c} was arrested at the address.", c=s.person(controller))
        facts.harboured(s, controller, who, place)
        person = world.people[controller]
        if person.phones and rng.random() < 0.5:
            s.sentence("A phone ({phone}) was seized from {c}.", phone=s.phone(person.phones[0]),
                       c=s.person(controller))
            s.fact("USES", controller, person.phones[0])
    s.sentence(rng.choice(OUTCOMES_SAFEGUARD))
    s.end()
    return True


def phone_intel(s: Scene, g: Group) -> bool:
    """Subscriber checks and a handset download: who uses which number, saved contacts."""
    world, rng = s.world, s.rng
    holders = [m for m in g.members if world.people[m].phones]
    if not holders:
        return False
    users = world.phone_users()
    shared = [m for m in holders if any(len(users[p]) > 1 for p in world.people[m].phones)]
    holder = rng.choice(shared) if shared and rng.random() < 0.5 else rng.choice(holders)
    person = world.people[holder]
    phone = rng.choice(person.phones)
    locate(s, _home_town(s, holder, g))
    s.subject = holder
    s.begin()
    s.sentence("{what} on {phone} {show} it is used by {p}.",
               what=s.pick("Subscriber checks", "Call data and cell-site analysis",
                           "Enquiries with the network"),
               phone=s.phone(phone), show=s.pick("show", "indicate", "confirm"),
               p=s.person(holder))
    s.fact("USES", holder, phone)
    for other in users[phone]:
        if other != holder:
            s.sentence("The same number is also used by {o}; it appears to be a shared "
                       "\"work phone\".", o=s.person(other))
            s.fact("USES", other, phone)
    s.end()
    contacts = [m for m in g.members + g.brokers
                if m != holder and world.people[m].phones and world.people[m].nicknames]
    if contacts and rng.random() < 0.7:
        s.add(rng.choice(("Saved contacts on the handset include:\n",
                          "The download shows these contacts among others:\n")))
        for other in rng.sample(contacts, min(len(contacts), rng.randint(1, 3))):
            number = world.people[other].phones[0]
            s.doc.put(["    ", *s.nickname(other), "    ", s.phone(number), "\n"])
            s.fact("USES", other, number)
        s.add("\n")
    return True


def sighting(s: Scene, g: Group) -> bool:
    """Two members seen together; where they live, what they drive, that they are linked."""
    world, rng = s.world, s.rng
    local = [m for m in g.members if world.people[m].home]
    if len(local) < 2:
        return False
    a, b = rng.sample(local, 2)
    pa, pb = world.people[a], world.people[b]
    locate(s, pa.home or g.base)
    s.begin()
    s.sentence("{time}: {a} seen leaving {home} with {b}.", time=_time(s), a=s.person(a),
               home=s.address(pa.home or ""), b=s.person(b))
    if pa.vehicles and rng.random() < 0.6:
        s.sentence("They left in {vehicle}, driven by {a}.", vehicle=s.vehicle(pa.vehicles[0]),
                   a=s.person(a))
        s.fact("USES", a, pa.vehicles[0])
    s.sentence("{a} is believed to live at the address.", a=s.person(a))
    s.fact("LIVES_AT", a, pa.home or "")
    if pb.home and rng.random() < 0.5:
        s.sentence("{b} lives at {home}.", b=s.person(b), home=s.address(pb.home))
        s.fact("LIVES_AT", b, pb.home)
    if rng.random() < 0.6:
        s.sentence("Both are assessed to be members of the {org}.", org=s.org(g.id))
        s.fact("MEMBER_OF", a, g.id)
        s.fact("MEMBER_OF", b, g.id)
    s.noise()
    s.end()
    return True


def money_intel(s: Scene, g: Group) -> bool:
    """Financial intelligence: a money handler pays a launderer who serves several groups."""
    world, rng = s.world, s.rng
    launderers = [b for b in world.brokers if b.kind == "launderer" and g.id in b.groups]
    if not launderers:
        return False
    broker = rng.choice(launderers)
    payer = g.with_role("money_handler")[0]
    business = world.businesses[broker.business or ""]
    locate(s, business.address)
    s.begin()
    s.sentence("Financial intelligence: {p} {paid} about {amount} in cash to {x}, the owner "
               "of {b}, {addr}.", p=s.person(payer), paid=verb(rng, "pay")[0],
               amount=facts.money(rng.randrange(5, 60) * 1000, "GBP"),
               x=s.person(broker.person), b=s.business(business.id),
               addr=s.address(business.address))
    s.fact("PAID", payer, broker.person)
    s.fact("OWNS", broker.person, business.id)
    s.fact("LOCATED_AT", business.id, business.address)
    _serves(s, broker.person, broker.groups, g, "launder money for")
    s.noise()
    s.end()
    return True


def _serves(s: Scene, broker: str, groups: list[str], first: Group, what: str) -> None:
    """State that a broker works for this group and, often, another."""
    others = [x for x in groups if x != first.id]
    named = [first.id, *others[:1]] if others and s.rng.random() < 0.7 else [first.id]
    orgs: list[Piece] = []
    for n, org in enumerate(named):
        orgs += [" and the " if n else "the ", s.org(org)]
    s.sentence("{x} is assessed to {what} {orgs}.", x=s.person(broker), what=what, orgs=orgs)
    for org in named:
        s.fact("ASSOCIATE_OF", broker, org)
        s.groups.add(org)


def forger_intel(s: Scene, g: Group) -> bool:
    """A document factory: the forger, the shop, contacts and payments from group leaders."""
    world, rng = s.world, s.rng
    forgers = [b for b in world.brokers if b.kind == "forger" and g.id in b.groups]
    if not forgers:
        return False
    broker = rng.choice(forgers)
    business = world.businesses[broker.business or ""]
    locate(s, business.address)
    s.subject = broker.person
    s.begin()
    s.sentence("Warrant executed at {b}, {addr}, a shop owned by {x}.",
               b=s.business(business.id), addr=s.address(business.address),
               x=s.person(broker.person))
    s.fact("LOCATED_AT", business.id, business.address)
    s.fact("OWNS", broker.person, business.id)
    s.sentence("Recovered: a card printer, a laminator, hologram overlays and "
               + s.pick("blank Italian identity cards.", "part-completed residence permits.",
                        "templates for Romanian identity cards and Bulgarian passports."))
    s.end()
    leaders = [world.group(x).leader for x in broker.groups]
    listed = [p for p in leaders if world.people[p].phones and world.people[p].nicknames]
    if listed:
        s.add("Contacts saved on the seized phone include:\n")
        for leader in listed:
            number = world.people[leader].phones[0]
            s.doc.put(["    ", *s.nickname(leader), "    ", s.phone(number), "\n"])
            s.fact("USES", leader, number)
        s.add("\n")
    s.begin()
    if rng.random() < 0.6:
        s.sentence("A ledger in the till records a payment from {p} for an order of permits.",
                   p=[s.plain_name(g.leader, "initials")])
        s.fact("PAID", g.leader, broker.person)
    _serves(s, broker.person, broker.groups, g, "supply false documents to")
    s.end()
    return True


def recruiter_intel(s: Scene, g: Group) -> bool:
    """A recruiter (often abroad): contact details, victims recruited, groups supplied."""
    world, rng = s.world, s.rng
    recruiters = g.with_role("recruiter") + g.recruiters_shared
    recruiter = rng.choice(recruiters)
    person = world.people[recruiter]
    victims = [v for v in g.victims if world.cases[v].recruiter == recruiter]
    abroad = world.locations[person.town or ""].country != "United Kingdom"
    if abroad:
        s.force = next((a for a, o in world.orgs.items() if o.name == "National Crime Agency"),
                       None)
        s.town = person.town
    else:
        locate(s, person.home or g.base)
    s.subject = recruiter
    s.begin()
    s.sentence("{r}, of {town}, is assessed to recruit victims for the {org}.",
               r=s.person(recruiter, intro=True), town=s.place(person.town or g.base),
               org=s.org(g.id))
    if recruiter in g.recruiters_shared:
        s.fact("ASSOCIATE_OF", recruiter, g.id)
    else:
        s.fact("MEMBER_OF", recruiter, g.id)
    for phone in person.phones[:1]:
        s.sentence("{r} uses {phone}.", r=s.person(recruiter), phone=s.phone(phone))
        s.fact("USES", recruiter, phone)
    for email in person.emails[:1]:
        s.sentence("Offers of work are sent from {email}.", email=s.email(email))
        s.fact("USES", recruiter, email)
    for victim in rng.sample(victims, min(len(victims), rng.randint(0, 2))):
        case = world.cases[victim]
        facts.recruited(s, recruiter, victim, case.method,
                        world.corridors[case.corridor].stops[0].location)
    s.end()
    others = [x for x in world.people[recruiter].groups if x != g.id]
    if others:
        s.begin()
        s.sentence("{r} also supplies the {org}.", r=s.person(recruiter), org=s.org(others[0]))
        s.fact("ASSOCIATE_OF", recruiter, others[0])
        s.groups.add(others[0])
        s.end()
    return True


def child_found(s: Scene, g: Group) -> bool:
    """A child found being exploited; who controls them and who came to collect them."""
    world, rng = s.world, s.rng
    children = [v for v in g.victims if s.age(v) < 18]
    if not children:
        return False
    victim = rng.choice(children)
    case = world.cases[victim]
    locate(s, case.place)
    s.begin()
    where = {"begging": "found begging outside the station in {town}",
             "cannabis": "found locked inside a cannabis grow in {town}",
             "county_lines": "found with wraps of crack cocaine at an address in {town}",
             }.get(g.typology, "found during a welfare check in {town}")
    s.sentence("{who} was " + where + ".", who=s.victim(victim),
               town=s.place(s.town or g.base))
    s.sentence("{who} said {c} {verb}.", who=s.pick("The child", "The young person"),
               c=s.person(case.controller),
               verb=s.pick("was in charge and kept the money", "controlled everything",
                           "gave the orders and took the money"))
    s.fact("CONTROLS", case.controller, victim)
    controller = world.people[case.controller]
    if controller.phones and rng.random() < 0.6:
        s.sentence("{c} later called the officers from {phone}.", c=s.person(case.controller),
                   phone=s.phone(controller.phones[0]))
        s.fact("USES", case.controller, controller.phones[0])
    council = world.councils.get(next((f for f, a in world.forces.items() if a == s.force), ""))
    if council:
        s.sentence("The child was placed in emergency foster care by {c}.", c=s.org(council))
    else:
        s.sentence("The child was placed in emergency foster care.")
    s.end()
    return True


#: Scenarios and how often each is tried first.
LOG_SCENARIOS: tuple[tuple[Scenario, int], ...] = (
    (vehicle_stop, 16), (border_intercept, 10), (premises_visit, 14), (warrant, 12),
    (phone_intel, 14), (sighting, 10), (money_intel, 5), (forger_intel, 5),
    (recruiter_intel, 8), (child_found, 6),
)
