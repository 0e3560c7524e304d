"""Arguments of relations: which entity a token stands for, found once per Doc.

`DocIndex` answers, for a token, the entity spans it refers to: the entity it is part of,
an entity in apposition ("the driver, Ardit KOLA"), the antecedent of a pronoun ("he" ->
the nearest preceding compatible person) or of a definite victim noun ("the women" -> the
nearest preceding victim group), each with a confidence factor (1.0 when named, lower when
resolved). Coordinated arguments ("KOLA and VASILE") are expanded by `arguments`.

In a debrief or referral narrative the report subject (`relsubject.report_subject`) is the
default referent of "she"/"he" of its gender and of "the subject", "PV", "the victim"; a
pronoun object never refers to the subject of its own verb ("DEDA drove her"); "a man
called Efosa" refers to Efosa.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import cast

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ocgmap import ids
from ocgmap.nlp import labels
from ocgmap.nlp.acts import VICTIM_NOUNS
from ocgmap.nlp.extensions import attrs_of, get_str
from ocgmap.nlp.relsubject import SUBJECT_NOUNS, report_subject
from ocgmap.nlp.spans import doc_text

VICTIM_GROUP = "VictimGroup"
#: Labels that are graph nodes (the rest of doc.ents, DATE/MONEY/NORP, are values).
NODE_LABELS = frozenset({*labels.NODE_TYPES, VICTIM_GROUP})
#: Labels that can act (be the source of an act or of USES).
ACTORS = frozenset({labels.PERSON, labels.ORGANISATION, labels.BUSINESS})
#: Confidence factor of an argument resolved from a pronoun or a definite noun.
RESOLVED = 0.6
#: How many sentences back a pronoun or definite noun may find its antecedent.
LOOKBACK_SENTENCES = 2
#: Victim groups stay the topic of a narrative longer than a person does.
GROUP_LOOKBACK = 6
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "themselves"})
_SECOND = frozenset({"you", "your", "yourself"})
_DEFINITE = frozenset({"the", "these", "those", "both", "all", "their", "its"})
#: Parts of premises that, with an `of` object, stand for the business they belong to.
_PREMISES_PARTS = frozenset({"kitchen", "kitchens", "basement", "cellar", "storeroom", "yard",
                             "back", "rear", "floor", "premises", "warehouse", "loft"})
#: How many tokens after a people noun a colon may introduce its name.
NAMED_AFTER_COLON = 12
#: Nouns for a person that a name in apposition may follow ("the same person, X").
_PEOPLE_NOUNS = frozenset({"person", "man", "woman", "male", "female", "individual", "driver",
                           "suspect", "associate", "contact", "organiser", "recruiter",
                           "controller", "trafficker", "boss", "manager", "owner"})
#: Verbs of reported speech: the pronoun subject of what is reported is the speaker.
_REPORTING = frozenset({"tell", "say", "explain", "state", "claim", "disclose", "admit",
                        "report", "describe"})
#: Group nouns that, with "the" or "this", stand for the one criminal group a report names
#: ("the line is run by ACE"). Not "family" (the victim's family), "firm" (a business) or
#: "organisation" (an NGO, the council).
_GROUP_ANAPHORS = frozenset({"group", "gang", "network", "ocg", "crew", "line", "clan",
                             "cartel", "syndicate", "mob", "outfit"})
_NAMING = frozenset({"call", "name", "know", "nickname"})
_APPOSED = frozenset({"appos", "compound", "npadvmod", "nmod", "attr"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found by a rule, before schema checks: entity indexes into `DocIndex.ents`."""

    type: str
    source: int
    target: int
    sentence: int
    confidence: float
    rule: str
    anchor: int = -1  # the token that states it (verb or noun), -1 for layout rules
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Arg:
    """An entity a token refers to, and how sure that reference is (0..1)."""

    ent: int
    factor: float


class DocIndex:
    """Entity spans of a Doc and lookups from tokens to them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.ents: list[Span] = [e for e in doc.ents if e.label_ in NODE_LABELS]
        self.keys = [entity_key(e) for e in self.ents]
        self.tok2ent = [-1] * len(doc)
        for i, ent in enumerate(self.ents):
            for t in range(ent.start, ent.end):
                self.tok2ent[t] = i
        self.sents = sentences(doc)
        self.sent_of = [0] * len(doc)
        for s, sent in enumerate(self.sents):
            for t in range(sent.start, sent.end):
                self.sent_of[t] = s
        # distance in sentences counts only those with words: a list number ("2.") that the
        # parser made a sentence of its own does not push an antecedent out of reach
        self.word_rank = list(accumulate(any(t.is_alpha for t in sent) for sent in self.sents))
        self.starts = [e.start for e in self.ents]
        self.line_of = _line_numbers(doc)
        # attribute arrays: reading them avoids making a Token object per token
        self.lemmas: list[int] = doc.to_array("LEMMA").tolist() if len(doc) else []
        self.lowers: list[int] = doc.to_array("LOWER").tolist() if len(doc) else []
        self.subject, self.subject_gender = report_subject(self.ents, self.keys)
        self.addressed = _addressed(doc, self.ents)
        self.sole_group = _sole_group(self.ents, self.keys)

    def with_lemmas(self, wanted: frozenset[int]) -> list[int]:
        """Answer the token indexes whose lemma hash is in `wanted`."""
        return [i for i, lemma in enumerate(self.lemmas) if lemma in wanted]

    def words(self, sentence: int) -> set[str]:
        """Answer the lemmas and lower-case forms of sentence `sentence`."""
        sent = self.sents[sentence]
        strings = self.doc.vocab.strings
        found = {*self.lemmas[sent.start:sent.end], *self.lowers[sent.start:sent.end]}
        return {strings[h].lower() for h in found}

    def is_victim(self, ent: int) -> bool:
        """Answer whether entity `ent` is a victim: the report subject, a victim group or a
        person described as a victim."""
        span = self.ents[ent]
        if self.subject is not None and self.keys[ent] == self.keys[self.subject]:
            return True
        return span.label_ == VICTIM_GROUP or "victim" in attrs_of(span).get("roles", ())

    def sentence_distance(self, earlier: int, later: int) -> int:
        """Answer how many sentences with words lie after sentence `earlier` up to `later`."""
        return self.word_rank[later] - self.word_rank[earlier]

    def ent_sentence(self, ent: int) -> int:
        """Answer the index of the sentence of entity `ent`."""
        return self.sent_of[self.ents[ent].start]

    def label(self, ent: int) -> str:
        """Answer the label of entity `ent`."""
        return str(self.ents[ent].label_)

    def refers(self, token: Token) -> list[Arg]:
        """Answer the entities `token` refers to (not following coordination)."""
        ent = self.tok2ent[token.i]
        if ent >= 0:
            return [Arg(ent, 1.0)]
        lower = token.lower_
        if token.pos_ == "PRON" or lower in _MALE | _FEMALE | _PLURAL | _SECOND:
            found = self.antecedent(token)
            args = [Arg(found, RESOLVED)] if found is not None else []
            if lower in _PLURAL and token.dep_ in _OBJECTS and self._narrated(token):
                args.append(Arg(cast(int, self.subject), RESOLVED))  # "drove them": her too
            return args
        for child in token.children:
            if child.dep_ in _APPOSED and self.tok2ent[child.i] >= 0:
                return [Arg(self.tok2ent[child.i], 0.9)]
            if child.dep_ == "acl" and child.lemma_.lower() in _NAMING:
                named = self._named(child)  # "a man called Efosa", "a woman known as Lori"
                if named is not None:
                    return [Arg(named, 0.9)]
        if token.dep_ == "appos" and self.tok2ent[token.head.i] >= 0:
            return [Arg(self.tok2ent[token.head.i], 0.9)]
        if lower == "there" and token.dep_ == "advmod":
            # "PHAM runs Lotus Nails, 9 High Street. Three women work there": the business
            # (if only one was named lately) and the place last named, for the frame to
            # choose from
            place = self.preceding(token.i, lambda e: self.label(e) == labels.LOCATION)
            business = self.preceding(token.i, lambda e: self.label(e) == labels.BUSINESS)
            if business is not None:
                business_key = self.keys[business]
                if self.preceding(token.i, lambda e: self.label(e) == labels.BUSINESS
                                  and self.keys[e] != business_key) is not None:
                    business = None  # "runs X in Bolton and owns Y in Bury ... there"
            return [Arg(e, RESOLVED) for e in (business, place) if e is not None]
        if token.dep_ == "attr" and token.head.lemma_ == "be" and token.pos_ == "NOUN":
            # "Brightway Remit Ltd is a money service business owned by SADIQ": the business
            # is the subject
            return [Arg(a.ent, a.factor * 0.9) for c in token.head.children
                    if c.dep_ == "nsubj" and self.tok2ent[c.i] >= 0 for a in self.refers(c)]
        if lower in _PEOPLE_NOUNS:
            named = self._named_later(token)
            if named is not None:
                return [Arg(named, 0.9)]
        if self.subject is not None and lower in SUBJECT_NOUNS and token.tag_ != "NNS" and (
                token.pos_ == "PROPN" or any(c.lower_ in ("the", "this") for c in token.children)):
            return [Arg(self.subject, RESOLVED)]  # "the subject", "PV", "the victim"
        if lower in _PREMISES_PARTS:
            owner = self._premises_of(token)
            if owner is not None:
                return [Arg(owner, 0.9)]
        if self.sole_group is not None and lower in _GROUP_ANAPHORS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            return [Arg(self.sole_group, RESOLVED)]  # "the group", "this network"
        victim_noun = token.lemma_.lower() in VICTIM_NOUNS or lower in VICTIM_NOUNS
        if victim_noun and (token.tag_ == "NNS"
                            or any(c.lower_ in _DEFINITE for c in token.children)):
            found = self.preceding(token.i, lambda e: self.label(e) == VICTIM_GROUP,
                                   GROUP_LOOKBACK)
            return [Arg(found, RESOLVED)] if found is not None else []
        return []

    def _named_later(self, noun: Token) -> int | None:
        """Answer the person a people noun is named as just after it, in an apposition the
        parser missed ("bought by the same person, Marius DUMITRU") or after a colon
        ("with a man who said he was their uncle: IGBINEDION, Osaro")."""
        doc = self.doc
        words = [t.i for t in doc[noun.i + 1:min(len(doc), noun.i + NAMED_AFTER_COLON)]
                 if not t.is_space and t.i < noun.sent.end]
        for position, i in enumerate(words[:-1]):
            if self.tok2ent[i] >= 0:
                return None  # someone else is named first
            if doc[i].text == ":" or (position == 0 and doc[i].text == ","):
                ent = self.tok2ent[words[position + 1]]
                return ent if ent >= 0 and self.label(ent) == labels.PERSON else None
        return None

    def _premises_of(self, part: Token) -> int | None:
        """Answer the business a part of premises belongs to ("the kitchen of X")."""
        for prep in part.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    ent = self.tok2ent[obj.i]
                    if obj.dep_ == "pobj" and ent >= 0 and self.label(ent) == labels.BUSINESS:
                        return ent
        return None

    def _narrated(self, token: Token) -> bool:
        """Answer whether the report tells a victim's own story (its subject is a victim)
        and has named her before `token`, so that "them" includes her."""
        subject = self.subject
        return subject is not None and self.ents[subject].start < token.i and (
            "victim" in attrs_of(self.ents[subject]).get("roles", ()))

    def _named(self, verb: Token) -> int | None:
        """Answer the entity a naming participle gives ("called Efosa", "known as Lori")."""
        for child in verb.subtree:
            if child.i > verb.i + 6:
                break
            ent = self.tok2ent[child.i]
            if child.i > verb.i and ent >= 0:
                return ent if self.label(ent) == labels.PERSON else None
        return None

    def antecedent(self, token: Token) -> int | None:
        """Answer the entity a pronoun refers to, or None when unclear."""
        lower = token.lower_
        if lower in _PLURAL:
            return self.preceding(token.i, lambda e: self.label(e) == VICTIM_GROUP,
                                  GROUP_LOOKBACK)
        if lower in _SECOND:
            # sentencing remarks: "Marcus CROWN, you ran the line ... You and your cousin"
            last = bisect_right(self.addressed, (token.i, len(self.ents))) - 1
            return self.addressed[last][1] if last >= 0 else None
        if lower not in _MALE | _FEMALE:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp" \
                and token.head.head.lemma_.lower() in _REPORTING:
            # "X told the pastor he was brought by Gabi": he is X, or unknown if X is no one
            # ("STOICA told him he would beg": left to gender and distance, as before)
            reporting = token.head.head
            told = [c for c in reporting.children if c.dep_ in ("dobj", "dative")]
            speakers = [c for c in reporting.children if c.dep_ == "nsubj"]
            if speakers and speakers[0].pos_ != "PRON" and not (told and told[0].pos_ == "PRON"):
                said = self.refers(speakers[0])
                return said[0].ent if said and self.label(said[0].ent) == labels.PERSON \
                    else None
        gender = "male" if lower in _MALE else "female"
        excluded = _coarguments(self, token)
        found = self.person_before(token.i, gender, excluded)
        subject = self.subject
        if subject is None or self.subject_gender not in (None, gender) \
                or self.keys[subject] in excluded:
            return found
        if found is None or self.keys[found] == self.keys[subject]:
            return subject
        # the narrative's subject is the default referent of a pronoun of its gender; a
        # person of that gender named in this or the previous sentence takes it over
        near = self.sentence_distance(self.ent_sentence(found), self.sent_of[token.i]) <= 1
        known = attrs_of(self.ents[found]).get("gender") == gender
        return found if near and known else subject

    def person_before(self, position: int, gender: str,
                      excluded: frozenset[str] = frozenset()) -> int | None:
        """Answer the nearest person before `position` compatible with `gender`.

        A person whose gender is known to match wins over the nearest one of unknown
        gender in the same sentence; among several of unknown gender the one in subject
        position wins, and with no subject among them the reference is unclear (None).
        """
        def accept(ent: int) -> bool:
            return self._compatible(ent, gender) and self.keys[ent] not in excluded

        nearest = self.preceding(position, accept)
        if nearest is None:
            return None
        sentence = self.ent_sentence(nearest)
        rivals = [e for e in self._sentence_ents(sentence)
                  if self.ents[e].end <= position and accept(e)]
        if len({self.keys[e] for e in rivals}) <= 1:
            return nearest
        known = [e for e in rivals if attrs_of(self.ents[e]).get("gender") == gender]
        if len({self.keys[e] for e in known}) == 1:
            return known[-1]
        subjects = [e for e in rivals if self.ents[e].root.dep_ in ("nsubj", "nsubjpass")]
        return subjects[-1] if len({self.keys[e] for e in subjects}) == 1 else None

    def preceding(self, position: int, accept: Callable[[int], bool],
                  lookback: int = LOOKBACK_SENTENCES) -> int | None:
        """Answer the nearest entity before token `position`, at most `lookback` sentences
        back, that `accept(ent)` accepts."""
        rank = self.word_rank[self.sent_of[position]] if self.sents else 0
        first_sentence = bisect_left(self.word_rank, rank - lookback) if self.sents else 0
        floor = self.sents[first_sentence].start if self.sents else 0
        index = bisect_left(self.starts, position) - 1
        while index >= 0 and self.ents[index].start >= floor:
            if self.ents[index].end <= position and accept(index):
                return index
            index -= 1
        return None

    def _sentence_ents(self, sentence: int) -> Iterator[int]:
        sent = self.sents[sentence]
        index = bisect_left(self.starts, sent.start)
        while index < len(self.ents) and self.ents[index].start < sent.end:
            yield index
            index += 1

    def _compatible(self, ent: int, gender: str) -> bool:
        if self.label(ent) != labels.PERSON:
            return False
        attrs = attrs_of(self.ents[ent])
        known = attrs.get("gender")
        return known is None or known == gender

    def sentence_ents(self, sentence: int) -> list[int]:
        """Answer the entities of sentence `sentence`, in text order."""
        return list(self._sentence_ents(sentence))


_OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj", "nsubjpass"})


def _coarguments(index: DocIndex, token: Token) -> frozenset[str]:
    """Answer the keys of the entities a pronoun object cannot refer to: the subject of
    its own verb ("DEDA drove her": "her" is not DEDA)."""
    if token.dep_ not in _OBJECTS:
        return frozenset()
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent") \
        else token.head
    if token.dep_ == "nsubjpass":
        found = [c for c in verb.children if c.dep_ == "agent"]
        subjects = [g for c in found for g in c.children if g.dep_ == "pobj"]
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    keys = set()
    for subject in subjects:
        ent = index.tok2ent[subject.i]
        if ent >= 0:
            keys.add(index.keys[ent])
    return frozenset(keys)


def arguments(index: DocIndex, token: Token, limit: int) -> list[Arg]:
    """Answer the entities `token` and the tokens coordinated with it refer to (at most
    `limit`)."""
    found: list[Arg] = []
    seen: set[int] = set()
    for member in (token, *token.conjuncts):
        for arg in index.refers(member):
            if arg.ent not in seen:
                seen.add(arg.ent)
                found.append(arg)
        if len(found) >= limit:
            break
    return found[:limit]


def _sole_group(ents: list[Span], keys: list[str]) -> int | None:
    """Answer the first mention of the one criminal group the report names, or None when it
    names none or several."""
    groups = [i for i, e in enumerate(ents) if get_str(e, "ocg_kind") == "ocg"]
    return groups[0] if len({keys[i] for i in groups}) == 1 else None


def _addressed(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """Answer (token position, entity) of each person addressed by name ("Marcus CROWN,
    you have pleaded guilty"): "you" after it means that person."""
    found = []
    for i, ent in enumerate(ents):
        if ent.label_ != labels.PERSON or ent.end + 1 >= len(doc):
            continue
        if doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "you":
            found.append((ent.end, i))
    return found


def entity_key(ent: Span) -> str:
    """Answer the within-report key of an entity span (as `entities.doc_mentions` does)."""
    key = get_str(ent, "ocg_key")
    if key:
        return key
    name = get_str(ent, "ocg_canonical") or get_str(ent, "ocg_value") or " ".join(ent.text.split())
    return f"{ent.label_}:{ids.name_key(name)}"


def sentences(doc: Doc) -> list[Span]:
    """Answer the sentences of `doc`; its lines when it has no sentence boundaries."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        starts = [i for i, flag in enumerate(doc.to_array("SENT_START").tolist())
                  if flag == 1 and i > 0]
        bounds = [0, *starts, len(doc)]
        return [doc[a:b] for a, b in pairwise(bounds) if b > a]
    spans, start = [], 0
    for token in doc:
        if "\n" in token.text and token.i + 1 > start:
            spans.append(doc[start:token.i + 1])
            start = token.i + 1
    if start < len(doc):
        spans.append(doc[start:])
    return spans


def _line_numbers(doc: Doc) -> list[int]:
    """Answer the line number of every token (newlines in the text before it)."""
    if not len(doc):
        return []
    newlines = [m.start() for m in re.finditer("\n", doc_text(doc))]
    return [bisect_right(newlines, idx) for idx in doc.to_array("IDX").tolist()]


def hashes(words: Iterable[str]) -> frozenset[int]:
    """Answer the string-store hashes of `words` in lower and title case."""
    return frozenset(get_string_id(w) for word in words for w in (word, word.title()))
