"""Views of the teacher area: the list of sets, a new set, a set's page and its settings."""

from __future__ import annotations

from flask import flash, redirect, request, session, url_for
from flask_login import current_user

from ..rendering import render
from . import review, services
from .access import owned_set_or_404
from .blueprint import bp
from .forms import NewSetForm, SetForm
from .uploads import uploaded_files


def see_set(set_id: int, code: int = 303):
    """Redirect to a set's page (the answer to every successful POST about a set)."""
    return redirect(url_for("teacher.set_detail", set_id=set_id), code=code)


def set_page(question_set) -> dict:
    """What the set page (and its question list fragment) shows."""
    return {
        "question_set": question_set,
        "questions": services.live_questions(question_set),
        "proposals": services.proposal_count(question_set),
        "played": services.has_attempts(question_set.id),
    }


@bp.route("/")
def set_list():
    """My question sets: draft or published, questions, attempts and average score."""
    return render("teacher/set_list.html", "content", sets=services.teacher_sets(current_user))


@bp.route("/sets/new", methods=["GET", "POST"])
def new_set():
    """Create a set; with articles and "Generate questions", generate its first proposals."""
    form = NewSetForm()
    if form.validate_on_submit():
        if request.form.get("action") != "generate":
            created = services.create_set(current_user, **form.settings())
            return see_set(created.id)
        try:
            articles = review.split_articles(form.articles.data, uploaded_files(form.files.data))
            generated = review.run_generator(articles, form.title.data)
        except review.ArticleInputError as error:
            form.articles.errors.append(str(error))
        else:
            created = services.create_set(current_user, **form.settings())
            review.store_proposals(created, generated)
            session["conflicts"] = {str(created.id): review.conflict_notes(generated)}
            return redirect(url_for("teacher.review_queue", set_id=created.id), code=303)
    return render("teacher/set_form.html", "content", form=form, question_set=None), 422 if form.errors else 200


@bp.route("/sets/<int:set_id>")
def set_detail(set_id: int):
    """A set's page: settings, publish, export, and its questions to write, edit and reorder."""
    question_set = owned_set_or_404(set_id, current_user)
    return render("teacher/set_detail.html", "content", **set_page(question_set))


@bp.route("/sets/<int:set_id>/settings", methods=["GET", "POST"])
def edit_set(set_id: int):
    """Change a set's title, description and play settings."""
    question_set = owned_set_or_404(set_id, current_user)
    form = SetForm(obj=question_set)
    if form.validate_on_submit():
        services.update_settings(question_set, **form.settings())
        return see_set(set_id)
    return render("teacher/set_form.html", "content", form=form, question_set=question_set), 422 if form.errors else 200


@bp.route("/sets/<int:set_id>/publish", methods=["POST"])
def publish(set_id: int):
    """Publish a set: students find it in the quiz list."""
    question_set = owned_set_or_404(set_id, current_user)
    if not services.live_questions(question_set):
        flash("Add or accept at least one question before publishing.")
    else:
        services.set_published(question_set, True)
        flash(f"“{question_set.title}” is published.")
    return see_set(set_id)


@bp.route("/sets/<int:set_id>/unpublish", methods=["POST"])
def unpublish(set_id: int):
    """Take a set back to draft: students no longer see it."""
    services.set_published(owned_set_or_404(set_id, current_user), False)
    return see_set(set_id)


@bp.route("/sets/<int:set_id>/delete", methods=["POST"])
def delete_set(set_id: int):
    """Delete a set nobody played; a played set is unpublished instead, so scores stand."""
    question_set = owned_set_or_404(set_id, current_user)
    title = question_set.title
    if services.delete_or_unpublish(question_set):
        flash(f"“{title}” was deleted.")
        return redirect(url_for("teacher.set_list"), code=303)
    flash(f"“{title}” has been played, so it was unpublished instead of deleted.")
    return see_set(set_id)

