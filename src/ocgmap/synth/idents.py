"""Identifiers that cannot belong to anyone real: Ofcom drama phone numbers, UK-format vehicle
registrations, e-mail addresses on the reserved example domains.
"""

from __future__ import annotations

import random
import re

from ocgmap.synth.names import ascii_fold

#: Ofcom drama ranges: national prefix, E.164 prefix, how the local part is grouped.
DRAMA_RANGES: dict[str, tuple[str, str]] = {
    "mobile": ("07700 900", "+447700900"),
    "0113": ("0113 496 0", "+441134960"),
    "0121": ("0121 496 0", "+441214960"),
    "020": ("020 7946 0", "+442079460"),
}
#: Every E.164 number this module can produce matches this.
DRAMA_E164 = re.compile(r"^\+44(7700900\d{3}|1134960\d{3}|1214960\d{3}|2079460\d{3})$")


class PhonePool:
    """Hands out each drama-range number at most once, in a seeded random order."""

    def __init__(self, rng: random.Random) -> None:
        self._free: dict[str, list[int]] = {}
        for key in DRAMA_RANGES:
            numbers = list(range(1000))
            rng.shuffle(numbers)
            self._free[key] = numbers

    def take(self, area: str | None) -> tuple[str, str, str] | None:
        """Answer (E.164, national form, kind) of an unused number, or None when none is left.

        `area` "0113", "0121" or "020" asks for a landline there; None asks for a mobile.
        A landline area that is used up falls back to a mobile, and the reverse.
        """
        order = [area, "mobile"] if area else ["mobile", "020"]
        for key in order:
            free = self._free.get(key or "")
            if free:
                n = free.pop()
                national, e164 = DRAMA_RANGES[key or ""]
                kind = "mobile" if key == "mobile" else "landline"
                return f"{e164}{n:03d}", f"{national}{n:03d}", kind
        return None


# Memory tags: first letter is the region (L London, B Birmingham, M Manchester, Y Yorkshire...).
_REGION_LETTERS = "ABCDEFGHKLMNOPRSVWY"
_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"  # no I, Q or Z in the memory tag
_RANDOM_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # no I or Q in the last three


def registration(rng: random.Random, taken: set[str]) -> str:
    """Answer an unused current-format UK registration such as `AB12 CDE`."""
    while True:
        age = rng.choice([*range(2, 25), *range(51, 75)])
        reg = (rng.choice(_REGION_LETTERS) + rng.choice(_LETTERS) + f"{age:02d} "
               + "".join(rng.choice(_RANDOM_LETTERS) for _ in range(3)))
        if reg not in taken:
            taken.add(reg)
            return reg


VEHICLE_MODELS: dict[str, tuple[tuple[str, str], ...]] = {
    "van": (("Ford", "Transit"), ("Mercedes", "Sprinter"), ("Vauxhall", "Vivaro"),
            ("VW", "Transporter"), ("Citroen", "Relay"), ("Renault", "Trafic")),
    "people carrier": (("Toyota", "Previa"), ("VW", "Sharan"), ("Ford", "Galaxy"),
                       ("Seat", "Alhambra"), ("Vauxhall", "Zafira")),
    "car": (("Mercedes", "C-Class"), ("BMW", "3 Series"), ("Audi", "A3"), ("VW", "Passat"),
            ("Vauxhall", "Astra"), ("Ford", "Focus"), ("Toyota", "Prius"),
            ("Range Rover", "Sport"), ("Skoda", "Octavia"), ("Audi", "A6"), ("BMW", "X5")),
}
COLOURS = ("black", "white", "silver", "grey", "blue", "red", "dark blue")

_DOMAINS = ("example.com", "example.org", "example.net")
_EMAIL_SUFFIXES = ("", "", "jobs", "uk", "travels", "work", "ldn", "24", "77", "1990", "official")
_NOT_LOCAL = re.compile(r"[^a-z0-9.]")


def email_address(rng: random.Random, given: str, surname: str, taken: set[str]) -> str:
    """Answer an unused e-mail address made from a name, on an example domain."""
    first = _NOT_LOCAL.sub("", ascii_fold(given).lower().split()[-1])
    last = _NOT_LOCAL.sub("", ascii_fold(surname).lower())
    for attempt in range(50):
        style = rng.randrange(4)
        local = (f"{first}.{last}", f"{first[:1]}{last}", f"{first}{last[:1]}",
                 f"{first}.{last[:3]}")[style]
        suffix = rng.choice(_EMAIL_SUFFIXES)
        if suffix or attempt > 10:
            local = f"{local}.{suffix or attempt}"
        address = f"{local}@{rng.choice(_DOMAINS)}"
        if address not in taken:
            taken.add(address)
            return address
    address = f"{first}.{last}.{len(taken)}@example.com"
    taken.add(address)
    return address
