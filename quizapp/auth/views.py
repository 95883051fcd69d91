"""Sign up, log in and log out."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import limiter, login_manager
from ..rendering import render
from . import services
from .forms import LoginForm, SignupForm

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(session_token: str):
    """Find the user a session belongs to (None once they logged out elsewhere)."""
    return services.load_user_by_session_token(session_token)


def _login_failed(response) -> bool:
    # Only failures count towards the limits; a successful login redirects (303).
    return response.status_code != 303


def _account_key() -> str:
    return "account:" + services.normalise_username(request.form.get("username", ""))


def _start_session(user) -> None:
    # A fresh session on login so a session planted before it (fixation) is worthless.
    session.clear()
    login_user(user)


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    """Create an account and log it in."""
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = services.create_user(
                form.username.data, form.nickname.data, form.password.data, form.role.data
            )
        except services.AccountError as error:
            form.username.errors.append(str(error))
        else:
            _start_session(user)
            flash(f"Welcome, {user.nickname}!")
            return redirect(url_for("home"), code=303)
    return render("auth/signup.html", "content", form=form), 422 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: _login_limit(), methods=["POST"], deduct_when=_login_failed)
@limiter.limit(
    lambda: _login_limit(), methods=["POST"], key_func=_account_key, deduct_when=_login_failed
)
def login():
    """Log in with username and password; the same message for any failure."""
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(form.username.data, form.password.data)
        if user is not None:
            _start_session(user)
            return redirect(_safe_next() or url_for("home"), code=303)
        form.form_errors.append("Unknown username or wrong password.")
    return render("auth/login.html", "content", form=form), 401 if form.form_errors else 200


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """Log out and make the old session cookie useless everywhere."""
    services.end_sessions(current_user)
    logout_user()
    session.clear()
    return redirect(url_for("home"), code=303)


def _login_limit() -> str:
    return current_app.config["LOGIN_FAILURE_LIMIT"]


def _safe_next() -> str | None:
    target = request.args.get("next", "")
    # Only same-site paths: "//evil.example" and absolute URLs would be open redirects.
    return target if target.startswith("/") and not target.startswith("//") else None
