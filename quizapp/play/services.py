"""Playing quizzes: starting attempts, the answer transaction, serving the next question.

Every write here is one transaction whose outcome doesn't depend on how many
times a request arrives: the unique constraint on (attempt, question) plus a
compare-and-set UPDATE on the attempt's ``position`` make an answer count once,
and the running totals (attempt score, :class:`SetScore`, :class:`UserTotal`)
move in the same transaction, so leaderboards never sum answers.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from werkzeug.exceptions import BadRequest, Forbidden, NotFound

from ..extensions import db
from ..models import ACCEPTED, Answer, Attempt, Question, QuestionSet, SetScore, UserTotal, utcnow
from .scoring import score_answer

TRUE_FALSE_CHOICES = ["True", "False"]

# The clock the server judges answers by; tests replace it to travel in time.
clock = utcnow


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


def playable_questions(set_id: int) -> list[Question]:
    """The questions of a set that are played: accepted, not retired, in the teacher's order."""
    return list(
        db.session.execute(
            db.select(Question)
            .where(Question.set_id == set_id, Question.status == ACCEPTED, Question.retired.is_(False))
            .order_by(Question.position, Question.id)
        ).scalars()
    )


def start_attempt(user_id: int, set_id: int, rng: random.Random | None = None) -> int:
    """Start an attempt on a published set, serve its first question, return the attempt id.

    Choices are shuffled here, on the server, once per attempt (and stored, so a
    reload shows the same order). True/false choices keep the order True, False.
    """
    question_set = db.session.get(QuestionSet, set_id)
    questions = playable_questions(set_id) if question_set and question_set.published else []
    if not questions:
        raise NotFound("There is no such quiz.")
    rng = rng or random.Random(secrets.randbits(64))
    orders = {}
    for question in questions:
        choices = list(question.choices) if question.kind == "multiple_choice" else list(TRUE_FALSE_CHOICES)
        if question.kind == "multiple_choice":
            rng.shuffle(choices)
        orders[str(question.id)] = choices
    now = clock()
    attempt = Attempt(
        user_id=user_id, set_id=set_id, question_ids=[q.id for q in questions],
        choice_orders=orders, position=0, served_at=now, started_at=now,
    )
    db.session.add(attempt)
    db.session.flush()
    upsert = _insert(SetScore).values(
        user_id=user_id, set_id=set_id, best_score=0, best_at=now, attempts=1,
        latest_score=0, latest_attempt_id=attempt.id,
    )
    db.session.execute(upsert.on_conflict_do_update(
        index_elements=["user_id", "set_id"],
        set_={"attempts": SetScore.attempts + 1, "latest_score": 0, "latest_attempt_id": attempt.id},
    ))
    db.session.execute(
        _insert(UserTotal).values(user_id=user_id, total=0, reached_at=now).on_conflict_do_nothing()
    )
    db.session.commit()
    return attempt.id


def own_attempt(attempt_id: int, user_id: int) -> Attempt:
    """The attempt ``attempt_id`` if it belongs to ``user_id``: 404 when missing, 403 when not theirs."""
    return own_attempt_and_set(attempt_id, user_id)[0]


def own_attempt_and_set(attempt_id: int, user_id: int) -> tuple[Attempt, QuestionSet]:
    """Like :func:`own_attempt`, with the attempt's set, in one query (this is the hot path)."""
    row = db.session.execute(
        db.select(Attempt, QuestionSet).join(QuestionSet, QuestionSet.id == Attempt.set_id).where(Attempt.id == attempt_id)
    ).first()
    if row is None:
        raise NotFound("There is no such attempt.")
    if row[0].user_id != user_id:
        raise Forbidden("This is someone else's game.")
    return row[0], row[1]


def is_right(question: Question, chosen: str | None) -> bool:
    """Whether the choice text ``chosen`` answers ``question`` correctly."""
    if question.kind == "true_false":
        return chosen is not None and (chosen == "True") == bool(question.answer)
    return chosen == question.answer


def submit_answer(attempt_id: int, user_id: int, position: int | None, choice: str | None) -> bool:
    """Record the answer ``choice`` (an index into the attempt's shuffled choices) to question ``position``.

    Returns whether it counted. It counts only while that question is on screen:
    a replay, a double click, a second tab or concurrent copies of the request
    find the answer already stored (unique constraint, insert-or-ignore) or the
    attempt already moved on (compare-and-set on ``position``) and change nothing.
    The answer, the attempt's totals and the user's standings move in one transaction.
    """
    attempt, question_set = own_attempt_and_set(attempt_id, user_id)
    if attempt.finished_at is not None or attempt.served_at is None or attempt.position != position:
        db.session.rollback()
        return False
    question_id = attempt.question_ids[position]
    order = attempt.choice_orders[str(question_id)]
    if choice is None or not choice.isdigit() or int(choice) >= len(order):
        raise BadRequest("Choose one of the answers.")
    chosen = order[int(choice)]
    question = db.session.get(Question, question_id)
    now = clock()
    correct = is_right(question, chosen)
    scored = score_answer(
        correct, (now - attempt.served_at).total_seconds(),
        question.time_limit or question_set.time_limit, attempt.streak,
        scoring=question_set.scoring, bonus=question_set.streak_bonus,
    )
    inserted = db.session.execute(_insert(Answer).values(
        attempt_id=attempt.id, question_id=question_id, chosen=chosen, correct=correct,
        points=scored.points, served_at=attempt.served_at, answered_at=now,
    ).on_conflict_do_nothing(index_elements=["attempt_id", "question_id"]).returning(Answer.id))
    # RETURNING rather than rowcount: the ORM doesn't report rowcount for INSERT on every driver.
    if inserted.scalar_one_or_none() is None:
        db.session.rollback()
        return False
    last = position + 1 == len(attempt.question_ids)
    new_score = db.session.execute(
        db.update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.position == position, Attempt.served_at.is_not(None))
        .values(
            score=Attempt.score + scored.points, correct_count=Attempt.correct_count + int(correct),
            streak=scored.streak, position=position + 1, served_at=None,
            finished_at=now if last else None,
        )
        .returning(Attempt.score)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if new_score is None:  # another request moved the attempt on first
        db.session.rollback()
        return False
    if scored.points:
        _raise_standings(user_id, attempt.set_id, attempt.id, new_score, now)
    db.session.commit()
    return True


def serve_next(attempt_id: int, user_id: int, position: int | None) -> bool:
    """Put question ``position`` on screen and start its clock; False when it already was (a replay)."""
    attempt = own_attempt(attempt_id, user_id)
    served = db.session.execute(
        db.update(Attempt)
        .where(
            Attempt.id == attempt.id, Attempt.position == position,
            Attempt.served_at.is_(None), Attempt.finished_at.is_(None),
        )
        .values(served_at=clock())
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return served == 1


def _raise_standings(user_id: int, set_id: int, attempt_id: int, score: int, now) -> None:
    """Move the latest score and, when it beats the best, the best score and the overall total."""
    db.session.execute(
        db.update(SetScore)
        .where(SetScore.user_id == user_id, SetScore.set_id == set_id, SetScore.latest_attempt_id == attempt_id)
        .values(latest_score=score)
        .execution_options(synchronize_session=False)
    )
    # Locks the row on PostgreSQL, so two attempts of one user can't both add the same rise.
    best = db.session.execute(
        db.select(SetScore.best_score)
        .where(SetScore.user_id == user_id, SetScore.set_id == set_id)
        .with_for_update()
    ).scalar_one()
    if score <= best:
        return  # equal doesn't count: best_at keeps when the score was first reached
    db.session.execute(
        db.update(SetScore)
        .where(SetScore.user_id == user_id, SetScore.set_id == set_id)
        .values(best_score=score, best_at=now, best_attempt_id=attempt_id)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        db.update(UserTotal)
        .where(UserTotal.user_id == user_id)
        .values(total=UserTotal.total + (score - best), reached_at=now)
        .execution_options(synchronize_session=False)
    )


def _insert(model):
    """An INSERT for the session's dialect, which offers ON CONFLICT (insert-or-ignore, upsert)."""
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)
