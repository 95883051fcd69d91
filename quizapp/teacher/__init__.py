"""The teacher area: question sets, writing, importing, generating and reviewing, results."""

from .views import bp

__all__ = ["bp"]
