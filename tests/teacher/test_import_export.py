"""Web import (upload -> preview -> confirm) and export downloads; the CLI import of GIFT/Aiken."""

from __future__ import annotations

from io import BytesIO

import pytest

from quizapp.extensions import db
from quizapp.formats.registry import read_questions
from quizapp.models import Question, QuestionSet

GIFT = b"""// a comment
$CATEGORY: geography

::Capital:: What is the capital of France? {=Paris ~Lyon ~Marseille}

Rivers are wet. {T}

Write an essay about rivers. {}

::Sum:: 2 + 2 = {#4}
"""
AIKEN = b"What is 2 + 2?\nA) 3\nB) 4\nANSWER: B\n"


def upload(client, data: bytes, name: str):
    return client.post("/teach/import", data={"file": (BytesIO(data), name)}, content_type="multipart/form-data")


def set_count(app):
    with app.app_context():
        return db.session.execute(db.select(db.func.count()).select_from(QuestionSet)).scalar_one()


def test_gift_preview_lists_questions_and_skipped_then_imports(client, app, teacher):
    response = upload(client, GIFT, "quiz.txt")
    assert response.status_code == 303
    preview_url = response.headers["Location"]
    page = client.get(preview_url).get_data(as_text=True)
    assert "What is the capital of France?" in page and "Rivers are wet." in page
    assert "Skipped" in page and "<td>8</td>" in page and "<td>10</td>" in page  # essay and numerical lines
    assert set_count(app) == 0  # nothing stored before confirming
    response = client.post(preview_url)
    assert response.status_code == 303
    with app.app_context():
        stored = db.session.execute(db.select(QuestionSet)).scalar_one()
        assert stored.owner_id == teacher.id and stored.published is False
        assert [q.prompt for q in stored.questions] == ["What is the capital of France?", "Rivers are wet."]
    assert client.get(preview_url).status_code == 404  # the upload is gone once imported


def test_format_is_decided_by_content_not_name(client, app, teacher):
    response = upload(client, AIKEN, "looks-like.csv")
    assert response.status_code == 303
    assert b"What is 2 + 2?" in client.get(response.headers["Location"]).data


def test_errors_name_the_file_and_line_and_store_nothing(client, app, teacher):
    response = upload(client, b"::Broken:: What? {=yes ~no\n\nNext question {T}\n", "broken.gift")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="file-error"' in page and "broken.gift" in page and "line 1" in page
    binary = upload(client, b"\x89PNG\r\n\x1a\n\x00\x00", "image.gift")
    assert binary.status_code == 422 and b"PNG image" in binary.data
    assert b"Choose a file" in client.post("/teach/import", data={}).data
    assert set_count(app) == 0


def test_file_over_5_mb_gets_413(client, teacher):
    big = b"Q?\nA) a\nB) b\nANSWER: A\n\n" * (5 * 1024 * 1024 // 24 + 10)
    assert upload(client, big, "big.txt").status_code == 413


def test_over_max_content_length_gets_413(app, client, teacher):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    assert upload(client, b"x" * 4096, "big.txt").status_code == 413


def test_another_session_cannot_confirm_a_preview(app, client, teacher):
    url = upload(client, AIKEN, "a.txt").headers["Location"]
    other = app.test_client()
    other.post("/login", data={"username": "teacher", "password": "correct horse battery"})
    assert other.get(url).status_code == 404
    assert other.post(url).status_code == 404


@pytest.mark.parametrize("fmt", ["gift", "aiken", "csv", "json"])
def test_export_round_trip(client, app, teacher, teacher_set, fmt):
    response = client.get(f"/teach/sets/{teacher_set}/export/{fmt}")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    back = read_questions(response.data, f"My_set.{fmt}")
    with app.app_context():
        stored = [(q.kind, q.prompt, q.choices, q.answer) for q in db.session.get(QuestionSet, teacher_set).questions]
    assert [(q.kind, q.prompt, q.choices, q.answer) for q in back.questions] == stored


def test_export_leaves_out_proposals_and_retired_questions(client, app, teacher, teacher_set):
    with app.app_context():
        first, second, _ = db.session.get(QuestionSet, teacher_set).questions
        first.status, second.retired = "proposed", True
        db.session.commit()
    back = read_questions(client.get(f"/teach/sets/{teacher_set}/export/json").data, "x.json")
    assert [q.prompt for q in back.questions] == ["Paris is the capital of France."]


def test_cli_import_reads_gift_and_aiken(runner, app, tmp_path):
    gift, aiken = tmp_path / "quiz.gift", tmp_path / "quiz.txt"
    gift.write_bytes(GIFT)
    aiken.write_bytes(AIKEN)
    result = runner.invoke(args=["import", str(gift), str(aiken)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "line 8" in result.output
    with app.app_context():
        prompts = sorted(db.session.execute(db.select(Question.prompt)).scalars())
    assert prompts == ["Rivers are wet.", "What is 2 + 2?", "What is the capital of France?"]
