"""Unit tests for the Aiken, Kahoot-column CSV and Open Trivia DB readers/writers."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote, quote_plus

import pytest

from quizapp.formats.aiken import read_aiken, write_aiken
from quizapp.formats.kahoot_csv import HEADERS, read_kahoot_csv, write_kahoot_csv
from quizapp.formats.model import FormatError, Question, QuestionSet
from quizapp.formats.opentdb import read_opentdb

# --- Aiken -----------------------------------------------------------------


def test_aiken_both_option_styles_and_answer_by_position():
    qs = read_aiken("Q one?\nA. x\nB) y\nANSWER: B\n\nQ two?\nA) p\nB) q\nD) r\nANSWER: C\n")
    assert [(q.prompt, q.choices, q.answer) for q in qs.questions] == [
        ("Q one?", ["x", "y"], "y"), ("Q two?", ["p", "q", "r"], "r")]


def test_aiken_crlf_bom_no_final_newline_and_lenient_answer_case():
    qs = read_aiken("\ufeffQ?\r\nA. a\r\nB. b\r\nanswer: b")
    assert qs.questions[0].answer == "b" and qs.skipped == []


def test_aiken_errors_skip_the_question_with_moodles_line():
    text = "Q?\nA) only\nANSWER: A\n\nB) orphan\n\nGood?\nA) y\nB) n\nANSWER: E\n\nOpen?\nA) 1\nB) 2\nNext?\nA) a\nB) b\nANSWER: 3\n"
    qs = read_aiken(text)
    assert qs.questions == []
    assert [s.line for s in qs.skipped] == [3, 5, 7, 15, 15]
    assert "at least 2" in qs.skipped[0].reason and "ANSWER E" in qs.skipped[2].reason
    assert "option letter" in qs.skipped[4].reason
    assert {s.kind for s in qs.skipped} == {"invalid"}


def test_aiken_unfinished_question_at_end_of_file_is_reported():
    assert read_aiken("Q?\nA) a\nB) b\n").skipped[0].line == 1


def test_aiken_true_false_round_trip():
    qs = QuestionSet("t", [Question("true_false", "Water is wet.", False)])
    text = write_aiken(qs)
    assert text == "Water is wet.\nA) True\nB) False\nANSWER: B\n"
    assert read_aiken(text).questions == qs.questions


def test_aiken_html_characters_stay_plain_text():
    q = read_aiken("Is <b> & more?\nA) <i>\nB) &amp;\nANSWER: A").questions[0]
    assert q.prompt == "Is <b> & more?" and q.choices == ["<i>", "&amp;"]


def test_aiken_writer_refuses_prompts_that_read_as_options():
    qs = QuestionSet("t", [Question("multiple_choice", "A. Lincoln was?", "x", ["x", "y"])])
    with pytest.raises(FormatError, match="question 1"):
        write_aiken(qs)


# --- Kahoot CSV --------------------------------------------------------------

TEMPLATE_TOP = "\n".join([",,,,,,,", ",Quiz template,,,,,,", ",Add questions,,,,,,", ",,,,,,,", ",,,,,,,", ",,,,,,,", ",,,,,,,"])


def kahoot_row(*cells: str) -> str:
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def test_kahoot_header_found_on_row_eight_like_the_template():
    text = TEMPLATE_TOP + "\n" + kahoot_row(*HEADERS) + "\n" + kahoot_row(
        "1", "Capital of France?", "Paris ", "Rome", "", "", "20", "1") + "\n" + "2,,,,,,,\n" * 3
    qs = read_kahoot_csv("\ufeff" + text)
    assert [(q.prompt, q.choices, q.answer, q.time_limit) for q in qs.questions] == [
        ("Capital of France?", ["Paris", "Rome"], "Paris", 20)]
    assert qs.skipped == []


def test_kahoot_semicolons_true_false_and_several_correct():
    text = "Question;Answer 1;Answer 2;Answer 3;Answer 4;Time limit;Correct answer(s)\n" \
           "Sky is blue?;True;False;;;10;1\n" \
           "Pick two;a;b;c;d;30;1,2\n" \
           "Bad key;a;b;;;30;x\n" \
           "Empty key;a;b;;;30;3\n"
    qs = read_kahoot_csv(text)
    assert qs.questions == [Question("true_false", "Sky is blue?", True, time_limit=10)]
    assert [(s.line, s.kind) for s in qs.skipped] == [(3, "multiple_response"), (4, "invalid"), (5, "invalid")]


def test_kahoot_quoted_multiline_cells_keep_line_numbers():
    text = 'Question,Answer 1,Answer 2,Correct\n"Two\nlines?",a,b,2\nSame,x,x,1\n'
    qs = read_kahoot_csv(text)
    assert qs.questions[0].prompt == "Two\nlines?" and qs.questions[0].answer == "b"
    assert qs.skipped[0].line == 4


def test_kahoot_without_header_uses_template_positions():
    qs = read_kahoot_csv("1,Q?,a,b,c,d,60,3\n2,R?,x,y,,,5,2\n")
    assert [(q.prompt, q.answer) for q in qs.questions] == [("Q?", "c"), ("R?", "y")]


def test_kahoot_error_cells_and_numbers_as_floats():
    qs = read_kahoot_csv("Question,Answer 1,Answer 2,Answer 3,Time,Correct\nQ?,a,b,#NAME?,60.0,2.0\n")
    assert [(q.choices, q.answer, q.time_limit) for q in qs.questions] == [(["a", "b"], "b", 60)]


def test_kahoot_writer_adds_extra_columns_only_when_needed():
    qs = QuestionSet("t", [Question("multiple_choice", "Q?", "f", list("abcdef"), explanation="why", time_limit=45)])
    text = write_kahoot_csv(qs)
    assert text.splitlines()[0].endswith("Answer 5,Answer 6,Explanation")
    assert read_kahoot_csv(text).questions == qs.questions
    plain = write_kahoot_csv(QuestionSet("t", [Question("true_false", "S.", False)]))
    assert plain.splitlines()[0].endswith("choose at least one")
    assert plain.splitlines()[1] == "1,S.,True,False,,,,2"


def test_kahoot_unparseable_file_raises_with_a_line():
    with pytest.raises(FormatError) as caught:
        read_kahoot_csv("just,two\n")
    assert caught.value.line == 1


# --- Open Trivia DB ----------------------------------------------------------

ITEMS = [
    {"type": "multiple", "difficulty": "easy", "category": "Science &amp; Nature",
     "question": "Don&#039;t forget that &pi; = 3.14 &amp; doesn&#039;t equal 3.",
     "correct_answer": "Yes", "incorrect_answers": ["No", "Maybe", "Llan&shy;fair"]},
    {"type": "boolean", "difficulty": "easy", "category": "Animals",
     "question": "Rabbits are rodents.", "correct_answer": "False", "incorrect_answers": ["True"]},
]
PLAIN = "Don't forget that π = 3.14 & doesn't equal 3."


def encode_all(items, encode):
    def walk(value):
        if isinstance(value, str):
            from html import unescape
            return encode(unescape(value))
        if isinstance(value, list):
            return [walk(v) for v in value]
        return {k: walk(v) for k, v in value.items()}
    return json.dumps({"response_code": 0, "results": walk(items)})


@pytest.mark.parametrize("encode", [
    None,
    lambda s: base64.b64encode(s.encode()).decode(),
    lambda s: quote(s, safe=""),
    lambda s: quote_plus(s, safe=""),
])
def test_opentdb_every_encoding(encode):
    text = json.dumps({"response_code": 0, "results": ITEMS}) if encode is None else encode_all(ITEMS, encode)
    qs = read_opentdb(text)
    mc, tf = qs.questions
    assert mc.prompt == PLAIN and mc.answer == "Yes" and sorted(mc.choices) == ["Llanfair", "Maybe", "No", "Yes"]
    assert tf.kind == "true_false" and tf.answer is False


def test_opentdb_errors():
    with pytest.raises(FormatError) as caught:
        read_opentdb('{"results": [\n{"type": }]}')
    assert caught.value.line == 2
    with pytest.raises(FormatError, match="response_code"):
        read_opentdb('{"response_code": 5, "results": []}')
    qs = read_opentdb(json.dumps({"results": [{"type": "multiple", "question": "Q", "correct_answer": "a",
                                               "incorrect_answers": ["a", "b", "c"]}, 3]}))
    assert [s.reason.split(":")[0] for s in qs.skipped] == ["item 1", "item 2"]
