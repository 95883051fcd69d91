"""Stage 7b: choose the set: multiple choice first, true/false kept about half true, half false."""

from __future__ import annotations

from .rank import Candidate, select, too_close

MAX_NEGATED = 2


def balance_tf(cands: list[Candidate], limit: int, min_questions: int = 10, floor: int = 5) -> list[Candidate]:
    """Choose multiple choice first, then true/false statements kept about half true, half false.

    The best multiple-choice questions are secured first; true/false statements
    then take sentences not yet used (a statement restating a sentence would
    answer any other question drawn from it); multiple choice fills the rest and
    statements top a short quiz up. A set never holds more than max(2, falses + 1)
    true statements: answering "True" throughout must not pay.
    """
    every_tf = [c for c in cands if c.question.kind == "true_false"]
    # Statements whose pronouns point inside them are kept for a quiz short of five (the floor) only.
    tf = [c for c in every_tf if c.tier < 3]
    mc = [c for c in cands if c.question.kind != "true_false"]
    want_tf = max(2, round(limit * 0.3))
    # Multiple choice first: a true statement from the same sentence would block a question that
    # passed stricter checks and says more than "True".
    chosen = select(mc, min(limit, max(3, limit - want_tf)))
    chosen = _pick_statements(tf, chosen, min(limit, len(chosen) + want_tf))
    chosen = select(mc, limit, seed=chosen)
    # Short articles give few multiple-choice questions; statements keep the quiz usable.
    chosen = _pick_statements(tf, chosen, min(limit, max(len(chosen), min_questions)))
    # A quiz of fewer than five questions is no quiz: extra true statements may then exceed the balance.
    chosen = _pick_statements(every_tf, chosen, min(limit, max(len(chosen), floor)), balanced=False)
    return sorted(chosen, key=lambda c: (c.doc_id, c.sent_i, c.question.kind, c.question.prompt))


def _pick_statements(tf: list[Candidate], chosen: list[Candidate], limit: int, balanced: bool = True
                     ) -> list[Candidate]:
    """Add statements by rank until ``limit``, turning each one with a safe false twin false while
    falses exceed trues by at most one (or are fewer than two), and taking a true-only one only while trues <= falses (or, when
    not ``balanced``, whenever there is room)."""
    chosen = list(chosen)
    ranked = sorted(tf, key=lambda c: (-c.score, c.doc_id, c.sent_i, c.question.prompt))
    for max_per_sentence in (1, 2):
        changed = True
        while changed and len(chosen) < limit:
            changed = False
            trues = sum(1 for c in chosen if c.question.kind == "true_false" and c.question.answer is True)
            falses = sum(1 for c in chosen if c.question.kind == "true_false" and c.question.answer is False)
            for cand in ranked:
                if len(chosen) >= limit:
                    break
                if cand in chosen or too_close(cand, chosen, max_per_sentence):
                    continue
                # Falses get the same allowance as trues: false twins are scarcer, so take each one.
                # At most two falses by an added "not", or "not" would mean False to a test-wise student.
                negated = sum(1 for c in chosen if c.slot == "negated" and c.question.answer is False)
                if cand.false_text and cand.tier < 2 and falses < max(2, trues + 1) and (
                        cand.slot != "negated" or negated < MAX_NEGATED):
                    cand.question.prompt, cand.question.answer = cand.false_text, False
                    falses += 1
                elif trues < max(2, falses + 1) or not balanced:
                    trues += 1
                else:
                    continue
                chosen.append(cand)
                changed = True
    return chosen
