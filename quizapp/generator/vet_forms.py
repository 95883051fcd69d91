"""Checks on the form of a stem or statement: whether it says anything, whether its pronouns point anywhere."""

from __future__ import annotations

import re

from .entities import EntityIndex
from .rank import content_words

_EMPTY_WORDS = {"there", "here", "some", "any", "this", "that", "these", "those", "what", "don", "doesn", "didn", "me",
                "my", "we", "our", "you", "your", "it", "its", "thing", "things", "lot", "much", "very", "really"}


def empty_claim(statement: str) -> bool:
    """True when a statement says next to nothing once its "X said" is gone ("There is some good news,
    Roy Alcalay added.", "I don't know what to do.")."""
    return len(content_words(_unattributed(statement)) - _EMPTY_WORDS) <= 2


def _unattributed(statement: str) -> str:
    """The claim of a statement without its "X said" or ", X added." (for counting what it says)."""
    text = re.sub(r",\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|adds|told \w+|warned|noted)\.?$", "", statement)
    text = re.sub(r",\s+(?:said|says|added|adds|warned|noted)\s+(?:[A-Z][\w.'’-]*\s*){1,4}\.?$", "", text)
    return re.sub(r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|told \w+)(?: that)?:?\s+", "", text)


def stray_pronoun(prompt: str, index: EntityIndex) -> bool:
    """True when a stem that does not ask "who" says he/his/her with no person named before it."""
    pronoun = re.search(r"\b(?:he|his|him|she|her|hers)\b", prompt, re.I)
    if pronoun is None or re.match(r"Who(?:m|se)?\b", prompt):
        return False
    before = prompt[:pronoun.start()]
    return not any(re.search(rf"\b{re.escape(a)}\b", before) for e in index.entities if e.label == "PERSON"
                   for a in e.aliases())
