"""Stage 5: turn each clause into wh-questions (one per askable slot).

Subject slots keep the clause order ("Who met with Zelensky in Paris?"); other
slots front a wh-phrase and invert the auxiliary, adding do-support when the
clause has none ("What share of Ukraine does Russia's invading army occupy?").
"""

from __future__ import annotations

import re

from .clean import is_boilerplate
from .entities import EntityIndex, clean_surface, confident_type
from .number_clauses import change_levels, pobj_lemma
from .questions_subject import clause_speaker
from .facts import (CHANGE_VERBS, HEDGE_LEMMAS, MOTION_VERBS, SAY_VERBS, Fact, _flags, clause_entity_ids, clause_ids,
                    find_subject, invert, quantity_of, quoted_ids, render, render_with, subject_core, subject_text,
                    verb_chain, wh_for)

_VERB_DEPS = ("ROOT", "conj", "ccomp", "relcl")


def facts_from_doc(doc_id: int, sentences, index: EntityIndex) -> list[Fact]:
    """Extract every askable fact from the parsed sentences of one article."""
    facts: list[Fact] = []
    prev_people: set[int] = set()
    for sent_i, sent in enumerate(sentences):
        text = sent.text.strip()
        people = {e.id for e in (index.at(doc_id, t.i) for t in sent) if e is not None and e.label == "PERSON"}
        if not is_boilerplate(text) and 6 <= len(sent) <= 70:
            resolve = next(iter(prev_people)) if len(prev_people) == 1 else None
            quoted = quoted_ids(sent)
            for verb in sent:
                if verb.pos_ == "VERB" and verb.dep_ in _VERB_DEPS and verb.i not in quoted:
                    facts += _clause_facts(doc_id, sent_i, sent, verb, index, resolve)
        prev_people = people
    return facts


def _clause_facts(doc_id, sent_i, sent, verb, index, resolve_id) -> list[Fact]:
    doc = verb.doc
    if verb.dep_ == "ccomp" and verb.head.lemma_ not in SAY_VERBS:
        return []
    if verb.dep_ == "conj" and verb.head.pos_ != "VERB":
        return []
    subj, relative = find_subject(verb)
    if subj is None or not sent.start <= subj.i < sent.end:
        return []
    sub_ent = index.at(doc_id, subj.i)
    if relative:
        if sub_ent is None or subj.dep_ == "pobj":
            return []  # "the napster.com site in the USA, which was facing legal action": the site was
        core = [i for i in range(subj.i, subj.i + 1)]
        core = _entity_span(doc, doc_id, subj.i, index)
        drop = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        clause = [i for i in clause_ids(verb, set()) if i not in drop]
    else:
        core = subject_core(subj)
        clause = clause_ids(verb, {t.i for t in subj.subtree})
    if not clause or not core or min(clause) < max(core) and not relative:  # "Which? said": the subject is "?"
        return []
    if any(doc[i].dep_ == "neg" for i in clause) or any(doc[i].tag_ == "PRP" for i in clause):
        return []
    if any(doc[i].dep_ == "conj" for i in core) or _fragment(verb, clause, core) or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == subj.ent_type_ != "" for c in subj.children):
        return []  # "Jack Kirby, Frank Miller, John Romita and others achieved ...": a list parsed as an aside
    stext = subject_text(doc, subj, core, index, doc_id)
    speaker = clause_speaker(verb, subj, doc_id, index)
    if sub_ent is not None and not _is_entity_phrase(doc, doc_id, core, sub_ent, index):
        sub_ent = None
    if stext is None and speaker is not None:
        # "Trump says he is seeking ...": the pronoun is the speaker; safe to ask about.
        sub_ent, stext = speaker, speaker.canonical
    elif stext is None and subj.lower_ in ("he", "she") and resolve_id is not None:
        stext = next(e for e in index.entities if e.id == resolve_id).canonical
    if stext is None:
        return []
    hedged = {doc[i].lemma_.lower() for i in clause} & (HEDGE_LEMMAS - {"can"})
    # A reported claim or a plan asked as fact would be unfair; "X says he met Y" is X's own act.
    reported, unfit, _ = _flags(verb, sent, clause)
    if reported and not (speaker is not None and sub_ent is speaker) or hedged:
        return []
    reported, unfit, _ = _flags(verb, sent, clause)
    ents = clause_entity_ids(doc, clause, index, doc_id) | ({sub_ent.id} if sub_ent else set())
    pred = render(doc, clause)
    statement = None if unfit else _sentence(f"{stext} {pred}")
    if sub_ent is not None and statement:
        # A subject's title ("French President ...") would give a swapped name away.
        subj_statement = _sentence(f"{_surface(doc, core, sub_ent, index, doc_id)} {pred}")
    base = dict(doc_id=doc_id, sent_i=sent_i, sentence=sent.text.strip(), verb=verb.lemma_,
                clause_entities=frozenset(ents), reported=reported)
    out: list[Fact] = []

    # "In Europe, cameras on mobiles can take 1.3 megapixel images": a figure is true only where it is said to be.
    place_cut = any(c.i < subj.i and c.dep_ in ("prep", "npadvmod") and any(
        t.ent_type_ in ("GPE", "LOC", "NORP") for t in c.subtree) for c in verb.children)

    def add(slot, answer, atype, prompt, entity=None, quantity=None, sig_key=None):
        if prompt is None or "\u201c" in prompt or '"' in prompt or quantity is not None and place_cut:
            return
        if relative and slot != "subj" and any(c.dep_ in ("det", "amod") for c in subj.children):
            return  # "The average American who itemized ... in 2015": the inverted stem keeps only "American"
        if slot in ("subj", "said") and re.match(r"(Who|Which \w+) (have|are|were|do)\b", prompt):
            return  # a singular wh-subject with a plural verb ("Which country have ...")
        others = frozenset(ents - {entity.id} if entity else ents)
        stmt = subj_statement if slot == "subj" and statement else statement
        out.append(Fact(slot=slot, answer=answer, answer_type=atype, prompt=prompt, statement=stmt,
                        entity=entity, quantity=quantity, signature=(slot, verb.lemma_, others, sig_key),
                        **base))

    # Subject slot: the clause keeps its order.
    if sub_ent is not None and verb.lemma_ not in SAY_VERBS and subj.tag_ != "NNPS":
        # A city that acts is its government ("Moscow views NATO as a threat"): not a city question.
        wh = wh_for(sub_ent) if confident_type(sub_ent) != "CITY" else None
        first = doc[clause[0]]
        # "Who" takes a finite verb: "Who met ...", "Who has refused ...", never "Who break ...".
        finite = first.tag_ in ("VBD", "VBZ", "MD") or first.lower_ in ("has", "is", "was", "will", "had")
        if wh and finite and doc[clause[0]].i > subj.i - (0 if not relative else 10**6):
            add("subj", _surface(doc, core, sub_ent, index, doc_id), sub_ent.label,
                _question(wh, pred), entity=sub_ent, sig_key=None)
    if sub_ent is not None and confident_type(sub_ent) == "PERSON" and verb.lemma_ in SAY_VERBS and subj.lower_ not in (
            "he", "she") and not relative:
        # "Who has said the club may seek a full listing?": indirect speech, named speaker.
        said = clause_ids(verb, {t.i for t in subj.subtree}, keep_ccomp=True)
        claim = [t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree if not t.is_punct]
        if claim and not set(claim) <= set(said):
            said = []  # "... the new home secretary had time [to think again]": the claim lost its end
        if any(doc[i].dep_ == "ccomp" for i in said) and not any(
                doc[i].tag_ == "PRP" or doc[i].dep_ == "neg" or doc[i].i in quoted_ids(sent) for i in said) \
                and min(said) > subj.i and len(said) <= 26:
            add("said", _surface(doc, core, sub_ent, index, doc_id), "PERSON",
                _question("who", render(doc, said)), entity=sub_ent)
    if subj.dep_ == "nsubj" and subj.tag_ == "NNS" and not relative and not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children):  # "The two committees"
        nums = [c for c in subj.children if c.dep_ == "nummod"]
        found = quantity_of(doc, nums[0], index) if nums else None
        if found and found[1].kind == "COUNT" and found[1].value > 1 and found[0].root.i == nums[0].i:
            span, q = found
            np_ids = [i for i in core if i not in range(span.start, span.end) and doc[i].dep_ != "det"]
            if np_ids and max(np_ids) == subj.i:
                add("count", span.text, "COUNT", _question("how many " + render(doc, np_ids), pred),
                    quantity=q, sig_key=subj.lemma_)
    inv = invert(verb, clause)
    chain = {t.i for t in verb_chain(verb)}
    for i in clause:
        tok = doc[i]
        ent = index.at(doc_id, i)
        if inv is None:
            break
        aux, ids, repl = inv
        # Named-entity objects and prepositional objects.
        if ent is not None and _is_root_of(doc, doc_id, tok, ent, index):
            span = set(_entity_span(doc, doc_id, i, index))
            if not {t.i for t in tok.subtree} <= span | {t.i for t in tok.subtree if t.dep_ == "det"}:
                continue
            wh = wh_for(ent)
            surface = _surface(doc, sorted(span), ent, index, doc_id)
            if verb.lemma_ in SAY_VERBS:
                continue
            if tok.dep_ == "dobj" and tok.head.i in chain and wh:
                rest = [j for j in ids if j not in {t.i for t in tok.subtree}]
                add("obj", surface, ent.label, _inverted(wh, aux, stext, doc, rest, repl), entity=ent)
            elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in chain:
                prep = tok.head.lower_
                head_lemma = tok.head.head.lemma_
                generic = subj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subj.children)
                if confident_type(ent) in ("COUNTRY", "CITY") and not generic and (prep in ("in", "at") or prep == "to" and head_lemma in MOTION_VERBS):
                    rest = [j for j in ids if j not in {t.i for t in tok.head.subtree}]
                    add("where", surface, ent.label, _inverted("where", aux, stext, doc, rest, repl), entity=ent)
                elif wh and ent.label in ("PERSON", "ORG") and prep in ("with", "to", "for", "from", "against"):
                    rest = [j for j in ids if j not in {t.i for t in tok.subtree}]
                    add("pobj", surface, ent.label, _inverted(wh, aux, stext, doc, rest, repl), entity=ent)
            continue
        found = quantity_of(doc, tok, index)
        if not found:
            continue
        span, q = found
        if span.root.i != i:
            continue
        sub_ids = {t.i for t in tok.subtree}
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        if q.kind == "SHARE" and tok.dep_ == "dobj" and tok.head.i in chain and of:
            wh = "what share " + render(doc, [t.i for t in of[0].subtree])
            add("share", span.text, "SHARE", _inverted(wh, aux, stext, doc, [j for j in ids if j not in sub_ids], repl),
                quantity=q, sig_key=pobj_lemma(of[0]))
        elif q.kind == "COUNT" and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.dep_ == "dobj" \
                and tok.head.head.i in chain and q.value > 1:
            noun = tok.head
            np_ids = [t.i for t in noun.subtree if t.i <= noun.i and t.i not in range(span.start, span.end)
                      and t.dep_ in ("amod", "compound", "nmod") or t.i == noun.i]
            wh = "how many " + render(doc, np_ids)
            # What follows the noun ("sessions per week") stays behind the verb.
            rest = [j for j in ids if j not in {t.i for t in noun.subtree if t.i <= noun.i}]
            add("count", span.text, "COUNT", _inverted(wh, aux, stext, doc, rest, repl), quantity=q,
                sig_key=noun.lemma_)
        elif q.kind == "PERCENT" and tok.head.i in chain and doc[tok.head.i].lemma_ in CHANGE_VERBS and \
                tok.dep_ in ("dobj", "npadvmod") and not of:
            levels = change_levels(doc[tok.head.i])  # "to $11.1bn from $10.9bn" would give the change away
            add("percent", span.text, "PERCENT",
                _inverted("by what percentage", aux, stext, doc, [j for j in ids if j not in sub_ids | levels],
                          repl), quantity=q, sig_key=tok.head.lemma_)
        elif q.kind == "PERCENT" and tok.dep_ == "dobj" and tok.head.i in chain and of:
            wh = "what percentage " + render(doc, [t.i for t in of[0].subtree])
            add("percent", span.text, "PERCENT", _inverted(wh, aux, stext, doc, [j for j in ids if j not in sub_ids], repl),
                quantity=q, sig_key=pobj_lemma(of[0]))
        elif q.kind == "MONEY" and tok.dep_ == "dobj" and tok.head.i in chain:
            add("money", span.text, "MONEY",
                _inverted("how much", aux, stext, doc, [j for j in ids if j not in sub_ids], repl),
                quantity=q, sig_key=tok.head.lemma_)
        elif q.kind == "YEAR" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i in chain:
            rest = [j for j in ids if j not in {t.i for t in tok.head.subtree}]
            add("year", span.text, "YEAR", _inverted("in which year", aux, stext, doc, rest, repl), quantity=q)
    return out


def _fragment(verb, clause, core) -> bool:
    """True when cutting side material would leave the question a fragment.

    A relative clause whose gap is the object ("projects that the EC has been
    funding") or a clause ending on a noun whose infinitive or participle was
    cut ("as a way", "with movies") cannot make a full question.
    """
    doc = verb.doc
    if any(c.dep_ in ("dobj", "pobj") and c.tag_ in ("WDT", "WP") for c in verb.subtree):
        return True
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children) and not any(
            t.dep_ == "dobj" or t.dep_ == "advmod" and t.lower_ in ("when", "where") for t in verb.subtree):
        return True  # "comments Mr Blunkett is alleged to have made": the gap, with no "that", is the object
    keep = set(clause)
    last = doc[max(clause)]
    if any(c.dep_ in ("acl", "relcl") and c.i not in keep for c in last.children):
        return True
    subject = [doc[i] for i in core]
    return any(t.text == "," for t in subject)


def _entity_span(doc, doc_id, i, index) -> list[int]:
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            ids = [t.i for t in ent if t.lower_ != "the" and not (t.is_punct or t.tag_ == "POS")]
            return ids or [i]
    return [i]


def _is_root_of(doc, doc_id, tok, entity, index) -> bool:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.root.i == tok.i
    return False


def _is_entity_phrase(doc, doc_id, core, entity, index) -> bool:
    """True when the subject phrase is the entity plus at most a short title in front."""
    extra = [i for i in core if index.at(doc_id, i) is not entity]
    if not extra:
        return True
    own = [i for i in core if index.at(doc_id, i) is entity]
    if not own or max(extra) > max(own):
        return False
    return len(extra) <= 4 and all(doc[i].dep_ in ("compound", "amod", "det", "nmod", "punct", "poss", "case")
                                   for i in extra)


def _surface(doc, ids, entity, index, doc_id) -> str:
    ids = [i for i in ids if index.at(doc_id, i) is entity]
    return clean_surface(render(doc, ids)) if ids else entity.canonical


_WEAK = re.compile(r"\b(it|they|them|this|these|those|such|same(?!-)|latter|former|here|the country|the two|the pair)\b",
                   re.I)


def _question(wh: str, rest: str) -> str | None:
    text = f"{wh[0].upper()}{wh[1:]} {rest}".strip().rstrip(".").rstrip(" -–—,")
    # Unbalanced brackets or quotes mean a clause was cut badly; short ones are vague.
    if text.count("(") != text.count(")") or len(text.split()) < 6 or re.search(r"[\"“”]", text):
        return None
    # Pronouns without an antecedent, a cut apposition (", a law"), or a plural verb after a singular wh.
    if _WEAK.search(text) or re.search(r", (a|an|the) \w+$|\bboth,|^How many (?:m|bn|k|times more)\b", text):
        return None
    return text + "?"


def _inverted(wh, aux, stext, doc, ids, repl) -> str | None:
    if not ids or not any(doc[i].pos_ in ("VERB", "AUX") or i in repl for i in ids):
        return None
    return _question(wh, f"{aux} {stext} {render_with(doc, ids, repl)}")


def _sentence(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:].rstrip(".") + "."
