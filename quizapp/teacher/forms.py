"""Teacher forms (WTForms): validation messages are shown beside each field."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, MultipleFileField
from wtforms.fields.choices import SelectChoice
from wtforms import BooleanField, IntegerField, RadioField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..formats import Question as QuestionData
from ..formats import question_problems
from ..formats.model import MAX_CHOICES, MULTIPLE_CHOICE, TRUE_FALSE
from ..models import Question

ARTICLE_HELP = (
    "Paste one or several articles about the same story, as plain text or HTML. "
    "Put a line with only --- between two articles."
)


class SetForm(FlaskForm):
    """A set's title, description and play settings."""

    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=2000)])
    time_limit = IntegerField(
        "Time per question (seconds)",
        default=30,
        validators=[InputRequired(message="Give a number of seconds."), NumberRange(5, 600)],
    )
    scoring = RadioField(
        "Scoring",
        choices=[
            SelectChoice("timed", "Timed: faster right answers score more"),
            SelectChoice("accuracy", "Accuracy: every right answer scores the same"),
        ],
        default="timed",
    )
    streak_bonus = BooleanField("Streak bonus for answers right in a row", default=True)

    def settings(self) -> dict:
        """The validated settings as keyword arguments for the services."""
        return {
            "title": self.title.data.strip(),
            "description": (self.description.data or "").strip(),
            "time_limit": self.time_limit.data,
            "scoring": self.scoring.data,
            "streak_bonus": bool(self.streak_bonus.data),
        }


class ArticlesForm(FlaskForm):
    """Articles to generate questions from: pasted text and/or uploaded .txt/.html files."""

    articles = TextAreaField("Articles", description=ARTICLE_HELP, validators=[Optional(), Length(max=400_000)])
    files = MultipleFileField("Article files (.txt or .html, several allowed)")


class NewSetForm(SetForm, ArticlesForm):
    """A new set: its settings, and optionally articles to generate its first questions from."""


class RejectForm(FlaskForm):
    """The optional reason a reviewer gives for rejecting a proposal."""

    reason = StringField("Reason (optional)", validators=[Optional(), Length(max=500)])


class ImportForm(FlaskForm):
    """A question file to import (the format is decided by its content)."""

    file = FileField("Question file")


class ChoiceQuestionForm(FlaskForm):
    """A multiple-choice question: 2 to 6 choices, one of them marked correct."""

    prompt = TextAreaField("Question", validators=[DataRequired(), Length(max=1000)])
    choice_1 = StringField("Choice 1", validators=[Optional(), Length(max=300)])
    choice_2 = StringField("Choice 2", validators=[Optional(), Length(max=300)])
    choice_3 = StringField("Choice 3", validators=[Optional(), Length(max=300)])
    choice_4 = StringField("Choice 4", validators=[Optional(), Length(max=300)])
    choice_5 = StringField("Choice 5", validators=[Optional(), Length(max=300)])
    choice_6 = StringField("Choice 6", validators=[Optional(), Length(max=300)])
    correct = RadioField(
        "Correct choice",
        choices=[SelectChoice(str(n), f"Choice {n} is correct") for n in range(1, MAX_CHOICES + 1)],
        validators=[InputRequired(message="Mark the correct choice.")],
    )
    explanation = TextAreaField("Explanation", validators=[Optional(), Length(max=2000)])
    kind = MULTIPLE_CHOICE

    def choice_fields(self) -> list:
        """The six choice fields, in order."""
        return [getattr(self, f"choice_{n}") for n in range(1, MAX_CHOICES + 1)]

    def validate(self, extra_validators=None) -> bool:
        """Field checks, then the question-level rules (count, uniqueness, a filled correct choice)."""
        ok = super().validate(extra_validators)
        if not ok:
            return False
        marked = self.choice_fields()[int(self.correct.data) - 1]
        if not (marked.data or "").strip():
            self.correct.errors.append("The choice marked correct is empty.")
            return False
        problems = question_problems(self.question_data())
        # Problems about choices go beside the choices; the prompt already has its own check.
        self.choice_1.errors.extend(p[0].upper() + p[1:] + "." for p in problems)
        return not problems

    def question_data(self) -> QuestionData:
        """The question as a format dataclass (empty choices dropped, order kept)."""
        fields = self.choice_fields()
        answer = (fields[int(self.correct.data) - 1].data or "").strip() if self.correct.data else ""
        return QuestionData(
            kind=MULTIPLE_CHOICE,
            prompt=self.prompt.data.strip(),
            choices=[f.data.strip() for f in fields if (f.data or "").strip()],
            answer=answer,
            explanation=(self.explanation.data or "").strip(),
        )

    def fill_from(self, question: Question) -> None:
        """Pre-fill the form from a stored question (on GET)."""
        self.prompt.data = question.prompt
        self.explanation.data = question.explanation
        for field, choice in zip(self.choice_fields(), question.choices or []):
            field.data = choice
        if question.answer in (question.choices or []):
            self.correct.data = str(question.choices.index(question.answer) + 1)


class TrueFalseForm(FlaskForm):
    """A true/false statement."""

    prompt = TextAreaField("Statement", validators=[DataRequired(), Length(max=1000)])
    answer = RadioField(
        "The statement is", choices=[SelectChoice("true", "True"), SelectChoice("false", "False")],
        validators=[InputRequired(message="Say whether the statement is true or false.")],
    )
    explanation = TextAreaField("Explanation", validators=[Optional(), Length(max=2000)])
    kind = TRUE_FALSE

    def question_data(self) -> QuestionData:
        """The question as a format dataclass."""
        return QuestionData(
            kind=TRUE_FALSE,
            prompt=self.prompt.data.strip(),
            answer=self.answer.data == "true",
            explanation=(self.explanation.data or "").strip(),
        )

    def fill_from(self, question: Question) -> None:
        """Pre-fill the form from a stored question (on GET)."""
        self.prompt.data = question.prompt
        self.explanation.data = question.explanation
        self.answer.data = "true" if question.answer else "false"


QUESTION_FORMS = {MULTIPLE_CHOICE: ChoiceQuestionForm, TRUE_FALSE: TrueFalseForm}


def question_form(kind: str, question: Question | None = None) -> FlaskForm:
    """The form for a question of ``kind``, pre-filled from ``question`` on GET."""
    from flask import request

    form = QUESTION_FORMS[kind]()
    if question is not None and request.method == "GET":
        form.fill_from(question)
    return form
