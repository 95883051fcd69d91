"""Stage 4: facts, i.e. clauses with one slot we can ask about.

A clause is a verb with its subject and complements, stripped of side material
(appositions, relative clauses, adverbial clauses, coordinated verbs) so the
question built from it is short and stands alone. Each fact names the answer
span in the sentence, the kind of slot, and flags that decide whether the fact
may also become a true/false statement (not hedged, negated, reported or quoted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .anchors import FIRM_NOUNS, owned_metric, stand_ins
from .entities import Entity, EntityIndex, named_word
from .mention_cues import name_before
from .numbers import Quantity, parse_quantity

SAY_VERBS = {"say", "tell", "add", "note", "claim", "argue", "insist", "state", "warn", "suggest", "believe",
             "think", "explain", "write", "reply", "comment", "ask", "report", "describe", "predict",
             "accuse", "deny", "admit", "acknowledge", "call", "estimate", "expect", "fear", "hope"}
HEDGE_LEMMAS = {"may", "might", "could", "would", "should", "can", "must", "expect", "plan", "hope", "want",
                "seek", "try", "consider", "likely", "if", "unless", "whether", "reportedly", "allegedly",
                "probably", "possibly", "perhaps", "propose", "intend", "aim", "set", "will", "shall",
                "potential", "believe", "appear", "seem", "suggest", "threaten", "offer", "urge", "ask"}
MOTION_VERBS = {"travel", "go", "fly", "send", "move", "return", "come", "head", "deploy", "deliver", "export",
                "flee", "arrive", "relocate", "transfer", "visit"}
CHANGE_VERBS = {"rise", "fall", "drop", "increase", "decrease", "grow", "jump", "climb", "slump", "decline",
                "cut", "raise", "reduce", "gain", "lose", "slip", "soar", "surge", "plunge", "shrink", "boost"}
_SKIP_CHILD = {"conj", "cc", "preconj", "parataxis", "advcl", "mark", "dep", "meta", "intj", "discourse", "ccomp"}
_SKIP_INNER = {"appos", "relcl", "acl", "parataxis"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "you", "me", "this", "that",
             "these", "those", "his", "its", "their", "our", "my", "your", "one", "who", "which", "what"}
# Sentence adverbs that only tie a clause to its neighbours ("too"/"even" are degree words: kept).
_FILLERS = {"also", "still", "meanwhile", "however", "now", "then", "already", "yet", "though"}
_WH = {"PERSON": "who", "COUNTRY": "which country", "ORG": "which organization", "CITY": "which place"}


@dataclass
class Fact:
    """One askable slot of one clause."""

    doc_id: int
    sent_i: int
    sentence: str
    slot: str                 # subj, obj, pobj, where, count, share, percent, money, year
    answer: str               # the answer's exact text in the sentence
    answer_type: str          # entity label or quantity kind
    prompt: str
    statement: str | None     # declarative form for true/false, None if unfit
    verb: str
    signature: tuple
    entity: Entity | None = None
    quantity: Quantity | None = None
    clause_entities: frozenset = frozenset()
    reported: bool = False
    extra: dict = field(default_factory=dict)


def _subtree_ids(tok) -> set[int]:
    return {t.i for t in tok.subtree}


def find_subject(verb):
    """Return (subject token, is_relative) for ``verb``, following coordination."""
    # The parser sometimes marks several words nsubj ("vice - chairman Dein"); the nearest is the head.
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and any(t.dep_ == "mark" or t.pos_ == "ADP" for t in before[-2].doc[before[-2].i:before[-1].i]):
        return None, False  # "profit before exceptional items rose": two subjects are a misparse
    for child in (before[-1:] or subjects[:1]):
        if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            if name_before(child) not in (None, verb.head.i):
                # "adviser, Andrew Shearer, Justin Bassi, who advises Brandis": the parser hung the clause on
                # Shearer, but the name just before "who" is Bassi's; the doer is unknown.
                return None, False
            return verb.head, True
        return child, False
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(t.dep_ == "relcl" for t in verb.doc[verb.head.i + 1:verb.i]):
            # "enjoying the exploits of Archer, who has hit seven sixes - and conceded just 7.5 an over":
            # the "and" may join the relative clause, so the doer is unknown.
            return None, False
        return find_subject(verb.head)
    return None, False


def verb_chain(verb) -> list:
    """The verb and its open-complement verbs ("refused to send")."""
    chain = [verb]
    for tok in chain:
        chain += [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return chain


def subject_core(subj) -> list:
    """Tokens of the subject phrase without appositions, relative clauses or dangling commas."""
    drop: set[int] = set()
    for t in subj.subtree:
        if t.dep_ in _SKIP_INNER and t.i != subj.i and not _close_appos(t):
            drop |= _subtree_ids(t)
    ids = [t.i for t in subj.subtree if t.i not in drop]
    return _trim_punct(subj.doc, ids)


def _close_appos(tok) -> bool:
    """A name right after its noun, with no comma ("media giant TimeWarner"), is part of the phrase."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i == tok.head.i + 1


def clause_ids(verb, subj_ids: set[int], keep_ccomp: bool = False) -> list[int]:
    """Token ids of the predicate: the verb's subtree minus side material and the subject."""
    drop = set(subj_ids)
    first_subj = min(subj_ids) if subj_ids else verb.i
    for child in verb.children:
        if keep_ccomp and child.dep_ == "ccomp" and child.i > verb.i:
            continue
        if child.dep_ in _SKIP_CHILD or (child.i < first_subj and child.dep_ not in ("aux", "auxpass", "neg")):
            drop |= _subtree_ids(child)
            drop |= _stolen_subject(child)
    for t in verb.subtree:
        # "an attempt to avoid ..." needs its infinitive; other clauses on nouns are side material.
        if t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            continue
        if t.dep_ in _SKIP_INNER and t.i not in drop and t.i != verb.i and not _close_appos(t):
            drop |= _subtree_ids(t)
    ids = [t.i for t in verb.subtree if t.i not in drop and not (t.dep_ == "advmod" and t.lower_ in _FILLERS)]
    return _trim_punct(verb.doc, ids)


def _stolen_subject(verb) -> set[int]:
    """The words a joined verb lost to the list before it: "led to floods, landslides and the death of 435
    people and authorities said ...", where "authorities" hangs on the list but is the subject of "said"."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return set()
    noun = doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i > noun.i:
        return set()
    cc = [c.i for c in noun.head.children if c.dep_ == "cc" and c.i == noun.left_edge.i - 1]
    return _subtree_ids(noun) | set(cc)


def quoted_ids(sent) -> set[int]:
    """Token ids inside quotation marks (direct speech is not asked about)."""
    inside, out = False, set()
    for tok in sent:
        if tok.text in ("“", "”", '"', "''", "``"):
            inside = tok.text != "”" and not (inside and tok.text in ('"', "''"))
            continue
        if inside:
            out.add(tok.i)
    return out


def _trim_punct(doc, ids: list[int]) -> list[int]:
    keep = set(ids)
    out = []
    for i in sorted(ids):
        tok = doc[i]
        if tok.pos_ == "PUNCT" and tok.text not in "-–" and not (i - 1 in keep and i + 1 in keep):
            continue
        out.append(i)
    return out


def render(doc, ids) -> str:
    """Join tokens in order with their original spacing, tidying gaps left by removals."""
    ids = sorted(ids)
    parts = []
    for n, i in enumerate(ids):
        tok = doc[i]
        nxt = ids[n + 1] if n + 1 < len(ids) else None
        ws = tok.whitespace_ if nxt == i + 1 else (" " if nxt is not None else "")
        parts.append(tok.text + ws)
    text = "".join(parts)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])\s*(?=[,;:]|$)", "", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:")


def _flags(verb, sent, clause: list[int]) -> tuple[bool, bool, bool]:
    doc = verb.doc
    reported = False
    node = verb
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_ in SAY_VERBS:
            reported = True
        node = node.head
    lemmas = {doc[i].lemma_.lower() for i in clause} | {c.lemma_.lower() for c in verb.children if c.dep_ == "mark"}
    hedged = bool(lemmas & HEDGE_LEMMAS) or verb.lemma_ in SAY_VERBS
    negated = any(doc[i].dep_ == "neg" or doc[i].lower_ in ("no", "never", "not", "n't", "without") for i in clause)
    quoted = bool(re.search(r"[\"“”‘]|(?<!\w)'(?!s\b)", sent.text))
    conditional = any(t.lower_ in ("if", "unless", "whether") for t in sent)
    return reported, hedged or negated or quoted or conditional or reported, negated


def invert(verb, clause: list[int]) -> tuple[str, list[int], dict[int, str]] | None:
    """Return (auxiliary, clause ids without it, token replacements) for a question with inversion."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes:
        return auxes[0].text.lower(), [i for i in clause if i != auxes[0].i], {}
    if verb.tag_ == "VBD":
        aux = "did"
    elif verb.tag_ == "VBZ":
        aux = "does"
    elif verb.tag_ == "VBP":
        aux = "do"
    else:
        return None
    if verb.lemma_ == "be":
        return None
    return aux, clause, {verb.i: verb.lemma_}


def render_with(doc, ids, replace: dict[int, str]) -> str:
    """Like :func:`render` but with some tokens' text replaced."""
    if not replace:
        return render(doc, ids)
    saved = {i: doc[i].text for i in replace}
    parts = []
    ids = sorted(ids)
    for n, i in enumerate(ids):
        tok = doc[i]
        nxt = ids[n + 1] if n + 1 < len(ids) else None
        ws = tok.whitespace_ if nxt == i + 1 else (" " if nxt is not None else "")
        parts.append(replace.get(i, saved.get(i, tok.text)) + ws)
    text = "".join(parts)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:")


def subject_text(doc, subj, ids: list[int], index: EntityIndex, doc_id: int) -> str | None:
    """Text for the subject inside a question, or None when it would not stand alone."""
    if subj.lower_ in _PRONOUNS or any(doc[i].lower_ in ("i", "we", "you") for i in ids) \
            or doc[ids[0]].tag_ == "PRP$":
        return None  # "Its private banking operation": whose, another sentence says
    if (owned := owned_metric(doc, ids, doc_id, index)) is not None:
        return owned  # "Revenues increased 11%" in a story about Nike: Nike's revenues
    if len(ids) == 2 and doc[ids[1]].lower_ in FIRM_NOUNS:
        sent = doc[ids[0]].sent
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        if (ids[0], ids[1] + 1) in stand_ins(sent, doc_id, index, previous):
            return index.main_org[doc_id].as_written()
    text = render(doc, ids)
    first = doc[ids[0]]
    # Sentence-initial capitals ("The", "Twenty-seven") are lowered inside a question.
    # "The" is capitalised mid-sentence only inside a name ("The Times"), never in "the US Secret Service".
    if first.is_title and first.lower_ in ("the", "a", "an") and len(ids) > 1 and not _name_with_the(doc, first):
        text = first.lower_ + text[len(first.text):]
    elif first.is_title and first.tag_ == "DT" and first.lower_ not in ("the", "this", "that", "these", "those") \
            and first.is_sent_start:
        text = first.lower_ + text[len(first.text):]  # "Some Citigroup operations": a determiner is never a name
    elif first.is_title and first.pos_ in ("NUM", "DET", "ADJ", "NOUN") \
            and not capitalised_elsewhere(doc, first) \
            and not any(first.text in e.canonical.split() for e in index.entities if named_word(e, first)) \
            and not (len(ids) > 1 and doc[ids[1]].pos_ == "PROPN" and doc[ids[1]].is_title):  # "Electronic Arts"
        text = first.lower_ + text[len(first.text):]
    return text


def _name_with_the(doc, the) -> bool:
    """True when the article writes "The <next word>" with a capital inside a sentence ("in The Times")."""
    nxt = re.escape(doc[the.i + 1].text) if the.i + 1 < len(doc) else None
    return nxt is not None and re.search(rf"[\w,]\s+The\s+{nxt}\b", doc.text) is not None


def capitalised_elsewhere(doc, tok) -> bool:
    """True when the word is capitalised away from a sentence start too (a name: "Trump")."""
    return any(t.text == tok.text and not t.is_sent_start and t.i != tok.i for t in doc)


def quantity_of(doc, tok, index) -> tuple | None:
    """If ``tok`` is the root of a number entity, return (span, Quantity)."""
    if tok.ent_type_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"):
        return None  # most tokens: no need to build the doc's entity spans
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"):
            q = parse_quantity(ent.text, ent.label_)
            return (ent, q) if q else None
    return None


def clause_entity_ids(doc, ids, index, doc_id) -> frozenset:
    """Ids of named entities mentioned in the clause tokens."""
    return frozenset(e.id for e in (index.at(doc_id, i) for i in ids) if e is not None)


def wh_for(entity: Entity) -> str | None:
    """The wh-phrase asking for an entity of this type, or None if we don't ask for it."""
    from .entities import confident_type, place_kind

    # Only ask "who"/"which organization" when cues back the model's type ("Yukos" is no person).
    if confident_type(entity) is None:
        return None
    if entity.label == "CITY":
        return "which city" if place_kind(entity.canonical) == "CITY" else None
    return _WH.get(entity.label)
