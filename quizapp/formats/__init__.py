"""Question-set file formats: pure Python readers and writers over :mod:`quizapp.formats.model`."""

from .model import (
    Conflict,
    Evidence,
    FormatError,
    Question,
    QuestionSet,
    Skipped,
    Source,
    question_problems,
    set_problems,
)

__all__ = [
    "Conflict",
    "Evidence",
    "FormatError",
    "Question",
    "QuestionSet",
    "Skipped",
    "Source",
    "question_problems",
    "set_problems",
]
