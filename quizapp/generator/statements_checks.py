"""Stage 5e (checks): can a sentence's wording stand alone as a true/false statement?

Pronouns that point outside it, openers and phrases that need the sentence before
("For instance", "followed suit"), typos the source made (a doubled phrase, "an AFP
reporters"), and quotation marks that are whole. :mod:`.statements` applies them.
"""

from __future__ import annotations

import re

from .gazetteer import ALIASES_OF, COUNTRIES, NATIONAL_THINGS, OUTLET_WORDS

PRONOUN = re.compile(r"\b(it|they|them|this(?! (year|week|month|morning|afternoon|evening|weekend|season|summer|"
                      r"spring|autumn|winter|time|christmas|year.s)\b)|these|those|we|us|our|i|me|my|you|your|such|the latter|the former|"
                      r"here|same(?!-)|than (?:that|this)|the opposite|(?:a|an|the) (?:new|revised|second|first|last|latest|old|other|"
                      r"similar|different|separate|bigger|smaller) one|the (?:two|three|four|five|six|seven|eight|nine|ten)"
                      r"(?= (?:had|have|has|were|was|are|is|of|who|said|say)\b)|both(?= (?:would|will|are|were|have|had|can|could|should|say|said)\b)|itself|themselves|the pair|the two|the duo|the trio|the move|the decision|"
                      r"that (is|was|has|had|would|will|could)|did not (?:immediately )?respond|declined to comment|could not (?:immediately )?be reached|not immediately available|"
                      r"request for comment|not to be named|condition of anonymity|told reuters)\b", re.I)
SUCH_AS = re.compile(r"\bsuch as\b|\bUS\b")  # "such as" and the country "US" are not pronouns

# Phrases anchored in another sentence: "followed suit", "ten minutes later", "did the same", "took a similar line",
# "..., study reveals" (a tabloid's summary line: which study?).
ANCHORED = re.compile(r"\bfollow(?:ed|s|ing)? suit\b|\b(?:am|is|are|was|were) not (?:so |too |as |that )?sure\W*$|\bsimilar\b(?!(?: \w+){0,2} (?:to|as)\b)|"
                      r",\s+(?:a |the |new )?(?:study|survey|research|report|poll|analysis|data|scientists|researchers|"
                      r"experts) (?:reveals?|finds?|shows?|suggests?|claims?|warns?|says?)\W*$|(?<!and )\b(?:has|have|had) since\b(?! (?:the |\d|January|February|March|"
                      r"April|May|June|July|August|September|October|November|December|last|early|mid|late))|\b(?:do|does|did|doing|done) (?:just|exactly|precisely) (?:that|so)\b|\bdid (?:the same|likewise)\b|\b(?:\w+ )?(?:seconds?|minutes?|"
                       r"hours?|days?|weeks?|months?|years?|moments) later\b|\blater that (?:day|night|week)\b|\bin other ways\b|"
                      r"^(?:much |far |even |still )?(?:more|less) \w+ (?:is|are|was|were) (?:an?|the)\b|"
                      # "About 30 other people were wounded", "three others": others than those told of before
                      r"\b(?:several|many|some|few|dozens of|\d+|two|three|four|five|six|seven|eight|nine|ten) others?\b"
                      r"(?! than)|\b(?:that|which) followed\b(?! (?:the|a|an|his|her|its|their)\b)|"
                      # "Ultimately, 37 percent never had a seizure", "Two-thirds were given pills": of whom?
                      r"^(?:\w+, )?(?:about |nearly |almost |roughly |around |some |more than |over |only |just )?"
                      r"(?:\d[\d.,]*\s?(?:%|percent|per cent)|half|a third|a quarter|(?:one|two)-thirds|(?:one|three)-quarters)"
                      r"\s+(?:were|was|had|have|has|never|did|are|is|said|say|reported|received|got|took)\b|"
                      r"^the (?:two )?sides\b|^the (?:first|second|third|last|latter|former) (?:was|is|were|are|had|has)\b|"
                      r"^at the time\b|\blikewise\b", re.I)  # "The first was ...": the first of what? "At the time": of what?
# Openers that need the sentence before ("For instance, ...", "In the process, ...", "This shows ...").
CONTEXT_OPENER = re.compile(r"^(?:(?:one|another|the other|a second|a third|the first|the second|the main|a key|"
                             r"the biggest|a major) (?:factor|reason|problem|issue|thing|example|concern|explanation|"
                             r"cause|sign|answer|difference|question|option|result)s? (?:is|was|are|were|has|had)\b|"
                             r"for instance|for example|in the process|as a result|in turn|by contrast|"
                             r"in comparison|by comparison|similar|nonetheless|nevertheless|besides|otherwise|"
                             r"again|still|others?|another|both|either|neither|the biggest|the main|(?:a|the) similar|"
                             r"the latest|the new|in the (?:latest|new|same|last) (?:study|report|survey|research|poll)|the (?:subsequent|following|previous|preceding|remaining)|"
                             r"in many ways|in some ways|in a way|earlier(?! (?:this|in|on|last|that))|(?:shortly |soon |immediately |not long )?afterwards?\b|hey|"
                             r"in contrast|similarly|likewise|on the other hand|even so|at the same time|in response|beyond the|"
                             r"in return|instead|then|later|despite this|because of this|thus|therefore|hence|after all|"
                             r"this(?! (?:year|week|month|season|weekend|morning|afternoon|evening|summer|winter|"
                             r"spring|autumn|Christmas|time)\b)|these|such|"
                             r"that(?! (?:year|week|month|day|season|morning|night)\b))\b|^(?:there|here|well|(?:shortly|soon|immediately|not long) after),", re.I)


_UNIT_NOUNS = {"percent", "per", "cent", "%", "million", "billion", "thousand", "hundred", "dozen", "times", "point",
               "year", "month", "week", "day", "hour", "minute", "number", "no", "level", "page", "round", "series",
               "m", "bn", "mn", "k", "b", "trillion", "tn", "time"}  # "a £2m donation", "Seven-time": split words


def sloppy(span, text: str) -> bool:
    """True for a sentence with a typo a quiz must not copy: a doubled word or phrase ("to become to
    become"), "an" before a plural ("an AFP reporters"), "expected" with no "to" ("is expected shrink")."""
    # Not figures: a tennis score "1-6 6-3 6-4" repeats its numbers.
    if re.search(r"\b([A-Za-z]\w*(?: \w+)?) \1\b", text, re.I) and not re.search(r"\b(had had|that that)\b", text, re.I):
        return True
    if re.search(r"\b(?:and|the|of|to|in|for|with)[A-Z]", text):
        return True  # a lost space: "Apple Watch andiPhone"
    if re.search(r"\b[A-Z0-9]{2,}=[A-Z]*\b|<[A-Z0-9.]+>|\([A-Z0-9]+\.[A-Z]{1,2}\)", text):
        return True  # a wire story's ticker codes: "US10YT=RR", "<.SPX>", "(GOOGL.O)"
    if re.search(r"\b(\w{3,})(\w{4,}) \2\b|\bone (?:his|her|their|its|my|our|the)\b|\b(\w+)'s \w+'s\b", text, re.I):
        return True  # "a lawsuit suit", "one his priorities", "the 32-year-old's Dutchman's"
    if re.search(r"\bto due to\b|\bha been\b|\b(?:more|less|fewer) [$£€]\d|\bwith (?:(?!who|which|that)\w+ ){1,5}(?:are|were) (?:said|thought|"
                 r"believed|expected|reported)\b", text, re.I):
        return True  # "is to due to be completed", "she ha been", "brought in more $4 million", "with many ... are said to"
    if re.search(r"(?<=[a-z0-9%)]) (?:In|But|And|However|It|This|They|We) (?=[a-z])|\ba (?:April|August|October)\b", text):
        return True  # two sentences run together ("dipped by 2.4% In the US last year"), "a October meeting"
    for tok in span:
        if tok.dep_ == "det" and tok.lower_ in ("a", "an") and tok.head.tag_ == "NNS":
            return True
        if tok.lower_ in ("has", "have", "had") and tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ == "VB":
            return True  # "has show a strong interest"
        if tok.lower_ == "been" and tok.dep_ in ("aux", "auxpass") and not any(
                c.dep_ in ("aux", "auxpass") and c.i < tok.i and c.lower_ != "been" for c in tok.head.children):
            return True  # "general manager Dale Tallon been pushing for ...": the source lost its "has"
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.tag_ == "VBZ" and (tok.tag_ == "MD" or tok.tag_ == "VBZ" and tok.lemma_ != "be"):
            return True  # "could means", "helps makes"
        if tok.lower_ in ("expected", "able", "going", "set") and tok.i + 1 < len(tok.doc) \
                and tok.nbor(1).tag_ == "VB":
            return True
        if tok.dep_ == "nummod" and tok.head.tag_ == "NN" and re.fullmatch(r"\d{1,3}|two|three|four|five|six|seven|"
                                                                           r"eight|nine|ten", tok.lower_) \
                and tok.lower_ not in ("1", "one") and tok.head.lower_ not in _UNIT_NOUNS \
                and not tok.head.is_title and not (tok.i > 0 and tok.nbor(-1).is_title):  # "Layer 3 TV" is a name
            return True  # "More than 70 Labor member of party voted"
    return False


# Verbs after which "that" opens a clause even before an aside ("said that, although ...", "ruled that under ...").
_CLAUSE_VERBS = {"say", "tell", "add", "think", "believe", "know", "warn", "claim", "argue", "insist", "report", "note",
                 "show", "find", "suggest", "ensure", "hope", "expect", "fear", "announce", "confirm", "rule", "state",
                 "agree", "admit", "reveal", "feel", "decide", "predict", "estimate", "mean", "realise", "realize",
                 "acknowledge", "explain", "stress", "indicate", "conclude", "recommend", "demand", "ask", "write"}


def pronoun_that(tok) -> bool:
    """True for a "that" standing for something said before ("EU rules prevent that from happening",
    "I feel that a little bit"), not one that links a clause ("said that the plan ...") or a determiner."""
    if tok.lower_ != "that" or tok.tag_ == "WDT" or tok.head.dep_ in ("relcl", "acl") and tok.i < tok.head.i:
        return False  # "regulations that prevent development", "the one that looks likeliest"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    verb = tok.nbor(-1) if tok.i > 0 else None
    if nxt is not None and verb is not None and verb.pos_ in ("VERB", "AUX") and (
            nxt.pos_ in ("ADP", "PUNCT") and verb.lemma_.lower() not in _CLAUSE_VERBS
            or nxt.lower_ == "a" and nxt.i + 1 < len(tok.doc) and nxt.nbor(1).lower_ in ("little", "lot", "bit")):
        return True  # "prevent that from happening", "feel that a little bit": the parser's tags vary here
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") or tok.dep_ == "mark" and tok.head.i < tok.i


def _of_person(tok) -> bool:
    """True for a word of a person's name or title ("Transport Commissioner Jacques Barrot")."""
    while tok.dep_ == "compound" and tok.ent_type_ != "PERSON":
        tok = tok.head
    return tok.ent_type_ == "PERSON"


def inner_pronouns(sent, rest: str) -> bool:
    """True when the only pronouns are they/them/their/it/its and the sentence's own noun subject comes
    first ("Medicare patients had a lower risk if they were admitted ..."): the last resort of a short
    article may keep such a sentence, whose pronouns point inside it."""
    if {m.group(0).lower() for m in PRONOUN.finditer(SUCH_AS.sub("", rest))} - {"they", "them", "it"}:
        return False
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    first = next((t.i for t in sent if t.lower_ in ("they", "them", "it", "their", "its")), None)
    if not subj or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in subj[0].children) and subj[0].pos_ != "PROPN":
        return False  # "The company said it ...": the subject itself points to another sentence
    if first is None or subj[0].i >= first:
        return False
    # "Mr McCabe has promised them ...": a plural pronoun needs a plural noun before it, "it" a singular one.
    for tok in sent:
        tags = ("NNS", "NNPS") if tok.lower_ in ("they", "them", "their") else ("NN", "NNP") \
            if tok.lower_ in ("it", "its") else None
        # "Jacques Barrot said he wanted it carried out": a person's name is no antecedent for "it".
        if tags and not any(t.tag_ in tags and not (tok.lower_ in ("it", "its") and _of_person(t))
                            for t in sent if t.i < tok.i):
            return False
    return True


_OWN_WORDS = re.compile(r"\bwhat it (?:called|calls|described as|describes as|termed|terms)\b")


def own_words(sent, rest: str) -> str:
    """``rest`` without "what it called" when the sentence's subject is a named organization or country
    ("The United States imposed sanctions over what it called serious abuses"): that "it" is the subject."""
    subj = [c for c in sent.root.children if c.dep_ == "nsubj"]
    if not subj or subj[0].tag_ != "NNP" or subj[0].ent_type_ not in ("ORG", "GPE", "NORP"):
        return rest
    return _OWN_WORDS.sub("what had been called", rest)


def speaker_says_it(sent, rest: str, is_org) -> bool:
    """True when the only pronoun is "it" and it follows an organization that says it ("GoPro Inc said it
    was cutting 7 percent of its workforce"): the "it" is the speaker, unless another organization or a
    singular noun stands between them. ``is_org(tok)`` tells whether a token names an organization."""
    if {m.group(0).lower() for m in PRONOUN.finditer(SUCH_AS.sub("", rest))} != {"it"}:
        return False
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    its = [t for t in sent if t.lower_ == "it"]
    if root.lemma_ not in ("say", "announce", "tell", "add", "confirm", "report", "warn", "expect", "predict") \
            or not subj or not is_org(subj[0]) or its[0].i < root.i:
        return False
    between = sent.doc[root.i + 1:its[0].i]
    return not any(t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") for t in between)


def subject_before_possessive(sent) -> bool:
    """True when the main clause's (noun) subject comes before the first his/her/its/their."""
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    first = next((t.i for t in sent if t.lower_ in ("his", "her", "its", "their")), None)
    if not subj or first is None or subj[0].i >= first:
        return False
    # The possessive must fit the subject: Trump's warning "about its use" means some drug, not him.
    person = subj[0].ent_type_ == "PERSON"
    plural = subj[0].tag_ in ("NNS", "NNPS")
    for tok in sent:
        word = tok.lower_
        # "Campese told England to stop whingeing after their defeat": a named group before it may own it.
        group = any(t.ent_type_ in ("ORG", "GPE", "NORP") and t.i != subj[0].i for t in sent[:tok.i - sent.start])
        if word in ("his", "her") and not person or word == "its" and (person or plural) and not group \
                or word == "their" and person and not group and not any(c.dep_ == "conj" for c in subj[0].children):
            return False
    return True


def short_quotes(text: str) -> bool:
    """True when every quoted stretch is a short phrase inside the writer's sentence ("hard right agenda")."""
    parts = re.findall(r"[\"“]([^\"“”]*)[\"”]", text)
    return bool(parts) and all(len(p.split()) <= 6 for p in parts) and not re.search(r"['‘]", re.sub(r"\w['’]\w", "", text))


def balanced_quotes(text: str) -> bool:
    """True when every opened quotation closes and the text does not open with one."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and not re.match(r"[\"“]", text)


# Nouns that name one known thing wherever they stand ("the world", "the end of the year"): never a back-reference.
_ONE_OF_A_KIND = {"world", "economy", "public", "internet", "web", "net", "weather", "environment", "past", "future",
                  "end", "start", "beginning", "middle", "year", "week", "month", "day", "time", "moment", "season",
                  "rest", "majority", "way", "case", "top", "bottom", "side", "same", "first", "last", "latter",
                  "former", "number", "amount", "lead", "final", "semi", "weekend", "morning", "evening", "night", "hand"}


# Words for a person that need a name or an organization to say who ("The Wales international refused to
# apologise", "The chairman ... departed"): a back-reference even when the article has not used them before.
_WHO_WORDS = {"international", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "veteran",
              "youngster", "dutchman", "frenchman", "englishman", "welshman", "irishman", "spaniard", "scot",
              "chairman", "chairwoman", "chief", "executive", "director", "coach", "manager", "boss", "spokesman",
              "spokeswoman", "official", "captain", "lawyer", "star", "player", "singer", "actor", "actress"}
# A study's parts and a story's plan or product ("The team recruited 45 adults", "the drug"), unless a name
# pins them down ("the British team").
_STORY_WORDS = {"team", "study", "trial", "participant", "patient", "researcher", "volunteer", "survey", "report",
                "scheme", "plan", "bill", "deal", "proposal", "programme", "program", "project", "system", "device",
                "drug", "treatment", "test", "scanner", "technology", "service", "change", "product", "move",
                "agency", "organisation", "organization", "body", "authority", "regulator", "watchdog", "firm",
                "company", "honour", "effort", "ingredient", "man", "woman", "compound", "vaccine", "pill",
                "therapy", "medication", "medicine", "app", "finding", "result", "figure"}  # matched by lemma
# Events and acts told of before ("the tragedy", "The investigation showed", "the talks"), unless a word in
# front pins them down ("the tsunami disaster", "the Brookings analysis").
_EVENT_WORDS = {"tragedy", "disaster", "incident", "crisis", "scandal", "accident", "attack", "talk", "call",
                "story", "investigation", "inquiry", "probe", "analysis", "review", "legislation", "measure",
                "subsidy", "recording", "reorganization", "reorganisation", "suspension", "decision",
                "announcement", "source", "approach", "operation", "campaign", "game", "show"}  # matched by lemma
_COUNTRY_WORDS = set(COUNTRIES) | set(ALIASES_OF)
_NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def back_reference(span, seen_nouns: set[str], resolved: set[int] = frozenset()) -> str | None:
    """The first "the <noun>" phrase of ``span`` that points back to a noun an earlier sentence used
    ("The test wasn't as effective", "hit by the scam", "the 60% rise"), or None. The title counts as
    an earlier sentence: "the test" under "Experimental test may warn of premature births" is that test.

    A phrase the sentence itself pins down is no back-reference: an "of"-phrase, a relative clause,
    a name in front ("the Houston crowd"), a date ("the fourth quarter") or a noun the article had
    not used before.
    """
    text = "".join(t.text_with_ws for t in span)
    age = re.search(r"\b[Tt]he (\d{1,3})-year-old\b(?! [A-Z][a-z])", text)  # "The 50-year-old MP" too
    if age and not any(t.i in resolved for t in span if t.idx >= span[0].idx + age.start() and
                       t.idx < span[0].idx + age.end()):
        return age.group(0)  # "The 30-year-old infielder": someone the article named before
    for at, tok in enumerate(span):
        after = span[at + 1] if at + 1 < len(span) else None
        if tok.ent_type_ == "NORP" and tok.ent_iob_ == "B" and after is not None and after.ent_iob_ == "I":
            continue  # "The South African has been appointed": the name is judged at its last word
        if tok.ent_type_ == "NORP" and at and tok.ent_iob_ == "I" and span[at - 1].ent_iob_ == "B":
            at -= 1  # the word before the whole name must be "the"
        if tok.ent_type_ == "NORP" and at and span[at - 1].lower_ == "the" and not tok.lower_.endswith("s") \
                and tok.i not in resolved \
                and after is not None and after.text[:1].islower() \
                and after.pos_ not in ("NOUN", "CCONJ", "ADJ", "ADP", "PART", "DET") \
                and after.lower_ not in ("are", "were", "have"):
            return tok.text  # "The Canadian overpowered Rublev" (parsed as a name or not): a player named elsewhere
        if tok.i in resolved or tok.lemma_.lower() in _ONE_OF_A_KIND or tok.ent_type_ in ("DATE", "TIME") \
                or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "poss"):
            continue
        if tok.pos_ != "NOUN" and not (tok.ent_type_ == "NORP" and tok.dep_ == "poss"):
            continue  # "the Russian's arrival" is someone's, named elsewhere
        if any(t.lemma_ == tok.lemma_ and t.pos_ == "NOUN" for t in span if t.i < tok.i):
            continue  # "A district court in Beijing accepted ..., according to the court's website": this sentence's
        children = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "every", "all", "each") for c in children) and not (
                tok.lemma_.lower() in _STORY_WORDS and any(c.lower_ in ("all", "every", "each") for c in children)):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl", "appos", "poss") and c.lower_ not in _WHO_WORDS for c in children):
            continue  # "the chairman of Leeds", not "The chairman, chief executive and ..."
        if tok.lower_ in _WHO_WORDS or tok.ent_type_ == "NORP" and tok.dep_ == "poss":
            return tok.text
        if any(c.lower_ in ("other", "latter", "former") or c.dep_ == "nummod" for c in children):
            return tok.text  # "The other ingredient", "All three men", "the two companies"
        named = [c for c in children if c.pos_ == "PROPN" or c.ent_type_ in _NAMES]
        if named and not (all((c.ent_type_ == "NORP" or c.text in _COUNTRY_WORDS) and not list(c.children)
                              for c in named)
                          and tok.lemma_.lower() in _STORY_WORDS | _EVENT_WORDS | OUTLET_WORDS
                          and tok.lemma_.lower() not in NATIONAL_THINGS):
            continue  # "the Houston crowd"; but "the British show", "The US network" may be any of them
        if tok.is_title and tok.i > span[0].i:
            continue  # "toured South Africa with the Lions": a capitalised noun mid-sentence is a name
        if tok.lemma_.lower() in _STORY_WORDS:
            return tok.text
        if tok.lemma_.lower() in _EVENT_WORDS and not any(c.dep_ in ("compound", "nmod") for c in children):
            return tok.text
        if tok.lemma_.lower() in seen_nouns:
            return tok.text
    return None
