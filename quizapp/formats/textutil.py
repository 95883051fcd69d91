"""Small text helpers shared by the format readers and writers (pure stdlib)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import PurePath

# Tags that start a new line when HTML is shown as plain text.
_BLOCK_TAGS = {
    "p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "dt", "dd",
}
# Only these count as "real" HTML in text whose format is not declared, so that
# plain prose such as "if a<b and c>d" is never mistaken for markup.
_KNOWN_TAG = re.compile(
    r"</?(?:p|br|b|i|u|s|em|strong|span|div|a|sub|sup|img|ul|ol|li|h[1-6]|table|tbody|thead|tr|td|th"
    r"|font|code|pre|hr|blockquote|small|big|strike|center|tt|dl|dt|dd)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Return ``markup`` as plain text: tags dropped, entities decoded, whitespace tidied."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # HTMLParser is lenient, but a crash here must never stop an import
        text = html.unescape(re.sub(r"<[^<>]*>", " ", markup))
    return tidy(text)


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains a recognisable HTML tag."""
    return bool(_KNOWN_TAG.search(text))


def tidy(text: str) -> str:
    """Collapse runs of spaces, drop blank lines and trim, keeping single line breaks."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\u00ad", "").split("\n"))
    return "\n".join(line for line in lines if line)


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or a lone CR (classic Mac), and nothing else.

    ``str.splitlines`` also breaks on form feeds and Unicode separators, which
    would make our line numbers disagree with the teacher's editor.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def stem_title(source_name: str | None, default: str = "Imported questions") -> str:
    """Return a set title made from a file name's stem (``"unit-3.gift"`` -> ``"unit-3"``)."""
    if source_name:
        stem = PurePath(source_name.replace("\\", "/")).stem.strip()
        if stem:
            return stem
    return default


def unique_problem(choices: list[str]) -> str | None:
    """Return why ``choices`` can't be played as one multiple-choice question, or None."""
    if any(not c.strip() for c in choices):
        return "a choice is empty"
    if len({c.strip().casefold() for c in choices}) != len(choices):
        return "two choices are the same"
    if not 2 <= len(choices) <= 6:
        return f"has {len(choices)} choices; quizapp plays 2 to 6"
    return None


def true_false_value(text: str) -> bool | None:
    """Map ``True``/``False`` (any case, trimmed) to a bool, anything else to None."""
    folded = text.strip().casefold()
    return {"true": True, "false": False}.get(folded)
