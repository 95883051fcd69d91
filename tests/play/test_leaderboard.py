"""Leaderboards: ranking and ties, the viewer's own row, nicknames only, totals equal to the answers."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, SetScore, User, UserTotal
from quizapp.play.leaderboard import get_standings
from support import PASSWORD


def _play(player, set_id: int, rights: list[bool]) -> int:
    attempt_id = player.start(set_id)
    for position, right in enumerate(rights):
        if position:
            player.next(attempt_id, position)
        player.answer(attempt_id, position, player.index_of(attempt_id, position, right))
    return attempt_id


def test_ties_go_to_whoever_reached_the_score_first(app, client, auth, make_set, player, clock):
    set_id = make_set(questions=2)
    for name in ("early", "late"):
        auth.signup(name, name.title() + "Bird")
        _play(player, set_id, [True, False])
        auth.logout()
        clock.advance(60)
    auth.signup("third", "Third")
    _play(player, set_id, [False, True])  # the same 1000 points, reached last
    with app.app_context():
        for board in (None, set_id):
            top = get_standings(board).top
            assert [(s.rank, s.nickname, s.score) for s in top] == [
                (1, "EarlyBird", 1000), (2, "LateBird", 1000), (3, "Third", 1000),
            ]
    # Matching an earlier best later doesn't move best_at: "early" stays first.
    auth.logout()
    auth.login("early")
    clock.advance(60)
    _play(player, set_id, [True, False])
    with app.app_context():
        assert get_standings(set_id).top[0].nickname == "EarlyBird"


def test_own_rank_row_outside_the_top(app, make_user, make_set, client, auth):
    set_id = make_set()
    base = datetime(2025, 1, 1)
    with app.app_context():
        users = [User(username=f"u{n}", nickname=f"Player {n}", password_hash="x") for n in range(30)]
        db.session.add_all(users)
        db.session.flush()
        for n, user in enumerate(users):
            # Scores 3000, 2900, ... with a tie for the viewer (user 25) against user 24 who reached it first.
            score = 3000 - 100 * min(n, 24) if n != 25 else 3000 - 100 * 24
            db.session.add(UserTotal(user_id=user.id, total=score, reached_at=base + timedelta(minutes=n)))
            db.session.add(SetScore(user_id=user.id, set_id=set_id, best_score=score, best_at=base + timedelta(minutes=n)))
        db.session.commit()
        viewer = users[25].id
        for board in (None, set_id):
            standings = get_standings(board, limit=20, viewer_id=viewer)
            assert len(standings.top) == 20 and standings.top[0].nickname == "Player 0"
            assert (standings.own.rank, standings.own.score, standings.own.nickname) == (26, 600, "Player 25")
        inside = get_standings(None, limit=20, viewer_id=users[3].id)
        assert inside.own is None and inside.top[3].is_viewer
        assert get_standings(None, viewer_id=12345).own is None

    auth.signup("viewer", "Viewer")  # signed in but without a score: no own row
    page = client.get("/leaderboard").get_data(as_text=True)
    assert page.count("<tr") == 1 + 20 and "(you)" not in page


def test_leaderboard_page_shows_nicknames_polls_and_serves_a_fragment(app, client, auth, make_set, player, clock):
    set_id = make_set()
    auth.signup("secret-username", "Shown Nick")
    _play(player, set_id, [True, True, True])
    for path in ("/leaderboard", f"/leaderboard/{set_id}"):
        page = client.get(path).get_data(as_text=True)
        assert "Shown Nick" in page and "secret-username" not in page.replace('"secret-username"', "")
        assert 'hx-trigger="every 10s, scoreChanged from:body"' in page
        fragment = client.get(path, headers={"HX-Request": "true"}).get_data(as_text=True)
        assert fragment.lstrip().startswith("<table") and "Shown Nick" in fragment
    assert client.get("/leaderboard/999").status_code == 404


def test_totals_equal_the_sum_of_each_users_best_attempts(app, client, auth, make_set, player, clock):
    sets = [make_set("A", questions=3), make_set("B", questions=2)]
    plays = {
        "ann": [(0, [True, True, False]), (0, [True, True, True]), (1, [False, True])],
        "bob": [(1, [True, True]), (1, [False, False]), (0, [False, True, True])],
    }
    for name, games in plays.items():
        auth.signup(name, name.title())
        for set_index, rights in games:
            clock.advance(2.5)
            _play(player, sets[set_index], rights)
        auth.logout()
    with app.app_context():
        per_attempt = db.session.execute(
            db.select(Attempt.user_id, Attempt.set_id, Attempt.id, func.sum(Answer.points))
            .join(Answer, Answer.attempt_id == Attempt.id)
            .group_by(Attempt.user_id, Attempt.set_id, Attempt.id)
        ).all()
        best: dict[tuple[int, int], int] = {}
        for user_id, set_id, _attempt, points in per_attempt:
            best[user_id, set_id] = max(best.get((user_id, set_id), 0), points)
        for (user_id, set_id), points in best.items():
            assert db.session.get(SetScore, (user_id, set_id)).best_score == points
        for total in db.session.execute(db.select(UserTotal)).scalars():
            assert total.total == sum(p for (u, _s), p in best.items() if u == total.user_id)
        assert all(a.score == dict(((r[2]), r[3]) for r in per_attempt)[a.id]
                   for a in db.session.execute(db.select(Attempt)).scalars())
