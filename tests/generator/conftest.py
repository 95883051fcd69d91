"""Shared fixtures: the spaCy pipeline is loaded once per session; ../shared paths."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "dev-articles"


@pytest.fixture(scope="session")
def nlp():
    from quizapp.generator.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_set(nlp):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone outside the workspace)")
    from quizapp.generator import Article, generate

    files = sorted(SEEDS.glob("*.txt"))
    return generate([Article(p.name, p.read_text(encoding="utf-8")) for p in files]), files


@pytest.fixture
def sentence_facts(nlp):
    """The facts the clause rules and the number rules draw from one sentence (or a short text)."""
    from quizapp.generator.entities import EntityIndex
    from quizapp.generator.questions import facts_from_doc
    from quizapp.generator.questions_numbers import number_facts

    def facts(text: str) -> list:
        doc = nlp(text)
        index = EntityIndex.from_docs([doc])
        sents = list(doc.sents)
        return facts_from_doc(0, sents, index) + number_facts(0, sents, index)

    return facts
