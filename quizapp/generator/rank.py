"""Stage 7: score candidate questions and keep the confident, varied ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.formats.model import Question

_SLOT_WEIGHT = {"subj": 3.0, "obj": 2.6, "share": 4.0, "count": 3.2, "percent": 3.2, "money": 3.2,
                "where": 2.2, "pobj": 2.2, "year": 2.0, "said": 2.0, "role": 2.4}
_STOP = set("the a an of to in on at for by with and or is was were are did does do has have had what who "
            "which where how many much share percentage year".split())
_WEAK = re.compile(r"\b(his|her|its|their|this|that|these|those|such|other|same(?!-))\b", re.I)


@dataclass
class Candidate:
    """A finished question with what ranking needs to know about it."""

    question: Question
    score: float
    doc_id: int
    sent_i: int
    answer_key: str
    sentences: tuple = field(default_factory=tuple)
    false_text: str | None = None
    tier: int = 0             # statements only: 2 = hedged, used only to reach the floor
    slot: str = ""            # what the question asks about ("role", "subj", "count" ...)


def content_words(text: str) -> set[str]:
    """Lowercased content words of ``text`` (for overlap and duplicate checks)."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def score(slot: str, prompt: str, sent_i: int, n_sents: int, mentions: int, title_words: set[str],
          sources: int, reported: bool) -> float:
    """Higher for central facts about salient things, asked in short, specific questions."""
    s = _SLOT_WEIGHT.get(slot, 2.0)
    s += 2.0 * (1 - sent_i / max(1, n_sents))
    s += 0.25 * min(mentions, 6)
    s += 0.5 * min(3, len(content_words(prompt) & title_words))
    s += 0.6 * (sources - 1)
    words = len(prompt.split())
    s -= 0.12 * max(0, words - 16)
    s -= 0.6 * len(_WEAK.findall(prompt))
    s -= 0.4 if reported else 0
    s -= 1.5 if words < 6 else 0
    # A number in the prompt is usually another question's answer.
    s -= 0.8 if re.search(r"\d|\bone-\w+", prompt) else 0
    return s


def select(cands: list[Candidate], limit: int, seed: list[Candidate] = ()) -> list[Candidate]:
    """Pick the best candidates after ``seed`` without near-duplicates, at most two per sentence;
    return them in story order."""
    chosen: list[Candidate] = list(seed)[:limit]
    ranked = sorted(cands, key=lambda c: (-c.score, c.doc_id, c.sent_i, c.question.prompt))
    for max_per_sentence in (1, 2):
        for cand in ranked:
            if len(chosen) >= limit:
                break
            if cand not in chosen and not too_close(cand, chosen, max_per_sentence):
                chosen.append(cand)
    return sorted(chosen, key=lambda c: (c.doc_id, c.sent_i, c.question.kind, c.question.prompt))


MAX_PER_KEY = 1


def too_close(cand: Candidate, chosen: list[Candidate], max_per_sentence: int) -> bool:
    words = content_words(str(cand.question.prompt))
    same_sentence = 0
    if cand.question.kind != "true_false" and sum(
            1 for o in chosen if o.question.kind != "true_false" and o.answer_key == cand.answer_key) >= MAX_PER_KEY:
        return True  # a second question keyed "Moya" is dull, and one stem often cues the other
    for other in chosen:
        if cand.question.kind != "true_false" and other.question.kind != "true_false" \
                and other.answer_key == cand.answer_key and _same_ask(cand.question.prompt, other.question.prompt):
            return True  # "Who is the Special Counsel?" and "Who did X appoint as Special Counsel?" ask one thing
        if set(cand.sentences) & set(other.sentences):
            same_sentence += 1
            if other.answer_key.rstrip("tf") == cand.answer_key.rstrip("tf"):
                return True
            # One question must not hand out the answer of another from the same sentence.
            if _hands_out(other, cand) or _hands_out(cand, other):
                return True
        if _answers(cand.question, other.question) or _answers(other.question, cand.question):
            return True
        if cand.question.kind == other.question.kind == "true_false" and len(
                _numbers(cand.question.prompt) & _numbers(other.question.prompt)) >= 2:
            return True  # two sources' wordings of one report ("500 bombs, 400 drones, 20 missiles")
        other_words = content_words(str(other.question.prompt))
        union = words | other_words
        if union and len(words & other_words) / len(union) > 0.6:
            return True
    return same_sentence >= max_per_sentence


def _same_ask(a: str, b: str) -> bool:
    """True when every content word of the shorter prompt is in the longer one."""
    wa, wb = content_words(a), content_words(b)
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(small) and small <= big


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d[\d,.]*\d|\d", text))


def _answers(statement: Question, mc: Question) -> bool:
    """True when a true/false statement (from any sentence) states a multiple-choice question's key
    together with most of its prompt ("Trump met with Zelenskyy in Paris" vs "Who met ... in Paris?")."""
    if statement.kind != "true_false" or mc.kind == "true_false" or not isinstance(mc.answer, str):
        return False
    number = re.search(r"\d[\d,.]*", mc.answer)
    if number:  # "8.5 percent": the figure, not its unit, which "cutting 7 percent" shares
        if not re.search(rf"(?<![\d.,]){re.escape(number.group(0))}(?![\d])", statement.prompt):
            return False
    else:
        key = mc.answer.split()[-1].lower()
        stem = key[:max(4, len(key) - 2)]  # "Zelenskyy" before spellings are unified is "Zelensky"
        if not re.search(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)", statement.prompt.lower()):
            return False
    words = content_words(mc.prompt)
    # The key beside another name of the stem ("Moya beat Roddick" for "Who had too much for Roddick?").
    names = set(re.findall(r"(?<!^)\b[A-Z][a-z]{2,}", mc.prompt)) - {"Who", "Which", "What", "How", "Where", "When"}
    shared = len(words & content_words(statement.prompt)) / len(words) if words else 0.0
    # A name of the stem beside the key gives it away only with some of the stem's other words: in a story
    # about Clovis and Mueller, every sentence names both.
    if shared >= 0.25 and any(re.search(rf"\b{re.escape(n)}\b", statement.prompt) for n in names):
        return True
    return shared >= 0.5


def _hands_out(a: Candidate, b: Candidate) -> bool:
    """True when ``a`` answers ``b`` (both from one sentence). A role statement ("X is the Y.") says only who
    holds the post, so it hands out only questions about X."""
    if a.slot == "role" and a.question.kind == "true_false":
        name = a.question.prompt.split(" is ")[0]
        return name.split()[-1].lower() in (b.question.prompt + " " + str(b.question.answer)).lower() \
            or b.slot == "role"
    return _gives_away(a.question, b.question)


def _gives_away(a: Question, b: Question) -> bool:
    """True when question ``a``'s key text appears in question ``b``'s prompt."""
    key = a.answer if isinstance(a.answer, str) else None
    if a.kind == "true_false":
        return True  # a statement restates its sentence, which answers anything else drawn from it
    return bool(key) and key.lower() in b.prompt.lower()
