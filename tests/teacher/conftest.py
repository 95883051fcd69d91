"""Fixtures of the teacher tests: logged-in teachers, their sets, and answers to compute results from."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, Question, SetScore, utcnow
from support import PASSWORD


@pytest.fixture
def login(client):
    """``login(user)``: log the test client in as ``user``."""

    def do(user):
        response = client.post("/login", data={"username": user.username, "password": PASSWORD})
        assert response.status_code == 303, response.data
        return user

    return do


@pytest.fixture
def teacher(make_teacher, login):
    """A teacher, logged in on ``client``."""
    return login(make_teacher("teacher"))


@pytest.fixture
def teacher_set(make_set, teacher):
    """A draft set with 3 questions owned by the logged-in teacher; returns its id."""
    return make_set("My set", owner=teacher, published=False, questions=3)


@pytest.fixture
def question_ids(app):
    """``question_ids(set_id)``: the ids of the set's questions in position order."""

    def ids(set_id):
        with app.app_context():
            return list(
                db.session.execute(
                    db.select(Question.id).where(Question.set_id == set_id).order_by(Question.position, Question.id)
                ).scalars()
            )

    return ids


@pytest.fixture
def answer(app):
    """``answer(user, set_id, {question_id: (chosen, correct)}, score)``: a finished attempt with answers."""

    def make(user, set_id, chosen: dict, score=0):
        with app.app_context():
            now = utcnow()
            attempt = Attempt(user_id=user.id, set_id=set_id, question_ids=list(chosen), score=score, finished_at=now)
            db.session.add(attempt)
            db.session.flush()
            for question_id, (text, correct) in chosen.items():
                db.session.add(Answer(attempt_id=attempt.id, question_id=question_id, chosen=text, correct=correct,
                                      points=100 if correct else 0, served_at=now - timedelta(seconds=5)))
            row = db.session.get(SetScore, (user.id, set_id))
            if row is None:
                row = SetScore(user_id=user.id, set_id=set_id, best_score=score, latest_score=score, attempts=0,
                               best_attempt_id=attempt.id)
                db.session.add(row)
            row.best_score = max(row.best_score or 0, score)
            row.latest_score = score
            row.latest_attempt_id = attempt.id
            row.attempts = (row.attempts or 0) + 1
            db.session.commit()
            return attempt.id

    return make
