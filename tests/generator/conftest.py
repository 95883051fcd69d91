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
