"""Write a :class:`QuestionSet` as GIFT that Moodle and :func:`read_gift` read back unchanged.

GIFT has no place for a set's title, description, time limits or evidence; those
are written as ``//`` comments only (not read back). Text is escaped the way
Moodle's exporter does (``\\ \\~ \\= \\# \\{ \\} \\:`` and ``\\n`` for line breaks).
"""

from __future__ import annotations

import re

from .model import Question, QuestionSet
from .textutil import looks_like_html

_FORMAT_TAG = re.compile(r"^\[\s*(html|moodle|plain|markdown)\s*\]", re.IGNORECASE)


def escape_gift(text: str) -> str:
    """Escape GIFT control characters in ``text`` and turn line breaks into ``\\n``."""
    text = text.replace("\r", "").replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _needs_plain(question: Question) -> bool:
    # Without a format tag Moodle (and our reader) would treat <b>… as HTML and
    # drop the tags; "[plain]" keeps the text exactly as written.
    texts = [question.prompt, question.explanation, *question.choices]
    starts = question.prompt.lstrip()
    return any(looks_like_html(t) for t in texts) or starts.startswith(("//", "$CATEGORY:"))


def _text(text: str) -> str:
    # A text that itself begins like a format tag gets an explicit one first.
    escaped = escape_gift(text.strip())
    return "[plain]" + escaped if _FORMAT_TAG.match(text.strip()) else escaped


def _choice(marker: str, text: str) -> str:
    body = _text(text)
    if body.startswith("%"):
        # "%50%x" would read as a weight: spell the weight out so the text survives.
        body = ("%100%" if marker == "=" else "%0%") + body
    return f"\t{marker}{body}"


def write_question(question: Question, number: int | None = None) -> str:
    """Return one question as a GIFT block (no trailing blank line)."""
    lines = [f"// question: {number}"] if number is not None else []
    prompt = _text(question.prompt)
    if _needs_plain(question) and not prompt.startswith("[plain]"):
        prompt = "[plain]" + prompt
    explanation = _text(question.explanation) if question.explanation.strip() else ""
    if question.kind == "true_false":
        value = "TRUE" if question.answer else "FALSE"
        general = f"####{explanation}" if explanation else ""
        lines.append(f"{prompt}{{{value}{general}}}")
        return "\n".join(lines)
    lines.append(prompt + "{")
    for choice in question.choices:
        lines.append(_choice("=" if choice == question.answer else "~", choice))
    if explanation:
        lines.append(f"\t####{explanation}")
    lines.append("}")
    return "\n".join(lines)


def write_gift(question_set: QuestionSet) -> str:
    """Serialise ``question_set`` as GIFT text, one block per question."""
    title = " ".join(question_set.title.split())
    header = [f"// {title}" if title else "// quizapp question set", "// Exported from quizapp (GIFT format)"]
    blocks = ["\n".join(header)]
    blocks += [write_question(q, n) for n, q in enumerate(question_set.questions, start=1)]
    return "\n\n".join(blocks) + "\n"
