"""Question generator: news articles -> facts -> multiple-choice and true/false questions.

Public API::

    from quizapp.generator import Article, generate, GeneratorInputError
    qs = generate([Article("a.txt", text)], title="...", max_questions=15, bank={"PERSON": [...]})

``bank`` maps an entity type to names from other question sets, used as a
fallback distractor pool. Labels: PERSON, ORG, COUNTRY, CITY (non-country
places), GPE (split into COUNTRY/CITY with a gazetteer), NORP, LOC, FAC, EVENT,
PRODUCT, WORK_OF_ART, LAW.

Each :class:`~quizapp.formats.model.Source` keeps the cleaned article text in
``text`` (for HTML input: the text trafilatura extracted), which is what the
evidence sentences are verbatim in; dump with ``include_text=False`` to ship a
set without the articles. The pure-Python package imports no Flask/SQLAlchemy/click.
"""

from .clean import GeneratorInputError
from .pipeline import Article, generate

__all__ = ["Article", "GeneratorInputError", "generate"]
