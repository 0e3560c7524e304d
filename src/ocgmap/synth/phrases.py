"""Paraphrase pools: verbs with their participles, sentence templates per fact (active and
passive), and the noise reports are padded with.

Template slots are filled by `Doc.say`; `{x_pp}` slots take a past participle.
"""

from __future__ import annotations

import random

#: (past, past participle) pairs.
VERBS: dict[str, tuple[tuple[str, str], ...]] = {
    "recruit": (("recruited", "recruited"), ("lured", "lured"), ("enticed", "enticed"),
                ("groomed", "groomed"), ("approached", "approached"),
                ("persuaded", "persuaded"), ("signed up", "signed up")),
    "transport": (("drove", "driven"), ("ferried", "ferried"), ("took", "taken"),
                  ("brought", "brought"), ("moved", "moved"), ("escorted", "escorted"),
                  ("delivered", "delivered")),
    "house": (("housed", "housed"), ("kept", "kept"), ("put up", "put up"),
              ("accommodated", "accommodated"), ("held", "held"), ("lodged", "lodged")),
    "force": (("forced", "forced"), ("compelled", "compelled"), ("pressured", "pressured"),
              ("made", "made")),
    "control": (("controlled", "controlled"), ("intimidated", "intimidated"),
                ("dominated", "dominated"), ("watched over", "watched over")),
    "pay": (("paid", "paid"), ("handed over", "handed over"), ("sent", "sent"),
            ("transferred", "transferred")),
}


def verb(rng: random.Random, key: str) -> tuple[str, str]:
    """Answer a (past, participle) synonym for `key`."""
    return rng.choice(VERBS[key])


#: Templates by fact. Slots: a = offender, v = victim (person or group), plus the named ones.
RECRUITED = (
    "{a} {past} {v} in {origin} through {method}.",
    "{v} {was} {pp} in {origin} by {a}, through {method}.",
    "{a} is believed to have {pp} {v}, using {method}.",
    "It was {a} who {past} {v}, with {method}.",
    "{v} {was} {pp} by {a} with {method}.",
    "{v} {says} {a} {past} them in {origin}; the offer was {method}.",
)
TRANSPORTED = (
    "{a} {past} {v} from {start} to {end}.",
    "{v} {was} {pp} from {start} to {end} by {a}.",
    "{a} met {v} at {start} and took them on to {end} by {mode}.",
    "It was {a} who {past} {v} to {end}.",
    "{v} {was} {pp} by {mode} to {end}; the driver was {a}.",
)
HARBOURED = (
    "{a} {past} {v} at {place}.",
    "{v} {was} {pp} at {place} by {a}.",
    "At {place}, {v} {was} {pp} by {a}.",
    "{a} ran the address at {place} where {v} {was} {pp}.",
)
EXPLOITED = (
    "{a} {past} {v} to {work}.",
    "{v} {was} {pp} to {work} by {a}.",
    "Under {a}, {v} had to {work} for little or no pay.",
    "{a} put {v} to work: the job was to {work}.",
)
CONTROLS = (
    "{a} {past} {v} through {means}.",
    "{v} {was} {pp} by {a} through {means}.",
    "Control over {v} was kept by {a}, by {means}.",
)
PAID_DEBT = (
    "{v} paid {a} towards a debt of {amount}.",
    "{a} took the earnings of {v} against a debt of {amount}.",
    "Every week {v} handed money to {a}, against a \"debt\" of {amount}.",
)

#: Sentences that say nothing about the network.
NOISE = (
    "Weather dry, visibility good.",
    "CCTV has been requested from nearby premises.",
    "No further action at this time.",
    "Intelligence to be developed.",
    "Nothing else of note.",
    "Local neighbourhood officers have been made aware.",
    "See previous entries for background.",
    "Body-worn video was recording throughout.",
    "The premises were left secure.",
    "A PNC check was completed at the scene.",
    "Traffic was light at the time.",
    "Officers were on routine patrol at the time.",
    "An interpreter was requested but not available on the night.",
    "Photographs were taken and uploaded to the case file.",
    "The duty inspector was informed.",
    "Partner agencies will be updated at the next tasking meeting.",
    "Details have been passed to the force intelligence bureau.",
    "Street lighting in the area is poor.",
)

CARGO = ("pallets of bottled water", "boxes of biscuits", "rolls of carpet", "crates of tyres",
         "sacks of animal feed", "flat-packed furniture", "pallets of paper towels")
OUTCOMES_SAFEGUARD = (
    "All were safeguarded and referred to the NRM.",
    "All safeguarded; NRM referrals made.",
    "Those found were taken to a reception centre and offered NRM referral.",
    "Safeguarding referrals made; the local authority was informed.",
)
INDICATORS = (
    "Deception about the nature of the work",
    "Debt bondage",
    "Threats against family members",
    "Retention of identity documents",
    "Movement between premises",
    "No control of earnings",
    "Restricted freedom of movement",
    "Poor living conditions",
)
