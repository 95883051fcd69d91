"""The whole generator: articles -> clean text -> spaCy -> entities -> facts ->
questions with distractors -> ranked, filtered QuestionSet."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from quizapp.formats.model import Conflict, Evidence, QuestionSet, Source

from .clean import GeneratorInputError, clean_article, repair_mojibake
from .entities import EntityIndex
from .facts import Fact
from .nlp import get_nlp
from .questions import facts_from_doc
from .questions_numbers import number_facts
from .questions_roles import role_facts, unique_roles
from .questions_subject import object_fact, speaker_fact, subject_fact
from .anchors import main_org_words, main_organizations, main_people
from .balance import balance_tf
from .candidates import answer_id, mc_candidates, quote_candidates, statement_candidates
from .rank import content_words
from .statements import sentence_statements
from .statements_quotes import quote_questions, quote_statements
from .vet import LAST, SOFT, severity, unify_spelling
from .vet_forms import agree_article
from .vet_claims import attribute_to_article, bounded_swap, hedged, needs_attribution, prefetch, safe_false

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
    index.main_org = main_organizations(by_article, index)
    index.main_org_called = main_org_words(by_article, index)
    index.main_person = main_people(by_article, index)
    n_sents: dict[int, int] = {}
    statements = []
    all_text = "\n".join(art.text for art in cleaned)
    role_pairs: list = []
    quotes: list = []
    for doc_id, items in sorted(by_article.items()):
        sent_i = 0
        memory: dict = {"nouns": _title_words(cleaned[doc_id].title)}
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
        quotes += quote_questions(doc_id, items, index)
    facts += unique_roles(role_pairs)
    sources = [Source(id=f"s{i + 1}", title=_title(art, a), text=art.text)
               for i, (art, a) in enumerate(zip(cleaned, articles))]
    groups, conflicts = _merge(facts, sources)
    title_words = content_words(" ".join(s.title for s in sources))
    cands = []
    for group in groups:
        cands += mc_candidates(group, groups, index, bank, n_sents, title_words, sources)
    cands += statement_candidates(statements, sources, n_sents, title_words)
    cands += quote_candidates(quotes, sources, n_sents)
    prefetch(c.question.prompt for c in cands)
    graded = [(max(severity(c, sources[c.doc_id].text, index, sources[c.doc_id].title),
                   LAST if getattr(c, "last_resort", False) else 0), c) for c in cands]
    for g, c in graded:
        # A last-resort statement (vague subject, forecast) is never turned false: the swap is unsupported.
        # Nor is a hedged or projected one ("would increase", "is expected to"): its swap is only unsupported.
        safe = g < LAST and not hedged(c.question.prompt) and not bounded_swap(c.question.prompt, c.false_text)
        c.false_text = agree_article(c.question.prompt, safe_false(c.false_text, index)) if safe else None
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
    grades = {id(c): g for g, c in graded}
    for c in chosen:
        q = c.question
        # A forecast or judgement taken only to reach five questions is asked as what the article says.
        if grades[id(c)] and q.kind == "true_false" and q.answer is True and needs_attribution(
                q.prompt, sources[c.doc_id].title):
            q.prompt = attribute_to_article(q.prompt, several=len(sources) > 1, article_text=sources[c.doc_id].text)
    unify_spelling([c.question for c in chosen], index)
    for c in chosen:
        c.question.prompt = restore_layout(repair_mojibake(c.question.prompt))
    return QuestionSet(
        title=(title or sources[0].title).strip() or "Quiz",
        description=f"Questions generated from {len(sources)} article{'s' if len(sources) > 1 else ''}.",
        questions=[c.question for c in chosen],
        sources=sources,
        conflicts=conflicts,
    )


def restore_layout(prompt: str) -> str:
    """The BBC corpus lost its dashes to runs of spaces ("casinos   trials of which"): put them back.
    Two spaces are a lost character or link, not a dash ("to estimate and  pay"); beside a comma the
    lost dash was only spacing (",   and"). A drop cap's capitals go ("WHEN John ..." -> "When John ...")."""
    prompt = re.sub(r"(?<=[^\s,;:]) {3,}(?=\S)", " – ", prompt)
    prompt = re.sub(r"(?<=[,;:]) {3,}(?=\S)", " ", prompt)
    prompt = re.sub(r"(?<=\S) {2}(?=\S)", " ", prompt)
    # A tabloid's drop cap ("WHEN John Finlay saw ...") is layout, not a shout.
    return re.sub(r"^([A-Z])([A-Z]+)(?= )", lambda m: m.group(1) + m.group(2).lower()
                  if m.group(0).lower() in _DROP_CAP_WORDS else m.group(0), prompt)


_DROP_CAP_WORDS = {"when", "as", "after", "for", "if", "while", "since", "the", "it", "in", "on", "at", "with", "a",
                   "an", "there", "this", "more", "most", "some", "many", "every", "one", "two", "three", "britain",
                   "once", "nearly", "almost", "just", "now", "until", "before", "during", "despite", "thousands",
                   "hundreds", "millions", "families", "people", "workers", "patients", "children", "women", "men"}


def _title_words(title: str | None) -> set[str]:
    """The title's words, also without a plural "s": a later "the test" may mean the title's test."""
    words = re.findall(r"[a-z]+", (title or "").lower())
    return set(words) | {w[:-1] for w in words if w.endswith("s")}


def _title(art, article: Article) -> str:
    if art.title:
        return art.title
    words = (art.paragraphs[0] if art.paragraphs else article.name).split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def _merge(facts: list[Fact], sources) -> tuple[list[list[Fact]], list[Conflict]]:
    """Group facts that state the same thing (across articles); report disagreeing numbers."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        slot, verb, others, sig_key = fact.signature
        key = (slot, verb, sig_key, answer_id(fact))
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


