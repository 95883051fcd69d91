"""A new user signs up, logs out and logs in again in Chromium."""

import pytest
from playwright.sync_api import expect

from support import axe_violations, sign_up

pytestmark = pytest.mark.browser


def test_sign_up_log_out_log_in(page):
    sign_up(page, "newstudent", "Newbie")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_text("Newbie")).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    expect(nav.get_by_role("link", name="Log in")).to_be_visible()

    nav.get_by_role("link", name="Log in").click()
    page.get_by_label("Username").fill("newstudent")
    page.get_by_label("Password").fill("wrong password!")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("Unknown username or wrong password.")

    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    expect(nav.get_by_text("Newbie")).to_be_visible()
    # After logging in through boosted navigation the new CSRF token is in use: logging out works.
    page.get_by_role("button", name="Log out").click()
    expect(nav.get_by_role("link", name="Sign up")).to_be_visible()


def test_signup_errors_are_shown_beside_the_field(page):
    page.goto("/signup")
    page.get_by_label("Username").fill("shorty")
    page.get_by_label("Nickname").fill("S")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Field must be between 8 and 128 characters long.")).to_be_visible()
    expect(page.get_by_label("Password")).to_have_attribute("aria-invalid", "true")


def test_pages_work_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    sign_up(page, "nojs", "No Script")
    expect(page.get_by_role("navigation", name="Main").get_by_text("No Script")).to_be_visible()
    context.close()


def test_signup_and_login_pages_are_accessible(page):
    for path in ("/signup", "/login", "/"):
        page.goto(path)
        assert axe_violations(page) == [], path
