"""Read and write the Aiken format (one-line stem, ``A)`` options, ``ANSWER: X``).

Reading follows Moodle's importer (``question/format/aiken/format.php``): a broken
question is reported and skipped, the rest of the file still imports (Moodle's
own ``aiken_errors.txt`` fixture gives 2 questions and errors on lines 3, 5, 7
and 18). Broken questions land in :attr:`QuestionSet.skipped` with kind
``"invalid"`` and Moodle's line number. Two lenient extensions: ``answer: b``
in any case is accepted, and an ANSWER letter past the last option is an error
rather than a question without a key.

Aiken has no true/false type, so true/false is written as a two-option
``A) True`` / ``B) False`` question, and a two-option question whose options
are exactly True and False is read back as true/false. Aiken has no
explanation, time limit or title: those are not written.
"""

from __future__ import annotations

import re

from .model import FormatError, Question, QuestionSet, Skipped
from .textutil import split_lines, stem_title, true_false_value, unique_problem

_OPTION = re.compile(r"^[A-Z][).]")
_ANSWER = re.compile(r"^answer\s*:", re.IGNORECASE)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Open:
    def __init__(self, line: int, stem: str):
        self.line = line
        self.stem = stem
        self.options: list[str] = []


def read_aiken(text: str, source_name: str | None = None) -> QuestionSet:
    """Parse Aiken ``text``; broken questions are listed in ``skipped`` with their line."""
    question_set = QuestionSet(title=stem_title(source_name))
    skipped = question_set.skipped
    current: _Open | None = None
    for number, raw in enumerate(split_lines(text.lstrip("\ufeff")), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue  # Moodle ignores lines shorter than two characters
        if _ANSWER.match(line):
            if current is None:
                skipped.append(Skipped(number, "invalid", "an ANSWER line with no question before it"))
                continue
            result = _finish(current, line[line.index(":") + 1 :].strip())
            if isinstance(result, Question):
                question_set.questions.append(result)
            else:
                # Moodle reports a missing-options error on the ANSWER line itself.
                where = number if result.startswith("needs at least 2") else current.line
                skipped.append(Skipped(where, "invalid", result))
            current = None
        elif _OPTION.match(line):
            if current is None:
                skipped.append(Skipped(number, "invalid", "an option with no question before it"))
                continue
            current.options.append(line[2:].strip())
        else:
            if current is not None:
                skipped.append(
                    Skipped(number, "invalid", f"the question on line {current.line} has no ANSWER line before the next question")
                )
            current = _Open(number, line)
    if current is not None:
        skipped.append(Skipped(current.line, "invalid", "the question has no ANSWER line (end of file)"))
    return question_set


def _finish(current: _Open, key: str) -> Question | str:
    """Turn an open question and its ANSWER letter into a question, or say what's wrong."""
    options = current.options
    if len(options) < 2:
        return f"needs at least 2 options, has {len(options)}"
    letter = key[:1].upper()
    if not letter or letter not in LETTERS:
        return f"ANSWER must be an option letter, not {key!r}"
    # The letter counts options by position, as in Moodle, not by printed label.
    index = LETTERS.index(letter)
    if index >= len(options):
        return f"ANSWER {letter} but the question has only {len(options)} options"
    problem = unique_problem(options)
    if problem:
        return problem
    values = [true_false_value(o) for o in options]
    if len(options) == 2 and set(values) == {True, False}:
        return Question("true_false", current.stem, bool(values[index]))
    return Question("multiple_choice", current.stem, options[index], list(options))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_aiken(question_set: QuestionSet) -> str:
    """Serialise ``question_set`` as Aiken (``A) …`` options, a blank line between questions).

    Raises :class:`FormatError` naming the question when its text cannot be
    written so that it reads back the same (a prompt that starts like an
    option or ANSWER line, or is a single character).
    """
    blocks = []
    for number, question in enumerate(question_set.questions, start=1):
        stem = _one_line(question.prompt)
        if _OPTION.match(stem) or _ANSWER.match(stem) or len(stem) < 2:
            raise FormatError(
                f"question {number}: the prompt {stem[:30]!r} can't be written in Aiken "
                "(it would read as an option or answer line)"
            )
        if question.kind == "true_false":
            options, key = ["True", "False"], "A" if question.answer else "B"
        else:
            options = [_one_line(c) for c in question.choices]
            key = LETTERS[question.choices.index(question.answer)]
        lines = [stem] + [f"{LETTERS[i]}) {option}" for i, option in enumerate(options)]
        blocks.append("\n".join(lines + [f"ANSWER: {key}"]))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
