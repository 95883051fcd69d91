"""Generating questions from articles and the review queue of their proposals.

Proposals are stored as questions with status "proposed"; only "accepted" ones are
ever played, so nothing generated reaches students before a teacher accepts it.
"""

from __future__ import annotations

import re
from ..extensions import db
from ..formats import QuestionSet as SetData
from ..models import ACCEPTED, PROPOSED, REJECTED, Question, QuestionSet, User
from ..sets.services import question_row
from .questions import next_position
from .services import questions_with_status

# A line holding only dashes (three or more) separates two pasted articles.
ARTICLE_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_ARTICLE_BYTES = 2 * 1024 * 1024


class ArticleInputError(ValueError):
    """Articles we can't hand to the generator (the message is shown beside the field)."""


def split_articles(pasted: str, files: list[tuple[str, bytes]]):
    """Turn the pasted text and uploaded files into generator ``Article``s.

    The pasted text is split on lines of ``---``; each file is one article, checked
    by content (it must decode as text) rather than trusted by its name.
    """
    from ..generator import Article

    articles = [
        Article(f"article {n}", part.strip())
        for n, part in enumerate(ARTICLE_SEPARATOR.split(pasted or ""), start=1)
        if part.strip()
    ]
    for name, data in files:
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleInputError(f"{name}: the file is larger than 2 MB.")
        if b"\x00" in data[:4096]:
            raise ArticleInputError(f"{name}: this is not a text or HTML file.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        if text.strip():
            articles.append(Article(name, text))
    if not articles:
        raise ArticleInputError("Paste at least one article or upload a .txt or .html file.")
    return articles


def run_generator(articles, title: str | None, exclude_set_id: int | None = None) -> SetData:
    """Generate proposals; the generator's input errors become :class:`ArticleInputError`.

    Distractors come from the articles first, then from the published sets' bank.
    """
    from ..generator import GeneratorInputError, generate
    from ..sets.services import distractor_bank

    try:
        return generate(articles, title=title, bank=distractor_bank(exclude_set_id))
    except GeneratorInputError as error:
        raise ArticleInputError(str(error)) from None


def store_proposals(question_set: QuestionSet, generated: SetData) -> int:
    """Add the generated questions to the set as proposals, with their sources; commit.

    The generator numbers its sources s1, s2…; in a set that already has sources
    they are renumbered so evidence keeps pointing at the right article.
    """
    taken = {s["id"] for s in question_set.sources or []}
    renamed, sources = {}, list(question_set.sources or [])
    for source in generated.sources:
        new_id, n = source.id, len(taken) + 1
        while new_id in taken:
            new_id, n = f"s{n}", n + 1
        taken.add(new_id)
        renamed[source.id] = new_id
        sources.append({"id": new_id, "title": source.title, "published": source.published, "url": source.url})
    question_set.sources = sources  # a new list, so the JSON column is marked changed
    position = next_position(question_set.id) if question_set.id else 0
    for offset, data in enumerate(generated.questions):
        row = question_row(data, position + offset, PROPOSED)
        row.evidence = [{"source": renamed.get(e["source"], e["source"]), "sentence": e["sentence"]} for e in row.evidence]
        question_set.questions.append(row)
    db.session.commit()
    return len(generated.questions)


def conflict_notes(generated: SetData) -> list[str]:
    """Short descriptions of the facts the sources disagree on (kept in the session for the queue)."""
    return [c.description[:300] for c in generated.conflicts[:10]]


def proposals(question_set: QuestionSet) -> list[Question]:
    """The proposals waiting for review, in order."""
    return questions_with_status(question_set, PROPOSED)


def proposal_or_none(question_set: QuestionSet, question_id: int) -> Question | None:
    """A proposal of this set (the set is already known to be the teacher's)."""
    return db.session.execute(
        db.select(Question).where(
            Question.id == question_id, Question.set_id == question_set.id, Question.status == PROPOSED
        )
    ).scalar_one_or_none()


def accept(question: Question) -> None:
    """Accept a proposal: it joins the set's playable questions."""
    question.status = ACCEPTED
    db.session.commit()


def reject(question: Question, reason: str = "") -> None:
    """Reject a proposal, keeping the reason; it is never played."""
    question.status = REJECTED
    question.reject_reason = (reason or "").strip()
    db.session.commit()


def accept_all(question_set: QuestionSet) -> int:
    """Accept every remaining proposal of the set; returns how many."""
    pending = proposals(question_set)
    for question in pending:
        question.status = ACCEPTED
    db.session.commit()
    return len(pending)


def other_distractors(question: Question) -> bool:
    """Swap the wrong choices for spare distractors, keeping the key, its place and the choice count.

    The replaced distractors go to the back of the spares, so pressing again cycles.
    Returns False when there is nothing to swap in.
    """
    spares = [s for s in question.spare_distractors or [] if s not in question.choices]
    if question.kind != "multiple_choice" or not spares:
        return False
    wrong = [c for c in question.choices if c != question.answer]
    incoming = spares[: len(wrong)]
    # Fewer spares than wrong choices: replace the first few, keep the rest.
    replaced = dict(zip(wrong, incoming))
    question.choices = [replaced.get(c, c) for c in question.choices]
    question.spare_distractors = spares[len(incoming):] + list(replaced)
    db.session.commit()
    return True


def source_count(question: Question) -> int:
    """How many different sources state the question's fact."""
    return len({e.get("source") for e in question.evidence or []})


def source_titles(question_set: QuestionSet) -> dict[str, str]:
    """Source id -> title, to name the article each evidence sentence comes from."""
    return {s["id"]: s.get("title") or s["id"] for s in question_set.sources or []}

