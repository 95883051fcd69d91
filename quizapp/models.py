"""The database schema (SQLAlchemy 2 typed models). Migrations in ``migrations/`` create it."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from flask_login import UserMixin
from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db

STUDENT = "student"
TEACHER = "teacher"
ROLES = (STUDENT, TEACHER)

# Review states of a question: only "accepted" questions are ever played.
PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"


def utcnow() -> datetime:
    """The current UTC time as a naive datetime.

    Naive UTC is stored the same way by SQLite and PostgreSQL (timestamp without
    time zone), so values compare alike on both backends.
    """
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_session_token() -> str:
    """A fresh random token that identifies a user's login sessions."""
    return secrets.token_urlsafe(32)


class User(UserMixin, db.Model):
    """A student or teacher account. ``nickname`` is what leaderboards show."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('student', 'teacher')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    nickname: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(10), default=STUDENT)
    # Rotated on log out and password change: a cookie holding an old token is refused.
    session_token: Mapped[str] = mapped_column(String(64), unique=True, default=new_session_token)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def set_password(self, password: str) -> None:
        """Store a scrypt hash of ``password`` and end every existing session."""
        self.password_hash = generate_password_hash(password, method="scrypt")
        self.session_token = new_session_token()

    def check_password(self, password: str) -> bool:
        """Whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    def get_id(self) -> str:
        """Flask-Login keeps the session token, not the user id, in the cookie."""
        return self.session_token

    @property
    def is_teacher(self) -> bool:
        """Whether this account may manage question sets."""
        return self.role == TEACHER


class QuestionSet(db.Model):
    """A quiz: questions with their sources and play settings, owned by a teacher.

    Sets shipped in ``questions/`` have no owner and a ``shipped_name``.
    """

    __tablename__ = "question_sets"
    __table_args__ = (
        CheckConstraint("scoring IN ('timed', 'accuracy')", name="scoring"),
        CheckConstraint("time_limit BETWEEN 5 AND 600", name="time_limit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    published: Mapped[bool] = mapped_column(default=False, index=True)
    time_limit: Mapped[int] = mapped_column(default=30)
    scoring: Mapped[str] = mapped_column(String(10), default="timed")
    streak_bonus: Mapped[bool] = mapped_column(default=True)
    shipped_name: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner: Mapped[User | None] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="question_set", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(db.Model):
    """A multiple-choice or true/false question of a set.

    ``answer`` is the correct choice's text (multiple choice) or a bool (true/false);
    ``evidence`` is a list of ``{"source": id, "sentence": text}``. A question that
    students have answered is retired rather than deleted, so their scores stand.
    """

    __tablename__ = "questions"
    __table_args__ = (
        CheckConstraint("kind IN ('multiple_choice', 'true_false')", name="kind"),
        CheckConstraint("status IN ('proposed', 'accepted', 'rejected')", name="status"),
        Index("ix_questions_set_status_position", "set_id", "status", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    answer: Mapped[Any] = mapped_column(JSON)
    explanation: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    spare_distractors: Mapped[list[str]] = mapped_column(JSON, default=list)
    time_limit: Mapped[int | None] = mapped_column()
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default=ACCEPTED)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(default=False)

    question_set: Mapped[QuestionSet] = relationship(back_populates="questions")


class Attempt(db.Model):
    """One play of a set by a user.

    The attempt fixes the question order and each question's shuffled choices when
    it starts. ``position`` is the index of the question being played; while
    ``served_at`` is set that question is on screen and its clock runs, while it is
    NULL the student is reading feedback. ``score``, ``correct_count`` and
    ``streak`` are running totals updated in the same transaction as each answer.
    """

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    question_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    choice_orders: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(default=0)
    served_at: Mapped[datetime | None] = mapped_column()
    score: Mapped[int] = mapped_column(default=0)
    correct_count: Mapped[int] = mapped_column(default=0)
    streak: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()

    user: Mapped[User] = relationship()
    question_set: Mapped[QuestionSet] = relationship()
    answers: Mapped[list[Answer]] = relationship(back_populates="attempt", order_by="Answer.id")


class Answer(db.Model):
    """A student's answer to one question of an attempt; the unique constraint makes it count once."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    chosen: Mapped[str | None] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(default=False)
    points: Mapped[int] = mapped_column(default=0)
    served_at: Mapped[datetime] = mapped_column()
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()


class SetScore(db.Model):
    """A user's standing on one set: best and latest attempt scores, kept up to date per answer.

    ``best_at`` is when the best score was first reached (the leaderboard tie-break).
    """

    __tablename__ = "set_scores"
    __table_args__ = (Index("ix_set_scores_ranking", "set_id", "best_score", "best_at"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    set_id: Mapped[int] = mapped_column(
        ForeignKey("question_sets.id", ondelete="CASCADE"), primary_key=True
    )
    best_score: Mapped[int] = mapped_column(default=0)
    best_at: Mapped[datetime] = mapped_column(default=utcnow)
    best_attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    latest_score: Mapped[int] = mapped_column(default=0)
    latest_attempt_id: Mapped[int | None] = mapped_column(
        ForeignKey("attempts.id", ondelete="SET NULL")
    )
    attempts: Mapped[int] = mapped_column(default=0)


class UserTotal(db.Model):
    """A user's overall score: the sum of their best score on each set, kept up to date per answer.

    ``reached_at`` is when the total last rose (the overall leaderboard's tie-break).
    """

    __tablename__ = "user_totals"
    __table_args__ = (Index("ix_user_totals_ranking", "total", "reached_at"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    total: Mapped[int] = mapped_column(default=0)
    reached_at: Mapped[datetime] = mapped_column(default=utcnow)
