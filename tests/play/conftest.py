"""Fixtures for the play tests: a controllable clock and helpers that play through the views."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from quizapp.extensions import db
from quizapp.models import Attempt, Question
from quizapp.play import services


class FakeClock:
    """A clock the tests move by hand, so timing tests never sleep."""

    def __init__(self):
        self.now = datetime(2025, 1, 6, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    """Replace the server's clock for the play services."""
    fake = FakeClock()
    monkeypatch.setattr(services, "clock", fake)
    return fake


class Player:
    """Plays through the real views with a test client."""

    def __init__(self, app, client):
        self.app = app
        self.client = client

    def start(self, set_id: int) -> int:
        """Press Start; return the new attempt's id."""
        response = self.client.post(f"/quizzes/{set_id}/start")
        assert response.status_code == 303, response.status_code
        return int(re.search(r"/attempts/(\d+)", response.headers["Location"]).group(1))

    def choices(self, attempt_id: int, position: int) -> tuple[list[str], str]:
        """The shuffled choices of question ``position`` and the right choice's text (from the database)."""
        with self.app.app_context():
            attempt = db.session.get(Attempt, attempt_id)
            question = db.session.get(Question, attempt.question_ids[position])
            order = attempt.choice_orders[str(question.id)]
            right = question.answer if question.kind == "multiple_choice" else str(bool(question.answer))
            return order, right

    def index_of(self, attempt_id: int, position: int, right: bool = True) -> int:
        """The index to send for a right (or a wrong) answer to question ``position``."""
        order, answer = self.choices(attempt_id, position)
        return order.index(answer) if right else next(i for i, c in enumerate(order) if c != answer)

    def answer(self, attempt_id: int, position: int, choice, **kw):
        """POST an answer."""
        return self.client.post(
            f"/attempts/{attempt_id}/answer", data={"position": position, "choice": choice}, **kw
        )

    def next(self, attempt_id: int, position: int, **kw):
        """POST Next (serves question ``position``)."""
        return self.client.post(f"/attempts/{attempt_id}/next", data={"position": position}, **kw)

    def attempt(self, attempt_id: int) -> Attempt:
        """The attempt row as stored now."""
        with self.app.app_context():
            attempt = db.session.get(Attempt, attempt_id)
            db.session.expunge(attempt)
            return attempt


@pytest.fixture
def player(app, client) -> Player:
    """A :class:`Player` for ``client``."""
    return Player(app, client)
