"""Views for students: the quiz list."""

from __future__ import annotations

from flask import Blueprint
from flask_login import current_user

from ..rendering import render
from . import services

bp = Blueprint("play", __name__)


@bp.route("/quizzes")
def quiz_list():
    """The published quizzes, with the signed-in student's best score on each."""
    user_id = current_user.id if current_user.is_authenticated else None
    return render("play/quiz_list.html", "content", quizzes=services.published_quizzes(user_id))
