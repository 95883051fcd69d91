"""Web import in two steps: upload -> preview -> confirm.

Between the preview and the confirmation the uploaded bytes wait in a file under
``instance/imports/``, named by the owner's id and a random token; the token is
also kept in the uploader's session, so only that session of that teacher can
confirm it. Confirming re-reads the stored bytes (the same checks run again) and
stores the set in one transaction; files older than a day are swept away.
"""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path

from flask import current_app, session

from ..extensions import db
from ..formats import FormatError
from ..formats import QuestionSet as SetData
from ..formats.registry import read_questions, write_questions
from ..models import QuestionSet, User
from ..sets.services import build_set, set_data

TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
MAX_AGE_SECONDS = 24 * 3600
SESSION_KEY = "imports"


def _folder() -> Path:
    folder = Path(current_app.instance_path) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(user: User, token: str) -> Path:
    return _folder() / f"{int(user.id)}-{token}.upload"


def read_upload_set(name: str, data: bytes) -> SetData:
    """Read an upload as a set (format by content); :class:`FormatError` names the file and line."""
    question_set = read_questions(data, name)
    if not question_set.questions:
        raise FormatError("nothing to import: every question in it is of a type quizapp doesn't play", source=name)
    return question_set


def stash_upload(user: User, name: str, data: bytes) -> str:
    """Keep an upload until it is confirmed; returns the token that names it in this session."""
    _sweep()
    token = secrets.token_urlsafe(24)
    _path(user, token).write_bytes(data)
    pending = dict(session.get(SESSION_KEY, {}))
    pending[token] = name[:200]
    # A session remembers a handful of previews at most, keeping the cookie small.
    session[SESSION_KEY] = dict(list(pending.items())[-5:])
    return token


def load_upload(user: User, token: str) -> tuple[str, bytes] | None:
    """``(file name, bytes)`` of a stashed upload of this session and user, or None."""
    name = session.get(SESSION_KEY, {}).get(token)
    if name is None or not TOKEN.match(token):
        return None
    path = _path(user, token)
    return (name, path.read_bytes()) if path.exists() else None


def discard_upload(user: User, token: str) -> None:
    """Forget a stashed upload (after it was imported)."""
    pending = dict(session.get(SESSION_KEY, {}))
    pending.pop(token, None)
    session[SESSION_KEY] = pending
    if TOKEN.match(token):
        _path(user, token).unlink(missing_ok=True)


def commit_import(user: User, data: SetData) -> QuestionSet:
    """Store the read set as a draft owned by ``user``, all in one transaction."""
    try:
        stored = build_set(data, user)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return stored


def export_text(question_set: QuestionSet, fmt: str) -> str:
    """The set's live accepted questions written as ``fmt``; raises :class:`FormatError`."""
    return write_questions(set_data(question_set), fmt)


def _sweep() -> None:
    cutoff = time.time() - MAX_AGE_SECONDS
    for path in _folder().glob("*.upload"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass  # another request swept it first
