"""A new teacher generates a set from the seed articles, reviews and publishes it; a new student plays it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from support import SHARED, axe_violations, sign_up

pytestmark = pytest.mark.browser
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
TITLE = "Ukraine peace talks"


@pytest.mark.skipif(not SEEDS, reason="the seed articles in ../shared/seeds are absent")
def test_teacher_generates_reviews_publishes_and_a_student_plays(page):
    sign_up(page, "newteacher", "Ms Teach", role="Teacher")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My question sets").click()
    page.get_by_role("link", name="New question set").click()
    page.get_by_label("Title").fill(TITLE)
    articles = "\n---\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    page.get_by_label("Articles").fill(articles)
    page.get_by_role("button", name="Generate questions").click()

    expect(page.get_by_role("heading", name="Review the proposals")).to_be_visible(timeout=60_000)
    queue = page.locator("#queue")
    proposals = queue.locator("article.proposal")
    before = proposals.count()
    assert before >= 2
    queue.get_by_role("button", name="Reject").first.click()
    expect(proposals).to_have_count(before - 1)
    page.get_by_role("button", name="Accept all").click()
    expect(page.get_by_role("heading", name=f"Questions ({before - 1})")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published", exact=True)).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], [(v["id"], [n["html"] for n in v["nodes"]]) for v in violations]
    page.get_by_role("button", name="Log out").click()

    sign_up(page, "newstudent", "Stu Dent")
    card = page.get_by_role("article").filter(has=page.get_by_role("heading", name=TITLE))
    expect(card).to_be_visible()
    card.get_by_role("button", name="Start").click()
    for _ in range(before - 1):  # every accepted question, none of the rejected one
        page.get_by_role("group").get_by_role("button").first.click()
        expect(page.get_by_role("status")).to_be_visible()
        page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Your score")).to_be_visible()


def test_write_a_question_inline_and_without_javascript(page, browser, live_server):
    sign_up(page, "writer", "Writer", role="Teacher")
    expect(page.get_by_role("link", name="My question sets")).to_be_visible()
    page.goto("/teach/sets/new")
    page.get_by_label("Title").fill("Rivers")
    page.get_by_role("button", name="Create empty set").click()
    page.get_by_role("button", name="Add a multiple-choice question").click()
    page.get_by_label("Question", exact=True).fill("Which river is longest?")
    page.get_by_label("Choice 1", exact=True).fill("Nile")
    page.get_by_label("Choice 2", exact=True).fill("Thames")
    page.get_by_label("Choice 1 is correct").check()
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_text("Which river is longest?")).to_be_visible()

    # Inline: the editor replaces the question in place; Cancel and Save swap it back.
    page.get_by_role("button", name="Edit question 1").click()
    editor = page.locator("article.question.editing")
    expect(editor).to_be_visible()
    editor.get_by_role("button", name="Cancel").click()
    expect(editor).to_have_count(0)
    page.get_by_role("button", name="Edit question 1").click()
    editor.get_by_label("Choice 2", exact=True).fill("")
    editor.get_by_role("button", name="Save question").click()
    expect(editor.get_by_text(re.compile("2 to 6 choices"))).to_be_visible()
    editor.get_by_label("Choice 2", exact=True).fill("Amazon")
    editor.get_by_role("button", name="Save question").click()
    expect(page.get_by_text("Amazon")).to_be_visible()
    assert "/edit" not in page.url  # edited in place

    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    nojs = context.new_page()
    nojs.goto("/login")
    nojs.get_by_label("Username").fill("writer")
    nojs.get_by_label("Password").fill("correct horse battery")
    nojs.get_by_role("button", name="Log in").click()
    expect(nojs.get_by_role("link", name="My question sets")).to_be_visible()
    nojs.goto(page.url)
    nojs.get_by_role("button", name="Edit question 1").click()
    nojs.get_by_label("Question", exact=True).fill("Which river is the longest?")
    nojs.get_by_role("button", name="Save question").click()
    expect(nojs.get_by_text("Which river is the longest?")).to_be_visible()
    context.close()
