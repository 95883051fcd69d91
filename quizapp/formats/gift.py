"""Read GIFT (Moodle's "General Import Format Template") question banks.

Follows Moodle's own importer (``question/format/gift/format.php``) where the
docs and the code differ; see ``shared/interop/gift/SPEC-NOTES.md``. We play
single-answer multiple choice and true/false; every other question type is
reported in :attr:`QuestionSet.skipped` with the line it starts on.
The writer lives in :mod:`quizapp.formats.gift_write`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import FormatError, Question, QuestionSet, Skipped
from .textutil import html_to_text, looks_like_html, split_lines, stem_title, unique_problem

# Escaped control characters are swapped for private-use placeholders before
# parsing (as Moodle does with "&&061;"-style tokens) so they never act as syntax.
_ESCAPABLE = "\\:#={}~n"
_PLACEHOLDER = {ch: chr(0xF700 + i) for i, ch in enumerate(_ESCAPABLE)}
_RESTORE = {ph: ("\n" if ch == "n" else ch) for ch, ph in _PLACEHOLDER.items()}
_ESCAPE_RE = re.compile(r"\\([\\:#={}~n])")
_RESTORE_RE = re.compile("[" + "".join(_RESTORE) + "]")

_FORMATS = {"html", "moodle", "plain", "markdown"}
_WEIGHT = re.compile(r"^%\s*(-?\d+(?:\.\d*)?)\s*%")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# Moodle "Cloze" fragments ({1:MC:~a~=b}) pasted into GIFT: several answer blocks.
_CLOZE = re.compile(
    r"^\d*:(?:MULTICHOICE|MULTIRESPONSE|SHORTANSWER|NUMERICAL|MCVS?|MCHS?|MCS|MRH?S?|SAC?|MWC?|NM|MC|MR)"
    r"(?:_\w+)?:",
    re.IGNORECASE,
)
FULL_CREDIT = 99.99


def _escape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _PLACEHOLDER[m.group(1)], text)


def _unescape(text: str) -> str:
    return _RESTORE_RE.sub(lambda m: _RESTORE[m.group(0)], text)


def _split_format(text: str, default: str) -> tuple[str, str]:
    """Split a leading ``[html]``-style tag off ``text`` (only the four known ones count)."""
    text = text.strip()
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end].strip().lower() in _FORMATS:
            return text[1:end].strip().lower(), text[end + 1 :].strip()
    return default, text


def to_plain(raw: str, fmt: str) -> str:
    """Show escaped GIFT text of format ``fmt`` as plain text (HTML tags dropped)."""
    text = _unescape(raw).strip()
    if fmt == "html" or (fmt == "moodle" and looks_like_html(text)):
        return html_to_text(text)
    return text


@dataclass
class _Answer:
    weight: float
    text: str


def read_gift(text: str, source_name: str | None = None) -> QuestionSet:
    """Parse GIFT ``text`` into a :class:`QuestionSet`.

    Question types we don't play are listed in ``skipped`` with their start
    line. Raises :class:`FormatError` with a line number for syntax errors
    (an unbalanced answer brace), which Moodle also refuses.
    """
    lines = split_lines(text.lstrip("\ufeff"))
    question_set = QuestionSet(title=stem_title(source_name))
    categories: list[str] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines + [""], start=1):
        stripped = line.strip()
        if stripped:
            block.append((number, stripped))
            continue
        if block:
            try:
                _read_block(block, question_set, categories)
            except FormatError as error:
                error.source = error.source or source_name
                raise
            block = []
    if categories:
        question_set.description = "Category: " + "; ".join(dict.fromkeys(categories))
    return question_set


def _read_block(block: list[tuple[int, str]], question_set: QuestionSet, categories: list[str]) -> None:
    # Comment lines become empty lines so offsets still map to physical lines.
    body = [(n, "" if t.startswith("//") else t) for n, t in block]
    while body and not body[0][1]:
        body.pop(0)
    if not body:
        return
    start = body[0][0]
    full = _escape("\n".join(t for _, t in body))

    def line_at(pos: int) -> int:
        return start + full.count("\n", 0, pos)

    if full.startswith("$CATEGORY:"):
        path = _unescape(full[len("$CATEGORY:") :]).strip()
        path = re.sub(r"^\$\w+\$/(top/)?", "", path).strip()
        if path:
            categories.append(path)
        return
    pos = 0
    if full.startswith("::"):
        end = full.find("::", 2)
        pos = end + 2 if end >= 0 else 2
    while pos < len(full) and full[pos].isspace():
        pos += 1
    opening, closing = full.find("{", pos), full.find("}", pos)
    if opening < 0 and closing < 0:
        question_set.skipped.append(Skipped(start, "description", "no answer block: a description, not a question"))
        return
    if closing < 0:
        raise FormatError("'{' is never closed by '}' (write a literal brace as \\{)", line_at(opening))
    if opening < 0 or closing < opening:
        raise FormatError("'}' without a matching '{' (write a literal brace as \\})", line_at(closing))
    result = _read_question(full[pos:opening], full[opening + 1 : closing], full[closing + 1 :])
    if isinstance(result, Question):
        question_set.questions.append(result)
    else:
        kind, reason = result
        question_set.skipped.append(Skipped(start, kind, reason))


def _read_question(before: str, answers: str, after: str) -> Question | tuple[str, str]:
    """Build a question from the text around the answer block, or say why it's skipped."""
    answers = answers.strip()
    if _CLOZE.match(answers) or "{" in after:
        return "embedded_answers", "several answer blocks (Moodle Cloze/embedded answers) are not supported"
    general = ""
    cut = answers.rfind("####")
    if cut >= 0:
        answers, general = answers[:cut].strip(), answers[cut + 4 :]
    kind = _kind(answers)
    if kind not in ("multiple_choice", "true_false"):
        return kind, _REASONS[kind]
    stem_fmt, stem = _split_format(_stem(before, after), "moodle")
    prompt = to_plain(stem, stem_fmt)
    general_fmt, general = _split_format(general, stem_fmt)
    explanation = to_plain(general, general_fmt)
    if not prompt:
        return kind, "the question text is empty"
    if kind == "true_false":
        value = _TF[answers.split("#", 1)[0].strip()]
        return Question("true_false", prompt, value, explanation=explanation)
    return _multiple_choice(prompt, answers, stem_fmt, explanation)


def _kind(answers: str) -> str:
    # Same order of tests as Moodle's readquestion().
    if answers == "":
        return "essay"
    if answers.startswith("#"):
        return "numerical"
    if "~" in answers:
        return "multiple_choice"
    if "=" in answers and "->" in answers:
        return "matching"
    if answers.split("#", 1)[0].strip() in _TF:
        return "true_false"
    return "short_answer"


_REASONS = {
    "essay": "an essay question (free text) is not played in quizapp",
    "numerical": "a numerical question is not played in quizapp",
    "matching": "a matching question is not played in quizapp",
    "short_answer": "a short-answer question (typed answer) is not played in quizapp",
}


def _stem(before: str, after: str) -> str:
    """Put the blank where the answer block was, as Moodle does for missing-word questions."""
    tail = after.strip()
    if not tail:
        return before
    # A complete sentence followed only by stray punctuation (`}";` in Moodle's
    # own fixtures) has no missing word: drop the debris instead of a blank.
    if not any(c.isalnum() for c in _unescape(tail)) and before.rstrip()[-1:] in ("?", ":", ".", "!"):
        return before
    return before + "_____" + after


def _multiple_choice(prompt: str, answers: str, fmt: str, explanation: str) -> Question | tuple[str, str]:
    parsed = _parse_answers(answers, fmt)
    if parsed is None:
        return "multiple_choice", "an answer has no text once shown as plain text (an image?)"
    correct = [a for a in parsed if a.weight >= FULL_CREDIT]
    if len(correct) > 1:
        return "multiple_choice", f"{len(correct)} answers are fully correct; quizapp plays one correct answer"
    if not correct:
        if sum(1 for a in parsed if a.weight > 0) > 1:
            return "multiple_response", "a multiple-response question (several answers share the credit)"
        return "multiple_choice", "no answer is marked fully correct (=)"
    choices = [a.text for a in parsed]
    problem = unique_problem(choices)
    if problem:
        return "multiple_choice", problem
    return Question("multiple_choice", prompt, correct[0].text, choices, explanation=explanation)


def _parse_answers(answers: str, fmt: str) -> list[_Answer] | None:
    result = []
    # Moodle's trick: every "=" starts an answer too, so "~=x" is simply a correct x.
    for part in answers.replace("=", "~=").split("~"):
        part = part.strip()
        weight = 0.0
        if part.startswith("="):
            weight, part = 100.0, part[1:].strip()
        match = _WEIGHT.match(part)
        if match:
            # Lenient: Moodle ignores a weight after "=", gift-pegjs honours it; so do we.
            weight, part = float(match.group(1)), part[match.end() :]
        text = part.split("#", 1)[0].strip()
        if not text:
            continue  # Moodle drops blank answers when it saves the question
        answer_fmt, text = _split_format(text, fmt)
        plain = to_plain(text, answer_fmt)
        if not plain:
            return None
        result.append(_Answer(weight, plain))
    return result


def write_gift(question_set: QuestionSet) -> str:
    """Serialise ``question_set`` as GIFT text (see :mod:`quizapp.formats.gift_write`)."""
    from .gift_write import write_gift as _write

    return _write(question_set)
