"""False twins that change a number, a date word or a direction of change.

A number keeps its form and moves the way a bound cannot absorb ("more than
500" only goes up, by at least twofold); a weekday, month or ordinal moves two
or more steps to one the article never uses; "rose" becomes "fell".
"""

from __future__ import annotations

import re

from .facts import SAY_VERBS
from .numbers import MONTHS, count_ceiling, parse_quantity, wrong_values

_LOWER_BOUND = ("more than", "over", "at least", "just over")
_UPPER_BOUND = ("less than", "fewer than", "under", "up to", "almost", "nearly", "just under", "as many as")
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = list(MONTHS)
_LABEL_WORDS = {"magnitude", "number", "no", "no.", "level", "category", "grade", "version", "flight", "route",
                "room", "channel", "size", "article", "section", "chapter", "page", "stage", "phase", "round"}
# Units written straight after a number ("5km", "64GB", "1990s"); other letters make a name ("5G").
_UNITS = (r"k|m|bn|tn|trn|km|kg|mg|g|lb|lbs|ft|cm|mm|mph|kph|kmh|GB|MB|TB|KB|GHz|MHz|mAh|W|kW|MW|GW|kWh|Hz|st|nd|"
          r"rd|th|s|x|pc|p|C|F|am|pm|sq|ml|l|oz")
_SMALL_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_ANY_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def _number_swap(sent, article_text, text) -> str | None:
    doc = sent.doc
    for ent in sent.ents:
        if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"):
            continue
        q = parse_quantity(ent.text, ent.label_)
        unit = ""
        if q is None and (span := _duration(ent)) is not None:
            q, unit = span  # "spent four days": the count of days is the number to move
        if q is None or text.count(ent.text) != 1 or q.kind in ("DATE", "MONTH"):
            continue  # dates move by name in _calendar_swap, which checks the sentence's other dates
        if q.kind == "YEAR" and ent.root.dep_ in ("compound", "nummod", "amod", "npadvmod") \
                and ent.root.head.pos_ in ("NOUN", "PROPN"):
            continue  # "the 2016 presidential election" -> "2014": an event that never was, false by world knowledge
        if q.value == 2 and re.search(r"\b(both|either|neither|pair|twins?|duo)\b", sent.text, re.I):
            continue  # "four tie-breaks ... dominated both" is false on its face
        after = doc[ent.end].text if ent.end < len(doc) else ""
        before = doc[ent.start - 1].text if ent.start > 0 else ""
        nxt = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        # "60,000-seater", "18-year-old": a number fused to a word is still one number.
        fused = after in ("-", "–") and nxt is not None and nxt.is_alpha
        if before.lower() in _LABEL_WORDS or ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" \
                and ent.label_ == "CARDINAL":
            continue  # "magnitude 7.0", "world number seven", "ATP Masters 1000": a scale, rank or name
        if q.kind == "SHARE" and fused:
            continue  # "half-time team talk" -> "two-thirds-time": a word, not a share
        rest = sent.text[ent.end_char - sent.start_char:]
        head = sent.text[:ent.start_char - sent.start_char]
        if re.match(r"\s+of (?:the|its|their|these|those|all) (?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|"
                    r"ten|twelve|twenty)\b", rest) or re.search(r"\b(?:(?!1\b)\d[\d,.]*|two|three|four|five|six|seven|eight|"
                                                           r"nine|ten) of (?:the|its|their|these|those|all)\s*$", head):
            continue  # "22 of the 19 patients": one side moved may exceed the other ("one of their five" may move)
        if re.search(rf"\bof (?:the|its|their|these|those|all) {_ANY_NUMBER}\b[^.;]*,\s*$", head) \
                or re.search(r"\bof (?:the|its|their|these|those|all)\s*$", head) \
                and re.match(rf"[^.;]*, {_ANY_NUMBER}\b", rest):
            continue  # "of the 45 stadiums built since 2000, 36 were ...": the part may not pass the whole
        if re.match(rf"\s+\w+ to {_SMALL_NUMBER}\b", rest) or re.search(rf"\b{_SMALL_NUMBER} \w+ to\s*$", head):
            continue  # "by six games to five": a score; one side moved may pass the other
        if q.kind == "YEAR" and re.search(r"\bthan ever\b|\brecord\b|\bbest-ever\b|\ball-time\b", sent.text, re.I):
            continue  # "more popular than ever in 2004": in 2002 it may have been more popular than before, too
        if q.kind == "YEAR" and re.search(r"\bsince\s*$", head, re.I):
            continue  # "since 1985": a state since then holds since a later year too; a sum "since" an earlier one
        if re.search(r"\bdown to\s*$", head, re.I) and re.match(r"\s+men\b", rest):
            continue  # "Down to 10 men": a side with a player sent off; "30 men" is false on its face
        glued = re.match(r"[A-Za-z]+", rest)
        if glued and not re.fullmatch(_UNITS, glued.group()) or re.search(r"[A-Za-z]$", head):
            continue  # "5G networks", "a 765G chipset", "A14": a name with a number in it, not a quantity
        if q.kind == "COUNT" and q.value <= 20 and re.search(r"[–—:]| - |\bnamely\b|\bas [A-Z]|\bincluding [A-Z]|"
                                                             r"^\s*(?:[\w-]+ ){0,3}[\w-]+, (?:[A-Z]\w+,? )+(?:and|&) [A-Z]|"
                                                             r"^\s*(?:[\w-]+ ){0,3}[\w-]+, (?:an? \w+,? )+(?:and|&) an? \w+", rest):
            continue  # "Eight bills – A, B, C and D", "his two sons, Avi and Joel": the list counts them
        if q.kind == "COUNT" and q.value <= 20 and (
                re.search(r"\b[\w-]+ and [\w-]+(?: [\w-]+)? (?:are|were|as|being) (?:the |all )?$", head)
                or re.search(r"\bincluding (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", rest)
                or re.search(r"\bincluding (?:\w+ )?$", head)):
            continue  # "marijuana and hemp are two varieties", "10 children, including nine alive": a part counts them
        if re.search(r"\b(?:down|up|changed|unchanged) from\b", sent.text) \
                or "out of" in ent.text or q.kind == "COUNT" and re.search(r"\b(?:all|the|these|those)\s*$", head):
            continue  # "489,240, down from 311,764", "barely changed from 3.4%", "114 out of 144": one side moved
            # breaks the comparison; "all three" points back
        if q.kind == "YEAR" and (re.match(r"\s*(?:and|or|,|to)\s+(?:19|20)\d\d\b", rest) or re.search(r"\b(?:19|20)\d\d\s*(?:and|or|,)\s*$", head)):
            continue  # "in 2000 and 2001": one year moved reads out of order
        if re.search(r"\b(?:top|bottom|first|last|best|worst|under-?)\s*$", sent.text[:ent.start_char - sent.start_char],
                     re.I):
            continue  # "in the world's top three": "top seven" is true as well
        if re.match(r"\s*(?:or|and) (?:above|more|higher|over|older|below|less|lower|under|fewer|younger)\b", rest):
            continue  # "30 or above is obese": a threshold; "50 or above" would still be true
        if q.kind == "COUNT" and re.search(r"\bthe other\b|\bboth\b|\bone (?:from|by|of|in)\b", rest):
            continue  # "three challenges - one from X and the other from Y" counts them itself
        if q.kind == "YEAR" and re.search(r"\b(?:will|would|is set to|is due to|is expected to)\b", sent.text):
            continue  # "2003 will see ..." in a story told from 2004 is false on its face
        if re.search(r"\bbetween\s*$", sent.text[:ent.start_char - sent.start_char]) or re.match(
                r"\s*(?:to|and|or)\s+[$£€]?\d", rest) or re.search(r"\d[\d.,%]*\s+(?:to|or)\s*$",
                                                                sent.text[:ent.start_char - sent.start_char]):
            continue  # "50 to 100 times", "between 34 and 40": one end moved stays inside or turns the range
        if re.match(r"\s*(?:out of|in|of every)\s+(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|one|two|three|four|five|six|seven|"
                    r"eight|nine|ten)\b", rest) \
                or re.search(r"\b(?:out of|in|of every)\s*$", head) and re.search(r"\d|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|"
                                                                   r"\bseven|\beight|\bnine|\bten", head[-25:]):
            continue  # "in four out of five patients": one side moved may exceed the other ("ten out of five")
        if re.match(r"\s*(?:GMT|BST|EST|EDT|ET|CET|am|pm|a\.m\.|p\.m\.|hours|hrs)\b", rest):
            continue  # "at 2200 GMT": a clock time, not a quantity
        if head.count("(") > head.count(")"):
            continue  # "dollars 600 (pounds 509)": a conversion in brackets is no fact of the story
        if after == "(" or before == "(" or after.startswith(("-", "–")) and not fused or before in ("-", "–") \
                or re.match(r"[-–]\d", after):
            continue  # "$45m (£24m)", scores "3-1", ranges: one side left unchanged gives it away
        for wrong in _falsifying_values(q):
            value = parse_quantity(wrong, "CARDINAL" if unit else ent.label_)
            if value is None or not _direction_ok(q, value.value) or q.kind == "COUNT" and (q.value == 1) != (
                    value.value == 1):
                continue  # "one FBI staffers", "three outbreak": a count keeps its noun's number
            if q.kind == "COUNT" and value.value > count_ceiling(rest):
                continue  # "55 states" is false to anyone who knows there are 50
            if re.search(r"(?<![\w,.])" + re.escape(_numeral(wrong)) + r"(?![\w,])", article_text) \
                    or q.kind != "YEAR" and _near_another(value.value, q.value, article_text):
                continue  # the article uses this number (or one within 10% of it) elsewhere; keep well clear
            if before.lower() in ("a", "an") and (before.lower() == "an") != _takes_an(wrong):
                continue  # "an $8 billion bill" -> "an $32 billion bill" would give the change away
            if ent.text[:1].isupper() and wrong[:1].islower():
                wrong = wrong[0].upper() + wrong[1:]  # "Two FBI staffers" opens the sentence
            return text.replace(ent.text, wrong + unit, 1)
    return None


def _near_another(value: float, own: float, article_text: str) -> bool:
    """True when the article gives another figure within 10% of ``value`` ("2.2 million" beside 2.25 million)."""
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", article_text):
        try:
            n = float(m.group(0).replace(",", ""))
        except ValueError:
            continue
        if n != own and n and abs(n - value) / n < 0.1:
            return True
    return False


def _takes_an(number: str) -> bool:
    """True when a figure is read with "an" ("an 8% rise", "an 11-year-old", "an $80m deal")."""
    digits = re.sub(r"^[^\d]*", "", number)
    return digits.startswith("8") or re.match(r"1[18](?:\b|[,.]\d{3}\b|\D)", digits) is not None


def _falsifying_values(q) -> list[str]:
    """Other values for a false twin; a plain count tries the larger ones first.

    "Met with nine senators" -> "met with four senators" can be read as partly
    true (four of the nine); "eighteen senators" cannot.
    """
    values = wrong_values(q, count=7)
    if q.kind == "COUNT" and not q.hedge.strip():
        bigger = [w for w in values if (v := parse_quantity(w, "CARDINAL")) is not None and v.value > q.value]
        values = bigger + [w for w in values if w not in bigger]
    return values


def _numeral(text: str) -> str:
    """The number itself in a rendered quantity ("26" in "About 26 million", "$22m"), so the
    check for the article using it elsewhere never tests a bare scale word like "million"."""
    m = re.search(r"[$£€]?\d[\d,.]*(?:bn|m|k|%)?", text)
    return m.group(0) if m else text.split()[-1]


def _duration(ent):
    """(count, " <unit>") for a span of time that is a verb's object ("spent four days"), else None.

    Only an object: "the least popular for 20 years" is a bound that a larger
    number would not contradict.
    """
    m = re.fullmatch(r"(\w[\w,]*) (days|weeks|months|years|hours|minutes)", ent.text)
    if m is None or ent.root.dep_ != "dobj" or ent.root.head.pos_ != "VERB":
        return None
    q = parse_quantity(m.group(1), "CARDINAL")
    return (q, " " + m.group(2)) if q is not None and q.kind == "COUNT" and not q.hedge and q.value >= 2 else None


def _calendar_swap(sent, article_text, text) -> str | None:
    """Move a weekday, month or ordinal ("on Thursday", "in May", "the second time") to one the
    article never uses, two or more steps away so it is not a near miss."""
    for tok in sent:
        for names in (_DAYS, _MONTHS, _ORDINALS):
            word = tok.text if names is not _ORDINALS else tok.lower_
            if word not in names or not (tok.ent_type_ in ("DATE", "ORDINAL")) or text.count(tok.text) != 1:
                continue
            if names is _MONTHS and word == "May" and tok.tag_ == "MD":
                continue
            path = list(tok.ancestors)
            path += [c for a in path for c in a.children if c.dep_ == "dobj"]  # "saw a rise ... in August"
            if names is _MONTHS and any(a.lemma_.lower() in _MEASURED for a in path):
                continue  # "prices dipped in November": they may have dipped in August too; unsupported, not false
            if names is _DAYS and _DAILY.search(sent.text):
                continue  # "Stock markets closed little changed on Friday": a market closes every day
            if names is not _ORDINALS and any(t.text in names and t.i != tok.i for t in sent):
                continue  # "posted on Wednesday and later confirmed on Tuesday" is false on its face
            nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
            if names is _DAYS and (nxt in ("'s", "’s") or tok.dep_ in ("compound", "amod", "poss")):
                continue  # "Thursday's agreement", "The Saturday event": a name for the event, not when it was
            verb = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "said in March", "saw ... on Friday"
            if names is not _ORDINALS and verb.lemma_ in _WHEN_TOLD and verb.pos_ in ("VERB", "AUX"):
                continue  # "Amazon said in March ...", "Reuters saw the letter on Friday": only when it was told
            if names is _ORDINALS and nxt not in ("time", "place", "round", "quarter", "term", "year"):
                continue  # "the first few months" is an idiom, not a rank
            n = names.index(word)
            order = [n + 2, n - 2, n + 3, n - 3] if names is not _ORDINALS else [n + 2, n + 3, n + 1]
            if nxt == "quarter":
                continue  # "second quarter profits were ..." is unsupported, not false: other quarters exist
            for k in order:
                if not 0 <= k < (len(names) if nxt != "quarter" else 4):
                    continue
                new = names[k] if names is not _ORDINALS else (names[k].capitalize() if tok.is_title else names[k])
                if re.search(r"\b" + new + r"\b", article_text, re.I):
                    continue
                return re.sub(r"\b" + re.escape(tok.text) + r"\b", new, text, count=1)
    return None


_DAILY = re.compile(r"\b(?:shares|stocks?|stock markets?|markets? (?:closed|opened|ended|rose|fell)|index|indices|"
                    r"futures|currency|dollar|euro|yen|sterling|traded|trading)\b", re.I)
_WHEN_TOLD = SAY_VERBS | {"see", "confirm", "announce", "reveal", "show"}
_MEASURED = {"rise", "fall", "dip", "drop", "climb", "increase", "decrease", "decline", "grow", "slip", "jump",
             "slump", "fell", "rose", "attribute"}
_IDIOM_PARTICLES = {"off", "back", "away", "out", "behind", "apart", "through", "short", "foul", "victim", "prey",
                    "ill", "into", "under"}
_UP = {"rise", "increase", "grow", "climb", "jump", "soar", "surge", "gain"}
_DOWN = {"fall", "decrease", "drop", "decline", "slump", "plunge", "shrink", "slip"}
_FORMS = {"rise": {"VBD": "rose", "VBN": "risen", "VBZ": "rises", "VBP": "rise", "VB": "rise", "VBG": "rising"},
          "fall": {"VBD": "fell", "VBN": "fallen", "VBZ": "falls", "VBP": "fall", "VB": "fall", "VBG": "falling"}}


def _direction_swap(sent, text) -> str | None:
    """Turn a rise into a fall or back ("sales rose 5%" -> "sales fell 5%").

    Only an intransitive change verb with a number in its own phrase: that is a
    measured movement, and the opposite direction is plainly false.
    """
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in _UP | _DOWN or any(c.dep_ == "dobj" for c in tok.children):
            continue
        if not any(t.like_num or t.text == "%" for t in tok.subtree if t.i != tok.i):
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "to" and after is not None and not (after.like_num or after.tag_ == "$"):
            continue  # "declined to be drawn": a refusal, not a fall; "rose to prominence" no rise of a figure
        if any(c.dep_ == "prt" for c in tok.children) or nxt is not None and nxt.lower_ in _IDIOM_PARTICLES:
            continue  # "dropping off" has no "rising off", "fell behind" no "rose behind"
        if any(t.i != tok.i and t.lemma_.lower() in (_UP | _DOWN | {"add", "lose", "shed", "gain"}) for t in sent):
            continue  # "rose ..., adding $1.89": a second word of direction would contradict the swapped one
        new = _FORMS["fall" if lemma in _UP else "rise"].get(tok.tag_)
        pattern = r"\b" + re.escape(tok.text) + r"\b"
        if new and len(re.findall(pattern, text)) == 1:
            return re.sub(pattern, new, text, count=1)
    return None


def _direction_ok(q, value: float) -> bool:
    hedge = q.hedge.strip().lower()
    # A bound is contradicted only by moving it well past itself ("more than 120" -> "more than 240").
    if hedge in _LOWER_BOUND:
        return value >= 2 * q.value
    if hedge in _UPPER_BOUND:
        return value <= q.value / 2
    return True
