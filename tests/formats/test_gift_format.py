"""Unit tests for the GIFT reader and writer (quizapp.formats.gift)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.formats.gift import read_gift, write_gift
from quizapp.formats.model import FormatError, Question, QuestionSet


def one(text: str) -> Question:
    qs = read_gift(text)
    assert len(qs.questions) == 1, (qs.questions, qs.skipped)
    return qs.questions[0]


def test_multiple_choice_with_markers_and_feedback():
    q = one("Who's buried in Grant's tomb?{~Grant#no ~Jefferson =no one#yes}")
    assert q.kind == "multiple_choice"
    assert q.prompt == "Who's buried in Grant's tomb?"
    assert q.choices == ["Grant", "Jefferson", "no one"]
    assert q.answer == "no one"


def test_missing_word_gets_a_blank_and_answer_block_may_open_the_stem():
    assert one("Grant is {~buried =entombed ~living} in Grant's tomb.").prompt == "Grant is _____ in Grant's tomb."
    assert one("{~Europe =Asia} is the largest continent.").prompt == "_____ is the largest continent."


def test_general_feedback_is_the_explanation():
    q = one("Pick one {=a ~b ####Because a.}")
    assert q.explanation == "Because a."


@pytest.mark.parametrize(
    "block, value",
    [("{T}", True), ("{TRUE}", True), ("{F}", False), ("{FALSE}", False), ("{ TRUE }", True), ("{\n\tFALSE\n}", False)],
)
def test_true_false_shorthands(block, value):
    q = one("The sun rises in the east." + block)
    assert q.kind == "true_false" and q.answer is value and q.choices == []


def test_true_false_feedback_and_general_feedback():
    q = one("42 is the answer.{FALSE#shown to wrong#shown to right####A Douglas Adams joke.}")
    assert q.answer is False
    assert q.explanation == "A Douglas Adams joke."


def test_lowercase_t_is_a_short_answer_like_moodle():
    qs = read_gift("Is it?{t#bien}")
    assert qs.questions == [] and qs.skipped[0].kind == "short_answer"


def test_escapes_are_literal_text():
    q = one(r"Which is \{not\} a \: control? {~ \~ # tilde =\\ # backslash ~ \= ~ \# }")
    assert q.prompt == "Which is {not} a : control?"
    assert q.choices == ["~", "\\", "=", "#"]
    assert q.answer == "\\"


def test_newline_escape_and_double_backslash():
    q = one(r"Line one\nline two with A \\ B {=x ~y}")
    assert q.prompt == "Line one\nline two with A \\ B"


def test_comments_between_answers_and_urls_are_kept():
    q = one("See http://example.org/x now {\n// a comment\n=a\n  // another\n~b}")
    assert q.prompt == "See http://example.org/x now"
    assert q.choices == ["a", "b"]


def test_partial_credit_answers_become_distractors():
    q = one("Difficult question.{~wrong ~%50%half credit =full credit}")
    assert q.answer == "full credit" and q.choices == ["wrong", "half credit", "full credit"]


def test_weighted_full_credit_answer_is_the_key():
    assert one("Q? {=%100%right ~wrong}").answer == "right"
    assert one("Q? {~%100%right ~%0%wrong}").answer == "right"


def test_multiple_response_and_several_correct_are_skipped_with_reasons():
    qs = read_gift("A?{~%50%a ~%50%b ~c}\n\nB?{=x =y ~z}\n\nC?{~p ~q}")
    assert qs.questions == []
    assert [(s.line, s.kind) for s in qs.skipped] == [
        (1, "multiple_response"), (3, "multiple_choice"), (5, "multiple_choice")]
    assert "2 answers are fully correct" in qs.skipped[1].reason
    assert "no answer" in qs.skipped[2].reason


def test_tilde_equals_quirk_means_correct():
    assert one("Was that film {~as~=like} his others?").answer == "like"


def test_format_markers_are_shown_as_plain_text():
    assert one("[html]<p>Sun &amp; <b>moon</b>?</p>{=<p>yes</p> ~no}").prompt == "Sun & moon?"
    assert one("[html]<p>Sun?</p>{=<p>yes</p> ~no}").choices == ["yes", "no"]
    assert one("[markdown]Who's in **Grant's tomb**?{=no one ~Grant}").prompt == "Who's in **Grant's tomb**?"
    assert one("[plain]Is <b> a tag?{=yes ~no}").prompt == "Is <b> a tag?"
    # Moodle's default format renders HTML too; plain comparisons stay untouched.
    assert one("Is <b>this</b> bold?{T}").prompt == "Is this bold?"
    assert one("Is 3 < 5 and 6 > 4?{T}").prompt == "Is 3 < 5 and 6 > 4?"


def test_unknown_bracket_word_is_text():
    assert one("::n::[Est] pregunta?{=a ~b}").prompt == "[Est] pregunta?"


def test_titles_are_dropped_and_colons_escape():
    assert one("::Q1 \\: part::What?{=a ~b}").prompt == "What?"
    assert one("::Primer:: Esta es:: rara {=a ~b}").prompt == "Esta es:: rara"


def test_crlf_bom_and_cr_only_files():
    text = "\ufeff// c\r\nQ1?{=a ~b}\r\n\r\nQ2?{T}\r\n"
    qs = read_gift(text)
    assert [q.prompt for q in qs.questions] == ["Q1?", "Q2?"]
    assert [q.prompt for q in read_gift("Q1?{=a ~b}\r\rQ2?{F}").questions] == ["Q1?", "Q2?"]


def test_skipped_types_have_their_start_lines():
    text = "\n".join([
        "// header",
        "",
        "Essay?{}",  # 3
        "",
        "// comment before",
        "Match {=a -> 1 =b -> 2}",  # 6
        "",
        "Year?{#1822:1}",  # 8
        "",
        "Two plus two is {=four =4}.",  # 10
        "",
        "Just a description.",  # 12
        "",
        "Cloze {1:MC:~a~=b} and {1:SA:=c}",  # 14
        "",
        "Essay two?{####general}",  # 16
    ])
    qs = read_gift(text)
    assert qs.questions == []
    assert [(s.line, s.kind) for s in qs.skipped] == [
        (3, "essay"), (6, "matching"), (8, "numerical"), (10, "short_answer"),
        (12, "description"), (14, "embedded_answers"), (16, "essay")]
    assert all(s.reason for s in qs.skipped)


def test_categories_become_the_description_and_swallow_the_next_line():
    qs = read_gift("$CATEGORY: $course$/top/Unit 1\n\nQ?{T}\n\n$CATEGORY: Unit 2\nQ2?{F}")
    assert qs.description == "Category: Unit 1; Unit 2\nQ2?{F}"
    assert len(qs.questions) == 1


@pytest.mark.parametrize(
    "text, line",
    [("Q?{=a ~b", 1), ("Intro\nQ?\n=a ~b}", 3), ("ok?{T}\n\nA\nB {=a\n~b", 4), ("a } b { c", 1)],
)
def test_unbalanced_braces_raise_with_the_line(text, line):
    with pytest.raises(FormatError) as caught:
        read_gift(text, "bank.gift")
    assert caught.value.line == line
    assert "bank.gift" in str(caught.value) and f"line {line}" in str(caught.value)


def test_choices_that_cannot_be_played_are_skipped():
    qs = read_gift("Q?{=a ~a}\n\nR?{=1 ~2 ~3 ~4 ~5 ~6 ~7}\n\nS?{=[html]<img src='x'> ~b}")
    assert [s.kind for s in qs.skipped] == ["multiple_choice"] * 3
    assert "same" in qs.skipped[0].reason and "7 choices" in qs.skipped[1].reason


def test_title_comes_from_the_file_name():
    assert read_gift("Q?{T}", "units/Unit 3.gift").title == "Unit 3"
    assert read_gift("Q?{T}").title


def test_writer_escapes_and_round_trips_awkward_text():
    qs = QuestionSet("t", [
        Question("multiple_choice", "a {b} c: #1 ~x =y \\ z\nline <b>2</b>", "=eq",
                 ["=eq", "%50%pct", "[html]tag", "ok"], explanation="why #### not"),
        Question("true_false", "// not a comment", True),
        Question("true_false", "$CATEGORY: x", False, explanation="e"),
    ])
    text = write_gift(qs)
    assert "\\{b\\}" in text and "\\n" in text
    assert read_gift(text).questions == qs.questions


def test_writer_output_is_moodle_shaped():
    qs = QuestionSet("t", [Question("multiple_choice", "Q?", "b", ["a", "b"]), Question("true_false", "S.", True)])
    assert write_gift(qs).split("\n\n")[1:] == ["// question: 1\nQ?{\n\t~a\n\t=b\n}", "// question: 2\nS.{TRUE}\n"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab{}~=#:\\/%[]\n\r\t -> TF$CATEGORY<>&"), max_size=80))
def test_never_crashes_on_any_text(text):
    try:
        qs = read_gift(text)
    except FormatError as error:
        assert error.line is not None and "\n" not in str(error)
    else:
        assert all(s.line is not None for s in qs.skipped)


def test_large_file_is_read_quickly():
    block = "::n::Question number {x}?{=right ~wrong one ~wrong two#feedback}\n\n"
    text = "".join(block.replace("{x}", str(i)) for i in range(40000))
    assert len(text) > 2_000_000
    started = time.perf_counter()
    assert len(read_gift(text).questions) == 40000
    assert time.perf_counter() - started < 20
