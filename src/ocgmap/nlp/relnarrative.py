"""Relations that narratives state without naming both ends in one clause.

- Implicit agents: a passive or agentless act ("M.D. was made to sell sex", "she was kept
  in the flat") takes as its doer the offender last named as the subject of a clause in
  this or the previous sentence (`implicit_agent`), with low confidence.
- Retention: taking or keeping a victim's documents, money or phone ("ZHENG took his
  passport", "Klodi kept the money", "her ID card was taken by Klodi", "Mrs OLAWALE has
  her passport") is CONTROLS over the owner of the thing, or over the report subject when
  it has no owner, and USES of the document when it is an entity (`retention_candidates`).
- Threats: telling a victim what will happen to them or what they owe is CONTROLS
  (`threat_candidates`); telling a victim of work or pay to be had is RECRUITED, by
  deception (`offer_candidates`).
- Travel: paying for, buying or booking a victim's flight or ticket is TRANSPORTED
  (`travel_payment_candidates`).
- Premises: living or being kept at a place that someone runs, owns or rents ("lived at a
  house run by OSAGIE", "slept in KOLA's flat") is HARBOURED by that someone
  (`premises_candidates`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ocgmap.nlp import labels
from ocgmap.nlp.documents import possessor
from ocgmap.nlp.extensions import attrs_of
from ocgmap.nlp.relargs import ACTORS, RESOLVED, Arg, Candidate, DocIndex, arguments, hashes

#: Confidence factor of an agent taken from the context rather than the clause.
IMPLICIT = 0.5
#: Sentences shorter than this (tokens) are headings, skipped when looking back.
HEADING_TOKENS = 6
#: Act types whose doer may be implicit.
IMPLICIT_TYPES = frozenset({"EXPLOITED", "CONTROLS", "HARBOURED", "RECRUITED"})
#: Things whose retention controls their owner.
DOCUMENTS = frozenset({"passport", "passports", "document", "documents", "id", "card", "cards",
                       "papers", "identity", "visa", "visas", "permit", "permits", "licence",
                       "license", "brp"})
_MONEY = frozenset({"money", "cash", "earnings", "wage", "wages", "pay"})
RETAINED = DOCUMENTS | _MONEY | {"phone"}
#: Verbs that only retain someone else's document ("has her passport").
HAVE_LEMMAS = frozenset({"have"})
RETAIN_LEMMAS = frozenset({"take", "keep", "hold", "retain", "confiscate", "seize", "collect",
                           "withhold", *HAVE_LEMMAS})
#: Verbs of telling, and the words that make what is told a threat or a debt.
SPEAKING_LEMMAS = frozenset({"tell", "say", "warn", "remind"})
THREAT_CUES = {
    "threats": frozenset({"police", "deport", "prison", "kill", "hurt", "harm", "family",
                          "die", "find", "punish", "arrest"}),
    "debt_bondage": frozenset({"owe", "debt", "repay"}),
}
_THREAT_WORDS = frozenset().union(*THREAT_CUES.values())
#: Words that make what a victim is told an offer of work ("she could earn £2,000").
OFFER_CUES = frozenset({"earn", "job", "salary", "wage", "wages"})
_PROSPECTIVE = frozenset({"would", "could", "will", "can"})
#: Verbs of paying for someone's travel, and the nouns of travel they pay for.
TRAVEL_PAY_LEMMAS = frozenset({"pay", "buy", "book", "arrange", "fund"})
TRAVEL_NOUNS = frozenset({"flight", "ticket", "journey", "travel", "trip", "passage",
                          "crossing", "fare", "visa"})
#: Verbs of staying somewhere, and of running a place.
STAY_LEMMAS = frozenset({"live", "stay", "sleep", "keep", "house", "lodge", "hold", "put",
                         "move", "place", "take", "accommodate"})
RUN_LEMMAS = frozenset({"run", "own", "rent", "manage", "control", "let", "operate", "use"})
_PLACE_PREPS = frozenset({"at", "in", "to", "into"})


def offender(index: DocIndex, ent: int) -> bool:
    """Answer whether entity `ent` is a person who may be an offender: not the report
    subject, an official or a victim."""
    span = index.ents[ent]
    if span.label_ != labels.PERSON:
        return False
    attrs = attrs_of(span)
    if index.subject is not None and index.keys[ent] == index.keys[index.subject]:
        return False
    return not attrs.get("official") and "victim" not in attrs.get("roles", ())


def implicit_agent(index: DocIndex, verb: Token, excluded: set[str]) -> list[tuple[Arg, float]]:
    """Answer the offender last named as a clause subject before `verb` (this or the
    previous sentence), else the offender last named there at all, or [] when there is
    none."""
    sentence = index.sent_of[verb.i]
    back = sentence - 1
    while back > 0 and len(index.sents[back]) < HEADING_TOKENS:
        back -= 1  # a heading ("**Exploitation.**") is not a sentence of the narrative
    floor = index.sents[max(0, back)].start
    fallback = None
    for ent in reversed(range(len(index.ents))):
        span = index.ents[ent]
        if span.start >= verb.i:
            continue
        if span.start < floor:
            break
        if index.keys[ent] in excluded or not offender(index, ent):
            continue
        if span.root.dep_ == "nsubj":
            return [(Arg(ent, IMPLICIT), 1.0)]
        if fallback is None:
            fallback = ent
    return [(Arg(fallback, IMPLICIT * 0.8), 1.0)] if fallback is not None else []


def retention_candidates(index: DocIndex, verb: Token, agents: list[tuple[Arg, float]],
                         confidence: float) -> Iterator[Candidate]:
    """Answer CONTROLS from the agents of a retaining verb to the owner of what it
    retains (its possessor, else the report subject), and USES from them to the retained
    document when it is an entity.

    "have" retains only someone else's document ("Mrs OLAWALE has her passport"): having
    money, or a passport of one's own, controls nobody.
    """
    lemma = verb.lemma_.lower()
    if lemma not in RETAIN_LEMMAS or (lemma in HAVE_LEMMAS and any(
            c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)):
        return  # "she had her passport taken" says who took it elsewhere
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        document = _document(index, obj)
        if obj.lower_ not in RETAINED and document is None:
            continue
        possessors = [c for c in obj.children if c.dep_ == "poss"]
        if lemma in HAVE_LEMMAS and (not possessors or obj.lower_ not in DOCUMENTS):
            continue
        owners = _owners(index, possessors[0]) if possessors else []
        if not possessors and document is None and index.subject is not None:
            owners = [Arg(index.subject, 0.6)]  # an entity without holder is no one's
        means = (("means", "financial_control") if obj.lower_ in _MONEY
                 else ("means", "document_retention"))
        for agent, factor in agents:
            if document is not None and index.label(agent.ent) in ACTORS:
                yield Candidate("USES", agent.ent, document, index.sent_of[verb.i],
                                round(confidence * factor * agent.factor, 3),
                                f"retain:{lemma}", verb.i)
            for owner in owners:
                if index.keys[agent.ent] == index.keys[owner.ent]:
                    continue
                yield Candidate("CONTROLS", agent.ent, owner.ent, index.sent_of[verb.i],
                                round(confidence * factor * agent.factor * owner.factor, 3),
                                f"retain:{lemma}", verb.i, (means,))


def _document(index: DocIndex, token: Token) -> int | None:
    """Answer the Document entity `token` is part of, or None."""
    ent = index.tok2ent[token.i]
    return ent if ent >= 0 and index.label(ent) == labels.DOCUMENT else None


def _owners(index: DocIndex, poss: Token) -> list[Arg]:
    """Answer the owner a possessive names; "his" or "her" is never the taker or keeper."""
    if poss.lower_ in ("his", "her"):
        found = possessor(index, poss)
        return [Arg(found, RESOLVED)] if found is not None else []
    return arguments(index, poss, 5)


def offer_candidates(index: DocIndex, verb: Token, agents: list[tuple[Arg, float]],
                     confidence: float) -> Iterator[Candidate]:
    """Answer RECRUITED from whoever tells a victim of work or pay to come ("DEDA told her
    his cousin had a restaurant where she could earn £2,000 a month", "had told them they
    would do hair-braiding work in London"): recruitment by deception."""
    if verb.lemma_.lower() not in SPEAKING_LEMMAS:
        return
    told = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    words = {t.lemma_.lower() for t in told}
    if not (words & (OFFER_CUES | {"work"}) and words & _PROSPECTIVE) or any(
            t.dep_ == "neg" for t in told) or words & _THREAT_WORDS:
        return  # an offer is what "could" or "would" be, not "the job did not exist" or
        # "he owed £1,500 and would have to work it off"
    for speaker, hearer, sure in _to_hearers(index, verb, agents, confidence):
        yield Candidate("RECRUITED", speaker, hearer, index.sent_of[verb.i], sure,
                        f"offer:{verb.lemma_.lower()}", verb.i, (("means", "deception"),))


def _to_hearers(index: DocIndex, verb: Token, agents: list[tuple[Arg, float]],
                confidence: float) -> Iterator[tuple[int, int, float]]:
    """Answer (speaker, hearer, confidence) from each offender who speaks to each victim
    who hears (the object of the verb, or a pronoun subject of what is told)."""
    hearers = [t for c in verb.children if c.dep_ in ("dobj", "dative")
               for t in (c, *c.conjuncts)]
    hearers += [g for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" for g in (t,)]
    for agent, factor in agents:
        if not offender(index, agent.ent):
            continue
        for hearer in hearers:
            for victim in index.refers(hearer):
                if not index.is_victim(victim.ent) or \
                        index.keys[victim.ent] == index.keys[agent.ent]:
                    continue
                yield agent.ent, victim.ent, round(
                    confidence * factor * agent.factor * victim.factor * IMPLICIT, 3)


def travel_payment_candidates(index: DocIndex, verb: Token, agents: list[tuple[Arg, float]],
                              confidence: float) -> Iterator[Candidate]:
    """Answer TRANSPORTED from whoever pays for, buys or books a victim's travel ("Lori paid
    for a flight from Bucharest to Luton", "KOLA bought her a ticket"): the traveller is the
    possessor of the ticket or flight, the one it was bought for, else the report subject."""
    if verb.lemma_.lower() not in TRAVEL_PAY_LEMMAS:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "tickets bought by DUMITRU"
    travel = [o for o in objects if o.lemma_.lower() in TRAVEL_NOUNS]
    if not travel:
        return
    travellers = [a for t in travel for c in t.children if c.dep_ == "poss"
                  for a in index.refers(c)]
    travellers += [a for c in verb.children if c.dep_ == "dative" for a in index.refers(c)]
    travellers += [a for t in travel for p in t.children if p.dep_ == "prep"
                   and p.lower_ == "for" for o in p.children for a in index.refers(o)]
    travellers += [a for t in travel if t.dep_ == "pobj" and t.head.lower_ == "on"
                   and t.head.head.pos_ == "VERB" and t.head.head.i != verb.i
                   for s in t.head.head.children if s.dep_ == "nsubj"
                   for a in index.refers(s)]  # "seven men travelled on tickets bought by"
    if not travellers and index.subject is not None:
        travellers = [Arg(index.subject, IMPLICIT)]
    for agent, factor in agents:
        for traveller in travellers:
            if not index.is_victim(traveller.ent) or \
                    index.keys[traveller.ent] == index.keys[agent.ent]:
                continue
            yield Candidate("TRANSPORTED", agent.ent, traveller.ent, index.sent_of[verb.i],
                            round(confidence * factor * agent.factor * traveller.factor, 3),
                            f"travel:{verb.lemma_.lower()}", verb.i)


def threat_candidates(index: DocIndex, verb: Token, agents: list[tuple[Arg, float]],
                      confidence: float) -> Iterator[Candidate]:
    """Answer CONTROLS (means threats or debt bondage) from whoever tells a victim what
    will happen to them or what they owe ("WONG said that if he went to the police he
    would be deported", "Mama G told her she owed €35,000")."""
    if verb.lemma_.lower() not in SPEAKING_LEMMAS:
        return
    words = {t.lemma_.lower() for t in verb.subtree}
    means = [name for name, cues in THREAT_CUES.items() if words & cues]
    if not means:
        return
    for speaker, hearer, sure in _to_hearers(index, verb, agents, confidence):
        yield Candidate("CONTROLS", speaker, hearer, index.sent_of[verb.i], sure,
                        f"threat:{verb.lemma_.lower()}", verb.i,
                        tuple(("means", m) for m in means))


def premises_candidates(index: DocIndex, verb: Token, residents: list[tuple[Arg, float]],
                        confidence: float) -> Iterator[Candidate]:
    """Answer HARBOURED from whoever runs or owns the place a resident stays at."""
    if verb.lemma_.lower() not in STAY_LEMMAS:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            for keeper in _keepers(index, place):
                for resident, factor in residents:
                    if index.keys[keeper.ent] == index.keys[resident.ent] or \
                            index.label(resident.ent) not in (labels.PERSON, "VictimGroup"):
                        continue
                    yield Candidate("HARBOURED", keeper.ent, resident.ent,
                                    index.sent_of[verb.i],
                                    round(confidence * factor * keeper.factor
                                          * resident.factor, 3),
                                    f"premises:{verb.lemma_.lower()}", verb.i)


#: Verbs of permission: "not allowed to leave without KOLA" says KOLA controls them.
_PERMITTING = hashes(("allow", "permit", "let"))


def confinement_candidates(index: DocIndex, confidence: float) -> Iterator[Candidate]:
    """Answer CONTROLS from the person a victim may not go out without ("The men were not
    allowed to leave the house without POPESCU")."""
    doc = index.doc
    for i in index.with_lemmas(_PERMITTING):
        verb = doc[i]
        if not any(c.dep_ == "neg" for c in verb.children):
            continue
        minders = [a for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "without"
                   for o in t.children if o.dep_ == "pobj" for a in arguments(index, o, 3)
                   if index.label(a.ent) == labels.PERSON and not index.is_victim(a.ent)]
        kept = [a for c in verb.children if c.dep_ == "nsubjpass"
                for a in arguments(index, c, 5) if index.is_victim(a.ent)]
        for minder in minders:
            for victim in kept:
                yield Candidate("CONTROLS", minder.ent, victim.ent, index.sent_of[i],
                                round(confidence * minder.factor * victim.factor, 3),
                                f"confine:{verb.lemma_.lower()}", i)


def _keepers(index: DocIndex, place: Token, depth: int = 0) -> list[Arg]:
    """Answer who runs a place: "KOLA's flat", "a house run / rented by KOLA", "a caravan
    on land owned by BRANT"."""
    found: list[Arg] = []
    for child in place.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "behind") and depth == 0:
            found += [a for o in child.children if o.dep_ == "pobj"
                      for a in _keepers(index, o, depth + 1)]
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found += [a for a in index.refers(child) if offender(index, a.ent)]
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in RUN_LEMMAS:
            for agent in child.children:
                if agent.dep_ == "agent":
                    found += [a for g in agent.children if g.dep_ == "pobj"
                              for a in arguments(index, g, 5)
                              if index.label(a.ent) in (labels.PERSON, labels.ORGANISATION)]
    return found


__all__ = ["IMPLICIT_TYPES", "SPEAKING_LEMMAS", "confinement_candidates", "implicit_agent",
           "offender",
           "offer_candidates", "premises_candidates", "retention_candidates",
           "threat_candidates", "travel_payment_candidates"]
