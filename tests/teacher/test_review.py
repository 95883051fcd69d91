"""Generating from articles and the review queue: accept, edit, reject, other distractors, accept all."""

from __future__ import annotations

from io import BytesIO

import pytest

from quizapp.extensions import db
from quizapp.formats import Conflict, Evidence, Question as QuestionData, QuestionSet as SetData, Source
from quizapp.models import ACCEPTED, PROPOSED, REJECTED, Question, QuestionSet
from quizapp.play.services import published_quizzes
from quizapp.teacher import review
from quizapp.teacher.review import split_articles
from support import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
HTMX = {"HX-Request": "true"}


def generated_set() -> SetData:
    """What the generator returns, without running it (spaCy is slow to load)."""
    return SetData(
        title="Talks",
        sources=[Source("s1", "First report"), Source("s2", "Second report")],
        questions=[
            QuestionData(kind="multiple_choice", prompt="Who met Zelensky in Paris?",
                         choices=["Donald Trump", "Joe Biden", "Emmanuel Macron", "Olaf Scholz"], answer="Donald Trump",
                         evidence=[Evidence("s1", "Trump met Zelensky in Paris."), Evidence("s2", "In Paris, Trump met Zelensky.")],
                         spare_distractors=["Keir Starmer", "Friedrich Merz", "Giorgia Meloni", "Mark Rutte"]),
            QuestionData(kind="true_false", prompt="Russia occupies about one-fifth of Ukraine.", answer=True,
                         evidence=[Evidence("s1", "Russia occupies about one-fifth of Ukraine.")]),
            QuestionData(kind="multiple_choice", prompt="Which city hosted the talks?",
                         choices=["Paris", "Kyiv", "Moscow"], answer="Paris",
                         evidence=[Evidence("s2", "The talks were held in Paris.")], spare_distractors=["Berlin"]),
        ],
        conflicts=[Conflict("The sources give different numbers of troops.")],
    )


@pytest.fixture
def queue(app, teacher, client):
    """A set of the teacher with three proposals; returns (set id, proposal ids)."""
    with app.app_context():
        stored = QuestionSet(owner_id=teacher.id, title="Talks", sources=[{"id": "s1", "title": "Old source"}])
        db.session.add(stored)
        db.session.commit()
        review.store_proposals(stored, generated_set())
        ids = [q.id for q in review.proposals(stored)]
        return stored.id, ids


def statuses(app, set_id):
    with app.app_context():
        return [(q.status, q.reject_reason) for q in db.session.execute(
            db.select(Question).where(Question.set_id == set_id).order_by(Question.position)).scalars()]


def test_split_articles_on_dashes_and_files():
    articles = split_articles("First one.\n---\nSecond one.\n  -----  \nThird.", [("b.html", b"<p>Body</p>")])
    assert [a.text for a in articles] == ["First one.", "Second one.", "Third.", "<p>Body</p>"]
    with pytest.raises(review.ArticleInputError):
        split_articles("  \n---\n ", [])
    with pytest.raises(review.ArticleInputError, match="not a text"):
        split_articles("", [("x.txt", b"\x89PNG\x00\x00")])


def test_sources_are_renumbered_into_an_existing_set(app, queue):
    set_id, ids = queue
    with app.app_context():
        stored = db.session.get(QuestionSet, set_id)
        assert [s["id"] for s in stored.sources] == ["s1", "s2", "s3"]
        first = db.session.get(Question, ids[0])
        assert [e["source"] for e in first.evidence] == ["s2", "s3"]


def test_queue_shows_question_choices_key_evidence_sources_and_conflicts(client, app, queue):
    set_id, ids = queue
    with client.session_transaction() as session:
        session["conflicts"] = {str(set_id): ["The sources give different numbers of troops."]}
    page = client.get(f"/teach/sets/{set_id}/review").get_data(as_text=True)
    assert "Who met Zelensky in Paris?" in page and "Emmanuel Macron" in page
    assert "✓ correct" in page and "Trump met Zelensky in Paris." in page
    assert "2 sources" in page and "1 source<" in page
    assert "different numbers of troops" in page
    for label in ("Accept", "Edit", "Reject", "Other distractors", "Accept all"):
        assert f">{label}<" in page


def test_nothing_proposed_or_rejected_is_played(client, app, queue):
    set_id, ids = queue
    client.post(f"/teach/sets/{set_id}/review/{ids[0]}/reject", data={"reason": "Too easy"})
    client.post(f"/teach/sets/{set_id}/review/{ids[1]}/accept")
    with app.app_context():
        db.session.get(QuestionSet, set_id).published = True
        db.session.commit()
        [card] = published_quizzes(None)
        assert card.question_count == 1
    assert statuses(app, set_id) == [(REJECTED, "Too easy"), (ACCEPTED, ""), (PROPOSED, "")]


def test_review_actions_with_htmx_return_the_queue(client, app, queue):
    set_id, ids = queue
    response = client.post(f"/teach/sets/{set_id}/review/{ids[0]}/accept", headers=HTMX)
    assert response.status_code == 200 and b'id="queue"' in response.data and b"<html" not in response.data
    assert b"Who met Zelensky" not in response.data
    response = client.post(f"/teach/sets/{set_id}/review/{ids[0]}/accept")
    assert response.status_code == 404  # no longer a proposal


def test_other_distractors_keep_the_key_and_count(client, app, queue):
    set_id, ids = queue
    client.post(f"/teach/sets/{set_id}/review/{ids[0]}/distractors")
    with app.app_context():
        q = db.session.get(Question, ids[0])
        assert q.choices[0] == "Donald Trump" and q.answer == "Donald Trump" and len(q.choices) == 4
        assert q.choices[1:] == ["Keir Starmer", "Friedrich Merz", "Giorgia Meloni"]
        assert "Joe Biden" in q.spare_distractors
    client.post(f"/teach/sets/{set_id}/review/{ids[2]}/distractors")  # one spare for two wrong choices
    with app.app_context():
        q = db.session.get(Question, ids[2])
        assert q.choices == ["Paris", "Berlin", "Moscow"] and q.spare_distractors == ["Kyiv"]


def test_edit_a_proposal_then_accept_all(client, app, queue):
    set_id, ids = queue
    response = client.post(f"/teach/sets/{set_id}/questions/{ids[1]}/edit",
                           data={"prompt": "Russia occupies a fifth of Ukraine.", "answer": "true"})
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/sets/{set_id}/review")
    assert client.post(f"/teach/sets/{set_id}/review/accept-all").status_code == 303
    assert [s for s, _ in statuses(app, set_id)] == [ACCEPTED] * 3
    with app.app_context():
        assert db.session.get(Question, ids[1]).prompt == "Russia occupies a fifth of Ukraine."


def test_generator_input_error_is_shown_beside_articles(client, teacher):
    response = client.post("/teach/sets/new", data={
        "title": "Too short", "time_limit": "30", "scoring": "timed", "action": "generate", "articles": "Hello there."})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="articles-error"' in page
    empty = client.post("/teach/sets/new", data={"title": "X", "time_limit": "30", "scoring": "timed", "action": "generate"})
    assert b"Paste at least one article" in empty.data
    assert b"Too short" not in client.get("/teach/").data  # no set was made


@pytest.mark.skipif(not SEEDS, reason="the seed articles in ../shared/seeds are absent")
def test_generate_from_the_seed_articles(client, app, teacher):
    pasted = SEEDS[0].read_text(encoding="utf-8")
    upload = (BytesIO(SEEDS[1].read_bytes()), SEEDS[1].name)
    response = client.post("/teach/sets/new", data={
        "title": "Ukraine talks", "time_limit": "30", "scoring": "timed", "streak_bonus": "y",
        "action": "generate", "articles": pasted, "files": [upload]}, content_type="multipart/form-data")
    assert response.status_code == 303, response.data[-2000:]
    assert "/review" in response.headers["Location"]
    with app.app_context():
        stored = db.session.execute(db.select(QuestionSet).where(QuestionSet.title == "Ukraine talks")).scalar_one()
        rows = stored.questions
        assert rows and all(q.status == PROPOSED for q in rows)
        assert all(q.evidence for q in rows)
        assert len(stored.sources) == 2 and stored.published is False
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Accept all" in page
