"""The relation component (last in the pipeline): typed links between the entities of a Doc.

    doc = load_pipeline()("The women were driven to Leeds by Ardit KOLA.")
    [(r.type, r.source.text, r.target.text) for r in doc._.ocg_relations]
    # [('TRANSPORTED', 'Ardit KOLA', 'The women')]   (with a VictimGroup span for "The women")

Rules, strongest first: verbs (`relverbs`, a DependencyMatcher over `acts.VERBS`, with
passives, coordination and pronouns), nouns (`relnouns`: kin, roles, possessed
identifiers), layout (`rellayout`: log lines, headers, apposition, groups named after a
surname), narrative rules (`relnarrative`: agentless acts, retained documents and money,
premises run by someone; pronouns and "the subject" resolve to the report subject, see
`relsubject`), EXPLOITED inferred from CONTROLS / HARBOURED of a victim in a report that
names a purpose of exploitation ({"basis": "inferred"}) and, when `cooccurrence` is on
(off by default), ASSOCIATE_OF between people who share a short sentence and nothing else,
victims left out (confidence <= 0.3, attributes {"basis": "co-occurrence"}). Links whose
endpoints the graph schema forbids are dropped. Results: `doc._.ocg_relations`, a list of
`RelationMention`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.errors import SchemaError
from ocgmap.graph.schema import Schema, load_schema
from ocgmap.nlp import labels
from ocgmap.nlp.acts import MEANS, PURPOSES, RETAIN_VERBS
from ocgmap.nlp.extensions import attrs_of, get_str, register_extensions
from ocgmap.nlp.relargs import Candidate, DocIndex, hashes
from ocgmap.nlp.relinfer import (
    call_data_candidates,
    companion_candidates,
    driver_candidates,
    labour_provider_candidates,
    passenger_candidates,
    premises_sleeper_candidates,
    shared_residence_candidates,
    workplace_candidates,
    workplace_of_workers,
)
from ocgmap.nlp.rellayout import (
    apposition_candidates,
    cooccurrence_candidates,
    eponym_candidates,
    given_identifier_candidates,
    identifier_candidates,
    stated_address_candidates,
)
from ocgmap.nlp.relnarrative import confinement_candidates, offender
from ocgmap.nlp.relnouns import noun_candidates
from ocgmap.nlp.reltables import table_candidates
from ocgmap.nlp.relverbs import VERB_CONFIDENCE, VerbRoles, verb_candidates
from ocgmap.nlp.spans import forget_text

EXTENSION = "ocg_relations"
_ACTS = frozenset({"RECRUITED", "TRANSPORTED", "HARBOURED", "EXPLOITED", "CONTROLS"})
_WITH_MEANS = frozenset({"RECRUITED", "EXPLOITED", "CONTROLS"})
_PURPOSE_LEMMAS = {name: hashes(cues) for name, cues in PURPOSES.items()}


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A typed link between two entity spans of `doc.ents`, with the sentence saying it."""

    type: str
    source: Span
    target: Span
    attributes: Mapping[str, Any]
    sentence: Span
    confidence: float
    rule: str


def register_relations_extension() -> None:
    """Register `Doc._.ocg_relations` (idempotent)."""
    register_extensions()
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def relations_of(doc: Doc) -> list[RelationMention]:
    """Answer the relations the component left on `doc` ([] when it did not run)."""
    value = doc._.get(EXTENSION) if Doc.has_extension(EXTENSION) else None
    return list(value) if isinstance(value, list) else []


@Language.factory("ocgmap_relations",
                  default_config={"cooccurrence": False, "max_pairs": 100, "max_args": 25})
def make_relations(nlp: Language, name: str, cooccurrence: bool, max_pairs: int,
                   max_args: int) -> Relations:
    """Build the relation component.

    `cooccurrence` adds low-confidence ASSOCIATE_OF links between people sharing a
    sentence. It is off by default: on the sample corpus it left F1 unchanged and cost
    precision (about four in five such links were wrong); switch it on with
    `nlp.add_pipe("ocgmap_relations", config={"cooccurrence": True})` or
    `nlp.get_pipe("ocgmap_relations").cooccurrence = True`. `max_pairs` caps the pairs
    tried per sentence, `max_args` the entities per argument (bounded time on sentences
    that list hundreds of names).
    """
    if max_pairs < 0 or max_args < 1:
        raise ValueError("ocgmap_relations: max_pairs must be >= 0 and max_args >= 1")
    return Relations(nlp, cooccurrence=cooccurrence, max_pairs=max_pairs, max_args=max_args)


class Relations:
    """Find the relations of a Doc and store them on `doc._.ocg_relations`."""

    def __init__(self, nlp: Language, *, cooccurrence: bool = False, max_pairs: int = 100,
                 max_args: int = 25, schema: Schema | None = None) -> None:
        register_relations_extension()
        self.cooccurrence = cooccurrence
        self.max_pairs = max_pairs
        self.max_args = max_args
        self.schema = schema or load_schema()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, self.find(doc))
        forget_text(doc)  # the last component: the cached text goes, not into pickled Docs
        return doc

    def find(self, doc: Doc) -> list[RelationMention]:
        """Answer the relations of `doc`, strongest statement of each link per sentence."""
        index = DocIndex(doc)
        if not index.ents:
            return []
        stated = [_as_membership(index, c) for c in self._rules(index)]
        found = [c for c in stated if self._allowed(index, c)]
        found += [c for c in companion_candidates(index, found) if self._allowed(index, c)]
        found += [c for c in workplace_of_workers(index, index.is_victim, self.max_args)
                  if self._allowed(index, c) and not _stated(found, c)]
        joined = list(shared_residence_candidates(index, found, index.is_victim,
                                                  partial(offender, index)))
        if _document_purpose(index) is not None:
            joined += workplace_candidates(index, found, index.is_victim)
            joined += labour_provider_candidates(index, found, index.is_victim)
        joined += premises_sleeper_candidates(index, found, index.is_victim)
        found += [c for c in joined if self._allowed(index, c) and not _stated(found, c)]
        found += [c for c in _inferred_exploitation(index, found) if self._allowed(index, c)]
        taken = {c.target for c in found if c.type in ("USES", "OWNS")}
        found += [c for c in given_identifier_candidates(index, taken)
                  if self._allowed(index, c)]
        taken |= {c.target for c in found if c.type == "USES"}
        found += [c for c in identifier_candidates(index, taken) if self._allowed(index, c)]
        found += [c for c in call_data_candidates(index, found) if self._allowed(index, c)
                  and not _stated(found, c)]
        found += [c for c in driver_candidates(index, stated, found) if self._allowed(index, c)
                  and not _stated(found, c)]
        found += [c for c in passenger_candidates(index, found) if self._allowed(index, c)
                  and not _stated(found, c)]
        found += [c for c in apposition_candidates(index) if self._allowed(index, c)
                  and not _stated(found, c)]
        found += [c for c in stated_address_candidates(index) if self._allowed(index, c)
                  and not _stated(found, c)]
        found += [c for c in eponym_candidates(index) if self._allowed(index, c)
                  and not _stated(found, c)]
        if self.cooccurrence:
            linked = {(c.sentence, frozenset({index.keys[c.source], index.keys[c.target]}))
                      for c in found}
            victims = {index.keys[c.target] for c in found if c.type in _ACTS}
            found += [c for c in cooccurrence_candidates(index, linked, victims,
                                                         self.max_pairs)
                      if self._allowed(index, c)]
        return list(_mentions(index, _best(index, found)))

    def _rules(self, index: DocIndex) -> Iterator[Candidate]:
        yield from table_candidates(index)
        if index.doc.has_annotation("DEP"):
            yield from verb_candidates(index, VerbRoles(index), self.max_args)
            yield from noun_candidates(index, self.max_args)
            yield from confinement_candidates(index, VERB_CONFIDENCE)

    def _allowed(self, index: DocIndex, candidate: Candidate) -> bool:
        """Answer whether the schema allows the link between the two entity types."""
        if index.keys[candidate.source] == index.keys[candidate.target]:
            return False
        if candidate.type == "ASSOCIATE_OF" and (index.is_victim(candidate.source)
                                                 or index.is_victim(candidate.target)):
            return False  # a victim "meets" or "calls" an offender: not an associate
        try:
            self.schema.check_link(candidate.type, index.label(candidate.source),
                                   index.label(candidate.target))
        except SchemaError:
            return False
        return True


def _as_membership(index: DocIndex, candidate: Candidate) -> Candidate:
    """Answer MEMBER_OF for a role in a criminal group ("the KOLA group's driver, Besnik
    DOKA", "works for the KOLA group"): a group is no employer."""
    if candidate.type != "EMPLOYED_BY" or index.label(candidate.target) != labels.ORGANISATION \
            or get_str(index.ents[candidate.target], "ocg_kind") != "ocg":
        return candidate
    return replace(candidate, type="MEMBER_OF")


#: Confidence factor of EXPLOITED inferred from control or harbouring.
INFERRED = 0.7


def _inferred_exploitation(index: DocIndex, found: list[Candidate]) -> Iterator[Candidate]:
    """Answer EXPLOITED for whoever controls or harbours a victim in a report that names a
    purpose of exploitation (the Palermo "act" of a controller serves the exploitation),
    marked {"basis": "inferred"}."""
    acts = [c for c in found
            if c.type in ("CONTROLS", "HARBOURED") and index.is_victim(c.target)]
    if not acts or _document_purpose(index) is None:
        return
    for c in acts:
        yield Candidate("EXPLOITED", c.source, c.target, c.sentence,
                        round(c.confidence * INFERRED, 3), f"inferred:{c.rule}", c.anchor,
                        (("basis", "inferred"),))




def _stated(found: Iterable[Candidate], candidate: Candidate) -> bool:
    return any(c.source == candidate.source and c.target == candidate.target for c in found)


def _best(index: DocIndex, found: Iterable[Candidate]) -> list[Candidate]:
    """Answer one candidate per (type, source key, target key, sentence): the most confident."""
    best: dict[tuple[str, str, str, int], Candidate] = {}
    for candidate in found:
        key = (candidate.type, index.keys[candidate.source], index.keys[candidate.target],
               candidate.sentence)
        prior = best.get(key)
        if prior is None or candidate.confidence > prior.confidence:
            best[key] = candidate
    return sorted(best.values(), key=lambda c: (c.sentence, index.ents[c.source].start,
                                                index.ents[c.target].start, c.type))


def _mentions(index: DocIndex, found: list[Candidate]) -> Iterator[RelationMention]:
    purpose = _document_purpose(index) if any(c.type == "EXPLOITED" for c in found) else None
    for candidate in found:
        sentence = index.sents[candidate.sentence]
        attributes: dict[str, Any] = {k: v for k, v in candidate.attributes if k != "means"}
        means = [v for k, v in candidate.attributes if k == "means"]  # the rule's own
        if candidate.type in _ACTS:
            attributes.update(_act_attributes(candidate.type, index.words(candidate.sentence),
                                              purpose))
        means = list(dict.fromkeys([*means, *attributes.get("means", [])]))
        if means:
            attributes["means"] = means
        if candidate.type == "PAID":
            attributes.update(_amount(sentence))
        yield RelationMention(candidate.type, index.ents[candidate.source],
                              index.ents[candidate.target], attributes, sentence,
                              candidate.confidence, candidate.rule)


def _act_attributes(rel_type: str, words: set[str], purpose: str | None) -> dict[str, Any]:
    """Answer `purpose` and `means` of an act from the words of its sentence."""
    attributes: dict[str, Any] = {}
    if rel_type == "EXPLOITED":
        found = _purpose(words) or purpose
        if found:
            attributes["purpose"] = found
    if rel_type in _WITH_MEANS:
        means = [name for name, cues in MEANS.items() if words & cues
                 and (name != "document_retention" or words & RETAIN_VERBS)]
        if rel_type == "RECRUITED" and words & {"gift", "gifts", "buy", "bought", "trainers"}:
            means.append("gifts")
        if means:
            attributes["means"] = means
    return attributes


def _purpose(words: set[str]) -> str | None:
    scores = Counter({name: len(words & cues) for name, cues in PURPOSES.items()})
    name, score = scores.most_common(1)[0]
    return name if score else None


def _document_purpose(index: DocIndex) -> str | None:
    """Answer the exploitation purpose most words of the report point to."""
    lemmas = Counter(index.lemmas)
    scores = Counter({name: sum(lemmas[h] for h in cues)
                      for name, cues in _PURPOSE_LEMMAS.items()})
    name, score = scores.most_common(1)[0]
    return name if score else None


def _amount(sentence: Span) -> dict[str, Any]:
    """Answer amount and currency from the first MONEY span of the sentence."""
    for ent in sentence.ents:
        if ent.label_ != labels.MONEY:
            continue
        attrs = attrs_of(ent)
        if "amount" in attrs:
            out = {"amount": attrs["amount"]}
            if attrs.get("currency"):
                out["currency"] = attrs["currency"]
            return out
        value = get_str(ent, "ocg_value") or ""
        currency, _, amount = value.partition(" ")
        try:
            return {"amount": float(amount), "currency": currency}
        except ValueError:
            return {"amount": ent.text}
    return {}


__all__ = ["RelationMention", "Relations", "make_relations", "register_relations_extension",
           "relations_of"]
