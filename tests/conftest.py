"""Shared fixtures: ``app``, ``client``, ``runner``, ``auth`` and factories.

Every test that uses ``app`` runs on SQLite and, when ``TEST_DATABASE_URL`` is
set, once more on that database (PostgreSQL in CI).
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from quizapp import create_app
from quizapp.extensions import db, limiter
from quizapp.models import STUDENT, TEACHER, User
from quizapp.sets.services import build_set
from support import PASSWORD, AuthActions, make_config, sample_set_data

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """The database backend of this run of the test."""
    return request.param


@pytest.fixture
def app_config(tmp_path, backend) -> dict:
    """Configuration overrides a test module may extend by redefining this fixture."""
    return make_config(tmp_path, backend)


@pytest.fixture
def app(app_config):
    """An application with an empty schema; the database is wiped afterwards."""
    app = create_app(app_config)
    with app.app_context():
        _drop_everything()
        db.create_all()
        if app.config["RATELIMIT_ENABLED"]:
            limiter.reset()  # the limiter object is shared by every app of the test run
    yield app
    with app.app_context():
        db.session.remove()
        _drop_everything()
        db.engine.dispose()


def _drop_everything() -> None:
    db.drop_all()
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture
def client(app):
    """A test client for ``app``."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner for ``app``'s commands."""
    return app.test_cli_runner()


@pytest.fixture
def auth(client):
    """Account actions for ``client``."""
    return AuthActions(client)


@pytest.fixture
def make_user(app):
    """Factory: ``make_user(username, role=..., nickname=...)`` creates a committed user."""

    def make(username="student", role=STUDENT, nickname=None, password=PASSWORD) -> User:
        with app.app_context():
            user = User(username=username, nickname=nickname or username.title(), role=role)
            user.set_password(password)
            db.session.add(user)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
            return user

    return make


@pytest.fixture
def make_teacher(make_user):
    """Factory for teacher accounts."""
    return lambda username="teacher", **kw: make_user(username, role=TEACHER, **kw)


@pytest.fixture
def make_set(app):
    """Factory: ``make_set(title=..., owner=None, published=True, questions=3)`` returns the set id."""

    def make(title="World capitals", owner: User | None = None, published=True, questions=3) -> int:
        with app.app_context():
            owner_row = db.session.get(User, owner.id) if owner else None
            stored = build_set(sample_set_data(title, questions), owner_row, published=published)
            db.session.commit()
            return stored.id

    return make
