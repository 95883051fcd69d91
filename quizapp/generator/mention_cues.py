"""Cues in the words around one entity mention that tell what kind of name it is."""

import re

_STAFF_WORDS = {"analyst", "economist", "strategist", "researcher", "trader", "analysts", "economists",
                "strategists", "researchers", "traders"}


def employer(doc, ent) -> bool:
    """True when the mention names where people work, so not a person: "analysts at Morgan Stanley",
    "Raymond James analyst Ann Lee"."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ == "NOUN" \
            and root.head.head.lower_ in _STAFF_WORDS | {"director", "head", "professor", "chief", "partner"}:
        return True
    after = doc[ent.end:ent.end + 2]
    return len(after) == 2 and after[0].lower_ in _STAFF_WORDS and after[1].ent_type_ == "PERSON"


def name_s(doc, ent) -> str:
    """The "'s" of a name such as "McDonald's" or "Wendy's": one no noun follows ("McDonald's said",
    "shares in McDonald's rose", "Wendy's, another rival"), so it cannot be a possessive."""
    s_i = ent.end - 1 if ent[-1].text in ("'s", "’s") else ent.end
    if s_i >= len(doc) or doc[s_i].text not in ("'s", "’s") or s_i == ent.start:
        return ""
    after = doc[s_i + 1] if s_i + 1 < len(doc) else None
    if after is None or after.is_space or after.pos_ in ("ADP", "SCONJ", "CCONJ") \
            or after.pos_ in ("VERB", "AUX") and after.dep_ not in ("amod", "compound", "nmod") \
            or after.is_punct and after.text not in ("-", "–", "—", "\"", "“", "'", "‘"):
        return doc[s_i].text
    return ""


def spelled_out_lowercase(acronym: str, text: str) -> bool:
    """True when the article spells ``acronym`` out in lowercase words ("personal protective equipment, or
    PPE"): a thing the model tagged as an organization."""
    return acronym.isupper() and re.search(rf"\b[a-z]+(?: [a-z]+){{1,5}},? (?:or |\()(?:the )?{re.escape(acronym)}\b",
                                           text) is not None


def name_before(wh) -> int | None:
    """The head index of the noun phrase right before a relative pronoun (past commas), or None:
    the name a "who" most plainly belongs to."""
    at = wh.i - 1
    while at >= 0 and wh.doc[at].is_punct:
        at -= 1
    if at < 0 or wh.doc[at].pos_ not in ("PROPN", "NOUN"):
        return None
    tok = wh.doc[at]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok.i
