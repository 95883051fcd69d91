"""The teacher area: question sets, writing, importing, generating and reviewing, results."""

from .blueprint import bp
from . import views, views_import, views_questions, views_results, views_review  # noqa: F401  (routes)

__all__ = ["bp"]
