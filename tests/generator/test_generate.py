"""Golden tests on the seeds, dev-article structure checks, determinism, property test, CLI."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.commands.generate import generate_command
from quizapp.formats.model import set_problems
from quizapp.formats.quizapp_set import dumps, loads
from quizapp.generator import Article, GeneratorInputError, generate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS, DEV = SHARED / "seeds", SHARED / "dev-articles"


def structural_problems(qs):
    out = []
    texts = {s.id: s.text for s in qs.sources}
    for q in qs.questions:
        if not q.evidence or any(e.sentence not in texts[e.source] for e in q.evidence):
            out.append(("evidence", q.prompt))
        if q.kind == "multiple_choice":
            if not any(q.answer in e.sentence for e in q.evidence):
                out.append(("key not in evidence", q.prompt))
            if not 3 <= len(set(q.choices)) == len(q.choices) <= 6:
                out.append(("choices", q.prompt))
            if any(c.lower() in q.prompt.lower() for c in q.choices):
                out.append(("choice in prompt", q.prompt))
            if not q.prompt.endswith("?"):
                out.append(("no ?", q.prompt))
        elif q.prompt.endswith("?"):
            out.append(("? on statement", q.prompt))
    return out


def test_seed_golden(seed_set):
    qs, files = seed_set
    assert set_problems(qs) == [] and structural_problems(qs) == []
    assert len(qs.questions) >= 12
    who = [q for q in qs.questions if q.prompt.startswith("Who met with Zelensky in Paris")]
    assert who and who[0].answer == "Donald Trump"
    articles = " ".join(path.read_text() for path in files)
    distractors = [c for c in who[0].choices if c != "Donald Trump"]
    # Other people from the articles: full names that the seed stories mention.
    assert len(distractors) >= 2 and all(c in articles and " " in c for c in distractors), distractors
    share = [q for q in qs.questions if q.prompt.startswith("What share of Ukraine")]
    assert share and share[0].answer == "about one-fifth"
    assert all(c.startswith("about ") for c in share[0].choices)
    tf = [q for q in qs.questions if q.kind == "true_false"]
    assert len(tf) >= 4 and {q.answer for q in tf} == {True, False}
    for q in qs.questions:
        assert not any("Zelensk" in c for c in q.choices) or sum("Zelensk" in c for c in q.choices) == 1
        for e in q.evidence:
            assert "Sign up" not in e.sentence and "promotional" not in e.sentence


def test_seed_deterministic(seed_set):
    qs, files = seed_set
    again = generate([Article(p.name, p.read_text(encoding="utf-8")) for p in files])
    assert dumps(qs, "json") == dumps(again, "json")


def test_dev_articles_structure(nlp):
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    if not files:
        pytest.skip("../shared/dev-articles is absent")
    n_mc, n_all = 0, 0
    for path in files:
        qs = generate([Article(path.name, path.read_text(encoding="utf-8"))])
        assert set_problems(qs) == [], path.name
        assert structural_problems(qs) == [], path.name
        # Every article gets at least five questions (an opinion column falls back on its forecasts).
        assert len(qs.questions) >= 5, path.name
        tf = [q for q in qs.questions if q.kind == "true_false"]
        n_mc += len(qs.questions) - len(tf)
        n_all += len(qs.questions)
        trues = sum(q.answer is True for q in tf)
        # Answering "True" throughout must not pay; only a set at the five-question floor may lean true.
        assert trues <= max(2, len(tf) - trues + 1) or len(qs.questions) <= 5, path.name
        # A false statement must not be its evidence sentence word for word.
        for q in tf:
            assert q.answer is True or all(q.prompt != e.sentence.strip() for e in q.evidence), q.prompt
    # Regression floor, measured 14.7% here (18% on 129 unseen articles): fewer since one question per
    # key, no bounded keys ("more than 400"), distractors of the key's sex and party, and, after the
    # unseen-article reviews, no choice without a person cue, no subject question where "also" says
    # someone else did it too, no relative clause hung on a preposition's object. Goal 40%.
    # Session 8: 19 multiple-choice questions of 137 (13.9%); the share fell because statements that name
    # a stem's person no longer count as answering it, so more statements are asked, not fewer questions.
    assert n_mc >= 19 and n_mc / n_all >= 0.13, (n_mc, n_all)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | st.lists(st.sampled_from(
    "The minister said Paris and Berlin agreed to send 500 troops to Ukraine on Monday . he it of".split()),
    max_size=120).map(" ".join))
def test_any_text_gives_valid_set_or_clean_error(nlp, text):
    try:
        qs = generate([Article("x.txt", text)])
    except GeneratorInputError as error:
        assert "\n" not in str(error)
    else:
        assert set_problems(qs) == []


def test_cli_json_and_errors(tmp_path, seed_set):
    runner = CliRunner()
    result = runner.invoke(generate_command, [str(p) for p in sorted(SEEDS.glob("*.txt"))] + ["--max", "8"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["questions"]) <= 8 and all("text" not in s for s in data["sources"])
    loads(result.stdout)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for bad in (empty, binary, tmp_path / "missing.txt"):
        result = runner.invoke(generate_command, [str(bad)])
        assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_name_that_ends_in_a_question_mark_is_no_crash(nlp):
    """"Which?" (a consumer group) left the parser a subject of one "?": once a traceback (session 6)."""
    text = ("Insurers told to treat loyal customers fairly\n\n"
            "Gareth Shaw of consumer champions Which? said the FCA should 'closely monitor insurance firms to "
            "ensure they do right by their loyal customers'. The watchdog said the rules would save £1billion.\n\n"
            "The Financial Conduct Authority said firms must charge existing customers no more than new ones.")
    assert set_problems(generate([Article("which.txt", text)])) == []
