"""Fixtures of the NLP tests: the full pipeline and the rules alone, built once per session.

Without an installed English model the tests that need it skip on a developer machine
and fail under CI=true (the model is a declared dependency there).
"""

from __future__ import annotations

import importlib.util
import os

import pytest
import spacy
from spacy.language import Language

from ocgmap.nlp.pipeline import (
    DEFAULT_MODELS,
    INSTALL_COMMAND,
    add_entity_components,
    load_pipeline,
)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The ocgmap pipeline on the default model."""
    if not any(importlib.util.find_spec(name) for name in DEFAULT_MODELS):
        message = f"no English spaCy model installed ({INSTALL_COMMAND})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return load_pipeline()


@pytest.fixture(scope="session")
def rules() -> Language:
    """The ocgmap components on `spacy.blank("en")`: rules only, no statistical model."""
    return add_entity_components(spacy.blank("en"))
