"""quizapp: a browser quiz game that turns news articles into quizzes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from . import config
from .extensions import csrf, db, limiter, login_manager, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask application.

    Configuration is layered: the defaults in :mod:`quizapp.config`, then
    ``instance/config.py``, then ``QUIZAPP_*`` environment variables (and
    ``DATABASE_URL``); ``test_config`` replaces the last two for tests.
    """
    app = Flask(
        __name__,
        instance_path=str(PROJECT_ROOT / "instance"),
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    config.load(app, test_config)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)

    from . import cli, database, views

    database.configure_engines(app)
    views.register(app)
    cli.register_commands(app)
    return app
