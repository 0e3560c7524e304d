"""Relations stated by verbs: the arguments of the verbs of `acts.VERBS`, by dependency.

A walk over the children of every lexicon verb finds its subject, object, passive
subject, `by` agent, dative and prepositional objects, grouped by role;
each frame of the verb then pairs the entities of its source role with those of its
target role. A verb without a subject borrows the subject of the verb it is coordinated
with or complements ("KOLA collected the women and drove them to Leeds"; "agreed to drive
them"); "who" as a subject stands for the noun the clause hangs on.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ocgmap.nlp import labels
from ocgmap.nlp.acts import (
    ACCOMPANYING,
    AGENT,
    CAUSATIVES,
    COLLECTING,
    INSTRUCTIVES,
    MONEY_WORDS,
    NEEDS_DESTINATION,
    PARTICLES,
    PATIENT,
    PLACE_TYPES,
    RIDES,
    RUNNING,
    VERBS,
    Frame,
)
from ocgmap.nlp.extensions import attrs_of
from ocgmap.nlp.relargs import Arg, Candidate, DocIndex, arguments, hashes
from ocgmap.nlp.relnarrative import (
    IMPLICIT_TYPES,
    RETAIN_LEMMAS,
    SPEAKING_LEMMAS,
    STAY_LEMMAS,
    TRAVEL_PAY_LEMMAS,
    implicit_agent,
    offer_candidates,
    premises_candidates,
    retention_candidates,
    threat_candidates,
    travel_payment_candidates,
)

#: Confidence of a relation stated by a verb with both arguments named.
VERB_CONFIDENCE = 0.8
#: Confidence factor when the subject is borrowed from another verb.
BORROWED = 0.85

#: Dependency labels of a verb's direct arguments (the role is the label itself), and of
#: the prepositions (or `by` agent) whose objects are arguments ("prep:<word>" / "agent").
_DIRECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_LINK_DEPS = frozenset({"agent", "prep"})
_VERB_POS = frozenset({"VERB", "AUX"})
_RELATIVE = frozenset({"who", "that", "which"})


#: Every verb lemma a rule reads: the lexicon, causatives, retaining and staying verbs.
_LEMMAS = frozenset({*VERBS, *CAUSATIVES, *RETAIN_LEMMAS, *STAY_LEMMAS, *SPEAKING_LEMMAS,
                     *TRAVEL_PAY_LEMMAS})


_VERB_LEMMAS = hashes(_LEMMAS)


class VerbRoles:
    """The argument tokens of each lexicon verb of a Doc, by role."""

    def __init__(self, index: DocIndex) -> None:
        self.roles: dict[int, dict[str, list[Token]]] = {}
        doc = index.doc
        # a walk over the children of the few lexicon verbs: spaCy's DependencyMatcher would
        # first match every nsubj/dobj/prep token of the report and climb to its root
        for i in index.with_lemmas(_VERB_LEMMAS):
            verb = doc[i]
            misparsed = _noun_as_verb(verb)
            if verb.lemma_ not in _LEMMAS or (verb.pos_ not in _VERB_POS and not misparsed):
                continue
            roles: dict[str, list[Token]] = {}
            for child in verb.children:
                if child.dep_ in _DIRECT_DEPS:
                    roles.setdefault(child.dep_, []).append(child)
                elif misparsed and child.dep_ == "compound" and child.i < verb.i:
                    roles.setdefault("nsubj", []).append(child)
                elif child.dep_ == "advmod" and child.lower_ == "there":
                    roles.setdefault("prep:at", []).append(child)  # "work there"
                elif child.dep_ in _LINK_DEPS:
                    role = "agent" if child.dep_ == "agent" else f"prep:{child.lower_}"
                    for arg in child.children:
                        if arg.dep_ == "pobj":
                            roles.setdefault(role, []).append(arg)
            if roles:
                self.roles[i] = roles

    def tokens(self, verb: Token, role: str, depth: int = 0) -> tuple[list[Token], float]:
        """Answer the tokens filling `role` of `verb` and a confidence factor."""
        roles = self.roles.get(verb.i, {})
        if role == AGENT:
            found = roles.get("agent") or roles.get("nsubj", [])
            if not found and any(c.dep_ == "nsubjpass" for c in verb.children):
                found = stray_agent(verb)
            if not found and depth and verb.i not in self.roles:
                # a verb outside the lexicon lends its subject too ("visited, collected")
                found = [c for c in verb.children if c.dep_ == "nsubj"]
            if not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
                return [verb.head], 1.0  # "four women working at Star Nails"
            if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
                    and verb.head.dep_ == "acl" and verb.head.head.pos_ in ("NOUN", "PROPN"):
                return [verb.head.head], 1.0  # "two girls aged 15 travelling with a man"
            if not found and verb.dep_ == "xcomp" and verb.tag_ == "VBG":
                seen = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                if seen:  # "twelve men were found working at Fenwold Farm Ltd"
                    return seen, 1.0
            if not found and depth < 3 and verb.dep_ in ("conj", "xcomp") and \
                    verb.head.i != verb.i:
                borrowed, factor = self.tokens(verb.head, AGENT, depth + 1)
                return borrowed, factor * BORROWED
            return [_antecedent_of_relative(t) for t in found], 1.0
        if role == PATIENT:
            found = roles.get("dobj", []) + roles.get("nsubjpass", [])
            if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
                return [verb.head], 1.0  # "four women supplied by Northline Staffing Ltd"
            if not found and verb.lemma_.lower() in CAUSATIVES:
                # "made Minh tend the plants": the subject of the bare infinitive
                found = [g for c in verb.children if c.dep_ == "ccomp" and _infinitive(c)
                         for g in c.children if g.dep_ == "nsubj"]
            if not found and depth < 3 and verb.dep_ == "conj" and verb.tag_ == "VBN":
                # "the men were recruited by VASILE and driven to Bolton by DUMITRU"
                borrowed, factor = self.tokens(verb.head, PATIENT, depth + 1)
                return [t for t in borrowed if t.dep_ == "nsubjpass"], factor * BORROWED
            return found, 1.0
        found = roles.get(role, [])
        if not found and role.startswith("prep:"):
            # "works as a driver for Northline": the preposition hangs on the "as" noun
            word = role.split(":", 1)[1]
            found = [g for a in verb.children if a.dep_ == "prep" and a.lower_ == "as"
                     for n in a.children if n.dep_ == "pobj"
                     for p in n.children if p.dep_ == "prep" and p.lower_ == word
                     for g in p.children if g.dep_ == "pobj"]
        return found, 1.0

    def verbs(self) -> Iterator[int]:
        """Answer the token indexes of the verbs that have arguments."""
        return iter(self.roles)


def verb_candidates(index: DocIndex, roles: VerbRoles, max_args: int) -> Iterator[Candidate]:
    """Answer the relations stated by the lexicon verbs of the Doc."""
    doc = index.doc
    for i in roles.verbs():
        verb = doc[i]
        lemma = verb.lemma_.lower()
        agents = _fill(index, roles, verb, AGENT, max_args)
        yield from retention_candidates(index, verb, agents, VERB_CONFIDENCE)
        yield from threat_candidates(index, verb, agents, VERB_CONFIDENCE)
        yield from offer_candidates(index, verb, agents, VERB_CONFIDENCE)
        yield from travel_payment_candidates(index, verb, agents, VERB_CONFIDENCE)
        if not _complete(verb, lemma):
            continue
        frames = VERBS.get(lemma, [])
        if lemma in CAUSATIVES:
            causal = _causative_frames(verb)  # "put the men to work" goes nowhere
            frames = causal if lemma in NEEDS_DESTINATION and not _has_destination(verb, lemma) \
                else [*frames, *causal]
        sentence = index.sent_of[i]
        yield from premises_candidates(index, verb, _residents(index, roles, verb, max_args),
                                       VERB_CONFIDENCE)
        for frame in frames:
            sources = _fill(index, roles, verb, frame.source, max_args)
            targets = _fill(index, roles, verb, frame.target, max_args)
            if not sources and frame.source == AGENT and frame.type in IMPLICIT_TYPES \
                    and targets and not _named_agent(roles, verb):
                sources = implicit_agent(index, verb, {index.keys[a.ent] for a, _ in targets})
            if not sources:
                continue
            for source, s_factor in sources:
                for target, t_factor in targets:
                    if frame.type == "OWNS":
                        target = _premises_of(index, target)
                    rel_type = "USES" if frame.type == "OWNS" and index.label(
                        target.ent) in _USED else frame.type  # "a phone registered to X"
                    if index.keys[source.ent] == index.keys[target.ent] or (
                            index.label(target.ent) == labels.LOCATION
                            and frame.type not in PLACE_TYPES):
                        continue
                    if frame.type == "EMPLOYED_BY" and frame.target in ("prep:to", "prep:at") \
                            and index.label(target.ent) != labels.BUSINESS:
                        continue  # "sent to KOLA" is not employment; "sent to a farm" is
                    if lemma in RUNNING and frame.target == PATIENT and frame.type != \
                            _RUN_TYPES.get(index.label(target.ent), "CONTROLS"):
                        continue  # "runs a car wash" owns it; "runs the girls" controls them
                    if frame.type == "MEMBER_OF" and attrs_of(index.ents[target.ent]).get(
                            "category") == "platform":
                        continue  # "runs two Facebook pages": nobody is a member of Facebook
                    if frame.type == "TRANSPORTED" and (
                            (lemma in ACCOMPANYING and (not index.is_victim(target.ent)
                                                        or index.is_victim(source.ent)))
                            or (lemma == "give" and not _gives_ride(verb))):
                        continue  # "travelled with KOLA" moves a victim; "gave them lifts"
                    if frame.type == "PAID" and lemma in COLLECTING:
                        if not _money_object(verb):
                            continue  # "collected the money from Klodi", not "the girls from"
                        if index.is_victim(source.ent):  # takes the victims' earnings
                            yield Candidate("CONTROLS", target.ent, source.ent, sentence,
                                            round(VERB_CONFIDENCE * s_factor * t_factor
                                                  * source.factor * target.factor, 3),
                                            f"verb:{lemma}", i,
                                            (("means", "financial_control"),))
                            continue
                    confidence = VERB_CONFIDENCE * s_factor * t_factor * source.factor \
                        * target.factor
                    leads = frame.type == "MEMBER_OF" and lemma in (*RUNNING, "lead", "head")
                    yield Candidate(rel_type, source.ent, target.ent, sentence,
                                    round(confidence, 3), f"verb:{verb.lemma_.lower()}", i,
                                    (("role", "leader"),) if leads else ())


#: What a person uses rather than owns, even when it is registered to them.
_USED = frozenset({labels.PHONE, labels.EMAIL, labels.DOCUMENT})
#: What running something is, by what it is: a business is owned, a criminal group led.
_RUN_TYPES = {labels.BUSINESS: "OWNS", labels.ORGANISATION: "MEMBER_OF"}
#: Participles by which a vehicle names who moved the people in it ("a lorry driven by X").
_DRIVING = frozenset({"drive", "pilot", "steer", "skipper", "sail"})


def _premises_of(index: DocIndex, target: Arg) -> Arg:
    """Answer the business whose address `target` is, when it is one ("Prime Print & Copy,
    140 Elderfield Parade, Harrow, a shop owned by HOXHA"): a shop is owned, not its
    street."""
    if index.label(target.ent) != labels.LOCATION or target.ent == 0:
        return target
    before = target.ent - 1
    span, address = index.ents[before], index.ents[target.ent]
    if span.label_ == labels.BUSINESS and address.start - span.end <= 2 \
            and index.sent_of[span.start] == index.sent_of[address.start]:
        return Arg(before, target.factor * 0.9)
    return target


def stray_agent(verb: Token) -> list[Token]:
    """Answer the `by` object the parser hung below a passive verb rather than on it ("were
    lured to the UK with promises of work by DOKA", "were made to work as prostitutes by
    MARKU", "smuggled in a lorry driven by DOKA"), looking through nouns, prepositions, the
    infinitive a causative governs and a vehicle's driver, never into another clause ("an
    advert written by KOLA")."""
    found: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in ("prep", "dobj", "npadvmod")
             or (verb.lemma_.lower() in CAUSATIVES and _infinitive(c))]
    while stack:
        token = stack.pop()
        if token.lower_ == "by" and token.dep_ in ("prep", "agent"):
            found += [g for g in token.children if g.dep_ == "pobj"]
            continue
        governed = token.head.i == verb.i and _infinitive(token)
        if token.pos_ in ("VERB", "AUX") and not governed \
                and token.lemma_.lower() not in _DRIVING:
            continue
        stack += [c for c in token.children if c.dep_ in ("prep", "pobj", "dobj", "agent")
                  or (c.dep_ == "acl" and c.lemma_.lower() in _DRIVING)]
    return found


def _gives_ride(verb: Token) -> bool:
    """Answer whether "give" gives a lift ("gave two boys lifts in a grey Audi")."""
    return any(c.dep_ == "dobj" and c.lower_ in RIDES for c in verb.children)


def _money_object(verb: Token) -> bool:
    """Answer whether the verb's object is money ("collected the cash", "took £200")."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in MONEY_WORDS or c.ent_type_ == "MONEY")
               for c in verb.children)


def _named_agent(roles: VerbRoles, verb: Token) -> bool:
    """Answer whether the verb has a subject or `by` agent of its own (named or not)."""
    found = roles.roles.get(verb.i, {})
    return bool(found.get("agent") or found.get("nsubj")) or any(
        c.dep_ in ("nsubj", "agent") for c in verb.children)


def _residents(index: DocIndex, roles: VerbRoles, verb: Token,
               limit: int) -> list[tuple[Arg, float]]:
    """Answer who stays somewhere by `verb`: the subject of "lived", the object of "kept"."""
    if verb.lemma_.lower() in ("live", "stay", "sleep"):
        return _fill(index, roles, verb, AGENT, limit)
    return _fill(index, roles, verb, PATIENT, limit)


def _noun_as_verb(token: Token) -> bool:
    """Answer whether a plural noun at the root of its sentence, with a name before it and
    a preposition after it, is a verb the tagger took for a noun ("Golden Bridge Travel Ltd
    trades from Suite 3")."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and token.i > 0 \
        and any(c.dep_ in ("nsubj", "compound") and c.i < token.i and c.ent_type_
                for c in token.children) \
        and any(c.dep_ == "prep" and c.i > token.i for c in token.children)


def _complete(verb: Token, lemma: str) -> bool:
    """Answer whether the verb has the particle or destination its sense needs."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if "out" in particles:
        return False  # "picked out", "took out", "sorted out"
    if lemma in PARTICLES and PARTICLES[lemma] not in particles:
        return False
    if lemma in NEEDS_DESTINATION:
        return _has_destination(verb, lemma) or (
            lemma in CAUSATIVES and any(_infinitive(c) for c in verb.children))
    return True


def _has_destination(verb: Token, lemma: str) -> bool:
    """Answer whether a verb of putting or taking says where to; the destination may hang
    on the object ("took him and a friend to McDonald's")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects, *(t for o in objects for t in o.conjuncts)]
    wanted = ("to", "into", "in", "at") if lemma == "place" else ("to", "into", "in")
    return any(c.dep_ == "prep" and c.lower_ in wanted for h in holders for c in h.children)


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
    if any(_infinitive(c) for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        if verb.lemma_.lower() in INSTRUCTIVES:
            return [Frame("CONTROLS", AGENT, PATIENT)]
        return [Frame("EXPLOITED", AGENT, PATIENT)]
    return []


def _infinitive(token: Token) -> bool:
    """Answer whether `token` is the infinitive a causative governs ("made [her] to sell")."""
    if token.dep_ == "xcomp":
        return True
    if token.dep_ == "ccomp" and token.pos_ == "VERB" and token.head.lemma_.lower() in (
            "make", "let", "have") and token.tag_ == "VB":
        return True  # a bare infinitive: "made Minh tend the plants"
    return token.dep_ in ("advcl", "ccomp") and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _antecedent_of_relative(token: Token) -> Token:
    """Answer the noun a relative pronoun stands for ("a man who drove" -> man)."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token
