"""Tests for quizapp.formats.registry: detection by content, decoding, limits, export."""

from __future__ import annotations

import json

import pytest

from quizapp.formats.model import FormatError, Question, QuestionSet
from quizapp.formats.registry import (
    EXPORTS,
    FORMATS,
    MAX_FILE_BYTES,
    FileTooLarge,
    TooManyQuestions,
    decode_text,
    detect_format,
    export_filename,
    read_questions,
    write_questions,
)

GIFT = b"// c\nQ?{=a ~b}\n"
AIKEN = b"Q?\nA) a\nB) b\nANSWER: A\n"
CSV = b"Question,Answer 1,Answer 2,Correct\nQ?,a,b,1\n"
OPENTDB = json.dumps({"results": [{"type": "boolean", "question": "S.", "correct_answer": "True",
                                   "incorrect_answers": ["False"]}]}).encode()
QUIZAPP_JSON = json.dumps({"format": "quizapp-set/1", "title": "T", "questions": [
    {"kind": "true_false", "prompt": "S.", "answer": True}]}).encode()
QUIZAPP_YAML = b"format: quizapp-set/1\ntitle: T\nquestions:\n- kind: true_false\n  prompt: S.\n  answer: true\n"


def test_formats_names():
    assert set(FORMATS) == {"quizapp", "gift", "aiken", "csv", "opentdb"}
    assert set(EXPORTS) == {"gift", "aiken", "csv", "json", "yaml"}


@pytest.mark.parametrize("data, name", [
    (GIFT, "gift"), (AIKEN, "aiken"), (CSV, "csv"), (OPENTDB, "opentdb"),
    (QUIZAPP_JSON, "quizapp"), (QUIZAPP_YAML, "quizapp"), (b"{=Asia} is big.\n", "gift"),
    (b"[html]<p>Q?</p>{T}", "gift"), (b"Which?\nA. {x}\nB. y\nANSWER: A\n", "aiken"),
])
def test_detection_is_by_content_whatever_the_name(data, name):
    assert detect_format(data, None) == name
    assert detect_format(data, "misleading.csv") == name


def test_filename_breaks_ties():
    assert detect_format(b"Only a description.\n", "x.gift") == "gift"
    with pytest.raises(FormatError, match="cannot tell the format"):
        detect_format(b"Only a description.\n", "x.txt")


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"PK\x03\x04rest-of-zip", "xlsx"),
    (b"%PDF-1.7\n", "PDF"),
    (b"text\x00with nul", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
    (b"<?xml version='1.0'?><quiz></quiz>", "XML"),
])
def test_binary_and_unsupported_content_is_refused(data, words):
    with pytest.raises(FormatError, match=words) as caught:
        read_questions(data, "upload.gift")
    assert caught.value.source == "upload.gift" and caught.value.line is not None


def test_decoding_bom_utf16_and_legacy_windows_text():
    assert decode_text("\ufeffQ?".encode("utf-8")) == "Q?"
    assert decode_text("Élève?".encode("utf-16")) == "Élève?"
    assert decode_text("Qu’est-ce que c’est ? é".encode("cp1252")) == "Qu’est-ce que c’est ? é"
    qs = read_questions("Où est Paris ?{=France ~Japon}".encode("cp1252"), "old.gift")
    assert qs.questions[0].prompt == "Où est Paris ?"


def test_size_limit_raises_file_too_large():
    with pytest.raises(FileTooLarge) as caught:
        read_questions(b"a" * (MAX_FILE_BYTES + 1), "big.gift")
    assert isinstance(caught.value, FormatError) and "5 MB" in str(caught.value)


def test_question_limit():
    text = "".join(f"Question {n}?{{T}}\n\n" for n in range(2001))
    with pytest.raises(TooManyQuestions, match="2000"):
        read_questions(text.encode(), "many.gift")
    assert len(read_questions(text.encode()[: text.index("Question 2000")], "ok.gift").questions) == 2000


def test_title_defaults_to_the_file_stem_and_errors_name_the_file():
    assert read_questions(GIFT, "uploads/Unit 4.gift").title == "Unit 4"
    assert read_questions(QUIZAPP_JSON, "x.json").title == "T"
    with pytest.raises(FormatError) as caught:
        read_questions(b"Q?{=a ~b\n", "bank.gift")
    assert str(caught.value).startswith("bank.gift, line 1:")


def test_truncated_json_and_empty_files():
    with pytest.raises(FormatError) as caught:
        read_questions(QUIZAPP_JSON[:40], "set.json")
    assert "JSON" in str(caught.value) and caught.value.line == 1
    for empty in (b"", "\ufeff  \n\t".encode(), b"\xef\xbb\xbf"):
        with pytest.raises(FormatError, match="empty"):
            read_questions(empty, "e.gift")
    with pytest.raises(FormatError, match="no questions"):
        read_questions(b"// only a comment\n\n$CATEGORY: x\n", "c.gift")


def test_a_file_of_skipped_questions_returns_them_with_lines():
    qs = read_questions(b"Essay?{}\n\nMatch {=a -> 1 =b -> 2}\n", "s.gift")
    assert qs.questions == [] and [(s.line, s.kind) for s in qs.skipped] == [(1, "essay"), (3, "matching")]


def test_forced_format_and_unknown_names():
    assert read_questions(AIKEN, fmt="aiken").questions[0].answer == "a"
    assert read_questions(QUIZAPP_YAML, fmt="yaml").title == "T"
    with pytest.raises(FormatError, match="unknown format"):
        read_questions(GIFT, fmt="docx")
    with pytest.raises(FormatError, match="unknown export format"):
        write_questions(QuestionSet("t"), "docx")


def test_pathological_json_and_yaml_are_format_errors():
    for data in (b"[" * 100000, b"format: quizapp-set/1\ntitle: [1\n", b"- a\n- b\n",
                 b'{"format": "quizapp-set/1", "title": "t", "questions": [{"kind": "multiple_choice", '
                 b'"prompt": "p", "answer": {"a": 1}, "choices": ["a", "b"]}]}'):
        with pytest.raises(FormatError):
            read_questions(data, "x.json")


def test_read_accepts_str_for_convenience():
    assert read_questions(GIFT.decode()).questions[0].answer == "a"


def test_export_filename():
    assert export_filename("World news: week 3", "gift") == "World_news_week_3.gift"
    assert export_filename("../..", "yaml") == "questions.yaml"


def test_write_questions_every_format_reads_back():
    qs = QuestionSet("Set", [Question("multiple_choice", "Q?", "b", ["a", "b", "c"]), Question("true_false", "Sky is blue.", True)])
    for fmt in EXPORTS:
        text = write_questions(qs, fmt)
        assert read_questions(text.encode(), f"Set{EXPORTS[fmt][0]}").questions == qs.questions, fmt
