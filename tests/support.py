"""Helpers shared by the test modules and conftests (plain functions, no fixtures)."""

from __future__ import annotations

import os
from pathlib import Path

from quizapp.formats import Evidence, Question, QuestionSet, Source
from quizapp.models import STUDENT

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PASSWORD = "correct horse battery"


def make_config(tmp_path: Path, backend: str, **overrides) -> dict:
    """The test configuration for ``backend`` (a fresh SQLite file, or TEST_DATABASE_URL)."""
    uri = (
        os.environ["TEST_DATABASE_URL"]
        if backend == "postgresql"
        else f"sqlite:///{tmp_path / 'test.sqlite'}"
    )
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": uri,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
    }
    config.update(overrides)
    return config


class AuthActions:
    """Sign up, log in and log out through the real views."""

    def __init__(self, client):
        self._client = client

    def signup(self, username="student", nickname="Stu", password=PASSWORD, role=STUDENT):
        """Sign up through the form (which also logs in)."""
        return self._client.post(
            "/signup",
            data={"username": username, "nickname": nickname, "password": password, "role": role},
        )

    def login(self, username="student", password=PASSWORD):
        """Log in through the form."""
        return self._client.post("/login", data={"username": username, "password": password})

    def logout(self):
        """Log out through the form."""
        return self._client.post("/logout")


def sample_set_data(title="World capitals", questions: int = 3) -> QuestionSet:
    """A small valid set: multiple-choice questions plus one true/false."""
    items = [
        Question(
            kind="multiple_choice",
            prompt=f"Which city is capital number {n}?",
            choices=[f"City {n}", f"Town {n}", f"Village {n}"],
            answer=f"City {n}",
            evidence=[Evidence("s1", f"City {n} is capital number {n}.")],
        )
        for n in range(1, questions)
    ]
    items.append(
        Question(kind="true_false", prompt="Paris is the capital of France.", answer=True)
    )
    return QuestionSet(
        title=title, questions=items, sources=[Source(id="s1", title="An atlas")]
    )


# Debian's Chromium, with the flags this sandboxed, offline machine needs.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core (from node_modules) on ``page``; return violations of the given impacts."""
    if not AXE.exists():
        raise AssertionError(f"axe-core missing at {AXE}: run `make install`")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in impacts]


def sign_up(page, username: str, nickname: str, password: str = PASSWORD, role: str = "Student"):
    """Sign up through the form as a person would."""
    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_label("Password").fill(password)
    page.get_by_label(role).check()
    page.get_by_role("button", name="Sign up").click()
