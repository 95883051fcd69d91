"""CSRF: every teacher form carries the token, and a POST without it is refused."""

from __future__ import annotations

import re

import pytest

from support import make_config


@pytest.fixture
def app_config(tmp_path, backend):
    """This module runs with CSRF protection on."""
    return make_config(tmp_path, backend, WTF_CSRF_ENABLED=True)


def test_forms_carry_the_token_and_posts_without_it_get_400(client, make_teacher, make_set):
    teacher = make_teacher("teacher")
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post("/login", data={"username": "teacher", "password": "correct horse battery",
                                       "csrf_token": token}).status_code == 303
    set_id = make_set(owner=teacher, published=False)
    for url in ("/teach/sets/new", f"/teach/sets/{set_id}", f"/teach/sets/{set_id}/settings", "/teach/import",
                f"/teach/sets/{set_id}/generate", f"/teach/sets/{set_id}/questions/new?kind=true_false"):
        page = client.get(url).get_data(as_text=True)
        forms = re.findall(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", page, re.S)
        assert forms, url
        assert all('name="csrf_token"' in form for form in forms), url
    assert client.post(f"/teach/sets/{set_id}/publish").status_code == 400
    assert client.post("/teach/sets/new", data={"title": "x", "time_limit": "30", "scoring": "timed"}).status_code == 400
