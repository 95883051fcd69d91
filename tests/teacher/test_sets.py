"""The teacher area's set screens: access rules, list, new, settings, publish, delete."""

from __future__ import annotations

from quizapp.extensions import db
from quizapp.models import QuestionSet
from support import PASSWORD


def test_anonymous_is_sent_to_log_in(client):
    response = client.get("/teach/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_student_gets_403(client, make_user, make_teacher, make_set):
    owner = make_teacher("owner")
    set_id = make_set(owner=owner)
    make_user("pupil")
    client.post("/login", data={"username": "pupil", "password": PASSWORD})
    for url in ("/teach/", "/teach/sets/new", f"/teach/sets/{set_id}", "/teach/import"):
        assert client.get(url).status_code == 403, url
    assert client.post(f"/teach/sets/{set_id}/publish").status_code == 403


def test_nav_shows_my_question_sets_to_teachers(client, teacher):
    assert b"My question sets" in client.get("/").data


def test_set_list_shows_state_counts_attempts_and_average(client, teacher, teacher_set, make_user, answer, question_ids):
    student = make_user("pupil")
    first = question_ids(teacher_set)[0]
    answer(student, teacher_set, {first: ("City 1", True)}, score=800)
    answer(student, teacher_set, {first: ("Town 1", False)}, score=200)
    page = client.get("/teach/").get_data(as_text=True)
    assert "My set" in page and "Draft" in page
    assert "<td>3</td>" in page  # questions
    assert "<td>2</td>" in page  # attempts
    assert "<td>500</td>" in page  # average score


def test_new_set_then_edit_settings(client, app, teacher):
    page = client.get("/teach/sets/new").get_data(as_text=True)
    assert 'name="csrf_token"' in page or "csrf" in page  # the form carries the token (off in tests)
    response = client.post("/teach/sets/new", data={
        "title": "Rivers", "description": "Long ones", "time_limit": "20", "scoring": "accuracy",
        "streak_bonus": "", "action": "create"})
    assert response.status_code == 303
    set_id = int(response.headers["Location"].rstrip("/").split("/")[-1])
    with app.app_context():
        stored = db.session.get(QuestionSet, set_id)
        assert (stored.title, stored.time_limit, stored.scoring, stored.streak_bonus, stored.published) == (
            "Rivers", 20, "accuracy", False, False)
        assert stored.owner_id == teacher.id
    response = client.post(f"/teach/sets/{set_id}/settings", data={
        "title": "Great rivers", "time_limit": "45", "scoring": "timed", "streak_bonus": "y"})
    assert response.status_code == 303
    with app.app_context():
        stored = db.session.get(QuestionSet, set_id)
        assert (stored.title, stored.time_limit, stored.scoring, stored.streak_bonus) == ("Great rivers", 45, "timed", True)


def test_validation_messages_beside_the_field(client, teacher):
    response = client.post("/teach/sets/new", data={"title": "", "time_limit": "2", "scoring": "timed", "action": "create"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="title-error"' in page and "This field is required." in page
    assert 'id="time_limit-error"' in page and "between 5 and 600" in page


def test_publish_puts_the_set_in_the_quiz_list_and_unpublish_removes_it(client, teacher, teacher_set):
    assert b"My set" not in client.get("/").data
    assert client.post(f"/teach/sets/{teacher_set}/publish").status_code == 303
    assert b"My set" in client.get("/").data
    assert client.post(f"/teach/sets/{teacher_set}/unpublish").status_code == 303
    assert b"My set" not in client.get("/").data


def test_an_empty_set_cannot_be_published(client, app, teacher, make_set, question_ids):
    response = client.post("/teach/sets/new", data={"title": "Empty", "time_limit": "30", "scoring": "timed", "action": "create"})
    set_id = int(response.headers["Location"].split("/")[-1])
    client.post(f"/teach/sets/{set_id}/publish")
    with app.app_context():
        assert db.session.get(QuestionSet, set_id).published is False


def test_delete_unplayed_set(client, app, teacher, teacher_set):
    response = client.post(f"/teach/sets/{teacher_set}/delete")
    assert response.status_code == 303 and response.headers["Location"].endswith("/teach/")
    with app.app_context():
        assert db.session.get(QuestionSet, teacher_set) is None


def test_delete_played_set_only_unpublishes(client, app, teacher, teacher_set, make_user, answer, question_ids):
    client.post(f"/teach/sets/{teacher_set}/publish")
    answer(make_user("pupil"), teacher_set, {question_ids(teacher_set)[0]: ("City 1", True)}, score=900)
    client.post(f"/teach/sets/{teacher_set}/delete")
    with app.app_context():
        stored = db.session.get(QuestionSet, teacher_set)
        assert stored is not None and stored.published is False
