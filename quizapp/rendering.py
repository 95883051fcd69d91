"""The one place that decides between a full page and an htmx fragment."""

from __future__ import annotations

from typing import Any

from flask import render_template, request
from jinja2_fragments.flask import render_block


def is_fragment_request() -> bool:
    """Whether htmx asked for a part of the page (boosted navigation wants the whole page)."""
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-Boosted") != "true"


def render(template_name: str, block_name: str | None = None, **context: Any) -> str:
    """Render ``template_name``; for an htmx request, only its block ``block_name``.

    Every screen is one template with named blocks, so the same URL serves the
    full page to browsers without JavaScript and a fragment to htmx.
    """
    if block_name and is_fragment_request():
        return render_block(template_name, block_name, **context)
    return render_template(template_name, **context)
