"""Account forms (WTForms): validation messages are shown beside each field."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Regexp

from .services import MAX_PASSWORD, MIN_PASSWORD
from ..models import STUDENT, TEACHER


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


class SignupForm(FlaskForm):
    """A new account: username, nickname for leaderboards, password and role."""

    username = StringField(
        "Username",
        validators=[
            DataRequired(),
            Length(min=3, max=40),
            Regexp(r"^[A-Za-z0-9_.-]+$", message="Use letters, digits, '.', '_' or '-'."),
        ],
    )
    nickname = StringField(
        "Nickname",
        description="Shown on leaderboards instead of your username.",
        validators=[DataRequired(), Length(min=1, max=40)],
    )
    password = PasswordField(
        "Password",
        description=f"{MIN_PASSWORD} to {MAX_PASSWORD} characters.",
        validators=[DataRequired(), Length(min=MIN_PASSWORD, max=MAX_PASSWORD)],
    )
    role = RadioField(
        "I am a", choices=[SelectChoice(STUDENT, "Student"), SelectChoice(TEACHER, "Teacher")], default=STUDENT
    )
