"""Engine tuning: SQLite in WAL mode with a busy timeout and write transactions that lock up front."""

from __future__ import annotations

from flask import Flask, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .extensions import db

READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def configure_engines(app: Flask) -> None:
    """Install the SQLite connection hooks when the database is SQLite."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine, app.config["SQLITE_BUSY_TIMEOUT_MS"])


def wants_write_lock() -> bool:
    """Whether the transaction starting now should take SQLite's write lock at once.

    POSTs (and the CLI) write; taking the lock at BEGIN makes a second writer wait
    for the busy timeout instead of failing with "database is locked" when a
    deferred transaction tries to upgrade. GET requests read only, so they begin
    deferred and never block writers in WAL mode.
    """
    return not has_request_context() or request.method not in READ_ONLY_METHODS


def _tune_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        """Set the pragmas every new SQLite connection needs."""
        # Hand transaction control to the "begin" hook below instead of pysqlite.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        """Begin IMMEDIATE for writers, deferred for readers (see :func:`wants_write_lock`)."""
        connection.exec_driver_sql("BEGIN IMMEDIATE" if wants_write_lock() else "BEGIN")
