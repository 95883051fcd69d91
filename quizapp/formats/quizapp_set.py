"""Read and write quizapp-set/1, the project's own JSON (or YAML) question-set format."""

from __future__ import annotations

import json
from typing import Any

import yaml

from .model import (
    Conflict,
    Evidence,
    FormatError,
    Question,
    QuestionSet,
    Source,
    set_problems,
)

FORMAT_ID = "quizapp-set/1"


def to_dict(question_set: QuestionSet, *, include_text: bool = True) -> dict[str, Any]:
    """Return the quizapp-set/1 mapping of ``question_set`` (keys in a stable order)."""
    data: dict[str, Any] = {
        "format": FORMAT_ID,
        "title": question_set.title,
        "description": question_set.description,
        "time_limit": question_set.time_limit,
        "scoring": question_set.scoring,
        "streak_bonus": question_set.streak_bonus,
        "sources": [_source_dict(s, include_text) for s in question_set.sources],
        "questions": [_question_dict(q) for q in question_set.questions],
    }
    if question_set.conflicts:
        data["conflicts"] = [
            {"description": c.description, "evidence": [_evidence_dict(e) for e in c.evidence]}
            for c in question_set.conflicts
        ]
    return data


def dumps(question_set: QuestionSet, fmt: str = "json", *, include_text: bool = True) -> str:
    """Serialise ``question_set`` as ``json`` or ``yaml``; the same set always gives the same text."""
    data = to_dict(question_set, include_text=include_text)
    if fmt == "yaml":
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}")


def loads(text: str, source_name: str | None = None) -> QuestionSet:
    """Parse quizapp-set/1 JSON or YAML text and validate it.

    Raises :class:`FormatError` naming the line of a syntax error, or the
    question number of a content error.
    """
    data = _parse(text, source_name)
    try:
        question_set = from_dict(data)
    except FormatError as error:
        error.source = error.source or source_name
        raise
    problems = set_problems(question_set)
    if problems:
        raise FormatError(problems[0], source=source_name)
    return question_set


def from_dict(data: Any) -> QuestionSet:
    """Build a :class:`QuestionSet` from a parsed quizapp-set/1 mapping (shape checks only)."""
    if not isinstance(data, dict):
        raise FormatError("expected a quizapp-set/1 object at the top level")
    if data.get("format") != FORMAT_ID:
        raise FormatError(f'"format" must be "{FORMAT_ID}"')
    questions = _list(data, "questions")
    sources = [_source(raw, n) for n, raw in enumerate(_list(data, "sources"), start=1)]
    scoring = data.get("scoring", "timed")
    if scoring not in ("timed", "accuracy"):
        raise FormatError('"scoring" must be "timed" or "accuracy"')
    return QuestionSet(
        title=_text(data, "title", required=True),
        description=_text(data, "description"),
        sources=sources,
        questions=[_question(raw, n) for n, raw in enumerate(questions, start=1)],
        time_limit=_int(data.get("time_limit", 30), "time_limit"),
        scoring=scoring,
        streak_bonus=bool(data.get("streak_bonus", True)),
    )


def _parse(text: str, source_name: str | None) -> Any:
    stripped = text.lstrip("\ufeff")
    if "\x00" in stripped:
        raise FormatError("this is a binary file, not a question set", source=source_name)
    if not stripped.strip():
        raise FormatError("the file is empty", source=source_name)
    if stripped.lstrip().startswith(("{", "[")):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as error:
            raise FormatError(f"invalid JSON: {error.msg}", error.lineno, source_name) from None
    try:
        return yaml.safe_load(stripped)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "cannot be parsed"
        line = mark.line + 1 if mark is not None else None
        raise FormatError(f"invalid YAML: {problem}", line, source_name) from None


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise FormatError(f'"{key}" must be a list')
    return value


def _text(data: dict, key: str, *, required: bool = False, where: str = "") -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise FormatError(f'{where}"{key}" must be {"non-empty " if required else ""}text')
    return value


def _int(value: Any, key: str, where: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f'{where}"{key}" must be a whole number')
    return value


def _source(raw: Any, number: int) -> Source:
    where = f"source {number}: "
    if not isinstance(raw, dict):
        raise FormatError(f"{where}expected an object")
    published = raw.get("published")
    return Source(
        id=str(raw.get("id") or f"s{number}"),
        title=_text(raw, "title", where=where),
        published=str(published) if published is not None else None,
        url=raw.get("url") if isinstance(raw.get("url"), str) else None,
        text=raw.get("text") if isinstance(raw.get("text"), str) else None,
    )


def _question(raw: Any, number: int) -> Question:
    where = f"question {number}: "
    if not isinstance(raw, dict):
        raise FormatError(f"{where}expected an object")
    choices = raw.get("choices") or []
    if not isinstance(choices, list):
        raise FormatError(f'{where}"choices" must be a list')
    evidence = raw.get("evidence") or []
    if not isinstance(evidence, list) or not all(
        isinstance(e, dict) and isinstance(e.get("sentence"), str) for e in evidence
    ):
        raise FormatError(f'{where}"evidence" must be a list of {{"source", "sentence"}} objects')
    limit = raw.get("time_limit")
    return Question(
        kind=raw.get("kind"),
        prompt=_text(raw, "prompt", required=True, where=where),
        answer=raw.get("answer"),
        choices=[c if isinstance(c, str) else str(c) for c in choices],
        explanation=_text(raw, "explanation", where=where),
        evidence=[Evidence(str(e.get("source", "")), e["sentence"]) for e in evidence],
        time_limit=_int(limit, "time_limit", where) if limit is not None else None,
    )


def _source_dict(source: Source, include_text: bool) -> dict[str, Any]:
    data = {"id": source.id, "title": source.title, "published": source.published, "url": source.url}
    if include_text and source.text is not None:
        data["text"] = source.text
    return data


def _evidence_dict(evidence: Evidence) -> dict[str, str]:
    return {"source": evidence.source, "sentence": evidence.sentence}


def _question_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": question.kind, "prompt": question.prompt}
    if question.choices:
        data["choices"] = list(question.choices)
    data["answer"] = question.answer
    if question.explanation:
        data["explanation"] = question.explanation
    data["evidence"] = [_evidence_dict(e) for e in question.evidence]
    if question.time_limit is not None:
        data["time_limit"] = question.time_limit
    return data
