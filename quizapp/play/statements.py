"""The play hot path's SQL, built once at import as Core statements with bound parameters.

Building a statement (``db.select(...).where(...)``) and compiling ORM entities
cost more than running them on an answer request; statements built once hit
SQLAlchemy's compiled cache on every request and return plain rows. Each
request still runs in the session's transaction (``db.session.execute``).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import and_, bindparam, case, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..models import Answer, Attempt, Question, QuestionSet, SetScore, UserTotal

_attempt = Attempt.__table__
_set = QuestionSet.__table__
_question = Question.__table__
_answer = Answer.__table__
_score = SetScore.__table__
_total = UserTotal.__table__

# An attempt with its set's settings and the player's best score on the set, in one row.
# Names don't collide, so the row reads like both an attempt and a set (``row.time_limit``
# is the set's). ``best_score`` is read without a lock: it only ever rises, and the
# standings update compares-and-sets against it.
LOAD_PLAY = (
    select(
        _attempt.c.id, _attempt.c.user_id, _attempt.c.set_id, _attempt.c.question_ids, _attempt.c.choice_orders,
        _attempt.c.position, _attempt.c.served_at, _attempt.c.score, _attempt.c.correct_count, _attempt.c.streak,
        _attempt.c.finished_at, _set.c.title, _set.c.time_limit, _set.c.scoring, _set.c.streak_bonus,
        _set.c.sources, _score.c.best_score,
    )
    .select_from(
        _attempt.join(_set, _set.c.id == _attempt.c.set_id).outerjoin(
            _score, and_(_score.c.user_id == _attempt.c.user_id, _score.c.set_id == _attempt.c.set_id)
        )
    )
    .where(_attempt.c.id == bindparam("attempt_id"))
)

# What a question, feedback or review screen shows of a question (never ``choices``:
# the attempt's shuffled order is what is shown).
_QUESTION_COLUMNS = (
    _question.c.id, _question.c.kind, _question.c.prompt, _question.c.answer, _question.c.explanation,
    _question.c.evidence, _question.c.time_limit,
)
LOAD_QUESTION = select(*_QUESTION_COLUMNS).where(_question.c.id == bindparam("question_id"))

# A question with the attempt's answer to it (answer columns NULL when unanswered).
LOAD_QUESTION_AND_ANSWER = (
    select(
        *_QUESTION_COLUMNS, _answer.c.id.label("answer_id"), _answer.c.chosen, _answer.c.correct, _answer.c.points,
        _answer.c.served_at.label("answer_served_at"), _answer.c.answered_at,
    )
    .select_from(_question.outerjoin(_answer, and_(
        _answer.c.question_id == _question.c.id, _answer.c.attempt_id == bindparam("attempt_id"),
    )))
    .where(_question.c.id == bindparam("question_id"))
)

# Compare-and-set: the attempt moves on only from the question the answer was for.
ADVANCE_ATTEMPT = (
    update(_attempt)
    .where(_attempt.c.id == bindparam("attempt_id"), _attempt.c.position == bindparam("from_position"),
           _attempt.c.served_at.is_not(None))
    .values(
        score=_attempt.c.score + bindparam("points"),
        correct_count=_attempt.c.correct_count + bindparam("correct_inc"),
        streak=bindparam("new_streak"), position=bindparam("to_position"), served_at=None,
        finished_at=bindparam("finished", type_=_attempt.c.finished_at.type),
    )
    .returning(_attempt.c.score)
)

# Compare-and-set: a question is served once; RETURNING the score the screen shows.
SERVE = (
    update(_attempt)
    .where(_attempt.c.id == bindparam("attempt_id"), _attempt.c.position == bindparam("at_position"),
           _attempt.c.served_at.is_(None), _attempt.c.finished_at.is_(None))
    .values(served_at=bindparam("now", type_=_attempt.c.served_at.type))
    .returning(_attempt.c.score)
)

_this_set = and_(_score.c.user_id == bindparam("uid"), _score.c.set_id == bindparam("for_set"))
_latest = case(
    (_score.c.latest_attempt_id == bindparam("attempt_id"), bindparam("new_score")), else_=_score.c.latest_score
)

# The latest score, when this attempt is the user's latest on the set.
SET_LATEST = (
    update(_score)
    .where(_this_set, _score.c.latest_attempt_id == bindparam("attempt_id"))
    .values(latest_score=bindparam("new_score"))
)

# Compare-and-set on the best score read at the start of the transaction: it raises
# the best (and the latest) only if nobody changed the best since, so the caller knows
# the exact rise to add to the overall total. No row: take the locking path.
RAISE_BEST = (
    update(_score)
    .where(_this_set, _score.c.best_score == bindparam("seen_best"))
    .values(
        best_score=bindparam("new_score"), best_at=bindparam("now", type_=_score.c.best_at.type),
        best_attempt_id=bindparam("attempt_id"), latest_score=_latest,
    )
    .returning(_score.c.user_id)
)

# The locking path: the latest score, and the best score locked (row lock on PostgreSQL),
# so two attempts of one user can't both add the same rise.
LOCK_BEST = update(_score).where(_this_set).values(latest_score=_latest).returning(_score.c.best_score)

ADD_TO_TOTAL = (
    update(_total)
    .where(_total.c.user_id == bindparam("uid"))
    .values(total=_total.c.total + bindparam("rise"), reached_at=bindparam("now", type_=_total.c.reached_at.type))
)


@cache
def insert_answer(dialect_name: str):
    """INSERT … ON CONFLICT (attempt, question) DO NOTHING RETURNING id, for the dialect."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return (
        dialect.insert(_answer)
        .values(
            attempt_id=bindparam("for_attempt"), question_id=bindparam("for_question"), chosen=bindparam("chosen_text"),
            correct=bindparam("is_correct", type_=_answer.c.correct.type), points=bindparam("scored"),
            served_at=bindparam("served", type_=_answer.c.served_at.type),
            answered_at=bindparam("answered", type_=_answer.c.answered_at.type),
        )
        .on_conflict_do_nothing(index_elements=["attempt_id", "question_id"])
        .returning(_answer.c.id)
    )
