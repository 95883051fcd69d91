"""A new student plays a quiz in Chromium: Start, every question, feedback, score, leaderboard."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from quizapp.extensions import db
from quizapp.sets.services import build_set
from support import axe_violations, sample_set_data, sign_up

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def quiz_id(live_app) -> int:
    """A published 4-question set (3 multiple choice, 1 true/false)."""
    with live_app.app_context():
        stored = build_set(sample_set_data("World capitals", 4), published=True)
        db.session.commit()
        return stored.id


def _shot(page, name: str) -> None:
    # Screenshots for people reviewing the screens (PLAY_SCREENSHOTS=1); not needed by the test.
    if os.environ.get("PLAY_SCREENSHOTS") == "1":
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"play-{name}.png"), full_page=True)


def test_play_a_quiz_and_find_yourself_on_the_leaderboard(page, quiz_id):
    sign_up(page, "player1", "Quick Fox")
    assert axe_violations(page) == [], "quiz list"
    page.get_by_role("button", name="Start").click()

    for number in range(1, 5):
        expect(page.get_by_text(f"Question {number} of 4")).to_be_visible()
        question = page.get_by_role("group")
        expect(question).to_be_visible()
        if number == 1:
            expect(page.locator("legend.prompt")).to_be_focused()
            _shot(page, "question")
            assert axe_violations(page) == [], "question"
        if number == 4:
            expect(question.get_by_role("button", name="True")).to_be_visible()
            question.get_by_role("button", name="False").click()
        else:
            # Answer right on odd questions, wrong on even ones, by the button's name.
            name = f"City {number}" if number % 2 else f"Town {number}"
            question.get_by_role("button", name=name, exact=True).click()
        status = page.get_by_role("status")
        verdict = "Correct" if number % 2 else "Incorrect"
        expect(status.get_by_role("heading", name=verdict)).to_be_visible()
        expect(status).to_be_focused()
        if number < 4:
            expect(status.locator("mark")).to_have_text(f"City {number}")
            expect(status).to_contain_text(f"City {number} is capital number {number}.")
        if number == 1:
            _shot(page, "feedback")
            assert axe_violations(page) == [], "feedback"
        page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Your score")).to_be_visible()
    score = page.locator(".final-score").inner_text().strip()
    assert int(score) > 0
    _shot(page, "results")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Leaderboard").click()
    row = page.get_by_role("row").filter(has_text="Quick Fox")
    expect(row).to_contain_text(score)
    _shot(page, "leaderboard")
    assert axe_violations(page) == [], "leaderboard"


def test_keyboard_chooses_and_enter_goes_on(page, quiz_id):
    sign_up(page, "keys", "Keyboard Kid")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 4")).to_be_visible()
    page.keyboard.press("1")
    expect(page.get_by_role("status")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Question 2 of 4")).to_be_visible()
    expect(page.locator("legend.prompt")).to_be_focused()


def test_play_without_javascript(browser, live_server, quiz_id):
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    sign_up(page, "nojs", "No Script")
    page.get_by_role("button", name="Start").click()
    for number in range(1, 5):
        expect(page.get_by_text(f"Question {number} of 4")).to_be_visible()
        page.get_by_role("group").get_by_role("button").first.click()
        expect(page.get_by_role("status")).to_be_visible()
        page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Your score")).to_be_visible()
    context.close()
