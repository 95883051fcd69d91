"""Writing questions by hand: add, edit in place (htmx) or on their own page, delete, reorder.

Every URL serves a full page to browsers without JavaScript; htmx gets the named
block. A successful POST answers 303, or the updated fragment to htmx.
"""

from __future__ import annotations

from flask import abort, redirect, request, url_for
from flask_login import current_user

from ..formats.model import KINDS
from ..models import PROPOSED
from ..rendering import is_fragment_request, render
from . import questions as service
from . import review
from .access import owned_question_or_404, owned_set_or_404
from .blueprint import bp
from .forms import question_form
from .views import see_set, set_page


def _question_page(question_set, question, form=None, code=200):
    return render(
        "teacher/question.html", "question", question_set=question_set, question=question, form=form,
        kind=question.kind if question else form.kind,
        sources=review.source_titles(question_set), source_count=review.source_count,
        place=service.place(question) if question else {},
    ), code


def _list_changed(question_set):
    """After a change to the list: the list fragment for htmx, else back to the set page."""
    if is_fragment_request():
        return render("teacher/set_detail.html", "questions", **set_page(question_set))
    return see_set(question_set.id)


@bp.route("/sets/<int:set_id>/questions/new", methods=["GET", "POST"])
def new_question(set_id: int):
    """Write a new multiple-choice (``?kind=multiple_choice``) or true/false question."""
    question_set = owned_set_or_404(set_id, current_user)
    kind = request.args.get("kind", "multiple_choice")
    if kind not in KINDS:
        abort(404)
    form = question_form(kind)
    if form.validate_on_submit():
        service.add_question(question_set, form.question_data())
        return see_set(set_id)
    return _question_page(question_set, None, form, 422 if form.errors else 200)


@bp.route("/sets/<int:set_id>/questions/<int:question_id>")
def show_question(set_id: int, question_id: int):
    """One question as the set page shows it (what "Cancel" in the inline editor brings back)."""
    question = owned_question_or_404(set_id, question_id, current_user)
    return _question_page(question.question_set, question)


@bp.route("/sets/<int:set_id>/questions/<int:question_id>/edit", methods=["GET", "POST"])
def edit_question(set_id: int, question_id: int):
    """Edit a question (or a proposal) in place; answers already given keep their points."""
    question = owned_question_or_404(set_id, question_id, current_user)
    form = question_form(question.kind, question)
    if form.validate_on_submit():
        service.update_question(question, form.question_data())
        if is_fragment_request():
            return _question_page(question.question_set, question)
        if question.status == PROPOSED:
            return redirect(url_for("teacher.review_queue", set_id=set_id), code=303)
        return see_set(set_id)
    return _question_page(question.question_set, question, form, 422 if form.errors else 200)


@bp.route("/sets/<int:set_id>/questions/<int:question_id>/delete", methods=["POST"])
def delete_question(set_id: int, question_id: int):
    """Delete a question; once the set has been played it is retired instead."""
    question = owned_question_or_404(set_id, question_id, current_user)
    question_set = question.question_set
    service.remove_question(question)
    return _list_changed(question_set)


@bp.route("/sets/<int:set_id>/questions/<int:question_id>/move/<any(up, down):direction>", methods=["POST"])
def move_question(set_id: int, question_id: int, direction: str):
    """Move a question one place up or down."""
    question = owned_question_or_404(set_id, question_id, current_user)
    service.move_question(question, -1 if direction == "up" else 1)
    return _list_changed(question.question_set)
