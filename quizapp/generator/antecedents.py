"""Stage 4c: what a pronoun means: the people a sentence names, the person or organization a leading
"He"/"She"/"It"/"They" of the next sentence refers to, and what may stand between a pronoun and its name.
"""

from __future__ import annotations

from .entities import Entity, EntityIndex, confident_type
from .people import person_gender, pronouns_fit, sex_of

_SAYING = {"say", "tell", "add", "explain", "recall", "admit", "insist", "claim", "describe"}


def unnamed_person(tok) -> bool:
    """True when ``tok`` is a person the story describes without a name: a common noun with a "who" clause
    ("One saver who wanted to remain anonymous") or someone new who speaks ("a spokesman said")."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in tok.children):
        return True
    # Indefinite: "the bank said" is an organization the story named; "a spokesman said" is someone new.
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING and any(
        c.lower_ in ("a", "an", "one") for c in tok.children)


_PERSON_HEADS = {"player", "man", "woman", "leader", "chairman", "chief", "minister", "coach", "manager", "boss",
                 "spokesman", "spokeswoman", "official", "president", "star", "champion", "winner", "striker",
                 "captain", "director", "executive", "secretary", "australian", "american", "briton", "frenchman",
                 "dutchman", "scot", "spaniard", "swiss", "german", "italian", "russian", "athlete", "actor", "singer",
                 "spokesperson", "analyst", "source", "expert", "executive", "lawyer", "adviser", "aide", "source",
                 "colleague", "rival", "father", "mother", "son", "daughter", "wife", "husband", "friend", "teacher"}


def nearest_person_ok(sent, pronoun_i: int, name: str, doc_id: int, index: EntityIndex) -> bool:
    """True unless something closer to the pronoun than ``name`` could be what it means: reading back
    from it within the paragraph, the first person named must be ``name``, and no "the number one
    player"-style description of a person may come before that name."""
    doc = sent.doc
    for i in range(pronoun_i - 1, -1, -1):
        tok = doc[i]
        found = index.at(doc_id, i)
        if found is not None and found.label == "PERSON":
            return found.canonical == name or name in found.surfaces or name.split()[-1] == found.canonical.split()[-1]
        if tok.dep_ in ("nsubj", "nsubjpass", "appos") and tok.lower_ in _PERSON_HEADS and found is None \
                and any(c.dep_ in ("det", "poss") for c in tok.children):
            return False  # "The number one player in the world is ... He has just been voted ..."
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.head.lemma_ in ("say", "tell", "add") \
                and (found is None or found.label != "PERSON") and tok.text not in name.split():
            return False  # "Burr said he felt ... He said ...": a speaker the model did not tag as a person
    return True  # named in an earlier paragraph: the caller's memory decided


def antecedents(doc_id, sent, index, article_text: str = "") -> dict:
    """What a leading He/She, It or They of the NEXT sentence would refer to.

    "He"/"She": the one person the sentence names; "It": a named organization
    or country that is the sentence's subject; "They"/"The pair": a subject
    made of exactly two named people or organizations ("Kenteris and Thanou").
    """
    out: dict = {}
    people = people_in(doc_id, sent, index)
    out["_named"] = len(people)  # a paragraph's first "He" may mean any of them: no main-person guess then
    subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "And he said one figure he would love to play is Ian Paisley. He said ...": the next "He" is the
    # first "he" again, not the one name, so a sentence whose own subject is a pronoun names no one.
    # "Sabalenka won ... when she beat Jessica Pegula": a named subject the votes call no person may be the
    # next "She", not the one person named.
    lone = people[0] if people else None
    named_subject = index.at(doc_id, subj[0].i) if subj else None
    other_subject = named_subject not in (None, lone) or bool(subj) and named_subject is None and subj[0].pos_ == "PROPN" \
        and any(subj[0].text in e.canonical.split() for e in index.entities if e is not lone)
    if len(people) == 1 and confident_type(people[0]) == "PERSON" and not (subj and subj[0].lower_ in ("he", "she")) \
            and not untyped_names(doc_id, sent, index) and not other_subject:
        # "... Kelly's deputy. She is ...": a man the model found beside a woman it missed is no "she".
        sex = person_gender(people[0], index.same_type("PERSON"), article_text)
        out.update({p: people[0].canonical for p, s in (("he", "m"), ("she", "f")) if sex in (None, s)})
    main = index.main_person.get(doc_id)
    if len(people) > 1 and subj and main is not None and index.at(doc_id, subj[0].i) is main[0]:
        # "Murray then defended his title, defeating del Potro. He also has ...": the story's main person,
        # the subject of the sentence before, is the next "He" of their sex.
        out[{"m": "he", "f": "she"}[main[1]]] = out["_subject"] = main[0].canonical
    if subj:
        ent = index.at(doc_id, subj[0].i)
        if ent is not None and confident_type(ent) in ("ORG", "COUNTRY") and not any(
                c.dep_ == "conj" for c in subj[0].children):
            out["it"] = ent.as_written()
        names = [index.at(doc_id, t.i) for t in [subj[0]] + [c for c in subj[0].children if c.dep_ == "conj"]]
        if len(names) == 2 and all(n is not None and confident_type(n) in ("PERSON", "ORG") for n in names) \
                and names[0] is not names[1] and names[0].label == names[1].label:
            out["they"] = f"{names[0].canonical} and {names[1].canonical}"
    return out


def untyped_names(doc_id, sent, index) -> bool:
    """True when the sentence names someone the model may have missed: a "First Last" name it typed
    as something else without the cues that back that type ("to confirm Kirstjen Nielsen", tagged ORG)."""
    for ent in sent.ents:
        entity = index.at(doc_id, ent.start)
        words = ent.text.split()
        if entity is not None and entity.label != "PERSON" and confident_type(entity) is None and len(words) == 2 \
                and all(w[:1].isupper() and w[1:].islower() for w in words) and ent[0].pos_ == "PROPN":
            return True
    return False


def people_in(doc_id, sent, index) -> list[Entity]:
    """The people ``sent`` names, in order, each once."""
    seen: list[Entity] = []
    for tok in sent:
        ent = index.at(doc_id, tok.i)
        if ent is not None and ent.label == "PERSON" and ent not in seen:
            seen.append(ent)
    return seen


def organization_at(doc_id, tok, index) -> bool:
    """True when ``tok`` is part of a name whose mentions agree it is an organization."""
    found = index.at(doc_id, tok.i)
    return found is not None and confident_type(found) == "ORG"


def sex_agrees(sent, person, index, article_text: str) -> bool:
    """True when the article gives ``person`` a sex and every he/him/his or she/her of ``sent`` is of it."""
    sex = sex_of(person, index.same_type("PERSON"), article_text)
    words = {t.lower_ for t in sent} & {"he", "him", "his", "himself", "she", "her", "herself"}
    return sex is not None and words <= ({"he", "him", "his", "himself"} if sex == "m" else {"she", "her", "herself"})


def one_person_before(doc_id, sent, index, article_text: str) -> bool:
    """True when exactly one person is named, and named before the first he/she/his/her; or each
    he/she/his/her fits one of several people by sex (see :func:`.people.pronouns_fit`)."""
    # Only names whose mentions agree they are people ("Downing Street" tagged PERSON once is not one).
    # People named only after the last he/his/she/her cannot be what it means ("... her 2025 challenge after
    # the defending champion breezed past Cristina Bucsa"), unless nobody is named before it ("Prior to
    # winning his Senate seat, Franken was ...").
    last = max((t.i for t in sent if t.lower_ in ("he", "she", "him", "his", "her", "himself", "herself")),
               default=sent.end)
    people = [p for p in people_in(doc_id, sent[:last - sent.start], index) or people_in(doc_id, sent, index)
              if confident_type(p) in ("PERSON", None) and len(p.canonical.split()) >= 2
              or confident_type(p) == "PERSON"]
    if len(people) > 1 or len(people) == 1 and people[0] is not index.at(doc_id, sent.root.i) and any(
            t.lower_ in ("he", "she", "him", "his", "her") and t.i < sent.root.i for t in sent):
        if not all(confident_type(p) == "PERSON" or len(people) == 1 and p.label == "PERSON" for p in people):
            return False  # several people need their types sure; one the votes call a person may be "his"
        all_people = index.same_type("PERSON")
        mentions = [(t.i, index.at(doc_id, t.i)) for t in sent if index.at(doc_id, t.i) in people]
        return pronouns_fit(sent, mentions, {p.id: sex_of(p, all_people, article_text) for p in people})
    if len(people) != 1 or confident_type(people[0]) != "PERSON" and not (
            people[0].label == "PERSON" and sex_agrees(sent, people[0], index, article_text)):
        return False  # a name the votes call a person owns only pronouns of the sex the article gives them
    for tok in sent:
        if tok.lower_ in ("he", "she", "him", "his", "her", "himself", "herself"):
            return False
        if index.at(doc_id, tok.i) is people[0]:
            return True
    return False
