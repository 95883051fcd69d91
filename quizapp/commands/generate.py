"""`quizapp generate FILE...`: articles about one event -> a quizapp-set/1 question set."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizapp.formats.quizapp_set import dumps


def _read(path: str) -> str:
    """Read an article file as text; binary or unreadable files become a clean input error."""
    from quizapp.generator import GeneratorInputError

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise GeneratorInputError(f"{path}: cannot read the file ({error.strerror or error})") from None
    if b"\x00" in data[:8192]:
        raise GeneratorInputError(f"{path}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise GeneratorInputError(f"{path}: is not text in UTF-8 or Windows-1252") from None


@click.command("generate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
@click.option("--max", "max_questions", type=click.IntRange(1, 100), default=None, help="At most N questions.")
@click.option("--title", default=None, help="Title of the set (default: the first article's title).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of stdout.")
def generate_command(files, fmt, max_questions, title, output):
    """Generate questions from FILE... (plain text or HTML; files given together are one event)."""
    from quizapp.generator import Article, GeneratorInputError, generate

    try:
        articles = [Article(Path(f).name, _read(f)) for f in files]
        question_set = generate(articles, title=title, max_questions=max_questions)
    except GeneratorInputError as error:
        click.echo(f"Error: {str(error).splitlines()[0]}", err=True)
        sys.exit(2)
    # The shipped set carries titles and evidence sentences, not the articles themselves.
    text = dumps(question_set, fmt, include_text=False)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {len(question_set.questions)} questions to {output}", err=True)
    else:
        click.echo(text, nl=False)
