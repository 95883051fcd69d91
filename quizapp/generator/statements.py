"""Stage 5b: true/false statements made from whole sentences.

A true statement restates a sentence that stands alone (no unresolved pronoun,
no quotation, no hedge, no question) nearly verbatim; only a leading connective
is dropped and a sentence-initial "He"/"She" is replaced by the one person the
previous sentence names. A false one changes ONE number (same form, clearly
off, in the direction a bound like "more than" cannot make true) or ONE named
entity for a same-type entity the article never pairs with the same words.
Reported speech keeps its attribution ("X said ..."), which keeps it true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .anchors import inner_subject, main_person_for, person_stand_ins, resolve, stand_ins
from .antecedents import antecedents, nearest_person_ok, one_person_before, organization_at
from .clean import is_boilerplate
from .entities import EntityIndex
from .falsify import falsify
from .falsify_negate import negate
from .gazetteer import COUNTRIES
from .statements_checks import (ANCHORED, CONTEXT_OPENER, PRONOUN, SUCH_AS, back_reference, balanced_quotes,
                               inner_pronouns, own_words, pronoun_that, short_quotes, sloppy, speaker_says_it,
                               subject_before_possessive)

_HEDGE = re.compile(
    r"\b(expects?|expected|expecting|likely|unlikely|if|unless|whether|(?:sure|bound|certain) to|"
    r"reportedly|allegedly|seemingly|apparently|arguably|realistically|surely|frankly|obviously|supposedly|ostensibly|believed?|believes|possibl[ey]|probabl[ey]|perhaps|(?-i:plans?|planned|planning)|hopes?|"
    r"hoped|seems?|appears?|suggests?|suggested|claims?|claimed|thought|estimated?|predicts?|predicted|"
    r"forecasts?|wants?|wanted|poised|feel|feels|felt|think|thinks|maybe|aims?|proposed?|considering|considers?|potential|rumou?rs?|"
    r"accused|alleged|denied|denies|feared|fears?|warned|warns?|urged?|urges|calls? for|called for|"
    r"set to|said to be|believed to)\b", re.I)
# Hedges that a kept attribution ("X said the deal would ...") makes harmless.
_SOFT_HEDGE = re.compile(r"\b([Ww]ould|[Cc]ould|may|[Mm]ight|[Ww]ill|[Ss]hould|[Ee]xpects?|[Ee]xpected|[Ll]ikely|[Pp]lans?|"
                         r"[Pp]lanned)\b")  # "May" with a capital is the month
_PERSONAL = re.compile(r"\b(he|she|him|his|her|himself|herself)\b", re.I)
_ATTRIBUTION = {"say", "tell", "add", "warn", "claim", "argue", "insist", "state", "explain", "write", "report",
                "announce", "note", "suggest", "predict", "accuse", "deny", "admit", "believe", "think", "fear",
                "estimate", "expect", "confirm", "reveal", "show", "find", "indicate", "stress", "agree", "conclude",
                "maintain", "reiterate", "concede", "acknowledge", "emphasise", "emphasize", "point",
                # Rebuttals: "X has dismissed reports he would quit" is true about X's act, whatever the reports say.
                "dismiss", "reject", "deny"}
_POSSESSIVE = re.compile(r"\b(his|her|its|their)\b", re.I)
_CONNECTIVE = re.compile(r"^(but|and|so(?! far\b)|yet|however|meanwhile|also|still|indeed|now|in addition(?! to)|"
                         r"moreover|furthermore|additionally|further(?=,)|separately|elsewhere|in fact|in addition(?=,)|"
                         r"as a result(?=,))\b,?\s+", re.I)
# Words that tie a sentence to the one before it ("Bates, on the other hand, is ...").
_DISCOURSE = re.compile(r",\s+(?:on the other hand|though|however|in turn|meanwhile|by contrast|in contrast|"
                        r"for example|for instance|too|then|instead|as a result|in fact|of course),(?=\s)|"
                        r"(?<=\w)\s+then(?=\s+(?:spent|went|took|made|said|had|was|were)\b)", re.I)
_QUOTES = re.compile(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)(?<!s['’])")


@dataclass
class Statement:
    """A true restatement of one sentence and, when one could be made safely, its false twin."""

    doc_id: int
    sent_i: int
    sentence: str
    text: str
    false_text: str | None
    score: float
    tier: int = 0             # 0 plain fact, 1 "will" future, 2 hedged, 3 inner pronouns (2-3: true only, last resorts)


def sentence_statements(doc_id: int, sentences, index: EntityIndex, article_text: str,
                        memory: dict | None = None) -> list[Statement]:
    """Return a statement for every sentence of one paragraph doc that can stand alone as one.

    ``memory`` carries what earlier paragraphs of the same article named (pass the same dict).
    """
    memory = {} if memory is None else memory
    out: list[Statement] = []
    # News paragraphs are often one sentence: "It said ..." opens a paragraph about the last one's subject.
    prev_people: dict = memory.get("last", {})
    for sent_i, sent in enumerate(sentences):
        people = antecedents(doc_id, sent, index, article_text)
        if "they" in people:
            memory["pair"] = people["they"]
        if memory.get("pair"):
            # "The pair"/"the duo" name the last two people named together, however far back.
            prev_people = dict(prev_people, pair=memory["pair"])
        made = _statement(doc_id, sent, index, article_text, prev_people, memory.setdefault("nouns", set()))
        if made is not None:
            text, false_text, score, tier = made
            out.append(Statement(doc_id, sent_i, sent.text.strip(), text, false_text, score - 3.0 * tier, tier))
        prev_people = people
        memory["nouns"] |= {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
    memory["last"] = prev_people
    return out


def _statement(doc_id, sent, index, article_text, prev_people, seen_nouns=frozenset()):
    """The whole sentence as a statement if it stands alone, else its main clause if that does.

    A second, lower-ranked tier accepts plain "will" futures ("The service will
    be priced at ..."): true as the article states them, and their false twin
    may only change a number, never who does it.
    """
    cut = _main_clause(sent)
    for tier in (0, 1, 2, 3):
        for raw in (sent.text.strip(), cut):
            made = raw and _try(doc_id, sent, raw, index, article_text, prev_people, tier, seen_nouns)
            if made:
                return made + (tier,)
    return None


def _main_clause(sent) -> str | None:
    """The sentence without a trailing side clause (", after ...", "and refused ..."), or None.

    Only a child of the main verb that runs to the end of the sentence is cut,
    at a comma or a coordinating word, so what is left is the main clause.
    """
    doc = sent.doc
    root = sent.root
    end = sent.end
    # A sentence may close with '.”': every trailing mark goes, not only the last one.
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # A side clause on a noun of the predicate goes too: "... between Mr Mugabe and the generals, who seized
    # power ... in his entourage" keeps what the sentence says of its subject.
    relatives = [t for t in sent if t.dep_ in ("relcl", "acl") and t.head.i > root.i and t.head.dep_ != "nsubj"]
    for child in [*root.children, *relatives]:
        if child.dep_ not in ("relcl", "acl") and (
                child.i <= root.i or child.dep_ not in ("advcl", "conj", "parataxis", "prep", "npadvmod")):
            continue
        sub = sorted(t.i for t in child.subtree)
        # "met Trump on Monday and welcomed ..., but said ...": a chain of predicates goes from its first link.
        chain = child.dep_ == "conj" and all(c.dep_ in ("conj", "cc", "punct") for c in root.children if c.i > child.i)
        if sub[-1] + 1 < end and not chain:
            continue
        start = sub[0]
        if doc[start - 1].dep_ == "cc":
            start -= 1
        elif doc[start - 1].text not in (",", "-", "–", "—") or doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
            continue  # not a clean clause boundary ("re-examined" is one word)
        if child.dep_ == "conj" and child.pos_ not in ("VERB", "AUX"):
            continue
        while start > sent.start and doc[start - 1].text in (",", "-", "–", "—"):
            start -= 1
        cut_first = next((t for t in doc[start:end] if not t.is_punct), None)
        if cut_first is not None and cut_first.tag_ in ("VBP", "VBZ", "VBD", "MD") and doc[start].dep_ != "cc":
            return None  # ", are expected to ..." is the main predicate, mis-parsed: nothing may be cut
        kept = doc[sent.start:start]
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(kept) < 8 or not any(t.i == root.i for t in kept) or root.pos_ not in ("VERB", "AUX") \
                or not subjects or subjects[0].i >= start:
            return None  # what is left must be a whole clause: subject and verb
        if not any((root.i < c.i or c.dep_ == "ccomp") and c.i < start and c.dep_ in (
                "dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "agent", "oprd", "dative", "npadvmod", "advmod")
                   for c in root.children):  # "Previous forecasts proved wrong, he will argue": the claim comes first
            return None  # "On Sunday, the BMA junior doctor leaders met.": what they did is in the part cut off
        text = kept.text.strip()
        if re.search(r"\b(?:and|or|but|of|to|the|a|an|in|have|has|had|is|are|was|were)$|"
                     r"\b(?:went|goes|go|came|comes|come|got|gets) (?:back|out|in|over|on|off|away)$", text) \
                or len(re.findall(r"\s[-–—]\s", _DATELINE.sub("", text))) % 2:
            return None  # "... of 20 and.", "she went back." (and looked at ...): a cut inside a phrase or aside
        return text + "."
    return None


# A wire dateline ("(Reuters) - ", "WASHINGTON (AP) — ") opens a story's first sentence but is no part of it.
_AGENCY = r"\((?:Reuters|AP|AFP|Bloomberg|UPI|CNN)\)"
_DATELINE = re.compile(rf"^(?:[A-Z][A-Za-z.,' ]{{0,40}})?{_AGENCY}\s*[-–—]+\s*|"
                       r"^[A-Z]{3,}DAY, [A-Z][a-z]+\.? \d{1,2}, \d{4} \([\w ]+\)\s*[-–—]+\s*|"  # "MONDAY, March 12, 2012 (HealthDay News) --"
                       r"^[A-Z]{2,}[A-Z.' -]*, [A-Z][\w.' ]{1,30}\s*[-–—]+\s*|"  # "KYIV, Ukraine — "
                       r"^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s+[-–—]+\s+|"  # "KAMPALA - "
                       rf"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:{'|'.join(COUNTRIES)}) [–—]\s+")  # "Lagos, Nigeria – "


def _try(doc_id, sent, raw, index, article_text, prev_people, tier=0, seen_nouns=frozenset()):
    raw = _DATELINE.sub("", raw)
    words = raw.split()
    if not 7 <= len(words) <= 45 or not raw.endswith(".") or raw.endswith("..."):
        return None
    if is_boilerplate(raw) or re.search(r"[?!;:]", raw) or raw.count("(") != raw.count(")"):
        return None
    if not raw[0].isupper() or re.search(r"\b(I|we|you)\b", raw):
        return None
    doc = sent.doc
    prev = sent.start - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev >= 0 and doc[prev].text not in (".", "!", "?", '"', "”", "'", "’", ")") \
            and not ((dateline := _DATELINE.match(doc.text)) and dateline.end() >= sent.start_char):
        return None  # the parser split a sentence in the middle (a dateline before it is no sentence)
    span = [t for t in sent if t.idx - sent.start_char < len(raw) - 1]
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    speaker = subj[0] if subj and root.lemma_ in _ATTRIBUTION else None
    # "X said (that) ...": the statement keeps X, so it is true about what X said.
    attributed = speaker is not None and speaker.lower_ not in ("it", "they", "this", "that", "which", "who") \
        and root.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could") for c in root.children)
    if _QUOTES.search(raw) and not (balanced_quotes(raw) and (attributed or short_quotes(raw))):
        return None
    if speaker is not None and speaker.lower_ in ("he", "she") and re.search(r'["“”]', sent.text[:speaker.idx - sent.start_char]):
        return None  # 'Mr Sullivan "made accounting decisions," he told the court': the "he" is someone else
    # Drop a leading connective; resolve a leading He/She from the sentence before.
    body = _CONNECTIVE.sub("", raw)
    if CONTEXT_OPENER.match(body) or ANCHORED.search(body) or sloppy(span, body):
        return None
    if root.lemma_ in ("follow", "ensue") and not any(c.dep_ in ("dobj", "agent", "xcomp", "ccomp") for c in root.children):
        return None  # "Wild celebrations followed, ...": followed what, the sentence before says
    if any(c.dep_ == "mark" and c.lower_ in ("while", "although", "though", "whereas", "because", "if", "unless",
                                             "with", "as", "when", "after", "before", "since", "until", "once")
           for c in sent.root.children):
        return None  # "While Toshiba's HD-DVD technology has won backing ...", "With Broadway closed until
        # January": a side clause the parser took for the main one
    # "However, she has not won ...": the pronoun the connective left in front leads the sentence.
    first = re.match(r"(He|She|It|They|The pair|The duo)\b(?!['’])", body[:1].upper() + body[1:])
    if first:
        word = first.group(1).lower()
        name = prev_people.get({"the pair": "pair", "the duo": "pair"}.get(word, word))
        if name is None and word in ("he", "she"):
            # A profile: "He spied for MI6 for two years" where the story is about one man.
            name = main_person_for(word, sent, doc_id, index, doc[sent.start - 1].sent) if sent.start > 0 \
                or not prev_people.get("_named") else None
        if name is not None and word in ("he", "she") and name != prev_people.get("_subject") \
                and not nearest_person_ok(sent, sent.start, name, doc_id, index):
            return None  # "Mr Milburn ... His interests ... He also commanded": not the article's main man
        after = sent[1] if len(sent) > 1 else None
        if name is None or word == "it" and (after is None or after.lemma_ in ("be", "seem", "appear")):
            return None
        if word == "it" and root.lemma_ not in _ATTRIBUTION:
            return None  # "It will be available ..." after "Apple unveiled the iPhone X": "it" is the phone
        if any(re.search(rf"\b{re.escape(w)}\b", body[first.end():]) for w in name.split() if w[:1].isupper()):
            return None  # "He can only fire Mueller": the one person before is not "he" here
        body = name[0].upper() + name[1:] + body[first.end():]
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    spans = stand_ins(sent, doc_id, index, previous)
    if spans and not first:
        # "the group has focused on ..." in a story about Rank: Rank is the group.
        body = resolve(body, sent, spans, index.main_org[doc_id].as_written())
    body = body if first else inner_subject(sent, body, doc_id, index, prev_people, previous)
    people_spans = person_stand_ins(sent, doc_id, index, previous) if previous is not None \
        or not prev_people.get("_named") else []
    if people_spans and not first:
        body = resolve(body, sent, people_spans, index.main_person[doc_id][0].canonical)
    rest = body if not first else body[len(name):]
    if any(t.lower_ == "that" and t.tag_ == "WDT" for t in span) and not any(
            t.lower_ == "that" and t.tag_ == "DT" for t in span):
        rest = re.sub(r"\bthat\b(?= (?:is|was|has|had|would|will|could)\b)", "which", rest)  # "a party that had"
    if any(pronoun_that(t) for t in span):
        return None  # "EU rules prevent that from happening again": what "that" is, another sentence says
    if PRONOUN.search(SUCH_AS.sub("", own_words(sent, rest))) and not (tier == 3 and inner_pronouns(sent, rest)) and not (
            not first and speaker_says_it(sent, rest, lambda t: organization_at(doc_id, t, index))):
        return None
    # he/his/she/her inside the sentence are safe only after the one person it names.
    one_person = not first and one_person_before(doc_id, sent, index, article_text)
    if _PERSONAL.search(rest) and not first and not one_person:
        return None
    if root.pos_ not in ("VERB", "AUX") or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span) \
            or root.i not in {t.i for t in span}:
        return None  # a fragment ("Films with budgets of up to £9m, a similar level to ...")
    resolved = {i for start, end in [*spans, *people_spans] for i in range(start, end)}
    if first:
        resolved |= {t.i for t in sent[:3] if t.lower_ in ("pair", "duo")}  # "The duo" was named above
    pointing = back_reference(span, seen_nouns, resolved)
    if tier < 3 and pointing:
        return None  # "The test wasn't as effective": which test is in another sentence (a last resort only)
    modal = any(t.tag_ == "MD" and not (tier and t.lower_ in ("will", "'ll")) for t in span)
    if not attributed and tier < 2 and (_HEDGE.search(body) or modal):
        return None
    if any(t.lower_ in ("that", "those") and t.dep_ == "det" for t in span):
        return None  # "that battle", "those plans": the antecedent is in another sentence
    if tier >= 2 and re.search(r"\b(unless|whether|probably|perhaps|undoubtedly|hardly)\b|"
                               + (r"\bif\b" if tier == 2 else r"^if\b|, if\b"), body, re.I):
        return None  # a condition is not a claim the article makes
    # "Davis' case drew protesters to her office": a his/her that fits the one person named before is theirs.
    owners = {m.lower() for m in _POSSESSIVE.findall(rest)} - ({"his", "her"} if one_person else set())
    if owners and not subject_before_possessive(sent):
        return None
    # "Trump said counterprotesters were also to blame": an "also" inside a reported clause is part of the claim.
    inner_also = any(t.lower_ == "also" and t.head.i != root.i for t in span)
    body = re.sub(r",? however(?=\.$)" if inner_also else r"\s+also\b|,? however(?=\.$)", "", body)
    body = _DISCOURSE.sub("", body)
    negated = any(t.dep_ == "neg" or t.lower_ in ("no", "never", "without") for t in span)
    text = body[0].upper() + body[1:]
    # A hedged statement is only ever asked as true: its "false" twin could be what may happen.
    unsafe = negated or tier >= 2 or not attributed and (_HEDGE.search(body) or modal)
    false_text = None if unsafe else falsify(doc_id, sent, index, article_text, text, speaker, tier or attributed)
    if false_text is None and not unsafe and not tier and not attributed:
        false_text = negate(sent, text)  # nothing to swap: "X did not ..." is as plainly false
    score = 1.0 + 0.5 * len({index.at(doc_id, t.i).id for t in span if index.at(doc_id, t.i) is not None})
    score += 0.6 if any(t.like_num for t in span) else 0
    score -= 0.04 * max(0, len(words) - 22) + (2.0 if pointing else 0.0)  # a last resort that names its thing first
    return text, false_text, score
