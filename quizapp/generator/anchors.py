"""Stage 4b: the organization a business story is about, and the stand-ins that name it.

A company report calls its subject "the firm", "the group" or "the company" after
the first mention ("Leisure group Rank ... the group has focused on fewer
businesses"). When one organization dominates the article, such a stand-in in a
sentence that names no other organization can only be that one, so a question or
statement may name it ("Rank has focused on fewer businesses") instead of
leaving a phrase that does not stand alone.
"""

from __future__ import annotations

from collections import Counter

from .entities import Entity, EntityIndex, confident_type

# Words a report uses for the company it is about; not "team" or "side" (sport), nor "party".
FIRM_NOUNS = {"firm", "company", "group", "giant", "corporation", "conglomerate", "retailer", "carrier", "airline",
              "lender", "bank", "insurer", "maker", "manufacturer", "chain", "operator", "broadcaster", "publisher",
              "supermarket", "brewer", "carmaker", "automaker", "chipmaker", "drugmaker", "business"}
MIN_MENTIONS = 3


def main_organizations(by_article: dict[int, list], index: EntityIndex) -> dict[int, Entity]:
    """Map each paragraph doc id to its article's dominant organization, for articles that have one.

    Dominant: tagged organization with confidence, named at least three times, at least twice
    as often as any other organization, and named in the article's first paragraph.
    """
    out: dict[int, Entity] = {}
    for items in by_article.values():
        counts: Counter = Counter()
        entities: dict[int, Entity] = {}
        for pid, doc in items:
            for ent in doc.ents:
                found = index.at(pid, ent.root.i)
                if found is not None and found.label == "ORG":
                    counts[found.id] += 1
                    entities[found.id] = found
        ranked = counts.most_common(2)
        if not ranked:
            continue
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        lead = entities[top]
        first_pid, first_doc = items[0]
        named_first = any(index.at(first_pid, t.i) is lead for t in first_doc)
        if n >= MIN_MENTIONS and n >= 2 * second and confident_type(lead) == "ORG" and named_first:
            for pid, _ in items:
                out[pid] = lead
    return out


def stand_ins(sent, doc_id: int, index: EntityIndex, previous=None) -> list[tuple[int, int]]:
    """Token spans (start, end) of "the firm"-style phrases in ``sent`` that name its article's
    dominant organization: no other organization is named in the sentence or the one before."""
    lead = index.main_org.get(doc_id)
    if lead is None:
        return []
    first = next((t.i for t in sent if t.lower_ in FIRM_NOUNS), sent.end)
    # Another organization named just before the stand-in could be what it means; one named after is not.
    for tok in [*(previous or []), *sent[:first - sent.start]]:
        found = index.at(doc_id, tok.i)
        if found is not None and found.label == "ORG" and found is not lead:
            return []
    out = []
    for tok in sent:
        if tok.lower_ not in FIRM_NOUNS or tok.i == sent.start or tok.tag_ != "NN":
            continue
        det = tok.doc[tok.i - 1]
        if det.lower_ != "the" or det.head.i != tok.i:
            continue  # "the new firm", "the firm's rival": only the bare phrase is a stand-in
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and (after.lower_ in ("of", "that", "which", "who") or after.pos_ == "PROPN"):
            continue  # "the group of ministers", "the firm Deluxe": not a bare stand-in
        out.append((det.i, tok.i + 1))
    return out


def resolve(text: str, sent, spans: list[tuple[int, int]], name: str) -> str:
    """``text`` (which begins where ``sent`` does, maybe without a leading connective) with each stand-in
    span replaced by ``name``; capitalised when it opens the text."""
    doc = sent.doc
    for start, end in sorted(spans, reverse=True):
        phrase = doc[start:end].text
        at = text.find(phrase)
        if at < 0 or text.count(phrase) != 1:
            continue
        text = text[:at] + (name[0].upper() + name[1:] if at == 0 else name) + text[at + len(phrase):]
    return text
