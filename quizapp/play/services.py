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
from datetime import datetime

from sqlalchemy import Row, func
from sqlalchemy.dialects import postgresql, sqlite
from werkzeug.exceptions import BadRequest, Forbidden, NotFound

from ..extensions import db
from ..models import ACCEPTED, Answer, Attempt, Question, QuestionSet, SetScore, UserTotal, utcnow
from . import statements
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


@dataclass(frozen=True)
class Answered:
    """An answer that counted, with what its feedback screen shows (so nothing is read again after the commit)."""

    play: Row  # the attempt and its set as loaded in the answer transaction (see :func:`load_play`)
    question: Row
    position: int
    chosen: str
    correct: bool
    points: int
    served_at: datetime
    answered_at: datetime
    score: int  # the attempt's score after this answer


@dataclass(frozen=True)
class Served:
    """A question put on screen by Next, with what its screen shows."""

    play: Row
    question: Row
    position: int
    served_at: datetime
    score: int


def load_play(attempt_id: int, user_id: int) -> Row:
    """The attempt with its set's settings and ``user_id``'s best score on the set, as one row.

    404 when missing, 403 when the attempt isn't ``user_id``'s. The row has the
    attempt's columns and the set's ``title``, ``time_limit``, ``scoring``,
    ``streak_bonus`` and ``sources``.
    """
    row = db.session.execute(statements.LOAD_PLAY, {"attempt_id": attempt_id}).first()
    if row is None:
        raise NotFound("There is no such attempt.")
    if row.user_id != user_id:
        raise Forbidden("This is someone else's game.")
    return row


def load_question(question_id: int) -> Row:
    """What the play screens show of a question (never its choices in the stored order)."""
    return db.session.execute(statements.LOAD_QUESTION, {"question_id": question_id}).one()


def submit_answer(attempt_id: int, user_id: int, position: int | None, choice: str | None) -> Answered | None:
    """Record the answer ``choice`` (an index into the attempt's shuffled choices) to question ``position``.

    Returns the counted answer, or None when it didn't count. It counts only while
    that question is on screen: a replay, a double click, a second tab or concurrent
    copies of the request find the answer already stored (unique constraint,
    insert-or-ignore) or the attempt already moved on (compare-and-set on
    ``position``) and change nothing. The answer, the attempt's totals and the
    user's standings move in one transaction.
    """
    play = load_play(attempt_id, user_id)
    if play.finished_at is not None or play.served_at is None or play.position != position:
        db.session.rollback()
        return None
    question_id = play.question_ids[position]
    order = play.choice_orders[str(question_id)]
    if choice is None or not choice.isdigit() or int(choice) >= len(order):
        raise BadRequest("Choose one of the answers.")
    chosen = order[int(choice)]
    question = load_question(question_id)
    now = clock()
    correct = is_right(question, chosen)
    scored = score_answer(
        correct, (now - play.served_at).total_seconds(), question.time_limit or play.time_limit, play.streak,
        scoring=play.scoring, bonus=play.streak_bonus,
    )
    inserted = db.session.execute(statements.insert_answer(_dialect_name()), {
        "for_attempt": attempt_id, "for_question": question_id, "chosen_text": chosen, "is_correct": correct,
        "scored": scored.points, "served": play.served_at, "answered": now,
    })
    # RETURNING rather than rowcount: not every driver reports rowcount for INSERT.
    if inserted.scalar_one_or_none() is None:
        db.session.rollback()
        return None
    last = position + 1 == len(play.question_ids)
    new_score = db.session.execute(statements.ADVANCE_ATTEMPT, {
        "attempt_id": attempt_id, "from_position": position, "points": scored.points,
        "correct_inc": int(correct), "new_streak": scored.streak, "to_position": position + 1,
        "finished": now if last else None,
    }).scalar_one_or_none()
    if new_score is None:  # another request moved the attempt on first
        db.session.rollback()
        return None
    if scored.points:
        _raise_standings(user_id, play, new_score, now)
    db.session.commit()
    return Answered(play, question, position, chosen, correct, scored.points, play.served_at, now, new_score)


def serve_next(attempt_id: int, user_id: int, position: int | None) -> Served | None:
    """Put question ``position`` on screen and start its clock; None when it already was (a replay)."""
    play = load_play(attempt_id, user_id)
    now = clock()
    score = db.session.execute(
        statements.SERVE, {"attempt_id": attempt_id, "at_position": position, "now": now}
    ).scalar_one_or_none()
    if score is None:
        db.session.commit()
        return None
    question = load_question(play.question_ids[position])
    db.session.commit()
    return Served(play, question, position, now, score)


def _raise_standings(user_id: int, play: Row, score: int, now: datetime) -> None:
    """Move the latest score and, when it beats the best, the best score and the overall total.

    The best score only ever rises, so a score no higher than the best read at the
    start of the transaction can't beat it: only the latest score moves. A higher
    one raises the best by compare-and-set against the value read; if another
    transaction changed it since, the row is locked and compared again.
    """
    keys = {"uid": user_id, "for_set": play.set_id, "attempt_id": play.id, "new_score": score, "now": now}
    seen = play.best_score
    if seen is not None and score <= seen:
        db.session.execute(statements.SET_LATEST, keys)
        return
    if seen is not None and db.session.execute(statements.RAISE_BEST, {**keys, "seen_best": seen}).first():
        db.session.execute(statements.ADD_TO_TOTAL, {**keys, "rise": score - seen})
        return
    best = db.session.execute(statements.LOCK_BEST, keys).scalar_one()
    if score <= best:
        return  # equal doesn't count: best_at keeps when the score was first reached
    db.session.execute(statements.RAISE_BEST, {**keys, "seen_best": best})
    db.session.execute(statements.ADD_TO_TOTAL, {**keys, "rise": score - best})


def _dialect_name() -> str:
    return db.session.get_bind().dialect.name


def _insert(model):
    """An INSERT for the session's dialect, which offers ON CONFLICT (insert-or-ignore, upsert)."""
    dialect = postgresql if _dialect_name() == "postgresql" else sqlite
    return dialect.insert(model)
