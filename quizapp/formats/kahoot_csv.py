"""Read and write CSV with the Kahoot! quiz spreadsheet's columns.

Columns: question, answers 1–4, time limit (seconds), correct answer(s) as
1-based numbers. The header row is found by its text anywhere in the first
rows (Kahoot's template has it on row 8; other tools on row 1), matched
loosely; without one, the template's positions are assumed. Comma,
semicolon or tab separated; UTF-8 with or without BOM (decoding is the
registry's job). Kahoot's own upload format is .xlsx, which is not read here.

Beyond Kahoot's eight columns the writer adds ``Answer 5``/``Answer 6`` and
``Explanation`` only when a question needs them, after the Kahoot columns, so
the sheet stays Kahoot-shaped and round trips keep every question.
"""

from __future__ import annotations

import csv
import io
import re

from .model import MAX_CHOICES, FormatError, Question, QuestionSet, Skipped
from .textutil import stem_title, true_false_value, unique_problem

HEADERS = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
_HEADER_SCAN_ROWS = 20
_ERROR_CELLS = {"#NAME?", "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"}


def _norm(cell: str) -> str:
    return re.sub(r"\s+", " ", cell.replace("\u2013", "-")).strip().casefold()


def find_columns(row: list[str]) -> dict[str, int] | None:
    """Map a header row to column positions, or None when ``row`` isn't a header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = _norm(cell)
        number = re.match(r"^(?:answer|option)\s*(\d)\b", name)
        if number and 1 <= int(number.group(1)) <= MAX_CHOICES:
            found.setdefault(f"answer{number.group(1)}", index)
        elif "correct" in name:
            found.setdefault("correct", index)
        elif name.startswith("question") and not re.match(r"^question\s*(#|no\b|number\b|nr\b)", name):
            found.setdefault("question", index)
        elif name.startswith("time"):
            found.setdefault("time", index)
        elif name.startswith("explanation"):
            found.setdefault("explanation", index)
    if {"question", "answer1", "answer2"} <= found.keys():
        return found
    return None


def _positional(width: int, first_cell: str) -> dict[str, int]:
    # The template's layout: a numbering column (often empty) before the question.
    offset = 1 if width >= 8 and (not first_cell.strip() or first_cell.strip().isdigit()) else 0
    names = ["question", "answer1", "answer2", "answer3", "answer4", "time", "correct"]
    return {name: offset + i for i, name in enumerate(names)}


def guess_delimiter(text: str) -> str:
    """Pick the separator under which a header row appears, else the one giving most columns."""
    sample = "\n".join(text.lstrip("\ufeff").split("\n")[:_HEADER_SCAN_ROWS])
    widths = {}
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        if any(find_columns(row) for row in rows):
            return delimiter
        widths[delimiter] = sorted(len(r) for r in rows if any(c.strip() for c in r))[-1:] or [0]
    return max(widths, key=lambda d: widths[d][0]) if widths else ","


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Parse CSV into (starting line, cells) pairs; quoted cells may span lines."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=guess_delimiter(text))
    rows, line = [], 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        raise FormatError(f"CSV cannot be parsed: {error}", reader.line_num or line) from None
    return rows


def read_kahoot_csv(text: str, source_name: str | None = None) -> QuestionSet:
    """Parse Kahoot-style CSV; unusable rows are listed in ``skipped`` with their line."""
    rows = _rows(text)
    columns, start = None, 0
    for position, (_, row) in enumerate(rows[:_HEADER_SCAN_ROWS]):
        columns = find_columns(row)
        if columns:
            start = position + 1
            break
    if columns is None:
        first = next((row for _, row in rows if any(c.strip() for c in row)), [])
        if len(first) < 4:
            raise FormatError("no Kahoot header row (Question, Answer 1, Answer 2, …) and too few columns", 1)
        columns = _positional(len(first), first[0])
    question_set = QuestionSet(title=stem_title(source_name))
    for line, row in rows[start:]:
        result = _question(row, columns)
        if isinstance(result, Question):
            question_set.questions.append(result)
        elif result:
            question_set.skipped.append(Skipped(line, *result))
    return question_set


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(row):
        return ""
    value = row[index].strip()
    return "" if value in _ERROR_CELLS else value


def _question(row: list[str], columns: dict[str, int]) -> Question | tuple[str, str] | None:
    """Build one question from a row; None for an empty row, (kind, reason) when skipped."""
    prompt = _cell(row, columns, "question")
    slots = [_cell(row, columns, f"answer{n}") for n in range(1, MAX_CHOICES + 1)]
    if not prompt and not any(slots):
        return None
    if not prompt:
        return "invalid", "the question text is empty"
    answers = [(n, a) for n, a in enumerate(slots, start=1) if a]
    keys = [k for k in re.split(r"[,;/\s]+", _cell(row, columns, "correct")) if k]
    try:
        numbers = sorted({int(float(k)) for k in keys})
    except ValueError:
        return "invalid", f"correct answer(s) {_cell(row, columns, 'correct')!r} are not answer numbers"
    if not numbers:
        return "invalid", "no correct answer given"
    if len(numbers) > 1:
        return "multiple_response", "several correct answers; quizapp plays one correct answer"
    texts = dict(answers)
    if numbers[0] not in texts:
        return "invalid", f"correct answer {numbers[0]} is empty or not an answer column"
    choices = [a for _, a in answers]
    problem = unique_problem(choices)
    if problem:
        return "multiple_choice", problem
    limit = _time_limit(_cell(row, columns, "time"))
    explanation = _cell(row, columns, "explanation")
    values = [true_false_value(c) for c in choices]
    if len(choices) == 2 and set(values) == {True, False}:
        return Question("true_false", prompt, bool(true_false_value(texts[numbers[0]])),
                        explanation=explanation, time_limit=limit)
    return Question("multiple_choice", prompt, texts[numbers[0]], choices,
                    explanation=explanation, time_limit=limit)


def _time_limit(value: str) -> int | None:
    # Numbers may come as "60", "60.0" or "60 s"; anything outside 5–600 s is ignored.
    match = re.match(r"^\d+(?:\.\d+)?", value)
    if not match:
        return None
    seconds = int(float(match.group(0)))
    return seconds if 5 <= seconds <= 600 else None


def write_kahoot_csv(question_set: QuestionSet) -> str:
    """Serialise ``question_set`` as CSV with Kahoot's header row (UTF-8 text, no BOM)."""
    widest = max((len(q.choices) for q in question_set.questions), default=0)
    extra = [f"Answer {n}" for n in range(5, widest + 1)]
    explain = any(q.explanation.strip() for q in question_set.questions)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS + extra + (["Explanation"] if explain else []))
    for number, question in enumerate(question_set.questions, start=1):
        if question.kind == "true_false":
            choices, key = ["True", "False"], 1 if question.answer else 2
        else:
            choices, key = list(question.choices), question.choices.index(question.answer) + 1
        padded = (choices + [""] * max(4, widest))[: max(4, widest)]
        limit = "" if question.time_limit is None else str(question.time_limit)
        row = [str(number), question.prompt, *padded[:4], limit, str(key), *padded[4:]]
        writer.writerow(row + ([question.explanation] if explain else []))
    return out.getvalue()
