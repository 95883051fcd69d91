"""An answer counts once, is judged by the server's clock, and never leaks before it is given."""

from __future__ import annotations

import re
import threading

import pytest
import requests
from werkzeug.serving import make_server

from quizapp.extensions import db
from quizapp.models import Answer, QuestionSet, SetScore, UserTotal
from support import PASSWORD


def _answers(app) -> list[Answer]:
    with app.app_context():
        return list(db.session.execute(db.select(Answer).order_by(Answer.id)).scalars())


def test_late_answer_is_recorded_with_zero_points(app, client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    clock.advance(31.2)  # limit 30 s + 1 s grace has passed
    player.answer(attempt_id, 0, player.index_of(attempt_id, 0))
    [answer] = _answers(app)
    assert (answer.correct, answer.points) == (True, 0)
    assert "answered after the time limit" in client.get(f"/attempts/{attempt_id}").get_data(as_text=True)


def test_answer_within_the_grace_second_scores_500(app, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    clock.advance(30.9)
    player.answer(attempt_id, 0, player.index_of(attempt_id, 0))
    assert player.attempt(attempt_id).score == 500


def test_question_time_limit_overrides_the_sets(app, auth, make_set, player, clock):
    set_id = make_set()
    with app.app_context():
        db.session.get(QuestionSet, set_id).questions[0].time_limit = 10
        db.session.commit()
    auth.signup()
    attempt_id = player.start(set_id)
    clock.advance(10)
    player.answer(attempt_id, 0, player.index_of(attempt_id, 0))
    assert player.attempt(attempt_id).score == 500


def test_accuracy_set_scores_one_per_right_answer_without_timer(app, client, auth, make_set, player, clock):
    set_id = make_set()
    with app.app_context():
        db.session.get(QuestionSet, set_id).scoring = "accuracy"
        db.session.commit()
    auth.signup()
    attempt_id = player.start(set_id)
    assert "Time left" not in client.get(f"/attempts/{attempt_id}").get_data(as_text=True)
    clock.advance(500)
    player.answer(attempt_id, 0, player.index_of(attempt_id, 0))
    assert player.attempt(attempt_id).score == 1


def test_replays_and_double_submits_count_once(app, client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup()
    attempt_id = player.start(set_id)
    right = player.index_of(attempt_id, 0)
    for _ in range(3):
        assert player.answer(attempt_id, 0, right).status_code == 303
    wrong = player.index_of(attempt_id, 0, right=False)
    player.answer(attempt_id, 0, wrong)  # changing one's mind after the answer counted changes nothing
    assert player.attempt(attempt_id).score == 1000
    player.next(attempt_id, 1)
    player.next(attempt_id, 1)  # a second Next doesn't restart the clock
    player.answer(attempt_id, 0, right)  # the old request replayed while question 2 is on screen
    attempt = player.attempt(attempt_id)
    assert (attempt.position, attempt.score, attempt.served_at is not None) == (1, 1000, True)
    assert len(_answers(app)) == 1


def test_another_users_attempt_is_refused(app, client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup("owner", "Owner")
    attempt_id = player.start(set_id)
    right = player.index_of(attempt_id, 0)
    auth.logout()
    auth.signup("intruder", "Intruder")
    assert player.answer(attempt_id, 0, right).status_code == 403
    assert player.next(attempt_id, 1).status_code == 403
    assert client.get(f"/attempts/{attempt_id}").status_code == 403
    assert client.get(f"/attempts/{attempt_id}/results").status_code == 403
    assert client.get("/attempts/12345").status_code == 404
    assert _answers(app) == [] and player.attempt(attempt_id).score == 0


def test_ten_concurrent_copies_of_an_answer_count_once(app, make_set, make_user, player, clock):
    set_id = make_set()
    make_user("racer")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        session = requests.Session()
        session.post(f"{base}/login", data={"username": "racer", "password": PASSWORD}, allow_redirects=False)
        started = session.post(f"{base}/quizzes/{set_id}/start", allow_redirects=False)
        attempt_id = int(started.headers["Location"].rsplit("/", 1)[1])
        right = player.index_of(attempt_id, 0)
        barrier = threading.Barrier(10)
        statuses = []

        def send():
            copy = requests.Session()
            copy.cookies.update(session.cookies)
            barrier.wait()
            response = copy.post(
                f"{base}/attempts/{attempt_id}/answer", data={"position": 0, "choice": right},
                headers={"HX-Request": "true"}, timeout=30,
            )
            statuses.append((response.status_code, response.headers.get("HX-Trigger")))

        threads = [threading.Thread(target=send) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.shutdown()
    assert [code for code, _ in statuses] == [200] * 10
    assert sum(trigger == "scoreChanged" for _, trigger in statuses) == 1
    assert len(_answers(app)) == 1
    attempt = player.attempt(attempt_id)
    assert (attempt.position, attempt.score) == (1, 1000)
    with app.app_context():
        assert db.session.get(SetScore, (attempt.user_id, set_id)).best_score == 1000
        assert db.session.get(UserTotal, attempt.user_id).total == 1000


def _buttons(html: str) -> list[str]:
    return re.findall(r"<button[^>]*>.*?</button>", html, re.S)


def test_the_answer_is_in_no_page_before_answering(app, client, auth, make_set, player, clock):
    set_id = make_set(questions=4)
    auth.signup()
    first_positions = set()
    for _ in range(8):
        attempt_id = player.start(set_id)
        for position in range(4):
            if position:
                player.next(attempt_id, position)
            order, answer = player.choices(attempt_id, position)
            for headers in ({}, {"HX-Request": "true"}):
                html = client.get(f"/attempts/{attempt_id}", headers=headers).get_data(as_text=True)
                choices = [b for b in _buttons(html) if 'name="choice"' in b]
                assert len(choices) == len(order)
                # Identical markup once the text and the value are blanked out.
                blanked = {re.sub(r'value="\d+"', 'value=""', re.sub(r">.*?</button>", "></button>", b, flags=re.S)) for b in choices}
                assert len(blanked) == 1, blanked
                assert "<mark" not in html and "Correct" not in html and "evidence" not in html
                assert "capital number" not in html.replace(f"Which city is capital number", "")
            if position == 0:
                first_positions.add(order.index(answer))
            player.answer(attempt_id, position, 0)
    assert len(first_positions) > 1, "choices are shuffled per attempt"


def test_standings_move_only_when_the_best_is_beaten(app, auth, make_set, player, clock):
    """A later attempt that scores less moves only the latest score; one that scores more raises best and total by the rise."""
    set_id = make_set()
    auth.signup()
    first = player.start(set_id)
    player.answer(first, 0, player.index_of(first, 0))  # 1000 points
    second = player.start(set_id)
    clock.advance(15)
    player.answer(second, 0, player.index_of(second, 0))  # 750 points: not a new best
    user_id = player.attempt(first).user_id
    with app.app_context():
        row = db.session.get(SetScore, (user_id, set_id))
        assert (row.best_score, row.best_attempt_id, row.latest_score) == (1000, first, 750)
        assert db.session.get(UserTotal, user_id).total == 1000
    player.next(second, 1)
    player.answer(second, 1, player.index_of(second, 1))  # 750 + 1000 + 100 streak = 1850: a new best
    with app.app_context():
        row = db.session.get(SetScore, (user_id, set_id))
        assert (row.best_score, row.best_attempt_id, row.latest_score) == (1850, second, 1850)
        assert db.session.get(UserTotal, user_id).total == 1850
