"""Demo data: students with Faker names, so a fresh install has a lively leaderboard."""

from __future__ import annotations

from faker import Faker
from sqlalchemy import func

from .extensions import db
from .models import STUDENT, User

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
    return len(created)
