"""One entry point for the web import, the CLI and export: bytes in, a checked set out.

``read_questions`` decides the format by the file's content (the name is only a
tiebreak), decodes it, refuses binary and oversized files, runs the reader and
checks the result; ``write_questions`` serialises a set for download.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable

from . import quizapp_set
from .aiken import read_aiken, write_aiken
from .gift import read_gift
from .gift_write import write_gift
from .kahoot_csv import find_columns, guess_delimiter, read_kahoot_csv, write_kahoot_csv
from .model import FormatError, QuestionSet, set_problems
from .opentdb import read_opentdb

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_QUESTIONS = 2000


class FileTooLarge(FormatError):
    """The file is over :data:`MAX_FILE_BYTES` (the web layer answers 413)."""


class TooManyQuestions(FormatError):
    """The file holds more than :data:`MAX_QUESTIONS` playable questions."""


@dataclass(frozen=True)
class FormatInfo:
    """What a format is called, its usual file extensions and whether we read/write it."""

    name: str
    label: str
    extensions: tuple[str, ...]
    readable: bool = True
    writable: bool = True


FORMATS: dict[str, FormatInfo] = {
    "quizapp": FormatInfo("quizapp", "quizapp-set/1 (JSON or YAML)", (".json", ".yaml", ".yml")),
    "gift": FormatInfo("gift", "Moodle GIFT", (".gift", ".txt")),
    "aiken": FormatInfo("aiken", "Aiken", (".txt", ".aiken")),
    "csv": FormatInfo("csv", "CSV with Kahoot! columns", (".csv",)),
    "opentdb": FormatInfo("opentdb", "Open Trivia DB JSON", (".json",), writable=False),
}

# Export name -> (file extension, media type) for downloads.
EXPORTS: dict[str, tuple[str, str]] = {
    "gift": (".gift", "text/plain; charset=utf-8"),
    "aiken": (".txt", "text/plain; charset=utf-8"),
    "csv": (".csv", "text/csv; charset=utf-8"),
    "json": (".json", "application/json"),
    "yaml": (".yaml", "application/yaml"),
}

_ALIASES = {"json": "quizapp", "yaml": "quizapp", "yml": "quizapp", "kahoot": "csv", "quizapp-set/1": "quizapp"}
_READERS: dict[str, Callable[[str, str | None], QuestionSet]] = {
    "quizapp": quizapp_set.loads,
    "gift": read_gift,
    "aiken": read_aiken,
    "csv": read_kahoot_csv,
    "opentdb": read_opentdb,
}
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc/.xls)",
    b"\x7fELF": "a program",
}
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode_text(data: bytes, source: str | None = None) -> str:
    """Decode an uploaded file: UTF-8 (BOM optional), UTF-16 with BOM, else cp1252/latin-1.

    Raises :class:`FormatError` for binary content (images, PDFs, spreadsheets, …).
    """
    if data.startswith(b"PK\x03\x04"):
        raise FormatError(
            "this is a ZIP archive or an Excel workbook (.xlsx); save the sheet as CSV (UTF-8) and import that",
            1, source,
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FormatError(f"this is {what}, not a question file", 1, source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FormatError("the file claims to be UTF-16 but is not", 1, source) from None
    head = data[:65536]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(2, len(head) // 200):
        line = data[: max(data.find(b"\x00"), 0)].count(b"\n") + 1
        raise FormatError("this is a binary file, not a question file", line, source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Legacy Windows exports of GIFT/Aiken files are usually cp1252; latin-1 never fails.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _suffix(filename: str | None) -> str:
    return PurePath(filename.replace("\\", "/")).suffix.lower() if filename else ""


def _looks_like_csv_header(text: str) -> bool:
    import csv
    import io

    sample = "\n".join(text.split("\n")[:20])
    try:
        rows = csv.reader(io.StringIO(sample, newline=""), delimiter=guess_delimiter(text))
        return any(find_columns(row) for row in rows)
    except csv.Error:
        return False


_GIFT_BLOCK = re.compile(r"\{[^{}]*\}")
_GIFT_LINE = re.compile(r"^\s*(::|\$CATEGORY:|//)", re.MULTILINE)
_AIKEN_OPTION = re.compile(r"^\s*[A-Z][).]")
_AIKEN_ANSWER = re.compile(r"^\s*answer\s*:\s*[A-Za-z]\b", re.MULTILINE | re.IGNORECASE)


def _detect_text(text: str, filename: str | None) -> str:
    suffix = _suffix(filename)
    body = text.lstrip("\ufeff").strip()
    if not body:
        raise FormatError("the file is empty", 1, filename)
    if re.match(r"<\?xml|<quiz\b|<!DOCTYPE|<html", body, re.IGNORECASE):
        raise FormatError(
            "XML/HTML files (e.g. Moodle XML) are not supported; export the questions as GIFT or Aiken",
            1, filename,
        )
    if body[0] in "{[":
        try:
            data = json.loads(body)
        except RecursionError:
            return "quizapp"  # absurdly nested JSON; read_questions reports it
        except json.JSONDecodeError:
            # Broken JSON starts '{"' or '[{'; GIFT may start with '{=…}' or '[html]'.
            looks_json = re.match(r'\{\s*"|\[\s*\{\s*"', body) and not _AIKEN_ANSWER.search(body)
            if looks_json or suffix == ".json":
                return "quizapp"  # quizapp_set.loads names the line of the syntax error
        else:
            items = data.get("results") if isinstance(data, dict) and "format" not in data else data
            if isinstance(items, list) and any(isinstance(i, dict) and "correct_answer" in i for i in items):
                return "opentdb"
            if isinstance(data, (dict, list)):
                return "quizapp"
    if re.search(r"^format:\s*['\"]?quizapp-set/", body, re.MULTILINE) or suffix in (".yaml", ".yml"):
        return "quizapp"
    if _looks_like_csv_header(body):
        return "csv"
    aiken = len(_AIKEN_ANSWER.findall(body))
    unescaped = re.sub(r"\\.", "", body)
    # Count lines that open an answer block, not blocks: an Aiken stem holds at
    # most one line's worth, so braces in Aiken text never outvote its ANSWER lines.
    lines = unescaped.split("\n")
    block_lines = {unescaped.count("\n", 0, m.start()) for m in _GIFT_BLOCK.finditer(unescaped)}
    block_lines = {n for n in block_lines if not _AIKEN_OPTION.match(lines[n])}
    gift = len(block_lines) + len(_GIFT_LINE.findall(body))
    if aiken and aiken >= gift:
        return "aiken"
    if gift:
        return "gift"
    hint = {".gift": "gift", ".aiken": "aiken", ".csv": "csv"}.get(suffix)
    if hint:
        return hint
    raise FormatError(
        "cannot tell the format: expected GIFT, Aiken, CSV with Kahoot columns, "
        "Open Trivia DB JSON or quizapp-set/1 JSON/YAML", 1, filename,
    )


def detect_format(data: bytes, filename: str | None = None) -> str:
    """Return the name of the format of ``data`` (a key of :data:`FORMATS`), judged by content.

    ``filename`` only breaks ties (e.g. a file of GIFT descriptions only).
    Raises :class:`FormatError` for empty, binary or unrecognisable content.
    """
    return _detect_text(decode_text(data, filename), filename)


def _format_name(fmt: str) -> str:
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in _READERS:
        raise FormatError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return name


def read_questions(data: bytes | str, filename: str | None = None, fmt: str | None = None) -> QuestionSet:
    """Read an uploaded question file into a checked :class:`QuestionSet`.

    ``fmt`` forces a format (a :data:`FORMATS` key, or ``json``/``yaml``);
    otherwise it is detected from the content. Every problem raises
    :class:`FormatError` naming the file (``source``) and, where there is
    one, the line: :class:`FileTooLarge` over 5 MB, :class:`TooManyQuestions`
    over 2,000 questions, and a plain ``FormatError`` for binary files,
    syntax errors or a file with no questions at all. Questions of types we
    don't play are in ``skipped`` (with their line); ``questions`` may be empty
    when every question was skipped, so callers should check it before
    saving. The title defaults to the file's stem.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLarge(f"the file is {len(data) / 1048576:.1f} MB; the limit is 5 MB", source=filename)
    text = decode_text(data, filename)
    name = _format_name(fmt) if fmt else _detect_text(text, filename)
    try:
        question_set = _READERS[name](text, filename)
    except FormatError as error:
        error.source = error.source or filename
        raise
    except RecursionError:
        raise FormatError("the file is nested too deeply to read", 1, filename) from None
    if not question_set.questions and not question_set.skipped and name != "quizapp":
        raise FormatError(f"no questions found in this {FORMATS[name].label} file", 1, filename)
    if len(question_set.questions) > MAX_QUESTIONS:
        raise TooManyQuestions(
            f"{len(question_set.questions)} questions; the limit is {MAX_QUESTIONS} a file", source=filename
        )
    problems = set_problems(question_set)
    if problems:
        raise FormatError(problems[0], source=filename)
    return question_set


def write_questions(question_set: QuestionSet, fmt: str) -> str:
    """Serialise ``question_set`` for export as ``gift``, ``aiken``, ``csv``, ``json`` or ``yaml``.

    Raises :class:`FormatError` for an unknown format or a question the
    format cannot carry (see :func:`quizapp.formats.aiken.write_aiken`).
    """
    fmt = fmt.lower()
    if fmt in ("json", "quizapp"):
        return quizapp_set.dumps(question_set, "json")
    if fmt in ("yaml", "yml"):
        return quizapp_set.dumps(question_set, "yaml")
    writers = {"gift": write_gift, "aiken": write_aiken, "csv": write_kahoot_csv, "kahoot": write_kahoot_csv}
    if fmt not in writers:
        raise FormatError(f"unknown export format {fmt!r} (known: {', '.join(EXPORTS)})")
    return writers[fmt](question_set)


def export_filename(title: str, fmt: str) -> str:
    """Return a safe download name for a set, e.g. ``"World_news.gift"``."""
    stem = re.sub(r"[^\w.-]+", "_", title, flags=re.UNICODE).strip("._") or "questions"
    return stem[:80] + EXPORTS.get(fmt.lower(), (".txt", ""))[0]
