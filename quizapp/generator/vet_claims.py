"""Stage 7a (claims): is a statement a fact a student can judge from the article?

Checks on the wording of one statement or stem: an unnamed "the + noun" subject,
an opinion or forecast stated as fact, a hedged claim, a number given as a bound
(which a false twin must not move). :mod:`.vet` applies them with the checks that
need the whole article.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .entities import EntityIndex
from .nlp import get_nlp

_BARE_START = re.compile(r"(?:Most|Many|Some|Others|Both|All|Several|Few|Worse|Better|More|Less|Further)\s*"
                         r"(?:\(|,|(?:have|has|are|were|is|was|said|say|could|may|might|will|would|do|did)\b)")
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
                "question|answer|panel|committee|court|agency|department|ministry|body|organisation|organization|"
                "point|practice|suggestion|remarks|comment|comments|argument|criticism|warning|threat|request|demand|"
                "finding|findings")
# Stand-ins for a name given earlier ("the League leader", "the visitors", "the firm"): vague unless the
# statement itself names someone before them ("Arsenal said the club would move").
_STAND_INS = ("leader|leaders|visitor|visitors|hosts|holders|club|team|side|firm|company|commission|carrier|"
                "lender|insurer|retailer|airline|giant|manufacturer|maker|newspaper|network|broadcaster|startup|"
                "unit|subsidiary|regulator|watchdog|authorities|minister|chairman|boss|coach|manager|player|"
                "victim|suspect|patient|researchers|scientists|experts|analysts|opposition|minority|majority|"
                "duo|trio|pair|latter|former|newcomer|newcomers|opponents|rivals|defendant|accused|"
                "number|figure|toll|total|amount|city|town|village|country|capital|province|state|"
                "drug|drugs|aircraft|plane|jet|ship|vessel|device|product|star|striker|veteran|youngster|athlete|"
                "sprinter|runner|singer|actor|band|bill|law|reports|program|programme|film|album|website|"
                "service|\\d+[- ]year[- ]old")
_VAGUE = re.compile(rf"\b(?:the|The)\s+(?:{_VAGUE_NOUNS})\b(?!\s+(?:of|about|between|that|who|which)\b|['’]s|-)|"
                    r"\baccording to (?:some |many |most |several )?(?:experts|analysts|sources|officials|reports|"
                    r"observers|critics|insiders|people familiar)\b|"
                    r"\b(?:some|the) (?:good|bad) news\b|\b(?:of|to|about|with) (?:that|this)(?=\s*[.,])|\b(?:have|has|had|own|owns|bought) one\.?$|"  # "... have one."
                    # "Australia, Italy and the Netherlands saw a decline." A decline in what?
                    r"\b(?:a|an)\s+(?:\w+\s+)?(?:decline|rise|fall|increase|drop|decrease|jump|slump|gain|loss|"
                    r"boost|dip|surge)\.?$")
_STARTERS = {"The", "A", "An", "In", "On", "At", "But", "And", "So", "As", "After", "Before", "When", "While", "With",
             "For", "By", "From", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "Last", "Next",
             "Since", "Under", "Over", "Meanwhile", "However", "Also", "Earlier", "Later", "Then", "If", "Although"}
_EPITHETS = ("star|striker|veteran|youngster|athlete|sprinter|runner|singer|actor|champion|midfielder|defender|"
             "(?i:republican|democrat|lawmaker|congressman|congresswoman|senator|politician)")
_STAND_IN = re.compile(rf"\b(?:the|The)\s+(?:(?:[a-z\d][\w-]*|[A-Z][a-z]+)\s+(?={_EPITHETS})|[a-z\d][\w-]*\s+)?"
                       rf"(?:{_STAND_INS}|affair|sides|{_EPITHETS})\b"
                       rf"(?!\s+(?:of|about|between|that|who|which|[A-Z])|['’]s\s+[A-Z]|-)")
_DIRECTION = re.compile(r"\b(rose|risen|rising|rises|increased|increases|grew|grown|climbed|jumped|soared|"
                        r"fell|fallen|falls|falling|dropped|declined|decreased|slumped|plunged|shrank)\b"
                        r"[^.]*?\b(from|to)\s+[$£€]?([\d.,]+)[^.]*?\b(?:to|from)\s+[$£€]?([\d.,]+)", re.I)
_UPWARD = {"rose", "risen", "rising", "rises", "increased", "increases", "grew", "grown", "climbed", "jumped",
           "soared"}


_DEFINITE = {"the", "this", "that", "these", "those"}
# Nouns with one obvious referent in a news story: "the government", "the pound".
_UNIQUE = {"government", "pound", "dollar", "euro", "economy", "world", "public", "police", "country",
           "year", "week", "month", "day", "time", "weekend", "season", "morning", "evening", "night",
           # idioms, not references: "entered the public eye", "crossed the line", "took the lead"
           "eye", "line", "way", "lead", "spotlight", "headlines", "limelight", "helm", "past", "future", "end",
           "start", "beginning", "rest", "top", "bottom", "middle", "first", "last"}


_PARSED: dict = {}
# Words that leave "the year", "the night" one obvious referent; others ("the subsequent months", "the red
# carpet gala opening night") point at a time or event another sentence gave.
_PLAIN_MODIFIERS = {"global", "world", "national", "whole", "entire", "last", "past", "coming", "current", "same"}


def _modified(tok) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in _PLAIN_MODIFIERS for c in tok.children)


_DEFINITE_PHRASE = re.compile(r"\b(?:the|this|that|these|those)\s+\S", re.I)


def prefetch(texts) -> None:
    """Parse the candidate texts of one run in batches (much faster than one by one) for the checks
    below; the cache holds only the latest run."""
    texts = sorted({t for t in texts if _DEFINITE_PHRASE.search(t)})
    _PARSED.clear()
    _PARSED.update(zip(texts, get_nlp().pipe(texts, batch_size=64)))


def unresolved_subject(text: str, title: str = "") -> bool:
    """True when the subject of ``text`` holds a definite common-noun phrase ("The club ...", "Star of the
    show ...", "the company has ...") that names nothing: no proper noun inside it and its noun not in the
    article's title. Its referent is in another sentence, so the statement cannot be judged alone."""
    if not _DEFINITE_PHRASE.search(text):
        return False  # no definite phrase at all: nothing to resolve, and no parse to pay for
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
    doc = _PARSED.get(text) or get_nlp()(text)
    question = text.rstrip().endswith("?")
    for subj in doc:
        main = subj.head.dep_ == "ROOT" or (subj.head.dep_ == "ccomp" and subj.head.head.dep_ == "ROOT")
        if not question and (subj.dep_ not in ("nsubj", "nsubjpass") or not main):
            continue
        if question and (subj.dep_ not in ("nsubj", "nsubjpass", "dobj") or subj.head.dep_ != "ROOT"
                         or subj.lower_ in ("who", "what", "which")):
            continue  # a stem: its subject or object is the thing asked about
        for tok in subj.subtree:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() in _UNIQUE and not _modified(tok):
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
# Words that judge on their own, with or without "is": "a muted Christmas schedule", "continues apace".
_LOADED = re.compile(r"\b(?:muted|lacklustre|lackluster|dismal|superb|stunning|faultless|spectacular|thrilling|"
                     r"magnificent|appalling|gripping|compelling|apace|masterful|majestic|sublime|woeful|abysmal|"
                     r"wonderful|fantastic|marvellous|terrific|glorious|dazzling|breathtaking|lamentable|"
                     r"unremarkable|lavish|sumptuous|garish|flawless|overwhelming|shocking|catastrophic|legendary|brazen(?:ly)?|"
                     r"hottest|iconic|disastrous|shameful|outrageous|remarkable|brilliant|resounding(?:ly)?)\b|\bshocked the world\b|^Of course\b|"
                     r"\b(?:more|further) (?:research|work|study|studies) (?:is|are) (?:needed|required|warranted)\b|"
                     # "Desailly is one of the most decorated players in the history of football": a ranking
                     r"\bone of the (?:most|best|greatest|finest|biggest|worst)\b|\bin the history of\b", re.I)
# "May" with a capital is the month ("between April 4 and May 13"), not a forecast.
_FORECAST = re.compile(r"\b([Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould|[Ss]hall)\b|'ll\b")


_HEDGED = re.compile(r"\b(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould|[Ll]ikely|[Uu]nlikely|[Ee]xpected|[Ee]xpects?|"
                     r"[Ff]orecasts?|[Pp]redicts?|[Pp]rojected|[Ee]stimated|[Pp]ossibly|[Pp]robably|[Pp]erhaps)\b")


_BOUND = re.compile(r"\b(?:more than|over|at least|up to|fewer than|less than|under|at most|as many as|as much as|"
                    r"in excess of|upwards of|nearly|almost|topping|topped|exceeding|above|beyond)(?:\s+(?:a|an))?"
                    r"(?:\s+(?:pounds|dollars|euros|[$£€]))?\s*$", re.I)


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
    return _OPINION.search(text) is not None or _LOADED.search(text) is not None


def safe_false(text: str | None, index: EntityIndex) -> str | None:
    """``text`` (a false twin) if it is not false on its face and names no one ambiguously, else None."""
    if not text or vague_reference(text) or shared_surname(text, index):
        return None
    m = _DIRECTION.search(text)
    if m:
        a, b = (_num(m.group(3)), _num(m.group(4)))
        if m.group(2).lower() == "to":  # "rose to $131m from $173m"
            a, b = b, a
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


def _bare(text: str) -> bool:
    """A short statement naming nothing and counting nothing ("A trial date has not been set.")."""
    words = text.split()
    return len(words) <= 8 and not re.search(r"\d", text) and not any(w[:1].isupper() for w in words[1:])


def vague_reference(text: str) -> bool:
    """True when ``text`` leans on a "the + noun" whose referent is in another sentence, opens with a bare
    quantifier ("Most (71%) have ...") or a bare comparative ("Worse could follow")."""
    stand_in = _STAND_IN.search(text)
    if stand_in and not set(re.findall(r"\b[A-Z][\w-]+", text[:stand_in.start()])) - _STARTERS:
        return True
    return _VAGUE.search(text) is not None or re.search(r"\b(some|many|most|all) of the\b", text, re.I) is not None \
        or _BARE_START.match(text) is not None or _bare(text)


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
        if len(firsts) < 2 or len(firsts) == 2 and SequenceMatcher(None, *sorted(firsts)).ratio() >= 0.8:
            continue  # "Viktor" and "Victor" Makarov: one man spelled two ways
        for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", text):
            prev = text[:m.start()].split()[-1:] or [""]
            if re.match(r"\s[A-Z][a-z]", text[m.end():]):
                continue  # "Francis Obikwelu": here the word is a first name
            if prev[0] not in firsts:
                return True
    return False


_ASIDE = re.compile(r"^(?:(?:And|But|So|Yet|Indeed|Of course|Needless to say|Clearly|Certainly|Undoubtedly|"
                    r"Inevitably|Perhaps|Probably)\s*,?\s+)+", re.I)


def attribute_to_article(text: str, several: bool = False, article_text: str = "") -> str:
    """The writer's forecast or judgement made a checkable claim about the article:
    "Needless to say, there will be ..." -> "According to the article, there will be ..."."""
    body = re.sub(r"^(?:Now|Meanwhile|However|But|And|So),?\s+(?=\w)", "", _ASIDE.sub("", text.strip()))  # "Now X claims"
    first = get_nlp()(body)[0]
    # Only a word that is lowercase in mid-sentence English: "Finzi notes ..." keeps its capital.
    lower = first.pos_ in ("DET", "PRON", "ADV", "ADP", "SCONJ", "CCONJ", "AUX", "PART") and first.text != "I" \
        or first.lower_ in ("most", "many", "some", "several", "few", "all", "both", "each", "every", "more") \
        or first.lower_ in ("people", "men", "women", "children") or not first.ent_type_ and (
            first.tag_ in ("NN", "JJ", "JJR", "JJS", "VBG") or first.tag_ == "NNS" and first.lower_.endswith("s")) \
        and first.text != first.text.upper()  # "Passage in Congress ...", "Recent rulings ..."
    # ... but a word the article capitalises mid-sentence is a name the model missed ("Desailly", "Wales").
    if lower and not re.search(rf"[a-z,;] {re.escape(first.text)}\b", article_text):
        body = body[:1].lower() + body[1:]
    return f"According to {'one of the articles' if several else 'the article'}, {body}"


def needs_attribution(text: str, title: str = "") -> bool:
    """True when a true statement is the writer's forecast or judgement about something it names:
    asked as fact it is unfair, asked as what the article says it is checkable."""
    return (opinion(text) or _MODAL.search(text) is not None) and not _attributed(text) \
        and not unresolved_subject(text, title) and not vague_reference(text)
