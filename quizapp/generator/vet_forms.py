"""Checks on the form of a stem or statement: whether it says anything, whether its pronouns point anywhere."""

from __future__ import annotations

import re

from .entities import EntityIndex
from .gazetteer import NATIONAL_THINGS
from .nlp import get_nlp
from .rank import content_words
from .statements_checks import back_reference

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


def stem_back_reference(prompt: str, sentence: str, article_text: str, title: str = "") -> str | None:
    """The "the <noun>" of a question stem that points back to a noun the article used before the
    sentence it comes from ("Who landed in the provincial capital on Friday?"), or an "it"/"its" with no
    noun before it, or None. The stem is parsed on its own with the shared pipeline."""
    at = article_text.find(sentence)
    before = (title + " " + article_text[:max(0, at)]).lower()
    seen = set(re.findall(r"[a-z]+", before))
    seen |= {w[:-1] for w in seen if w.endswith("s")}
    doc = get_nlp()(prompt)
    its = next((t for t in doc if t.lower_ in ("it", "its")), None)
    if its is not None and not any(t.tag_ in ("NN", "NNP") for t in doc[:its.i]):
        return its.text  # "Who said immigrants are crucial to its chances of revival?": whose?
    found = back_reference(list(doc), seen)
    if found is None or found.lower() in NATIONAL_THINGS - {"capital", "state", "side", "team", "border"}:
        return None  # "the government" of a story about one country is that country's
    if found.lower() in _ONE_PER_BODY and re.search(rf"\b[A-Z][\w.&'-]* {re.escape(found)}\b", prompt):
        return None  # "the Manchester United manager": a club or firm has one
    return found


_ONE_PER_BODY = {"manager", "coach", "chairman", "chairwoman", "chief", "boss", "captain", "director", "executive"}


def agree_article(true_text: str, false_text: str | None) -> str | None:
    """``false_text`` with "a"/"an" before its first changed word made to fit it ("a December meeting" swapped
    to "an October meeting", not "a October meeting")."""
    if not false_text:
        return false_text
    old, new = true_text.split(), false_text.split()
    at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), None)
    if at is None or at == 0 or new[at - 1].lower() not in ("a", "an"):
        return false_text
    word = new[at]
    if re.fullmatch(r"[A-Z]{2,}\W*", word):  # said letter by letter: "an MP", "a US firm"
        vowel = word[0] in "AEFHILMNORSX"
    else:
        vowel = bool(re.match(r"(?:[aeio]|u(?!ni|s[aeu])|8|11[^\d]|18[^\d])", word.lower() + " ")) \
            and not re.match(r"(?:one|eu)", word.lower())
    new[at - 1] = ("an" if vowel else "a") if new[at - 1].islower() else ("An" if vowel else "A")
    return " ".join(new)
