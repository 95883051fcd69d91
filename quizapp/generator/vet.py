"""Stage 7a: last checks on finished candidates, each against the whole article.

A reviewer reads every question against its article; these rules drop what
such a reader rejects and what no single-sentence check can see:

* a sentence inside a quotation opened earlier in its paragraph is speech;
* an "According to ..." sentence whose question drops the attribution;
* a true statement that predicts (will/would/could/may ...) without a speaker;
* a vague "the + noun" reference (the spokesman, the issue, the meeting ...);
* a bare surname that two people of the article share;
* a multiple-choice question on a negated predicate (every distractor fits too);
* a place question whose key the stem gives away (demonym, the story's own place);
* a stem with an ordinal or adjective left without its noun ("in the second?");
* a false statement that says "fell from 51 to 81" (false on its face).
"""

from __future__ import annotations

import re

from .entities import EntityIndex, confident_type, squash
from .nlp import get_nlp
from .rank import Candidate

_MODAL = re.compile(r"\b([Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould|[Ss]hall|[Mm]ust|'ll|"
                    r"(?:[Ii]s|are|was|were) (?:set|expected|likely|thought|believed) to|[Ii]s to|are to)\b")
_SAID = re.compile(r"\b(said|says|told|tells|according to|stated|argued|added|insisted|warned|claimed|predicts?|"
                   r"predicted|believes?|believed|thinks?|found|finds|estimated|estimates|expects|expected|forecast|"
                   r"forecasts|projected|projects|reported|wrote|writes)\b", re.I)
# Nouns that need the sentence before them to say which one is meant.
_VAGUE_NOUNS = ("spokesman|spokeswoman|spokesperson|spokesmen|official|officials|source|sources|centre|center|"
                "issue|issues|matter|meeting|meetings|plan|plans|move|deal|scheme|proposal|proposals|report|book|"
                "study|survey|talks|senators|group|idea|bill|measure|case|decision|agreement|event|project|"
                "programme|program|changes|change|document|letter|statement|announcement|incident|claims|"
                "allegations|accusations|row|dispute|policy|rules|ruling|investigation|inquiry|probe|"
                "figures|problem|situation|visit|trip|offer|bid|vote|pair|couple|region|area|site|venue|"
                "question|answer|panel|committee|court|agency|department|ministry|body|organisation|organization")
_VAGUE = re.compile(rf"\b(?:the|The)\s+(?:{_VAGUE_NOUNS})\b(?!\s+(?:of|about|between|that|who|which)\b|['’]s|-)")
_BARE_START = re.compile(r"(?:Most|Many|Some|Others|Both|All|Several|Few|Worse|Better|More|Less|Further)\s*"
                         r"(?:\(|,|(?:have|has|are|were|is|was|said|say|could|may|might|will|would|do|did)\b)")
_NEGATED = re.compile(r"\b(not|never|no|none|nothing|n't|without|neither|nor)\b|n't\b", re.I)
_DANGLING = re.compile(r"\b(?:the|a|an)\s+(?:first|second|third|fourth|fifth|last|final|latter|former|other|"
                       r"next|previous|same|opening|decisive|deciding)\s*(?:[?.,]|$|\s+(?:and|but|or|in|on|at|"
                       r"with|by|to|for|after|before|when|as|against)\b)", re.I)
_HEAD_OF_STATE = re.compile(r"Who is the (?:outgoing |incoming |current )?(?:U\.S\.|US|UK|(?!Deputy|Shadow|Vice|Acting|Interim|Former)[A-Z][a-z]+) "
                            r"(?:President|Prime Minister|Chancellor|King|Queen|Premier)\?$")
_DEMONYMS = {"UK": "british|britain|english|england|scottish|welsh", "United Kingdom": "british|britain",
             "US": "american|america", "U.S.": "american|america", "United States": "american|america",
             "Britain": "british", "Russia": "russian", "Ukraine": "ukrainian", "Spain": "spanish",
             "France": "french", "Germany": "german", "China": "chinese", "Japan": "japanese",
             "Greece": "greek", "Netherlands": "dutch", "Ireland": "irish", "Scotland": "scottish|scots",
             "Wales": "welsh", "England": "english", "Israel": "israeli", "Iran": "iranian",
             "Switzerland": "swiss", "Sweden": "swedish", "Poland": "polish", "Italy": "italian"}
_DIRECTION = re.compile(r"\b(rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|soared|"
                        r"fell|fallen|falls|falling|dropped|declined|decreased|slumped|plunged|shrank)\b"
                        r"[^.]*?\bfrom\s+([\d.,]+)[^.]*?\bto\s+([\d.,]+)", re.I)
_UPWARD = {"rose", "risen", "rising", "rises", "increased", "increases", "grew", "grown", "climbed", "jumped",
           "soared"}


SOFT, LAST, HARD = 1, 2, 3


def keep(cand: Candidate, article_text: str, index: EntityIndex, title: str = "") -> bool:
    """True when the candidate passes every check against ``article_text``."""
    return severity(cand, article_text, index, title) == 0


def severity(cand: Candidate, article_text: str, index: EntityIndex, title: str = "") -> int:
    """0 when the candidate passes every check; SOFT when it fails only one a short article may
    waive to reach five questions (a plain "will" statement), LAST for any other unattributed
    forecast (a last resort for an opinion column); HARD otherwise."""
    q = cand.question
    sentence = q.evidence[0].sentence
    if inside_quote(article_text, sentence):
        return HARD
    if re.search(r"\baccording to\b", sentence, re.I) and not re.search(r"\baccording to\b", q.prompt, re.I):
        return HARD
    if shared_surname(q.prompt, index) or _DANGLING.search(q.prompt):
        return HARD
    if not q.prompt.startswith("Who is the ") and unresolved_subject(q.prompt, title):
        # "The club is hoping ...": true, but about a club it never names; never a false twin or a stem.
        return LAST if q.kind == "true_false" and q.answer is True else HARD
    if q.kind == "true_false" and q.answer is True and opinion(q.prompt) and not _MODAL.search(q.prompt):
        return LAST  # an evaluative "is huge/pragmatic": only an article short of five questions
    if not q.prompt.startswith("Who is the ") and vague_reference(q.prompt):
        # A vague statement is still true: the last resort of an article short of five questions.
        return LAST if q.kind == "true_false" and q.answer is True else HARD
    if q.kind == "true_false":
        if not _MODAL.search(q.prompt) or _attributed(q.prompt) or _plain_future(q.prompt):
            return 0
        modals = {m.group(0).lower() for m in _MODAL.finditer(q.prompt)}
        return SOFT if modals == {"will"} and not re.search(r"\bthere will\b", q.prompt, re.I) else LAST
    if _NEGATED.search(q.prompt) or _NEGATED.search(_predicate_window(sentence, q.answer)):
        return HARD
    if _HEAD_OF_STATE.match(q.prompt):
        return HARD  # "Who is the Russian President?" is answered without reading the article
    if any(shared_surname(c, index) for c in q.choices) or gives_place_away(q, article_text, index, title):
        return HARD
    return 0


_DEFINITE = {"the", "this", "that", "these", "those"}
# Nouns with one obvious referent in a news story: "the government", "the pound".
_UNIQUE = {"government", "pound", "dollar", "euro", "economy", "world", "public", "police", "country",
           "year", "week", "month", "day", "time", "weekend", "season", "morning", "evening", "night"}


def unresolved_subject(text: str, title: str = "") -> bool:
    """True when the subject of ``text`` holds a definite common-noun phrase ("The club ...", "Star of the
    show ...", "the company has ...") that names nothing: no proper noun inside it and its noun not in the
    article's title. Its referent is in another sentence, so the statement cannot be judged alone."""
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    doc = get_nlp()(text)
    question = text.rstrip().endswith("?")
    for subj in doc:
        main = subj.head.dep_ == "ROOT" or (subj.head.dep_ == "ccomp" and subj.head.head.dep_ == "ROOT")
        if not question and (subj.dep_ not in ("nsubj", "nsubjpass") or not main):
            continue
        if question and (subj.dep_ not in ("nsubj", "nsubjpass", "dobj") or subj.head.dep_ != "ROOT"
                         or subj.lower_ in ("who", "what", "which")):
            continue  # a stem: its subject or object is the thing asked about
        for tok in subj.subtree:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() in _UNIQUE:
                continue
            if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
                continue
            # A relative clause or aside ("The club - which is listed on Ofex -") does not say which club.
            inner = [t for c in tok.children if c.dep_ not in ("relcl", "appos", "punct")
                     for t in c.subtree] + [tok]
            if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "PERSON", "FAC", "LOC") for t in inner):
                continue
            if tok.i > 0 and any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in doc[:tok.i]) \
                    and subj.dep_ != "ROOT" and subj.head.dep_ == "ccomp":
                continue  # "Arsenal's David Dein said the club may ...": named earlier in the statement
            if tok.lower_ in title_words or tok.lemma_.lower() in title_words:
                continue
            return True
    return False


_EVALUATIVE = ("huge|pragmatic|important|clear|key|crucial|vital|essential|significant|enormous|massive|"
               "remarkable|impressive|excellent|disappointing|good|bad|great|best|worst|obvious|right|wrong|"
               "fair|unfair|sensible|brilliant|terrible|dramatic|staggering|interesting|surprising|welcome|"
               "realistic|unrealistic|ambitious|bold|brave|wise|foolish|successful|unsuccessful")
_OPINION = re.compile(rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:being\s+)?(?:(?:a|an|the)\s+)?"
                      rf"(?:\w+\s+)?(?:{_EVALUATIVE})\b|^Needless to say\b", re.I)
_FORECAST = re.compile(r"\b(will|would|could|may|might|should|shall)\b|'ll\b", re.I)


_HEDGED = re.compile(r"\b(?:would|could|may|might|should|likely|unlikely|expected|expects?|forecasts?|predicts?|"
                     r"projected|estimated|possibly|probably|perhaps)\b", re.I)


_BOUND = re.compile(r"\b(?:more than|over|at least|up to|fewer than|less than|under|at most|as many as|as much as|"
                    r"in excess of|upwards of|nearly|almost)\s*$", re.I)


def bounded_swap(true_text: str, false_text: str | None) -> bool:
    """True when the false twin changes a number the article gives only as a bound ("more than 120"
    -> "more than 240"): moving a bound leaves the statement unsupported, not false."""
    if not false_text:
        return False
    a, b = true_text.split(), false_text.split()
    if len(a) != len(b):
        return False
    return any(x != y and re.search(r"\d", x) and _BOUND.search(" ".join(a[max(0, i - 3):i]))
               for i, (x, y) in enumerate(zip(a, b)))


def hedged(text: str) -> bool:
    """True when ``text`` is conditional, projected or hedged, attributed or not ("the CBO said ... would")."""
    return _HEDGED.search(text) is not None


def opinion(text: str) -> bool:
    """True when an unattributed statement forecasts (will/would/could/may/might/should) or judges
    ("The Commission is being pragmatic", "the prize ... is huge"): the writer's view, not a fact."""
    if _attributed(text):
        return False
    if _FORECAST.search(text) and not _plain_future(text):
        return True
    return _OPINION.search(text) is not None


def safe_false(text: str | None, index: EntityIndex) -> str | None:
    """``text`` (a false twin) if it is not false on its face and names no one ambiguously, else None."""
    if not text or vague_reference(text) or shared_surname(text, index):
        return None
    m = _DIRECTION.search(text)
    if m:
        a, b = (_num(m.group(2)), _num(m.group(3)))
        if a is not None and b is not None and (a < b) != (m.group(1).lower() in _UPWARD):
            return None
    return text


def _attributed(text: str) -> bool:
    """True when a reporting word names its source ("Mr Irish predicts", "according to the CBO"), not a
    pronoun ("after he predicted")."""
    return any(not re.search(r"\b(he|she|they|it|who|which|that)\s*$", text[:m.start()], re.I)
               for m in _SAID.finditer(text))


def _plain_future(text: str) -> bool:
    """A "will" with concrete details (a number, a price, a date) is a plan the article reports,
    not a forecast: "The service will be priced at £4.50 an hour"."""
    modals = {m.group(0).lower() for m in _MODAL.finditer(text)}
    return modals == {"will"} and not text.startswith("There ") and bool(re.search(r"\d", text))


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return None


def inside_quote(article_text: str, sentence: str) -> bool:
    """True when ``sentence`` sits inside a quotation opened earlier in its paragraph.

    A straight quote after a space opens and one before a space closes: a quote
    running over several paragraphs reopens each paragraph without closing the
    one before, so plain parity would go wrong on merged paragraphs.
    """
    at = article_text.find(sentence)
    if at < 0:
        return False
    start = max(article_text.rfind("\n", 0, at) + 1, 0)
    inside = False
    for m in re.finditer(r'[“”"]', article_text[start:at]):
        i = start + m.start()
        ch = m.group(0)
        before = article_text[i - 1] if i > 0 else " "
        after = article_text[i + 1] if i + 1 < len(article_text) else " "
        if ch == "“" or ch == '"' and (before.isspace() or before in "([—–-") and not after.isspace():
            inside = True
        elif ch == "”" or ch == '"':
            inside = False
    return inside


def vague_reference(text: str) -> bool:
    """True when ``text`` leans on a "the + noun" whose referent is in another sentence, opens with a bare
    quantifier ("Most (71%) have ...") or a bare comparative ("Worse could follow")."""
    return _VAGUE.search(text) is not None or re.search(r"\b(some|many|most|all) of the\b", text, re.I) is not None \
        or _BARE_START.match(text) is not None


def shared_surname(text: str, index: EntityIndex) -> bool:
    """True when ``text`` names someone by a surname alone that two people of the articles share."""
    people = [e for e in index.entities if e.label == "PERSON"]
    by_surname: dict[str, set[str]] = {}
    for e in people:
        for s in e.surfaces:
            words = s.split()
            if len(words) >= 2:
                by_surname.setdefault(words[-1], set()).add(words[0])
    for surname, firsts in by_surname.items():
        if len(firsts) < 2:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", text):
            prev = text[:m.start()].split()[-1:] or [""]
            if prev[0] not in firsts:
                return True
    return False


def _predicate_window(sentence: str, key) -> str:
    """The few words after the key in its sentence (where "X has not confirmed" puts its "not")."""
    if not isinstance(key, str) or key not in sentence:
        return ""
    return " ".join(sentence[sentence.index(key) + len(key):].split()[:4])


def gives_place_away(q, article_text: str, index: EntityIndex, title: str) -> bool:
    """True when a place key is named by a demonym in the stem, is in the title, or is the story's main place."""
    if not isinstance(q.answer, str) or not re.match(r"(Where|Which country|Which city|Which place)\b", q.prompt):
        return False
    key = q.answer
    words = _DEMONYMS.get(key) or _DEMONYMS.get(re.sub(r"^the ", "", key))
    if words and re.search(rf"\b({words})\b", q.prompt, re.I):
        return True
    stem = key.lower()[:max(4, len(key) - 2)]
    if re.search(rf"\b{re.escape(stem)}", q.prompt.lower()):
        return True
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", title) or words and re.search(rf"\b({words})\b", title, re.I):
        return True
    places = [e for e in index.entities if confident_type(e) in ("COUNTRY", "CITY")]
    if not places:
        return False
    main = max(places, key=lambda e: (e.mentions, -e.first[0], -e.first[1]))
    return key in main.surfaces and main.mentions >= 3


def _respelling(a: str, b: str) -> bool:
    """True for two spellings of one word ("Zelensky"/"Zelenskyy"), not for aliases ("UK"/"Britain")."""
    return a.isalpha() and b.isalpha() and a[:4].lower() == b[:4].lower() and abs(len(a) - len(b)) <= 2


def unify_spelling(questions, index: EntityIndex) -> None:
    """Write each name one way in every prompt and choice of a set ("Zelensky", not also "Zelenskyy").

    The most frequent spelling of the entity wins; evidence stays verbatim, and a key is respelled
    only when the new spelling is still inside its evidence sentence.
    """
    fixes: dict[str, str] = {}
    for entity in index.entities:
        counts: dict[str, dict[str, int]] = {}
        for surface, n in entity.surfaces.items():
            for word in surface.split():
                key = squash(word)
                if len(key) > 2:
                    counts.setdefault(key, {}).setdefault(word, 0)
                    counts[key][word] += n
        for spellings in counts.values():
            if len(spellings) > 1:
                best = sorted(spellings, key=lambda w: (-spellings[w], w))[0]
                fixes.update({w: best for w in spellings if w != best and _respelling(w, best)})
    if not fixes:
        return
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(fixes, key=lambda w: (-len(w), w)))
                         + r")(?!\w)")

    def fix(text: str) -> str:
        return pattern.sub(lambda m: fixes[m.group(1)], text)

    for q in questions:
        q.prompt = fix(q.prompt)
        if q.kind == "true_false":
            continue
        key = q.answer
        new_key = fix(key)
        if new_key != key and not any(new_key in e.sentence for e in q.evidence[:1]):
            new_key = key
        q.choices = [new_key if c == key else fix(c) for c in q.choices]
        q.answer = new_key
