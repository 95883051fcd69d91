"""Stage 5c: number questions from any clause that states a quantity.

One general rule per place a number can sit in a dependency parse:

* counting the subject: "At least 9,000 under-18s have arrived in the UK"
  -> "How many under-18s have arrived in the UK?" (clause order kept);
* a share of the subject: "86% of visitors carried laptops"
  -> "What percentage of visitors carried laptops?";
* counting the object: "The Library receives around 3,000 visitors each day"
  -> "How many visitors does the Library receive each day?" (do-support);
* counting a prepositional object: "in 104 countries" -> "In how many countries ...?";
* money as object or as what something was: "How much did X pay ...?", "How much was the bid?";
* a change: "dropped by 23%", "rose 25%" -> "By what percentage did ... drop?";
* a year: "in 2000" -> "In which year did ...?";
* a date or a month: "on 7 June" -> "On what date will ...?", "in October" -> "In which month was ...?".

Every rule refuses clauses that are hedged, negated, conditional, quoted or
full of pronouns, and claims reported by anything but a plain reporting verb:
a multiple-choice key must be what the article states.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clean import is_boilerplate
from .entities import EntityIndex
from .facts import (CHANGE_VERBS, Fact, clause_entity_ids, clause_ids, find_subject, invert,
                    render, subject_core, subject_text)
from .number_clauses import ask, change_levels, clean, cuts_scope, done, has_of, how_stated, in_advcl, pobj_lemma
from .numbers import MONTHS, calendar_taken, parse_quantity

# Prepositions that front cleanly ("In how many countries ...?"); "to"/"on"/"at" often belong to
# phrasal verbs ("came down to two tie-breaks") and read wrongly when fronted.
_PREPS = {"in", "with", "across", "among"}
_LABELS = ("CARDINAL", "MONEY", "PERCENT", "DATE")
_BAD = re.compile(r"[\"“”?!;:]|(?<!\w)['‘]|\b(if|unless|whether)\b", re.I)
_WHEN = ("DATE", "MONTH")
_PRICE_VERBS = {"trade", "close", "open", "end", "finish", "settle", "stand", "peak"}
_MONEY_VERBS = {"pay", "raise", "spend", "earn", "make", "invest", "lose", "cost", "receive", "borrow", "owe",
                "sell", "charge", "fetch", "award", "bid", "offer", "give", "save", "generate", "win", "fine"}


def number_facts(doc_id: int, sentences, index: EntityIndex) -> list[Fact]:
    """Return number facts (slots count, percent, money, year, date, month) for the sentences of one doc."""
    out: list[Fact] = []
    for sent_i, sent in enumerate(sentences):
        text = sent.text.strip()
        if is_boilerplate(text) or not 6 <= len(sent) <= 60 or _BAD.search(text):
            continue
        for ent in sent.ents:
            if ent.label_ not in _LABELS or re.search(r"\d-\d|\d/\d", ent.text):
                continue  # scores ("6-2") and seasons ("2006/07") are not quantities to ask
            if ent.label_ == "MONEY" and ent.start > sent.start and sent.doc[ent.start - 1].text in ("$", "£", "€"):
                ent = sent.doc[ent.start - 1:ent.end]  # "at $1.364": the model left the dollar sign out
            q, answer = parse_quantity(ent.text, ent.label_), ent.text
            bare = re.sub(r" (last|this|next) year$", "", answer)
            if q is None and ent.label_ == "DATE" and bare != answer:
                # "in October last year": the month is the answer, the parse's anchor is "October"
                q, answer, ent = parse_quantity(bare, "DATE"), bare, sent.doc[ent.start:ent.end - 2]
            if q is not None and q.kind in _WHEN and _one_of_dates(sent.doc, ent):
                continue  # "in June or July": either month alone is only half the answer
            if q is not None and q.kind in _WHEN:
                dates = [e.text for e in sent.doc.ents if e.label_ == "DATE"]
                q = replace(q, taken=calendar_taken(q.kind, dates, sent.doc.text))
            if q is None or q.kind == "COUNT" and q.value < 2 or q.kind == "SHARE":
                continue  # shares are asked by questions.py ("What share of ...")
            if q.kind == "COUNT" and ent.start > 0 and sent.doc[ent.start - 1].lower_ in ("the", "these", "those"):
                continue  # "the two countries" points back at a pair named before: no count to ask
            made = _question_for(doc_id, sent, ent, q, index)
            if made is not None and made[1] is not None:
                slot, prompt, verb, ids, sig = made
                ents = clause_entity_ids(sent.doc, ids, index, doc_id)
                out.append(Fact(doc_id=doc_id, sent_i=sent_i, sentence=text, slot=slot, answer=answer,
                                answer_type=q.kind, prompt=prompt, statement=None, verb=verb.lemma_,
                                signature=(slot, verb.lemma_, ents, sig), quantity=q, clause_entities=ents))
    return out


def _one_of_dates(doc, ent) -> bool:
    """True for a date given with another as a choice or a span: "June or July", "from May to June"."""
    if re.search(r"\b(?:or|and|to|through|until)\b|[-–/]", ent.text):
        return True
    after, before = doc[ent.end:ent.end + 2], doc[max(0, ent.start - 2):ent.start]
    joins = ("or", "and", "to", "-", "–", "through", "until")
    return len(after) == 2 and after[0].lower_ in joins and after[1].ent_type_ == "DATE" \
        or len(before) == 2 and before[1].lower_ in joins and before[0].ent_type_ == "DATE"


def _question_for(doc_id, sent, ent, q, index):
    """(slot, prompt, verb, clause ids, signature key) for one number, or None."""
    doc = sent.doc
    root = ent.root
    noun = root.head if root.dep_ == "nummod" else None
    if noun is not None and not (noun.tag_ == "NNS" or noun.text[:1].islower() and noun.lower_.endswith("s")):
        return None  # "How many" needs a plural noun ("3-1 lead", "world number seven" are not counts)
    anchor = noun if noun is not None else root
    # Climb to the clause the number belongs to: subject, object, or object of a preposition on the verb.
    prep = None
    if anchor.dep_ == "pobj" and anchor.head.dep_ in ("prep", "agent"):
        prep = anchor.head
        verb = prep.head
    else:
        verb = anchor.head
    verb, due = _when_verb(prep) if q.kind in _WHEN and prep is not None else (verb, False)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    stated = how_stated(verb, doc_id, index)
    if stated is None:
        return None
    # A forecast ("would cut the deficit by $338bn") is asked only with its source attached.
    source, allow = stated, {"would", "will"} if stated else set()
    subj, relative = find_subject(verb)
    if subj is None:  # a clause as subject: "eliminating the mandate would lower the deficit"
        subj = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if subj is None or relative or not sent.start <= subj.i < verb.i:
        return None
    subj_ids = {t.i for t in subj.subtree}
    clause = clause_ids(verb, subj_ids)
    when = q.kind in _WHEN
    if when and verb.dep_ == "relcl":
        return None  # "The average American who itemized ... in 2015": the stem loses who is meant
    if when:  # "..., paving the way for a successor": side material; the event's date stands without it
        clause = [i for i in clause if not in_advcl(doc[i], verb)]
    if not clause or not clean(doc, clause + subject_core(subj), allow) or cuts_scope(verb, subj, clause, when):
        return None
    made = _when_question(doc_id, doc, ent, q, verb, subj, clause, prep, index, due) if when else \
        _shape(doc_id, doc, ent, q, verb, subj, clause, noun, anchor, prep, root, index)
    if made is None or made[1] is None or not source:
        return made
    slot, prompt, verb, ids, sig = made
    return slot, prompt[:-1] + f", according to {source}?", verb, ids, sig


def _shape(doc_id, doc, ent, q, verb, subj, clause, noun, anchor, prep, root, index):
    """The question for one number in its clause, by where the number sits."""
    if anchor.i == subj.i and prep is None:
        return _subject_question(doc_id, doc, ent, q, subj, verb, clause, index)
    stext = subject_text(doc, subj, subject_core(subj), index, doc_id)
    inv = invert(verb, clause)
    if stext is None or inv is None or any(doc[i].dep_ in ("conj", "cc") for i in subject_core(subj)):
        return None
    aux, ids, repl = inv
    span = set(range(ent.start, ent.end))
    if noun is not None and prep is None and anchor.dep_ == "dobj" and q.kind == "COUNT":
        # Only the noun and its left modifiers move to the front; "per week" after it stays.
        front = [t.i for t in noun.subtree if t.i <= noun.i and t.i not in span and t.dep_ not in ("det", "predet")]
        wh = "how many " + render(doc, front)
        return done("count", wh, aux, stext, doc, [i for i in ids if i not in front and i not in span], repl,
                     verb, clause, noun.lemma_)
    if noun is not None and prep is not None and q.kind == "COUNT" and prep.lower_ in _PREPS:
        # The whole object phrase moves: "from states ..." must not be left behind the verb.
        front = [t.i for t in noun.subtree if t.i not in span and t.dep_ not in ("det", "predet")]
        wh = f"{prep.lower_} how many " + render(doc, front)
        rest = [i for i in ids if i != prep.i and i not in front and i not in span]
        return done("count", wh, aux, stext, doc, rest, repl, verb, clause, noun.lemma_)
    if noun is not None:
        return None
    sub = {t.i for t in root.subtree}
    if q.kind == "MONEY" and root.dep_ == "dobj" and verb.lemma_ in _MONEY_VERBS:
        return done("money", "how much", aux, stext, doc, [i for i in ids if i not in sub], repl, verb, clause,
                     verb.lemma_)
    if q.kind == "MONEY" and prep is not None and prep.lower_ == "at" and verb.lemma_ in _PRICE_VERBS:
        # "The US currency was trading at $1.364 per euro" -> "At what price was the US currency trading?"
        gone = {t.i for t in prep.subtree}
        return done("money", "at what price", aux, stext, doc, [i for i in ids if i not in gone], repl, verb, clause,
                    verb.lemma_ + ":at")
    if q.kind == "MONEY" and root.dep_ == "attr" and verb.lemma_ == "be" and not repl:
        return done("money", "how much", aux, stext, doc, [i for i in ids if i not in sub], repl, verb, clause,
                     verb.lemma_)
    if q.kind != "YEAR" and verb.lemma_ in CHANGE_VERBS | {"lower", "increase"} and not has_of(root) and (
            prep is not None and prep.lower_ == "by" or prep is None and root.dep_ in ("dobj", "npadvmod")
            and q.kind == "PERCENT"):
        gone = {t.i for t in (prep.subtree if prep is not None else root.subtree)}
        gone |= change_levels(verb) | span  # "rose 2 per cent": "per cent" hangs on the verb, not on "2"
        wh = "by what percentage" if q.kind == "PERCENT" else "by how much"
        return done("percent" if q.kind == "PERCENT" else "money" if q.kind == "MONEY" else "count", wh, aux,
                     stext, doc, [i for i in ids if i not in gone], repl, verb, clause, verb.lemma_ + ":by")
    # A year is asked only of a past event ("In which year did X win?"), never of a forecast.
    if q.kind == "YEAR" and prep is not None and prep.lower_ == "in" and verb.lemma_ != "be" and aux in (
            "did", "was", "were", "had"):
        gone = {t.i for t in prep.subtree}
        return done("year", "in which year", aux, stext, doc, [i for i in ids if i not in gone], repl, verb,
                     clause, None)
    return None


def _when_verb(prep):
    """(verb, scheduled) for the date in ``prep``: the parser hangs "on 7 June" on a role or place
    ("step down as leader on 7 June", "met in Brussels on 7 June") but the date is the verb's; on
    another noun ("the attack on 7 June") it dates that noun and no verb is found. "Authorities are
    due to auction X on 19 December" is asked of "are ... due to", "is scheduled to" of "scheduled"."""
    head = prep.head
    if head.dep_ == "pobj" and head.pos_ in ("NOUN", "PROPN") and head.head.dep_ == "prep" and (
            head.head.lower_ == "as" or head.ent_type_ in ("GPE", "LOC", "FAC")):
        head = head.head.head
    up = head.head
    if head.dep_ == "xcomp" and up.lower_ == "due" and up.dep_ == "acomp" and up.head.tag_ in ("VBZ", "VBP"):
        return up.head, True
    if head.dep_ == "xcomp" and up.lemma_ == "schedule" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in up.children):
        return up, True
    return head, False


def _when_question(doc_id, doc, ent, q, verb, subj, clause, prep, index, due):
    """"On what date will Theresa May step down ...?", "In which month was Mr Khodorkovsky arrested?":
    a past event, or one the article plainly schedules ("are due to"; "will" or a present with a named subject)."""
    slot, wh = ("date", "on what date") if q.kind == "DATE" else ("month", "in which month")
    core = subject_core(subj)
    stext = subject_text(doc, subj, core, index, doc_id)
    inv = (verb.lower_, [i for i in clause if i != verb.i], {}) if due and verb.lemma_ == "be" else \
        None if verb.lemma_ == "be" else invert(verb, clause)
    if prep is None or prep.lower_ != wh[:2] or stext is None or inv is None or any(
            doc[i].dep_ in ("conj", "cc") for i in core):
        return None
    aux, ids, repl = inv
    named = any(doc[i].pos_ == "PROPN" for i in core)  # "Theresa May will ...", not "the price will ..."
    if not (aux in ("did", "was", "were", "had") or due and aux in ("is", "are")
            or aux in ("will", "do", "does") and named):  # "England play Italy on 12 March": a fixture
        return None
    gone = {t.i for t in prep.subtree} | {i for i in range(ent.end, min(ent.end + 2, len(doc)))
                                          if doc[i].lower_ in ("last", "this", "next", "year")}  # "October last year"
    if any(doc[i].text in MONTHS and doc[i].ent_type_ == "DATE" for i in [*ids, *core] if i not in gone):
        return None  # "In which month did loans in January fall to 79,000 from 82,000?": the stem holds a month
    return done(slot, wh, aux, stext, doc, [i for i in ids if i not in gone], repl, verb, clause, None)


def _subject_question(doc_id, doc, ent, q, subj, verb, clause, index):
    """Questions that keep the clause order: "How many X V ...?", "What percentage of X V ...?"."""
    span = set(range(ent.start, ent.end))
    core = [i for i in subject_core(subj) if i not in span]
    if any(doc[i].dep_ in ("conj", "cc") for i in core):
        return None  # "200 bombs, 400 drones and 20 missiles": the other counts would stay in the question
    if q.kind == "PERCENT" and ent.root.i == subj.i:
        of = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not of:
            return None
        wh = "what percentage " + render(doc, [i for i in core if i > ent.end - 1])
        sig = pobj_lemma(of[0])
    elif q.kind == "COUNT" and ent.root.head.i == subj.i:
        front = [i for i in core if doc[i].dep_ not in ("det", "predet") or i > subj.i]
        if not front or doc[front[0]].i > subj.i:
            return None
        wh = "how many " + render(doc, front)
        sig = subj.lemma_
    else:
        return None
    first = doc[clause[0]]
    if first.i < subj.i or first.tag_ not in ("VBD", "VBZ", "VBP", "MD") and first.dep_ not in ("aux", "auxpass"):
        return None
    return "count" if q.kind == "COUNT" else "percent", ask(wh, render(doc, clause)), verb, clause, sig


