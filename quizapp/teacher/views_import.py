"""Import a question file (upload -> preview -> confirm) and export a set for download."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, url_for
from flask_login import current_user

from ..formats import FormatError
from ..formats.registry import EXPORTS, FileTooLarge, export_filename
from ..rendering import render
from . import importing
from .access import owned_set_or_404
from .blueprint import bp
from .forms import ImportForm
from .uploads import read_upload
from .views import see_set


@bp.route("/import", methods=["GET", "POST"])
def import_upload():
    """Upload a GIFT, Aiken, CSV (Kahoot), Open Trivia DB or quizapp-set/1 file; the content decides."""
    form = ImportForm()
    if form.validate_on_submit():
        upload = read_upload(form.file.data)
        try:
            if upload is None:
                raise FormatError("Choose a file to import.")
            importing.read_upload_set(*upload)
        except FileTooLarge:
            abort(413)
        except FormatError as error:
            form.file.errors.append(str(error))
        else:
            token = importing.stash_upload(current_user, *upload)
            return redirect(url_for("teacher.import_preview", token=token), code=303)
    return render("teacher/import.html", "content", form=form), 422 if form.errors else 200


@bp.route("/import/<token>", methods=["GET", "POST"])
def import_preview(token: str):
    """What the upload will import (and what it skips); confirming stores it as a draft set."""
    upload = importing.load_upload(current_user, token)
    if upload is None:
        abort(404)
    form = ImportForm()
    data = importing.read_upload_set(*upload)
    if form.validate_on_submit():
        stored = importing.commit_import(current_user, data)
        importing.discard_upload(current_user, token)
        flash(f"Imported {len(data.questions)} questions into “{stored.title}”.")
        return see_set(stored.id)
    return render("teacher/import_preview.html", "content", form=form, data=data, name=upload[0], token=token)


@bp.route("/sets/<int:set_id>/export/<any(gift, aiken, csv, json):fmt>")
def export(set_id: int, fmt: str):
    """Download the set's questions as GIFT, Aiken, CSV (Kahoot columns) or quizapp-set/1 JSON."""
    question_set = owned_set_or_404(set_id, current_user)
    try:
        text = importing.export_text(question_set, fmt)
    except FormatError as error:
        flash(f"This set can't be exported as {fmt.upper()}: {error}")
        return see_set(set_id)
    filename = export_filename(question_set.title, fmt)
    return Response(
        text, content_type=EXPORTS[fmt][1],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
