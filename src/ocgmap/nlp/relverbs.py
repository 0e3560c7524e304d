"""Relations stated by verbs: a `DependencyMatcher` over the verbs of `acts.VERBS`.

One pattern per argument role finds, for every lexicon verb, its subject, object, passive
subject, `by` agent, dative and prepositional objects. The matches are grouped by verb;
each frame of the verb then pairs the entities of its source role with those of its
target role. A verb without a subject borrows the subject of the verb it is coordinated
with or complements ("KOLA collected the women and drove them to Leeds"; "agreed to drive
them"); "who" as a subject stands for the noun the clause hangs on.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from ocgmap.nlp import labels
from ocgmap.nlp.acts import (
    AGENT,
    CAUSATIVES,
    NEEDS_DESTINATION,
    PARTICLES,
    PATIENT,
    PLACE_TYPES,
    VERBS,
    Frame,
)
from ocgmap.nlp.relargs import Arg, Candidate, DocIndex, arguments, hashes

#: Confidence of a relation stated by a verb with both arguments named.
VERB_CONFIDENCE = 0.8
#: Confidence factor when the subject is borrowed from another verb.
BORROWED = 0.85

_ROLE_PATTERNS: dict[str, list[tuple[str, str, dict[str, object]]]] = {
    # [(left node, right node id, right attrs)...] after the verb anchor; the role of an
    # argument is its dependency label ("nsubj", "dobj"...) or "prep:<word>" / "agent"
    "direct": [("verb", "arg", {"DEP": {"IN": ["nsubj", "nsubjpass", "dobj", "dative"]}})],
    "via": [("verb", "prep", {"DEP": {"IN": ["agent", "prep"]}}),
            ("prep", "arg", {"DEP": "pobj"})],
}
_RELATIVE = frozenset({"who", "that", "which"})


def verb_matcher(vocab: Vocab) -> DependencyMatcher:
    """Answer a DependencyMatcher with one pattern per argument role over the lexicon verbs."""
    matcher = DependencyMatcher(vocab)
    anchor: dict[str, object] = {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(VERBS)},
                                                  "POS": {"IN": ["VERB", "AUX"]}}}
    for role, steps in _ROLE_PATTERNS.items():
        pattern: list[dict[str, object]] = [anchor]
        for left, right, attrs in steps:
            pattern.append({"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right,
                            "RIGHT_ATTRS": attrs})
        matcher.add(role, [pattern])
    return matcher


_VERB_LEMMAS = hashes(VERBS)


class VerbRoles:
    """The argument tokens of each lexicon verb of a Doc, by role."""

    def __init__(self, matcher: DependencyMatcher, index: DocIndex) -> None:
        self.roles: dict[int, dict[str, list[Token]]] = {}
        doc = index.doc
        if not index.with_lemmas(_VERB_LEMMAS):
            return
        for _, token_ids in matcher(doc):
            verb, arg = doc[token_ids[0]], doc[token_ids[-1]]
            if len(token_ids) == 2:
                role = arg.dep_
            else:
                link = doc[token_ids[1]]
                role = "agent" if link.dep_ == "agent" else f"prep:{link.lower_}"
            self.roles.setdefault(verb.i, {}).setdefault(role, []).append(arg)

    def tokens(self, verb: Token, role: str, depth: int = 0) -> tuple[list[Token], float]:
        """Answer the tokens filling `role` of `verb` and a confidence factor."""
        roles = self.roles.get(verb.i, {})
        if role == AGENT:
            found = roles.get("agent") or roles.get("nsubj", [])
            if not found and depth < 3 and verb.dep_ in ("conj", "xcomp") and \
                    verb.head.i != verb.i:
                borrowed, factor = self.tokens(verb.head, AGENT, depth + 1)
                return borrowed, factor * BORROWED
            return [_antecedent_of_relative(t) for t in found], 1.0
        if role == PATIENT:
            return roles.get("dobj", []) + roles.get("nsubjpass", []), 1.0
        return roles.get(role, []), 1.0

    def verbs(self) -> Iterator[int]:
        """Answer the token indexes of the verbs that have arguments."""
        return iter(self.roles)


def verb_candidates(index: DocIndex, roles: VerbRoles, max_args: int) -> Iterator[Candidate]:
    """Answer the relations stated by the lexicon verbs of the Doc."""
    doc = index.doc
    for i in roles.verbs():
        verb = doc[i]
        lemma = verb.lemma_.lower()
        if not _complete(verb, lemma):
            continue
        frames = VERBS.get(lemma, [])
        if lemma in CAUSATIVES:
            frames = [*frames, *_causative_frames(verb)]
        sentence = index.sent_of[i]
        for frame in frames:
            sources = _fill(index, roles, verb, frame.source, max_args)
            if not sources:
                continue
            targets = _fill(index, roles, verb, frame.target, max_args)
            for source, s_factor in sources:
                for target, t_factor in targets:
                    if index.keys[source.ent] == index.keys[target.ent] or (
                            index.label(target.ent) == labels.LOCATION
                            and frame.type not in PLACE_TYPES):
                        continue
                    confidence = VERB_CONFIDENCE * s_factor * t_factor * source.factor \
                        * target.factor
                    yield Candidate(frame.type, source.ent, target.ent, sentence,
                                    round(confidence, 3), f"verb:{verb.lemma_.lower()}", i)


def _complete(verb: Token, lemma: str) -> bool:
    """Answer whether the verb has the particle or destination its sense needs."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if "out" in particles:
        return False  # "picked out", "took out", "sorted out"
    if lemma in PARTICLES and PARTICLES[lemma] not in particles:
        return False
    if lemma in NEEDS_DESTINATION:
        return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in") for c in verb.children)
    return True


def _fill(index: DocIndex, roles: VerbRoles, verb: Token, role: str,
          limit: int) -> list[tuple[Arg, float]]:
    if role == "dative":
        tokens, factor = roles.tokens(verb, "dative")
    else:
        tokens, factor = roles.tokens(verb, role)
    found: list[tuple[Arg, float]] = []
    for token in tokens:
        found.extend((arg, factor) for arg in arguments(index, token, limit))
    return found[:limit]


def _causative_frames(verb: Token) -> list[Frame]:
    """Answer EXPLOITED for "forced / made / put her to work" (an xcomp or a `to` phrase)."""
    if any(c.dep_ == "xcomp" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return [Frame("EXPLOITED", AGENT, PATIENT)]
    return []


def _antecedent_of_relative(token: Token) -> Token:
    """Answer the noun a relative pronoun stands for ("a man who drove" -> man)."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token
