"""Relations stated by nouns: kin ("his brother Erion"), roles ("registered keeper Ardit
KOLA", "director: F. STOICA", "member of the OSAGIE group") and possessed identifiers
("KOLA's phone 07700 900123").

The holder of a noun is the entity in apposition with it, the name it qualifies, the
subject it is predicated of ("X is the brother of Y") or, in log style, the first person
named right after it. The other end is its possessor or its `of` object; role nouns with
neither take the nearest preceding entity of the type they are about (a keeper, the
vehicle just named).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ocgmap.nlp import labels
from ocgmap.nlp.acts import IDENTIFIER_NOUNS, KIN, ROLE_NOUNS
from ocgmap.nlp.extensions import attrs_of
from ocgmap.nlp.relargs import VICTIM_GROUP, Arg, Candidate, DocIndex, arguments, hashes
from ocgmap.nlp.relinfer import sole_business
from ocgmap.nlp.relnarrative import offender

NOUN_CONFIDENCE = 0.75
#: How far after a role noun a log-style holder may be named (tokens).
HOLDER_WINDOW = 10
#: Role nouns named after the other end: "his employer, Northline Staffing Ltd".
INVERSE_ROLES = frozenset({"employer", "gangmaster"})
_NOUN_LEMMAS = hashes([*KIN, *ROLE_NOUNS, *IDENTIFIER_NOUNS, *INVERSE_ROLES])
_NOUN_WORDS = hashes(ROLE_NOUNS)
_IDENTIFIERS = frozenset({labels.PHONE, labels.EMAIL, labels.VEHICLE, labels.DOCUMENT})
#: The entity type a role noun is about when it has no `of` object.
_ROLE_TARGETS = {"OWNS": (labels.VEHICLE, labels.BUSINESS), "EMPLOYED_BY": (labels.BUSINESS,),
                 "MEMBER_OF": (labels.ORGANISATION,)}
#: Organisation categories a role noun with no `of` object may be about: a criminal group
#: (or one of no known category), never the police or an agency named before it.
_GROUPS = frozenset({None, "ocg"})


#: Nouns that stand for "the business" a report is about.
_BUSINESS_WORDS = frozenset({"business", "premises", "shop", "company", "firm", "salon",
                             "restaurant", "takeaway", "site", "farm", "hotel", "bar"})

_EMPLOYERS = frozenset({labels.BUSINESS, labels.ORGANISATION, labels.PERSON})
#: Role nouns that a log fragment states of the entry's nominal.
_NOMINAL_TYPES = frozenset({"ASSOCIATE_OF", "MEMBER_OF"})
#: Role nouns of who runs a business.
_RUNNERS = frozenset({"owner", "director", "manager", "proprietor", "licensee"})

#: Act nouns ("recruiter", "controller") whose object, unnamed, is the report subject.
_SUBJECT_ACTS = frozenset({"RECRUITED", "TRANSPORTED", "CONTROLS", "EXPLOITED"})


def noun_candidates(index: DocIndex, max_args: int) -> Iterator[Candidate]:
    """Answer the relations stated by kin, role and identifier nouns of the Doc."""
    doc = index.doc
    by_word = [i for i, lower in enumerate(index.lowers) if lower in _NOUN_WORDS
               and index.lemmas[i] not in _NOUN_LEMMAS]  # "cleaner" tagged ADJ: "clean"
    for i in sorted([*index.with_lemmas(_NOUN_LEMMAS), *by_word]):
        token = doc[i]
        lemma = token.lemma_.lower() if index.lemmas[i] in _NOUN_LEMMAS else token.lower_
        ent = index.tok2ent[token.i]
        if ent >= 0 and token.dep_ != "compound" and not (
                index.label(ent) == VICTIM_GROUP and ROLE_NOUNS.get(lemma, ("",))[0]
                == "EMPLOYED_BY"):  # "five workers at Star Nails" is a group that works
            continue
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if lemma in INVERSE_ROLES:
            yield from _employer(index, token, max_args)
        elif lemma in KIN:
            yield from _kin(index, token, lemma, max_args)
        elif lemma in ROLE_NOUNS:
            yield from _role(index, token, lemma, max_args)
        elif lemma in IDENTIFIER_NOUNS:
            yield from _identifier(index, token)


def _kin(index: DocIndex, noun: Token, lemma: str, limit: int) -> Iterator[Candidate]:
    holders = _holders(index, noun, limit, labels.PERSON)
    others = _others(index, noun, limit)
    for holder in holders:
        for other in others:
            yield _candidate(index, "FAMILY_OF", holder, other, noun, f"kin:{lemma}",
                             (("relation", lemma),))


def _role(index: DocIndex, noun: Token, lemma: str, limit: int) -> Iterator[Candidate]:
    rel_type, position = ROLE_NOUNS[lemma]
    if rel_type == "ASSOCIATE_OF":
        yield from _mutual(index, noun, limit)
    holders = _holders(index, noun, limit, labels.PERSON)
    if not holders and rel_type == "EMPLOYED_BY":
        holders = [a for a in index.refers(noun) if index.label(a.ent) == VICTIM_GROUP]
    if rel_type in _NOMINAL_TYPES and _fragment(index, noun):
        # "WHYTE, Jordan (19) ... Known associate of CAMPBELL ("Ace")": not Ace
        objects = {index.keys[a.ent] for a in _others(index, noun, limit)}
        holders = [h for h in holders if index.keys[h.ent] not in objects] or _nominal(index)
    if not holders:
        return
    others = _others(index, noun, limit)
    if not others and rel_type in _ROLE_TARGETS:
        wanted = _ROLE_TARGETS[rel_type]
        if lemma in ("keeper", "driver"):
            wanted = (labels.VEHICLE,)
        if lemma == "driver":
            rel_type, position = "USES", ""  # "stopped van YG65 WLN. Driver POPESCU"
        found = index.preceding(noun.i, lambda e: index.label(e) in wanted
                                and attrs_of(index.ents[e]).get("category") in _GROUPS)
        workers = all(index.label(h.ent) == VICTIM_GROUP for h in holders)
        if found is None and (lemma in _RUNNERS or workers) and _about_the_business(noun):
            found = sole_business(index)  # "registered owner of the business: NGUYEN"
        others = [Arg(found, 0.8)] if found is not None else []
    if not others and rel_type in _SUBJECT_ACTS and index.subject is not None:
        others = [Arg(index.subject, 0.6)]  # "the recruiter VASILE" in a victim's debrief
    attributes: tuple[tuple[str, str], ...] = ()
    if position:
        attributes = (("role", position),)
    for holder in holders:
        for other in others:
            yield _candidate(index, rel_type, holder, other, noun, f"role:{lemma}", attributes)


def _mutual(index: DocIndex, noun: Token, limit: int) -> Iterator[Candidate]:
    """Answer ASSOCIATE_OF between the people a plural or "between" noun pairs ("KOLA and
    HOXHA are known associates", "contact between KOLA and OSAGIE")."""
    people: list[Arg] = []
    if noun.tag_ == "NNS" and noun.dep_ == "attr":
        people = [a for c in noun.head.children if c.dep_ == "nsubj"
                  for a in arguments(index, c, limit)]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            people += [a for o in prep.children if o.dep_ == "pobj"
                       for a in arguments(index, o, limit)]
    people = [a for a in people if index.label(a.ent) == labels.PERSON]
    for i, first in enumerate(people):
        for second in people[i + 1:]:
            if index.keys[first.ent] != index.keys[second.ent]:
                yield _candidate(index, "ASSOCIATE_OF", first, second, noun,
                                 f"role:{noun.lemma_.lower()}", ())


def _employer(index: DocIndex, noun: Token, limit: int) -> Iterator[Candidate]:
    """Answer EMPLOYED_BY from whose employer it is (the possessor, or the `of` object) to
    the business named as the employer ("gave his employer as Northline Staffing Ltd",
    "his employer, Northline Staffing Ltd")."""
    workers = _others(index, noun, limit)
    employers = [a for a in _apposed(index, noun) if index.label(a.ent) in _EMPLOYERS]
    if not employers:
        employers = [a for a in _given_as(index, noun) if index.label(a.ent) in _EMPLOYERS]
    for worker in workers:
        for employer in employers:
            yield _candidate(index, "EMPLOYED_BY", worker, employer, noun,
                             f"role:{noun.lemma_.lower()}", ())


def _given_as(index: DocIndex, noun: Token) -> list[Arg]:
    """Answer what a noun is given as ("gave his employer as X": X)."""
    verb = noun.head
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj" for a in arguments(index, o, 5)]


def _fragment(index: DocIndex, noun: Token) -> bool:
    """Answer whether the noun's sentence is a verbless log fragment ("Known associate of
    CAMPBELL.", "Believed member of the KOLA group.")."""
    sentence = index.sents[index.sent_of[noun.i]]
    return not any(t.dep_ in ("nsubj", "nsubjpass") or (t.pos_ == "VERB" and t.dep_ == "ROOT")
                   for t in sentence)


def _nominal(index: DocIndex) -> list[Arg]:
    """Answer the person a log entry is about: the first person named who is no official
    and no victim."""
    for ent in range(len(index.ents)):
        if offender(index, ent):
            return [Arg(ent, 0.6)]
    return []


def _about_the_business(noun: Token) -> bool:
    """Answer whether a role noun names no place of its own ("the manager", "owner of the
    business"), so that it is about the business the report is about."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "at", "for", "in", "with"):
            continue
        if prep.lower_ != "of" or any(o.lemma_.lower() not in _BUSINESS_WORDS
                                      for o in prep.children if o.dep_ == "pobj"):
            return False
    return True


def _identifier(index: DocIndex, noun: Token) -> Iterator[Candidate]:
    possessors = [c for c in noun.children if c.dep_ == "poss" and _owner_word(index, c)]
    if not possessors:
        return
    owners = index.refers(possessors[0])
    values = [a for a in _apposed(index, noun) if index.label(a.ent) in _IDENTIFIERS]
    if not values:
        values = _identifier_after(index, noun)
    for owner in owners:
        for value in values:
            yield _candidate(index, "USES", owner, value, noun, "possessive", ())


def _owner_word(index: DocIndex, token: Token) -> bool:
    """Answer whether a possessor is a pronoun or ends a name ("KOLA's", not the "Children's"
    inside "Birmingham Children's Trust")."""
    ent = index.tok2ent[token.i]
    return token.pos_ == "PRON" or (ent >= 0 and index.ents[ent].end <= token.i + 2
                                    and index.ents[ent].end > token.i)


def _identifier_after(index: DocIndex, noun: Token) -> list[Arg]:
    """Answer the identifier named within a few tokens after `noun` ("phone as 0770...")."""
    end = min(len(index.doc), noun.i + 5)
    for i in range(noun.i + 1, end):
        ent = index.tok2ent[i]
        if ent >= 0:
            return [Arg(ent, 0.9)] if index.label(ent) in _IDENTIFIERS else []
    return []


def _holders(index: DocIndex, noun: Token, limit: int, label: str) -> list[Arg]:
    """Answer who holds `noun` (is the brother, the keeper...)."""
    found = [a for a in _apposed(index, noun) if index.label(a.ent) == label]
    if noun.dep_ == "attr":
        subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            found.extend(arguments(index, subject, limit))
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "the owner is WONG Kin"
        for attr in noun.head.children:
            if attr.dep_ == "attr":
                found.extend(a for a in arguments(index, attr, limit)
                             if index.label(a.ent) == label)
    if not found:
        found = _named_after(index, noun, label)
    return found[:limit]


def _apposed(index: DocIndex, noun: Token) -> list[Arg]:
    """Answer entities in apposition with `noun` or qualified by it."""
    found: list[Arg] = []
    for child in noun.children:
        if child.dep_ in ("appos", "compound", "npadvmod", "nummod", "dep"):
            found.extend(a for a in index.refers(child) if a not in found)
    head = noun.head
    if noun.dep_ in ("compound", "appos", "amod", "nmod") and head.i != noun.i:
        ent = index.tok2ent[head.i]
        if ent >= 0:
            found.append(Arg(ent, 0.9))
    own = index.tok2ent[noun.i]
    if own >= 0:  # the noun is inside the name span ("Uncle Osaro")
        found.append(Arg(own, 0.9))
    return found


def _named_after(index: DocIndex, noun: Token, label: str) -> list[Arg]:
    """Answer the first `label` entity named right after `noun` (log style), with no verb
    between them."""
    doc = index.doc
    end = min(len(doc), noun.i + HOLDER_WINDOW, index.sents[index.sent_of[noun.i]].end)
    for i in range(noun.i + 1, end):
        token = doc[i]
        ent = index.tok2ent[i]
        if ent >= 0:
            return [Arg(ent, 0.9)] if index.label(ent) == label else []
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
            return []
    return []


def _others(index: DocIndex, noun: Token, limit: int) -> list[Arg]:
    """Answer the other end of `noun`: its possessor or its `of` object (or, for a noun
    after "is", the `at` object the parser hung on the verb: "was a cleaner at X")."""
    found: list[Arg] = []
    children = list(noun.children)
    if noun.dep_ == "attr" and not any(c.dep_ in ("poss", "prep") for c in children):
        children += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    for child in children:
        if child.dep_ == "poss":
            found.extend(arguments(index, child, limit))
        elif child.dep_ == "prep" and child.lower_ in ("of", "to", "at", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(arguments(index, obj, limit))
    return found[:limit]


def _candidate(index: DocIndex, rel_type: str, source: Arg, target: Arg, noun: Token,
               rule: str, attributes: tuple[tuple[str, str], ...]) -> Candidate:
    confidence = round(NOUN_CONFIDENCE * source.factor * target.factor, 3)
    return Candidate(rel_type, source.ent, target.ent, index.sent_of[noun.i], confidence, rule,
                     noun.i, attributes)
