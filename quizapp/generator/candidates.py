"""Stage 6b: finished candidates: multiple choice from merged facts (key, distractors, evidence),
true/false from sentence statements and from the roles the articles give people."""

from __future__ import annotations

import hashlib
import re

from quizapp.formats.model import Evidence, Question

from .distractors import (comparable, like_post, entity_distractors, in_prompt, key_text, number_distractors, role_titles,
                          same_kind_orgs, unlinked)
from .continents import same_continent
from .facts import Fact
from .distractors_roles import political
from .gazetteer import HEADS_OF_GOVERNMENT
from .falsify import speaks
from .questions_roles import MANY_HOLDERS
from .rank import Candidate, content_words, score

# Bounds, not values: no other bound can be shown false by the article.
BOUNDS = {"more than", "over", "at least", "less than", "fewer than", "under", "up to", "as many as",
          "just over", "just under", "in excess of", "upwards of"}


def answer_id(fact: Fact):
    if fact.entity is not None:
        return ("e", fact.entity.id)
    return ("q", fact.quantity.kind, round(fact.quantity.value, 4))


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


_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,6}")


def _went_along(name: str, verb_stem: str, text: str) -> bool:
    """True when a sentence has ``name`` going along with the act ("Ben Carson ... accompanied the president on
    his tour of the museum" for "Who toured the museum?"): that one did it too."""
    surname = re.escape(name.split()[-1])
    return any(re.search(rf"\b{surname}\b", line) and re.search(r"\baccompan|\bjoined by\b|\balongside\b|"
                                                                 r"\balong with\b|\btogether with\b", line)
               and re.search(rf"\b{verb_stem}", line, re.I) for line in re.split(r"(?<=[.!?])\s+", text))


def _not_also_right(lead, key: str, wrong: list[str], text: str) -> list[str]:
    """Entity distractors without those the article shows doing the act too, those named after another choice
    and, beside someone who holds no political post, heads of government."""
    if lead.slot in ("subj", "said") and lead.verb:
        # "The memo, issued by the Executive Office for Immigration Review": that one issued it too.
        stem = re.escape(lead.verb[:max(3, len(lead.verb) - 2)])
        wrong = [w for w in wrong if not re.search(rf"\b{stem}\w*,? by (?:the )?{re.escape(w)}\b", text, re.I)
                 and not _went_along(w, stem, text)]
    # "Becoming Steve Jobs" beside "Steve Jobs": a book or film named after a person is no person.
    wrong = [w for w in wrong if not any(o != w and re.search(rf"\b{re.escape(o)}\b", w) for o in wrong + [key])]
    if lead.entity.label == "PERSON" and lead.entity.canonical not in HEADS_OF_GOVERNMENT and lead.slot != "role" \
            and not political(role_titles(lead.entity.canonical, text)):
        # "Who splits his time between Vietnam and Alaska?" (a veteran): no president beside him.
        heads = HEADS_OF_GOVERNMENT | {h.split()[-1] for h in HEADS_OF_GOVERNMENT}
        wrong = [w for w in wrong if w not in heads]
    return wrong


def _product(name: str, maker: str, text: str) -> bool:
    """True when the articles use ``name`` as a product, maybe ``maker``'s: "Apple Mac mini", "by iPod owners"
    (the small model calls products organizations; they are no choice for "Which organization ...?")."""
    n = re.escape(name)
    return re.search(rf"\b{re.escape(maker)}(?:'s|’s)? {n}\b|\b{n} (?:owners|users|mini|phones?|handsets?|devices?|"
                     rf"models?|consoles?|players?|range|line-up)\b", text) is not None


def mc_candidates(group, groups, index, bank, n_sents, title_words, sources) -> list[Candidate]:
    lead = group[0]
    evidence = _evidence(group, sources)
    # The first evidence sentence must be the one the key is quoted from.
    lead_ev = Evidence(sources[lead.extra["article"]].id, lead.sentence)
    evidence.remove(lead_ev)
    evidence.insert(0, lead_ev)
    true_ids, true_values = _true_answers(group, groups)
    prompt = lead.prompt
    at = lead.sentence.find(lead.answer)
    if lead.slot in ("subj", "said") and at >= 0 and re.search(
            r"\b(?:also|too|as well(?! as)|likewise|similarly)\b", lead.sentence[at:at + len(lead.answer) + 60]):
        return []  # "Tzekos was also banned": someone else did it too, maybe one of the choices
    if lead.entity is not None:
        key = key_text(lead.entity, [lead.sentence], lead.answer)
        wrong = entity_distractors(lead.entity, key, prompt, index, true_ids, bank,
                                   text="\n".join(s.text for s in sources))
    else:
        key = lead.answer
        if lead.quantity.hedge.strip().lower() in BOUNDS or re.search(
                rf"\b(?:over|more than|at least|up to|under|less than|fewer than|nearly|almost|about|around|roughly|"
                rf"some|just)\s+{re.escape(key)}", lead.sentence, re.I):
            return []  # "more than 400": "more than 200" would be true too; a hedge outside the span loosens the key
        wrong = number_distractors(lead.quantity, key, prompt, true_values)
        if key[:1].isupper():
            wrong = [w[:1].upper() + w[1:] for w in wrong]  # "Two" opened its sentence: "Three", not "three"
    if lead.entity is not None:
        wrong = _not_also_right(lead, key, wrong, "\n".join(s.text for s in sources))
    if lead.entity is not None and lead.entity.label == "ORG":
        wrong = [w for w in same_kind_orgs(key, wrong) if not _product(w, key, "\n".join(s.text for s in sources))]
        # "EC" among spelled-out names stands out by its form alone: choices are written like the key.
        wrong = [w for w in wrong if bool(_ACRONYM.fullmatch(w)) == bool(_ACRONYM.fullmatch(key))]
    if lead.entity is not None and lead.entity.label == "PERSON":
        wrong = _same_standing(lead, key, wrong, "\n".join(s.text for s in sources))
    if lead.entity is not None and lead.entity.label == "COUNTRY":
        wrong = same_continent(prompt, key, wrong, "\n".join(s.text for s in sources))
    last_resort, fitting = False, []
    if lead.slot == "role":
        wrong = unlinked(prompt, wrong, sources[lead.extra["article"]].text)
        # Only people the article gives a post: a TV host is no choice for "the Russian Foreign Minister".
        fitting = [w for w in comparable(prompt, wrong, "\n".join(s.text for s in sources))
                   if role_titles(w, "\n".join(s.text for s in sources))]
        # Too few people in a comparable capacity: the key is obvious; kept only for a short article.
        last_resort = len(fitting) < 2
        wrong = wrong if last_resort else fitting
    # Plain substring test as well: a choice "US" must not hide inside "Russian" in the prompt.
    wrong = [w for w in wrong if w.lower() not in prompt.lower()
             and not set(re.findall(r"\d[\d,.]*", w)) & set(re.findall(r"\d[\d,.]*", prompt))]  # "12%" vs "12 months"
    n_src = len({e.source for e in evidence})
    mentions = lead.entity.mentions if lead.entity is not None else 2
    base = score(lead.slot, prompt, lead.sent_i, n_sents[lead.extra["article"]], mentions, title_words,
                 n_src, lead.reported)
    sents = tuple((e.source, e.sentence) for e in evidence)
    # A role also makes a statement: asked when the article has too few people for the question.
    # Its false twin names someone of a like post: "Nikki Haley is the Congolese President" is absurd.
    text = "\n".join(s.text for s in sources)
    roles = [_role_statement(lead, key, [w for w in fitting if like_post(prompt, role_titles(w, text))],
                             evidence, base, sents)] if lead.slot == "role" else []
    if key not in lead.sentence or in_prompt(prompt, key) or key.lower() in prompt.lower() or len(wrong) < 2 \
            or last_resort and roles:
        return roles  # too few people in a comparable post: "X is the Tory spokesman" asks it fairly
    shown = wrong[:3]
    choices = list(shown)
    pos = _stable(prompt) % (len(choices) + 1)
    choices.insert(pos, key)
    answer_key = str(answer_id(lead))
    out = [Candidate(Question(kind="multiple_choice", prompt=prompt, answer=key, choices=choices,
                              evidence=evidence, spare_distractors=wrong[3:]),
                     base, lead.extra["article"], lead.sent_i, answer_key, sents, slot=lead.slot)]
    out[0].last_resort = last_resort
    return out + roles


def _same_standing(lead: Fact, key: str, wrong: list[str], text: str) -> list[str]:
    """Keep the people who could have done what the stem says: for "Who said ...?" people the article
    quotes; for a titled key ("Republican candidate Roy Moore") titled people, when there are two."""
    if lead.slot == "said":
        return [w for w in wrong if speaks(w, text) or speaks(w.split()[-1], text)]
    if role_titles(key, text):
        titled = [w for w in wrong if role_titles(w, text)]
        return titled if len(titled) >= 2 else wrong
    return wrong


def _role_statement(lead: Fact, key: str, wrong: list[str], evidence, base: float, sents) -> Candidate:
    """"Graham Brady is the chairman of the 1922 Committee." (true), its false twin naming another person
    of the article who is not said to hold the post (the role names one person in the whole input)."""
    name = lead.entity.canonical if any(lead.entity.canonical in e.sentence for e in evidence[:1]) else key
    role = lead.prompt[len("Who is "):-1]
    words = role.split()
    # "Akshay Anand is the analyst at Kelley Blue Book": a firm has many analysts; he is one of them,
    # and nobody else can be shown not to be one.
    one_of_many = len(words) > 1 and words[0] == "the" and words[1] in MANY_HOLDERS
    if one_of_many:
        role = ("an " if words[1][0] in "aeiou" else "a ") + " ".join(words[1:])
    other = None if one_of_many else next((w for w in wrong if len(w.split()) >= 2), None)
    if re.search(r"\b[A-Z][a-z]+(?:ese|ian|an|ish|ch|i) (?:President|Prime Minister|Premier|King|Queen|Chancellor)\b",
                 role):
        other = None  # "Donald Trump is the Chinese President" is false by world knowledge, not by reading
    cand = Candidate(Question(kind="true_false", prompt=f"{name} is {role}.", answer=True, evidence=evidence),
                     base - 1.0, lead.extra["article"], lead.sent_i, str(answer_id(lead)) + "tf", sents,
                     f"{other} is {role}." if other else None, slot="role")
    return cand


def statement_candidates(statements, sources, n_sents, title_words) -> list[Candidate]:
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
        if st.false_text and re.search(r"\bnot\b", st.false_text) and not re.search(r"\bnot\b", st.text):
            cand.slot = "negated"  # its false twin only adds "not": a set takes few of those
        out.append(cand)
    return out


def _stable(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def quote_candidates(quotes, sources, n_sents) -> list[Candidate]:
    """ "Who said: “...”?" questions (see :func:`.statements_quotes.quote_questions`) as candidates."""
    out = []
    for q in quotes:
        ev = Evidence(sources[q.doc_id].id, q.sentence)
        choices = list(q.wrong)
        choices.insert(_stable(q.prompt) % (len(choices) + 1), q.key)
        position = 2.0 * (1 - q.sent_i / max(1, n_sents[q.doc_id]))
        out.append(Candidate(Question(kind="multiple_choice", prompt=q.prompt, answer=q.key, choices=choices,
                                      evidence=[ev]), 1.5 + position, q.doc_id, q.sent_i,
                             f"quote{q.doc_id}:{q.sent_i}", ((ev.source, ev.sentence),), slot="said"))
    return out
