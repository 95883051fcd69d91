"""Playing a set through the views without JavaScript: Start, answer, feedback, Next, results."""

from __future__ import annotations

import re

from quizapp.extensions import db
from quizapp.models import Answer, SetScore, UserTotal


def test_start_requires_login(client, make_set):
    set_id = make_set()
    response = client.post(f"/quizzes/{set_id}/start")
    assert response.status_code == 303
    assert "/login?next=" in response.headers["Location"]


def test_quiz_list_has_start_and_best_score(client, auth, make_set, player, clock):
    set_id = make_set("Capitals")
    auth.signup()
    page = client.get("/").get_data(as_text=True)
    assert f'action="/quizzes/{set_id}/start"' in page and ">Start</button>" in page
    assert "Your best" not in page
    attempt_id = player.start(set_id)
    player.answer(attempt_id, 0, player.index_of(attempt_id, 0))
    assert "Your best: <strong>1000</strong>" in client.get("/").get_data(as_text=True)


def _without_csrf(html: str) -> str:
    """The page without its CSRF tokens: they carry the second they were signed in, so two renders a second
    apart differ there and only there."""
    return re.sub(r'(X-CSRFToken": "|csrf[-_]token" (?:content|value)=")[^"]+', r"\1", html)


def test_full_game_with_plain_forms(app, client, auth, make_set, player, clock):
    set_id = make_set(questions=3)
    auth.signup(nickname="Ada")
    attempt_id = player.start(set_id)
    page = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    assert "Question 1 of 3" in page and "<legend" in page and "Time left" in page

    rights = [True, False, True]
    for position, right in enumerate(rights):
        clock.advance(3)  # 3 s of a 30 s limit: 950 points when right
        response = player.answer(attempt_id, position, player.index_of(attempt_id, position, right))
        assert response.status_code == 303
        feedback = client.get(response.headers["Location"]).get_data(as_text=True)
        assert 'role="status"' in feedback
        assert ("Correct" if right else "Incorrect") in feedback
        if position < 2:
            reloaded = client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
            assert _without_csrf(reloaded) == _without_csrf(feedback)  # reload is stable
            response = player.next(attempt_id, position + 1)
            assert response.status_code == 303
            assert f"Question {position + 2} of 3" in client.get(response.headers["Location"]).get_data(as_text=True)
        else:
            assert f'action="/attempts/{attempt_id}/results"' in feedback

    attempt = player.attempt(attempt_id)
    assert attempt.finished_at is not None
    assert attempt.score == 950 + 0 + 950  # the wrong answer broke the streak: no bonus
    results = client.get(f"/attempts/{attempt_id}/results").get_data(as_text=True)
    assert "Your score" in results and "1900" in results
    assert results.count('class="verdict"') == 3
    assert "<mark>City 1</mark> is capital number 1." in results
    assert "An atlas" in results

    with app.app_context():
        score = db.session.get(SetScore, (attempt.user_id, set_id))
        assert (score.best_score, score.latest_score, score.attempts) == (1900, 1900, 1)
        assert db.session.get(UserTotal, attempt.user_id).total == 1900
        assert db.session.execute(db.select(db.func.count()).select_from(Answer)).scalar() == 3


def test_results_before_finishing_redirects_to_the_game(client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    response = client.get(f"/attempts/{attempt_id}/results")
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/attempts/{attempt_id}")


def test_htmx_answer_returns_feedback_fragment_and_event(client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    response = player.answer(attempt_id, 0, player.index_of(attempt_id, 0), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.headers["HX-Trigger"] == "scoreChanged"
    html = response.get_data(as_text=True)
    assert "<html" not in html and 'role="status"' in html and "Correct" in html
    response = player.next(attempt_id, 1, headers={"HX-Request": "true"})
    assert "<html" not in response.get_data(as_text=True) and "Question 2 of" in response.get_data(as_text=True)


def test_second_attempt_keeps_best_and_latest(app, client, auth, make_set, player, clock):
    set_id = make_set(questions=2)
    auth.signup()
    scores = []
    for rights in ([True, True], [False, True]):
        attempt_id = player.start(set_id)
        for position, right in enumerate(rights):
            if position:
                player.next(attempt_id, position)
            player.answer(attempt_id, position, player.index_of(attempt_id, position, right))
        scores.append(player.attempt(attempt_id).score)
    assert scores == [1000 + 1100, 1000]
    with app.app_context():
        user_id = player.attempt(attempt_id).user_id
        row = db.session.get(SetScore, (user_id, set_id))
        assert (row.best_score, row.latest_score, row.attempts, row.latest_attempt_id) == (2100, 1000, 2, attempt_id)
        assert db.session.get(UserTotal, user_id).total == 2100


def test_unpublished_or_missing_set_cannot_be_started(client, auth, make_set):
    draft = make_set(published=False)
    auth.signup()
    assert client.post(f"/quizzes/{draft}/start").status_code == 404
    assert client.post("/quizzes/999/start").status_code == 404


def test_bad_choice_is_refused(client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    assert player.answer(attempt_id, 0, "7").status_code == 400
    assert player.answer(attempt_id, 0, "x").status_code == 400
    assert player.attempt(attempt_id).position == 0


def test_healthz(client):
    assert client.get("/healthz").get_data(as_text=True) == "ok"
