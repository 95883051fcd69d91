"""Read Open Trivia DB JSON (an API response or a dump of ``{"results": [...]}``).

Strings are HTML-entity encoded by default; the API can also send them
``url3986``, ``urlLegacy`` or ``base64`` encoded, which is recognised from the
``type`` field (``bXVsdGlwbGU=`` is base64 for ``multiple``) or from URL
escapes. ``multiple`` becomes multiple choice, ``boolean`` true/false.
Category and difficulty have no place in our model and are dropped.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from typing import Any, Callable
from urllib.parse import unquote, unquote_plus

from .model import FormatError, Question, QuestionSet, Skipped
from .textutil import stem_title, true_false_value, unique_problem

_TYPES = {"multiple", "boolean"}


def _clean(value: str) -> str:
    # Soft hyphens are invisible once decoded and only break matching.
    return value.replace("\u00ad", "").strip()


def _html(value: str) -> str:
    return _clean(html.unescape(value))


def _b64(value: str) -> str:
    return _clean(base64.b64decode(value, validate=True).decode("utf-8"))


def _decoder(items: list[dict]) -> Callable[[str], str]:
    """Guess the API's ``encode=`` option from the data itself."""
    types = {str(item.get("type", "")) for item in items}
    if types and not types & _TYPES:
        return _b64
    texts = [str(item.get("question", "")) for item in items]
    if texts and not any(" " in t for t in texts) and any(re.search(r"%[0-9A-Fa-f]{2}|\+", t) for t in texts):
        legacy = any("+" in t for t in texts) and not any("%20" in t for t in texts)
        return (lambda v: _clean(unquote_plus(v))) if legacy else (lambda v: _clean(unquote(v)))
    return _html


def read_opentdb(text: str, source_name: str | None = None) -> QuestionSet:
    """Parse Open Trivia DB JSON; unusable items are listed in ``skipped`` (item number in the reason)."""
    try:
        data: Any = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        raise FormatError(f"invalid JSON: {error.msg}", error.lineno, source_name) from None
    items = data.get("results") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise FormatError('expected an Open Trivia DB object with a "results" list', 1, source_name)
    if isinstance(data, dict) and data.get("response_code") not in (None, 0):
        raise FormatError(f"the Open Trivia DB response_code is {data.get('response_code')!r}, not 0", 1, source_name)
    decode = _decoder([i for i in items if isinstance(i, dict)])
    question_set = QuestionSet(title=stem_title(source_name, "Open Trivia DB questions"))
    for number, item in enumerate(items, start=1):
        try:
            result = _question(item, decode)
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as error:
            result = ("invalid", f"cannot be decoded ({error.__class__.__name__})")
        if isinstance(result, Question):
            question_set.questions.append(result)
        else:
            question_set.skipped.append(Skipped(None, result[0], f"item {number}: {result[1]}"))
    return question_set


def _question(item: Any, decode: Callable[[str], str]) -> Question | tuple[str, str]:
    if not isinstance(item, dict):
        return "invalid", "not an object"
    kind = decode(str(item.get("type", "")))
    prompt = decode(str(item.get("question", "")))
    correct = item.get("correct_answer")
    wrong = item.get("incorrect_answers")
    if not prompt or not isinstance(correct, str) or not isinstance(wrong, list):
        return "invalid", "needs question, correct_answer and incorrect_answers"
    key = decode(correct)
    if kind == "boolean":
        value = true_false_value(key)
        if value is None:
            return "invalid", f"a boolean question's answer is {key!r}, not True or False"
        return Question("true_false", prompt, value)
    if kind != "multiple":
        return kind or "invalid", f"question type {kind!r} is not played in quizapp"
    choices = [decode(str(w)) for w in wrong]
    # OpenTDB lists the key apart; put it at a stable, text-derived position so
    # it isn't always first even if nothing downstream shuffles.
    choices.insert(sum(map(ord, prompt)) % (len(choices) + 1), key)
    problem = unique_problem(choices)
    if problem:
        return "multiple_choice", problem
    return Question("multiple_choice", prompt, key, choices)
