"""The ``quizapp`` command line: a Flask CLI group (``quizapp --help`` lists every command)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import FlaskGroup, with_appcontext

from . import PROJECT_ROOT, create_app
from .auth import services as accounts
from .extensions import db
from .formats import FormatError
from .formats import quizapp_set
from .models import ROLES, STUDENT
from .sets import services as sets


@click.group(cls=FlaskGroup, create_app=create_app, add_default_commands=True)
def cli():
    """quizapp: turn news articles into quizzes and play them in the browser."""


def register_commands(app) -> None:
    """Add quizapp's commands to ``app.cli`` (FlaskGroup then lists them, and tests can invoke them)."""
    from .commands.generate import generate_command

    for command in (
        import_command,
        export_command,
        generate_command,
        load_shipped_command,
        seed_demo_command,
        create_user_command,
    ):
        app.cli.add_command(command)


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--publish/--draft", default=False, help="Publish the imported sets at once.")
@with_appcontext
def import_command(files: tuple[Path, ...], publish: bool):
    """Import question-set FILES, one set and one transaction per file."""
    failed = False
    for path in files:
        try:
            data = path.read_bytes()
            question_set = _read_set(data, path.name)
            stored = sets.build_set(question_set, published=publish)
            db.session.commit()
        except FormatError as error:
            db.session.rollback()
            error.source = str(path)
            click.echo(f"error: {error}", err=True)
            failed = True
            continue
        except OSError as error:
            click.echo(f"error: {path}: {error.strerror or error}", err=True)
            failed = True
            continue
        click.echo(f"imported {path}: set {stored.id} '{stored.title}' ({len(stored.questions)} questions)")
        for skipped in question_set.skipped:
            where = f"line {skipped.line}" if skipped.line else "?"
            click.echo(f"  skipped {skipped.kind} at {where}: {skipped.reason}")
    if failed:
        sys.exit(1)


@click.command("export")
@click.argument("set_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@with_appcontext
def export_command(set_id: int, fmt: str, output: Path | None):
    """Export set SET_ID as quizapp-set/1 (to standard output unless -o is given)."""
    question_set = sets.get_set(set_id)
    if question_set is None:
        raise click.ClickException(f"there is no set {set_id}")
    text = quizapp_set.dumps(sets.set_data(question_set), fmt)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@click.command("load-shipped")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path), default=PROJECT_ROOT / "questions")
@with_appcontext
def load_shipped_command(folder: Path):
    """Load the sets shipped in questions/ (each once; running it again adds nothing)."""
    try:
        results = sets.load_shipped_sets(folder)
    except FormatError as error:
        raise click.ClickException(str(error)) from None
    for name, imported in results:
        click.echo(f"{'loaded' if imported else 'already loaded'}: {name}")


@click.command("seed-demo")
@click.option("--users", default=30, show_default=True, help="How many demo students.")
@click.option("--seed", default=2024, show_default=True, help="Random seed (same seed, same users).")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has users.")
@with_appcontext
def seed_demo_command(users: int, seed: int, if_empty: bool):
    """Create demo students with Faker, and their attempts on the published sets."""
    from .demo import seed_demo

    created = seed_demo(users, seed, only_if_empty=if_empty)
    click.echo(f"created {created} demo students" if created else "demo data already present")


@click.command("create-user")
@click.argument("username")
@click.option("--nickname", help="Leaderboard name (default: the username).")
@click.option("--role", type=click.Choice(ROLES), default=STUDENT, show_default=True)
@click.password_option()
@with_appcontext
def create_user_command(username: str, nickname: str | None, role: str, password: str):
    """Create an account (asks for the password twice)."""
    try:
        user = accounts.create_user(username, nickname or username, password, role)
    except accounts.AccountError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"created {user.role} {user.username}")


def _read_set(data: bytes, name: str):
    """Read a question file of any supported format (GIFT, Aiken, CSV, OpenTDB, quizapp-set/1), by content."""
    from .formats.registry import read_questions

    question_set = read_questions(data, name)
    if not question_set.questions and question_set.skipped:
        raise FormatError("nothing to import: every question in it is of a type quizapp doesn't play", source=name)
    return question_set
