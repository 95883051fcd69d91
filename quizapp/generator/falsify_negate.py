"""False twins by negating the main verb: "Xfinity spotted suspicious activity" ->
"Xfinity did not spot suspicious activity".

Used when no number or name can be swapped safely, so an article whose facts
have nothing to swap still gets false statements (a quiz of only true ones pays
whoever answers "True" throughout). Only a plain, single-clause assertion is
negated: no negation already, no second verb joined to the first (negating one
half leaves the other true), no speech or quotation.
"""

from __future__ import annotations

import re

_AUX = {"has", "have", "had", "is", "are", "was", "were", "will", "can", "could", "would", "should", "must",
        "did", "does", "do", "'s", "'ve", "'re"}
_NEGATIVE = re.compile(r"\b(not|no|never|none|nothing|nobody|neither|nor|without|n't|fail(?:ed|s)?|den(?:y|ied|ies)|"
                       r"refus(?:e|ed|es)|reject(?:ed|s)?|declin(?:e|ed|es)|ineffective|unable|unlikely|unclear|"
                       r"unknown|impossible|insufficient|inadequate|unsuccessful|unaware|lack(?:s|ed|ing)?)\b|n't\b", re.I)
_QUANTIFIERS = {"some", "many", "most", "all", "few", "several", "both", "each", "every", "any", "half", "more",
                "fewer", "less", "least", "majority", "minority", "number", "dozens", "hundreds", "thousands",
                "millions", "one", "two", "three", "other", "another", "little", "much"}
# Subjects that "see" things only as causes or times ("Increased costs saw the division report ...").
_CAUSES = {"cost", "rise", "increase", "fall", "decline", "change", "move", "year", "month", "week", "period",
           "season", "decision", "deal", "development", "growth", "drop", "slump", "boom", "merger", "plan"}
_DO = {"VBD": "did not", "VBZ": "does not", "VBP": "do not"}


def negate(sent, text: str) -> str | None:
    """``text`` (a statement made from ``sent``) with its main verb negated, or None when that is unsafe."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or _NEGATIVE.search(text) or re.search(r"[\"“”]", text):
        return None
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in root.children):
        return None  # "spotted X and notified Y": "did not spot X" leaves the rest true
    if any(c.dep_ == "ccomp" for c in root.children) or any(c.dep_ == "xcomp" for c in root.children) and \
            root.lemma_ in ("say", "tell", "add", "report"):
        return None  # negating the saying or expressing, not the claim, reads like a trick ("did not express that")
    if re.search(r"\b(?:too|as well)\b", text) or any(t.tag_ in ("JJR", "RBR") for t in root.subtree if t.i > root.i):
        return None  # "does not play a part too" needs "either"; "is not less optimistic" is no plain denial
    if any(c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ in ("despite", "although", "unlike", "like")
           for c in root.children):
        return None  # "Although sales climbed, X did not ...", "To address it, X did not ...": incoherent
    if re.search(r"\b(?:up|down|rising|falling) from\b|\bonly\b", text, re.I):
        return None  # "Growth was not 1.1%, up from 0.3%" makes no sense; "is not only feasible" wants "but also"
    if re.search(r", (?:especially|particularly|notably|mainly|mostly|largely|chiefly|led by|with)\b",
                 text[text.find(root.text):]):
        return None  # "did not rise sharply, especially among women": the rider still says it rose
    if re.search(r"\bwith (?:\w+ ){1,5}\w+ing\b", text[text.find(root.text):]) \
            or len(re.findall(r"(?:'s|’s|s'|s’) [£$€]?\d", text)) > 1:
        return None  # "has not improved with demand increasing", "did not cost £1.7m, the Lib Dems' £1.19m": the
        # rest still says it happened, or the "not" reaches only half a list
    if re.search(r"\bsome\b", text, re.I):
        return None  # "did not offer some good news" is no English negation
    if len(text.split()) > 28:
        return None  # a long sentence holds several claims; "not" on one leaves the others standing
    if any(c.dep_ in ("advmod", "npadvmod") and c.i < root.i and (not subj_before(root, c)) for c in root.children):
        return None  # "already does not have", "officially did not introduce" read badly
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and any(t.like_num or t.lower_ in _QUANTIFIERS or re.search(r"\d", t.text) for t in subj[0].subtree):
        return None  # "at least 9,000 have not arrived" can be read as true of some of them
    if root.i > sent.start + 1 and sent.doc[root.i - 1].text == "," and sent.doc[root.i - 2].dep_ in ("nsubj", "nsubjpass"):
        return None  # "The test, called a liquid biopsy, screens ...": the parser took the aside's verb for the root
    if root.lemma_ == "see" and subj and (subj[0].lemma_.lower() in _CAUSES or subj[0].pos_ == "NUM"):
        return None  # "Increased costs saw the division report a profit": "did not see" is murky, not false
    if root.lemma_ == "be" and any(c.dep_ == "attr" and any(a.dep_ == "amod" and a.pos_ == "ADJ" for a in c.children)
                                   for c in root.children):
        return None  # "is not a sprawling, ugly metropolis" denies a description, often the writer's view
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if aux:
        first = aux[0]
        if first.lower_ not in _AUX or first.tag_ == "TO":
            return None
        return _replace(text, first.text, f"{first.text} not", first, sent)
    if root.lemma_ == "be" and root.tag_ in ("VBD", "VBZ", "VBP"):
        return _replace(text, root.text, f"{root.text} not", root, sent)
    form = _DO.get(root.tag_)
    if form is None or not root.lemma_.isalpha():
        return None
    return _replace(text, root.text, f"{form} {root.lemma_.lower()}", root, sent)


def _replace(text: str, old: str, new: str, token, sent) -> str | None:
    """Replace the one occurrence of the verb word in ``text`` that precedes the same words as in ``sent``."""
    pattern = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)")
    found = list(pattern.finditer(text))
    if len(found) != 1:
        return None  # the word occurs twice: which one is the verb is not certain
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].i > token.i:
        return None  # "Among the dead are ...": inverted order reads badly negated
    m = found[0]
    return text[:m.start()] + new + text[m.end():]


def subj_before(root, tok) -> bool:
    """True when ``tok`` comes before the clause's subject ("Last month, Facebook introduced ...")."""
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and tok.i < subj[0].i
