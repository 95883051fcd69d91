"""Generating proposals from articles, and the review queue (accept, edit, reject, other distractors)."""

from __future__ import annotations

from flask import abort, flash, redirect, session, url_for
from flask_login import current_user

from ..rendering import is_fragment_request, render
from . import review
from .access import owned_set_or_404
from .blueprint import bp
from .forms import ArticlesForm, RejectForm
from .uploads import uploaded_files
from .views import see_set


def _queue(set_id: int, code: int = 303):
    return redirect(url_for("teacher.review_queue", set_id=set_id), code=code)


def _queue_context(question_set) -> dict:
    return {
        "question_set": question_set,
        "proposals": review.proposals(question_set),
        "sources": review.source_titles(question_set),
        "source_count": review.source_count,
        "conflicts": session.get("conflicts", {}).get(str(question_set.id), []),
        "reject_form": RejectForm(),
    }


def _queue_changed(question_set):
    """After a review action: the queue fragment for htmx, else the queue page again."""
    if is_fragment_request():
        return render("teacher/review.html", "queue", **_queue_context(question_set))
    return _queue(question_set.id)


def _proposal(set_id: int, question_id: int):
    question_set = owned_set_or_404(set_id, current_user)
    question = review.proposal_or_none(question_set, question_id)
    if question is None:
        abort(404)
    return question_set, question


@bp.route("/sets/<int:set_id>/generate", methods=["GET", "POST"])
def generate(set_id: int):
    """Generate more proposals for an existing set from pasted or uploaded articles."""
    question_set = owned_set_or_404(set_id, current_user)
    form = ArticlesForm()
    if form.validate_on_submit():
        try:
            articles = review.split_articles(form.articles.data, uploaded_files(form.files.data))
            generated = review.run_generator(articles, question_set.title, question_set.id)
        except review.ArticleInputError as error:
            form.articles.errors.append(str(error))
        else:
            review.store_proposals(question_set, generated)
            session["conflicts"] = {str(set_id): review.conflict_notes(generated)}
            return _queue(set_id)
    return render("teacher/generate.html", "content", form=form, question_set=question_set), 422 if form.errors else 200


@bp.route("/sets/<int:set_id>/review")
def review_queue(set_id: int):
    """The proposals waiting for review, with their evidence and sources."""
    question_set = owned_set_or_404(set_id, current_user)
    return render("teacher/review.html", "content", **_queue_context(question_set))


@bp.route("/sets/<int:set_id>/review/<int:question_id>/accept", methods=["POST"])
def accept(set_id: int, question_id: int):
    """Accept one proposal into the set."""
    question_set, question = _proposal(set_id, question_id)
    review.accept(question)
    return _queue_changed(question_set)


@bp.route("/sets/<int:set_id>/review/<int:question_id>/reject", methods=["POST"])
def reject(set_id: int, question_id: int):
    """Reject one proposal, with an optional reason."""
    question_set, question = _proposal(set_id, question_id)
    form = RejectForm()
    review.reject(question, form.reason.data if form.validate_on_submit() else "")
    return _queue_changed(question_set)


@bp.route("/sets/<int:set_id>/review/<int:question_id>/distractors", methods=["POST"])
def swap_distractors(set_id: int, question_id: int):
    """Swap in other wrong choices from the generator's spares (same key, same number of choices)."""
    question_set, question = _proposal(set_id, question_id)
    review.other_distractors(question)
    return _queue_changed(question_set)


@bp.route("/sets/<int:set_id>/review/accept-all", methods=["POST"])
def accept_all(set_id: int):
    """Accept every remaining proposal, then show the set."""
    count = review.accept_all(owned_set_or_404(set_id, current_user))
    flash(f"Accepted {count} question{'s' if count != 1 else ''}.")
    return see_set(set_id)
