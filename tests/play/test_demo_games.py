"""Demo students play the published sets through the answer service, reproducibly."""

from sqlalchemy import func

from quizapp.demo import seed_demo
from quizapp.extensions import db
from quizapp.models import Answer, UserTotal
from quizapp.play.leaderboard import get_standings


def test_demo_students_fill_the_leaderboard_reproducibly(app, make_set):
    make_set(questions=4)
    boards = []
    for _ in range(2):
        with app.app_context():
            assert seed_demo(8, seed=7) == 8
            boards.append([(s.nickname, s.score) for s in get_standings().top])
            assert db.session.execute(db.select(func.count()).select_from(Answer)).scalar() > 0
            assert db.session.execute(db.select(func.sum(UserTotal.total))).scalar() > 0
        # Start again from an empty database for the second run.
        with app.app_context():
            db.drop_all()
            db.create_all()
        make_set(questions=4)
    assert boards[0] == boards[1] and boards[0]
