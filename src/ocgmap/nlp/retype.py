"""Retype component (after `ner`): model labels become node types, after checks.

The small model's PERSON, ORG, GPE, LOC and FAC entities are kept only when they look
like names, and relabelled: a PERSON that is a gazetteer place ("Calais") becomes a
Location, an ORG with a company suffix or trade word becomes a Business, a known agency
an Organisation; vehicle makes ("Previa"), report acronyms ("NRM"), lower-case words
("lorry") and mark-up are dropped. Entities made by our own rules are left alone.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.nlp import labels
from ocgmap.nlp.acts import VERBS
from ocgmap.nlp.addresses import STOP_CAPITALISED
from ocgmap.nlp.businesses import sector_of
from ocgmap.nlp.data.words import (
    COMPANY_SUFFIXES,
    NOT_ENTITY_ACRONYMS,
    STREET_SUFFIXES,
    VEHICLE_WORDS,
)
from ocgmap.nlp.extensions import annotate, get_str, register_extensions, relabel
from ocgmap.nlp.names import is_caps_word, natural_case
from ocgmap.nlp.organisations import find_agency
from ocgmap.nlp.places import lookup, slug
from ocgmap.nlp.spans import replace_ents

_JUNK = re.compile(r"[#*|<>@=:_\d]|--|\n\s*\n")
#: RFC 822 header names, which the model takes for organisations.
_HEADER_NAMES = frozenset({"content-type", "content-transfer-encoding", "mime-version",
                           "message-id", "reply-to", "in-reply-to", "return-path",
                           "x-mailer", "received", "references", "subject", "date"})
#: Words that make a name a public body, not a business ("Border and Immigration Agency").
_INSTITUTION_WORDS = frozenset({
    "Department", "Ministry", "Agency", "Authority", "Commission", "Council", "Police",
    "Constabulary", "Office", "Government", "Executive", "Inspectorate", "Centre", "Trust",
    "Society", "Association", "Foundation", "Charity", "Helpline", "University", "College",
    "Court", "Embassy", "Consulate", "Service", "Directorate", "Bureau", "Commissioner",
    "Tribunal", "Parliament", "Committee", "Board", "Institute"})
#: Last words of the names of units inside a force or agency (not annotated as entities).
_UNIT_WORDS = frozenset({"Unit", "Team", "Division", "Department", "Squad", "Command", "Desk",
                         "Cell", "Hub", "Branch", "Section", "CID", "NPT", "Directorate"})
_EDGE_PUNCT = "*\"'“”‘’()[],.;:- \n\t"


@Language.factory("ocgmap_retype", default_config={"keep_unknown_orgs": True,
                                                   "keep_unknown_places": True})
def make_retype(nlp: Language, name: str, keep_unknown_orgs: bool,
                keep_unknown_places: bool) -> Retype:
    """Build the retype component; the flags keep model ORGs and places not in our lists."""
    return Retype(keep_unknown_orgs, keep_unknown_places)


class Retype:
    """Check and relabel the statistical model's entities."""

    def __init__(self, keep_unknown_orgs: bool = True, keep_unknown_places: bool = True) -> None:
        register_extensions()
        self.keep_unknown_orgs = keep_unknown_orgs
        self.keep_unknown_places = keep_unknown_places

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        counts = Counter(doc.to_array("ORTH").tolist())
        for ent in doc.ents:
            if get_str(ent, "ocg_source") is not None or ent.label_ not in labels.MODEL_LABELS:
                kept.append(ent)
                continue
            retyped = self.retype(trim(ent), counts)
            if retyped is not None:
                kept.append(retyped)
        replace_ents(doc, kept)
        return doc

    def retype(self, span: Span | None, counts: Counter[int]) -> Span | None:
        """Answer `span` relabelled as a node type, or None when it is not an entity
        (`counts`: how often each word occurs in the Doc)."""
        if span is None or not looks_like_a_name(span):
            return None
        text = " ".join(span.text.split())
        place = lookup(text)
        if place is not None:
            return annotate(relabel(span, labels.LOCATION), canonical=place.name,
                            kind=place.kind, gid=place.gid)
        agency = find_agency(text)
        if agency is not None:
            return annotate(relabel(span, labels.ORGANISATION), canonical=agency.name,
                            kind=agency.kind, gid=agency.gid, attrs={"category": agency.category})
        words = text.split()
        if span.label_ != "PERSON" and words[-1] in _UNIT_WORDS:
            return None  # "Reading CID", "Economic Crime Unit": a unit in a signature line
        if span.label_ == "PERSON":
            if (len(span) == 1 and not _lone_name(span, counts)) or any(
                    not any(c.isalpha() for c in w) for w in words):
                return None
            if words[-1] in STREET_SUFFIXES and len(words) > 1:
                return annotate(relabel(span, labels.LOCATION), canonical=text, kind="street",
                                gid=f"street:{slug(text)}")
            return relabel(span, labels.PERSON)
        if any(w in _INSTITUTION_WORDS for w in words):
            name = natural_case(text, keep_acronyms=True)
            return annotate(relabel(span, labels.ORGANISATION), canonical=name,
                            gid=f"org:{slug(name)}", kind="agency")
        sector = sector_of(words[-1]) or sector_of(" ".join(words[-2:]))
        if sector is not None or words[-1] in COMPANY_SUFFIXES:
            name = natural_case(text, keep_acronyms=True)
            return annotate(relabel(span, labels.BUSINESS), canonical=name,
                            gid=f"business:{slug(name)}",
                            attrs={"sector": sector} if sector else None)
        if len(words) == 1 and is_caps_word(text):
            return None  # a lone word in capitals is a surname or an operation name
        if span.label_ == "ORG":
            if not self.keep_unknown_orgs:
                return None
            name = natural_case(text, keep_acronyms=True)
            return annotate(relabel(span, labels.ORGANISATION), canonical=name,
                            gid=f"org:{slug(name)}")
        if not self.keep_unknown_places:
            return None
        if _acts(span):
            return relabel(span, labels.PERSON)  # "brought from Constanta by Gabi"
        name = text.removeprefix("the ")
        return annotate(relabel(span, labels.LOCATION), canonical=name, kind="place",
                        gid=f"place:{slug(name)}")


def _acts(span: Span) -> bool:
    """Answer whether a name the model took for a place, and the gazetteer does not know,
    does what only people do: the `by` agent of a passive verb, or the subject of an act."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB" and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.head.children):
        return True
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in VERBS


def _lone_name(span: Span, counts: Counter[int]) -> bool:
    """Answer whether a one-word PERSON of the model is believable on its own.

    A word in capitals is left to the coreference rules (a surname of someone named in
    full, or an operation name); a word met once must not open a sentence, modify a noun
    ("your Cedarwood enquiry", "Bini-speaking") or sit in a capitalised phrase.
    """
    token = span[0]
    doc = span.doc
    if is_caps_word(token.text):
        return False
    if counts[token.orth] > 1:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if token.is_sent_start or (before is not None and before.is_title and before.is_alpha):
        return False
    return after is None or not (after.text in "-–" or after.pos_ == "NOUN"
                                 or (after.is_title and after.is_alpha))


def trim(span: Span) -> Span | None:
    """Answer `span` without leading/trailing punctuation, a leading "the", or None."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text.strip(_EDGE_PUNCT) == "" or doc[start].is_lower
                           or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].text.strip(_EDGE_PUNCT) == "" or doc[end - 1].is_lower
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def looks_like_a_name(span: Span) -> bool:
    """Answer whether `span` could name a person, place or organisation."""
    text = span.text
    if _JUNK.search(text) or "\n" in text.strip() or text.lower() in _HEADER_NAMES:
        return False
    words = text.split()
    if words[0] in {"Operation", "Op", "Op."} or words[-1] in NOT_ENTITY_ACRONYMS:
        return False  # operation names are metadata; "City Centre NPT" is a unit
    if span.label_ != "PERSON" and all(is_caps_word(w) for w in words) and len(words) > 1:
        return False  # "HARVEST GATE": operation names in capitals
    if len(span) == 1 and span[0].pos_ not in ("PROPN", "") and lookup(text) is None:
        return False  # "Cannabis grow found…", "Submitted by:": capitalised, not a name
    if not any(w[:1].isupper() for w in words):
        return False
    if words[0] in STOP_CAPITALISED and len(words) == 1:
        return False
    if text in NOT_ENTITY_ACRONYMS or text.upper() in NOT_ENTITY_ACRONYMS:
        return False
    if any(w in VEHICLE_WORDS for w in words) or text in VEHICLE_WORDS:
        return False
    return text.count("(") == text.count(")")
