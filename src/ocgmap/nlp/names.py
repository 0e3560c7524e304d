"""Personal names as police write them: case, order, titles and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocgmap.nlp.data.words import CIVIL_TITLES, FEMALE_TITLES, MALE_TITLES, OFFICIAL_TITLES

_CAPS_RUN = re.compile(r"[A-ZÀ-ÞĀ-Ž]{2,}")
ALL_TITLES = OFFICIAL_TITLES | CIVIL_TITLES


def natural_case(text: str, keep_acronyms: bool = False) -> str:
    """Answer `text` with words in capitals title-cased, other words as they are.

    With `keep_acronyms`, words of up to three capitals stay ("UK Government").

    >>> natural_case("Ardit KOLA"), natural_case("O'CONNOR"), natural_case("VASILE-CRISTIAN R.")
    ('Ardit Kola', "O'Connor", 'Vasile-Cristian R.')
    >>> natural_case("UK COALITION GOVERNMENT", keep_acronyms=True)
    'UK Coalition Government'
    """
    return " ".join(_word_case(word, keep_acronyms) for word in text.split())


def _word_case(word: str, keep_acronyms: bool = False) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return word
    if keep_acronyms and len(letters) <= 3:
        return word
    return _CAPS_RUN.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)


def is_caps_word(word: str) -> bool:
    """Answer whether `word` is a word in capitals of at least two letters ("KOLA")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A parsed personal name.

    `given` are the given names in order, `surname` the family name; `family_first`
    is True for names written family name first by convention ("TRAN Thi Lan").
    """

    given: tuple[str, ...] = ()
    surname: str = ""
    title: str = ""
    family_first: bool = False

    @property
    def full(self) -> bool:
        """Answer whether both a given name and a surname are known."""
        return bool(self.given) and bool(self.surname)

    @property
    def canonical(self) -> str:
        """Answer the name in natural case and the report's own order."""
        given = [natural_case(g) for g in self.given]
        surname = natural_case(self.surname)
        parts = [surname, *given] if self.family_first else [*given, surname]
        return " ".join(p for p in parts if p)

    @property
    def initials(self) -> str:
        """Answer the initials in written order ("A.K." for Ardit Kola)."""
        words = [*self.given, self.surname] if not self.family_first else [
            self.surname, *self.given]
        return "".join(f"{w[0].upper()}." for w in words if w and w[0].isalpha())

    @property
    def gender(self) -> str | None:
        """Answer "female" or "male" when the title says so."""
        if self.title in FEMALE_TITLES:
            return "female"
        if self.title in MALE_TITLES:
            return "male"
        return None


def split_title(words: list[str]) -> tuple[str, list[str]]:
    """Answer the leading title of `words` (one or two words) and the rest.

    >>> split_title(["Ch", "Supt", "Ann", "Lee"]), split_title(["Ann", "Lee"])
    (('Ch Supt', ['Ann', 'Lee']), ('', ['Ann', 'Lee']))
    """
    if len(words) > 3 and " ".join(words[:3]) in ALL_TITLES:
        return " ".join(words[:3]), words[3:]
    if len(words) > 2 and f"{words[0]} {words[1]}" in ALL_TITLES:
        return f"{words[0]} {words[1]}", words[2:]
    if len(words) > 1 and words[0].rstrip(".") in ALL_TITLES:
        return words[0].rstrip("."), words[1:]
    return "", words


def parse_name(text: str) -> PersonName:
    """Answer the parts of a name as written ("DC Tom ELLERBY", "KOLA, Ardit", "TRAN Thi Lan").

    >>> parse_name("KOLA, Ardit").canonical, parse_name("TRAN Thi Lan").canonical
    ('Ardit Kola', 'Tran Thi Lan')
    >>> name = parse_name("DC Tom ELLERBY"); (name.title, name.canonical)
    ('DC', 'Tom Ellerby')
    """
    if "," in text:
        surname, _, given = text.partition(",")
        title, given_words = split_title(given.split())
        return PersonName(tuple(given_words), " ".join(surname.split()), title)
    title, words = split_title(text.split())
    if not words:
        return PersonName(title=title)
    if len(words) == 1:
        return PersonName((), words[0], title)
    caps = [i for i, w in enumerate(words) if is_caps_word(w)]
    if caps and caps[0] == 0 and len(caps) < len(words):
        # Family name first in capitals: "NGUYEN Van Hung".
        return PersonName(tuple(words[1:]), words[0], title, family_first=True)
    if caps:
        first = caps[0]
        return PersonName(tuple(words[:first]), " ".join(words[first:]), title)
    return PersonName(tuple(words[:-1]), words[-1], title)
