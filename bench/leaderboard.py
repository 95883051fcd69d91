"""Time the leaderboard and own-rank queries at 100,000 users and 1,000,000 answers.

    .venv/bin/python bench/leaderboard.py [--users 100000] [--database-url URL]

Builds the volume with bulk inserts into a fresh SQLite file (or the given
database, whose tables it drops and recreates: use a scratch database), then
times ``get_standings`` overall and per set, for a viewer in the top and one
far outside it. The queries read the running totals and never touch answers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Answer, Attempt, Question, QuestionSet, SetScore, User, UserTotal
from quizapp.play.leaderboard import get_standings

QUESTIONS = 10
CHUNK = 20_000


def build(users: int, rng: random.Random) -> int:
    """Insert ``users`` users, one 10-question set, an attempt each and 10 answers each; return the set id."""
    base = datetime(2025, 1, 1)
    question_set = QuestionSet(title="Bench", published=True)
    question_set.questions = [
        Question(kind="true_false", prompt=f"Q{n}", answer=True, position=n) for n in range(QUESTIONS)
    ]
    db.session.add(question_set)
    db.session.commit()
    question_ids = [q.id for q in question_set.questions]
    for start in range(1, users + 1, CHUNK):
        ids = range(start, min(start + CHUNK, users + 1))
        rows = {"users": [], "attempts": [], "answers": [], "scores": [], "totals": []}
        for uid in ids:
            points = [rng.choice((0, rng.randint(500, 1500))) for _ in question_ids]
            when = base + timedelta(seconds=rng.randint(0, 10_000_000))
            rows["users"].append({"id": uid, "username": f"u{uid}", "nickname": f"Player {uid}",
                                  "password_hash": "x", "role": "student", "session_token": f"t{uid}"})
            rows["attempts"].append({"id": uid, "user_id": uid, "set_id": question_set.id, "question_ids": question_ids,
                                     "choice_orders": {}, "score": sum(points), "finished_at": when})
            rows["answers"] += [{"attempt_id": uid, "question_id": q, "chosen": "True", "correct": p > 0,
                                 "points": p, "served_at": when, "answered_at": when}
                                for q, p in zip(question_ids, points)]
            rows["scores"].append({"user_id": uid, "set_id": question_set.id, "best_score": sum(points),
                                   "best_at": when, "best_attempt_id": uid, "latest_score": sum(points),
                                   "latest_attempt_id": uid, "attempts": 1})
            rows["totals"].append({"user_id": uid, "total": sum(points), "reached_at": when})
        for model, key in ((User, "users"), (Attempt, "attempts"), (Answer, "answers"),
                           (SetScore, "scores"), (UserTotal, "totals")):
            db.session.execute(db.insert(model.__table__), rows[key])
        db.session.commit()
        print(f"  {ids[-1]:,} users", end="\r", file=sys.stderr)
    db.session.execute(db.text("ANALYZE"))  # fresh planner statistics on both backends
    db.session.commit()
    return question_set.id


def timed(label: str, call, repeat: int = 20) -> None:
    """Run ``call`` ``repeat`` times and print its median and worst time."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
        db.session.rollback()
    own = f", own rank {result.own.rank}" if result.own else ""
    print(f"{label:<44} median {statistics.median(times):7.2f} ms   max {max(times):7.2f} ms{own}")


def main() -> None:
    """Build the volume and print the query times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--database-url", help="scratch database (its tables are dropped)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "TESTING": True})
        with app.app_context():
            db.drop_all()
            db.create_all()
            started = time.perf_counter()
            set_id = build(args.users, random.Random(1))
            answers = db.session.execute(db.select(db.func.count()).select_from(Answer)).scalar()
            print(f"{db.engine.dialect.name}: {args.users:,} users, {answers:,} answers "
                  f"built in {time.perf_counter() - started:.1f} s")
            middle = args.users // 2
            timed("overall top 20", lambda: get_standings(None, 20))
            timed("overall top 20 + own rank (middle viewer)", lambda: get_standings(None, 20, middle))
            timed(f"set {set_id} top 20 + own rank (middle viewer)", lambda: get_standings(set_id, 20, middle))
            db.session.remove()
            db.drop_all()
            db.engine.dispose()


if __name__ == "__main__":
    main()
