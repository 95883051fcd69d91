"""Stage 5c (clauses): the shared pieces of the number and date rules in :mod:`.questions_numbers`.

How a clause is stated (its own claim, a named source's, or not stated at all), whether the
material of a question is clean (no negation, hedge or pronoun), whether cutting the clause
changes what a number counts, and how the finished stem is written.
"""

from __future__ import annotations

import re

from .facts import HEDGE_LEMMAS, render_with, subject_core

# Verbs whose complement the article presents as established ("a study found that ...").
REPORTING = {"say", "show", "find", "reveal", "report", "announce", "confirm", "tell", "add"}
# Hedges for multiple choice: a plain "will" future is still a stated fact ("will cut 500 jobs").
HEDGED = (HEDGE_LEMMAS - {"will", "set", "offer", "ask", "can"}) | {"estimate", "predict", "forecast", "project"}


def done(slot, wh, aux, stext, doc, ids, repl, verb, clause, sig):
    """(slot, stem, verb, clause, signature) for an inverted question ("How many X did Y ...?"), or None."""
    if not ids or not any(doc[i].pos_ in ("VERB", "AUX") or i in repl for i in ids):
        return None
    prompt = ask(wh, f"{aux} {stext} {render_with(doc, ids, repl)}")
    return slot, prompt, verb, clause, sig


def ask(wh: str, rest: str) -> str | None:
    """The stem "<Wh> <rest>?", or None when too short, too long or left with a pronoun."""
    text = f"{wh[0].upper()}{wh[1:]} {rest}".strip().rstrip(".").rstrip(" -–—,")
    words = text.split()
    if not 5 <= len(words) <= 26 or text.count("(") != text.count(")"):
        return None
    if re.search(r"^How many (?:m|bn|k|million|billion|thousand|times more)\b", text) \
            or re.search(r"\b(it|they|them|this|these|those|such|latter|former|here)\b|, (a|an|the) \w+$", text, re.I):
        return None  # an unresolved pronoun, or a cut apposition at the end
    return text + "?"


def how_stated(verb, doc_id, index) -> str | None:
    """How the article states the clause: "" for its own claim or a plainly reported one ("a study
    found that ..."), the source's name when a named source says it, None when it is not stated."""
    node, source = verb, ""
    while node.dep_ != "ROOT":
        if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING and node.head.pos_ == "VERB":
            node = node.head
            says = [c for c in node.children if c.dep_ == "nsubj"]
            entity = index.at(doc_id, says[0].i) if says else None
            if entity is not None and entity.label in ("PERSON", "ORG") and not source:
                source = entity.canonical if entity.label == "PERSON" else entity.as_written()
        elif node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        else:
            return None
    return None if node.lemma_ in HEDGED else source


def clean(doc, ids, allow=frozenset()) -> bool:
    """No negation, hedge (but those in ``allow``), pronoun or quotation inside the question material."""
    for i in ids:
        tok = doc[i]
        if tok.dep_ == "neg" or tok.lower_ in ("no", "never", "not", "without", "nor"):
            return False
        if tok.lemma_.lower() in HEDGED - allow and tok.pos_ != "PROPN" or tok.tag_ in ("PRP", "PRP$", "WP", "WDT"):
            return False  # (a name is no hedge: "Theresa May")
    return True


def cuts_scope(verb, subj, clause, when=False) -> bool:
    """True when the clause lost a part that limits what is counted.

    "16% of visitors came to the Library [to sit down and work]" or "the 2,200
    employees [who stayed on treatment]": without the cut part the number is
    no longer true, so no number question is made from such a clause. A date (``when``) stays
    true without an adverbial clause ("on 7 June, paving the way for ..."), so that one may go.
    """
    keep = set(clause) | set(subject_core(subj))
    for tok in verb.subtree:
        if tok.i in keep or tok.dep_ not in ("advcl", "relcl", "acl", "xcomp", "ccomp", "appos", "prep", "npadvmod"):
            continue
        if when and in_advcl(tok, verb):
            continue
        if tok.dep_ in ("prep", "npadvmod") and tok.i < subj.i and not _period(tok) \
                and not any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in tok.subtree):
            continue  # a leading "Last week," or "On Monday," only dates the clause; "In Europe," limits it
        if tok.head.i in keep:
            return True
    return False


def _period(tok) -> bool:
    """True for a span of time a figure is counted over ("This year,", "In 2019,", "Since 2002,")."""
    return any(t.ent_type_ == "DATE" and (re.fullmatch(r"\d{4}", t.text) or t.lower_ in (
        "year", "years", "month", "months", "quarter", "season", "decade")) for t in tok.subtree)


def change_levels(verb) -> set[int]:
    """Token ids of a change's "to X" and "from Y" figures ("rose 2% to $11.1bn from $10.9bn"): with
    both levels in the stem a student could work the change out, so a change question drops them."""
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from")
            and any(t.like_num and t.ent_type_ != "DATE" or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                    for t in c.subtree)  # "from 2006 levels" is the baseline a student needs: it stays
            for t in c.subtree}


def has_of(tok) -> bool:
    """True when ``tok`` has an "of/from/to" phrase ("rose by 5% from ...": not a plain change)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from", "to") for c in tok.children)


def pobj_lemma(prep) -> str:
    """The lemma of the object of ``prep`` ("" without one)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return objs[0].lemma_.lower() if objs else ""


def in_advcl(tok, verb) -> bool:
    """True when ``tok`` sits in an adverbial clause of ``verb`` (", paving the way for ...")."""
    return any(a.dep_ == "advcl" and verb in a.ancestors for a in (tok, *tok.ancestors))
