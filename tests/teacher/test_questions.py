"""Writing questions by hand, with and without htmx: add, edit, cancel, delete/retire, reorder."""

from __future__ import annotations

from quizapp.extensions import db
from quizapp.models import Answer, Question

HTMX = {"HX-Request": "true"}


def mc(prompt="Which is the longest river?", choices=("Nile", "Amazon", "Thames"), correct=1, explanation=""):
    data = {"prompt": prompt, "correct": str(correct), "explanation": explanation}
    for n, choice in enumerate(choices, start=1):
        data[f"choice_{n}"] = choice
    return data


def rows(app, set_id):
    with app.app_context():
        return [
            (q.prompt, q.choices, q.answer, q.retired, q.position)
            for q in db.session.execute(
                db.select(Question).where(Question.set_id == set_id).order_by(Question.position, Question.id)
            ).scalars()
        ]


def test_add_multiple_choice_and_true_false(client, app, teacher, teacher_set):
    assert client.get(f"/teach/sets/{teacher_set}/questions/new?kind=multiple_choice").status_code == 200
    response = client.post(f"/teach/sets/{teacher_set}/questions/new?kind=multiple_choice",
                           data=mc(explanation="It is 6,650 km long."))
    assert response.status_code == 303
    response = client.post(f"/teach/sets/{teacher_set}/questions/new?kind=true_false",
                           data={"prompt": "The Thames flows through London.", "answer": "true"})
    assert response.status_code == 303
    stored = rows(app, teacher_set)
    assert stored[-2][:3] == ("Which is the longest river?", ["Nile", "Amazon", "Thames"], "Nile")
    assert stored[-1][:3] == ("The Thames flows through London.", [], True)
    page = client.get(f"/teach/sets/{teacher_set}").get_data(as_text=True)
    assert "It is 6,650 km long." in page and "Questions (5)" in page


def test_choice_validation_messages(client, app, teacher, teacher_set):
    url = f"/teach/sets/{teacher_set}/questions/new?kind=multiple_choice"
    only_one = client.post(url, data=mc(choices=("Nile",)))
    assert only_one.status_code == 422 and b"Needs 2 to 6 choices" in only_one.data
    duplicate = client.post(url, data=mc(choices=("Nile", "nile")))
    assert duplicate.status_code == 422 and b"not unique" in duplicate.data
    empty_key = client.post(url, data=mc(choices=("Nile", "Amazon"), correct=3))
    assert b"The choice marked correct is empty." in empty_key.data
    no_key = client.post(url, data={"prompt": "Q?", "choice_1": "A", "choice_2": "B"})
    assert b"Mark the correct choice." in no_key.data
    no_prompt = client.post(url, data=mc(prompt=""))
    assert b'id="prompt-error"' in no_prompt.data
    tf = client.post(f"/teach/sets/{teacher_set}/questions/new?kind=true_false", data={"prompt": "Hm"})
    assert b"Say whether the statement is true or false." in tf.data
    assert len(rows(app, teacher_set)) == 3
    assert client.get(f"/teach/sets/{teacher_set}/questions/new?kind=essay").status_code == 404


def test_edit_without_javascript(client, app, teacher, teacher_set, question_ids):
    qid = question_ids(teacher_set)[0]
    page = client.get(f"/teach/sets/{teacher_set}/questions/{qid}/edit").get_data(as_text=True)
    assert "<html" in page and 'value="City 1"' in page
    response = client.post(f"/teach/sets/{teacher_set}/questions/{qid}/edit",
                           data=mc("Capital one?", ("Town 1", "City 1"), correct=2))
    assert response.status_code == 303
    assert rows(app, teacher_set)[0][:3] == ("Capital one?", ["Town 1", "City 1"], "City 1")


def test_inline_edit_with_htmx(client, app, teacher, teacher_set, question_ids):
    qid = question_ids(teacher_set)[0]
    editor = client.get(f"/teach/sets/{teacher_set}/questions/{qid}/edit", headers=HTMX).get_data(as_text=True)
    assert "<html" not in editor and f'id="question-{qid}"' in editor and 'hx-target="this"' in editor
    cancel = client.get(f"/teach/sets/{teacher_set}/questions/{qid}", headers=HTMX).get_data(as_text=True)
    assert "<html" not in cancel and "City 1" in cancel and "Edit" in cancel
    bad = client.post(f"/teach/sets/{teacher_set}/questions/{qid}/edit", data=mc(choices=("A",)), headers=HTMX)
    assert bad.status_code == 422 and b"<html" not in bad.data and b"Needs 2 to 6" in bad.data
    saved = client.post(f"/teach/sets/{teacher_set}/questions/{qid}/edit", data=mc("New text?"), headers=HTMX)
    assert saved.status_code == 200 and b"<html" not in saved.data and b"New text?" in saved.data


def test_reorder(client, app, teacher, teacher_set, question_ids):
    first, second, third = question_ids(teacher_set)
    assert client.post(f"/teach/sets/{teacher_set}/questions/{first}/move/down").status_code == 303
    assert question_ids(teacher_set) == [second, first, third]
    fragment = client.post(f"/teach/sets/{teacher_set}/questions/{third}/move/up", headers=HTMX)
    assert b'id="questions"' in fragment.data and b"<html" not in fragment.data
    assert question_ids(teacher_set) == [second, third, first]
    client.post(f"/teach/sets/{teacher_set}/questions/{second}/move/up")  # already first: nothing moves
    assert question_ids(teacher_set) == [second, third, first]


def test_delete_unplayed_question(client, app, teacher, teacher_set, question_ids):
    qid = question_ids(teacher_set)[0]
    assert client.post(f"/teach/sets/{teacher_set}/questions/{qid}/delete").status_code == 303
    assert qid not in question_ids(teacher_set)


def test_delete_answered_question_retires_it_and_edit_keeps_points(
        client, app, teacher, teacher_set, question_ids, make_user, answer):
    first, second, _ = question_ids(teacher_set)
    answer(make_user("pupil"), teacher_set, {first: ("City 1", True), second: ("Town 2", False)}, score=100)
    client.post(f"/teach/sets/{teacher_set}/questions/{second}/edit", data=mc("Changed?", ("Town 2", "City 2"), 1))
    client.post(f"/teach/sets/{teacher_set}/questions/{first}/delete")
    with app.app_context():
        assert db.session.get(Question, first).retired is True
        points = {a.question_id: (a.correct, a.points) for a in db.session.execute(db.select(Answer)).scalars()}
    assert points == {first: (True, 100), second: (False, 0)}
    page = client.get(f"/teach/sets/{teacher_set}").get_data(as_text=True)
    assert "Questions (2)" in page
    assert client.get(f"/teach/sets/{teacher_set}/questions/{first}").status_code == 404
