"""Document component (after the victims, before the relations): identity documents
without a number as entities, named after their holder.

The identifier component leaves document words without a number in
`doc.spans["ocg_documents"]` ("her passport", "Romanian ID card"). One becomes a Document
entity when the text says whose it is, a named person:

- a possessive: "KOLA's passport", "her passport" (the pronoun resolved as relation
  arguments are, but never to whoever takes or keeps the document: in "Mrs OLAWALE has
  her passport" the passport is someone else's);
- "a passport belonging to KOLA", "the passport of KOLA";
- "holder of a UK visit visa" after a name.

It is then named "<kind> of <holder>" ("UK visit visa of Osaro Igbinedion"; attributes
kind and holder). A counted phrase ("five Vietnamese passports belonging to the workers",
"14 blank Italian identity cards") is specific without a holder and is named by its words
(attribute count). Anything else ("a passport", "their passports") makes no entity: a
wrong holder is worse than none. A document word that modifies another noun ("visa
paperwork"), or whose number is an entity already ("passport no. 512345678"), is skipped.
All mentions of one (kind, holder) in a Doc are one entity, named by the most qualified.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ocgmap.ids import name_key
from ocgmap.nlp import labels
from ocgmap.nlp.extensions import (
    DOCUMENT_WORDS,
    KEY,
    annotate,
    attrs_of,
    get_str,
    register_extensions,
    set_field,
)
from ocgmap.nlp.relargs import DocIndex
from ocgmap.nlp.victims import NUMBER_WORDS

SOURCE = "documents"
#: Verbs by which someone holds another's document: its holder is not their subject.
HOLDING_LEMMAS = frozenset({"take", "keep", "hold", "have", "retain", "confiscate", "seize",
                            "collect", "withhold", "steal", "destroy", "burn"})
#: A number entity this many tokens after a document word is that document's number.
NUMBER_GAP = 6
_GENDERS = {"his": "male", "her": "female"}
#: Adjectives that say a document is not genuine.
FALSE_WORDS = frozenset({"false", "forged", "fake", "counterfeit", "fraudulent"})
#: Words kept as written in a name ("ID card", "UK visit visa"); others go lower case.
_ACRONYM_LENGTH = 4


@dataclass(frozen=True, slots=True)
class _Found:
    """A document mention: its tokens, name parts and attributes."""

    start: int
    end: int
    kind: str
    words: str  # the kind as written, with its qualifier ("Romanian ID card")
    holder: int | None  # entity index into DocIndex.ents
    counted: str | None  # the whole counted phrase, when it has a count
    count: int | None
    attrs: dict[str, object]  # of the document word: nationality, issuer


@Language.factory("ocgmap_documents")
def make_documents(nlp: Language, name: str) -> Documents:
    """Build the document component."""
    return Documents()


class Documents:
    """Turn document words with a named holder, or a count, into Document entities."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        words = list(doc.spans[DOCUMENT_WORDS]) if DOCUMENT_WORDS in doc.spans else []
        if not words or not doc.has_annotation("DEP"):
            return doc
        index = DocIndex(doc)
        found = [f for f in (_document(index, span) for span in words) if f is not None]
        if found:
            new = _spans(doc, index, found)
            taken = {i for span in new for i in range(span.start, span.end)}
            # values inside a document phrase ("five", "Vietnamese") give way to it
            kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
            doc.set_ents(sorted([*kept, *new], key=lambda e: e.start))
        return doc


def _document(index: DocIndex, span: Span) -> _Found | None:
    """Answer the document `span` (a document word) is, or None when it is none."""
    doc = index.doc
    head = span[-1]
    if _modifier(head) or _numbered(index, head):
        return None
    start = span.start
    while start < head.i and index.tok2ent[start] >= 0:
        start += 1  # a qualifier that is an entity of its own ("UK" as a place) stays one
    if any(index.tok2ent[i] >= 0 for i in range(start, head.i + 1)):
        return None
    kind = get_str(span, "ocg_kind") or "document"
    words = _written(doc[start:head.i + 1], singular=head.tag_ == "NNS")
    count_token = next((c for c in head.children if c.dep_ == "nummod"), None)
    count = _count(count_token) if count_token is not None else None
    holder = _holder(index, head)
    attrs = attrs_of(span)
    if any(c.dep_ == "amod" and c.lower_ in FALSE_WORDS for c in head.children):
        attrs["false"] = True
    if holder is not None:
        return _Found(start, head.i + 1, kind, words, holder, None, count, attrs)
    if count_token is None or count is None or count_token.i >= start or any(
            index.tok2ent[i] >= 0 for i in range(count_token.i, start)):
        return None
    counted = " ".join(doc[count_token.i:head.i + 1].text.split()) + _belonging(index, head)
    return _Found(count_token.i, head.i + 1, kind, words, None, counted, count, attrs)


def _modifier(head: Token) -> bool:
    """Answer whether the word modifies a noun after it ("visa paperwork", "visit-visa
    applications", "passport photos")."""
    return head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i


def _numbered(index: DocIndex, head: Token) -> bool:
    """Answer whether a Document entity (a number) follows the word closely."""
    end = min(len(index.doc), head.i + 1 + NUMBER_GAP, index.sents[index.sent_of[head.i]].end)
    return any(index.tok2ent[i] >= 0 and index.label(index.tok2ent[i]) == labels.DOCUMENT
               for i in range(head.i + 1, end))


def _written(span: Span, singular: bool) -> str:
    """Answer the kind words as a name writes them ("ID card", "passport")."""
    words = []
    for token in span:
        text = token.text
        acronym = text.isupper() and len(text) <= _ACRONYM_LENGTH
        proper = text[:1].isupper() and not token.is_sent_start  # "Romanian"
        words.append(text if acronym or proper else text.lower())
    if singular and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _count(token: Token) -> int | None:
    word = token.lower_.replace(",", "")
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _belonging(index: DocIndex, head: Token) -> str:
    """Answer " belonging to <owner>" when the document is said to belong to someone
    who is not a named person ("passports belonging to the workers"), else ""."""
    owner = _belongs_to(head)
    if owner is None or _person(index, owner) is not None:
        return ""
    return " belonging to " + " ".join(index.doc[owner.left_edge.i:owner.i + 1].text.split())


def _belongs_to(head: Token) -> Token | None:
    """Answer the object of "belonging to" said of `head`, whichever way it is parsed."""
    verbs = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "belong"]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() == "belong":
        verbs.append(head.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _holder(index: DocIndex, head: Token) -> int | None:
    """Answer the named person whose document `head` is, or None."""
    for child in head.children:
        if child.dep_ == "poss":
            return possessor(index, child)
    owner = _belongs_to(head)
    if owner is not None:
        return _person(index, owner)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _person(index, pobj)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() \
            == "holder":
        noun = head.head.head
        found = _person(index, noun)
        if found is not None or noun.dep_ not in ("appos", "conj", "attr"):
            return found  # "the holder of the visa was not found" names nobody
        return index.preceding(noun.i, lambda e: index.label(e) == labels.PERSON, 0)
    return None


def _person(index: DocIndex, token: Token) -> int | None:
    """Answer the person `token` names or stands for, or None."""
    refs = [a.ent for a in index.refers(token) if index.label(a.ent) == labels.PERSON]
    return refs[0] if refs else None


def possessor(index: DocIndex, poss: Token) -> int | None:
    """Answer the person a possessive names ("KOLA's", "her"), or None.

    A pronoun never stands for the named taker or keeper of the thing: in "ZHENG took his
    passport" and "Mrs OLAWALE has her passport" the document is someone else's.
    """
    ent = index.tok2ent[poss.i]
    if ent >= 0:
        return ent if index.label(ent) == labels.PERSON else None
    gender = _GENDERS.get(poss.lower_)
    if gender is None:
        return None
    excluded = _keepers(index, poss.head)
    found = index.antecedent(poss)
    if found is not None and index.keys[found] not in excluded:
        return found if index.label(found) == labels.PERSON else None
    if not excluded:
        return None
    subject = index.subject
    if subject is not None and index.subject_gender in (None, gender) \
            and index.keys[subject] not in excluded:
        return subject
    return index.person_before(poss.i, gender, excluded)


def _keepers(index: DocIndex, thing: Token) -> frozenset[str]:
    """Answer the keys of the named people who take or keep `thing` in its clause."""
    verb = thing.head
    if thing.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in HOLDING_LEMMAS:
        return frozenset()
    if thing.dep_ == "dobj":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        subjects = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                    if g.dep_ == "pobj"]
    keys = set()
    for subject in subjects:
        for token in (subject, *subject.conjuncts):
            ent = index.tok2ent[token.i]
            if ent >= 0:
                keys.add(index.keys[ent])
    return frozenset(keys)


def _spans(doc: Doc, index: DocIndex, found: list[_Found]) -> list[Span]:
    """Answer the entity spans of the documents, one name per (kind, holder)."""
    names: dict[tuple[str, str], str] = {}
    for item in found:
        if item.holder is not None:
            group = (item.kind, index.keys[item.holder])
            prior = names.get(group)
            if prior is None or len(item.words) > len(prior):
                names[group] = item.words
    spans = []
    for item in found:
        attrs = dict(item.attrs)
        holder = None
        if item.holder is not None:
            holder = _canonical(index.ents[item.holder])
            attrs["holder"] = holder
        if item.count is not None:
            attrs["count"] = item.count
        if item.holder is not None:
            name = f"{names[(item.kind, index.keys[item.holder])]} of {holder}"
        else:
            name = item.counted or item.words
        span = Span(doc, item.start, item.end, label=labels.DOCUMENT)
        annotate(span, canonical=name, kind=item.kind, source=SOURCE, attrs=attrs)
        set_field(span, KEY, f"{labels.DOCUMENT}:{name_key(name)}")
        spans.append(span)
    return spans


def _canonical(ent: Span) -> str:
    return get_str(ent, "ocg_canonical") or " ".join(ent.text.split())


__all__ = ["HOLDING_LEMMAS", "Documents", "make_documents", "possessor"]
