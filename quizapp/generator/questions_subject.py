"""Stage 5e: subject questions made from vetted statements.

A sentence that already passed the statement checks (stands alone: no
unresolved pronoun, quotation, hedge or question) and whose subject is a named
person, organization or country becomes a wh-question by putting the
wh-phrase in the subject's place: "Moore denounced the allegations as political
attacks." -> "Who denounced the allegations as political attacks?". The clause
order is kept, so no inversion can go wrong; the verb must be finite and
singular ("Who has ...", never "Who have ...").
"""

from __future__ import annotations

import re

from .entities import ORG_WORDS, EntityIndex, clean_surface, confident_type
from .facts import Fact, clause_entity_ids, render

_WH = {"PERSON": "Who", "ORG": "Which organization", "COUNTRY": "Which country"}
_FINITE = {"VBD", "VBZ", "MD"}
_TITLE_DEPS = ("compound", "amod", "det", "nmod", "poss", "case", "punct", "appos", "prep", "pobj")


def subject_fact(doc_id: int, sent_i: int, sent, text: str, index: EntityIndex) -> Fact | None:
    """A "Who/Which organization/Which country ...?" fact from the statement ``text`` of ``sent``, or None."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    if root.pos_ not in ("VERB", "AUX") or len(subjects) != 1:
        return None
    subj = subjects[0]
    entity = index.at(doc_id, subj.i)
    label = confident_type(entity) if entity is not None else None
    if label not in _WH or entity.label != label or subj.tag_ in ("NNPS", "NNS", "PRP"):
        return None
    if label == "ORG" and (subj.dep_ == "nsubjpass" or not _organization_like(entity)):
        return None  # laws and programmes pass for organizations ("RFS was introduced ...")
    doc = sent.doc
    for conj in (c for c in root.children if c.dep_ == "conj"):
        own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children)
        if own_subject and doc[min(t.i for t in conj.subtree)].idx - sent.start_char < len(text) - 1:
            return None  # "X battled hard, but Y proved the difference": the second clause has its own subject
    sub_ids = sorted(t.i for t in subj.subtree)
    if any(sent.doc[i].dep_ in ("conj", "cc", "relcl", "acl") for i in sub_ids):
        return None  # "Kenteris and Thanou", "X, who ..., ": not one named subject
    own = [i for i in sub_ids if index.at(doc_id, i) is entity]
    extra = [i for i in sub_ids if i not in own]
    # The subject is the name, maybe with a short title or apposition ("Arsenal vice-chairman David Dein").
    if not own or any(sent.doc[i].dep_ not in _TITLE_DEPS for i in extra) or len(extra) > 10:
        return None
    first_pred = sub_ids[-1] + 1
    pred = doc[first_pred] if first_pred < sent.end else None
    if pred is None or pred.head.i != root.i and pred.i != root.i or pred.tag_ not in _FINITE:
        return None  # something sits between subject and verb, or the verb is plural/untensed
    subject_text = doc[sub_ids[0]:sub_ids[-1] + 1].text
    if not text.startswith(subject_text + " "):
        return None  # the statement was rewritten at its start (a resolved pronoun, a cut connective)
    rest = text[len(subject_text):].strip().rstrip(".")
    prompt = f"{_WH[label]} {rest}?"
    words = prompt.split()
    if not 6 <= len(words) <= 28 or re.search(r"[\"“”]", prompt):
        return None
    answer = clean_surface(render(doc, own))
    if not answer or answer not in sent.text:
        return None
    ents = clause_entity_ids(doc, [t.i for t in sent if t.i not in sub_ids], index, doc_id)
    return Fact(doc_id=doc_id, sent_i=sent_i, sentence=sent.text.strip(), slot="subj", answer=answer,
                answer_type=label, prompt=prompt, statement=None, verb=root.lemma_,
                signature=("subj", root.lemma_, ents - {entity.id}, None), entity=entity,
                clause_entities=ents)


def _organization_like(entity) -> bool:
    """True when an organization's name carries a corporate word or the model calls it one steadily."""
    tokens = {w.strip(".,") for s in entity.surfaces for w in s.split()}
    return bool(tokens & ORG_WORDS) or entity.votes.get("ORG", 0) >= 3
