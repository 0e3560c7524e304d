"""One report being written: the text, the mentions in it and the true facts it states.

A `Scene` turns world entities into mentions in the report's house style (ALL-CAPS surnames
in police logs, plain names in narratives), introduces a person fully the first time and
briefly after, and records a fact only when both its ends are mentioned and the world holds
it.
"""

from __future__ import annotations

import random
from datetime import date

from ocgmap.synth.model import Person, World, age_on
from ocgmap.synth.phrases import NOISE
from ocgmap.synth.textdoc import Doc, Piece, Ref, Slot
from ocgmap.synth.variants import (
    describe_people,
    describe_person,
    fold_maybe,
    group_noun,
    name_form,
    phone_text,
    registration_text,
    with_typo,
)

TYPO_SHARE = 0.04  # of the name forms that can carry one: about 2% of person mentions

#: First and later name forms, with weights, by report style.
_FIRST_FORMS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "log": (("caps", "inverted", "full"), (50, 35, 15)),
    "prose": (("full", "caps", "bold"), (50, 25, 25)),
    "email": (("caps", "full", "inverted"), (55, 35, 10)),
}
_LATER_FORMS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "log": (("surname_caps", "initial", "caps", "nickname"), (55, 15, 15, 15)),
    "prose": (("surname", "given", "nickname", "full"), (40, 15, 30, 15)),
    "email": (("surname_caps", "title", "nickname"), (55, 30, 15)),
}


class Scene:
    """The report under construction."""

    def __init__(self, world: World, rng: random.Random, day: date, style: str) -> None:
        self.world = world
        self.rng = rng
        self.day = day
        self.style = style
        self.doc = Doc()
        self.relations: list[str] = []
        self.corridors: list[str] = []
        self.groups: set[str] = set()
        self._victim_forms: dict[str, str] = {}
        self.width = 76 if style == "email" else 100
        self._para_start = 0
        self.compact = False  # one paragraph (the one-line log style)
        self.force: str | None = None  # agency id of the force the report comes from
        self.town: str | None = None  # Location id where the reported events happened
        self.title: list[Piece] = []  # for front matter and e-mail subjects
        self.source_note = ""  # front matter: what kind of source (", victim debrief")
        self.stem = "debrief"  # narratives: the file name's kind ("debrief", "assessment")
        self.subject: str | None = None  # Person id a log is about ("Subject:" line)

    # -- writing -------------------------------------------------------------------------

    def say(self, template: str, **slots: Slot) -> None:
        """Write a sentence from a template (see `Doc.say`)."""
        self.doc.say(template, **slots)

    def add(self, text: str) -> None:
        """Write plain text."""
        self.doc.add(text)

    def sentence(self, template: str, **slots: Slot) -> None:
        """Write a sentence, after a space unless it opens the paragraph."""
        if self.doc.pos > self._para_start:
            self.doc.add(" ")
        self.doc.say(template, **slots)

    def begin(self) -> None:
        """Start a paragraph (a one-line log is wrapped as a whole instead)."""
        if not self.compact:
            self.doc.start_wrap()
        self._para_start = self.doc.pos

    def end(self) -> None:
        """End a paragraph (wrapped to the report's width); an empty one leaves no trace."""
        if not self.compact:
            self.doc.end_wrap(self.width)
        if self.doc.pos > self._para_start:
            self.doc.add(" " if self.compact else "\n\n")

    def noise(self, share: float = 0.5) -> None:
        """Sometimes write a sentence that says nothing about the network."""
        if self.rng.random() < share:
            self.sentence(self.rng.choice(NOISE))

    def pick(self, *options: str) -> str:
        """Answer one of `options` (synonyms, connectives)."""
        return self.rng.choice(options)

    def fact(self, rel_type: str, source: str, target: str, key: str = "") -> None:
        """Record that this report states a true link; both ends must already be mentioned.

        Raises KeyError if the world holds no such link and AssertionError if an end is not
        mentioned, so a template cannot make a report claim what it does not say.
        """
        rel_id = self.world.relation(rel_type, source, target, key)
        missing = {source, target} - self.doc.mentioned
        assert not missing, f"{rel_type} stated without mentioning {missing}"
        if rel_id not in self.relations:
            self.relations.append(rel_id)

    def age(self, person_id: str) -> int:
        """Answer a person's age on the report's date."""
        return age_on(self.world.people[person_id].dob, self.day)

    # -- people --------------------------------------------------------------------------

    def person(self, pid: str, *, intro: bool | None = None, age: bool | None = None,
               alias: bool | None = None) -> list[Piece]:
        """Answer a mention of an offender or broker: the full introduction the first time
        ("Ardit KOLA (34), known as "Bigz""), a short form after."""
        person = self.world.people[pid]
        first = pid not in self.doc.mentioned if intro is None else intro
        forms, weights = (_FIRST_FORMS if first else _LATER_FORMS)[self.style]
        form = self.rng.choices(forms, weights)[0]
        if form == "nickname":
            if person.nicknames:
                return self.nickname(pid)
            form = "surname_caps" if self.style != "prose" else "surname"
        pieces: list[Piece] = []
        if form == "title":
            pieces.append("Mr " if person.gender == "male" else self.pick("Ms ", "Mrs "))
            form = "surname"
        bold = form == "bold"
        text = name_form(person, "caps" if bold else form)
        ref = self._name_ref(person, text, form)
        pieces += ["**", ref, "**"] if bold else [ref]
        if first:
            if age if age is not None else self.rng.random() < 0.55:
                pieces.append(f" ({self.age(pid)})")
            if person.nicknames and (alias if alias is not None else self.rng.random() < 0.5):
                opener = self.pick(", known as ", " aka ", ", also known as ", " (aka ")
                pieces += [opener, *self.nickname(pid)]
                if opener.startswith(" ("):
                    pieces.append(")")
        return pieces

    def _name_ref(self, person: Person, text: str, form: str) -> Ref:
        if person.surname_first and form in ("inverted", "initial"):
            form = "caps"  # "NGUYEN Van Hung" has no inverted or initial form
        text = fold_maybe(text, self.rng)
        if form != "initials" and self.rng.random() < TYPO_SHARE:
            return Ref(with_typo(text, person.surname, self.rng), person.id, form, True)
        return Ref(text, person.id, form)

    def nickname(self, pid: str, which: int | None = None) -> list[Piece]:
        """Answer a quoted nickname mention: "Bigz" (the quotes are not part of it)."""
        nicks = self.world.people[pid].nicknames
        nick = nicks[which] if which is not None else self.rng.choice(nicks)
        return ['"', Ref(nick, pid, "nickname"), '"']

    def plain_name(self, pid: str, form: str = "full") -> Ref:
        """Answer a mention of a person in one given form, with no extras."""
        person = self.world.people[pid]
        return self._name_ref(person, name_form(person, form), form)

    def official(self, pid: str) -> list[Piece]:
        """Answer an official with their title: "DC Sarah HOLLOWAY", "Mrs Drita Ahmeti"."""
        person = self.world.people[pid]
        form = "caps" if self.style == "log" else "full"
        if pid in self.doc.mentioned and self.rng.random() < 0.5:
            form = "surname_caps" if self.style == "log" else "surname"
        title = person.title or ""
        return [f"{title} " if title else "", Ref(name_form(person, form), pid, form)]

    def victim(self, pid: str) -> list[Piece]:
        """Answer a mention of a victim, kept consistent within the report: by name, by
        initials ("E.H."), by given name only, or by a description."""
        person = self.world.people[pid]
        mode = self._victim_forms.get(pid)
        if mode is None:
            mode = self.rng.choices(("full", "initials", "given", "description"),
                                    (35, 20, 20, 25))[0]
            self._victim_forms[pid] = mode
            if mode == "full" and self.style == "log":
                mode = "caps"
            if mode == "description":
                return [Ref(describe_person(person, self.day, self.rng), pid, "description")]
            return [self._name_ref(person, name_form(person, mode), mode)]
        if mode == "description":  # later references are anaphora, not mentions
            if self.age(pid) < 18:
                return [self.pick("the ", "this ") + ("girl" if person.gender == "female"
                                                      else "boy")]
            return [self.pick("the victim", "the subject")]
        later = "given" if mode in ("full", "caps") else mode
        return [self._name_ref(person, name_form(person, later), later)]

    def who(self, victim_id: str) -> Slot:
        """Answer a mention of a victim or of a victim group, whichever `victim_id` is."""
        if victim_id in self.world.cohorts:
            return self.cohort(victim_id)
        return self.victim(victim_id)

    def cohort(self, cohort_id: str) -> Slot:
        """Answer a description of a victim group ("three Albanian women aged 17 to 19") the
        first time, and "the women" (an anaphor, not a mention) after."""
        group = self.world.cohorts[cohort_id]
        people = [self.world.people[m] for m in group.members]
        if cohort_id in self.doc.mentioned:
            return "the " + group_noun(people, self.day)
        nationality = group.nationality if group.nationality != "mixed" else None
        return Ref(describe_people(people, self.day, self.rng, nationality), cohort_id,
                   "description")

    # -- things and places ---------------------------------------------------------------

    def phone(self, phone_id: str) -> Ref:
        """Answer a phone number mention."""
        return Ref(phone_text(self.world.phones[phone_id], self.rng), phone_id, "number")

    def vehicle(self, vehicle_id: str, describe: bool = True) -> list[Piece]:
        """Answer "white Ford Transit AB12 CDE" (only the registration is the mention)."""
        vehicle = self.world.vehicles[vehicle_id]
        ref = Ref(registration_text(vehicle.registration, self.rng), vehicle_id, "registration")
        return [f"{vehicle.description} ", ref] if describe else [ref]

    def email(self, email_id: str) -> Ref:
        """Answer an e-mail address mention."""
        return Ref(self.world.emails[email_id].address, email_id, "address")

    def place(self, loc_id: str) -> Ref:
        """Answer a country, city, town, port or road mention (diacritics sometimes dropped)."""
        name = self.world.locations[loc_id].name
        return Ref(fold_maybe(name, self.rng, 0.25), loc_id, "name")

    def address(self, loc_id: str, short: bool | None = None) -> Ref:
        """Answer an address mention: in full, or without its town."""
        loc = self.world.locations[loc_id]
        if short if short is not None else self.rng.random() < 0.2:
            text = f"{loc.unit}, {loc.line}" if loc.unit else loc.line or loc.name
            return Ref(text, loc_id, "short")
        return Ref(loc.name, loc_id, "full")

    def business(self, business_id: str) -> Ref:
        """Answer a business mention, sometimes without "Ltd"."""
        name = self.world.businesses[business_id].name
        if name.endswith(" Ltd") and self.rng.random() < 0.3:
            return Ref(name.removesuffix(" Ltd"), business_id, "short")
        return Ref(name, business_id, "name")

    def org(self, org_id: str) -> Ref:
        """Answer a group or agency mention, by name or alias."""
        org = self.world.orgs[org_id]
        if org.aliases and self.rng.random() < 0.4:
            return Ref(self.rng.choice(org.aliases), org_id, "alias")
        return Ref(org.name, org_id, "name")
