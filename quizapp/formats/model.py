"""Plain dataclasses that every format reader, writer and the generator exchange.

Nothing here knows about Flask or the database: a :class:`QuestionSet` is what a
file holds, what the generator proposes and what the importer stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
KINDS = (MULTIPLE_CHOICE, TRUE_FALSE)

MIN_CHOICES = 2
MAX_CHOICES = 6
DEFAULT_TIME_LIMIT = 30

Kind = Literal["multiple_choice", "true_false"]
Scoring = Literal["timed", "accuracy"]


class FormatError(ValueError):
    """A file (or text) that cannot be read as a question set.

    ``line`` is the 1-based line the problem is on, when there is one;
    ``source`` names the file. ``str(error)`` gives a one-line message such as
    ``"quiz.gift, line 12: unclosed answer block"``.
    """

    def __init__(self, message: str, line: int | None = None, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.source = source

    def __str__(self) -> str:
        parts = [p for p in (self.source, f"line {self.line}" if self.line is not None else None) if p]
        return f"{', '.join(parts)}: {self.message}" if parts else self.message


@dataclass(frozen=True)
class Evidence:
    """A sentence, verbatim from source ``source`` (a :attr:`Source.id`), stating the fact."""

    source: str
    sentence: str


@dataclass
class Source:
    """An article the questions were drawn from. ``text`` is optional."""

    id: str
    title: str
    published: str | None = None
    url: str | None = None
    text: str | None = None


@dataclass
class Question:
    """One multiple-choice or true/false question.

    For multiple choice ``answer`` is the text of the correct choice (exactly one
    of ``choices``); for true/false it is a bool and ``choices`` is empty.
    ``time_limit`` (seconds) overrides the set's default when given.
    ``spare_distractors`` are further wrong answers of the key's type that a
    reviewer may swap in ("Other distractors"); they are not written to files.
    """

    kind: Kind
    prompt: str
    answer: str | bool
    choices: list[str] = field(default_factory=list)
    explanation: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    time_limit: int | None = None
    spare_distractors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Skipped:
    """A question a reader could not turn into one we play, kept so it can be reported."""

    line: int | None
    kind: str
    reason: str


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on a fact (the generator asks no question about it)."""

    description: str
    evidence: tuple[Evidence, ...] = ()


@dataclass
class QuestionSet:
    """A titled list of questions with their sources and play settings."""

    title: str
    questions: list[Question] = field(default_factory=list)
    description: str = ""
    sources: list[Source] = field(default_factory=list)
    time_limit: int = DEFAULT_TIME_LIMIT
    scoring: Scoring = "timed"
    streak_bonus: bool = True
    skipped: list[Skipped] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def question_problems(question: Question) -> list[str]:
    """Return what is wrong with ``question`` (an empty list when it is valid)."""
    problems: list[str] = []
    if question.kind not in KINDS:
        return [f"unknown kind {question.kind!r} (expected one of {', '.join(KINDS)})"]
    if not isinstance(question.prompt, str) or not question.prompt.strip():
        problems.append("the prompt is empty")
    if question.kind == TRUE_FALSE:
        if not isinstance(question.answer, bool):
            problems.append("a true/false answer must be true or false")
        if question.choices:
            problems.append("a true/false question has no choices")
    else:
        choices = question.choices
        if not all(isinstance(c, str) and c.strip() for c in choices):
            problems.append("every choice must be non-empty text")
        elif not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            problems.append(f"needs {MIN_CHOICES} to {MAX_CHOICES} choices, has {len(choices)}")
        elif len({c.strip().casefold() for c in choices}) != len(choices):
            problems.append("the choices are not unique")
        if not isinstance(question.answer, str):
            problems.append("a multiple-choice answer must be the text of one choice")
        elif choices and choices.count(question.answer) != 1:
            problems.append(f"the answer {question.answer!r} is not one of the choices")
    if question.time_limit is not None and (
        not isinstance(question.time_limit, int) or not 5 <= question.time_limit <= 600
    ):
        problems.append("time_limit must be a whole number of seconds from 5 to 600")
    return problems


def set_problems(question_set: QuestionSet) -> list[str]:
    """Return what is wrong with a whole set, each message naming the question number."""
    problems: list[str] = []
    if not question_set.title.strip():
        problems.append("the set has no title")
    texts = {s.id: s.text for s in question_set.sources}
    if len(texts) != len(question_set.sources):
        problems.append("two sources share one id")
    for number, question in enumerate(question_set.questions, start=1):
        problems += [f"question {number}: {p}" for p in question_problems(question)]
        for ev in question.evidence:
            if ev.source not in texts:
                problems.append(f"question {number}: evidence names unknown source {ev.source!r}")
            elif texts[ev.source] is not None and ev.sentence not in texts[ev.source]:
                problems.append(f"question {number}: an evidence sentence is not in source {ev.source!r}")
    return problems
