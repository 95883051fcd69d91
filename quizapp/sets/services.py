"""Convert between file-format dataclasses and database rows; load the sets shipped in questions/."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from ..extensions import db
from ..formats import Evidence, Question as QuestionData, QuestionSet as SetData, Source
from ..formats import quizapp_set
from ..models import ACCEPTED, Question, QuestionSet, User

# What a question's opening says about the type of its choices (the generator's type labels).
BANK_LABELS = (
    ("Who ", "PERSON"),
    ("Which country ", "COUNTRY"),
    ("Which city ", "CITY"),
    ("Which company ", "ORG"),
    ("Which organization ", "ORG"),
    ("Which organisation ", "ORG"),
)
BANK_SIZE = 200


def build_set(
    data: SetData,
    owner: User | None = None,
    *,
    status: str = ACCEPTED,
    published: bool = False,
    shipped_name: str | None = None,
) -> QuestionSet:
    """Make (but don't commit) a :class:`QuestionSet` row with its questions from ``data``.

    Sources are kept without their full text: evidence sentences are what students see.
    """
    question_set = QuestionSet(
        owner=owner,
        title=data.title.strip(),
        description=data.description,
        sources=[_source_row(s) for s in data.sources],
        time_limit=data.time_limit,
        scoring=data.scoring,
        streak_bonus=data.streak_bonus,
        published=published,
        shipped_name=shipped_name,
    )
    for position, question in enumerate(data.questions):
        question_set.questions.append(question_row(question, position, status))
    db.session.add(question_set)
    return question_set


def question_row(question: QuestionData, position: int, status: str = ACCEPTED) -> Question:
    """A :class:`Question` row for the dataclass ``question``."""
    return Question(
        kind=question.kind,
        prompt=question.prompt,
        choices=list(question.choices),
        answer=question.answer,
        explanation=question.explanation,
        evidence=[asdict(e) for e in question.evidence],
        spare_distractors=list(question.spare_distractors),
        time_limit=question.time_limit,
        position=position,
        status=status,
    )


def set_data(question_set: QuestionSet, *, statuses: tuple[str, ...] = (ACCEPTED,)) -> SetData:
    """The file-format dataclass of a stored set (its live questions with the given statuses)."""
    return SetData(
        title=question_set.title,
        description=question_set.description,
        sources=[Source(**_source_fields(s)) for s in question_set.sources or []],
        time_limit=question_set.time_limit,
        scoring=question_set.scoring,
        streak_bonus=question_set.streak_bonus,
        questions=[
            QuestionData(
                kind=q.kind,
                prompt=q.prompt,
                answer=q.answer,
                choices=list(q.choices or []),
                explanation=q.explanation,
                evidence=[Evidence(e["source"], e["sentence"]) for e in q.evidence or []],
                time_limit=q.time_limit,
            )
            for q in question_set.questions
            if q.status in statuses and not q.retired
        ],
    )


def get_set(set_id: int) -> QuestionSet | None:
    """The set with this id, or None."""
    return db.session.get(QuestionSet, set_id)


def distractor_bank(exclude_set_id: int | None = None) -> dict[str, list[str]]:
    """Names from the published sets' multiple-choice questions, by type, for the generator.

    The generator draws distractors from the articles first and falls back to
    these. A choice's type is read off its question's opening ("Who ..." ->
    PERSON, "Which country ..." -> COUNTRY, ...); only published sets are used so
    a teacher's drafts never leak into another teacher's quiz. At most
    :data:`BANK_SIZE` names per type, in a stable order.
    """
    rows = db.session.execute(
        db.select(Question.prompt, Question.choices)
        .join(QuestionSet, QuestionSet.id == Question.set_id)
        .where(
            QuestionSet.published.is_(True),
            QuestionSet.id != (exclude_set_id or 0),
            Question.kind == "multiple_choice",
            Question.status == ACCEPTED,
            Question.retired.is_(False),
        )
        .order_by(Question.id)
    ).all()
    bank: dict[str, set[str]] = {}
    for prompt, choices in rows:
        label = next((label for opening, label in BANK_LABELS if prompt.startswith(opening)), None)
        if label:
            bank.setdefault(label, set()).update(c for c in choices or [] if isinstance(c, str))
    return {label: sorted(names)[:BANK_SIZE] for label, names in sorted(bank.items())}


def load_shipped_sets(folder: Path) -> list[tuple[str, bool]]:
    """Import every quizapp-set/1 file in ``folder`` once, published and owned by nobody.

    Returns ``(file name, imported now)`` per file; a set already loaded under the
    same file name is left as it is, so running this again duplicates nothing.
    """
    results = []
    for path in sorted(folder.glob("*.json")) + sorted(folder.glob("*.y*ml")):
        exists = db.session.execute(
            db.select(QuestionSet.id).where(QuestionSet.shipped_name == path.name)
        ).first()
        if exists:
            results.append((path.name, False))
            continue
        data = quizapp_set.loads(path.read_text(encoding="utf-8"), path.name)
        build_set(data, published=True, shipped_name=path.name)
        db.session.commit()
        results.append((path.name, True))
    return results


def _source_row(source: Source) -> dict:
    return {"id": source.id, "title": source.title, "published": source.published, "url": source.url}


def _source_fields(row: dict) -> dict:
    return {key: row.get(key) for key in ("id", "title", "published", "url")}
