"""Bodies of e-mails between officials: what is held on a business, a referral about a
victim, and phone attribution (shared with the logs).
"""

from __future__ import annotations

from ocgmap.synth import facts
from ocgmap.synth.logs import Scenario, locate, phone_intel
from ocgmap.synth.model import Group
from ocgmap.synth.scene import Scene
from ocgmap.synth.typology import TYPOLOGIES


def business_summary(s: Scene, g: Group) -> bool:
    """"Here is what we hold on <business>": director, manager, premises, transport."""
    world, rng = s.world, s.rng
    if not g.businesses:
        return False
    business_id = rng.choice(g.businesses)
    business = world.businesses[business_id]
    locate(s, business.address)
    s.title = [s.business(business_id), " - ", s.pick("what we hold", "licence and contacts",
                                                      "staff and premises")]
    s.begin()
    s.sentence("Further to our call, here is what we hold on {b}:", b=s.business(business_id))
    s.end()
    owner = business.owner
    if owner:
        person = world.people[owner]
        s.begin()
        s.doc.put(["* Owner and director: ", *s.person(owner, intro=True)])
        s.fact("OWNS", owner, business_id)
        if person.home:
            s.doc.put([", ", s.address(person.home)])
            s.fact("LIVES_AT", owner, person.home)
        if person.phones:
            s.doc.put([". Mobile ", s.phone(person.phones[0])])
            s.fact("USES", owner, person.phones[0])
        s.add(".")
        s.end()
    s.begin()
    s.doc.put(["* Premises: ", s.address(business.address)])
    s.fact("LOCATED_AT", business_id, business.address)
    if business.phone:
        kind = world.phones[business.phone].kind
        s.doc.put([", landline " if kind == "landline" else ", business mobile ",
                   s.phone(business.phone)])
        s.fact("USES", business_id, business.phone)
    s.add(".")
    s.end()
    if business.manager:
        s.begin()
        s.doc.put(["* Named manager: ", *s.person(business.manager, intro=True), "."])
        s.fact("EMPLOYED_BY", business.manager, business_id)
        s.end()
    drivers = [m for m in g.with_role("transporter") if world.people[m].vehicles]
    if drivers and rng.random() < 0.6:
        driver = rng.choice(drivers)
        vehicle = world.people[driver].vehicles[0]
        s.begin()
        s.doc.put(["* Transport: ", *s.vehicle(vehicle), ", driven by ", *s.person(driver),
                   ", brings the workers in each morning."])
        s.fact("USES", driver, vehicle)
        s.end()
    s.begin()
    s.sentence(s.pick("We plan to act after your arrest phase so as not to tip them off.",
                      "Happy to discuss a joint visit.",
                      "Let me know if you need the full payroll records."))
    s.end()
    return True


def referral(s: Scene, g: Group) -> bool:
    """A referral about one victim: who they are, who brought them, where they are kept."""
    world, rng = s.world, s.rng
    victim = rng.choice(g.victims)
    case = world.cases[victim]
    locate(s, case.place)
    typology = TYPOLOGIES[g.typology]
    s.title = ["Referral - ", s.pick("suspected ", "possible ") + typology.label]
    s.begin()
    s.sentence("Yesterday we were referred {who}, who lives at {place}.", who=s.victim(victim),
               place=s.address(case.place))
    s.fact("LIVES_AT", victim, case.place)
    facts.exploited(s, case.controller, victim, case.work)
    s.end()
    s.begin()
    corridor = world.corridors[case.corridor]
    if rng.random() < 0.5:
        facts.recruited(s, case.recruiter, victim, case.method, corridor.stops[0].location)
    else:
        facts.transported(s, case.transporter, victim, corridor.stops[-2].location,
                          corridor.stops[-1].location, corridor.stops[-1].mode or "car")
    if case.debt and rng.random() < 0.5:
        facts.paid_debt(s, victim, case.controller, case.debt, case.currency)
    s.end()
    s.begin()
    s.sentence(s.pick("We have held a strategy discussion and arranged a placement tonight.",
                      "An NRM referral has been made.",
                      "I understand the names may be known to your enquiry."))
    s.end()
    return True


#: Scenarios and how often each is tried first.
EMAIL_SCENARIOS: tuple[tuple[Scenario, int], ...] = (
    (business_summary, 4), (referral, 4), (phone_intel, 2),
)
