"""Bodies of longer narratives: a victim's de-brief or NRM referral (a subset of recruitment,
journey, housing, exploitation, control, recovery and indicators), and an intelligence
assessment of a group.
"""

from __future__ import annotations

from datetime import timedelta

from ocgmap.synth import facts
from ocgmap.synth.logs import locate
from ocgmap.synth.model import Group
from ocgmap.synth.phrases import INDICATORS
from ocgmap.synth.scene import Scene
from ocgmap.synth.textdoc import Piece, Ref, capitalise_slot
from ocgmap.synth.typology import TYPOLOGIES
from ocgmap.synth.variants import date_words, describe_person, month_year

_ROLE_WORDS = {"leader": "head of the group", "recruiter": "recruiter",
               "transporter": "driver and transporter", "controller": "controller",
               "money_handler": "handles the cash"}


def _heading(s: Scene, title: str, markdown: bool) -> None:
    """Open a section: a "## Title" line, or a bold lead-in inside the paragraph."""
    if markdown:
        s.add(f"## {title}\n\n")
        s.begin()
    else:
        s.begin()
        s.add(f"**{title}.**")


def victim_account(s: Scene, g: Group) -> bool:
    """A victim's story in the victim's words, as a de-brief or NRM referral narrative."""
    world, rng = s.world, s.rng
    victim = rng.choice(g.victims)
    case = world.cases[victim]
    person = world.people[victim]
    corridor = world.corridors[case.corridor]
    locate(s, case.place)
    markdown = rng.random() < 0.5
    s.begin()
    who = s.victim(victim)
    described = isinstance(who[0], Ref) and who[0].form == "description"
    detail = "" if described else f" ({s.age(victim)}, {person.nationality})"
    interpreters = world.interpreters.get(person.nationality, [])
    s.sentence("{who}" + detail + ", from {origin}, was interviewed on {day}.", who=who,
               origin=s.place(corridor.stops[0].location),
               day=date_words(s.day - timedelta(days=rng.randint(1, 20)), rng))
    if interpreters:
        s.sentence("An interpreter, {i}, was present.", i=s.official(rng.choice(interpreters)))
    s.end()
    sections = [_recruitment, _journey, _housing, _exploitation, _control, _recovery]
    chosen = sorted(rng.sample(range(len(sections)), rng.randint(2, len(sections))))
    for n in chosen:
        sections[n](s, g, victim, markdown)
    if rng.random() < 0.5:
        s.add("## Indicators noted\n\n" if markdown else "Indicators noted:\n\n")
        for line in rng.sample(INDICATORS, rng.randint(2, 5)):
            s.add(f"- {line}\n")
        s.add("\n")
    s.source_note = s.pick(", interview with interpreter", ", victim debrief", "", ", NRM team")
    title = rng.choice(("Debrief - ", "NRM referral narrative - ", "Victim account - "))
    s.title = [title, Ref(describe_person(person, s.day, rng, terse=True), victim,
                          "description")]
    return True


def _recruitment(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    case = s.world.cases[victim]
    _heading(s, "Recruitment", markdown)
    origin = s.world.corridors[case.corridor].stops[0].location
    facts.recruited(s, case.recruiter, victim, case.method, origin)
    if s.rng.random() < 0.4:
        s.sentence("The recruiter is about {age}.", age=str(s.age(case.recruiter)))
    s.end()


def _journey(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    world = s.world
    case = world.cases[victim]
    corridor = world.corridors[case.corridor]
    _heading(s, "Journey", markdown)
    pieces: list[Piece] = []
    for n, stop in enumerate(corridor.stops[1:]):
        pieces += [", then " if n else "", f"by {stop.mode} to ", s.place(stop.location)]
    s.sentence("{when} the journey went from {origin} {legs}.",
               when="In " + month_year(s.day - timedelta(days=s.rng.randint(90, 700))) + ",",
               origin=s.place(corridor.stops[0].location), legs=pieces)
    s.corridors.append(corridor.id)
    last = corridor.stops[-1]
    facts.transported(s, case.transporter, victim, corridor.stops[-2].location, last.location,
                      last.mode or "car")
    s.end()


def _housing(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    case = s.world.cases[victim]
    _heading(s, "Accommodation", markdown)
    facts.harboured(s, case.controller, victim, case.place)
    s.sentence(s.pick("Up to eight people slept there on mattresses.",
                      "The windows were boarded and the door was locked at night.",
                      "There was one bathroom for everyone."))
    s.end()


def _exploitation(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    world = s.world
    case = world.cases[victim]
    _heading(s, "Exploitation", markdown)
    facts.exploited(s, case.controller, victim, case.work)
    if case.business:
        business = world.businesses[case.business]
        s.sentence("The work was at {b}, {addr}.", b=s.business(business.id),
                   addr=s.address(business.address))
        s.fact("EMPLOYED_BY", victim, business.id)
        s.fact("LOCATED_AT", business.id, business.address)
    leader = world.people[g.leader]
    if g.leader != case.controller and leader.nicknames:
        s.sentence("Everyone was afraid of a {sex} called {nick}. {who} later identified {p} "
                   "from a photograph as {nick2}, the person who took the money.",
                   sex="man" if leader.gender == "male" else "woman",
                   nick=s.nickname(g.leader, 0), who=capitalise_slot(s.who(victim)),
                   p=s.person(g.leader, intro=True, alias=False), nick2=s.nickname(g.leader, 0))
        s.fact("EXPLOITED", g.leader, victim)
    s.end()


def _control(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    case = s.world.cases[victim]
    _heading(s, "Control", markdown)
    facts.controls(s, case.controller, victim, case.means)
    if case.debt:
        facts.paid_debt(s, victim, case.controller, case.debt, case.currency)
    s.end()


def _recovery(s: Scene, g: Group, victim: str, markdown: bool) -> None:
    world = s.world
    case = world.cases[victim]
    _heading(s, "Recovery", markdown)
    found = s.day - timedelta(days=s.rng.randint(2, 40))
    s.sentence("{who} was found on {day} at {place}, where {they} had been living.",
               who=s.who(victim), day=date_words(found, s.rng), place=s.address(case.place),
               they=s.pick("they", "the victim"))
    s.fact("LIVES_AT", victim, case.place)
    staff = world.officials.get(s.force or "", [])
    if staff:
        s.sentence("First responder: {o}.", o=s.official(s.rng.choice(staff)))
    s.end()


def group_profile(s: Scene, g: Group) -> bool:
    """An intelligence assessment of a group: head, members, businesses, routes, enablers."""
    world, rng = s.world, s.rng
    locate(s, g.base)
    typology = TYPOLOGIES[g.typology]
    s.begin()
    s.sentence("The {org} is a {nat} organised crime group involved in {label}, based in "
               "{base}.", org=s.org(g.id), nat=g.nationality, label=typology.label,
               base=s.place(g.base))
    s.fact("LOCATED_AT", g.id, g.base)
    s.sentence("It is headed by {p}.", p=s.person(g.leader, intro=True))
    s.fact("CONTROLS", g.leader, g.id)
    s.end()
    s.add("## Members\n\n")
    for member in rng.sample(g.members[1:], min(len(g.members) - 1, rng.randint(2, 6))):
        role = _ROLE_WORDS.get(world.people[member].roles[0], "member")
        s.doc.put(["- ", *s.person(member, intro=True), f" - {role}\n"])
        s.fact("MEMBER_OF", member, g.id)
    s.add("\n")
    if g.businesses:
        s.add("## Businesses\n\n")
        for business_id in g.businesses:
            business = world.businesses[business_id]
            s.doc.put(["- ", s.business(business_id), ", ", s.address(business.address)])
            s.fact("LOCATED_AT", business_id, business.address)
            if business.owner:
                s.doc.put([" (owner: ", *s.person(business.owner), ")"])
                s.fact("OWNS", business.owner, business_id)
            s.add("\n")
        s.add("\n")
    s.add("## Routes\n\n")
    for corridor_id in g.corridors:
        stops = world.corridors[corridor_id].stops
        pieces: list[Piece] = ["- "]
        for n, stop in enumerate(stops):
            pieces += [" → " if n else "", s.place(stop.location)]
        s.doc.put([*pieces, "\n"])
        s.corridors.append(corridor_id)
    s.add("\n")
    if g.brokers:
        s.add("## Enablers\n\n")
        for broker in g.brokers:
            kind = next(b.kind for b in world.brokers if b.person == broker)
            what = "false documents" if kind == "forger" else "money laundering"
            s.doc.put(["- ", *s.person(broker, intro=True), f": {what}\n"])
            s.fact("ASSOCIATE_OF", broker, g.id)
        s.add("\n")
    s.title = ["Intelligence assessment - ", s.org(g.id)]
    s.source_note = s.pick(", force intelligence bureau", ", analyst", "")
    s.stem = "assessment"
    return True
