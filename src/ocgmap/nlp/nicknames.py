"""Nicknames: quoted ("Bigz", "Mama G"), after "called" / "known as" / "aka", and "the
Printer"; then every later occurrence of the same nickname in the report.

A name given to a place ("a flat in Hastings that he calls "Quarry"") is a Location, not
a person; "the X" after a preposition of place ("at the Arndale") names no one.

A nickname span is a Person with `attrs["nickname"]`; its canonical form drops a place or
country code that contact lists add ("Bigz UK" is Bigz, "Roni Dover" is Roni). Which
person a nickname belongs to is decided by `ocgmap.nlp.aliases` and the coref component.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.addresses import STOP_CAPITALISED
from ocgmap.nlp.businesses import sector_of
from ocgmap.nlp.data.words import NOT_ENTITY_ACRONYMS, VEHICLE_WORDS
from ocgmap.nlp.extensions import annotate, get_str
from ocgmap.nlp.letters import GIVEN_WORD, LOWER, NAME_END, UPPER
from ocgmap.nlp.names import is_caps_word, natural_case
from ocgmap.nlp.organisations import find_agency
from ocgmap.nlp.places import lookup, nationality_index, slug
from ocgmap.nlp.spans import char_span, doc_text

NICKNAME = "nickname"

_NICK_WORD = rf"[{UPPER}][\w'’.-]*"
_QUOTED = re.compile(rf"[\"“](?P<nick>(?:the[ ])?{_NICK_WORD}(?:[ \n]{_NICK_WORD}){{0,2}})"
                     r"(?:\s+\+?\d[\d ]{8,14}\d)?[\"”]")
#: "the Printer", "the Baron": a capitalised noun after "the" in mid-sentence.
_THE_NAME = re.compile(rf"\bthe[ ](?P<nick>[{UPPER}][{LOWER}]{{2,}})(?![\w'’-])")
_NAME_GOES_ON = re.compile(rf"[ ]+(?:of|and|&|de|du|la)[ ]+[{UPPER}]")
_INSTITUTIONS = frozenset({"Government", "Crown", "Court", "State", "Army", "Navy", "Church",
                           "Mosque", "Embassy", "Consulate", "Internet", "Web", "Tribunal",
                           "Judge", "Bench", "Queen", "King", "Prime", "Minister", "Ministry",
                           "Press", "Media", "Guardian", "Times", "Sun", "Mirror", "Bank",
                           "Treasury", "Parliament", "Commons", "Lords", "Cabinet", "Mayor",
                           "Channel", "Thames", "Tube", "Underground", "Jungle", "Home"})
_CUED = re.compile(rf"\b(?:called|known as|aka|a\.k\.a\.|alias|nicknamed|knew (?:him|her|them)"
                   rf" as|introduced (?:himself|herself) as|calls (?:him|her)|(?:calls|called) "
                   rf"(?:himself|herself)|goes by|went by|(?:man|woman|boy|girl|person|driver|"
                   rf"lady|guy|someone|friend|contact) named)[ ]+\**"
                   rf"(?P<nick>{GIVEN_WORD}(?:[ ](?:{GIVEN_WORD}|[{UPPER}]\b)){{0,2}}){NAME_END}")
#: Nouns of places a victim or a gang may give a name to.
_PLACE_NOUNS = ("house", "flat", "address", "property", "premises", "place", "building",
                "farm", "site", "yard", "unit", "warehouse", "shop", "estate", "block", "street",
                "road", "village", "town", "caravan", "hotel", "garage", "bando", "trap",
                "squat", "base", "room", "basement", "camp", "park", "field", "spot", "area",
                "flats", "houses", "apartment")
#: "a house in Hastings that he calls "…"", "the flat they called "…"", "a farm known as "…"".
_PLACE_CALLED = re.compile(
    rf"\b(?:{'|'.join(_PLACE_NOUNS)})\b(?:[ \n](?:in|on|at|near|outside|off|above|behind)"
    rf"[ \n][{UPPER}][\w'’-]*(?:[ \n][{UPPER}][\w'’-]*)?)?,?[ \n]+(?:(?:that|which|where)[ \n]+)?"
    r"(?:(?:he|she|they|we|everyone|people|the\s+\w+|workers|victims)[ \n]+)?"
    r"(?:calls?|called|knows?\s+as|knew\s+as|known\s+as|refer(?:s|red)?\s+to\s+as|"
    r"nicknamed)[ \n]+[\"“]?\Z", re.I)
#: Prepositions after which "the X" is a place ("at the Arndale"), not a person.
_PLACE_PREPOSITIONS = frozenset({"at", "in", "into", "inside", "outside", "near", "behind",
                                 "opposite", "towards", "past", "beside", "around"})
#: Words that open nicknames ("Uncle Hung", "Mama G") though they are not names.
HONORIFICS = frozenset({"Uncle", "Aunt", "Aunty", "Auntie", "Mama", "Madam", "Boss", "Oga",
                         "Chu", "Co", "Chi", "Anh", "Nea", "Baba", "Papa", "Big", "Little",
                         "Lil", "Mister", "Sister", "Brother", "Bro", "Don", "Mr", "Mrs"})
_NICK_STOP = frozenset(w.title() for w in STOP_WORDS) | frozenset(
    {"Yes", "No", "Ok", "Okay", "Hello", "Sorry", "Please", "Thanks", "Dear", "Subject",
     "Victim", "Police", "Madam"})


def strong_place(word: str) -> bool:
    """Answer whether `word` is a gazetteer place that is not also a common name."""
    place = lookup(word)
    return place is not None and not place.weak


def _nickname(raw: str) -> str | None:
    """Answer the canonical form of a quoted or cued nickname, or None if it is not one."""
    words = raw.split()
    core = words[1:] if words[0] == "the" else words
    if not core or any(c.isdigit() for c in raw):
        return None
    if len(core) == 1 and is_caps_word(core[0]):
        return None  # operation names and codes: "TALLOW", "OT"
    if core[0] in _NICK_STOP and core[0] not in HONORIFICS:
        return None
    if len(core) > 1 and all(is_caps_word(w) for w in core):
        words = [natural_case(w) for w in words]  # "ANH BEO" on a scrap of paper
    if (strong_place(raw) or find_agency(raw) is not None or raw in nationality_index()
            or core[0] in NOT_ENTITY_ACRONYMS or core[0] in VEHICLE_WORDS):
        return None
    # Contact names carry a place or country code: "Bigz UK", "Roni Dover".
    if len(core) > 1 and (re.fullmatch(r"[A-Z]{2}", core[-1]) or lookup(core[-1])):
        words = words[:-1]
    return " ".join(words)


def _place_named(text: str, start: int) -> bool:
    """Answer whether the nickname at `start` is the name someone gives to a place."""
    return bool(_PLACE_CALLED.search(text, max(0, start - 90), start))


def place_names(text: str) -> dict[str, str]:
    """Answer the names given to places in `text` ("Quarry"), each with its canonical form."""
    names: dict[str, str] = {}
    for pattern in (_QUOTED, _CUED):
        for match in pattern.finditer(text):
            canonical = _nickname(match.group("nick"))
            if canonical is not None and _place_named(text, match.start("nick")):
                names[match.group("nick")] = canonical
    return names


def place_nickname_spans(doc: Doc) -> Iterator[Span]:
    """Answer Location spans of the names given to places ("the flat he calls "Quarry"")
    and of their later mentions."""
    text = doc_text(doc)
    names = place_names(text)
    if not names:
        return
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        sorted((re.escape(n) for n in names), key=len, reverse=True)) + rf"){NAME_END}")
    for match in pattern.finditer(text):
        span = char_span(doc, match.start(), match.end(), labels.LOCATION, slack=0)
        if span is not None:
            canonical = names[match.group()]
            yield annotate(span, canonical=canonical, source=NICKNAME, kind="place",
                           gid=f"place:{slug(canonical)}")


def nickname_spans(doc: Doc) -> Iterator[Span]:
    """Answer nickname spans: quoted names and names after "called" / "known as"."""
    text = doc_text(doc)
    places = place_names(text)
    for pattern in (_QUOTED, _CUED, _THE_NAME):
        for match in pattern.finditer(text):
            canonical = _nickname(match.group("nick"))
            if canonical is None or match.group("nick") in places or (
                    pattern is _THE_NAME and f"the {match.group('nick')}" in places):
                continue
            if pattern is _THE_NAME and not _standalone_the_name(doc, match):
                continue
            start = match.start("nick")
            if pattern is _THE_NAME:
                canonical, start = f"the {canonical}", match.start()
            span = char_span(doc, start, match.end("nick"), labels.PERSON, slack=0)
            if span is not None:
                yield annotate(span, canonical=canonical, source=NICKNAME,
                               attrs={"nickname": True, "cue": pattern is not _QUOTED})


def _standalone_the_name(doc: Doc, match: re.Match[str]) -> bool:
    """Answer whether "the X" names someone: X is no institution and no noun follows."""
    word = match.group("nick")
    before = doc_text(doc)[max(0, match.start() - 12):match.start()].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return False
    if (word in _INSTITUTIONS or word in STOP_CAPITALISED or sector_of(word)
            or word.endswith(("ing", "ion", "ment", "ism", "ity"))):
        return False
    span = doc.char_span(match.start("nick"), match.end("nick"))
    if span is None or span[0].pos_ not in ("PROPN", ""):
        return False
    if _NAME_GOES_ON.match(doc_text(doc), match.end()):
        return False  # "the Hook of Holland", "the Bank of England"
    if span.end >= len(doc):
        return True
    after = doc[span.end]
    if after.pos_:
        return after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}
    return after.is_punct or after.is_stop


def repeated_nicknames(doc: Doc, nicknames: list[Span]) -> Iterator[Span]:
    """Answer the unquoted occurrences of `nicknames` ("Bigz visited")."""
    known = {ent.text: get_str(ent, "ocg_canonical") or ent.text for ent in nicknames}
    forms = {**known, **{canonical: canonical for canonical in known.values()}}
    if not forms:
        return
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        sorted((re.escape(f) for f in forms), key=len, reverse=True)) + rf"){NAME_END}")
    for match in pattern.finditer(doc_text(doc)):
        span = char_span(doc, match.start(), match.end(), labels.PERSON, slack=0)
        if span is not None:
            yield annotate(span, canonical=forms[match.group()], source=NICKNAME,
                           attrs={"nickname": True})
