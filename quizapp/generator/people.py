"""Stage 6 (people): what the articles say about the people a choice may name.

Who is a man or a woman (titles, pronouns near the name, then Faker's census first-name
lists), who is named together with whom (a key's circle), which names the articles write
as things rather than people, and who is titled by a place ("Ukrainian President ...").
Computed once per input text and cached: every distractor of every question asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .entities import Entity

ROLE_WORDS = {"chairman", "chairwoman", "chair", "chief", "executive", "director", "spokesman", "spokeswoman",
               "secretary", "minister", "chancellor", "president", "senator", "governor", "mayor", "leader", "head",
               "manager", "coach", "captain", "founder", "editor", "former", "deputy", "general", "attorney",
               "prime", "vice", "state", "shadow", "acting", "senior"}


def contains(text: str, name: str) -> bool:
    """True when ``name`` occurs in ``text`` as whole words."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


_HE = re.compile(r"\b(he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.I)


_WOMAN = re.compile(r"\b(spokeswoman|chairwoman|congresswoman|businesswoman|sportswoman|actress|queen|princess|"
                    r"duchess|countess|mother|wife|daughter|sister|women's)\b", re.I)
_MAN = re.compile(r"\b(king|prince|duke|father|husband|son|brother|men's)\b", re.I)


def stem_gender(prompt: str) -> str | None:
    """"m" or "f" when the stem refers to the person asked about as "he" or "she" ("Who said he ..."),
    or names a post only a woman or a man holds ("Who is the White House spokeswoman?")."""
    he, she = bool(_HE.search(prompt) or _MAN.search(prompt)), bool(_SHE.search(prompt) or _WOMAN.search(prompt))
    return "m" if he and not she else "f" if she and not he else None


def person_gender(entity: Entity, people: Sequence[Entity], text: str) -> str | None:
    """"m" or "f" as the article refers to a person (titles, then pronouns near their name), else None.

    A pronoun counts when its sentence, or the sentence before it, names this person and nobody else.
    """
    return _genders(text, _people_key(people)).get(entity.id)


def _people_key(people: Sequence[Entity]) -> tuple:
    return tuple((p.id, p.canonical, tuple(a for a in p.aliases() if len(a) > 2)) for p in people)


@lru_cache(maxsize=16)
def _named_in(text: str, people: tuple) -> tuple[list[str], list[frozenset]]:
    """The articles' sentences and, for each, the ids of the people it names (computed once per input)."""
    sentences = re.split(r"(?<=[.!?\"”])\s+", text)
    return sentences, [frozenset(i for i, _, aliases in people if any(contains(s, a) for a in aliases))
                       for s in sentences]


def _own_stretch(sentence: str, aliases, others) -> str:
    """The part of ``sentence`` from the first mention of ``aliases`` to the first later mention of ``others``,
    when nobody else is named before it; else ""."""
    starts = [m.end() for a in aliases for m in [re.search(rf"\b{re.escape(a)}\b", sentence)] if m]
    if not starts:
        return ""
    begin = min(starts)
    other = [m.start() for a in others for m in re.finditer(rf"\b{re.escape(a)}\b", sentence)]
    if any(o < begin for o in other):
        return ""
    return sentence[begin:min([o for o in other if o >= begin], default=len(sentence))]


@lru_cache(maxsize=16)
def _genders(text: str, people: tuple) -> dict[int, str | None]:
    sentences, named = _named_in(text, people)
    out: dict[int, str | None] = {}
    for pid, canonical, aliases in people:
        male = female = 0
        for name in aliases:
            male += 3 * len(re.findall(rf"\b(?:Mr|Sir|Lord)\.? {re.escape(name)}\b", text))
            female += 3 * len(re.findall(rf"\b(?:Mrs|Ms|Miss|Dame|Lady)\.? {re.escape(name)}\b", text))
        for n, sentence in enumerate(sentences):
            window = named[max(0, n - 1)] | named[n]
            # A quotation speaks of others: '"She's not interested ...," Staver said' says nothing of Staver.
            plain = re.sub(r'"[^"]*"|“[^”]*”', "", sentence)
            if window == {pid}:
                male += len(_HE.findall(plain))
                female += len(_SHE.findall(plain))
            elif pid in named[n]:
                # "Sabalenka won her first title ... when she beat Jessica Pegula": between this person's
                # name and the next person named, the pronouns are theirs.
                stretch = _own_stretch(plain, aliases, [a for i, _, als in people if i != pid for a in als])
                male += len(_HE.findall(stretch))
                female += len(_SHE.findall(stretch))
        out[pid] = "m" if male > 2 * female else "f" if female > 2 * male else \
            _first_name_sex(canonical.split()[0]) if not male and not female else None
    return out


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset, frozenset]:
    """Faker's English first names (from census lists) by sex; a name on both lists tells nothing."""
    from faker.providers.person.en_GB import Provider as GB
    from faker.providers.person.en_US import Provider as US

    male = set(US.first_names_male) | set(GB.first_names_male)
    female = set(US.first_names_female) | set(GB.first_names_female)
    return frozenset(male - female), frozenset(female - male)


def _first_name_sex(name: str) -> str | None:
    male, female = _first_names()
    return "m" if name in male else "f" if name in female else None


def sex_of(entity: Entity, people: Sequence[Entity], text: str) -> str | None:
    """"m" or "f": how the article refers to the person, else what their census first name says."""
    words = entity.canonical.split()
    return person_gender(entity, people, text) or (_first_name_sex(words[0]) if len(words) > 1 else None)


def pronouns_fit(sent, mentions: list[tuple[int, Entity]], sex: dict[int, str | None]) -> bool:
    """True when every he/him/his/she/her of ``sent`` can mean only one person the sentence names.

    ``mentions`` are (token index, person) for the people the sentence names, ``sex`` their "m"/"f"
    by entity id. A pronoun means the one person of its sex named before it, when the sex of each
    person named before it is known ("Staver's group represented Davis in the suit against her");
    one before the main subject means that subject, if of its sex ("Prior to her election, Davis ...").
    """
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for tok in sent:
        want = "m" if tok.lower_ in ("he", "him", "his", "himself") else \
            "f" if tok.lower_ in ("she", "her", "herself") else None
        if want is None:
            continue
        before = {entity.id for i, entity in mentions if i < tok.i}
        if before:
            if any(sex.get(e) is None for e in before) or [sex[e] for e in before].count(want) != 1:
                return False
        elif subject is None or tok.i > subject.i or not any(
                i == subject.i and sex.get(entity.id) == want for i, entity in mentions):
            return False
    return True


def written_as_person(name: str, text: str) -> bool:
    """True when the articles write ``name`` as a person's: "Narasimhan, who said", "X, Novartis's head of"."""
    roles = "|".join(sorted(ROLE_WORDS))
    return re.search(rf"\b{re.escape(name)}, (?:who\b|[\w.&-]+['’]s (?:{roles})\b)", text) is not None


def given_name_first(name: str) -> bool:
    """True when ``name`` opens with a census first name ("Tommy Robredo"), so its last word is the surname."""
    return _first_name_sex(name.split()[0]) is not None


def person_like(entity: Entity, text: str) -> bool:
    """False when the articles write the name as a thing's: mostly after "the", or before "(" or "Bill"."""
    if entity.the_count * 2 > entity.mentions:
        return False
    name = re.escape(entity.canonical)
    return re.search(rf"(?<!\w){name}\s*(?:\(|(?:Bill|Act|Party|Sabha|House|Council|Committee|Agency)\b)", text) is None


_SAYS = r"(?:said|says|told|added|argued|insisted|explained|warned|wrote|admitted|claimed)"
_PERSON_NOUNS = ROLE_WORDS | {"lawyer", "sprinter", "athlete", "player", "star", "striker", "boss", "singer", "actor",
                              "actress", "judge", "doctor", "professor", "economist", "analyst", "author", "writer",
                              "colleague", "rival", "wife", "husband", "son", "daughter", "champion", "winner",
                              "runner", "golfer", "midfielder", "defender", "forward", "goalkeeper", "batsman",
                              "bowler", "official", "spokesperson", "mp", "senator", "governor", "lawmaker",
                              "candidate", "member", "partner", "counterpart", "predecessor", "successor"}


def person_cued(entity: Entity, gender: str | None, text: str) -> bool:
    """True when something marks the name as a person's: a gender the article gives it (a courtesy
    title, he/she, a census first name), "X said", ", 31,", or a word for a person right before it
    ("lawyer Gregory Ioannidis"; "sprinters X and Y"). "Chart Track" ("market analysts Chart Track"),
    "Leicester South" ("will visit Leicester South") have none of these, so neither is offered as a person."""
    if gender is not None or any(entity.canonical.split()[0] in names for names in _first_names()):
        return True
    for name in {entity.canonical, entity.canonical.split()[-1]}:
        n = re.escape(name)
        if re.search(rf"(?<![\w-]){n},? {_SAYS}\b|\b{_SAYS} {n}\b|(?<![\w-]){n}, \d{{1,2}},", text):
            return True
        for m in re.finditer(rf"(\w+) (?:[A-Z][\w'-]+ )*{n}(?!\w)( and)?", text):
            word = m.group(1).lower()
            if word in _PERSON_NOUNS or word.endswith("s") and word[:-1] in _PERSON_NOUNS and m.group(2):
                return True
    return False


def embedded(name: str, text: str) -> bool:
    """True when every mention of ``name`` follows "of" or "for" or precedes a post ("analyst Mike Powell of
    Dresdner Kleinwort Wasserstein", "Minister for Lifelong Learning", "Lifelong Learning Minister Jim Wallace"):
    the name is a firm's, a place's or a post's, not a person's."""
    n = re.escape(name)
    posts = r"(?:Minister|Secretary|Spokesman|Spokeswoman|Director|Commissioner|Chief|Officer|Manager|Editor|Correspondent)"
    # "Lifelong Learning Minister Jim Wallace": a name always followed by a post is the post's field.
    titled = len(re.findall(rf"(?<!\w){n} {posts}\b", text))
    return titled + len(re.findall(rf"\b(?:of|for) (?:[A-Z][\w&-]* )*{n}(?!\w)", text)) \
        == len(re.findall(rf"(?<!\w){n}(?!\w)", text))


def circle_of(entity: Entity, people: Sequence[Entity], text: str) -> set[int]:
    """Ids of the people linked to ``entity`` by being named in one sentence, directly or through others."""
    _, named = _named_in(text, _people_key(people))
    circle, grew = {entity.id}, True
    while grew:
        grew = False
        for ids in named:
            if ids & circle and not ids <= circle:
                circle |= ids
                grew = True
    return circle - {entity.id}


def titled_after(name: str, prompt: str, text: str) -> bool:
    """True when the articles title ``name`` by a place the prompt names ("Ukrainian President X" for a
    prompt about Ukraine): that person is on the other side of the question, so plainly not the answer."""
    stems = {w[:5].lower() for w in re.findall(r"[A-Z][a-z]{3,}", prompt)}
    for m in re.finditer(r"((?:[A-Z][a-z]+[ -]){1,3})" + re.escape(name) + r"\b", text):
        words = [w for w in re.findall(r"[A-Z][a-z]+", m.group(1)) if w.lower() not in ROLE_WORDS]
        if any(len(w) >= 5 and w[:5].lower() in stems for w in words):
            return True
    return False


_ANOTHER_NAME = re.compile(r"\b(?:real|birth|given|dumb|stage|pen|ring|maiden) name\b|\bborn [A-Z][a-z]+ [A-Z]|\bn[ée]e\b|"
                           r"\baka\b|\balso known as\b|\bchanged (?:his|her) name\b", re.I)


def may_be_one_person(a: Entity, b: Entity, text: str) -> bool:
    """True when two names with one first name ("Stan Lee", "Stan Lieberman") may be one person under
    another name: the article speaks of a real, stage or pen name. Neither is a choice against the other."""
    return a.canonical.split()[0] == b.canonical.split()[0] and _ANOTHER_NAME.search(text) is not None
