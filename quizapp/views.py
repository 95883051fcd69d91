"""Blueprint registration, error pages and template helpers shared by every screen."""

from __future__ import annotations

from flask import Flask
from flask_wtf.csrf import CSRFError

from .rendering import render


def register(app: Flask) -> None:
    """Attach every blueprint and the error handlers to ``app``."""
    from .auth import bp as auth_bp
    from .play import bp as play_bp
    from .teacher import bp as teacher_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(play_bp)
    app.register_blueprint(teacher_bp, url_prefix="/teach")
    app.add_url_rule("/", endpoint="home", view_func=app.view_functions["play.quiz_list"])
    # Lets the nav link to screens only when their blueprint is installed.
    app.context_processor(lambda: {"url_endpoints": app.view_functions})

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        """A form posted without a valid CSRF token."""
        return render("error.html", "content", code=400, message=error.description), 400

    for code, message in {
        403: "You don't have access to this page.",
        404: "There is nothing here.",
        413: "That file is too large.",
        429: "Too many attempts. Wait a minute and try again.",
    }.items():
        app.register_error_handler(code, _error_page(code, message))


def _error_page(code: int, message: str):
    def handler(_error):
        """Render the error page for this status code."""
        return render("error.html", "content", code=code, message=message), code

    handler.__name__ = f"error_{code}"
    return handler
