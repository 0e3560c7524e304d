"""Case-normalised NER: run the model's `ner` on a copy with ALL-CAPS words title-cased.

Police write surnames in capitals ("Ardit KOLA"), and the small English model misses or
mislabels such names because its features include word shape and suffix. This component
stands in for `ner`: it builds a copy of the Doc with the same tokens and spaces, where
capitalised words are title-cased (same length, so every offset holds), copies the
entities set by earlier components onto it, runs the model's `ner` there and copies the
new entities back. Acronyms we know ("NCA", "GMP", "PNC") keep their capitals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import cast

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span

from ocgmap.nlp.data.words import NOT_ENTITY_ACRONYMS
from ocgmap.nlp.names import is_caps_word
from ocgmap.nlp.organisations import agency_index


@cache
def _kept_capitals() -> frozenset[str]:
    return NOT_ENTITY_ACRONYMS | frozenset(
        alias for alias in agency_index() if alias.isupper() and " " not in alias)


def cased_word(word: str) -> str:
    """Answer `word` title-cased when it is a capitalised word that is not an acronym.

    >>> cased_word("KOLA"), cased_word("NCA"), cased_word("Ardit")
    ('Kola', 'NCA', 'Ardit')
    """
    if not is_caps_word(word) or word in _kept_capitals():
        return word
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word


def cased_copy(doc: Doc) -> Doc | None:
    """Answer a copy of `doc` with capitalised words title-cased, or None if it has none."""
    words = [cased_word(token.text) for token in doc]
    if all(w is t.text for w, t in zip(words, doc, strict=True)):
        return None
    copy = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    copy.set_ents([Span(copy, e.start, e.end, label=e.label) for e in doc.ents])
    return copy


def _transfer(copy: Doc, doc: Doc) -> Doc:
    preset = {(e.start, e.end) for e in doc.ents}
    new = [Span(doc, e.start, e.end, label=e.label) for e in copy.ents
           if (e.start, e.end) not in preset]
    if new:
        doc.set_ents([*doc.ents, *new])
    return doc


@Language.factory("ocgmap_cased_ner", default_config={"ner": "ner", "titlecase": True})
def make_cased_ner(nlp: Language, name: str, ner: str, titlecase: bool) -> CasedNer:
    """Build the cased-NER component over the pipeline's (disabled) pipe named `ner`."""
    return CasedNer(nlp, ner, titlecase)


class CasedNer:
    """Run the model's `ner` over a title-cased copy of each Doc."""

    def __init__(self, nlp: Language, ner: str = "ner", titlecase: bool = True) -> None:
        self.nlp = nlp
        self.ner_name = ner
        self.titlecase = titlecase

    def _ner(self) -> Callable[[Doc], Doc]:
        # Looked up at call time: the ner pipe is disabled, and added to the pipeline
        # before or after this component is made.
        pipe: Callable[[Doc], Doc] = self.nlp.get_pipe(self.ner_name)
        return pipe

    def __call__(self, doc: Doc) -> Doc:
        ner = self._ner()
        copy = cased_copy(doc) if self.titlecase else None
        if copy is None:
            return ner(doc)
        return _transfer(ner(copy), doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Answer the docs with entities, batching the model's work."""
        ner = cast(TrainablePipe, self.nlp.get_pipe(self.ner_name))
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            copies = [(cased_copy(doc) if self.titlecase else None) or doc for doc in batch]
            for doc, done in zip(batch, ner.pipe(copies, batch_size=batch_size), strict=True):
                yield doc if done is doc else _transfer(done, doc)
