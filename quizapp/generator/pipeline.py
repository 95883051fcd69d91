"""The whole generator: articles -> clean text -> spaCy -> entities -> facts ->
questions with distractors -> ranked, filtered QuestionSet."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from quizapp.formats.model import Conflict, Evidence, Question, QuestionSet, Source

from .clean import GeneratorInputError, clean_article, repair_mojibake
from .distractors import (comparable, entity_distractors, in_prompt, key_text, number_distractors,
                          same_kind_orgs, unlinked)
from .entities import EntityIndex
from .facts import Fact
from .nlp import get_nlp
from .questions import facts_from_doc
from .questions_numbers import number_facts
from .questions_roles import role_facts, unique_roles
from .questions_subject import object_fact, speaker_fact, subject_fact
from .balance import balance_tf
from .rank import Candidate, content_words, score
from .statements import sentence_statements
from .statements_quotes import quote_statements
from .vet import LAST, SOFT, severity, unify_spelling
from .vet_claims import bounded_swap, hedged, safe_false

DEFAULT_MAX = 20
MIN_QUESTIONS = 10
FLOOR_QUESTIONS = 5


@dataclass
class Article:
    """One input article: ``name`` (e.g. a file name) and its text (plain text or HTML)."""

    name: str
    text: str


def generate(articles: Sequence[Article], *, title: str | None = None, max_questions: int | None = None,
             bank: Mapping[str, Sequence[str]] | None = None) -> QuestionSet:
    """Generate a question set from articles about one event (see the package docstring)."""
    if not articles:
        raise GeneratorInputError("no articles given")
    cleaned = [clean_article(a.text, a.name) for a in articles]
    nlp = get_nlp()
    # Paragraphs are parsed separately so no sentence can straddle two of them; entity
    # ids are per paragraph doc, each remembering the article it came from.
    para_docs = [(doc_id, doc) for doc_id, art in enumerate(cleaned) for doc in nlp.pipe(art.paragraphs)]
    index = EntityIndex.from_docs(doc for _, doc in para_docs)
    facts: list[Fact] = []
    by_article: dict[int, list] = defaultdict(list)
    for pid, (doc_id, doc) in enumerate(para_docs):
        by_article[doc_id].append((pid, doc))
    n_sents: dict[int, int] = {}
    statements = []
    all_text = "\n".join(art.text for art in cleaned)
    role_pairs: list = []
    for doc_id, items in sorted(by_article.items()):
        sent_i = 0
        memory: dict = {}
        for pid, doc in items:
            sents = list(doc.sents)
            found = facts_from_doc(pid, sents, index)
            # Number rules add what the clause rules missed; one question per number.
            asked = {(f.sent_i, f.answer) for f in found}
            found += [f for f in (speaker_fact(pid, n, sent, index) for n, sent in enumerate(sents))
                      if f is not None and (f.sent_i, f.answer) not in asked]
            asked_subj = {(f.sent_i, f.answer) for f in found if f.slot in ("subj", "said")}
            found += [f for f in number_facts(pid, sents, index) if (f.sent_i, f.answer) not in asked]
            for fact in found:
                fact.extra["article"] = doc_id
                fact.sent_i += sent_i
                facts.append(fact)
            for role, fact in role_facts(pid, sents, index):
                fact.extra["article"], fact.sent_i = doc_id, fact.sent_i + sent_i
                role_pairs.append((role, fact))
            # False twins are checked against every article: another source may state the swap.
            for st in sentence_statements(pid, sents, index, all_text, memory):
                # A vetted statement with a named subject also makes a subject question.
                made = [subject_fact(pid, st.sent_i, sents[st.sent_i], st.text, index) if st.tier < 2 else None,
                        object_fact(pid, st.sent_i, sents[st.sent_i], st.text, index) if st.tier == 0 else None]
                for fact in made:
                    if fact is not None and (fact.sent_i, fact.answer) not in asked_subj:
                        fact.extra["article"], fact.sent_i = doc_id, fact.sent_i + sent_i
                        facts.append(fact)
                st.doc_id, st.sent_i = doc_id, st.sent_i + sent_i
                statements.append(st)
            sent_i += len(sents)
        n_sents[doc_id] = sent_i
        statements += quote_statements(doc_id, items, index)
    facts += unique_roles(role_pairs)
    sources = [Source(id=f"s{i + 1}", title=_title(art, a), text=art.text)
               for i, (art, a) in enumerate(zip(cleaned, articles))]
    groups, conflicts = _merge(facts, sources)
    title_words = content_words(" ".join(s.title for s in sources))
    cands = []
    for group in groups:
        cands += _candidates(group, groups, index, bank, n_sents, title_words, sources)
    cands += _statement_candidates(statements, sources, n_sents, title_words)
    graded = [(max(severity(c, sources[c.doc_id].text, index, sources[c.doc_id].title),
                   LAST if getattr(c, "last_resort", False) else 0), c) for c in cands]
    for g, c in graded:
        # A last-resort statement (vague subject, forecast) is never turned false: the swap is unsupported.
        # Nor is a hedged or projected one ("would increase", "is expected to"): its swap is only unsupported.
        c.false_text = safe_false(c.false_text, index) if g < LAST and not hedged(c.question.prompt) \
            and not bounded_swap(c.question.prompt, c.false_text) else None
    limit = max_questions if max_questions is not None else DEFAULT_MAX
    shown = [(c.question.prompt, c.question.answer) for _, c in graded]
    chosen = balance_tf([c for g, c in graded if g == 0], max(0, limit), MIN_QUESTIONS, FLOOR_QUESTIONS)
    for level in (SOFT, LAST):
        if len(chosen) >= min(limit, FLOOR_QUESTIONS):
            break
        # A short or opinion-heavy article: plain "will" statements, then other forecasts, top it up to five.
        for (g, c), (prompt, answer) in zip(graded, shown):
            c.score -= 50.0 if g == level else 0.0
            c.question.prompt, c.question.answer = prompt, answer  # balancing turns statements false
        chosen = balance_tf([c for g, c in graded if g <= level], max(0, limit), MIN_QUESTIONS, FLOOR_QUESTIONS)
    unify_spelling([c.question for c in chosen], index)
    for c in chosen:
        c.question.prompt = repair_mojibake(c.question.prompt)
    return QuestionSet(
        title=(title or sources[0].title).strip() or "Quiz",
        description=f"Questions generated from {len(sources)} article{'s' if len(sources) > 1 else ''}.",
        questions=[c.question for c in chosen],
        sources=sources,
        conflicts=conflicts,
    )


def _title(art, article: Article) -> str:
    if art.title:
        return art.title
    words = (art.paragraphs[0] if art.paragraphs else article.name).split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def _answer_id(fact: Fact):
    if fact.entity is not None:
        return ("e", fact.entity.id)
    return ("q", fact.quantity.kind, round(fact.quantity.value, 4))


def _merge(facts: list[Fact], sources) -> tuple[list[list[Fact]], list[Conflict]]:
    """Group facts that state the same thing (across articles); report disagreeing numbers."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        slot, verb, others, sig_key = fact.signature
        key = (slot, verb, sig_key, _answer_id(fact))
        for gkey, members in groups.items():
            lead = members[0]
            same = gkey[:4] == key and (others & lead.signature[2] or others == lead.signature[2])
            # Another article may word the same fact differently ("of Ukraine" / "of Ukrainian territory").
            across = (lead.extra["article"] != fact.extra["article"] and gkey[0] == slot and gkey[1] == verb
                      and gkey[3] == key[3] and (slot != "said" or _similar(lead.prompt, fact.prompt)))
            if same or across:
                members.append(fact)
                break
        else:
            groups[key + (len(groups),)] = [fact]
    conflicts: list[Conflict] = []
    bad: set[int] = set()
    numeric = [(k, g) for k, g in groups.items() if g[0].quantity is not None and g[0].signature[3]]
    for n, (k1, g1) in enumerate(numeric):
        for k2, g2 in numeric[n + 1:]:
            f1, f2 = g1[0], g2[0]
            if f1.extra["article"] == f2.extra["article"] or k1[:3] != k2[:3]:
                continue
            if f1.quantity.kind == f2.quantity.kind and f1.quantity.value != f2.quantity.value:
                bad |= {id(g1), id(g2)}
                conflicts.append(Conflict(
                    description=f"The sources disagree: {f1.answer!r} vs {f2.answer!r} ({f1.prompt})",
                    evidence=(Evidence(sources[f1.extra['article']].id, f1.sentence),
                              Evidence(sources[f2.extra['article']].id, f2.sentence))))
    return [g for g in groups.values() if id(g) not in bad], conflicts


def _similar(a: str, b: str) -> bool:
    """True when two prompts share most content words (one fact worded by two articles)."""
    wa, wb = content_words(a), content_words(b)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.4


def _true_answers(group: list[Fact], groups: list[list[Fact]]) -> tuple[set[int], set[float]]:
    """Answers the articles give for the same slot of the same predicate (they can't be distractors)."""
    f = group[0]
    ids, values = set(), set()
    for other in groups:
        g = other[0]
        if g.slot == f.slot and g.verb == f.verb and g.signature[3] == f.signature[3]:
            if g.entity is not None:
                ids.add(g.entity.id)
            if g.quantity is not None:
                values.add(g.quantity.value)
    return ids, values


def _evidence(group: list[Fact], sources) -> list[Evidence]:
    seen, out = set(), []
    for fact in sorted(group, key=lambda f: (f.extra["article"], f.sent_i)):
        ev = Evidence(sources[fact.extra["article"]].id, fact.sentence)
        if ev not in seen:
            seen.add(ev)
            out.append(ev)
    return out


def _candidates(group, groups, index, bank, n_sents, title_words, sources) -> list[Candidate]:
    lead = group[0]
    evidence = _evidence(group, sources)
    # The first evidence sentence must be the one the key is quoted from.
    lead_ev = Evidence(sources[lead.extra["article"]].id, lead.sentence)
    evidence.remove(lead_ev)
    evidence.insert(0, lead_ev)
    true_ids, true_values = _true_answers(group, groups)
    prompt = lead.prompt
    if lead.entity is not None:
        key = key_text(lead.entity, [lead.sentence], lead.answer)
        wrong = entity_distractors(lead.entity, key, prompt, index, true_ids, bank)
    else:
        key = lead.answer
        wrong = number_distractors(lead.quantity, key, prompt, true_values)
    if lead.entity is not None and lead.entity.label == "ORG":
        wrong = same_kind_orgs(key, wrong)
    last_resort = False
    if lead.slot == "role":
        wrong = unlinked(prompt, wrong, sources[lead.extra["article"]].text)
        fitting = comparable(prompt, wrong, "\n".join(s.text for s in sources))
        # Too few people in a comparable capacity: the key is obvious; kept only for a short article.
        last_resort = len(fitting) < 2
        wrong = wrong if last_resort else fitting
    # Plain substring test as well: a choice "US" must not hide inside "Russian" in the prompt.
    wrong = [w for w in wrong if w.lower() not in prompt.lower()
             and not set(re.findall(r"\d[\d,.]*", w)) & set(re.findall(r"\d[\d,.]*", prompt))]  # "12%" vs "12 months"
    if key not in lead.sentence or in_prompt(prompt, key) or key.lower() in prompt.lower() or len(wrong) < 2:
        return []
    n_src = len({e.source for e in evidence})
    mentions = lead.entity.mentions if lead.entity is not None else 2
    base = score(lead.slot, prompt, lead.sent_i, n_sents[lead.extra["article"]], mentions, title_words,
                 n_src, lead.reported)
    shown = wrong[:3]
    choices = list(shown)
    pos = _stable(prompt) % (len(choices) + 1)
    choices.insert(pos, key)
    sents = tuple((e.source, e.sentence) for e in evidence)
    answer_key = str(_answer_id(lead))
    out = [Candidate(Question(kind="multiple_choice", prompt=prompt, answer=key, choices=choices,
                              evidence=evidence, spare_distractors=wrong[3:]),
                     base, lead.extra["article"], lead.sent_i, answer_key, sents)]
    out[0].last_resort = last_resort
    return out


def _statement_candidates(statements, sources, n_sents, title_words) -> list[Candidate]:
    """Wrap sentence statements as true/false candidates (one per sentence, merged across articles)."""
    out, seen = [], set()
    for st in statements:
        if st.text in seen:
            continue
        seen.add(st.text)
        ev = Evidence(sources[st.doc_id].id, st.sentence)
        position = 2.0 * (1 - st.sent_i / max(1, n_sents[st.doc_id]))
        topical = 0.4 * min(3, len(content_words(st.text) & title_words))
        # A statement with a safe false twin is worth more: it keeps true and false balanced.
        bonus = 1.5 if st.false_text else 0.0
        cand = Candidate(Question(kind="true_false", prompt=st.text, answer=True, evidence=[ev]),
                         2.0 + st.score + position + topical + bonus, st.doc_id, st.sent_i,
                         f"st{st.doc_id}:{st.sent_i}tf", ((ev.source, ev.sentence),), st.false_text)
        cand.tier = st.tier
        out.append(cand)
    return out


def _stable(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
