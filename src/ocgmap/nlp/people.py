"""People component (after `ner`): names as police write them, nicknames and aliases.

Rules (regular expressions over the text, checked against word lists):

- ALL-CAPS surnames: "Ardit KOLA", "DC Tom ELLERBY", "KOLA, Ardit", "MARKU, Klodiana (26)",
  "TRAN Thi Lan" (family name first), "F. STOICA", "Mrs OLAWALE", "Mr Lin";
- anonymised victims: "E.H.", "Precious A.", and "T." when it recurs as a subject;
- e-mail header names ("From: Claire Bennett <claire.bennett@example.org>");
- nicknames (`ocgmap.nlp.nicknames`) and the aliases the report states
  (`ocgmap.nlp.aliases`).

Model PERSON spans are parsed the same way (titles split off). Each Person span gets its
canonical name ("Ardit Kola") and attributes: given, surname, family_first, title, age,
nationality, gender, nickname, official and role. Aliases are recorded as links in
`doc._.ocg_links`; the coref component merges them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.addresses import STOP_CAPITALISED
from ocgmap.nlp.aliases import alias_links
from ocgmap.nlp.data.words import (
    COMPANY_SUFFIXES,
    NOT_ENTITY_ACRONYMS,
    OFFICIAL_ROLES,
    OFFICIAL_TITLES,
)
from ocgmap.nlp.extensions import (
    ATTRS,
    add_links,
    annotate,
    attrs_of,
    get_str,
    register_extensions,
    set_field,
)
from ocgmap.nlp.letters import CAPS_WORD, GIVEN_WORD, LOWER, NAME_END, NAME_START, UPPER
from ocgmap.nlp.names import ALL_TITLES, PersonName, is_caps_word, parse_name
from ocgmap.nlp.nicknames import (
    nickname_spans,
    place_nickname_spans,
    repeated_nicknames,
    strong_place,
)
from ocgmap.nlp.organisations import find_agency
from ocgmap.nlp.places import nationality_index
from ocgmap.nlp.spans import char_span, doc_text, select

SOURCE = "people"

_CAPS = CAPS_WORD
_GIVEN = GIVEN_WORD
_TITLE = "|".join(sorted((re.escape(t).replace(r"\ ", "[ ]") for t in ALL_TITLES), key=len,
                         reverse=True))
_START = NAME_START
_END = NAME_END
_AGE = (rf"(?:[ ]*\((?P<age>\d{{1,2}})(?:,\s*(?P<nat>[{UPPER}][{LOWER}]+))?\))?"
        rf"(?:,[ ]*(?P<after>[{UPPER}][{LOWER}]+)\b(?![ ]+{CAPS_WORD}))?")
_TITLED = rf"(?:(?P<title>{_TITLE})\.?[ ]+)?"

_INVERTED = re.compile(rf"{_START}(?P<sur>{_CAPS}(?:[ -]{_CAPS})?),[ ]+{_TITLED}"
                       rf"(?P<given>{_GIVEN}(?:[ ]{_GIVEN}){{0,2}}){_END}{_AGE}")
_GIVEN_FIRST = re.compile(rf"{_START}{_TITLED}(?P<given>{_GIVEN}(?:[ ]{_GIVEN}){{0,2}})[ ]+"
                          rf"(?P<sur>{_CAPS}(?:[ -]{_CAPS})?){_END}{_AGE}")
_FAMILY_FIRST = re.compile(rf"{_START}{_TITLED}(?P<sur>{_CAPS})[ ]+"
                           rf"(?P<given>{_GIVEN}(?:[ ]{_GIVEN}){{0,2}}){_END}{_AGE}")
_INITIAL = re.compile(rf"{_START}(?P<given>[{UPPER}]\.)[ ]?(?P<sur>{_CAPS}){_END}{_AGE}")
_TITLE_NAME = re.compile(rf"{_START}(?P<title>{_TITLE})\.?(?:[ \t]+\n?|\n)[ \t]*"
                         rf"(?P<given>(?:{_GIVEN}|{_CAPS})"
                         rf"(?:[ ](?:{_GIVEN}|{_CAPS})){{0,2}}){_END}{_AGE}")
_GIVEN_INITIAL = re.compile(rf"{_START}(?P<given>{_GIVEN}(?:[ ]{_GIVEN})?)[ ](?P<sur>[{UPPER}]\.)"
                            r"(?=[\s,;:)]|$)")
_CAPS_NICKNAMED = re.compile(rf"{_START}(?P<sur>{_CAPS})(?=[ ]*\([ ]*[\"“])")
_CAPS_GIVEN_BRACKETED = re.compile(rf"{_START}(?P<sur>{_CAPS})[ ]*\((?P<given>{_GIVEN}"
                                   rf"(?:[ ]{_GIVEN}){{0,2}})\)")
_ROLE_LABEL = re.compile(
    rf"(?i:\b(?:referrer|oic|officer|submitted by|compiled by|reporting officer|"
    rf"first responder|interpreter|analyst|author|entered by|led by|officer in the case)"
    rf"\s*:?\s+)(?:(?P<title>{_TITLE})\.?\s+)?(?P<given>{_GIVEN}(?:[ ]{_GIVEN})?)[ ]"
    rf"(?P<sur>{_GIVEN}|{_CAPS}){_END}")
_INITIALS = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.){{2,3}}(?![\w])")
_LONE_INITIAL = re.compile(rf"(?<![\w.’'])[{UPPER}]\.(?=[ ]+[a-z])")

_HEADER = re.compile(r"(?im)^(?:from|to|cc|bcc|reply-to|sender):[ \t]*(?P<value>.+)$")
_MAILBOX = re.compile(r"(?P<name>[^<>,;\"\n]+?)[ \t]*<[^<>\s]+@[^<>\s]+>")
_MAILBOX_WORDS = frozenset({"Desk", "Team", "Unit", "Intelligence", "Office", "Admin", "Duty",
                            "Inbox", "Referrals", "Hub", "Support", "Enquiries", "Info",
                            "Mailbox", "Group", "Cell", "Bureau", "Service", "Services"})

_ROLES = "|".join(sorted((re.escape(r) for r in OFFICIAL_ROLES), key=len, reverse=True))
_ROLE_BEFORE = re.compile(rf"(?i)(?P<role>{_ROLES})\s*(?:[:,(]|\s)\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)"
                          r"\.?\s+)?\Z")
_ROLE_AFTER = re.compile(rf"(?i)[ \t]*(?:,|\(|\n)\s*(?:the\s+)?(?:[\w' -]{{0,30}}?\s)?"
                         rf"(?P<role>{_ROLES})\b")
_AGENCY_AFTER = re.compile(r"[ \t]*\(\s*[^)\n]{0,60}?\b(?:Police|Council|Constabulary|"
                           r"Force|Agency|PAF|NCA|GLAA|Services|social care|Trust)\b")


#: Words of report headings the model takes for names ("Key Findings", "Next Steps").
_HEADING_WORDS = frozenset({
    "Findings", "Conclusions", "Conclusion", "Recommendations", "Outcomes", "Outcome",
    "Details", "Background", "Overview", "Introduction", "Chronology", "Timeline",
    "Methodology", "Analysis", "Risks", "Steps", "Key", "Executive", "Purpose", "Scope",
    "Context", "Response", "Evidence", "Concerns", "Vulnerabilities", "Circumstances",
    "Considerations", "Appendix", "Glossary", "Contents", "Sentencing", "Remarks",
    "Mitigation", "Verdict", "Judgment", "Typology", "Typologies", "Transactions"})
_COMPANY_WORDS = frozenset(s.upper().rstrip(".") for s in COMPANY_SUFFIXES)
#: "Mihai TOMA, Radu IONESCU": the words after the comma are a second name, not the
#: given names of the first.
_NEXT_NAME = re.compile(rf"[ ]+{_CAPS}{_END}")

_NOT_NAME_POS = frozenset({"ADV", "ADP", "DET", "PRON", "AUX", "VERB", "CCONJ", "SCONJ",
                           "PART", "INTJ", "NUM"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    name: PersonName
    age: str | None = None
    nationality: str | None = None


@Language.factory("ocgmap_people", default_config={"nicknames": True})
def make_people(nlp: Language, name: str, nicknames: bool) -> People:
    """Build the people component; `nicknames` turns nickname and alias rules on."""
    return People(nicknames)


class People:
    """Tag people by police conventions; parse model PERSON spans; record aliases."""

    def __init__(self, nicknames: bool = True) -> None:
        register_extensions()
        self.nicknames = nicknames

    def __call__(self, doc: Doc) -> Doc:
        found = [*rule_spans(doc), *header_spans(doc), *initials_spans(doc)]
        kept = []
        for ent in doc.ents:
            if ent.label_ != labels.PERSON or get_str(ent, "ocg_source") is not None:
                kept.append(ent)
                continue
            name = parse_name(ent.text)
            words = [*name.given, *name.surname.split()]
            if not any(word in STOP_CAPITALISED or word in _HEADING_WORDS
                       or word.upper().rstrip(".") in _COMPANY_WORDS for word in words):
                # (else "Liaison Officer", "Girl": dropped)
                found.append(annotate(ent, canonical=name.canonical, attrs=_name_attrs(name)))
        if self.nicknames:
            nicknames = list(nickname_spans(doc))
            found.extend(nicknames)
            found.extend(repeated_nicknames(doc, nicknames))
            found.extend(place_nickname_spans(doc))
        ents = select([*found, *kept])
        doc.set_ents(ents)
        text = doc_text(doc)
        people = [ent for ent in ents if ent.label_ == labels.PERSON]
        for ent in people:
            mark_official(ent, text)
        if self.nicknames:
            add_links(doc, alias_links(doc, people))
        return doc


def _name_attrs(name: PersonName, age: str | None = None,
                nationality: str | None = None) -> dict[str, Any]:
    attrs: dict[str, Any] = {"given": list(name.given), "surname": name.surname,
                             "family_first": name.family_first}
    if name.title:
        attrs["title"] = name.title
    if name.gender:
        attrs["gender"] = name.gender
    if age:
        attrs["age"] = int(age)
    if nationality and nationality in nationality_index():
        attrs["nationality"] = nationality_index()[nationality].name
    return attrs


def _bad_word(word: str) -> bool:
    return (word in STOP_CAPITALISED or word in nationality_index() or strong_place(word)
            or find_agency(word) is not None)


def _bad_surname(word: str) -> bool:
    if word.upper().rstrip(".") in _COMPANY_WORDS:
        return True  # "Carpathia Express SRL"
    if is_caps_word(word):
        return (word in NOT_ENTITY_ACRONYMS or find_agency(word) is not None
                or word.title() in STOP_CAPITALISED)
    return (word in STOP_CAPITALISED or word in nationality_index()
            or find_agency(word) is not None)


@dataclass(frozen=True, slots=True)
class _Shape:
    """How to read one name pattern: order, where the span starts and ends."""

    pattern: re.Pattern[str]
    family_first: bool = False
    needs_given: bool = False
    #: Drop leading capitalised words that are no names ("Contact Ardit KOLA").
    strip_leading: bool = False
    #: The span starts at the title or given name (not at the match, which has a label).
    from_name: bool = False
    #: The group the span ends with ("" for the whole match).
    end_group: str = "sur"


_SHAPES = (
    _Shape(_INVERTED, end_group="given"),
    _Shape(_GIVEN_FIRST, needs_given=True, strip_leading=True, from_name=True),
    _Shape(_FAMILY_FIRST, family_first=True, needs_given=True, end_group="given"),
    _Shape(_INITIAL),
    _Shape(_TITLE_NAME, end_group="given"),
    _Shape(_GIVEN_INITIAL, needs_given=True, strip_leading=True, from_name=True),
    _Shape(_CAPS_NICKNAMED),
    _Shape(_CAPS_GIVEN_BRACKETED, family_first=True, end_group=""),
    _Shape(_ROLE_LABEL, needs_given=True, from_name=True),
)


def _candidates(text: str) -> Iterator[_Candidate]:
    for shape in _SHAPES:
        for match in shape.pattern.finditer(text):
            candidate = _candidate(shape, match)
            if candidate is not None:
                yield candidate


def _candidate(shape: _Shape, match: re.Match[str]) -> _Candidate | None:
    """Answer the person a name-pattern match names, or None if the words are no name."""
    groups = match.groupdict()
    title = groups.get("title") or ""
    given = (groups.get("given") or "").split()
    given_start = match.start("given") if given else match.end()
    while given and shape.strip_leading and not title and _bad_word(given[0]):
        given_start += len(given.pop(0)) + 1
    if shape.pattern is _INVERTED and _NEXT_NAME.match(match.string, match.end("given")):
        return None
    if shape.pattern is _TITLE_NAME:
        name = parse_name(" ".join([title, *given]))  # "Mr Lin" is a surname
    else:
        name = PersonName(tuple(given), groups["sur"], title, shape.family_first)
    if (not name.surname or _bad_surname(name.surname.split()[-1])
            or any(_bad_word(g) for g in name.given if not g.endswith("."))
            or (shape.needs_given and not name.given)):
        return None
    name_start = match.start("title") if title else given_start
    start = name_start if shape.from_name else match.start()
    end = match.end(shape.end_group) if shape.end_group else match.end()
    return _Candidate(start, end, name, groups.get("age"),
                      groups.get("nat") or groups.get("after"))


def rule_spans(doc: Doc) -> Iterator[Span]:
    """Answer Person spans found by the police-convention name patterns."""
    for candidate in _candidates(doc_text(doc)):
        span = char_span(doc, candidate.start, candidate.end, labels.PERSON, slack=0)
        name = candidate.name
        if span is not None and not name.title and not name.family_first and name.given \
                and span[0].text == name.given[0] and span[0].pos_ in _NOT_NAME_POS:
            # "Later KOLA drove…": a sentence opener the tagger knows is no name.
            name = PersonName(name.given[1:], name.surname)
            span = span[1:] if name.given else None
        if span is not None:
            yield annotate(span, canonical=name.canonical, source=SOURCE,
                           attrs=_name_attrs(name, candidate.age, candidate.nationality))


def header_spans(doc: Doc) -> Iterator[Span]:
    """Answer the people named in e-mail From/To/Cc headers (officials)."""
    for header in _HEADER.finditer(doc_text(doc)):
        for box in _MAILBOX.finditer(header.group("value")):
            raw = box.group("name").strip().strip("'\"")
            name = parse_name(raw)
            words = [*name.given, name.surname]
            if len(words) < 2 or any(w in _MAILBOX_WORDS or not w[:1].isupper() for w in words):
                continue
            start = header.start("value") + box.start("name") + box.group("name").find(raw)
            span = char_span(doc, start, start + len(raw), labels.PERSON, slack=0)
            if span is not None:
                yield annotate(span, canonical=name.canonical, source=SOURCE,
                               attrs={**_name_attrs(name), "official": True})


def initials_spans(doc: Doc) -> Iterator[Span]:
    """Answer anonymised people: initials ("E.H.") and a lone initial that recurs ("T.")."""
    text = doc_text(doc)
    for pattern, least in ((_INITIALS, 1), (_LONE_INITIAL, 3)):
        matches = list(pattern.finditer(text))
        counts: dict[str, int] = {}
        for match in matches:
            counts[match.group()] = counts.get(match.group(), 0) + 1
        for match in matches:
            initials = match.group()
            if counts[initials] < least or initials.replace(".", "") in NOT_ENTITY_ACRONYMS:
                continue
            span = char_span(doc, match.start(), match.end(), labels.PERSON, slack=0)
            if span is not None:
                yield annotate(span, canonical=initials, source=SOURCE,
                               attrs={"initials": True, "count": counts[initials]})


def mark_official(span: Span, text: str) -> None:
    """Mark a Person span as an official when a rank or a job word goes with it
    (`text` is the text of the span's Doc)."""
    attrs = attrs_of(span)
    if attrs.get("title") in OFFICIAL_TITLES:
        attrs["official"] = True
    line_start = text.rfind("\n", 0, span.start_char) + 1
    window_end = min(len(text), span.end_char + 80)
    before = _ROLE_BEFORE.search(text[max(line_start, span.start_char - 60):span.start_char])
    after = _ROLE_AFTER.match(text, span.end_char, window_end)
    if before or after:
        attrs["official"] = True
        attrs.setdefault("role", (before or after).group("role").lower())  # type: ignore[union-attr]
    elif _AGENCY_AFTER.match(text, span.end_char, window_end):
        attrs["official"] = True
    if attrs.get("official"):
        set_field(span, ATTRS, attrs)
