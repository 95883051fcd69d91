"""The teacher blueprint and the rule that only teachers get in."""

from __future__ import annotations

from flask import Blueprint, abort, current_app
from flask_login import current_user

bp = Blueprint("teacher", __name__)


@bp.before_request
def require_teacher():
    """Anonymous visitors are sent to log in; students get 403 on every teacher URL."""
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()
    if not current_user.is_teacher:
        abort(403)
    return None
