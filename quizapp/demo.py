"""Demo data: students with Faker names, so a fresh install has a lively leaderboard."""

from __future__ import annotations

import random
from datetime import timedelta

from faker import Faker
from sqlalchemy import func

from .extensions import db
from .models import STUDENT, Question, User, utcnow
from .play import services as play

DEMO_PASSWORD = "demo-password"


def seed_demo(count: int, seed: int, *, only_if_empty: bool = False) -> int:
    """Create ``count`` demo students (reproducible for a given ``seed``); return how many.

    Usernames are ``demo-<n>``; every demo account's password is :data:`DEMO_PASSWORD`.
    With ``only_if_empty`` nothing happens when any user exists.
    """
    if only_if_empty and db.session.execute(db.select(func.count()).select_from(User)).scalar():
        return 0
    fake = Faker("en_US")
    fake.seed_instance(seed)
    taken = set(db.session.execute(db.select(User.username)).scalars())
    template = User(username="", nickname="", role=STUDENT)
    template.set_password(DEMO_PASSWORD)  # one scrypt hash shared by all demo accounts
    created = []
    for n in range(1, count + 1):
        nickname = f"{fake.first_name()} {fake.last_name()[0]}."
        username = f"demo-{n}"
        if username in taken:
            continue
        user = User(username=username, nickname=nickname, role=STUDENT, password_hash=template.password_hash)
        db.session.add(user)
        created.append(user)
    db.session.commit()
    play_demo_games([user.id for user in created], seed)
    return len(created)


def play_demo_games(user_ids: list[int], seed: int) -> int:
    """Let demo students play the published sets through the real answer service; return answers given.

    Reproducible for a ``seed``: each student has a skill and a speed, plays each
    set with some probability (sometimes twice), and answers on a simulated clock
    so that no real waiting happens and the totals are exactly what playing gives.
    """
    rng = random.Random(seed)
    set_ids = [card.id for card in play.published_quizzes(None)]
    start = utcnow() - timedelta(days=2)
    fake_now = [start]
    real_clock = play.clock
    play.clock = lambda: fake_now[0]  # the service judges time by this clock
    answered = 0
    try:
        for user_id in user_ids:
            skill, speed = rng.uniform(0.3, 0.95), rng.uniform(1.5, 12.0)
            for set_id in set_ids:
                for _ in range(rng.choice((0, 1, 1, 1, 2))):
                    fake_now[0] += timedelta(minutes=rng.randint(1, 30))
                    answered += _play_once(user_id, set_id, rng, skill, speed, fake_now)
    finally:
        play.clock = real_clock
    return answered


def _play_once(user_id: int, set_id: int, rng: random.Random, skill: float, speed: float, now: list) -> int:
    attempt_id = play.start_attempt(user_id, set_id, rng=rng)
    attempt = play.own_attempt(attempt_id, user_id)
    question_ids, orders = list(attempt.question_ids), dict(attempt.choice_orders)
    for position, question_id in enumerate(question_ids):
        if position:
            now[0] += timedelta(seconds=rng.uniform(2, 6))
            play.serve_next(attempt_id, user_id, position)
        question = db.session.get(Question, question_id)
        order = orders[str(question_id)]
        right = [i for i, text in enumerate(order) if play.is_right(question, text)]
        wrong = [i for i in range(len(order)) if i not in right]
        choice = right[0] if rng.random() < skill or not wrong else rng.choice(wrong)
        now[0] += timedelta(seconds=min(rng.expovariate(1 / speed), 40))
        play.submit_answer(attempt_id, user_id, position, str(choice))
    return len(question_ids)
