"""How things are written in reports: name forms, typos, phone and date formats, gradings,
and descriptions of victims ("three Albanian women aged 17 to 19").
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from ocgmap.synth.model import Person, Phone, age_on
from ocgmap.synth.names import ascii_fold

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_VOWELS = "aeiou"


def number_word(n: int) -> str:
    """Answer `n` as a word up to twelve, as digits above."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


# -- names ------------------------------------------------------------------------------


def name_form(person: Person, form: str) -> str:
    """Answer the name of `person` written in `form`.

    Forms: full ("Ardit Kola"), caps ("Ardit KOLA"; "NGUYEN Van Hung"), inverted
    ("KOLA, Ardit"), initial ("A. KOLA"), surname_caps ("KOLA"), surname ("Kola"),
    given ("Ardit"; "Hung" for Vietnamese and Chinese names), initials ("A.K.").
    """
    given, surname = person.given, person.surname
    upper = surname.upper()
    if person.surname_first:
        return {
            "full": f"{surname} {given}", "caps": f"{upper} {given}",
            "inverted": f"{upper} {given}", "initial": f"{upper} {given}",
            "surname_caps": upper, "surname": surname, "given": given.split()[-1],
            "initials": f"{surname[0]}.{given.split()[-1][0]}.",
        }[form]
    return {
        "full": f"{given} {surname}", "caps": f"{given} {upper}",
        "inverted": f"{upper}, {given}", "initial": f"{given[0]}. {upper}",
        "surname_caps": upper, "surname": surname, "given": given,
        "initials": f"{given[0]}.{surname[0]}.",
    }[form]


def fold_maybe(text: str, rng: random.Random, share: float = 0.15) -> str:
    """Answer `text`, sometimes without its diacritics (as typed on an English keyboard)."""
    if not text.isascii() and rng.random() < share:
        return ascii_fold(text)
    return text


def misspell(word: str, rng: random.Random) -> str:
    """Answer `word` with one plausible typing error (swap, drop, double or a wrong vowel)."""
    if len(word) < 4:
        return word + word[-1]
    upper = word.isupper()
    chars = list(word)
    i = rng.randrange(1, len(chars) - 1)
    op = rng.randrange(4)
    if op == 0 and chars[i] != chars[i + 1]:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif op == 1:
        del chars[i]
    elif op == 2:
        chars.insert(i, chars[i])
    else:
        vowels = [j for j, c in enumerate(chars[1:], 1) if c.lower() in _VOWELS]
        j = rng.choice(vowels) if vowels else i
        swap = rng.choice([v for v in _VOWELS if v != chars[j].lower()])
        chars[j] = swap.upper() if upper else swap
    typo = "".join(chars)
    return typo if typo != word else word + word[-1]


def with_typo(name: str, surname: str, rng: random.Random) -> str:
    """Answer `name` with a typo in its surname part (or anywhere if the surname is absent)."""
    for part in (surname.upper(), surname):
        if part and part in name:
            return name.replace(part, misspell(part, rng), 1)
    return misspell(name, rng)


# -- identifiers and dates -------------------------------------------------------------


def phone_text(phone: Phone, rng: random.Random) -> str:
    """Answer a phone number as someone would write it: 07700 900123, +44 7700 900123, ..."""
    national = phone.national
    compact = national.replace(" ", "")
    international = "+44 " + national[1:]
    roll = rng.random()
    if roll < 0.6:
        return national
    if roll < 0.75:
        return compact
    if roll < 0.9:
        return international
    if national.startswith("020"):
        return "0207 946 " + national[-4:]
    return phone.e164


def registration_text(registration: str, rng: random.Random) -> str:
    """Answer a registration as written: usually with its space, sometimes without."""
    return registration if rng.random() < 0.8 else registration.replace(" ", "")


def date_numeric(day: date) -> str:
    """Answer 12/03/2024."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def date_words(day: date, rng: random.Random) -> str:
    """Answer "12 March 2024" or "12 March 24"."""
    year = str(day.year) if rng.random() < 0.6 else f"{day.year % 100:02d}"
    return f"{day.day} {_MONTHS[day.month - 1]} {year}"


def date_any(day: date, rng: random.Random) -> str:
    """Answer a date in one of the formats reports use."""
    return date_numeric(day) if rng.random() < 0.6 else date_words(day, rng)


def month_year(day: date) -> str:
    """Answer "March 2024"."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def grading(rng: random.Random) -> str:
    """Answer a 3x5x2 grading written letter, digit, handling: `B2P`."""
    letter = rng.choices("ABCDE", weights=(10, 45, 35, 7, 3))[0]
    digit = rng.choices("123", weights=(15, 60, 25))[0]
    handling = "P" if rng.random() < 0.8 else "C"
    return f"{letter}{digit}{handling}"


# -- victims ----------------------------------------------------------------------------


def _noun(gender: str, child: bool | None, count: int) -> str:
    """Answer "women", "boys", ...; `child` None means a mix of children and adults."""
    if child is None:
        return "young person" if count == 1 else "young people"
    if gender == "female":
        nouns = ("girl", "girls") if child else ("woman", "women")
    elif gender == "male":
        nouns = ("boy", "boys") if child else ("man", "men")
    else:
        nouns = ("child", "children") if child else ("adult", "adults")
    return nouns[count != 1]


def describe_people(people: Sequence[Person], day: date, rng: random.Random,
                    nationality: str | None) -> str:
    """Answer a description of several victims: "three Albanian women aged 17 to 19"."""
    ages = sorted(age_on(p.dob, day) for p in people)
    genders = {p.gender for p in people}
    gender = genders.pop() if len(genders) == 1 else "mixed"
    child = True if ages[-1] < 18 else (None if ages[0] < 18 else False)
    count = len(people)
    words = [number_word(count)]
    if nationality and rng.random() < 0.75:
        words.append(nationality)
    words.append(_noun(gender, child, count))
    if ages[0] == ages[-1]:
        words.append(f"aged {ages[0]}" if count > 1 and rng.random() < 0.5 else
                     f"(all {ages[0]})")
    elif rng.random() < 0.8:
        words.append(f"aged {ages[0]} to {ages[-1]}" if rng.random() < 0.7 else
                     f"aged between {ages[0]} and {ages[-1]}")
    return " ".join(words)


def describe_person(person: Person, day: date, rng: random.Random, terse: bool = False) -> str:
    """Answer a description of one victim: "a 17-year-old Albanian girl"; `terse` allows the
    form of titles and lists, "female, Romanian, 22"."""
    age = age_on(person.dob, day)
    noun = _noun(person.gender, age < 18, 1)
    roll = rng.random()
    if roll < 0.5:
        return f"a {age}-year-old {person.nationality} {noun}"
    if roll < 0.8 and terse:
        sex = "male" if person.gender == "male" else "female"
        return f"{sex}, {person.nationality}, {age}"
    article = "an" if person.nationality[0] in "AEIOU" else "a"
    return f"{article} {person.nationality} {noun} aged {age}"


def group_noun(people: Sequence[Person], day: date) -> str:
    """Answer the plural noun for a group of victims: "women", "boys", "young people"."""
    genders = {p.gender for p in people}
    gender = genders.pop() if len(genders) == 1 else "mixed"
    ages = [age_on(p.dob, day) for p in people]
    child = True if max(ages) < 18 else (None if min(ages) < 18 else False)
    return _noun(gender, child, len(people))
