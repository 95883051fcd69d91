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

The checks on a statement's own wording (unnamed references, opinions, hedges,
bounds) live in :mod:`.vet_claims`.
"""

from __future__ import annotations

import re

from .entities import EntityIndex, confident_type, squash
from .distractors import title_giveaway
from .gazetteer import ALIASES_OF, CAPITALS
from .rank import Candidate
from .vet_forms import empty_claim, stem_back_reference, stray_pronoun
from .statements_checks import sloppy
from .vet_claims import (
    _MODAL,
    _attributed,
    _plain_future,
    opinion,
    shared_surname,
    unresolved_subject,
    vague_reference,
)

_NEGATED = re.compile(r"\b(not|never|no|none|nothing|n't|without|neither|nor)\b|n't\b", re.I)
_DANGLING = re.compile(r"\b(?:the|a|an)\s+(?:first|second|third|fourth|fifth|last|final|latter|former|other|"
                       r"next|previous|same|opening|decisive|deciding)\s*(?:[?.,]|$|\s+(?:and|but|or|in|on|at|"
                       r"with|by|to|for|after|before|when|as|against)\b)", re.I)
_HEAD_OF_STATE = re.compile(r"Who is the (?:outgoing |incoming |current |first (?:black |female |woman |Catholic |Muslim )?)?"
                            r"(?:(?:U\.S\.|US|UK|(?!Deputy|Shadow|Vice|Acting|"
                            r"Interim|Former)[A-Z][a-z]+) )?(?:President|Prime Minister|Chancellor|King|Queen|Premier)\?$|"
                            r"Who is the (?:North |South )?[A-Z][a-z]+(?:an|ese|ish|i|ch) leader\?$",
                            re.I)
# Number stems the clause builder garbled: a bound word left behind ("How many over health teams"),
# a coordinated second object kept ("How many cameras does TESS use and a detection method ...?").
_NUMBER_STEM = re.compile(r"^(?:In |By )?(?:how many|how much|what percentage|what share)\b", re.I)
_GARBLED_NUMBER = re.compile(r"^(?:In |By )?(?:how many|how much|what percentage|what share)\s+(?:over|about|nearly|almost|"
                             r"around|roughly|some|more|less|fewer|than|at|up|just|under)\b|\band (?:a|an|\d)|"
                             # a level the parser hung on the verb: "did sales decline 33.6 billion?"
                             r"\b(?:rise|fall|decline|grow|increase|drop|climb|jump|slip)s? [$£€]?\d|"
                             # a list lost its counted half: "has Beijing placed fentanyl and on its list?"
                             r"\b\w+ and (?:on|in|to|at|for|from|with|by|into|over)\b|"
                             r"\band (?:one|two|three|four|five|six|seven|eight|nine|ten)\b|"
                             r", or (?:about |around |some |nearly |almost )?[$£€]?\d|"  # "gold, or about 113.5m ounces"
                             # another share left in the stem: "... mayor 1.2 percent of all cast?"
                             r"^(?:in which|on what|what percentage|by what percentage)\b.*\d(?: ?percent| per cent|%)|"
                             r"\byear to \d{1,2}\b(?! (?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\b)", re.I)  # "profits for the year to 31 rise"
# Stems the clause builders garbled in ways a reader sees at once.
_GARBLED_STEM = re.compile(
    r"\b(?:and|or),|"                                      # "How many people did the crowd include and, according to ...?"
    r"^With (?:how many|how much|what)\b|"                 # "With how many employees will ... be the same size?"
    # "has Solanke only won?" (not "Spain's only other title": an adjective)
    r"^(?:in which|on what|how many|how much|what percentage|by what percentage)\b.*(?<!\bthe )(?<!\bits )(?<!\bhis )"
    r"(?<!\bher )(?<!\btheir )(?<!['’]s )\bonly\b(?! (?:other|one|two|three|four|five|six|\d))|"
    r"^Who (?:been|being)\b|"                              # "Who been pushing for ...?" (the source lost its "has")
    r"^Who\b.*\b(?:his|her) (?:administration|government|presidency|cabinet)\b|"  # only a head of government has one
    r"^Who (?:has |had )?(?:said|declared|announced|added|warned|stated|insisted|claimed|argued|told reporters)"
    r"(?: (?:in|on|at|during|after|before|late|early|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b(?:(?!\b(?:that|to|about|how|why|what|whether|it|he|she|they|we)\b)[^\"“”])*)?\?$|"  # declared what?
    r"^Who (?:has |had )?told (?:(?!\b(?:that|to|about|how|why|what|whether|it|he|she|they|we)\b)[^\"“”?])*"
    r"\b(?:at|in|on|during)\b(?:(?!\b(?:that|to|about|how|why|what|whether)\b)[^\"“”?])*\?$|"  # told them what?
    r"^In which year\b.*\b(?:1[6-9]|20)\d\d\b|"             # "In which year were they beaten ... in 1991?"
    r"^How much\b.*\b(?:value|price|cost|worth|sum|total)\?$|"     # "... with an assessed value?"
    r"\w-(?:\?| (?!(?:and|or|to)\b))|"      # "the UN Secretary-?", "Russian defense- did ... name"
    r"^How many \w+'s\b", re.I)              # "How many party's new designs ...?"
_CLAUSE_GOES_ON = {"was", "were", "is", "are", "had", "has", "have", "been", "did", "do", "does", "will", "would",
                   "could", "can"}
# A stem cut off after a function word ("... on the right and?") is a broken sentence.
_CUT_OFF = re.compile(r"\b(?:and|or|but|of|to|the|a|an|with|for|from|by|on|in|at|after|before|than|as|that)\?$|"
                      r"\b(?:to|on|by|until) \d{1,2}\?$|\s(?:m|bn|k)\?$|"  # "year to 31?", "rise m?": a cut figure
                      # a verb that needs its clause: "How many companies predicted?", "to persuade voters?"
                      r"\b(?:(?:predict|say|said|warn|believe|expect|claim|argue|thought|think|suggest|insist|fear|"
                      r"hope|show|found|reveal|announce|estimate|forecast|report)(?:ed|s)?|(?:due|set|likely|able|going|"
                      r"about)|(?:persuade|convince|tell|told|"
                      r"remind|assure|warn)(?:ed|s)? \w+|(?:said|says|announced|added|warned) (?:in|on|at|during) "
                      r"(?:a|an|the) \w+|the first \w+(?: ever| in the world| in history)?)\?$|"
                      # a relative pronoun where the stem's subject should be: "How many copies did whose album sell?"
                      r"\b(?:did|does|do|was|were|is|are|has|have|had) (?:whose|who|whom|which)\b", re.I)
_DEMONYMS = {"UK": "british|britain|english|england|scottish|welsh", "United Kingdom": "british|britain",
             "US": "american|america", "U.S.": "american|america", "United States": "american|america",
             "Britain": "british", "Russia": "russian", "Ukraine": "ukrainian", "Spain": "spanish",
             "France": "french", "Germany": "german", "China": "chinese", "Japan": "japanese",
             "Greece": "greek", "Netherlands": "dutch", "Ireland": "irish", "Scotland": "scottish|scots",
             "Wales": "welsh", "England": "english", "Israel": "israeli", "Iran": "iranian",
             "Switzerland": "swiss", "Sweden": "swedish", "Poland": "polish", "Italy": "italian"}


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
    if re.search(r"\baccording to\b", sentence, re.I) and not re.search(r"\baccording to\b", q.prompt, re.I) \
            and cand.slot != "role":  # a person's post is the writer's own statement, not the claim
        return HARD
    if shared_surname(q.prompt, index) or _DANGLING.search(q.prompt) or _CUT_OFF.search(q.prompt):
        return HARD
    if q.kind != "true_false" and re.match(r"^(?:\w+ ){1,2}(?:did|does|do)\b", q.prompt) \
            and re.search(r"\b(?:his|her|its|their|he|she|him|they|them)\b", q.prompt, re.I):
        return HARD  # "Who did his header deflect off?": the pronoun is someone other than the answer
    if q.kind != "true_false" and cand.slot != "role" and isinstance(q.answer, str) and title_giveaway(
            q.prompt, q.answer, [c for c in q.choices if c != q.answer], article_text):
        return HARD
    if re.search(r"\b(?:pounds|dollars|euros)\s+(?!\d)", q.prompt):
        return HARD  # a currency word whose number was taken out ("invested some pounds in")
    if q.kind != "true_false" and re.search(r"\b(?:in|of|at|on|from|to|for|over) (?:that|those) \w+", q.prompt):
        return HARD  # "Which organization lost out to JVC in that fight?": which fight is another sentence's
    if q.kind != "true_false" and re.match(r"Who [^,?]*, (?:said|told|added)\b", q.prompt):
        return HARD  # "Who from the League Against Cruel Sports, said ...?": the name before the comma is gone
    if q.kind != "true_false" and re.match(r"Who (?:\w+ ){0,4}its\b", q.prompt):
        return HARD  # "Who has failed in its bid ...?": the stem itself says the answer is no person
    if q.kind != "true_false" and re.search(r"\b(?:others|another)\b|\band according to\b|"
                                           r"^(?:in which (?:year|month)|on what date)\b.*\b(?:a|an) \w+\?$", q.prompt, re.I):
        return HARD  # "Who did others accuse ...?", "In which month did Congress pass a bill?": which ones?
    if not re.match(r"[\w“\"'(]", q.prompt) or q.kind != "true_false" and any(not re.match(r"[\w$£€]", c) for c in q.choices):
        return HARD  # "’s son is the U.S. president.": a name lost its owner
    if sloppy([], q.prompt):
        return HARD  # a typo of the source in a stem or a statement from any rule
    if re.search(r"[-–—,] [-–—,]", q.prompt):
        return HARD  # an aside taken out of the middle left its marks ("bought by the Barclay twins - - last year")
    if re.search(r"[a-z0-9]\.[A-Z][a-z]", q.prompt):
        return HARD  # two sentences the source glued together ("$2.90.It said")
    if re.search(r"(?<!^)\b[A-Z][\w-]*[a-z] The [a-z]|\(\d[\d.]*%\) [A-Z]", q.prompt):
        return HARD  # a heading or list item run into the sentence ("New Aspirin-Cancer Findings The study looked")
    if any(w not in sentence for w in re.findall(r"(?:^|\s)[-–]\w+", q.prompt)):
        return HARD  # a cut through a word ("the bowling form -0 in Sri Lanka"): the parse around it failed
    if q.kind != "true_false" and (stray_pronoun(q.prompt, index) or cand.slot != "role" and stem_back_reference(
            q.prompt, sentence, article_text, title)):
        return HARD  # "How many other lawmakers followed his lead?": whose lead, the stem never says
    if q.kind != "true_false" and (_GARBLED_STEM.search(q.prompt) or len(re.findall(r"\s[-–—]\s", q.prompt)) % 2):
        return HARD  # an aside's dash with no partner: "..., with Raheem Sterling - last capped during 2022?"
    if q.kind != "true_false" and (_NUMBER_STEM.match(q.prompt) and _GARBLED_NUMBER.search(q.prompt)
                                   or cand.slot != "role" and _cut_clause(q.prompt, sentence)):
        return HARD
    if not q.prompt.startswith("Who is the ") and unresolved_subject(q.prompt, title):
        # "The club is hoping ...": true, but about a club it never names; never a false twin or a stem.
        return LAST if q.kind == "true_false" and q.answer is True else HARD
    if q.kind == "true_false" and empty_claim(q.prompt):
        return HARD  # "There is some good news, Roy Alcalay added.": nothing to know
    if q.kind == "true_false" and q.answer is True and opinion(q.prompt) and not _MODAL.search(q.prompt):
        return LAST  # an evaluative "is huge/pragmatic": only an article short of five questions
    if not q.prompt.startswith("Who is the ") and vague_reference(q.prompt):
        # A vague statement is still true: the last resort of an article short of five questions.
        return LAST if q.kind == "true_false" and q.answer is True else HARD
    if q.kind == "true_false" and cand.slot == "role" and _HEAD_OF_STATE.match(
            "Who is " + q.prompt.split(" is ", 1)[-1].rstrip(".") + "?"):
        return HARD  # "Tony Blair is the Prime Minister." is known without reading the article
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


def _cut_clause(prompt: str, sentence: str) -> bool:
    """True when the stem ends where its sentence's clause goes on ("... missing after 10 houses?" of
    "... after 10 houses and a mosque were buried"): the question stops mid-clause."""
    words = prompt.rstrip("?").split()[-2:]
    if len(words) < 2:
        return False
    m = re.search(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)\s+(?:and\s+\w+(?:\s+\w+)?\s+)?(\w+)", sentence)
    if m is not None and m.group(1)[:1].isupper() and words[-1][:1].islower():
        return True  # "... with a score after teammate?" of "after teammate Jane Doe": the name was cut
    return m is not None and m.group(1).lower() in _CLAUSE_GOES_ON


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
    if any(country in (key, ALIASES_OF.get(key)) and re.search(rf"\b{re.escape(city)}\b", q.prompt)
           for city, country in CAPITALS.items()):
        return True  # "... fired over the capital Riyadh?" -> Saudi Arabia
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
            # Only names: "the" inside "Office of the ..." and "The" opening "The DNC" are one word, not a name.
            if len(spellings) > 1 and all(w[:1].isupper() for w in spellings):
                # A dateline's "WASHINGTON" or "NEW YORK" is never the spelling to spread.
                best = sorted(spellings, key=lambda w: (w.isupper() and len(w) > 2, -spellings[w], w))[0]
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
