"""The quizapp command line: import, export, shipped sets, demo data, accounts."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.formats import quizapp_set
from quizapp.models import Question, QuestionSet, User
from support import sample_set_data

ROOT = Path(__file__).resolve().parents[1]


def row_counts(app) -> tuple[int, int, int]:
    with app.app_context():
        count = lambda model: db.session.execute(select(func.count()).select_from(model)).scalar()
        return count(QuestionSet), count(Question), count(User)


@pytest.fixture
def good_file(tmp_path) -> Path:
    path = tmp_path / "capitals.json"
    path.write_text(quizapp_set.dumps(sample_set_data()), encoding="utf-8")
    return path


def test_import_then_export_round_trip(runner, app, good_file, tmp_path):
    result = runner.invoke(args=["import", str(good_file)])
    assert result.exit_code == 0, result.output
    assert "3 questions" in result.output
    out = tmp_path / "out.yaml"
    with app.app_context():
        set_id = db.session.execute(select(QuestionSet.id)).scalar_one()
    assert runner.invoke(args=["export", str(set_id), "--format", "yaml", "-o", str(out)]).exit_code == 0
    again = quizapp_set.loads(out.read_text())
    assert again.questions == sample_set_data().questions
    assert again.title == "World capitals"


def test_export_unknown_set_fails(runner):
    result = runner.invoke(args=["export", "999"])
    assert result.exit_code != 0
    assert "no set 999" in result.output


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("truncated.json", lambda text: text[: len(text) // 2], "line"),
        ("binary.json", lambda text: b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR\x00", "binary"),
        (
            "bad-answer.json",
            lambda text: text.replace('"answer": "City 1"', '"answer": "Atlantis"'),
            "not one of the choices",
        ),
        ("empty.json", lambda text: "", "empty"),
    ],
)
def test_invalid_file_writes_nothing(runner, app, good_file, tmp_path, name, content, expected):
    runner.invoke(args=["import", str(good_file)])
    before = row_counts(app)
    bad = tmp_path / name
    data = content(good_file.read_text())
    bad.write_bytes(data if isinstance(data, bytes) else data.encode())
    result = runner.invoke(args=["import", str(bad)])
    assert result.exit_code != 0
    assert name in result.output and expected in result.output
    assert "Traceback" not in result.output
    assert row_counts(app) == before


def test_one_bad_file_does_not_stop_the_good_one(runner, app, good_file, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = runner.invoke(args=["import", str(bad), str(good_file)])
    assert result.exit_code == 1
    assert row_counts(app)[0] == 1


def test_missing_file_is_a_clean_error(runner, tmp_path):
    result = runner.invoke(args=["import", str(tmp_path / "nope.json")])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_load_shipped_is_idempotent(runner, app):
    first = runner.invoke(args=["load-shipped"])
    assert first.exit_code == 0, first.output
    counts = row_counts(app)
    assert counts[0] >= 1, "questions/ ships at least one set"
    second = runner.invoke(args=["load-shipped"])
    assert "already loaded" in second.output
    assert row_counts(app) == counts
    with app.app_context():
        assert db.session.execute(select(QuestionSet.published)).scalars().all() == [True] * counts[0]


def test_shipped_sets_are_valid_and_without_full_text():
    files = sorted((ROOT / "questions").glob("*.json"))
    assert files
    for path in files:
        data = json.loads(path.read_text())
        assert all("text" not in source for source in data["sources"])
        assert quizapp_set.loads(path.read_text(), path.name).questions


def test_seed_demo_is_reproducible(runner, app):
    assert "created 5" in runner.invoke(args=["seed-demo", "--users", "5", "--seed", "7"]).output
    with app.app_context():
        names = db.session.execute(select(User.nickname).order_by(User.id)).scalars().all()
        db.session.execute(db.delete(User))
        db.session.commit()
    runner.invoke(args=["seed-demo", "--users", "5", "--seed", "7"])
    with app.app_context():
        assert db.session.execute(select(User.nickname).order_by(User.id)).scalars().all() == names
    assert "already" in runner.invoke(args=["seed-demo", "--if-empty"]).output


def test_create_user(runner, app):
    result = runner.invoke(args=["create-user", "boss", "--role", "teacher"], input="longpassword\nlongpassword\n")
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.execute(select(User.role)).scalar_one() == "teacher"
    short = runner.invoke(args=["create-user", "tiny"], input="short\nshort\n")
    assert short.exit_code != 0 and "at least 8" in short.output
