import re

"""Accounts: sign up, log in, log out, sessions, CSRF and login rate limits."""

import pytest
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import TEACHER, User
from support import PASSWORD, make_config


def test_signup_page_has_named_controls(client):
    page = client.get("/signup").get_data(as_text=True)
    for label in ("Username", "Nickname", "Password", "Student", "Teacher"):
        assert re.search(rf"<label[^>]*>[^<]*(<input[^>]*>)?\s*{label}\b", page), label
    assert "Sign up</button>" in page


def test_signup_logs_in_and_shows_nickname(client, auth, app):
    response = auth.signup(username="Ada_L", nickname="Ada")
    assert response.status_code == 303
    home = client.get("/").get_data(as_text=True)
    assert "Ada" in home and "Log out" in home
    with app.app_context():
        user = db.session.execute(select(User)).scalar_one()
        assert user.username == "ada_l"
        assert user.password_hash.startswith("scrypt:")
        assert PASSWORD not in user.password_hash


def test_signup_as_teacher(auth, app):
    auth.signup(username="mrs_t", role=TEACHER)
    with app.app_context():
        assert db.session.execute(select(User.role)).scalar_one() == TEACHER


@pytest.mark.parametrize("password", ["short", "x" * 129])
def test_password_length_limits(auth, app, password):
    response = auth.signup(password=password)
    assert response.status_code == 422
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(User)).scalar() == 0


def test_password_taken_exactly_as_typed(client, auth):
    typed = "  ünïcode pass " + "y" * 100  # 115 chars, spaces kept
    assert auth.signup(password=typed).status_code == 303
    auth.logout()
    assert auth.login(password=typed.strip()).status_code == 401
    assert auth.login(password=typed).status_code == 303


def test_duplicate_username_is_refused(auth, client):
    auth.signup(username="sam")
    auth.logout()
    response = auth.signup(username="SAM")
    assert response.status_code == 422
    assert "taken" in response.get_data(as_text=True)


def test_same_message_for_unknown_user_and_wrong_password(auth, make_user):
    make_user("known")
    unknown = auth.login("nobody", PASSWORD)
    wrong = auth.login("known", "wrong password")
    assert unknown.status_code == wrong.status_code == 401
    assert "Unknown username or wrong password." in unknown.get_data(as_text=True)
    assert "Unknown username or wrong password." in wrong.get_data(as_text=True)


def test_login_redirects_only_to_local_paths(client, make_user):
    make_user("local")
    data = {"username": "local", "password": PASSWORD}
    assert client.post("/login?next=/quizzes", data=data).headers["Location"] == "/quizzes"
    client.post("/logout")
    assert client.post("/login?next=//evil.example", data=data).headers["Location"] == "/"


def test_logout_makes_old_cookie_useless(app, make_user):
    make_user("lou")
    first = app.test_client()
    first.post("/login", data={"username": "lou", "password": PASSWORD})
    stolen_cookie = first.get_cookie("session").value
    assert "Log out" in first.get("/").get_data(as_text=True)
    first.post("/logout")

    replay = app.test_client()
    replay.set_cookie("session", stolen_cookie)
    page = replay.get("/").get_data(as_text=True)
    assert "Log out" not in page and "Log in" in page


def test_login_sets_httponly_lax_cookie(client, make_user):
    make_user("cookie")
    response = client.post("/login", data={"username": "cookie", "password": PASSWORD})
    header = response.headers["Set-Cookie"]
    assert "HttpOnly" in header and "SameSite=Lax" in header


class TestWithProtections:
    """CSRF and rate limiting switched on, as in production."""

    @pytest.fixture
    def app_config(self, tmp_path, backend):
        return make_config(tmp_path, backend, WTF_CSRF_ENABLED=True, RATELIMIT_ENABLED=True)

    def test_post_without_csrf_token_is_400(self, client, make_user):
        make_user("csrf")
        response = client.post("/login", data={"username": "csrf", "password": PASSWORD})
        assert response.status_code == 400

    def test_csrf_token_from_header_is_accepted(self, client, make_user):
        make_user("hx")
        page = client.get("/login").get_data(as_text=True)
        token = page.split('name="csrf-token" content="')[1].split('"')[0]
        response = client.post(
            "/login",
            data={"username": "hx", "password": PASSWORD},
            headers={"X-CSRFToken": token},
        )
        assert response.status_code == 303

    def _token(self, client):
        page = client.get("/login").get_data(as_text=True)
        return page.split('name="csrf-token" content="')[1].split('"')[0]

    def test_eleventh_failure_in_a_minute_is_429(self, client, make_user):
        make_user("target")
        token = self._token(client)
        codes = [
            client.post(
                "/login",
                data={"username": "target", "password": f"wrong-{n}"},
                headers={"X-CSRFToken": token},
            ).status_code
            for n in range(11)
        ]
        assert codes[:10] == [401] * 10
        assert codes[10] == 429

    def test_account_limit_holds_across_addresses(self, app, make_user):
        make_user("victim")
        for n in range(10):
            c = app.test_client()
            token = self._token(c)
            c.post(
                "/login",
                data={"username": "victim", "password": "nope-nope"},
                headers={"X-CSRFToken": token},
                environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
            )
        c = app.test_client()
        token = self._token(c)
        response = c.post(
            "/login",
            data={"username": "victim", "password": PASSWORD},
            headers={"X-CSRFToken": token},
            environ_base={"REMOTE_ADDR": "10.0.1.1"},
        )
        assert response.status_code == 429
