"""Coreference component (last): mentions of one entity in one report share a key.

People: a full name ("Ardit KOLA") gathers later surname-only mentions ("KOLA", "Mr Lin",
"Mrs OLAWALE": the title must agree when two people share a surname), first-name-only
mentions ("Claire"), nicknames linked by the people rules ("aka "Bigz""), nicknames whose
name part is the person's first name ("Uncle Osaro" for Osaro IGBINEDION) and initials
("A.K."). Surnames and first names of known people are also found where the model missed
them. Places: a bare street ("Kelverdale Road") joins the address that contains it; a
gazetteer place joins by id ("Heathrow T3" is Heathrow). Organisations and businesses join
by id, by acronym ("PRU" for "Northfield Pupil Referral Unit") and by a leading part of
the name ("Golden Bridge" for "Golden Bridge Travel Ltd").

Every entity span then carries `ocg_key` and the entity's canonical name, and its
attributes gain the entity-level `aliases`, `age`, `nationality`, `title`, `official`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ocgmap.ids import name_key
from ocgmap.nlp import labels
from ocgmap.nlp.addresses import STOP_CAPITALISED
from ocgmap.nlp.aliases import alias_links
from ocgmap.nlp.extensions import (
    ATTRS,
    CANONICAL,
    KEY,
    KIND,
    annotate,
    attrs_of,
    get_str,
    links_of,
    register_extensions,
    relabel,
    set_field,
)
from ocgmap.nlp.names import is_caps_word, natural_case
from ocgmap.nlp.nicknames import HONORIFICS
from ocgmap.nlp.spans import char_span, doc_text, replace_ents

SOURCE = "coref"
_ENTITY_ATTRS = ("age", "nationality", "title", "official", "role", "gender", "sector",
                 "category", "located_at")
#: Identifier types whose canonical name is their normalised value.
_VALUE_NAMED = frozenset({labels.PHONE, labels.VEHICLE, labels.EMAIL})
#: Types joined by name, acronym and leading words (people have their own rules).
_GROUPED = frozenset({labels.ORGANISATION, labels.BUSINESS, labels.LOCATION})


@Language.factory("ocgmap_coref", default_config={"find_mentions": True})
def make_coref(nlp: Language, name: str, find_mentions: bool) -> Coref:
    """Build the coreference component; `find_mentions` adds missed name mentions."""
    return Coref(find_mentions)


class Coref:
    """Group entity mentions into entities and give each its key and canonical name."""

    def __init__(self, find_mentions: bool = True) -> None:
        register_extensions()
        self.find_mentions = find_mentions

    def __call__(self, doc: Doc) -> Doc:
        ents = surnames_as_people(list(doc.ents))
        if self.find_mentions:
            ents = [*ents, *extra_mentions(doc, ents)]
            replace_ents(doc, ents)
            ents = list(doc.ents)
        clusters = Clusters(ents)
        clusters.join_people([*links_of(doc), *_late_alias_links(doc, ents)])
        clusters.join_places()
        clusters.join_organisations()
        replace_ents(doc, clusters.annotated())
        return doc


# --------------------------------------------------------------------------- mentions


def _person_attrs(span: Span) -> dict[str, Any]:
    return attrs_of(span) if span.label_ == labels.PERSON else {}


def _is_full(span: Span) -> bool:
    attrs = _person_attrs(span)
    return bool(attrs.get("given")) and bool(attrs.get("surname")) and not attrs.get("nickname")


def surnames_as_people(ents: list[Span]) -> list[Span]:
    """Answer `ents` where a model organisation or place that is the surname of someone
    the report names in full ("Jermaine Campbell … Campbell had") is that person."""
    surnames = {name_key(str(_person_attrs(e)["surname"])) for e in ents if _is_full(e)}
    if not surnames:
        return ents
    out = []
    for span in ents:
        gid = get_str(span, "ocg_gid") or ""
        if (span.label_ in (labels.ORGANISATION, labels.LOCATION) and len(span) == 1
                and get_str(span, "ocg_source") is None and gid.startswith(("org:", "place:"))
                and name_key(span.text) in surnames):
            word = span.text
            span = annotate(Span(span.doc, span.start, span.end, label=labels.PERSON),
                            canonical=natural_case(word), source=SOURCE,
                            attrs={"surname": word, "given": []})
        out.append(span)
    return out


def extra_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """Answer mentions the earlier components missed: surnames and first names of known
    people ("KOLA", "Igbinedion", "Claire") and acronyms of known organisations ("PRU")."""
    forms: dict[str, str] = {}
    for span in ents:
        # Only names the rules vouch for are spread: a model PERSON may be a heading.
        if not _is_full(span) or get_str(span, "ocg_source") is None:
            continue
        attrs = _person_attrs(span)
        surname = str(attrs["surname"])
        forms.setdefault(surname, labels.PERSON)
        forms.setdefault(natural_case(surname), labels.PERSON)
        for given in attrs["given"]:
            if len(given) > 2 and not given.endswith(".") and given not in STOP_CAPITALISED:
                forms.setdefault(str(given), labels.PERSON)
    for span in ents:
        if span.label_ in (labels.ORGANISATION, labels.LOCATION, labels.BUSINESS):
            acronym = _acronym(get_str(span, "ocg_canonical") or span.text)
            if acronym:
                forms.setdefault(acronym, span.label_)
    forms = {f: label for f, label in forms.items() if len(f) > 1}
    if not forms:
        return
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(
        sorted((re.escape(f) for f in forms), key=len, reverse=True)) + r")(?![\w-]|['’]\w{2})")
    # Fill gaps only: a model place or organisation may be overridden ("Efosa" as GPE),
    # a person or a rule-made entity may not.
    text = doc_text(doc)
    taken = bytearray(len(text) + 1)
    for e in ents:
        if e.label_ == labels.PERSON or get_str(e, "ocg_source") is not None:
            taken[e.start_char:e.end_char] = b"\x01" * (e.end_char - e.start_char)
    for match in pattern.finditer(text):
        if any(taken[match.start():match.end()]):
            continue
        label = forms[match.group()]
        made = char_span(doc, match.start(), match.end(), label, slack=0)
        if made is None:
            continue
        if label == labels.PERSON:
            word = match.group()
            if not is_caps_word(word) and made[0].pos_ not in ("PROPN", "") \
                    and not _name_like(made[0]):
                continue  # "Price rises", "the Town Hall": a word, not the surname
            attrs = {"surname": word, "given": []}
            yield annotate(made, canonical=natural_case(word), source=SOURCE, attrs=attrs)
        else:
            yield annotate(made, canonical=match.group(), source=SOURCE,
                           attrs={"acronym": True})


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})


def _name_like(token: Token) -> bool:
    """Answer whether a capitalised word that is also an ordinary word ("Precious", "Joy")
    stands as a name here: inside a sentence, or as an argument at its start ("Precious
    flew to Paris", not "Precious little was found")."""
    if not token.is_title:
        return False
    return not token.is_sent_start or token.dep_ in _ARGUMENT_DEPS


def _late_alias_links(doc: Doc, ents: list[Span]) -> list[tuple[int, int, int, int]]:
    """Answer the alias links that involve mentions found here ("your "Baron" for STOICA",
    where STOICA is a surname found by `extra_mentions`)."""
    people = [e for e in ents if e.label_ == labels.PERSON]
    if not any(get_str(e, "ocg_source") == SOURCE for e in people) or not any(
            attrs_of(e).get("nickname") for e in people):
        return []
    return alias_links(doc, people)


def _acronym(name: str) -> str | None:
    """Answer the acronym of the last three or more capitalised words of `name`.

    >>> _acronym("Northfield Pupil Referral Unit"), _acronym("Kent Police")
    ('PRU', None)
    """
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 3:
        return None
    return "".join(w[0] for w in words[-3:])


# --------------------------------------------------------------------------- clusters


@dataclass(frozen=True, slots=True)
class _Mention:
    """What coreference needs of a span, read once (extension reads are not free)."""

    span: Span
    label: str
    canonical: str
    key: str
    source: str | None
    kind: str | None
    gid: str | None
    value: str | None
    attrs: dict[str, Any]

    @classmethod
    def of(cls, span: Span) -> _Mention:
        """Answer the mention record of `span`."""
        value = get_str(span, "ocg_value")
        canonical = get_str(span, "ocg_canonical") or " ".join(span.text.split())
        if value and span.label_ in _VALUE_NAMED:
            canonical = value  # "+447700900123", "AB12CDE", "a.b@example.org"
        return cls(span, span.label_, canonical, name_key(canonical),
                   get_str(span, "ocg_source"), get_str(span, "ocg_kind"),
                   get_str(span, "ocg_gid"), value, attrs_of(span))

    @property
    def full(self) -> bool:
        """Answer whether this is a person named by given name and surname."""
        return (self.label == labels.PERSON and bool(self.attrs.get("given"))
                and bool(self.attrs.get("surname")) and not self.attrs.get("nickname"))


class Clusters:
    """Union-find over the entity mentions of one Doc, with indexes for linear joins."""

    def __init__(self, ents: list[Span]) -> None:
        self.mentions = [_Mention.of(e) for e in ents if e.label_ in labels.NODE_TYPES]
        self.others = [e for e in ents if e.label_ not in labels.NODE_TYPES]
        self.parent = list(range(len(self.mentions)))
        self.by_offsets = {(m.span.start_char, m.span.end_char): i
                           for i, m in enumerate(self.mentions)}
        self.dropped: set[int] = set()
        by_key: dict[tuple[str, str], int] = {}
        for i, mention in enumerate(self.mentions):
            key = (mention.label, self._natural_key(mention))
            if key in by_key:
                self.union(by_key[key], i)
            else:
                by_key[key] = i

    def _natural_key(self, mention: _Mention) -> str:
        if mention.label in labels.IDENTIFIER_TYPES:
            return mention.value or mention.span.text
        attrs = mention.attrs
        if mention.label == labels.PERSON and (attrs.get("initials") or (
                not attrs.get("given") and not attrs.get("nickname"))):
            return f"#{mention.span.start_char}"  # resolved by join_people
        if mention.label == labels.PERSON and attrs.get("nickname"):
            return nickname_key(mention.canonical)  # "the Baron" is "Baron"
        return mention.gid or mention.key

    def find(self, i: int) -> int:
        """Answer the representative of mention `i`."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Put mentions `a` and `b` in one cluster (the earlier one represents it)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        """Answer the mentions of each cluster, by representative."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.mentions)):
            if i not in self.dropped:
                groups.setdefault(self.find(i), []).append(i)
        return groups

    # ----------------------------------------------------------------------- people

    def join_people(self, links: list[tuple[int, int, int, int]]) -> None:
        """Resolve links, surnames, first names, nickname names and initials."""
        for a_start, a_end, b_start, b_end in links:
            a = self.by_offsets.get((a_start, a_end))
            b = self.by_offsets.get((b_start, b_end))
            if a is not None and b is not None:
                self.union(a, b)
        people = [i for i, m in enumerate(self.mentions) if m.label == labels.PERSON]
        index = _PeopleIndex(self.mentions, people)
        for i in people:
            mention = self.mentions[i]
            if mention.full:
                if _initialled(mention):
                    self._join_initialled(i, index)
                continue
            if mention.attrs.get("initials"):
                self._join_initials(i, index)
            elif mention.attrs.get("nickname"):
                self._join_nickname(i, index)
            else:
                self._join_part(i, index)

    def _roots(self, candidates: list[int]) -> set[int]:
        return {self.find(j) for j in candidates}

    def _join_initials(self, i: int, index: _PeopleIndex) -> None:
        candidates = index.by_initials.get(self.mentions[i].span.text, [])
        roots = self._roots(candidates)
        if len(roots) > 1:  # a ledger's initials are not the officer's
            roots = {r for r in roots if not self.mentions[r].attrs.get("official")}
        if len(roots) == 1:
            self.union(roots.pop(), i)
        elif self.mentions[i].attrs.get("count", 0) < 2:
            self.dropped.add(i)

    def _join_initialled(self, i: int, index: _PeopleIndex) -> None:
        """Join "F. STOICA" to the one person named in full whose first name is F…."""
        mention = self.mentions[i]
        initial = str(mention.attrs["given"][0])[0].upper()
        candidates = [j for j in index.by_surname.get(name_key(str(mention.attrs["surname"])), [])
                      if not _initialled(self.mentions[j])
                      and _first_name(self.mentions[j].attrs)[:1].upper() == initial]
        roots = self._roots(candidates)
        if len(roots) == 1:
            self.union(roots.pop(), i)

    def _join_nickname(self, i: int, index: _PeopleIndex) -> None:
        words = self.mentions[i].canonical.split()
        if not words:
            return
        roots = self._roots(index.by_first.get(name_key(words[-1]), []))
        if len(roots) == 1:
            self.union(roots.pop(), i)
        elif len(words) > 1 and words[0] in HONORIFICS:
            plain = index.by_name.get(name_key(" ".join(words[1:])))  # "Uncle Osaro" is "Osaro"
            if plain is not None:
                self.union(plain, i)

    def _join_part(self, i: int, index: _PeopleIndex) -> None:
        mention = self.mentions[i]
        word = name_key(str(mention.attrs.get("surname") or mention.span.text))
        by_surname = index.by_surname.get(word, [])
        title = mention.attrs.get("title")
        if title and len(self._roots(by_surname)) > 1:
            same = [j for j in by_surname if self.mentions[j].attrs.get("title") == title
                    or self.mentions[j].attrs.get("gender") == mention.attrs.get("gender")]
            by_surname = same or by_surname
        choice = _nearest(by_surname, i)
        if choice is None:
            by_first = index.by_first.get(word, [])
            if len(self._roots(by_first)) == 1:
                choice = by_first[0]
        if choice is None:
            choice = index.nicknames.get(word)
        if choice is None:
            # Surname-only mentions of one person the report never names in full.
            choice = index.first_part.setdefault(word, i)
        if choice != i:
            self.union(choice, i)

    # ----------------------------------------------------------------------- places, orgs

    def join_places(self) -> None:
        """Join a street or partial address to the fuller address that contains it."""
        parts: dict[str, int] = {}
        places = [i for i, m in enumerate(self.mentions)
                  if m.label == labels.LOCATION and m.kind in {"address", "street"}]
        for j in places:
            if self.mentions[j].kind == "address":
                for part in _address_parts(self.mentions[j].key):
                    parts.setdefault(part, j)
        for i in places:
            target = parts.get(self.mentions[i].key)
            if target is not None and target != i:
                self.union(target, i)

    def join_organisations(self) -> None:
        """Join a model entity named like a rule-made business or organisation (or a leading
        part of its name: "Golden Bridge"), and acronyms ("PRU"), to it."""
        exact: dict[str, int] = {}
        prefixes: dict[str, int] = {}
        acronyms: dict[str, int] = {}
        for j, other in enumerate(self.mentions):
            if other.label not in _GROUPED or other.source in (None, SOURCE):
                continue
            exact.setdefault(other.key, j)
            acronym = _acronym(other.canonical)
            if acronym:
                acronyms.setdefault(acronym, j)
            words = other.key.split()
            if other.label != labels.LOCATION:
                for n in range(2, len(words)):
                    prefixes.setdefault(" ".join(words[:n]), j)
        for i, mention in enumerate(self.mentions):
            if mention.label not in _GROUPED:
                continue
            target = None
            if mention.attrs.get("acronym"):
                target = acronyms.get(mention.span.text)
            elif mention.source in (None, SOURCE):
                target = exact.get(mention.key, prefixes.get(mention.key))
            if target is not None and target != i:
                self.union(target, i)

    # ----------------------------------------------------------------------- output

    def annotated(self) -> list[Span]:
        """Answer all spans: entity mentions with key, canonical name and entity attributes."""
        out = list(self.others)
        for members in self.members().values():
            mentions = [self.mentions[i] for i in members]
            best = max(mentions, key=_rank)
            canonical = best.canonical
            if best.label == labels.PERSON and is_caps_word(canonical):
                canonical = natural_case(canonical)
            key = f"{best.label}:{best.value or name_key(canonical)}"
            entity_attrs = _entity_attrs(mentions, canonical)
            for mention in mentions:
                made = relabel(mention.span, best.label)
                attrs = dict(mention.attrs)
                attrs.update({k: v for k, v in entity_attrs.items()
                              if k not in attrs or k == "aliases"})
                set_field(made, KEY, key)
                set_field(made, CANONICAL, canonical)
                set_field(made, ATTRS, attrs)
                if best.kind and not mention.kind:
                    set_field(made, KIND, best.kind)
                out.append(made)
        return out


_NUMBER_PREFIX = re.compile(r"^(?:(?:flat|suite|unit|apartment)\s+)?[\d/]+[a-z]?[,\s]+")


class _PeopleIndex:
    """Person mentions by surname, first name, initials and name, for the joins."""

    def __init__(self, mentions: list[_Mention], people: list[int]) -> None:
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        self.by_name: dict[str, int] = {}
        self.nicknames: dict[str, int] = {}
        self.first_part: dict[str, int] = {}
        for i in people:
            mention = mentions[i]
            self.by_name.setdefault(mention.key, i)
            if mention.attrs.get("nickname"):
                self.nicknames.setdefault(mention.key, i)
            if not mention.full:
                continue
            self.by_surname.setdefault(name_key(str(mention.attrs["surname"])), []).append(i)
            self.by_first.setdefault(name_key(_first_name(mention.attrs)), []).append(i)
            self.by_initials.setdefault(_initials(mention.attrs), []).append(i)


def nickname_key(nickname: str) -> str:
    """Answer the key under which nicknames are the same ("the Baron" and "Baron").

    >>> nickname_key("the Baron") == nickname_key("Baron")
    True
    """
    words = nickname.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return name_key(" ".join(words))


def _address_parts(address: str) -> Iterator[str]:
    """Answer the parts of an address key another mention may name it by.

    >>> parts = set(_address_parts("flat 12, lanyard court, southampton"))
    >>> "lanyard court, southampton" in parts, "lanyard court" in parts
    (True, True)
    >>> "marrowfield road" in set(_address_parts("flat 4, 88 marrowfield road, reading"))
    True
    """
    segments = [s.strip() for s in address.split(",")]
    for first in range(len(segments)):
        for last in range(first + 1, len(segments) + 1):
            run = ", ".join(segments[first:last])
            yield run
            unnumbered = _NUMBER_PREFIX.sub("", run)
            if unnumbered != run:
                yield unnumbered


def _initialled(mention: _Mention) -> bool:
    """Answer whether the given names of a person are initials only ("F. STOICA")."""
    given = [str(g) for g in mention.attrs.get("given", [])]
    return bool(given) and all(re.fullmatch(r"\w\.", g) for g in given)


def _first_name(attrs: dict[str, Any]) -> str:
    """Answer the name a person is called by: the first given name, or the last one for
    names written family name first ("Hoa" for DAO Thi Hoa)."""
    given = [str(g) for g in attrs.get("given", [])]
    if not given:
        return ""
    return given[-1] if attrs.get("family_first") else given[0]


def _initials(attrs: dict[str, Any]) -> str:
    words = [*attrs.get("given", []), attrs.get("surname", "")]
    if attrs.get("family_first"):
        words = [attrs.get("surname", ""), *attrs.get("given", [])]
    return "".join(f"{str(w)[0].upper()}." for w in words if w)


def _nearest(candidates: list[int], i: int) -> int | None:
    """Answer the candidate mentioned last before `i` (else the first after it)."""
    before = bisect_left(candidates, i)
    if before:
        return candidates[before - 1]
    return candidates[0] if candidates else None


def _rank(mention: _Mention) -> tuple[int, int, int, int]:
    attrs = mention.attrs
    canonical = mention.canonical
    start = -mention.span.start_char
    if mention.label == labels.PERSON:
        if mention.full:
            tier = 3
        elif attrs.get("initials"):
            tier = 0
        else:
            tier = 1 if attrs.get("nickname") else 2
        if tier == 1:  # of nicknames, the plain name ("Osaro", not "Uncle Osaro"), then the first
            words = canonical.split()
            honorific = len(words) > 1 and words[0] in HONORIFICS
            return tier, 0 if honorific else 1, 0, start
        return tier, len(canonical.split()), len(canonical), start
    source_rank = 0 if mention.source in (None, SOURCE) else 1
    kind_rank = 1 if mention.kind == "address" else 0
    return source_rank, kind_rank, len(canonical), start


def _entity_attrs(mentions: list[_Mention], canonical: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    aliases: list[str] = []
    for mention in mentions:
        attrs = mention.attrs
        for key in _ENTITY_ATTRS:
            if key in attrs and key not in merged:
                merged[key] = attrs[key]
        if attrs.get("official"):
            merged["official"] = True
        if attrs.get("nickname"):
            alias = mention.canonical
            if name_key(alias) != name_key(canonical) and alias not in aliases:
                aliases.append(alias)
    if aliases:
        merged["aliases"] = aliases
    return merged
