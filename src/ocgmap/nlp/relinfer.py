"""Relations an analyst infers by joining the facts of one report, each marked
{"basis": "inferred"} with a lowered confidence.

- Companions: "she lives at 23 Copperbeech Close with Mr OLAWALE and his wife" also
  says where the OLAWALEs live (`companion_candidates`).
- Shared residence: an offender living at the address a victim lives at harbours the
  victim (`shared_residence_candidates`).
- Unnamed workplace: victims "working at the stations", a "manager on the day" or the
  "owner of the business", with no business named, work at or own the one business the
  report is about, if it names exactly one (`sole_business`, `workplace_of_workers`).
- Vehicles: a vehicle that "dropped two women" moved them for its keeper or driver
  (`driver_candidates`).
- Call data: "ZHENG's mobile 07700 900905 called 07700 900906" links the users of the
  two phones as associates (`call_data_candidates`).
- Owned workplace: the owner of a business a victim is made to work at, or the person a
  victim works for, exploits the victim, when the report names a purpose of exploitation
  (`workplace_candidates`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from ocgmap.nlp import labels
from ocgmap.nlp.relargs import VICTIM_GROUP, Arg, Candidate, DocIndex, arguments, hashes
from ocgmap.nlp.relverbs import stray_agent

#: Confidence factor of a relation joined from two stated facts.
JOINED = 0.6
#: How many companions one "with" may list.
MAX_COMPANIONS = 6
_INFERRED = (("basis", "inferred"),)
_WORK = hashes(["work"])
_CONTACT = hashes(["call", "contact", "text", "message", "ring", "phone", "whatsapp", "sms"])
_WORKPLACES = frozenset({labels.BUSINESS, labels.ORGANISATION, labels.LOCATION})
#: Verbs of a labour provider supplying workers.
_SUPPLY = hashes(["supply", "provide"])
#: Words of sleeping or living somewhere.
_SLEEP = hashes(["sleep", "asleep", "live", "stay", "lodge"])
#: Nouns of a seized phone whose contents a sentence reports.
_HANDSETS = hashes(["handset", "phone", "mobile", "device", "download"])
#: How many sentences before its download report a handset's user may be named.
HANDSET_LOOKBACK = 3


def companion_candidates(index: DocIndex, found: Iterable[Candidate]) -> Iterator[Candidate]:
    """Answer LIVES_AT for the people a resident lives with ("lives at X with Y and Z")."""
    for fact in found:
        if fact.type != "LIVES_AT" or fact.anchor < 0:
            continue
        place = index.ents[fact.target]
        for companion in _companions(index, index.doc[fact.anchor], place.root):
            if companion.ent == fact.source or index.label(companion.ent) not in (
                    labels.PERSON, VICTIM_GROUP):
                continue
            yield Candidate("LIVES_AT", companion.ent, fact.target, fact.sentence,
                            round(fact.confidence * companion.factor * 0.9, 3),
                            f"with:{fact.rule}", fact.anchor)


def _companions(index: DocIndex, verb: Token, place: Token) -> list[Arg]:
    """Answer who a "with" phrase on the verb or on the place names."""
    found: list[Arg] = []
    for head in (verb, place):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found += arguments(index, obj, MAX_COMPANIONS)
    return found


def call_data_candidates(index: DocIndex, found: Iterable[Candidate]) -> Iterator[Candidate]:
    """Answer ASSOCIATE_OF between the user of the first phone of a sentence about calls or
    contacts and the users of the other phones it names (a star, not a clique: a list of
    saved contacts links each to the handset's user, not to one another)."""
    users: dict[str, list[Candidate]] = defaultdict(list)
    for fact in found:
        if fact.type == "USES" and index.label(fact.target) == labels.PHONE \
                and index.label(fact.source) == labels.PERSON:
            users[index.keys[fact.target]].append(fact)
    if len(users) < 2:
        return
    for sentence in range(len(index.sents)):
        phones = [e for e in index.sentence_ents(sentence) if index.label(e) == labels.PHONE]
        if not phones:
            continue
        # the handset is the first phone, and a word of contact follows it: "07700 900905
        # called 07700 900906", not "these contacts: KOLA 07700 900123, HOXHA 07700 900299"
        first = index.ents[phones[0]]
        cue = next((i for i in range(first.end, index.ents[phones[-1]].start)
                    if index.lemmas[i] in _CONTACT), None)
        if cue is not None:
            handset_users = list(users.get(index.keys[phones[0]], ()))
        else:  # "The handset shows 61 calls with 07700 900123": a handset named before
            cue, handset_users = _downloaded_handset(index, sentence, first.start, found)
        if cue is None:
            continue
        for b in dict.fromkeys(index.keys[e] for e in phones if index.ents[e].start > cue):
            for one in handset_users:
                for other in users.get(b, ()):
                    if index.keys[one.source] != index.keys[other.source]:
                        yield Candidate("ASSOCIATE_OF", one.source, other.source, sentence,
                                        round(min(one.confidence, other.confidence) * JOINED,
                                              3), "joined:call data", -1, _INFERRED)


def _downloaded_handset(index: DocIndex, sentence: int, end: int,
                        found: Iterable[Candidate]) -> tuple[int | None, list[Candidate]]:
    """Answer the contact cue of a sentence that reports what "the handset" holds (before
    token `end`), and the facts of who uses the phone most recently named before it
    ("DOKA's handset used the UK SIM 07700 900561. ... The handset shows 61 calls with")."""
    start = index.sents[sentence].start
    handset = next((i for i in range(start, end) if index.lemmas[i] in _HANDSETS
                    and index.doc[i].pos_ == "NOUN"), None)
    if handset is None:
        return None, []
    cue = next((i for i in range(handset + 1, end) if index.lemmas[i] in _CONTACT), None)
    earlier = [f for f in found if f.type == "USES" and index.label(f.target) == labels.PHONE
               and index.label(f.source) == labels.PERSON
               and sentence - HANDSET_LOOKBACK <= f.sentence < sentence]
    if cue is None or not earlier:
        return None, []
    latest = max(f.sentence for f in earlier)
    return cue, [f for f in earlier if f.sentence == latest]


def driver_candidates(index: DocIndex, stated: Iterable[Candidate],
                      found: Iterable[Candidate]) -> Iterator[Candidate]:
    """Answer TRANSPORTED from the keeper or user of a vehicle that a sentence says moved
    people ("Silver Vauxhall Astra LV68 TUW (keeper OKUNDAYE, Efosa) dropped two young
    Black females"): the schema lets no vehicle transport anyone, so the rule's statement
    with the vehicle as doer arrives here unfiltered, in `stated`."""
    keepers: dict[str, list[Candidate]] = defaultdict(list)
    for fact in found:
        if fact.type in ("OWNS", "USES") and index.label(fact.target) == labels.VEHICLE \
                and index.label(fact.source) == labels.PERSON:
            keepers[index.keys[fact.target]].append(fact)
    for moved in stated:
        if moved.type != "TRANSPORTED" or index.label(moved.source) != labels.VEHICLE:
            continue
        for keeper in keepers.get(index.keys[moved.source], ()):
            yield Candidate("TRANSPORTED", keeper.source, moved.target, moved.sentence,
                            round(min(keeper.confidence, moved.confidence) * JOINED, 3),
                            "joined:vehicle", moved.anchor, _INFERRED)


#: How many sentences after a driver is named the passengers may be told of.
PASSENGER_SENTENCES = 2
_PASSENGERS = frozenset({"passenger", "passengers", "occupant", "occupants"})


def passenger_candidates(index: DocIndex, found: Iterable[Candidate]) -> Iterator[Candidate]:
    """Answer TRANSPORTED from the driver of a stopped vehicle to the passengers the next
    sentences count ("Driver POPESCU, Ion ... There were nine passengers")."""
    drivers = [c for c in found if c.type == "USES" and c.rule in _DRIVING_RULES
               and index.label(c.target) == labels.VEHICLE
               and index.label(c.source) == labels.PERSON]
    if not drivers:
        return
    for group, span in enumerate(index.ents):
        if span.label_ != VICTIM_GROUP or span.root.lower_ not in _PASSENGERS:
            continue
        sentence = index.ent_sentence(group)
        near = [d for d in drivers if 0 <= index.sentence_distance(d.sentence, sentence)
                <= PASSENGER_SENTENCES]
        if len({index.keys[d.source] for d in near}) == 1:
            driver = near[-1]
            yield Candidate("TRANSPORTED", driver.source, group, sentence,
                            round(driver.confidence * JOINED, 3), "joined:passengers",
                            span.root.i, _INFERRED)


#: Rules by which a person drives a vehicle ("Driver POPESCU", "KOLA drove the van").
_DRIVING_RULES = frozenset({"role:driver", "verb:drive"})


def sole_business(index: DocIndex) -> int | None:
    """Answer the first mention of the one business the report names, or None when it
    names none or several."""
    businesses = [e for e in range(len(index.ents)) if index.label(e) == labels.BUSINESS]
    if len({index.keys[e] for e in businesses}) != 1:
        return None
    return businesses[0]


def workplace_of_workers(index: DocIndex, is_victim: Callable[[int], bool],
                         limit: int) -> Iterator[Candidate]:
    """Answer EMPLOYED_BY from victims who work somewhere unnamed ("four women working at
    the stations") to the report's one business."""
    business = sole_business(index)
    if business is None:
        return
    for i in index.with_lemmas(_WORK):
        verb = index.doc[i]
        if verb.pos_ != "VERB" or any(index.tok2ent[t.i] >= 0 and index.label(
                index.tok2ent[t.i]) in _WORKPLACES for t in verb.subtree):
            continue
        head = verb
        while head.dep_ in ("acl", "xcomp") and head.head.i != head.i \
                and head.head.pos_ == "VERB":
            head = head.head  # "four women aged 19 to 24 working at the stations"
        if head.dep_ == "acl":
            workers = arguments(index, head.head, limit)
        else:  # the subject of the verb, or of the verb it complements ("seen working")
            workers = [a for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                       for a in arguments(index, c, limit)]
        for worker in workers:
            if is_victim(worker.ent):
                yield Candidate("EMPLOYED_BY", worker.ent, business, index.sent_of[i],
                                round(0.8 * JOINED * worker.factor, 3), "unnamed:work", i,
                                _INFERRED)


def shared_residence_candidates(index: DocIndex, found: Iterable[Candidate],
                                is_victim: Callable[[int], bool],
                                is_offender: Callable[[int], bool]) -> Iterator[Candidate]:
    """Answer HARBOURED from each offender to each victim living at the same address."""
    residents: dict[str, list[Candidate]] = defaultdict(list)
    for fact in found:
        if fact.type == "LIVES_AT":
            residents[index.keys[fact.target]].append(fact)
    for facts in residents.values():
        victims = [f for f in facts if is_victim(f.source)]
        keepers = [f for f in facts if is_offender(f.source) and not is_victim(f.source)]
        for keeper in keepers:
            for victim in victims:
                if index.keys[keeper.source] == index.keys[victim.source]:
                    continue
                later = keeper if keeper.sentence >= victim.sentence else victim
                yield Candidate("HARBOURED", keeper.source, victim.source, later.sentence,
                                round(min(keeper.confidence, victim.confidence) * JOINED, 3),
                                "joined:residence", later.anchor, _INFERRED)


def workplace_candidates(index: DocIndex, found: Iterable[Candidate],
                         is_victim: Callable[[int], bool]) -> Iterator[Candidate]:
    """Answer EXPLOITED from the owner of a business to each victim employed by it, and
    from a person to each victim who works for that person ("worked for Mrs QURESHI")."""
    owners: dict[str, list[Candidate]] = defaultdict(list)
    workers: dict[str, list[Candidate]] = defaultdict(list)
    for fact in found:
        if fact.type == "EMPLOYED_BY" and is_victim(fact.source) \
                and index.label(fact.target) == labels.PERSON and not is_victim(fact.target):
            yield Candidate("EXPLOITED", fact.target, fact.source, fact.sentence,
                            round(fact.confidence * JOINED, 3), "joined:employer", fact.anchor,
                            _INFERRED)
        if index.label(fact.target) != labels.BUSINESS:
            continue
        if fact.type == "OWNS" and index.label(fact.source) == labels.PERSON:
            owners[index.keys[fact.target]].append(fact)
        elif fact.type == "EMPLOYED_BY" and is_victim(fact.source):
            workers[index.keys[fact.target]].append(fact)
    for business, owned in owners.items():
        for owner in owned:
            for worker in workers.get(business, ()):
                if index.keys[owner.source] == index.keys[worker.source]:
                    continue
                later = owner if owner.sentence >= worker.sentence else worker
                yield Candidate("EXPLOITED", owner.source, worker.source, later.sentence,
                                round(min(owner.confidence, worker.confidence) * JOINED, 3),
                                "joined:workplace", later.anchor, _INFERRED)


def labour_provider_candidates(index: DocIndex, found: Iterable[Candidate],
                               is_victim: Callable[[int], bool]) -> Iterator[Candidate]:

    """Answer EXPLOITED from a business that supplies labour ("Labour supplied by Carpati
    Ltd", "women supplied as housekeepers by Northline Staffing Ltd") to each victim who
    works for it: a gangmaster, not the site that uses the labour."""
    providers = set()
    for i in index.with_lemmas(_SUPPLY):
        verb = index.doc[i]
        if verb.pos_ != "VERB":
            continue
        doers = [o for c in verb.children if c.dep_ == "agent"
                 for o in c.children if o.dep_ == "pobj"] or stray_agent(verb)
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
                and verb.dep_ != "acl":
            doers += [c for c in verb.children if c.dep_ == "nsubj"]
        providers |= {index.keys[a.ent] for d in doers for a in arguments(index, d, 3)
                      if index.label(a.ent) == labels.BUSINESS}
    for fact in found:
        if fact.type == "EMPLOYED_BY" and is_victim(fact.source) \
                and index.keys[fact.target] in providers:
            yield Candidate("EXPLOITED", fact.target, fact.source, fact.sentence,
                            round(fact.confidence * JOINED, 3), "joined:labour provider",
                            fact.anchor, _INFERRED)


def premises_sleeper_candidates(index: DocIndex, found: Iterable[Candidate],
                                is_victim: Callable[[int], bool]) -> Iterator[Candidate]:
    """Answer HARBOURED from the owner of a business to a victim who sleeps or lives on its
    premises ("He was asleep on a mattress in the store behind the Jade Garden takeaway")."""
    owners: dict[str, list[Candidate]] = defaultdict(list)
    for fact in found:
        if fact.type == "OWNS" and index.label(fact.target) == labels.BUSINESS \
                and index.label(fact.source) == labels.PERSON:
            owners[index.keys[fact.target]].append(fact)
    if not owners:
        return
    doc = index.doc
    for i in index.with_lemmas(_SLEEP):
        word = doc[i]
        clause = word.head if word.dep_ == "acomp" else word  # "was asleep"
        if clause.pos_ not in ("VERB", "AUX") or word.pos_ not in ("VERB", "ADJ"):
            continue
        sleepers = [a for c in clause.children if c.dep_ == "nsubj"
                    for a in arguments(index, c, MAX_COMPANIONS) if is_victim(a.ent)]
        places = {index.keys[index.tok2ent[t.i]] for t in clause.subtree
                  if index.tok2ent[t.i] >= 0 and index.label(index.tok2ent[t.i])
                  == labels.BUSINESS}
        for place in places:
            for owner in owners.get(place, ()):
                for sleeper in sleepers:
                    yield Candidate("HARBOURED", owner.source, sleeper.ent, index.sent_of[i],
                                    round(owner.confidence * sleeper.factor * JOINED, 3),
                                    "joined:sleeps at premises", i, _INFERRED)


__all__ = ["call_data_candidates", "companion_candidates", "driver_candidates",
           "labour_provider_candidates", "premises_sleeper_candidates",
           "shared_residence_candidates", "sole_business", "workplace_candidates",
           "workplace_of_workers"]
