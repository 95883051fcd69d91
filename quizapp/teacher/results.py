"""Results of a set: students' best and latest scores, per-question statistics, chart and CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import func

from ..extensions import db
from ..models import ACCEPTED, Answer, Question, QuestionSet, SetScore, User

MIN_ANSWERS_TO_FLAG = 5
HARD_BELOW = 0.20
EASY_ABOVE = 0.95


@dataclass(frozen=True)
class StudentResult:
    """A student's standing on the set."""

    nickname: str
    username: str
    best_score: int
    latest_score: int
    attempts: int


@dataclass(frozen=True)
class QuestionResult:
    """How a question went: answers, share right, the most chosen wrong answer and a review flag."""

    number: int
    id: int
    prompt: str
    retired: bool
    answers: int
    right: int
    wrong_choice: str | None
    wrong_count: int

    @property
    def share(self) -> float | None:
        """The share of answers that were right (None before anyone answered)."""
        return self.right / self.answers if self.answers else None

    @property
    def flag(self) -> str | None:
        """"hard" when nearly everyone misses it, "easy" when nearly everyone gets it (enough answers)."""
        if self.answers < MIN_ANSWERS_TO_FLAG or self.share is None:
            return None
        if self.share < HARD_BELOW:
            return "hard"
        return "easy" if self.share > EASY_ABOVE else None


def student_results(question_set: QuestionSet) -> list[StudentResult]:
    """Each student's best and latest score on the set, best first."""
    rows = db.session.execute(
        db.select(User.nickname, User.username, SetScore.best_score, SetScore.latest_score, SetScore.attempts)
        .join(User, User.id == SetScore.user_id)
        .where(SetScore.set_id == question_set.id)
        .order_by(SetScore.best_score.desc(), SetScore.best_at, User.nickname)
    ).all()
    return [StudentResult(*row) for row in rows]


def question_results(question_set: QuestionSet) -> list[QuestionResult]:
    """Per accepted question (retired ones that were answered too): answers, right, top wrong answer."""
    totals = (
        db.select(
            Answer.question_id,
            func.count().label("n"),
            func.count().filter(Answer.correct.is_(True)).label("right"),
        )
        .group_by(Answer.question_id)
        .subquery()
    )
    rows = db.session.execute(
        db.select(Question, totals.c.n, totals.c.right)
        .outerjoin(totals, totals.c.question_id == Question.id)
        .where(Question.set_id == question_set.id, Question.status == ACCEPTED)
        .where(Question.retired.is_(False) | totals.c.n.is_not(None))
        .order_by(Question.retired, Question.position, Question.id)
    ).all()
    wrong = _top_wrong_answers(question_set.id)
    return [
        QuestionResult(number, q.id, q.prompt, q.retired, n or 0, right or 0, *wrong.get(q.id, (None, 0)))
        for number, (q, n, right) in enumerate(rows, start=1)
    ]


def _top_wrong_answers(set_id: int) -> dict[int, tuple[str, int]]:
    """Question id -> (most chosen wrong answer, how often); ties go to the alphabetically first."""
    rows = db.session.execute(
        db.select(Answer.question_id, Answer.chosen, func.count().label("n"))
        .join(Question, Question.id == Answer.question_id)
        .where(Question.set_id == set_id, Answer.correct.is_(False), Answer.chosen.is_not(None))
        .group_by(Answer.question_id, Answer.chosen)
        .order_by(Answer.question_id, func.count().desc(), Answer.chosen)
    ).all()
    top: dict[int, tuple[str, int]] = {}
    for question_id, chosen, n in rows:
        top.setdefault(question_id, (chosen, n))
    return top


def neutralise(cell):
    """Make a CSV cell safe for spreadsheets: text starting with = + - @ (or tab/CR) gets a leading '."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def results_csv(question_set: QuestionSet, part: str) -> str:
    """The students' scores (``part="students"``) or the question statistics as CSV text."""
    if part == "students":
        header = ["nickname", "username", "best_score", "latest_score", "attempts"]
        rows = [[r.nickname, r.username, r.best_score, r.latest_score, r.attempts] for r in student_results(question_set)]
    else:
        header = ["number", "question", "answers", "right", "share_right", "most_chosen_wrong", "times_chosen", "flag"]
        rows = [
            [r.number, r.prompt, r.answers, r.right, "" if r.share is None else f"{r.share:.2f}",
             r.wrong_choice or "", r.wrong_count, r.flag or ""]
            for r in question_results(question_set)
        ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return out.getvalue()
