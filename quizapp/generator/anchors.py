"""Stage 4b: who a story is about, and the stand-ins and pronouns that name them.

A company report calls its subject "the firm", "the group" or "the company" after
the first mention ("Leisure group Rank ... the group has focused on fewer
businesses"); a profile calls its subject "he" or "the French star". When one
organization or person dominates the article, such a word can name it, so a
question or statement stands alone ("Rank has focused on fewer businesses").
Only when nothing closer could be meant: another organization or person named just
before, or a description of someone ("a spokesman for the company"), blocks it.
"""

from __future__ import annotations

import re
from collections import Counter

from .entities import Entity, EntityIndex, confident_type
from .people import person_gender
from .antecedents import nearest_person_ok, unnamed_person

# Words a report uses for the company it is about; not "team" or "side" (sport), nor "party".
FIRM_NOUNS = {"firm", "company", "group", "giant", "corporation", "conglomerate", "retailer", "carrier", "airline",
              "lender", "bank", "insurer", "maker", "manufacturer", "chain", "operator", "broadcaster", "publisher",
              "supermarket", "brewer", "carmaker", "automaker", "chipmaker", "drugmaker", "business",
              "agency", "organisation", "organization", "watchdog", "regulator", "authority", "union", "charity"}
MIN_MENTIONS = 3
# Not "group": a militant or pressure group is no company, so "the group" needs the article to call the lead so.
_GENERIC_FIRM = {"firm", "company", "business", "corporation"}


# What a business story reports of its firm without naming it: "Revenues increased 11%".
_METRICS = {"revenue", "revenues", "sales", "profit", "profits", "earnings", "turnover", "shares", "orders", "losses",
            "costs", "margins", "dividend"}


def owned_metric(doc, ids: list[int], doc_id: int, index: EntityIndex) -> str | None:
    """"Nike's revenues" for a bare "Revenues" opening a sentence of a story about one dominant firm."""
    words = [doc[i] for i in ids]
    if not words or words[-1].lower_ not in _METRICS or not words[0].is_sent_start \
            or any(t.dep_ in ("det", "poss") or t.pos_ == "PROPN" for t in words):
        return None
    lead = index.main_org.get(doc_id)
    if lead is None:
        return None
    text = " ".join(t.text for t in words)
    return f"{lead.as_written()}'s {text[:1].lower()}{text[1:]}"


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


def main_org_words(by_article: dict[int, list], index: EntityIndex) -> dict[int, set]:
    """Map each paragraph doc id to the words its article calls its dominant organization anywhere
    ("Leisure group Rank", "Rank, the group"): only those may stand in for it later."""
    out: dict[int, set] = {}
    for items in by_article.values():
        lead = index.main_org.get(items[0][0])
        if lead is None:
            continue
        text = "\n".join(doc.text for _, doc in items)
        called = {word for word in FIRM_NOUNS if _called(lead, word, text)}
        for pid, _ in items:
            out[pid] = called
    return out


def stand_ins(sent, doc_id: int, index: EntityIndex, previous=None) -> list[tuple[int, int]]:
    """Token spans (start, end) of "the firm"-style phrases in ``sent`` that name its article's
    dominant organization: no other organization is named in the sentence before, or earlier in
    this one, and a specific word ("the bank") is one the article uses for it."""
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
        own = {w.lower() for name in lead.surfaces for w in name.split()}  # "the agency": the Energy Agency
        if tok.lower_ not in _GENERIC_FIRM and tok.lower_ not in own and tok.lower_ not in index.main_org_called.get(
                doc_id, ()):
            continue  # "the bank" in a story about Rank may be Goldman Sachs: only "bank Rank" ties them
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


def main_people(by_article: dict[int, list], index: EntityIndex) -> dict[int, tuple[Entity, str, str]]:
    """Map each paragraph doc id to its article's dominant person, their sex ("m"/"f") and the
    article's text, for articles about one person: named at least twice, twice as often as
    anyone else, in the first two paragraphs, and of a sex the article makes plain."""
    out: dict[int, tuple[Entity, str]] = {}
    people = index.same_type("PERSON")
    for items in by_article.values():
        counts: Counter = Counter()
        for pid, doc in items:
            for ent in doc.ents:
                found = index.at(pid, ent.root.i)
                if found is not None and found.label == "PERSON":
                    counts[found.id] += 1
        by_id = {e.id: e for e in people}
        ranked = [(i, n) for i, n in counts.most_common() if confident_type(by_id[i]) == "PERSON"][:2]
        if not ranked:
            continue
        lead = by_id[ranked[0][0]]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if ranked[0][1] < 2 or ranked[0][1] < 2 * second:
            continue
        early = any(index.at(pid, t.i) is lead for pid, doc in items[:2] for t in doc)
        text = "\n".join(doc.text for _, doc in items)
        sex = early and person_gender(lead, people, text)
        if sex:
            for pid, _ in items:
                out[pid] = (lead, sex, text)
    return out


def main_person_for(pronoun: str, sent, doc_id: int, index: EntityIndex, previous=None) -> str | None:
    """The article's dominant person's name for a "He"/"She" of ``sent`` of their sex, when nobody
    else is named in the sentence before (else the pronoun may be that other person)."""
    found = index.main_person.get(doc_id)
    if found is None or {"he": "m", "she": "f"}.get(pronoun) != found[1]:
        return None
    lead = found[0]
    # A leading pronoun points back: people named after it in its own sentence are not candidates.
    for tok in previous or []:
        other = index.at(doc_id, tok.i)
        if other is not None and other.label == "PERSON" and other is not lead:
            return None
        if unnamed_person(tok):
            return None  # "One saver who wanted to remain anonymous told the Mail ... He invested £100,000"
    return lead.canonical


# Epithets a profile uses for its subject ("the French star", "the Dutchman", "the 32-year-old").
EPITHETS = {"star", "striker", "veteran", "youngster", "athlete", "sprinter", "runner", "singer", "actor", "actress",
            "champion", "midfielder", "defender", "goalkeeper", "forward", "winger", "player", "dutchman",
            "frenchman", "englishman", "scot", "welshman", "irishman", "american", "spaniard", "italian", "german",
            "brazilian", "argentine", "australian", "russian", "swede", "dane", "norwegian", "belgian", "portuguese"}
_WOMEN = {"actress"}


def person_stand_ins(sent, doc_id: int, index: EntityIndex, previous=None) -> list[tuple[int, int]]:
    """Token spans of "the French star"-style epithets in ``sent`` that mean the article's dominant
    person: the paragraph ties the epithet to their name, and nobody else is named before it in the
    sentence or in the sentence before."""
    found = index.main_person.get(doc_id)
    if found is None:
        return []
    lead, sex, text = found
    out = []
    for tok in sent:
        age = re.fullmatch(r"\d{2}-year-old", tok.lower_)
        if tok.lower_ not in EPITHETS and not age or tok.tag_ not in ("NN", "NNP", "JJ") \
                or (tok.lower_ in _WOMEN) != (sex == "f"):
            continue
        start = tok.i - 1
        if start >= sent.start and sent.doc[start].pos_ in ("ADJ", "PROPN") and sent.doc[start].ent_type_ in (
                "NORP", "GPE", ""):
            start -= 1  # "the French star", "the Kansas star"
        if start < sent.start or sent.doc[start].lower_ != "the":
            continue
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.lower_ in ("of", "who", "that", "'s")):
            continue  # "the striker Wayne Rooney": named right there
        if not _called(lead, tok.lower_, text):
            continue  # "the Dutchman" in a story mostly about Ferguson is Stam: the article must tie the two
        before = [*(previous or []), *sent[:start - sent.start]]
        if any((e := index.at(doc_id, t.i)) is not None and e.label == "PERSON" and e is not lead for t in before):
            continue
        out.append((start, tok.i + 1))
    return out


def _called(lead: Entity, epithet: str, text: str) -> bool:
    """True when the paragraph ties the epithet to the person's name: "French star Marcel Desailly",
    "Desailly, the French star", or for an age "Desailly, 36,"."""
    surname = re.escape(lead.canonical.split()[-1])
    age = re.fullmatch(r"(\d{2})-year-old", epithet)
    if age:
        return re.search(rf"\b{surname}, {age.group(1)},", text) is not None
    e = re.escape(epithet)
    return re.search(rf"\b{e}\s+(?:[A-Z][\w'-]*\s+){{0,3}}{surname}\b|\b{surname},? (?:the|a) (?:[\w-]+ )?{e}\b",
                     text, re.I) is not None


_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|himself|herself)\b", re.I)


def inner_subject(sent, body: str, doc_id: int, index: EntityIndex, prev_people: dict, previous=None) -> str:
    """``body`` with a subject "he"/"she" after a leading phrase ("By the 1980s he had risen ...")
    named, when it is the sentence's only personal pronoun and its referent is plain: the one
    person of the sentence before, or the article's dominant person."""
    subj = [c for c in sent.root.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
    if not subj or subj[0].i == sent.start or len(_PERSONAL.findall(body)) != 1:
        return body
    word = subj[0].lower_
    if any(index.at(doc_id, t.i) is not None and index.at(doc_id, t.i).label == "PERSON"
           for t in sent[:subj[0].i - sent.start]):
        return body  # a person named before the pronoun may be the one it means
    guess = previous is not None or not prev_people.get("_named")  # a paragraph opening after named people: no guess
    name = prev_people.get(word) or (main_person_for(word, sent, doc_id, index, previous) if guess else None)
    if name is None or name != prev_people.get("_subject") and not nearest_person_ok(sent, subj[0].i, name, doc_id, index) \
            or re.search(rf"\b{re.escape(name.split()[-1])}\b", body):
        return body
    return re.sub(rf"\b{word}\b", name, body, count=1)
