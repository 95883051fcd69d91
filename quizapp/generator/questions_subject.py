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
from .facts import SAY_VERBS, Fact, clause_entity_ids, render
from .people import ROLE_WORDS

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
    # A country's name may be plural in form ("the United States imposed"); the verb says it is one.
    if label not in _WH or entity.label != label or subj.tag_ in ("NNS", "PRP") \
            or subj.tag_ == "NNPS" and label != "COUNTRY":
        return None
    if label == "ORG" and (subj.dep_ == "nsubjpass" or not _organization_like(entity)):
        return None  # laws and programmes pass for organizations ("RFS was introduced ...")
    if label == "ORG" and any(c.dep_ == "appos" and any(t.lower_ in ROLE_WORDS for t in c.subtree)
                              for c in subj.children):
        return None  # "Vas Narasimhan, Novartis's head of drug development, said": a person the model took for a firm
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
    if any(doc[i].tag_ in ("JJS", "RBS") for i in extra):
        return None  # "The earliest Davis will be able to file ... is Wednesday": a misparse, not a title
    first_pred = sub_ids[-1] + 1
    pred = doc[first_pred] if first_pred < sent.end else None
    if pred is None or pred.head.i != root.i and pred.i != root.i or pred.tag_ not in _FINITE:
        return None  # something sits between subject and verb, or the verb is plural/untensed
    subject_text = doc[sub_ids[0]:sub_ids[-1] + 1].text
    front = _fronted(sent, root, sub_ids[0])
    if front is None:
        return None
    written = doc[sent.start:sub_ids[0]].text  # the front as the sentence writes it, capital and all
    lead = (written + " " if front else "") + subject_text + " "
    if not text.startswith(lead):
        return None  # the statement was rewritten at its start (a resolved pronoun, a cut connective)
    rest = text[len(lead):].strip().rstrip(".")
    if front:
        # "Last week, the LSE rejected X" -> "Which organization rejected X last week?"
        rest = f"{rest} {front.rstrip(',')}"
    prompt = f"{_WH[label]} {rest}?"
    words = prompt.split()
    if not 6 <= len(words) <= 28 or re.search(r"[\"“”]| [-–—] ", prompt):
        return None  # quotes, or a dash joining a second statement
    answer = clean_surface(render(doc, own))
    if not answer or answer not in sent.text:
        return None
    ents = clause_entity_ids(doc, [t.i for t in sent if t.i not in sub_ids], index, doc_id)
    return Fact(doc_id=doc_id, sent_i=sent_i, sentence=sent.text.strip(), slot="subj", answer=answer,
                answer_type=label, prompt=prompt, statement=None, verb=root.lemma_,
                signature=("subj", root.lemma_, ents - {entity.id}, None), entity=entity,
                clause_entities=ents)


def _fronted(sent, root, subject_start) -> str | None:
    """The phrase before the subject ("Last week,"), lowercased to go at the end; "" if none;
    None when what comes first is not one movable time or place phrase of the main verb."""
    doc = sent.doc
    if subject_start == sent.start:
        return ""
    before = doc[sent.start:subject_start]
    if len(before) > 8 or before[-1].text != "," and not all(t.ent_type_ == "DATE" for t in before):
        return None  # "Last month the United States imposed ...": a date needs no comma
    heads = {t.i for t in before if t.head.i == root.i and not t.is_punct}
    if len(heads) != 1 or doc[next(iter(heads))].dep_ not in ("prep", "npadvmod"):
        return None
    if any(t.tag_ in ("PRP", "PRP$") or t.is_quote for t in before):
        return None
    first = before[0]
    text = before.text
    if first.pos_ != "PROPN":
        text = first.lower_ + text[len(first.text):]
    return text


def _organization_like(entity) -> bool:
    """True when an organization's name carries a corporate word or the model calls it one steadily."""
    tokens = {w.strip(".,") for s in entity.surfaces for w in s.split()}
    return bool(tokens & ORG_WORDS) or entity.votes.get("ORG", 0) >= 3


_OBJ_WH = {"PERSON": "who", "ORG": "which organization", "COUNTRY": "which country", "CITY": "which city"}
_OBJ_PREPS = {"with", "to", "against", "for", "from", "over"}


def object_fact(doc_id: int, sent_i: int, sent, text: str, index: EntityIndex) -> Fact | None:
    """An object or place question with do-support from the statement ``text`` of ``sent``, or None.

    "Moya beat Roddick in the final." -> "Who did Moya beat in the final?";
    "Trump met with Zelensky in Paris." -> "Where did Trump meet with Zelensky?".
    The object must be a whole named entity of a confident type.
    """
    from .facts import invert, render_with, subject_core, subject_text

    doc, root = sent.doc, sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if root.pos_ != "VERB" or len(subjects) != 1 or any(t.dep_ == "neg" for t in sent):
        return None
    subj = subjects[0]
    sub_ids = sorted(t.i for t in subj.subtree)
    stext = subject_text(doc, subj, subject_core(subj), index, doc_id)
    if stext is None or sub_ids[0] != sent.start or not text.startswith(doc[sub_ids[0]:sub_ids[-1] + 1].text):
        return None
    if any(doc[i].dep_ in ("conj", "cc") for i in subject_core(subj)):
        return None
    end = sent.start_char + len(text) - 1  # the statement may be the main clause only
    pred = [t.i for t in sent if t.i > sub_ids[-1] and t.idx < end and not t.is_punct or t.text in ("-", "'s")
            and sub_ids[-1] < t.i and t.idx < end]
    for tok in (c for c in root.children if c.i > root.i):
        target, gone, wh = _object_slot(doc_id, root, tok, index)
        if target is None:
            continue
        inv = invert(root, [i for i in pred if i not in gone])
        if inv is None:
            return None
        aux, ids, repl = inv
        if not ids or any(doc[i].dep_ == "conj" and doc[i].head.i == root.i for i in ids):
            return None  # a second verb would make the question about two things
        prompt = f"{wh[0].upper()}{wh[1:]} {aux} {stext} {render_with(doc, ids, repl)}?"
        if not 6 <= len(prompt.split()) <= 24 or re.search(r"[\"“”(]", prompt):
            return None
        answer = clean_surface(render(doc, [t.i for t in doc[target.start:target.end]]))
        if not answer or answer not in sent.text:
            return None
        entity = index.at(doc_id, target.root.i)
        slot = "where" if wh == "where" else "obj"
        ents = clause_entity_ids(doc, ids, index, doc_id) | clause_entity_ids(doc, sub_ids, index, doc_id)
        return Fact(doc_id=doc_id, sent_i=sent_i, sentence=sent.text.strip(), slot=slot, answer=answer,
                    answer_type=entity.label, prompt=prompt, statement=None, verb=root.lemma_,
                    signature=(slot, root.lemma_, ents - {entity.id}, None), entity=entity, clause_entities=ents)
    return None


def _object_slot(doc_id, root, tok, index):
    """(entity span, token ids that leave with it, wh-phrase) when ``tok`` holds an askable named object."""
    obj, prep = (tok, None) if tok.dep_ == "dobj" else (None, tok) if tok.dep_ == "prep" else (None, None)
    if prep is not None:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        obj = objs[0] if len(objs) == 1 else None
    if obj is None:
        return None, None, None
    span = next((e for e in root.doc.ents if e.start <= obj.i < e.end and e.root.i == obj.i), None)
    entity = index.at(doc_id, obj.i)
    label = confident_type(entity) if entity is not None and span is not None else None
    if label is None or label != entity.label or label not in _OBJ_WH:
        return None, None, None
    own = {t.i for t in obj.subtree}
    if not own <= set(range(span.start, span.end)) | {t.i for t in obj.subtree if t.dep_ == "det"}:
        return None, None, None  # "Ukraine's army": the object is more than the name
    if label == "ORG" and not _organization_like(entity):
        return None, None, None
    if prep is None:
        return span, own, _OBJ_WH[label]
    if label in ("COUNTRY", "CITY") and prep.lower_ in ("in", "at"):
        return span, own | {prep.i}, "where"
    if label in ("PERSON", "ORG") and prep.lower_ in _OBJ_PREPS:
        return span, own, _OBJ_WH[label]  # the preposition stays: "Who did Trump meet with?"
    return None, None, None


_SAYING = {"say", "predict", "tell", "add", "warn", "explain", "argue", "insist", "note"}
_UNRESOLVED = re.compile(r"\b(it|they|them|he|she|him|his|her|their|its|this|these|those|we|our|us|i|me|my|you|"
                         r"your|here|there is|such)\b", re.I)


def speaker_fact(doc_id: int, sent_i: int, sent, index: EntityIndex) -> Fact | None:
    """"Who said ...?" from reported speech that ends with its speaker.

    "MP3 players remain the most popular stocking filler, said Mr Irish." ->
    "Who said MP3 players remain the most popular stocking filler?" Only indirect
    speech (no quotation marks) that stands alone and a named, confident person.
    """
    doc, root = sent.doc, sent.root
    text = sent.text.strip()
    if root.lemma_ not in _SAYING or root.tag_ not in ("VBD", "VBZ") or re.search(r"[\"“”‘’?!;:]", text):
        return None
    comps = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    speakers = [c for c in root.children if c.dep_ == "nsubj" and c.i > root.i]
    if len(comps) != 1 or len(speakers) != 1:
        return None
    entity = index.at(doc_id, speakers[0].i)
    if entity is None or confident_type(entity) != "PERSON" or entity.label != "PERSON":
        return None
    said = sorted(t.i for t in comps[0].subtree)
    between = [t for t in doc[said[-1] + 1:root.i]]
    if said[0] != sent.start or any(not t.is_punct for t in between):
        return None  # the reported clause must be the whole sentence up to ", said X"
    content = render(doc, said)
    first = doc[said[0]]
    if first.lower_ in ("the", "a", "an") or first.pos_ != "PROPN" and index.at(doc_id, first.i) is None:
        content = first.lower_ + content[len(first.text):]
    if _UNRESOLVED.search(content) or not 5 <= len(content.split()) <= 22:
        return None
    span = next((e for e in doc.ents if e.start <= speakers[0].i < e.end), None)
    if span is None:
        return None
    answer = clean_surface(span.text)
    return Fact(doc_id=doc_id, sent_i=sent_i, sentence=text, slot="said", answer=answer, answer_type="PERSON",
                prompt=f"Who {root.text} {content}?", statement=None, verb=root.lemma_,
                signature=("said", root.lemma_, frozenset(), content.lower()), entity=entity)


def clause_speaker(verb, subj, doc_id, index):
    """The PERSON who says the clause a he/she subject sits in ("X says he ..."), if any."""
    if subj.lower_ not in ("he", "she"):
        return None
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ in SAY_VERBS:
            for c in node.head.children:
                if c.dep_ == "nsubj":
                    ent = index.at(doc_id, c.i)
                    return ent if ent is not None and ent.label == "PERSON" else None
            return None
        node = node.head
    return None
