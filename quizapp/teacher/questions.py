"""Hand-written questions: add, edit, remove (or retire) and reorder."""

from __future__ import annotations

from sqlalchemy import func

from ..extensions import db
from ..formats import Question as QuestionData
from ..models import ACCEPTED, Question, QuestionSet
from ..sets.services import question_row
from .services import has_attempts, live_questions


def next_position(set_id: int) -> int:
    """A position after every question of the set (proposals and retired ones included)."""
    current = db.session.execute(db.select(func.max(Question.position)).where(Question.set_id == set_id)).scalar()
    return 0 if current is None else current + 1


def add_question(question_set: QuestionSet, data: QuestionData) -> Question:
    """Append an accepted question to the set and commit."""
    question = question_row(data, next_position(question_set.id), ACCEPTED)
    question.set_id = question_set.id
    db.session.add(question)
    db.session.commit()
    return question


def update_question(question: Question, data: QuestionData) -> None:
    """Replace a question's text, choices, answer and explanation.

    Answers already given keep their stored ``correct`` and ``points`` (and attempts
    their scores): we never re-mark the past. Evidence and spare distractors stay.
    """
    question.kind = data.kind
    question.prompt = data.prompt
    question.choices = list(data.choices)
    question.answer = data.answer
    question.explanation = data.explanation
    db.session.commit()


def remove_question(question: Question) -> bool:
    """Delete a question, or retire it when its set has been played (so past scores stand).

    Returns True when the row was deleted, False when it was retired.
    """
    # Any attempt may list the question in its fixed order, answered or not yet.
    if has_attempts(question.set_id):
        question.retired = True
        db.session.commit()
        return False
    db.session.delete(question)
    db.session.commit()
    return True


def move_question(question: Question, offset: int) -> None:
    """Swap a live question with its neighbour above (``offset=-1``) or below (``+1``)."""
    order = live_questions(question.question_set)
    index = next((i for i, q in enumerate(order) if q.id == question.id), None)
    if index is None or not 0 <= index + offset < len(order):
        return
    order[index], order[index + offset] = order[index + offset], order[index]
    # Renumber the live questions in their new order; positions of others don't matter to play.
    positions = sorted(q.position for q in order)
    if len(set(positions)) != len(positions):
        positions = list(range(len(order)))
    for position, item in zip(positions, order):
        item.position = position
    db.session.commit()



def place(question: Question) -> dict:
    """Where a live question stands: its ``number`` and whether it is ``first`` or ``last``."""
    ids = [q.id for q in live_questions(question.question_set)]
    if question.id not in ids:
        return {"number": None, "first": True, "last": True}
    index = ids.index(question.id)
    return {"number": index + 1, "first": index == 0, "last": index == len(ids) - 1}
