"""Points for one answer: a pure function, so the rule is easy to test and to document.

Timed sets follow Kahoot's published rule: a right answer given instantly earns
1000 points, falling linearly to 500 at the time limit; within a grace second
after the limit (network and rendering delays) it still earns 500; later it
earns 0 and breaks the streak. A wrong answer earns 0 and breaks the streak.

Streak bonus (timed sets whose ``streak_bonus`` is on): the n-th right answer in a
row adds ``min(100 * (n - 1), 500)`` — nothing for the first, +100 for the second,
+200 for the third, … at most +500.

Accuracy sets have no clock: 1 point per right answer, no bonus.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_POINTS = 1000
MIN_POINTS = 500
GRACE_SECONDS = 1.0
STREAK_STEP = 100
STREAK_CAP = 500


@dataclass(frozen=True)
class Scored:
    """The outcome of scoring one answer."""

    points: int
    streak: int  # consecutive right answers, this one included (0 when it broke the streak)
    late: bool


def is_late(elapsed: float, time_limit: float) -> bool:
    """Whether an answer arrived after the limit plus the grace second."""
    return elapsed > time_limit + GRACE_SECONDS


def speed_points(elapsed: float, time_limit: float) -> int:
    """Kahoot's points for a right answer after ``elapsed`` seconds (0 when late)."""
    if is_late(elapsed, time_limit):
        return 0
    fraction = min(max(elapsed, 0.0) / time_limit, 1.0)
    return round(MAX_POINTS * (1 - fraction / 2))


def streak_bonus(streak: int) -> int:
    """The bonus for the ``streak``-th right answer in a row."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def score_answer(
    correct: bool,
    elapsed: float,
    time_limit: float,
    previous_streak: int,
    *,
    scoring: str = "timed",
    bonus: bool = True,
) -> Scored:
    """Score one answer given the seconds since it was served and the streak before it."""
    if scoring == "accuracy":
        return Scored(1 if correct else 0, previous_streak + 1 if correct else 0, False)
    late = is_late(elapsed, time_limit)
    if not correct or late:
        return Scored(0, 0, late)
    streak = previous_streak + 1
    points = speed_points(elapsed, time_limit) + (streak_bonus(streak) if bonus else 0)
    return Scored(points, streak, False)
