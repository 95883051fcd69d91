"""Stage 5f: true/false statements about who said what.

A sentence that is one whole quotation with its speaker ('"Demand is huge,"
said Mr Irish.') is true as "Oliver Irish said: "Demand is huge."" whatever
the quotation claims: the statement is about the saying, not about the claim.
Its false twin gives the same words to another person the article quotes
(never to a namesake), which the article plainly does not support. Opinion
pieces and interviews, whose sentences are mostly hedged, get fair
statements this way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import EntityIndex, confident_type
from .falsify import _speaks
from .anchors import main_person_for
from .antecedents import nearest_person_ok
from .people import embedded, given_name_first
from .statements import Statement
from .statements_checks import pronoun_that

_VERBS = (r"(?:said|says|added|explained|insisted|argued|warned|stressed|told (?:reporters|journalists)|told (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
          r"(?: (?:magazine|newspaper|radio|television|website|channel|programme|program|show))?)")
# 'said Lynne Brindley, chief executive of the British Library.': the job after the name is no part of it.
_AFTER = re.compile(r'^[“"](?P<q>[^"“”]+?)[,]?[”"],? (?:(?P<v1>' + _VERBS + r') (?P<s1>[^,"“”]+?)'
                    r'(?:, (?:the |an? )?[a-z][^"“”]*)?|(?P<s2>[^,"“”]+?(?:, [a-z][^,"“”]*,)?) (?P<v2>' + _VERBS +
                    # '..., Vondrousova, ranked 60th, said', '..., Sabalenka said when asked about the pressure'
                    r')(?:,? (?:[a-z]|[A-Z][a-z]+day\b)[^"“”]*)?)\.$')  # '..., she told reporters in Kinshasa'
# A tabloid's single quotes ("'The first thing he said was that he missed me,' de Amorim said."): the
# quotation ends at a comma and a closing quote before the say-verb, whatever apostrophes it holds.
_AFTER_SINGLE = re.compile(r"^['‘](?P<q>[^\"“”]+?),['’] (?:(?P<v1>" + _VERBS + r") (?P<s1>[^,'‘’\"“”]+?)"
                           r"(?:, (?:the |an? )?[a-z][^\"“”]*)?|(?P<s2>[^,'‘’\"“”]+?) (?P<v2>" + _VERBS +
                           r")(?:,? [a-z][^'‘’\"“”]*)?)\.$")
# 'Spokesman Nick Davies said: "We note the decision with interest."': a whole quotation after a colon.
# The quotation may run on into the next sentence ('Campese told BBC Sport: "Robinson is ... Poms.'): its
# first sentence is still what the speaker said.
# 'And Henman, 30, added: "..."': an age between the name and the verb is no part of either.
_BEFORE = re.compile(r'^(?:(?:But|And|However),? )?(?P<s>(?:[A-Z][\w.’\'-]*\s){0,5}[A-Z][\w’\'-]+)(?:, \d{1,3},)? '
                     + _VERBS + r': [“"](?P<q>[^"“”]+?)(?:[.]?[”"]|\.)$')
_BEFORE_SINGLE = re.compile(r"^(?:(?:But|And|However),? )?(?P<s>(?:[A-Z][\w.’'-]*\s){0,5}[A-Z][\w’'-]+)(?:, \d{1,3},)? " + _VERBS
                            + r": ['‘](?P<q>[^\"“”]+?)(?:\.['’]?)$")
# A sentence that is all quotation, with no speaker of its own: the one before it may have named them.
_CONTINUED = re.compile(r'^[“"](?P<q>[^"“”]+?)(?:\.[”"]?)$')
# Words in a quotation that point outside it (the quoted "I"/"we" are the speaker: fine).
_OUTSIDE = re.compile(r"\b(it|its|they|them|their|he|him|his|she|her|here|then|such|"
                      r"the same|the other|the latter|the former)\b", re.I)
# An "it" that stands for the clause after it points nowhere: "I want to make it clear that ...", "it is hard to".
_EXPLETIVE_IT = re.compile(r"\b(?:make|makes|made|making) it (?:clear|plain|known)\b|\bit(?:'s|’s| is| was| will be|"
                           r" would be| has been)? (?:(?:very|so|really|not) )?(?:clear|plain|obvious|difficult|hard|easy|"
                           r"important|possible|impossible|vital|essential|necessary|time|great|good|nice|fair)"
                           r"(?= (?:that|to|for)\b)", re.I)
_MIN_WORDS, _MAX_WORDS = 5, 30
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady")


@dataclass
class QuoteQuestion:
    """ "Who said: “...”?" keyed by the speaker as the sentence names them, other quoted people as choices."""

    doc_id: int
    sent_i: int
    sentence: str
    prompt: str
    key: str
    wrong: list[str]


def quote_questions(article: int, docs, index: EntityIndex) -> list[QuoteQuestion]:
    """Multiple-choice questions on who said each whole quotation, where the article quotes two or
    more other people (named in the same form as the speaker, never a namesake)."""
    found, speakers = _quotes(docs, index)
    out = []
    for sent_i, sentence, quote, entity in found:
        surface = next((a for a in entity.aliases() if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", sentence)), None)
        if surface is None:
            continue  # "he said": the key must be in its evidence sentence
        full = len(surface.split()) >= 2
        wrong = [o.canonical if full else o.short() for o in speakers
                 if o is not entity and o.short() != entity.short() and (len(o.canonical.split()) >= 2)]
        if len(wrong) >= 2:
            out.append(QuoteQuestion(article, sent_i, sentence, f"Who said: \u201c{quote}\u201d?", surface, wrong[:3]))
    return out


def quote_statements(article: int, docs, index: EntityIndex) -> list[Statement]:
    """Statements from the whole-quotation sentences of one article (``docs``: (doc id, doc) pairs in order)."""
    found, speakers = _quotes(docs, index)
    out = []
    for sent_i, sentence, quote, entity in found:
        text = f"{entity.canonical} said: \u201c{quote}.\u201d"
        # 'Henman said: "Tim's magnificent record ..."': nobody speaks of himself so; the swap would show.
        other = next((s for s in speakers if s is not entity and s.short() != entity.short() and not any(
            re.search(rf"\b{re.escape(w)}\b", quote) for w in s.canonical.split() if len(w) > 2)), None)
        false_text = f"{other.canonical} said: \u201c{quote}.\u201d" if other is not None else None
        out.append(Statement(article, sent_i, sentence, text, false_text, 0.5))
    return out


def _quotes(docs, index: EntityIndex) -> tuple[list, list]:
    """The whole-quotation sentences (sent_i, sentence, quotation, speaker) and the article's quoted people."""
    found = []
    sent_i = 0
    prev: list = []
    for doc_id, doc in docs:
        speaking = None  # who is talking when a quotation runs on into the paragraph's next sentence
        for sent in doc.sents:
            made = _quote(doc_id, sent, index, prev)
            more = _CONTINUED.match(sent.text.strip()) if made is None and speaking is not None else None
            if made is not None:
                found.append((sent_i, sent.text.strip()) + made)
                speaking = made[1]
            elif more is not None:
                # 'Stam told the magazine. "I was settled at Manchester United ...': still Stam talking.
                quote = more.group("q").strip().rstrip(",.")
                if _quotable(sent, quote):
                    found.append((sent_i, sent.text.strip(), quote, speaking))
            else:
                heard = _quote(doc_id, sent, index, prev, check=False)
                speaking = heard[1] if heard is not None else None
            # "The problem with Mel Gibson's film, he believed, ...": a sentence whose own "he" is someone
            # else than the one person it names names nobody for the next "he said".
            prev = [] if _other_he(doc_id, sent, index) else _people(doc_id, sent, index)
            if not prev and _unsure_names(doc_id, sent, index):
                prev = [None]  # "... and even Federer himself" with Federer tagged ORG: nobody can be "he" next
            sent_i += 1
    if not found:
        return [], []
    text = "\n".join(doc.text for _, doc in docs)
    speakers = []
    # The article's quoted people: those of these sentences first, then anyone a say-verb names.
    quoted = [e for *_, e in found] + [e for e in index.same_type("PERSON") if confident_type(e) == "PERSON"
                                       and len(e.canonical.split()) >= 2 and _speaks(e, text)
                                       and not embedded(e.canonical, text)
                                       # "Minister for Children, Young People and Families ... said": no one
                                       and (given_name_first(e.canonical) or e.mentions >= 2)]
    for entity in quoted:
        if entity not in speakers and entity.canonical.split()[0].lower() not in _PET_NAMES:
            speakers.append(entity)
    return found, speakers


# "Grandpa Xi" (a song's name for Xi Jinping) is a nickname: no quotation is given to it.
_PET_NAMES = {"grandpa", "grandma", "granddad", "grandad", "granny", "uncle", "auntie", "aunt", "papa", "mama",
              "daddy", "mummy", "mommy", "baby", "big", "little", "lady"}


def _demonstrative(sent, quote: str) -> bool:
    """True when the quotation says "this", "that", "these" or "those" of something outside it ("that
    decision"); a relative or linking "that" ("actors that we could deconstruct") points nowhere."""
    start = sent.text.find(quote)
    for tok in sent:
        inside = 0 <= tok.idx - sent.start_char - start < len(quote)
        if inside and pronoun_that(tok):
            return True  # "Right now I feel that a little bit"
        if inside and tok.lower_ in ("this", "that", "these", "those") and tok.tag_ == "DT" and not (
                tok.lower_ == "this" and tok.head.lower_ in ("year", "week", "month", "season", "time", "weekend")):
            return True
    return False


def _other_he(doc_id, sent, index) -> bool:
    """True when ``sent`` has a he/she and names people only as owners or objects ("Mel Gibson's film")."""
    if not any(t.lower_ in ("he", "she") for t in sent):
        return False
    roots = [e.root for e in sent.ents if index.at(doc_id, e.root.i) is not None and e.label_ == "PERSON"]
    return bool(roots) and all(r.dep_ in ("poss", "pobj", "dobj") for r in roots)


def _unsure_names(doc_id, sent, index) -> bool:
    """True when ``sent`` names something the votes could not type that the model once took for a
    person or an organization: it may be the person a following "he said" means."""
    for tok in sent:
        entity = index.at(doc_id, tok.i)
        if entity is not None and confident_type(entity) is None and entity.votes.get("PERSON", 0) + entity.votes.get(
                "ORG", 0) > 0 and tok.pos_ == "PROPN":
            return True
    return False


def _people(doc_id, sent, index) -> list:
    """The confident people a sentence names, in order, each once."""
    out = []
    for tok in sent:
        entity = index.at(doc_id, tok.i)
        if entity is not None and confident_type(entity) == "PERSON" and entity not in out:
            out.append(entity)
    return out


def _quotable(sent, quote: str) -> bool:
    """True when a quotation can be asked about on its own: a whole sentence of 5-30 words that points
    to nothing outside it (no "it", "they", "that decision")."""
    words = quote.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not quote[:1].isupper() or re.search(r"[?!;:]|\.\.", quote):
        return False
    if _OUTSIDE.search(_EXPLETIVE_IT.sub("", quote)) or re.search(r"(?<!\w)['‘]|['’](?!\w)", quote) \
            or _demonstrative(sent, quote):
        return False
    start = sent.start_char + max(0, sent.text.find(quote))
    # A slogan or a fragment is not a sentence.
    return any(t.pos_ in ("VERB", "AUX") for t in sent if start <= t.idx < start + len(quote))


def _speaker_person(entity) -> bool:
    """True for a speaker known by a full name that the votes call a person, even when some of its
    mentions were tagged otherwise ("Aryna Sabalenka": ORG three times, PERSON twice)."""
    return len(entity.canonical.split()) >= 2 and (confident_type(entity) == "PERSON" or entity.label == "PERSON")


def _quote(doc_id, sent, index, prev: list = (), check: bool = True):
    """(quotation, speaker entity) when ``sent`` is one whole quotation with a named speaker, else None.

    A speaker "he"/"she" is the person only when the sentence before names
    exactly one person (news prose introduces the speaker right before the quote).
    """
    text = sent.text.strip()
    m = _AFTER.match(text) or _AFTER_SINGLE.match(text)
    before = (_BEFORE.match(text) or _BEFORE_SINGLE.match(text)) if m is None else None
    if m is None and before is None:
        return None
    quote = (m or before).group("q").strip().rstrip(",.")
    if check and not _quotable(sent, quote):
        return None
    if before is not None:
        # The name ends the words before the verb ("Spokesman Nick Davies"): its last word decides.
        end = sent.start_char + before.end("s")
        last = next((t for t in sent if t.idx < end <= t.idx + len(t.text)), None)
        entity = index.at(doc_id, last.i) if last is not None else None
        if entity is None or not _speaker_person(entity):
            return None
        return quote, entity
    speaker = m.group("s1") or m.group("s2")
    if speaker in ("he", "she"):
        if prev == [None]:
            return None
        if len(prev) == 1 and len(prev[0].canonical.split()) >= 2:
            # Nobody quotes himself by name: '"... what Robert Jackson did," he added' is someone else.
            named = any(re.search(rf"\b{re.escape(a)}(?:s|['’]s)?\b", quote) for a in prev[0].aliases())
            return None if named or not nearest_person_ok(sent, sent.start, prev[0].canonical, doc_id, index) \
                else (quote, prev[0])
        # An interview piece: "he said" after lines of quotation is the man the story is about.
        name = main_person_for(speaker, sent, doc_id, index, sent.doc[sent.start - 1].sent if sent.start else None)
        lead = index.main_person.get(doc_id, (None,))[0]
        ok = name is not None and not prev and nearest_person_ok(sent, sent.start, name, doc_id, index)
        ok = ok and not any(re.search(rf"\b{re.escape(a)}\b", quote) for a in lead.aliases())
        return (quote, lead) if ok and len(lead.canonical.split()) >= 2 else None
    start = sent.start_char + text.index(speaker, m.start("s1") if m.group("s1") else m.start("s2"))
    for tok in sent:
        if start <= tok.idx < start + len(speaker):
            entity = index.at(doc_id, tok.i)
            if (entity is None or confident_type(entity) != "PERSON") and tok.is_title and tok.text not in _TITLES:
                # "said Mr Irish": the model may tag the surname as something else; a unique person fits
                named = [e for e in index.entities if _speaker_person(e) and e.short() == tok.text]
                entity = named[0] if len(named) == 1 else None
            if entity is not None:
                return (quote, entity) if confident_type(entity) == "PERSON" or _speaker_person(entity) else None
            if tok.text not in _TITLES:
                return None
    return None
