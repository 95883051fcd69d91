"""Accounts: sign up, log in, log out."""

from .views import bp

__all__ = ["bp"]
