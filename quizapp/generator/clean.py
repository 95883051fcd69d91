"""Stage 1: raw article (plain text or HTML) -> title and clean story paragraphs.

Paragraphs are kept as exact substrings of the text we store for the source, so
every sentence taken from them can be quoted verbatim as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import CITIES, COUNTRIES

MAX_CHARS = 200_000
MIN_WORDS = 25


class GeneratorInputError(ValueError):
    """Input the generator refuses (empty, binary, huge, too short or not English)."""


_HTML_TAG = re.compile(r"<\s*/?\s*(html|body|head|p|div|article|span|br|a|h[1-6]|section|main|meta)\b", re.I)

# Whole lines that are page furniture rather than story (matched at the start).
_BOILER_LINE = re.compile(
    r"^\s*\(?\s*(more to read|read more|related( stories| articles| coverage)?\b|sign up\b|subscribe\b|"
    r"advertisement|share this|follow (us|him|her)\b|click here|newsletter|"
    r"(reporting|editing|writing|additional reporting|compiled|produced) by\b|by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}\s*$|"
    r"(photo|image|picture|video)s?( credit)?\s*:|copyright|©|all rights reserved|"
    r"you may occasionally receive|this (story|article) (has been|was) (updated|corrected)|"
    r"(the )?associated press (writer|contributed)|contact (us|the author)|en español\s*$|see all of the best|"
    r"for more (information|details)\b|more information\s*:|\S+\.(com|org|net|gov)/\S*\s*$|"
    r"\d{1,2}:\d{2} ?(am|pm)\b[^.]*\d{4}\s*$|([\w.'’-]+ ){1,8}(has|have) more (information )?(on|about)\b)",
    re.I,
)
# Fragments that mark a sentence as furniture wherever it appears.
_BOILER_ANY = re.compile(
    r"(reporting by|editing by|writing by|additional reporting|in your inbox|sign up for|"
    r"newsletter|promotional content|AP Photo|Getty Images|/Reuters\b|\(Reuters\)|copyright|"
    r"all rights reserved|click here|follow us on|contributed to this report|"
    r"\b(?:has|have) (?:reached out|asked)\b[^.]*\bfor (?:comment|a response)\b|"
    r"(first|originally) published|this article|subscribe|"
    # A photo caption left in the text ("Signage is pictured on the headquarters ... in London, July 2008").
    r"\b(is|are) pictured\b|\bfile photo\b|REUTERS/|\b(is|are) seen\b[^.]*\b(January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?: \d{1,2})?,? (19|20)\d\d\.?$)",
    re.I,
)
# A dateline whose dash a copy lost ("DETROIT Tesla Motors said ..."): a place in capitals before the story's
# first word. Not an organization's acronym ("UNICEF Executive Director ..."): five letters at least, or a
# place of the gazetteer's.
_BARE_DATELINE = re.compile(
    rf"^(?!(?:UNICEF|UNESCO|NASDAQ|FTSE|NASA|NATO|OPEC|UEFA|FIFA)\b)"
    rf"(?:[A-Z][A-Z'.-]{{4,}}|{'|'.join(sorted((w.upper() for w in CITIES + COUNTRIES), key=len, reverse=True))})"
    rf"(?: [A-Z][A-Z'.-]+)*,? (?=[A-Z][a-z]|A )|"
    # "Syria An aid convoy ...": a place of the gazetteer's before a sentence's article
    rf"^(?:{'|'.join(w for w in CITIES + COUNTRIES)}),? (?=(?:A|An|The) [a-z])|"
    # "(CNN)World number one Novak Djokovic ...": an agency tag with no dash, glued to the story
    r"^\((?:CNN|Reuters|AP|AFP)\) ?(?=[A-Z])|"
    # "Jan. 11, 2011 -- The herpes zoster vaccine ...": a health site's date line
    r"^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} ?[-–—]+ ?(?=[A-Z])")
# After one of these, the rest of the page is links and promotions.
_TAIL_START = re.compile(r"^\s*(more to read|related( stories| articles)?|read more|sign up for)\b", re.I)

_STOPWORDS = frozenset(
    "the of and to a in is that for on was with as it by at from he said his be have has are "
    "were an this which not but had they their its who will would been after also more than "
    "one two new year over about up out into we she her there or when last first".split()
)


@dataclass
class CleanArticle:
    """A story ready for parsing: the stored text, its title and the story paragraphs."""

    text: str
    title: str | None
    paragraphs: list[str]


def looks_like_html(text: str) -> bool:
    """Return True when ``text`` is an HTML page rather than plain prose."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html")) or len(_HTML_TAG.findall(text[:50_000])) >= 3


def html_to_text(html: str) -> str:
    """Extract the main text of an HTML page with trafilatura (title on the first line)."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = (getattr(meta, "title", None) or "").strip() if meta else ""
    return f"{title}\n\n{body}" if title and not body.startswith(title) else body


def check_text(text: str, name: str = "input") -> None:
    """Raise GeneratorInputError with a one-line message when ``text`` can't be used."""
    if "\x00" in text or _control_share(text) > 0.01:
        raise GeneratorInputError(f"{name}: looks like a binary file, not an article")
    if not text.strip():
        raise GeneratorInputError(f"{name}: the article is empty")
    if len(text) > MAX_CHARS:
        raise GeneratorInputError(f"{name}: the article is too long ({len(text):,} characters, limit {MAX_CHARS:,})")
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < MIN_WORDS:
        raise GeneratorInputError(f"{name}: the article is too short to ask questions about ({len(words)} words)")
    ascii_letters = sum(1 for w in words if w.isascii())
    stop = sum(1 for w in words if w in _STOPWORDS)
    # Real English prose has 30-50% stopwords; other languages or word lists fall far below.
    if stop / len(words) < 0.15 or ascii_letters / len(words) < 0.8:
        raise GeneratorInputError(f"{name}: the article does not look like English text")


def _control_share(text: str) -> float:
    sample = text[:20_000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / max(1, len(sample))


def is_boilerplate(sentence: str) -> bool:
    """Return True for sentences that belong to page furniture (credits, sign-ups, promos)."""
    return bool(_BOILER_ANY.search(sentence)) or bool(_BOILER_LINE.match(sentence))


def clean_article(raw: str, name: str = "input") -> CleanArticle:
    """Validate ``raw``, extract text from HTML, split off the title and drop furniture lines."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, name)
    if looks_like_html(text):
        text = html_to_text(text)
        check_text(text, name)
    lines = [line for line in text.split("\n")]
    title = None
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if nonempty and len(nonempty) > 1:
        first = lines[nonempty[0]].strip()
        if len(first.split()) <= 25 and not first.endswith((".", ":", ";", ",")) or len(first.split()) <= 14:
            title = first
            nonempty = nonempty[1:]
    paragraphs: list[str] = []
    for i in nonempty:
        line = lines[i].strip()
        if _TAIL_START.match(line) and i > len(lines) * 0.5:
            break
        if _BOILER_LINE.match(line):
            continue
        # A line of up to 20 words without a full stop is a heading, caption or link, not story
        # ("Syria needs a political solution in order to defeat the Islamic State group").
        if len(line.split()) <= 20 and not line.endswith((".", "!", "?", "\u201d", '"', "\u2019", "'")):
            continue
        paragraphs.append(_BARE_DATELINE.sub("", line, count=1) if not paragraphs else line)
    return CleanArticle(text=text, title=title, paragraphs=paragraphs)


# UTF-8 read as cp1252 ("Â£" for "£", "â€œ" for "“"): a lead byte's character followed by continuation ones.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")


def repair_mojibake(text: str) -> str:
    """``text`` with each run of classic mojibake decoded back when the bytes round-trip ("Â£4m" -> "£4m").

    Only for what a student reads (statements, stems): evidence stays verbatim in its source."""
    def fix(m: re.Match) -> str:
        try:
            return m.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)
    return _MOJIBAKE.sub(fix, text)
