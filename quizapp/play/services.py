"""Query helpers for playing quizzes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func

from ..extensions import db
from ..models import ACCEPTED, Question, QuestionSet, SetScore


@dataclass(frozen=True)
class QuizCard:
    """A published set as the quiz list shows it."""

    id: int
    title: str
    description: str
    question_count: int
    source_count: int
    best_score: int | None


def published_quizzes(user_id: int | None) -> list[QuizCard]:
    """Published sets with at least one playable question, newest first, with ``user_id``'s best score."""
    counts = (
        db.select(Question.set_id, func.count().label("n"))
        .where(Question.status == ACCEPTED, Question.retired.is_(False))
        .group_by(Question.set_id)
        .subquery()
    )
    best = db.select(SetScore.set_id, SetScore.best_score).where(SetScore.user_id == user_id).subquery()
    rows = db.session.execute(
        db.select(QuestionSet, counts.c.n, best.c.best_score)
        .join(counts, counts.c.set_id == QuestionSet.id)
        .outerjoin(best, best.c.set_id == QuestionSet.id)
        .where(QuestionSet.published.is_(True))
        .order_by(QuestionSet.created_at.desc(), QuestionSet.id.desc())
    ).all()
    return [
        QuizCard(qs.id, qs.title, qs.description, n, len(qs.sources or []), best_score)
        for qs, n, best_score in rows
    ]
