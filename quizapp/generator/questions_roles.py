"""Stage 5d: "Who is the ...?" questions from the roles news prose gives people.

Reporters introduce people by their job, either before the name ("Education
Secretary Ruth Kelly", "Arsenal vice-chairman David Dein") or in an apposition
after it ("Greg Mills, program director at AOL"). Each such role that names
exactly one person in the article becomes "Who is the program director at AOL?",
keyed by that person, with the article's other people as distractors.
"""

from __future__ import annotations

import re

from .clean import is_boilerplate
from .entities import EntityIndex, confident_type
from .facts import Fact, capitalised_elsewhere, quoted_ids, render

ROLE_NOUNS = {"chairman", "chairwoman", "chair", "chief", "executive", "director", "spokesman", "spokeswoman",
              "spokesperson", "secretary", "minister", "chancellor", "president", "senator", "governor", "mayor",
              "leader", "head", "manager", "coach", "captain", "founder", "editor", "analyst", "economist",
              "professor", "ambassador", "commissioner", "officer", "boss", "owner", "adviser", "advisor",
              "correspondent", "representative", "congressman", "congresswoman", "premier", "chief executive",
              "vice-chairman", "vice-president", "deputy", "partner", "researcher", "strategist", "treasurer",
              "attorney", "general", "prosecutor", "judge", "principal", "dean", "curator", "producer", "counsel",
              "co-chairman", "co-founder", "whip", "speaker", "chief of staff", "administrator", "superintendent",
              "inspector", "ombudsman", "comptroller", "controller", "auditor", "envoy", "negotiator", "sheriff",
              "lawyer", "attorney-general", "solicitor-general"}
# Posts that many people hold at once: only a named body ("AOL's director", "director of SUWA") makes one.
MANY_HOLDERS = {"senator", "congressman", "congresswoman", "representative", "analyst", "economist", "researcher",
         "partner", "judge", "professor", "officer", "adviser", "advisor", "correspondent", "strategist",
         "prosecutor", "attorney", "deputy", "whip", "producer", "editor", "director", "manager", "lawyer",
         "inspector", "auditor", "negotiator", "envoy"}
# A body has several of these, whatever it is called ("FCC Commissioner Jessica Rosenworcel").
_MEMBERS = {"commissioner", "member", "trustee", "councillor", "councilor", "delegate"}
# A military or courtesy rank between a job and a name ("Chief of Staff General John Kelly") is no part of the job.
_RANKS = {"General", "Gen.", "Admiral", "Colonel", "Col.", "Major", "Captain", "Lieutenant", "Sergeant", "Dr",
          "Sir", "Dame", "Lord", "Lady", "Rev", "Professor"}
# Words that alone do not make a role specific enough to point at one person.
# Words the model tags ORG that name no one body: "State Representative" is one of a hundred.
_RANKS = {"general", "admiral", "colonel", "lieutenant", "major", "sergeant", "corporal", "private", "brigadier",
          "commodore", "marshal"}
_BEFORE_GENERAL = {"attorney", "surgeon", "secretary", "inspector", "solicitor", "director", "governor", "postmaster",
                   "consul", "accountant", "auditor", "comptroller"}  # "Attorney General" is a post, not a rank
_GENERIC_BODIES = {"state", "federal", "national", "county", "city", "district", "regional", "local"}
# Letters after a name ("Tom McCabe MSP") that the parser takes for the name's head.
_POST_NOMINALS = {"MP", "MSP", "MEP", "AM", "MLA", "QC", "KC", "Jr", "Jr.", "Sr", "Sr.", "OBE", "MBE", "CBE"}
_VAGUE = {"former", "new", "then", "acting", "the", "a", "an", "current", "late", "senior", "top", "and", "&"}


def role_facts(doc_id: int, sentences, index: EntityIndex) -> list[tuple[str, Fact]]:
    """Return (role key, fact) pairs: one "Who is the <role>?" fact per role mention of a person."""
    out: list[tuple[str, Fact]] = []
    for sent_i, sent in enumerate(sentences):
        text = sent.text.strip()
        if is_boilerplate(text) or len(sent) > 70:
            continue
        quoted = quoted_ids(sent)
        for ent in sent.ents:
            entity = index.at(doc_id, ent.root.i)
            if ent.label_ != "PERSON" or entity is None or ent.root.i in quoted:
                continue
            for ids in (_before(ent), _after(ent), _ahead(ent)):
                role = _role_text(sent.doc, ids, doc_id, index) if ids else None
                if role is None:
                    continue
                prompt = f"Who is {role}?"
                surface = ent.text.strip()
                surface = re.sub(r"[’']s$", "", surface)
                fact = Fact(doc_id=doc_id, sent_i=sent_i, sentence=text, slot="role", answer=surface,
                            answer_type="PERSON", prompt=prompt, statement=None, verb="be",
                            signature=("role", "be", frozenset(), role.lower()), entity=entity)
                out.append((role.lower(), fact))
    return out


def unique_roles(pairs: list[tuple[str, Fact]]) -> list[Fact]:
    """Keep roles that point at one person in the whole input ("the senator" said of two is no question)."""
    people: dict[str, set[int]] = {}
    for role, fact in pairs:
        people.setdefault(role, set()).add(fact.entity.id)
    seen: set[tuple[str, int]] = set()
    out = []
    for role, fact in pairs:
        # Every person counts for uniqueness; only a confident person is asked about.
        if len(people[role]) == 1 and (role, fact.entity.id) not in seen and confident_type(fact.entity) == "PERSON":
            seen.add((role, fact.entity.id))
            out.append(fact)
    return out


def _before(ent) -> list[int]:
    """Title words right before the name that modify it ("White House spokeswoman")."""
    doc = ent.doc
    inside = set(range(ent.start, ent.end))
    ids: list[int] = []
    j = ent.start - 1
    while j >= 0 and (doc[j].head.i in inside or doc[j].head.i in ids) and doc[j].dep_ in (
            "compound", "amod", "nmod", "poss", "case", "punct") and doc[j].text not in (",", "(", ")"):
        ids.insert(0, j)
        j -= 1
    # "Chief of Staff General John Kelly": a role with its own "of" phrase hangs from the words kept so far.
    while j >= 2 and doc[j].dep_ == "pobj" and doc[j - 1].lower_ == "of" and doc[j - 1].head.i == j - 2 \
            and doc[j].head.i == j - 1 and (doc[j - 2].head.i in inside or doc[j - 2].head.i in ids) \
            and doc[j].is_title and doc[j - 2].is_title:
        ids[:0] = [j - 2, j - 1, j]
        j -= 3
        while j >= 0 and doc[j].head.i in ids and doc[j].dep_ in ("compound", "amod", "nmod") and doc[j].is_title:
            ids.insert(0, j)
            j -= 1
    if j >= 0 and doc[j].dep_ == "det" and doc[j].lower_ != "the":
        return []  # "a Utah senator": one of several
    if j >= 0 and doc[j].lower_ in ("then", "ex", "late", "outgoing", "acting", "interim", "former"):
        return []  # "the then Home Secretary" held the post before; "Who is ...?" would be wrong
    while ids and doc[ids[0]].dep_ in ("punct", "case"):
        ids.pop(0)
    # "Attorney General", "Secretary General" are whole titles: "General" goes only after "Chief of Staff".
    if len(ids) > 1 and doc[ids[-1]].text in _RANKS and (doc[ids[-1]].text != "General" and doc[ids[-2]].lower_
                                                         in ROLE_NOUNS or doc[ids[-2]].lower_ == "staff"):
        ids.pop()
    if ids and doc[ids[-1]].lower_ == "staff" and len(ids) >= 3 and doc[ids[-3]].lower_ == "chief":
        return ids if len(ids) <= 8 else []  # "Chief of Staff" ends in "Staff", no role noun
    if not ids or doc[ids[-1]].lower_ not in ROLE_NOUNS or len(ids) > 6:
        return []
    return ids


def _after(ent) -> list[int]:
    """A role in apposition after the name ("Greg Mills, program director at AOL,")."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.end or child.lemma_.lower() not in ROLE_NOUNS:
            continue
        ids = sorted(t.i for t in child.subtree)
        if any(doc[i].dep_ in ("relcl", "acl", "appos", "conj") and i != child.i for i in ids):
            return []
        if doc[ids[0]].dep_ == "det" and doc[ids[0]].lower_ != "the" or len(ids) > 12:
            return []
        if ids[0] != ent.end + 1 or doc[ent.end].text != ",":
            return []
        return [i for i in ids if not (doc[i].dep_ == "det" and i == ids[0])]
    return []


def _ahead(ent) -> list[int]:
    """A role the name is in apposition to ("the Speaker of Parliament, Alban Bagbin")."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "compound" and root.head.i == ent.end and root.head.text in _POST_NOMINALS:
        root = root.head  # "Tom McCabe MSP": the parser makes the letters the head of the name
    head = root.head
    # The parser often hangs the name on the role's "of" phrase ("the leader of the Minority, X").
    while head.lemma_.lower() not in ROLE_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.lower_ in ("of", "at", "for"):
        head = head.head.head
    if root.dep_ != "appos" or head.i >= ent.start or head.lemma_.lower() not in ROLE_NOUNS \
            or ent.start < 1 or doc[ent.start - 1].text != ",":
        return []
    inside = {t.i for t in root.subtree}
    ids = sorted(t.i for t in head.subtree if t.i not in inside and t.i < ent.start - 1)
    if not ids or ids != list(range(ids[0], ids[-1] + 1)) or len(ids) > 9:
        return []  # the role must be one stretch of words right before the comma
    if any(doc[i].dep_ in ("relcl", "acl", "appos", "conj") for i in ids):
        return []
    if doc[ids[0]].dep_ == "det":
        if doc[ids[0]].lower_ != "the":
            return []  # "a spokesman, John Smith": one of several
        ids = ids[1:]
    return ids


def _role_text(doc, ids, doc_id, index) -> str | None:
    """The role as a definite noun phrase ("the program director at AOL"), or None if too vague."""
    words = [doc[i] for i in ids]
    if any(t.is_punct and t.text not in "-.&" for t in words) or any(t.tag_ in ("PRP", "PRP$") for t in words):
        return None
    if len(words) > 1 and words[-1].lower_ in _RANKS and words[-2].lower_ not in _BEFORE_GENERAL:
        # "Chief of Staff General John Kelly": the rank is no part of the post; "Marine General" is only a rank.
        ids, words = ids[:-1], words[:-1]
        if not any(t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS for t in words):
            return None
    if words and words[-1].text == "-":
        return None  # "UN Secretary-" of "UN Secretary-General": "General" is no rank here
    if re.fullmatch(r"(?:[Ff]ormer |[Ee]x-)?(?:Democratic|Republican|Labour|Tory|Conservative|Socialist)\s+"
                    r"(?:President|Prime Minister)",
                    render(doc, ids)):
        return None  # "Democratic President Barack Obama's policy": a party has had many, past and present
    if re.fullmatch(r"(?:U\.S\.|US|United States|American|British|UK|French|German|Russian|Chinese)\s+"
                    r"(?:President|Prime Minister|Chancellor)", render(doc, ids)):
        return None  # "Donald Trump is the U.S. President" asks what everyone knows, not what the article says
    if any(t.lower_ in ("this", "that", "these", "those", "such", "same") for t in words):
        return None  # "the head of that tribunal": which one is in another sentence
    if any((e := index.at(doc_id, t.i)) is not None and e.label == "PERSON" for t in words):
        return None  # another person inside the role ("Trump's lawyer") would make two names in play
    specific = [t for t in words if t.lower_ not in _VAGUE and t.lower_ not in ROLE_NOUNS and not t.is_punct]
    if not specific:
        return None  # "former president", "chief executive": many people fit
    head = max(i for i in ids if doc[i].lower_ in ROLE_NOUNS or doc[i].lemma_.lower() in ROLE_NOUNS)
    named = any(t.pos_ == "PROPN" or index.at(doc_id, t.i) is not None or t.text[:1].isupper() and (
        not t.is_sent_start or capitalised_elsewhere(doc, t)) for t in specific)
    if not named and not any(t.lower_ in ("of", "at", "for") for t in words):
        return None  # "the senior business manager" of what? A role needs a named place or body
    if doc[head].lower_ in _MEMBERS and not any(t.lower_ in ("of", "for") for t in words):
        return None
    if doc[head].lower_ in MANY_HOLDERS and not any(t.lower_ in ("of", "at", "for") or t.ent_type_ == "ORG"
                                             and t.lower_ not in _GENERIC_BODIES for t in words):
        return None  # "the Republican Senator", "the U.S. Senator": a party or a country has many of them
    if any(doc[i].tag_ in ("VBD", "VBN", "VBG", "RB") for i in ids if i < head):
        return None  # a mis-parsed verb ("defended coach Andy Robinson") is no title
    text = render(doc, ids)
    first = doc[ids[0]]
    opens = first.is_sent_start or first.i > 0 and doc[first.i - 1].text in ('"', "”", ".")  # after a quote
    plain = first.lower_ in _VAGUE | ROLE_NOUNS | {"outgoing", "incoming", "interim", "new", "former", "acting", "then"}
    if opens and first.is_title and (index.at(doc_id, first.i) is None or plain) and (
            first.pos_ != "PROPN" or plain) and not capitalised_elsewhere(doc, first) \
            and (first.ent_type_ not in ("GPE", "ORG", "LOC", "NORP", "FAC") or plain and first.ent_type_ == "ORG") \
            and not (len(ids) > 1 and doc[ids[1]].pos_ == "PROPN" and doc[ids[1]].is_title and not plain):
        text = first.lower_ + text[len(first.text):]  # "Senior business manager" opened the sentence
    if any(doc[i].tag_ == "POS" and doc[i].head.pos_ != "PROPN" for i in ids if i < head):
        return None  # "the company's head of regulatory affairs": which company is in another sentence
    if any(doc[i].tag_ == "POS" for i in ids if i < head):
        return text  # "AOL's program director" takes no article
    return "the " + text
