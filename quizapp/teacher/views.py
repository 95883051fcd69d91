"""Views of the teacher area."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("teacher", __name__)
