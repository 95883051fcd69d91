"""Results: scores per student, share right and top wrong answer per question, flags, chart, CSV."""

from __future__ import annotations

import csv
import io

from quizapp.teacher.results import neutralise


def play_class(make_user, answer, set_id, ids):
    """Six students: everyone misses question 1 (mostly "Town 1"), everyone gets question 2."""
    first, second, third = ids
    for n in range(6):
        wrong = "Town 1" if n < 4 else "Village 1"
        answer(make_user(f"pupil{n}", nickname=f"Pupil {n}"), set_id,
               {first: (wrong, False), second: ("City 2", True), third: ("true", n % 2 == 0)}, score=100 * n)


def test_results_page(client, teacher, teacher_set, make_user, answer, question_ids):
    play_class(make_user, answer, teacher_set, question_ids(teacher_set))
    page = client.get(f"/teach/sets/{teacher_set}/results").get_data(as_text=True)
    assert "Pupil 5" in page and "<td>500</td>" in page
    assert "Town 1" in page and "(4×)" in page
    assert "Nearly everyone misses it" in page and "Nearly everyone gets it" in page
    assert "<svg" in page and 'class="bar hard"' in page and 'class="bar easy"' in page
    assert "<script" not in page.split("<main", 1)[1]


def test_no_flags_below_five_answers(client, teacher, teacher_set, make_user, answer, question_ids):
    first = question_ids(teacher_set)[0]
    for n in range(4):
        answer(make_user(f"p{n}"), teacher_set, {first: ("Town 1", False)})
    page = client.get(f"/teach/sets/{teacher_set}/results").get_data(as_text=True)
    assert "Nearly everyone" not in page and "0%" in page


def test_results_csv_neutralises_formulas(client, teacher, teacher_set, make_user, answer, question_ids):
    first = question_ids(teacher_set)[0]
    answer(make_user("evil", nickname="=HYPERLINK(\"http://x\")"), teacher_set, {first: ("@SUM(1)", False)}, score=10)
    students = client.get(f"/teach/sets/{teacher_set}/results-students.csv")
    assert students.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(students.get_data(as_text=True))))
    assert rows[0] == ["nickname", "username", "best_score", "latest_score", "attempts"]
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"
    questions = list(csv.reader(io.StringIO(client.get(f"/teach/sets/{teacher_set}/results-questions.csv").get_data(as_text=True))))
    assert questions[1][5] == "'@SUM(1)"


def test_neutralise():
    assert [neutralise(v) for v in ("=1", "+1", "-1", "@a", "\tx", "ok", 5)] == ["'=1", "'+1", "'-1", "'@a", "'\tx", "ok", 5]
