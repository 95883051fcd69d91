"""The points rule (a pure function): Kahoot's speed points, grace second, streak bonus, accuracy mode."""

import pytest

from quizapp.play.scoring import score_answer, speed_points, streak_bonus


@pytest.mark.parametrize(
    ("elapsed", "points"),
    [(0, 1000), (-2, 1000), (15, 750), (30, 500), (30.5, 500), (31, 500), (31.001, 0), (120, 0)],
)
def test_speed_points_fall_linearly_then_drop_after_the_grace_second(elapsed, points):
    assert speed_points(elapsed, 30) == points


@pytest.mark.parametrize(("streak", "bonus"), [(0, 0), (1, 0), (2, 100), (3, 200), (6, 500), (7, 500), (40, 500)])
def test_streak_bonus_grows_by_100_up_to_500(streak, bonus):
    assert streak_bonus(streak) == bonus


def test_right_answer_adds_streak_bonus():
    scored = score_answer(True, 0, 20, previous_streak=2)
    assert (scored.points, scored.streak, scored.late) == (1200, 3, False)


def test_streak_bonus_can_be_turned_off():
    assert score_answer(True, 0, 20, previous_streak=4, bonus=False).points == 1000


def test_wrong_answer_scores_nothing_and_breaks_the_streak():
    scored = score_answer(False, 1, 20, previous_streak=5)
    assert (scored.points, scored.streak) == (0, 0)


def test_late_right_answer_scores_nothing_and_breaks_the_streak():
    scored = score_answer(True, 21.5, 20, previous_streak=3)
    assert (scored.points, scored.streak, scored.late) == (0, 0, True)


def test_accuracy_mode_has_no_clock_and_no_bonus():
    assert score_answer(True, 9999, 20, previous_streak=5, scoring="accuracy").points == 1
    assert score_answer(False, 0, 20, previous_streak=5, scoring="accuracy").points == 0
