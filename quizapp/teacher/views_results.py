"""Results of a set: scores per student, statistics and chart per question, CSV downloads."""

from __future__ import annotations

from flask import Response
from flask_login import current_user

from ..formats.registry import export_filename
from ..rendering import render
from . import results
from .access import owned_set_or_404
from .blueprint import bp


@bp.route("/sets/<int:set_id>/results")
def set_results(set_id: int):
    """Students' best and latest scores; per question the share right, top wrong answer and flags."""
    question_set = owned_set_or_404(set_id, current_user)
    return render(
        "teacher/results.html", "content", question_set=question_set,
        students=results.student_results(question_set), questions=results.question_results(question_set),
    )


@bp.route("/sets/<int:set_id>/results-<any(students, questions):part>.csv")
def results_csv(set_id: int, part: str):
    """Download the students' scores or the question statistics as CSV (formula cells neutralised)."""
    question_set = owned_set_or_404(set_id, current_user)
    filename = export_filename(f"{question_set.title} {part}", "csv")
    return Response(
        results.results_csv(question_set, part), content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
