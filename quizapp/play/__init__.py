"""Playing quizzes: the quiz list, one question at a time, feedback, results and leaderboards."""

from .views import bp

__all__ = ["bp"]
