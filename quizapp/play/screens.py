"""What each play screen shows, built from an attempt: question, feedback, results.

The question screen carries only what the student may see before answering: the
prompt and the choices in the attempt's shuffled order (never which one is right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Row

from ..extensions import db
from . import services, statements
from .scoring import is_late


@dataclass(frozen=True)
class EvidenceLine:
    """An evidence sentence split around the marked answer, with its source's title."""

    before: str
    marked: str
    after: str
    source_title: str


@dataclass(frozen=True)
class Review:
    """One answered question: what was chosen, what was right and why."""

    number: int
    prompt: str
    kind: str
    chosen: str | None
    right_answer: str
    correct: bool
    points: int
    late: bool
    explanation: str
    evidence: list[EvidenceLine] = field(default_factory=list)

    @property
    def source_count(self) -> int:
        """How many different sources report the fact."""
        return len({line.source_title for line in self.evidence})


@dataclass(frozen=True)
class Screen:
    """The state of an attempt as a screen: ``kind`` is question, feedback or results."""

    kind: str
    attempt_id: int
    set_id: int
    title: str
    number: int  # 1-based number of the question shown or reviewed
    total: int
    score: int
    timed: bool
    prompt: str = ""
    question_kind: str = ""
    choices: list[str] = field(default_factory=list)
    seconds_left: int = 0
    review: Review | None = None
    reviews: list[Review] = field(default_factory=list)
    correct_count: int = 0

    @property
    def is_last(self) -> bool:
        """Whether this is the attempt's last question."""
        return self.number == self.total


def current_screen(attempt_id: int, user_id: int) -> Screen:
    """Where ``user_id`` is in the attempt: the question on screen, or the feedback on the last answer."""
    play = services.load_play(attempt_id, user_id)
    if play.served_at is None:
        review = _review_of(play, play.position - 1)
        return _released(Screen("feedback", number=play.position, review=review, **_base(play, play.score)))
    question = services.load_question(play.question_ids[play.position])
    return _released(_question_screen(play, question, play.position, play.served_at, play.score))


def served_screen(served: services.Served) -> Screen:
    """The question screen right after Next served it, from what the transaction read (no query)."""
    return _question_screen(served.play, served.question, served.position, served.served_at, served.score)


def feedback_screen(answered: services.Answered) -> Screen:
    """The feedback on an answer that just counted, from what the transaction read (no query)."""
    review = _review(answered.play, answered.position, answered.question, answered)
    return Screen("feedback", number=answered.position + 1, review=review, **_base(answered.play, answered.score))


def results_screen(attempt_id: int, user_id: int) -> Screen | None:
    """Every question of a finished attempt with the answers and evidence; None while it is running."""
    play = services.load_play(attempt_id, user_id)
    if play.finished_at is None:
        return None
    reviews = [_review_of(play, n) for n in range(len(play.question_ids))]
    return _released(Screen("results", number=len(reviews), reviews=reviews, correct_count=play.correct_count,
                            **_base(play, play.score)))


def _released(screen: Screen) -> Screen:
    # End the (read-only) transaction before the template renders: in a POST it holds
    # SQLite's write lock (BEGIN IMMEDIATE), which would queue every other answer behind rendering.
    db.session.rollback()
    return screen


def _base(play: Row, score: int) -> dict:
    return {
        "attempt_id": play.id, "set_id": play.set_id, "title": play.title,
        "total": len(play.question_ids), "score": score, "timed": play.scoring == "timed",
    }


def _question_screen(play: Row, question: Row, position: int, served_at: datetime, score: int) -> Screen:
    limit = question.time_limit or play.time_limit
    elapsed = (services.clock() - served_at).total_seconds()
    return Screen(
        "question", number=position + 1, prompt=question.prompt, question_kind=question.kind,
        choices=list(play.choice_orders[str(question.id)]), seconds_left=max(0, round(limit - elapsed)),
        **_base(play, score),
    )


def _review_of(play: Row, index: int) -> Review:
    row = db.session.execute(
        statements.LOAD_QUESTION_AND_ANSWER, {"attempt_id": play.id, "question_id": play.question_ids[index]}
    ).one()
    answer = None if row.answer_id is None else _AnswerFacts(
        row.chosen, row.correct, row.points, row.answer_served_at, row.answered_at
    )
    return _review(play, index, row, answer)


class _AnswerFacts(NamedTuple):
    chosen: str | None
    correct: bool
    points: int
    served_at: datetime
    answered_at: datetime


def _review(play: Row, index: int, question: Row, answer) -> Review:
    """The review of question ``index``; ``answer`` has chosen, correct, points, served_at, answered_at (or None)."""
    titles = {s.get("id"): s.get("title") or s.get("id") for s in play.sources or []}
    right = question.answer if question.kind == "multiple_choice" else str(bool(question.answer))
    limit = question.time_limit or play.time_limit
    late = answer is not None and play.scoring == "timed" and is_late(
        (answer.answered_at - answer.served_at).total_seconds(), limit
    )
    return Review(
        number=index + 1, prompt=question.prompt, kind=question.kind,
        chosen=answer.chosen if answer else None, right_answer=right,
        correct=bool(answer and answer.correct), points=answer.points if answer else 0, late=late,
        explanation=question.explanation or "",
        evidence=[_mark(e["sentence"], question, titles.get(e.get("source"), "")) for e in question.evidence or []],
    )


def _mark(sentence: str, question: Row, source_title: str) -> EvidenceLine:
    """Split ``sentence`` around the answer; a true/false statement's evidence is marked whole."""
    if question.kind == "multiple_choice":
        found = re.search(re.escape(str(question.answer)), sentence, re.IGNORECASE)
        if found:
            return EvidenceLine(sentence[: found.start()], found.group(0), sentence[found.end():], source_title)
        return EvidenceLine(sentence, "", "", source_title)
    return EvidenceLine("", sentence, "", source_title)
