"""Organisation component (before `ner`): agencies, councils, forces, platforms and OCGs.

- Agencies and platforms from the agency table (`data/agencies.py`): acronyms matched
  case-sensitively ("NCA", "Met"), names case-insensitively ("WEST MIDLANDS POLICE").
- Patterns: "<Place> City Council", "<Place> Children's Services", "<Name> Police",
  "Romanian police", "<Name> Hospital", "<Place> Crown Court".
- Criminal groups: "the KOLA network", "OSAGIE group", "the Stoica family", "the Ace
  line" become Organisations of kind "ocg" named in natural case ("Kola group").

Spans get `ocg_kind` ("agency", "ocg" or "platform"), `ocg_gid`, the canonical name and
`attrs["category"]` (police, agency, local_authority, ngo, international, court,
hospital, platform, ocg).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.addresses import STOP_CAPITALISED, TITLE_WORD
from ocgmap.nlp.data.agencies import AGENCIES
from ocgmap.nlp.data.words import NOT_ENTITY_ACRONYMS, OCG_NOUNS
from ocgmap.nlp.extensions import annotate, register_extensions
from ocgmap.nlp.names import natural_case
from ocgmap.nlp.places import lookup, nationality_index, place_index, slug
from ocgmap.nlp.spans import char_span, doc_text, merge_ents

SOURCE = "organisations"


@dataclass(frozen=True, slots=True)
class Agency:
    """A public body, NGO or platform: canonical name, category and stable id."""

    gid: str
    name: str
    category: str

    @property
    def kind(self) -> str:
        """Answer the organisation kind: "platform" or "agency"."""
        return "platform" if self.category == "platform" else "agency"


def _case_sensitive(alias: str) -> bool:
    return alias.isupper() or " " not in alias


@cache
def agency_index() -> dict[str, Agency]:
    """Answer every agency name and alias mapped to its agency (keys: as written)."""
    index: dict[str, Agency] = {}
    for line in AGENCIES.strip().splitlines():
        category, _, names = line.partition(":")
        canonical, _, aliases = names.partition("=")
        agency = Agency(f"agency:{slug(canonical)}", canonical.strip(), category.strip())
        for alias in [canonical, *aliases.split(";")]:
            if alias.strip():
                index.setdefault(alias.strip(), agency)
    return index


@cache
def _agency_by_lower() -> dict[str, Agency]:
    return {name.lower(): agency for name, agency in agency_index().items()
            if not _case_sensitive(name)}


def find_agency(text: str) -> Agency | None:
    """Answer the agency named `text` (aliases exact, names in any case), or None.

    >>> find_agency("WEST MIDLANDS POLICE").name, find_agency("GMP").name
    ('West Midlands Police', 'Greater Manchester Police')
    """
    cleaned = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
    return agency_index().get(cleaned) or _agency_by_lower().get(cleaned.lower())


def _phrase(words: str) -> str:
    """Answer a regex for `words` in Title Case or in capitals."""
    title = r"[ ]".join(re.escape(w) for w in words.split())
    upper = r"[ ]".join(re.escape(w.upper()) for w in words.split())
    return f"(?:{title}|{upper})"


_CAP_WORD = r"[A-Z][A-Za-z'’&-]*"
_JOINED_PLACES = "|".join(sorted((re.escape(name) for name in place_index()
                                  if " and " in name or " upon " in name), key=len, reverse=True))
_NAME = rf"(?:{_JOINED_PLACES}|{_CAP_WORD}(?:[ ](?:(?:of|upon|&)[ ])?{_CAP_WORD}){{0,3}})"
_COUNCIL = _phrase("Council")
_TAILS = "|".join(_phrase(t) for t in ("Trading Standards", "Children's Services",
                                       "Children's Social Care", "Social Services"))
_SERVICES = "|".join(_phrase(t) for t in (
    "Children's Services", "Children's Trust", "Children's Social Care", "Social Services",
    "Youth Offending Team", "Trading Standards"))
#: (pattern, category, words one of which the text must contain for the pattern to run)
_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(rf"\b{_NAME}[ ](?:(?:City|Borough|County|District|CITY|BOROUGH|COUNTY)[ ])?"
                rf"{_COUNCIL}(?:[ ](?:{_TAILS}))?(?![\w'])"), "local_authority",
     ("Council", "COUNCIL")),
    (re.compile(rf"\b{_NAME}[ ](?:{_SERVICES})(?![\w'])"), "local_authority",
     ("Services", "SERVICES", "Trust", "TRUST", "Care", "CARE", "Team", "TEAM", "Standards",
      "STANDARDS")),
    (re.compile(rf"\b{_NAME}[ ](?:Police|POLICE|Constabulary|CONSTABULARY)"
                r"(?![ ](?:[Ss]tation|[Oo]fficers?)\b)(?![\w'])"), "police",
     ("Police", "POLICE", "Constabulary", "CONSTABULARY")),
    (re.compile(rf"\b{_NAME}[ ](?:Hospital|Infirmary|HOSPITAL)(?![\w'])"), "hospital",
     ("Hospital", "Infirmary", "HOSPITAL")),
    (re.compile(rf"\b{_NAME}[ ](?:Crown|Magistrates'?|Youth|County|Family)[ ]Court(?![\w'])"),
     "court", (" Court",)),
)
#: Words a pattern match may start with that are not part of the name ("A Wigan Council…").
_LEADING = frozenset(w.title() for w in STOP_WORDS) | NOT_ENTITY_ACRONYMS | frozenset(
    {"Following", "Dear", "Via", "Contact", "Contacted", "Informed", "Attended"})
_DEMONYM_POLICE = re.compile(r"\b(?P<dem>" + "|".join(sorted(
    (re.escape(n) for n in nationality_index()), key=len, reverse=True))
    + r")[ ](?P<what>(?:[Bb]order[ ])?[Pp]olice)\b")

_OCG_NOUN = "|".join(n.replace(" ", "[ ]") for n in sorted(OCG_NOUNS, key=len, reverse=True))
_OCG = re.compile(rf"""(?<![\w'])
    (?: (?P<caps>[A-Z][A-Z'’-]{{1,30}}) | (?P<title>{TITLE_WORD})
      | ["“](?P<quoted>[^"”\n]{{1,25}})["”] )
    [ ](?P<noun>{_OCG_NOUN})(?![\w-])
  | ["“](?P<inside>[A-Z][\w'’-]{{1,24}})[ ](?P<noun2>{_OCG_NOUN})["”]""", re.X)


@Language.factory("ocgmap_organisations", default_config={"ocg": True})
def make_organisations(nlp: Language, name: str, ocg: bool) -> Organisations:
    """Build the organisation component; `ocg` turns the criminal-group patterns on."""
    return Organisations(nlp, ocg)


class Organisations:
    """Tag agencies, councils, forces, platforms and criminal groups."""

    def __init__(self, nlp: Language, ocg: bool = True) -> None:
        register_extensions()
        self.ocg = ocg
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        for alias, agency in agency_index().items():
            matcher = self.exact if _case_sensitive(alias) else self.any_case
            matcher.add(agency.gid, [nlp.make_doc(alias)])
        self.by_gid = {agency.gid: agency for agency in agency_index().values()}

    def __call__(self, doc: Doc) -> Doc:
        found = [*self.agency_spans(doc), *pattern_spans(doc)]
        if self.ocg:
            found.extend(ocg_spans(doc))
        merge_ents(doc, found)
        return doc

    def agency_spans(self, doc: Doc) -> Iterator[Span]:
        """Answer spans of agencies and platforms named in the agency table."""
        strings = doc.vocab.strings
        for matcher in (self.exact, self.any_case):
            for match_id, start, end in matcher(doc):
                agency = self.by_gid[strings[match_id]]
                span = Span(doc, start, end, label=labels.ORGANISATION)
                yield _annotated(span, agency)


def _annotated(span: Span, agency: Agency) -> Span:
    return annotate(span, canonical=agency.name, kind=agency.kind, gid=agency.gid,
                    source=SOURCE, attrs={"category": agency.category})


def pattern_spans(doc: Doc) -> Iterator[Span]:
    """Answer councils, children's services, forces, hospitals and courts by pattern."""
    text = doc_text(doc)
    for pattern, category, needs in _PATTERNS:
        if not any(word in text for word in needs):
            continue
        for match in pattern.finditer(text):
            start, phrase = match.start(), match.group()
            while phrase.split(" ", 1)[0] in _LEADING:
                head, _, phrase = phrase.partition(" ")
                start += len(head) + 1
            if category in ("local_authority", "police"):
                skipped = _words_before_place(phrase)
                if skipped:
                    start += len(skipped)
                    phrase = phrase[len(skipped):]
            words = phrase.split()
            if len(words) < 2:
                continue
            span = char_span(doc, start, match.end(), labels.ORGANISATION, slack=0)
            if span is None:
                continue
            agency = find_agency(phrase)
            if agency is None:
                name = natural_case(" ".join(words), keep_acronyms=True)
                agency = Agency(f"agency:{slug(name)}", name, category)
            yield _annotated(span, agency)
    for match in _DEMONYM_POLICE.finditer(text) if "olice" in text else ():
        span = char_span(doc, match.start(), match.end(), labels.ORGANISATION, slack=0)
        if span is not None:
            name = f"{match.group('dem')} {match.group('what').title()}"
            yield _annotated(span, find_agency(name) or
                             Agency(f"agency:{slug(name)}", name, "police"))


def _words_before_place(phrase: str) -> str:
    """Answer the leading words of a council or force name before the place it is named
    after ("Constable Mark Evans of " in "Constable Mark Evans of Kent Police")."""
    if find_agency(phrase) is not None:
        return ""
    words = phrase.split(" ")
    for first in range(len(words) - 1):
        for size in (3, 2, 1):
            if first + size < len(words) and lookup(" ".join(words[first:first + size])):
                return "".join(f"{w} " for w in words[:first])
        if find_agency(" ".join(words[first:])) is not None:
            return "".join(f"{w} " for w in words[:first])
    return ""


def ocg_spans(doc: Doc) -> Iterator[Span]:
    """Answer criminal-group spans: a surname, nickname or name before "network", "group"…"""
    for match in _OCG.finditer(doc_text(doc)):
        name = (match.group("caps") or match.group("title") or match.group("quoted")
                or match.group("inside") or "")
        first = name.split()[0] if name.split() else ""
        if (not first or first in STOP_CAPITALISED or first.title() in STOP_CAPITALISED
                or name in NOT_ENTITY_ACRONYMS or name.title() in nationality_index()
                or name in nationality_index() or find_agency(name) is not None
                or lookup(name) is not None):
            continue
        start, end = match.start(), match.end()
        if match.group("quoted"):
            start = match.start("quoted") - 1
        elif match.group("inside"):
            start, end = match.start("inside"), match.end("noun2")
        span = char_span(doc, start, end, labels.ORGANISATION, slack=0)
        if span is None or (match.group("title") and span[0].pos_ not in {"", "PROPN"}):
            continue
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_alpha and (before.is_title or before.is_upper) \
                and before.lower_ not in STOP_WORDS:
            continue  # "International Liaison network": part of a longer name ("The": not)
        noun = match.group("noun") or match.group("noun2")
        canonical = f"{natural_case(name)} {noun if noun == 'OCG' else noun.lower()}"
        yield annotate(span, canonical=canonical, kind="ocg", gid=f"ocg:{slug(canonical)}",
                       source=SOURCE, attrs={"category": "ocg"})
