"""False twins for true/false statements: change ONE number or ONE named entity.

The change must make the statement plainly false without reading oddly: a
number keeps its form and moves the way a bound cannot absorb ("more than 500"
only goes up); an entity is swapped for a same-kind one the article never puts
in a sentence with the statement's other names or words, in the same form
("Mr X" for "Mr Y", "the" kept, a possessive kept).
"""

from __future__ import annotations

import re

from .entities import ORG_WORDS, Entity, confident_type, place_kind
from .gazetteer import HEADS_OF_GOVERNMENT
from .mention_cues import spelled_out_lowercase
from .distractors import same_name
from .people import ROLE_WORDS, embedded, given_name_first, may_be_one_person, person_gender, stem_gender
from .falsify_numbers import _calendar_swap, _direction_ok, _direction_swap, _number_swap  # noqa: F401 (re-exported)
from .rank import content_words

# Verbs of likeness or agreement: swapping their object rarely makes a plainly false statement.
_LIKENESS = {"echo", "share", "agree", "like", "similar", "join", "support", "back", "follow", "mirror", "match",
             "resemble", "endorse", "side", "copy", "emulate", "same", "too", "also", "both"}
_SWAP_TYPES = ("PERSON", "ORG", "COUNTRY", "CITY")
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")


_HONOURS = {"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Prince", "Princess", "King", "Queen"}


def falsify(doc_id, sent, index, article_text: str, text: str, speaker, numbers_only: bool = False) -> str | None:
    """Return a one-change false version of ``text`` (a statement made from ``sent``), or None.

    ``numbers_only`` is set for reported speech: swapping a name inside what
    someone said could land on something another person did say.
    """
    changed = _number_swap(sent, article_text, text) or _calendar_swap(sent, article_text, text) \
        or _direction_swap(sent, text)
    if changed:
        return changed
    if numbers_only:
        return _speaker_swap(doc_id, sent, index, article_text, text, speaker) if speaker is not None else None
    if {t.lemma_.lower() for t in sent} & _LIKENESS:
        return None  # "echoed the sentiments of X": the article rarely rules out anyone else
    if re.search(r"\b(?:and|or) (?:elsewhere|other (?:countries|places|cities|nations|firms|companies))\b|"
                 r"\bamong others\b", text):
        return None  # "in France, the UK and elsewhere": "Japan" may be one of the elsewheres
    names = [index.at(doc_id, e.start) for e in sent.ents]
    for ent, entity in zip(sent.ents, names):
        if entity is None or confident_type(entity) not in _SWAP_TYPES or _listed(ent):
            continue  # one item of a list swapped leaves the rest true
        if speaker is not None and ent.start <= speaker.i < ent.end:
            continue
        if confident_type(entity) == "PERSON" and ent.root.dep_ == "poss" and ent.root.head.pos_ == "PROPN":
            continue  # "Mel Gibson's The Passion of the Christ": another owner of a named work is seen through
        if confident_type(entity) == "PERSON" and ent.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
            # Only the doer is swapped: another name as the one acted on or talked with ("an
            # interview with <a head of state>") is often false on its face, by world knowledge.
            continue
        mention = _mention(ent, entity)
        if ent.root.dep_ == "compound" or text.count(mention) != 1 or not _whole_name(ent):
            continue
        if mention.isupper() and (ent.start > 0 and sent.doc[ent.start - 1].text == "(" or "stands for" in sent.text):
            continue  # "digital terrestrial TV (DTT)", "TNT, which stands for ...": an acronym glossed in place
        if ent.start > 0 and sent.doc[ent.start - 1].text in _HONOURS:
            continue  # "Sir Alan Budd" -> "Sir Mark Oaten" would knight him: the title gives the swap away
        before = sent.doc[ent.start - 1] if ent.start > 0 else None
        if confident_type(entity) == "PERSON" and before is not None and (
                before.dep_ == "compound" and ent.start <= before.head.i < ent.end or before.lower_ in ROLE_WORDS):
            continue  # "US president Donald Trump" -> "US president Boris Johnson": the post gives it away
        if sum(1 for n in names if n is entity) > 1:
            continue  # "U.S. Defense Secretary ... America's preferred course": the other mention stays
        if confident_type(entity) in ("COUNTRY", "CITY") and not _locative(ent):
            continue  # "a takeover of Leeds" (a club), "content hosted outside of China": no place to move
        # Every name in the sentence, also those the model missed here but found elsewhere.
        others = {n.id for n in names if n is not None and n is not entity} | (index.in_text(sent.text) - {entity.id})
        for other in _swap_pool(entity, ent, sent, index, doc_id, article_text):
            form = _swap_form(ent, entity, other, mention)
            if form is None or form in text or _untitled(form, article_text) or _pairs_with(other, sent, others, index, article_text) \
                    or _peers(mention, form, article_text) or _nested(mention, form):
                continue
            swapped = _put(text, mention, form)
            return swapped[:1].upper() + swapped[1:]  # "The Telegraph Group was ..." -> "The Guardian ..."
    return None


def _speaker_swap(doc_id, sent, index, article_text, text, speaker) -> str | None:
    """Give what someone said to another person the article quotes ("Ms Kelly said ..." -> "Tim Collins
    said ..."), never to one it names with the same words or alongside the speaker."""
    ent = next((e for e in sent.ents if e.start <= speaker.i < e.end), None)
    entity = index.at(doc_id, speaker.i)
    if ent is None or entity is None or confident_type(entity) != "PERSON" or _listed(ent) \
            or ent.start > 0 and sent.doc[ent.start - 1].text in _HONOURS:
        return None
    mention = _mention(ent)
    if text.count(mention) != 1 or not text.startswith(mention) and not text.startswith(f"{sent[ent.start - 1 - sent.start].text} {mention}" if ent.start > sent.start else mention):
        return None
    for other in _swap_pool(entity, ent, sent, index, doc_id, article_text):
        if isinstance(other, str) or not _speaks(other, article_text):
            continue
        form = _swap_form(ent, entity, other, mention)
        if form is None or form in text or _untitled(form, article_text) or _says_alike(other, sent, article_text) or _peers(mention, form, article_text):
            continue
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in other.canonical.split() if len(w) > 2):
            continue  # 'Henman said: "Tim's magnificent record ..."': nobody speaks of himself so
        return _put(text, mention, form)
    return None


def _nested(mention: str, form: str) -> bool:
    """True when one name holds the other ("the Senate" / "the U.S. Senate"): the swap may say the same."""
    a, b = re.sub(r"^the ", "", mention, flags=re.I), re.sub(r"^the ", "", form, flags=re.I)
    return _has(a, b) or _has(b, a)


def _put(text: str, mention: str, form: str) -> str:
    """``text`` with its first ``mention`` replaced by ``form``, the possessive rewritten to fit it
    ("Kelly Holmes' golden double" -> "Andrew Foster's golden double")."""
    at = text.find(mention)
    tail = text[at + len(mention):]
    if re.match(r"['’](?!s\b)", tail) and not form.endswith("s"):
        form, tail = form + tail[0] + "s", tail[1:]
    elif re.search(r"['’]s$", form) and re.match(r"['’]s?\b", tail):
        tail = re.sub(r"^['’]s?", "", tail)  # "Burger King's rival" -> "McDonald's rival"
    return text[:at] + form + tail


def _says_alike(other, sent, article_text: str) -> bool:
    """True when a sentence naming ``other`` shares two content words with what the statement reports."""
    own = content_words(sent.text) - {"said", "says", "told", "added"}
    for line in re.split(r"(?<=[.!?])\s+", article_text):
        if line.strip() != sent.text.strip() and any(_has(line, n) for n in other.aliases()):
            if len(own & content_words(line) - {w for n in other.aliases() for w in content_words(n)}) >= 2:
                return True
    return False


def _speaks(entity, article_text: str) -> bool:
    """True when the article quotes the person (a say-verb next to one of their names)."""
    return any(speaks(n, article_text) for n in entity.aliases())


def speaks(name: str, text: str) -> bool:
    """True when ``text`` quotes ``name`` (the name within a few words of a say-verb)."""
    verbs = r"(said|says|told|added|argued|warned|insisted|stated|explained|wrote)"
    return re.search(rf"\b{re.escape(name)}\b,?(\s+\w+){{0,8}}?\s+{verbs}\b|\b{verbs}\s+(Mr |Mrs |Ms |Dr )?"
                     rf"{re.escape(name)}\b", text) is not None


def _mention(ent, entity=None) -> str:
    """The entity's text without a trailing possessive (kept in place by the swap), but with the "'s"
    of a name such as "McDonald's"."""
    text = re.sub(r"\s*['’]s?$", "", ent.text)
    doc = ent.doc
    if entity is not None and entity.name_s and (ent.text.endswith(entity.name_s) or ent.end < len(doc)
                                                 and doc[ent.end].text == entity.name_s):
        return text + entity.name_s
    return text


def _whole_name(ent) -> bool:
    """False when the mention is part of a longer name ("Medical Foundation for the Care of ..."),
    carries an acronym in brackets, or is a place after "the" ("the UK's")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and (after.text == "(" or after.lower_ in ("for", "of", "&", "and") and any(
            t.is_title for t in doc[ent.end + 1:ent.end + 3])) and ent.label_ in ("ORG", "FAC"):
        return False
    if before is not None and before.pos_ == "PROPN" and before.text not in _TITLES:
        return False
    return not (ent.label_ == "GPE" and before is not None and before.lower_ == "the")


def _same_kind_org(a: Entity, b: Entity) -> bool:
    """Organizations only swap with their own kind: acronym for acronym, "X Bank" for "Y Bank"."""
    wa, wb = a.canonical.split(), b.canonical.split()
    if a.canonical.isupper() and b.canonical.isupper():
        return True
    return wa[-1] == wb[-1] or bool(set(wa) & set(wb) & ORG_WORDS)


def _swap_pool(entity, ent, sent, index, doc_id, article_text) -> list:
    in_sentence = {index.at(doc_id, t.i).id for t in sent if index.at(doc_id, t.i) is not None}
    label = confident_type(entity)
    pool: list = [e for e in index.same_type(entity.label) if e.id not in in_sentence and confident_type(e) == label]
    if label == "ORG":
        # "Columbia Funds Distributor" for "Columbia Distributor" is the same firm under a fuller name.
        pool = [e for e in pool if _same_kind_org(entity, e) and not same_name(entity.canonical, e.canonical)
                and not spelled_out_lowercase(e.canonical, article_text)]
    if label == "PERSON":
        if _listed(ent):
            return []  # "Kenteris and Thanou were charged": the article's other people may share the act
        # "Lifelong Learning" of "Minister for Lifelong Learning Kim Howells" is a post, not a person.
        pool = [e for e in pool if len(e.canonical.split()) >= 2 and not embedded(e.canonical, article_text)
                and not may_be_one_person(entity, e, article_text)]
        # The story's main person is tied to most of what it reports: "voters echoed the sentiments
        # of <main person>" is likely half true, so the main person is never swapped in.
        people = [e for e in index.same_type("PERSON") if confident_type(e) == "PERSON"]
        if people:
            pool = [e for e in pool if e.id != people[0].id]
        if entity.canonical not in HEADS_OF_GOVERNMENT:
            pool = [e for e in pool if e.canonical not in HEADS_OF_GOVERNMENT]  # "Trump replaced the DNC chairwoman"
        # "Anne Tyler won the prize for his novel": a swap across sexes leaves a pronoun that gives it away.
        pronoun = stem_gender(sent.text)
        if pronoun:
            sex = person_gender(entity, people, article_text) or pronoun
            pool = [e for e in pool if person_gender(e, people, article_text) == sex]
        title = sent.doc[ent.start - 1].text if ent.start > sent.start else ""
        if title in _TITLES:
            pool = [e for e in pool if f"{title} {e.short()}" in article_text]
    if label in ("COUNTRY", "CITY"):
        pool = [e for e in pool if place_kind(e.canonical) == label]
        # An outside name in a list ("defeats by Wales, France and Ireland") can be implausible
        # (a closed competition); outside names only replace a place that stands alone.
        # Only places the article names: an outside one ("France's parliament" in a story on Malaysia)
        # is false by world knowledge alone, not by reading.
        # "in Ukraine" -> "in United States" would need an article: keep to names without one.
        pool = [e for e in pool if not _takes_the(e if isinstance(e, str) else e.canonical)]
    return pool


def _locative(ent) -> bool:
    """True when a place is the sentence's subject or owner ("Ukraine's forces") or where something happened
    ("in Paris", "to Kyiv")."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "to", "from") and root.head.head.pos_ in ("VERB", "AUX")


def _peers(name: str, other: str, article_text: str) -> bool:
    """True when the article names the two together ("Germany and Poland said ..."): peers often share
    what the statement says, so the swap may still be true."""
    a, b = re.escape(name), re.escape(re.sub(r"^the ", "", other))
    return re.search(rf"\b{a}(,| and| or) (the )?{b}\b|\b{b}(,| and| or) (the )?{a}\b", article_text) is not None


def _listed(ent) -> bool:
    """True when the mention is one of a coordinated list ("Wales, France and Ireland"), also one the
    parser took for an apposition ("Brad Pitt, Robert De Niro and Hugh Grant")."""
    if ent.root.dep_ == "conj" or any(c.dep_ == "conj" for c in ent.root.children):
        return True
    doc = ent.doc
    after, before = doc[ent.end:ent.end + 2], doc[max(0, ent.start - 2):ent.start]
    return len(after) == 2 and after[0].text in (",", "and", "&") and after[1].ent_type_ == ent.label_ \
        or len(before) == 2 and before[1].text in (",", "and", "&") and before[0].ent_type_ == ent.label_


def _takes_the(name: str) -> bool:
    return bool(re.match(r"(United|Czech|Netherlands|Philippines|Gambia|Bahamas)\b", name)) or name.isupper()


def _untitled(form: str, article_text: str) -> bool:
    """True for "Ms Collins" when the article never calls that person so (Tim Collins is a man)."""
    return form.split()[0] in _TITLES and form not in article_text


def _swap_form(ent, entity, other, mention) -> str | None:
    """The replacement written like the mention it replaces, or None when it can't be."""
    if isinstance(other, str):
        return other
    if entity.label == "PERSON":
        words = mention.split()
        if words[0] in _TITLES:
            return f"{words[0]} {other.short()}"
        if len(words) == 1 and other.short() not in other.surfaces and not given_name_first(other.canonical):
            return None  # "Peng Liyuan" is not "Liyuan": a family name may come first
        if len(words) == 1:
            return other.short()
        # "Beatle George Harrison": the model took a title into the name; swap in the name alone.
        names = other.canonical.split()
        return " ".join(names[1:]) if len(names) >= 3 and given_name_first(" ".join(names[1:])) \
            and not given_name_first(other.canonical) else other.canonical
    has_the = mention.lower().startswith("the ")
    other_the = other.the_count * 2 > other.mentions
    if has_the != other_the:
        return None  # "on the London Stock Exchange" -> "on Premier League" reads wrongly
    return ("the " if has_the else "") + other.canonical


def _pairs_with(other, sent, others: set, index, article_text) -> bool:
    """True when some other sentence names ``other`` with the statement's other names or words."""
    names = [other] if isinstance(other, str) else other.aliases()
    partner_names = [s for e in index.entities if e.id in others for s in e.aliases()]
    own = content_words(sent.text) - {w for n in names for w in content_words(n)}
    verb = {sent.root.lemma_.lower(), sent.root.lower_}
    for line in re.split(r"(?<=[.!?])\s+", article_text):
        if line.strip() == sent.text.strip() or not any(_has(line, n) for n in names):
            continue
        words = {w.lower() for w in re.findall(r"\w+", line)}
        shared = len(own & content_words(line))
        if shared >= 3 or verb & words or shared >= 1 and any(_has(line, n) for n in partner_names):
            return True
    return False


def _has(text: str, name: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None
