"""Ownership checks: every teacher query goes through these, so nobody sees another's sets."""

from __future__ import annotations

from flask import abort

from ..extensions import db
from ..models import Question, QuestionSet, User


def owned_set_or_404(set_id: int, user: User) -> QuestionSet:
    """The set ``set_id`` if ``user`` owns it; 404 otherwise (another teacher's set looks absent)."""
    question_set = db.session.execute(
        db.select(QuestionSet).where(QuestionSet.id == set_id, QuestionSet.owner_id == user.id)
    ).scalar_one_or_none()
    if question_set is None:
        abort(404)
    return question_set


def owned_question_or_404(set_id: int, question_id: int, user: User) -> Question:
    """Question ``question_id`` of set ``set_id`` if ``user`` owns the set; 404 otherwise.

    Retired questions are gone as far as the teacher's screens are concerned.
    """
    question = db.session.execute(
        db.select(Question)
        .join(QuestionSet, QuestionSet.id == Question.set_id)
        .where(
            Question.id == question_id,
            Question.set_id == set_id,
            Question.retired.is_(False),
            QuestionSet.owner_id == user.id,
        )
    ).scalar_one_or_none()
    if question is None:
        abort(404)
    return question
