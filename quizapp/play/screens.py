"""What each play screen shows, built from an attempt: question, feedback, results.

The question screen carries only what the student may see before answering: the
prompt and the choices in the attempt's shuffled order (never which one is right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extensions import db
from ..models import Answer, Attempt, Question, QuestionSet
from . import services
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
    attempt, question_set = services.own_attempt_and_set(attempt_id, user_id)
    base = _base(attempt, question_set)
    if attempt.served_at is None:
        review = _review_of(attempt, attempt.position - 1, question_set)
        return _released(Screen("feedback", number=attempt.position, review=review, **base))
    question = db.session.get(Question, attempt.question_ids[attempt.position])
    limit = question.time_limit or question_set.time_limit
    elapsed = (services.clock() - attempt.served_at).total_seconds()
    return _released(Screen(
        "question", number=attempt.position + 1, prompt=question.prompt, question_kind=question.kind,
        choices=list(attempt.choice_orders[str(question.id)]), seconds_left=max(0, round(limit - elapsed)), **base,
    ))


def results_screen(attempt_id: int, user_id: int) -> Screen | None:
    """Every question of a finished attempt with the answers and evidence; None while it is running."""
    attempt, question_set = services.own_attempt_and_set(attempt_id, user_id)
    if attempt.finished_at is None:
        return None
    reviews = [_review_of(attempt, n, question_set) for n in range(len(attempt.question_ids))]
    return _released(Screen("results", number=len(reviews), reviews=reviews, correct_count=attempt.correct_count,
                            **_base(attempt, question_set)))


def _released(screen: Screen) -> Screen:
    # End the (read-only) transaction before the template renders: in a POST it holds
    # SQLite's write lock (BEGIN IMMEDIATE), which would queue every other answer behind rendering.
    db.session.rollback()
    return screen


def _base(attempt: Attempt, question_set: QuestionSet) -> dict:
    return {
        "attempt_id": attempt.id, "set_id": attempt.set_id, "title": question_set.title,
        "total": len(attempt.question_ids), "score": attempt.score, "timed": question_set.scoring == "timed",
    }


def _review_of(attempt: Attempt, index: int, question_set: QuestionSet) -> Review:
    question, answer = db.session.execute(
        db.select(Question, Answer)
        .outerjoin(Answer, (Answer.question_id == Question.id) & (Answer.attempt_id == attempt.id))
        .where(Question.id == attempt.question_ids[index])
    ).one()
    titles = {s.get("id"): s.get("title") or s.get("id") for s in question_set.sources or []}
    right = question.answer if question.kind == "multiple_choice" else str(bool(question.answer))
    limit = question.time_limit or question_set.time_limit
    late = bool(answer) and question_set.scoring == "timed" and is_late(
        (answer.answered_at - answer.served_at).total_seconds(), limit
    )
    return Review(
        number=index + 1, prompt=question.prompt, kind=question.kind,
        chosen=answer.chosen if answer else None, right_answer=right,
        correct=bool(answer and answer.correct), points=answer.points if answer else 0, late=late,
        explanation=question.explanation or "",
        evidence=[_mark(e["sentence"], question, titles.get(e.get("source"), "")) for e in question.evidence or []],
    )


def _mark(sentence: str, question: Question, source_title: str) -> EvidenceLine:
    """Split ``sentence`` around the answer; a true/false statement's evidence is marked whole."""
    if question.kind == "multiple_choice":
        found = re.search(re.escape(str(question.answer)), sentence, re.IGNORECASE)
        if found:
            return EvidenceLine(sentence[: found.start()], found.group(0), sentence[found.end():], source_title)
        return EvidenceLine(sentence, "", "", source_title)
    return EvidenceLine("", sentence, "", source_title)
