"""Views for students: the quiz list, playing an attempt, results and leaderboards.

Every screen is a full page for a plain browser and a fragment for htmx; every
write is a POST answered by a 303 redirect (or, for htmx, by the next fragment).
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, make_response, redirect, request, url_for
from flask_login import current_user, login_required

from ..rendering import is_fragment_request, render
from . import leaderboard, screens, services

bp = Blueprint("play", __name__)


def _viewer_id() -> int | None:
    return current_user.id if current_user.is_authenticated else None


@bp.route("/quizzes")
def quiz_list():
    """The published quizzes, with the signed-in student's best score on each."""
    return render("play/quiz_list.html", "content", quizzes=services.published_quizzes(_viewer_id()))


@bp.post("/quizzes/<int:set_id>/start")
def start(set_id: int):
    """Start a new attempt on a set (log in first) and show its first question."""
    if not current_user.is_authenticated:
        # After logging in the student lands back on the list and presses Start again.
        return redirect(url_for("auth.login", next=url_for("play.quiz_list")), code=303)
    attempt_id = services.start_attempt(current_user.id, set_id)
    return redirect(url_for("play.attempt", attempt_id=attempt_id), code=303)


@bp.get("/attempts/<int:attempt_id>")
@login_required
def attempt(attempt_id: int):
    """The attempt where the student is: the question on screen or the feedback on the last answer."""
    return _screen(attempt_id, current_user.id)


@bp.post("/attempts/<int:attempt_id>/answer")
@login_required
def answer(attempt_id: int):
    """Record an answer (once, however often it is sent), then show the feedback."""
    user_id = current_user.id  # read before the commit, which expires the user (reading it after reloads it)
    answered = services.submit_answer(
        attempt_id, user_id, request.form.get("position", type=int), request.form.get("choice")
    )
    if not is_fragment_request():
        return redirect(url_for("play.attempt", attempt_id=attempt_id), code=303)
    if answered is None:  # didn't count: show wherever the attempt is now
        return _screen(attempt_id, user_id)
    response = _fragment(screens.feedback_screen(answered))
    response.headers["HX-Trigger"] = "scoreChanged"  # leaderboards on the page refresh at once
    return response


@bp.post("/attempts/<int:attempt_id>/next")
@login_required
def next_question(attempt_id: int):
    """Serve the next question and start its clock."""
    user_id = current_user.id  # read before the commit, which expires the user
    served = services.serve_next(attempt_id, user_id, request.form.get("position", type=int))
    if not is_fragment_request():
        return redirect(url_for("play.attempt", attempt_id=attempt_id), code=303)
    return _fragment(screens.served_screen(served)) if served else _screen(attempt_id, user_id)


@bp.get("/attempts/<int:attempt_id>/results")
@login_required
def results(attempt_id: int):
    """The score of a finished attempt and every question with the answers and evidence."""
    screen = screens.results_screen(attempt_id, current_user.id)
    if screen is None:
        return redirect(url_for("play.attempt", attempt_id=attempt_id), code=303)
    return render("play/results.html", "content", screen=screen)


@bp.get("/leaderboard", endpoint="leaderboard", defaults={"set_id": None})
@bp.get("/leaderboard/<int:set_id>", endpoint="leaderboard")
def leaderboard_page(set_id: int | None):
    """The overall or a set's leaderboard: the top players and the viewer's own rank."""
    board = leaderboard.get_board(set_id, current_app.config["LEADERBOARD_SIZE"], _viewer_id())
    if board is None:
        abort(404)
    return render("play/leaderboard.html", "board", board=board)


@bp.get("/healthz")
def healthz():
    """A bare endpoint for load balancers and the benchmark's baseline."""
    return "ok", 200, {"Content-Type": "text/plain"}


def _screen(attempt_id: int, user_id: int):
    return _fragment(screens.current_screen(attempt_id, user_id))


def _fragment(screen: screens.Screen):
    template = "play/question.html" if screen.kind == "question" else "play/feedback.html"
    return make_response(render(template, "screen", screen=screen))
