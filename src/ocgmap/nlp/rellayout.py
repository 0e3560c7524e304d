"""Relations stated by layout rather than grammar: log lines, headers, tables, apposition.

- An identifier (phone, e-mail, vehicle, document) belongs to the actor named on its line:
  the one named just after it in brackets ("07700 900123 (saved as "Bigz")"), else the
  nearest one before it ("STOICA, Mirela (phone 07700 900643)", "From: Name <e-mail>",
  a table row), else the one named after it ("07700 900123: KOLA, Ardit"), else a person
  a few lines up in the same block (a signature's "Tel" line).
- An address right after a person, with no verb between ("NGUYEN Van Hung (46), 8 Fennimore
  Grove, ..."), is where the person lives; a place right after a business is where it is.
- Two people named in one short sentence (at most three people, no victims, no officials)
  with nothing else linking them are associates, with low confidence (`cooccurrence`).
- A person is a member of a group named after their surname ("the KOLA group").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Token

from ocgmap.nlp import labels
from ocgmap.nlp.extensions import attrs_of, get_str
from ocgmap.nlp.relargs import ACTORS, Candidate, DocIndex, arguments, hashes

SAME_LINE_BEFORE = 0.6
SAME_LINE_AFTER = 0.5
LINES_ABOVE = 0.4
APPOSITION = 0.6
COOCCURRENCE = 0.25
#: Sentences naming more people than this give no co-occurrence links.
MOST_PEOPLE = 3
#: Sentences longer than this (tokens) give no co-occurrence links.
LONGEST_SENTENCE = 60
#: How many lines up a signature-style identifier line looks for its person.
LINES_UP = 3
_ADDRESS_WORDS = hashes(["address"])
#: Words before "address" that make it not a home.
_NOT_HOME = frozenset({"business", "work", "trading", "registered", "office", "email",
                       "e-mail", "ip", "delivery"})
#: Longest gap (tokens) between a person or business and the address apposed to it.
APPOSITION_GAP = 14
_IDENTIFIERS = frozenset({labels.PHONE, labels.EMAIL, labels.VEHICLE, labels.DOCUMENT})
_ADDRESS_KINDS = frozenset({"address", "street", "flat", "house", "postcode", "premises"})
_GAP_PREPOSITIONS = frozenset({"of", "near", "in", "at", "-", "–", "on"})
_SENTENCE_END = re.compile(r"[.!?][\"')]?\s+[A-Z]")
_AGENCY_KINDS = frozenset({"agency", "platform", "police", "council", "court"})
#: An identifier this close to the start of its line is a "Tel: ..." style entry.
LINE_LABEL_TOKENS = 3
#: Verbs by which a witness passes on a number that is not theirs.
_REPORTING = frozenset({"give", "recognise", "recognize", "remember", "identify", "say",
                        "recall", "know", "ring", "call", "describe", "provide", "tell"})
_AFTER_WORDS = frozenset({"(", "saved", "as", "listed", "\"", "“", "'"})


#: Verbs of giving: the one given a number is not its user.
_GIVING = frozenset({"give", "hand", "send", "pass", "provide", "text"})
#: Verbs of giving one's own number, the nouns it is given as, and the words that may
#: qualify them without making it someone else's ("a UK mobile", "a mobile number").
_GIVING_OWN = frozenset({"give", "provide", "supply", "state", "list"})
_IDENTIFIER_NOUNS = frozenset({"mobile", "number", "phone", "telephone", "email", "e-mail",
                               "mail", "contact"})
_PLAIN_KINDS = frozenset({"uk", "mobile", "phone", "telephone", "contact", "new", "second",
                          "email", "e", "-", "british", "personal"})
#: Confidence of a number someone gives as theirs.
GIVEN = 0.6


def identifier_candidates(index: DocIndex, taken: set[int]) -> Iterator[Candidate]:
    """Answer USES from an actor to each identifier not in `taken` (entity indexes)."""
    actors = [i for i, e in enumerate(index.ents) if e.label_ in ACTORS
              and get_str(e, "ocg_kind") not in _AGENCY_KINDS and not _witness(index, i)]
    starts = [index.ents[i].start for i in actors]
    for ident, ent in enumerate(index.ents):
        if ent.label_ not in _IDENTIFIERS or ident in taken:
            continue
        found = _owner_on_line(index, ident, actors, starts)
        if found is not None:
            owner, confidence, rule = found
            yield Candidate("USES", owner, ident, index.ent_sentence(ident), confidence, rule)


def given_identifier_candidates(index: DocIndex, taken: set[int]) -> Iterator[Candidate]:
    """Answer USES from whoever gives a number or address of their own ("He gave a UK
    mobile, 07700 900872", "she provided a number of 07700 900318"), a pronoun included;
    not "the advert number", which is someone else's."""
    for ident, ent in enumerate(index.ents):
        if ent.label_ not in (labels.PHONE, labels.EMAIL) or ident in taken:
            continue
        noun, verb = _given_as_own(ent.root)
        if noun is None or verb is None:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for giver in arguments(index, subject, 3):
                if index.label(giver.ent) == labels.PERSON and not _witness(index, giver.ent):
                    yield Candidate("USES", giver.ent, ident, index.ent_sentence(ident),
                                    round(GIVEN * giver.factor, 3), "layout:given", verb.i)


def _given_as_own(token: Token) -> tuple[Token | None, Token | None]:
    """Answer the identifier noun ("mobile", "number") an identifier stands with, and the
    verb of giving it is the object of, when nothing says it is someone else's."""
    noun = None
    for _ in range(4):
        if token.head.i == token.i:
            return None, None
        token = token.head
        if token.pos_ == "VERB":
            if noun is None or token.lemma_.lower() not in _GIVING_OWN:
                return None, None
            return noun, token
        if noun is None and token.lower_ in _IDENTIFIER_NOUNS:
            noun = token
            if any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or
                   (c.dep_ in ("compound", "amod") and c.lower_ not in _PLAIN_KINDS)
                   for c in noun.children):
                return None, None  # "the advert number", "the booking phone"
    return None, None


def _witness(index: DocIndex, ent: int) -> bool:
    """Answer whether a victim is named here as the one who reports a number ("M.D.
    recognised the number 07700 900318", "E.H. gave the advert number as ..."): the
    number is someone else's."""
    span = index.ents[ent]
    if span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in _REPORTING:
        return False
    if index.subject is not None and index.keys[ent] == index.keys[index.subject]:
        return True
    return "victim" in attrs_of(span).get("roles", ())


def _owner_on_line(index: DocIndex, ident: int, actors: list[int],
                   starts: list[int]) -> tuple[int, float, str] | None:
    ent = index.ents[ident]
    line = index.line_of[ent.start]
    position = bisect_left(starts, ent.start)

    def near(actor: int) -> bool:
        span = index.ents[actor]
        lines_apart = line - index.line_of[span.start]
        # a hard-wrapped record goes on ("NGUYEN Van Hung (46),\n8 Fennimore Grove, ...,
        # mobile 07700 900231"), within its sentence
        if lines_apart != 0 and not (lines_apart == 1 and span.start < ent.start
                                     and index.sent_of[span.start] == index.sent_of[ent.start]):
            return False
        first, last = sorted((span, ent), key=lambda e: e.start)
        return not _SENTENCE_END.search(index.text[first.end_char:last.start_char])

    after = actors[position] if position < len(actors) else None
    if after is not None and _bracketed_after(index, ent.end, index.ents[after].start):
        return after, SAME_LINE_BEFORE, "layout:after"
    before = [a for a in reversed(actors[max(0, position - 6):position]) if near(a)]
    recipients = [a for a in before if _recipient(index, a)]
    if recipients:  # "Lori gave M.D. a UK number to message, 07700 900612": Lori's number
        givers = _givers(index, recipients[0])
        if givers:
            return givers[0], SAME_LINE_AFTER, "layout:giver"
        before = [a for a in before if a not in recipients]
    if before:
        subjects = [a for a in before if index.ents[a].root.dep_ in ("nsubj", "nsubjpass")]
        return (subjects or before)[0], SAME_LINE_BEFORE, "layout:line"
    if after is not None and near(after):
        return after, SAME_LINE_AFTER, "layout:line-after"
    if _starts_line(index, ent.start, line) and not _unnamed_user(index, ent.root):
        return _person_above(index, ent.start, line, actors, position)
    return None


def _unnamed_user(index: DocIndex, token: Token) -> bool:
    """Answer whether the verb an identifier depends on has an unnamed subject ("The most
    frequent sender uses the number ..."): the number is that person's, not one above."""
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                       and index.tok2ent[c.i] < 0 for c in token.children)
    return False


def _recipient(index: DocIndex, ent: int) -> bool:
    """Answer whether an entity is the one given something ("gave M.D. a number")."""
    root = index.ents[ent].root
    return root.dep_ == "dative" or (root.dep_ == "nsubjpass"
                                     and root.head.lemma_.lower() in _GIVING)


def _givers(index: DocIndex, ent: int) -> list[int]:
    """Answer the actors who gave a recipient what it was given."""
    verb = index.ents[ent].root.head
    if verb.lemma_.lower() not in _GIVING:
        return []
    found = [index.tok2ent[c.i] for c in verb.children if c.dep_ == "nsubj"]
    return [e for e in found if e >= 0 and index.label(e) in ACTORS]


def _starts_line(index: DocIndex, start: int, line: int) -> bool:
    """Answer whether the token at `start` is among the first tokens of its line."""
    first = start
    while first > 0 and index.line_of[first - 1] == line:
        first -= 1
        if start - first > LINE_LABEL_TOKENS:
            return False
    return True


def _bracketed_after(index: DocIndex, end: int, start: int) -> bool:
    """Answer whether only brackets, quotes and "saved as" lie between two tokens."""
    if start - end > 4 or index.line_of[start] != index.line_of[end - 1]:
        return False
    gap = index.doc[end:start]
    return any(t.text == "(" for t in gap) and all(
        t.lower_ in _AFTER_WORDS or t.is_punct for t in gap)


def _person_above(index: DocIndex, start: int, line: int, actors: list[int],
                  position: int) -> tuple[int, float, str] | None:
    """Answer a person named a few lines up in the same block (no blank line between)."""
    text = index.text
    offset = index.doc[start].idx
    block_start = text.rfind("\n\n", 0, offset)
    for candidate in reversed(actors[max(0, position - 6):position]):
        span = index.ents[candidate]
        if line - index.line_of[span.start] > LINES_UP or span.start_char < block_start:
            return None
        if span.label_ == labels.PERSON:
            return candidate, LINES_ABOVE, "layout:above"
    return None


def apposition_candidates(index: DocIndex) -> Iterator[Candidate]:
    """Answer LIVES_AT / LOCATED_AT for an address named right after a person / business."""
    for loc, ent in enumerate(index.ents):
        if ent.label_ != labels.LOCATION or loc == 0:
            continue
        holder = loc - 1
        previous = index.ents[holder]
        if previous.label_ == labels.LOCATION or ent.start - previous.end > APPOSITION_GAP:
            continue
        if index.sent_of[previous.start] != index.sent_of[ent.start]:
            continue
        if not _plain_gap(index, previous.end, ent.start):
            continue
        kind = get_str(ent, "ocg_kind")
        if previous.label_ == labels.PERSON and kind in _ADDRESS_KINDS \
                and not attrs_of(previous).get("official"):  # "by DS ASHWORTH. Warrant at X"
            yield Candidate("LIVES_AT", holder, loc, index.sent_of[ent.start], APPOSITION,
                            "layout:address")
        elif previous.label_ == labels.BUSINESS and ent.start - previous.end <= 4:
            yield Candidate("LOCATED_AT", holder, loc, index.sent_of[ent.start], APPOSITION,
                            "layout:premises")


def stated_address_candidates(index: DocIndex) -> Iterator[Candidate]:
    """Answer LIVES_AT for an address given as someone's ("gave his phone as 07700 900533
    and address 7 Ferncliffe Row", "her address: 12 Lanyard Court"): the possessor of
    "address", else the subject of the clause that gives it."""
    doc = index.doc
    for i in index.with_lemmas(_ADDRESS_WORDS):
        token = doc[i]
        if i > 0 and doc[i - 1].lower_ in _NOT_HOME:
            continue  # "business address", "work address"
        place = next((index.tok2ent[j] for j in range(i + 1, min(len(doc), i + 4))
                      if index.tok2ent[j] >= 0), -1)
        if place < 0 or index.label(place) != labels.LOCATION:
            continue
        owners = [a.ent for c in token.children if c.dep_ == "poss" for a in index.refers(c)]
        if not owners:
            owners = _clause_subject(index, token)
        for owner in owners:
            if index.label(owner) == labels.PERSON:
                yield Candidate("LIVES_AT", owner, place, index.sent_of[i], APPOSITION,
                                "layout:stated-address", i)


def _clause_subject(index: DocIndex, token: Token) -> list[int]:
    """Answer the entity that is the subject of the verb `token` hangs on (through
    coordination: "POPESCU gave his phone as ... and address ...")."""
    head = token
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            subjects = [index.tok2ent[c.i] for c in head.children if c.dep_ == "nsubj"]
            if subjects or head.dep_ != "conj":
                return [e for e in subjects if e >= 0]
        if head.head.i == head.i:
            break
        head = head.head
    return []


def _plain_gap(index: DocIndex, end: int, start: int) -> bool:
    """Answer whether the tokens between two entities are only descriptive (no verb, no
    preposition but of/near/in/at)."""
    for token in index.doc[end:start]:
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("and", "or", "to", "from"):
            return False
        if token.pos_ == "ADP" and token.lower_ not in _GAP_PREPOSITIONS:
            return False
    return True


def cooccurrence_candidates(index: DocIndex, linked: set[tuple[int, frozenset[str]]],
                            victims: set[str], max_pairs: int) -> Iterator[Candidate]:
    """Answer ASSOCIATE_OF between people named in one sentence and not otherwise linked.

    `linked` holds (sentence, {key, key}) of the pairs already related; people whose key is
    in `victims` (targets of acts) are left out. Sentences longer than `LONGEST_SENTENCE`
    tokens (usually run-on tables) are skipped, and at most `max_pairs` pairs are tried
    per sentence.
    """
    text = index.text
    for sentence, span in enumerate(index.sents):
        if len(span) > LONGEST_SENTENCE:
            continue
        people = [p for p in _distinct_people(index, index.sentence_ents(sentence))
                  if index.keys[p] not in victims]
        if len(people) > MOST_PEOPLE:
            continue  # a list of names ("saved contacts: ...") says nothing of each pair
        pairs = ((a, b) for i, a in enumerate(people) for b in people[i + 1:])
        for first, second in islice(pairs, max_pairs):
            pair = frozenset({index.keys[first], index.keys[second]})
            between = text[index.ents[first].end_char:index.ents[second].start_char]
            if (sentence, pair) in linked or "\n\n" in between:
                continue
            yield Candidate("ASSOCIATE_OF", first, second, sentence, COOCCURRENCE,
                            "cooccurrence", -1, (("basis", "co-occurrence"),))


def _distinct_people(index: DocIndex, ents: Iterable[int]) -> list[int]:
    """Answer the first mention of each person (not an official) among `ents`."""
    seen: set[str] = set()
    people = []
    for ent in ents:
        span = index.ents[ent]
        if span.label_ != labels.PERSON or index.keys[ent] in seen:
            continue
        attrs = attrs_of(span)
        if attrs.get("official") or "victim" in attrs.get("roles", ()) or (
                index.subject is not None and index.keys[ent] == index.keys[index.subject]):
            continue  # officials and named victims are linked by what is said of them
        seen.add(index.keys[ent])
        people.append(ent)
    return people



EPONYM = 0.5
_GROUP_NAME = re.compile(r"^(?:the\s+)?([A-Z][\w'-]+)\s+(?:group|network|family|gang|ocg|crew|"
                         r"clan|organisation|organization|syndicate|firm)$", re.IGNORECASE)


def eponym_candidates(index: DocIndex) -> Iterator[Candidate]:
    """Answer MEMBER_OF from each person to a group named after their surname ("the KOLA
    group" and Ardit KOLA), with low confidence."""
    groups: dict[str, int] = {}
    for i, ent in enumerate(index.ents):
        if ent.label_ != labels.ORGANISATION:
            continue
        match = _GROUP_NAME.match(" ".join(ent.text.split()))
        if match:
            groups.setdefault(match.group(1).lower(), i)
    if not groups:
        return
    seen: set[tuple[str, str]] = set()
    for i, ent in enumerate(index.ents):
        if ent.label_ != labels.PERSON:
            continue
        attrs = attrs_of(ent)
        if attrs.get("official") or "victim" in attrs.get("roles", ()):
            continue
        surname = str(attrs.get("surname") or "").lower()
        group = groups.get(surname)
        if group is None or (index.keys[i], index.keys[group]) in seen:
            continue
        seen.add((index.keys[i], index.keys[group]))
        yield Candidate("MEMBER_OF", i, group, index.ent_sentence(group), EPONYM,
                        "layout:eponym", -1, (("basis", "surname"),))
