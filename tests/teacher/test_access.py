"""Teacher A gets 403 or 404 on every teacher route about teacher B's sets, questions, queue and results."""

from __future__ import annotations

import pytest
from flask import url_for

from quizapp.extensions import db
from quizapp.models import PROPOSED, Question, QuestionSet
from support import PASSWORD


def _teacher_rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint.startswith("teacher.")]


# Values for the routes' other arguments (any(...) converters).
OTHER_ARGUMENTS = {"fmt": "gift", "direction": "up", "part": "students"}


def _fill(app, rule, ids):
    """A concrete URL for ``rule`` with B's ids."""
    values = {name: ids.get(name, OTHER_ARGUMENTS.get(name)) for name in rule.arguments}
    with app.test_request_context():
        return url_for(rule.endpoint, **values)


def test_another_teacher_gets_403_or_404_everywhere(app, client, make_teacher, make_set):
    owner_b = make_teacher("bteacher")
    set_id = make_set("B's secret set", owner=owner_b, published=False)
    with app.app_context():
        question = db.session.execute(db.select(Question).where(Question.set_id == set_id)).scalars().first()
        question.status = PROPOSED  # a queue item too
        db.session.commit()
        question_id = question.id
    # B previews an import: A must not reach it with B's token either.
    client.post("/login", data={"username": "bteacher", "password": PASSWORD})
    from io import BytesIO
    upload = client.post("/teach/import", data={"file": (BytesIO(b"Q one?\nA) x\nB) y\nANSWER: A\n"), "q.txt")})
    token = upload.headers["Location"].rsplit("/", 1)[-1]
    client.post("/logout")

    make_teacher("ateacher")
    client.post("/login", data={"username": "ateacher", "password": PASSWORD})
    ids = {"set_id": set_id, "question_id": question_id, "token": token}
    checked = 0
    for rule in _teacher_rules(app):
        if not ({"set_id", "question_id", "token"} & set(rule.arguments)):
            continue  # A's own pages (list, new set, import form)
        url = _fill(app, rule, ids)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, data={"title": "pwned", "prompt": "pwned"})
            assert response.status_code in (403, 404), (method, url, response.status_code)
            checked += 1
    assert checked >= 25
    with app.app_context():
        stored = db.session.get(QuestionSet, set_id)
        assert stored.title == "B's secret set" and stored.published is False
        assert db.session.get(Question, question_id).status == PROPOSED
        assert b"B's secret set" not in client.get("/teach/").data


@pytest.mark.parametrize("path", ["/teach/", "/teach/sets/new", "/teach/import"])
def test_teacher_pages_need_a_teacher(client, make_user, path):
    make_user("pupil")
    client.post("/login", data={"username": "pupil", "password": PASSWORD})
    assert client.get(path).status_code == 403
    if path != "/teach/":
        assert client.post(path).status_code == 403
