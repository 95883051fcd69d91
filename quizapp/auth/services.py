"""Account services: plain functions over the database, used by the views and the CLI."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import ROLES, STUDENT, User, new_session_token

MIN_PASSWORD = 8
MAX_PASSWORD = 128
# A real hash to compare against when the user is unknown, so both failures take as long.
_DUMMY_USER = User(username="", nickname="", role=STUDENT)
_DUMMY_USER.set_password("not-a-real-password")


class AccountError(ValueError):
    """A sign-up or password change that cannot be made; the message says why."""


def normalise_username(username: str) -> str:
    """Usernames are compared without case or surrounding spaces."""
    return username.strip().lower()


def password_problem(password: str) -> str | None:
    """Why ``password`` is not acceptable, or None. It is taken exactly as typed."""
    if len(password) < MIN_PASSWORD:
        return f"Use at least {MIN_PASSWORD} characters."
    if len(password) > MAX_PASSWORD:
        return f"Use at most {MAX_PASSWORD} characters."
    return None


def find_user(username: str) -> User | None:
    """The user with this username (any case), or None."""
    return db.session.execute(
        db.select(User).where(User.username == normalise_username(username))
    ).scalar_one_or_none()


def create_user(username: str, nickname: str, password: str, role: str = STUDENT) -> User:
    """Create and commit an account; raise :class:`AccountError` when it cannot be made."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}.")
    problem = password_problem(password)
    if problem:
        raise AccountError(problem)
    user = User(username=normalise_username(username), nickname=nickname.strip(), role=role)
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise AccountError("That username is taken.") from None
    return user


def authenticate(username: str, password: str) -> User | None:
    """The user whose username and password match, or None (the caller can't tell which failed)."""
    user = find_user(username)
    if user is None:
        _DUMMY_USER.check_password(password)
        return None
    return user if user.check_password(password) else None


def end_sessions(user: User) -> None:
    """Invalidate every session cookie of ``user`` (used on log out)."""
    user.session_token = new_session_token()
    db.session.commit()


def change_password(user: User, current: str, new: str) -> None:
    """Change ``user``'s password after checking the current one; ends all their sessions."""
    if not user.check_password(current):
        raise AccountError("The current password is wrong.")
    problem = password_problem(new)
    if problem:
        raise AccountError(problem)
    user.set_password(new)
    db.session.commit()


def load_user_by_session_token(token: str) -> User | None:
    """The user a session cookie belongs to, or None when the token was rotated."""
    return db.session.execute(db.select(User).where(User.session_token == token)).scalar_one_or_none()
