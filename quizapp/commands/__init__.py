"""Click commands that the quizapp CLI group registers."""
