"""Question sets of a teacher: the list with its figures, creating, editing, publishing, deleting."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func

from ..extensions import db
from ..models import ACCEPTED, PROPOSED, Attempt, Question, QuestionSet, User


@dataclass(frozen=True)
class SetSummary:
    """One row of "My question sets"."""

    id: int
    title: str
    published: bool
    questions: int
    proposals: int
    attempts: int
    average_score: float | None


def teacher_sets(user: User) -> list[SetSummary]:
    """``user``'s sets, newest first, with live questions, pending proposals, attempts and average score."""
    live = _count_questions(ACCEPTED)
    pending = _count_questions(PROPOSED)
    plays = (
        db.select(
            Attempt.set_id,
            func.count().label("n"),
            # Only finished attempts have a final score worth averaging.
            func.avg(Attempt.score).filter(Attempt.finished_at.is_not(None)).label("avg"),
        )
        .group_by(Attempt.set_id)
        .subquery()
    )
    rows = db.session.execute(
        db.select(QuestionSet, live.c.n, pending.c.n, plays.c.n, plays.c.avg)
        .outerjoin(live, live.c.set_id == QuestionSet.id)
        .outerjoin(pending, pending.c.set_id == QuestionSet.id)
        .outerjoin(plays, plays.c.set_id == QuestionSet.id)
        .where(QuestionSet.owner_id == user.id)
        .order_by(QuestionSet.created_at.desc(), QuestionSet.id.desc())
    ).all()
    return [
        SetSummary(qs.id, qs.title, qs.published, n or 0, p or 0, a or 0, float(avg) if avg is not None else None)
        for qs, n, p, a, avg in rows
    ]


def _count_questions(status: str):
    return (
        db.select(Question.set_id, func.count().label("n"))
        .where(Question.status == status, Question.retired.is_(False))
        .group_by(Question.set_id)
        .subquery()
    )


def create_set(user: User, **settings) -> QuestionSet:
    """Create (and commit) an empty draft set owned by ``user``."""
    question_set = QuestionSet(owner_id=user.id, published=False, sources=[], **settings)
    db.session.add(question_set)
    db.session.commit()
    return question_set


def update_settings(question_set: QuestionSet, **settings) -> None:
    """Change a set's title, description and play settings; past attempts keep their scores."""
    for name, value in settings.items():
        setattr(question_set, name, value)
    db.session.commit()


def set_published(question_set: QuestionSet, published: bool) -> None:
    """Publish (students see it in the quiz list) or unpublish a set."""
    question_set.published = published
    db.session.commit()


def has_attempts(set_id: int) -> bool:
    """Whether anyone has started playing the set."""
    return db.session.execute(db.select(Attempt.id).where(Attempt.set_id == set_id).limit(1)).first() is not None


def delete_or_unpublish(question_set: QuestionSet) -> bool:
    """Delete a set nobody has played; a played set is only unpublished, so scores stand.

    Returns True when the set was deleted.
    """
    if has_attempts(question_set.id):
        question_set.published = False
        db.session.commit()
        return False
    db.session.delete(question_set)
    db.session.commit()
    return True


def questions_with_status(question_set: QuestionSet, status: str) -> list[Question]:
    """The set's questions in review state ``status`` that are not retired, in play order."""
    return list(
        db.session.execute(
            db.select(Question)
            .where(Question.set_id == question_set.id, Question.status == status, Question.retired.is_(False))
            .order_by(Question.position, Question.id)
        ).scalars()
    )


def live_questions(question_set: QuestionSet) -> list[Question]:
    """The accepted, not retired questions of a set, in play order."""
    return questions_with_status(question_set, ACCEPTED)


def proposal_count(question_set: QuestionSet) -> int:
    """How many generated questions wait for review."""
    return db.session.execute(
        db.select(func.count())
        .select_from(Question)
        .where(Question.set_id == question_set.id, Question.status == PROPOSED, Question.retired.is_(False))
    ).scalar_one()
