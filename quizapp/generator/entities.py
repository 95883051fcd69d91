"""Stage 3: merge entity mentions across sentences and articles into entities.

"Volodymyr Zelensky", "Zelensky" and "Zelenskyy" become one PERSON; "U.S." and
"the United States" one COUNTRY. Each entity's type is a vote over its mentions
(the small model tags the same name differently from sentence to sentence),
corrected by a short gazetteer of countries and cities.

Type labels used everywhere (and accepted as ``bank`` keys): PERSON, ORG,
COUNTRY, CITY (any other GPE: cities, states, regions), GPE (bank only: split
into COUNTRY/CITY), NORP, LOC, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import ALIASES, CITIES, COUNTRIES, NOT_PEOPLE, NOT_PERSON_WORDS, ORG_WORDS, PERSON_TITLES, THING_WORDS
from .mention_cues import employer, name_s

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
_COUNTRY_KEYS = None
_CITY_KEYS = None
_SMALL_WORDS = {"of", "the", "and", "for", "de", "in", "on", "&"}


def squash(name: str) -> str:
    """Return a spelling-tolerant key for a name: lowercase, no accents, dots or doubled letters."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[’'`]s?$", "", text.strip())
    text = text.replace(".", "")
    text = re.sub(r"[^a-z0-9 &-]+", " ", text)
    text = re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())
    text = ALIASES.get(text, text)
    return re.sub(r"(.)\1+", r"\1", text)


def clean_surface(text: str) -> str:
    """Strip a leading article and a trailing possessive from a mention's text."""
    text = re.sub(r"\s*[’']s?$", "", text.strip())
    text = re.sub(r"\s*\([^)]*$", "", text)  # "Executive Office for Immigration Review (EOIR": the model cut the bracket
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"^(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=[A-Z])", "", text)
    return text.strip(" ,;:-\u2014")


def _place_keys():
    global _COUNTRY_KEYS, _CITY_KEYS
    if _COUNTRY_KEYS is None:
        _COUNTRY_KEYS = {squash(c) for c in COUNTRIES}
        _CITY_KEYS = {squash(c) for c in CITIES}
    return _COUNTRY_KEYS, _CITY_KEYS


def place_kind(name: str) -> str | None:
    """Return COUNTRY or CITY for a name in the gazetteer, else None."""
    countries, cities = _place_keys()
    key = squash(name)
    return "COUNTRY" if key in countries else "CITY" if key in cities else None


@dataclass
class Entity:
    """One real-world thing with all the ways the articles name it."""

    id: int
    label: str = ""
    canonical: str = ""
    surfaces: Counter = field(default_factory=Counter)
    keys: set = field(default_factory=set)
    votes: Counter = field(default_factory=Counter)
    mentions: int = 0
    the_count: int = 0
    first: tuple = (0, 0)
    titled: int = 0           # mentions right after a personal title ("Mr", "President")
    thing: int = 0            # mentions right after a word for a non-person ("the movement Opus Dei")
    employer: int = 0         # mentions as where people work ("analysts at Morgan Stanley")
    name_s: str = ""          # the "'s" the name ends in ("McDonald's said"), as the articles write it

    def aliases(self) -> list[str]:
        """All surface forms, longest first (deterministic order)."""
        return sorted(self.surfaces, key=lambda s: (-len(s), s))

    def as_written(self) -> str:
        """The canonical name with "the" when the articles mostly write it so ("the CBO", "Rank")."""
        return ("the " if self.the_count * 2 > self.mentions else "") + self.canonical

    def short(self) -> str:
        """The surname-style short form (last word) of a multi-word person name."""
        return self.canonical.split()[-1]


class EntityIndex:
    """Entities of a group of parsed articles, with lookup from a spaCy span."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_token: dict[tuple[int, int], Entity] = {}
        self._full_person: dict[int, bool] = {}
        self.main_org: dict[int, Entity] = {}  # paragraph doc id -> its article's dominant organization
        self.main_org_called: dict[int, set] = {}  # paragraph doc id -> what the article calls it ("group")
        self.main_person: dict[int, tuple] = {}  # paragraph doc id -> (person, "m"/"f", article text)

    @classmethod
    def from_docs(cls, docs) -> "EntityIndex":
        """Index parsed docs (doc id = position): add every doc, merge, then fill the model's gaps.

        Gaps can only be filled once every mention is merged, hence the two passes.
        """
        docs = list(docs)
        index = cls()
        for doc_id, doc in enumerate(docs):
            index.add_doc(doc_id, doc)
        index.finish()
        for doc_id, doc in enumerate(docs):
            index.fill_gaps(doc_id, doc)
        return index

    def add_doc(self, doc_id: int, doc) -> None:
        """Register every named-entity mention in ``doc`` (doc ids must be unique)."""
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            # "Roger Federer - nice bloke": the model ran the name on over a spaced dash; the name ends there.
            dash = next((t.i for t in ent[1:] if t.text in ("-", "–", "—", "--") and doc[t.i - 1].whitespace_), None)
            if dash is not None:
                ent = type(ent)(doc, ent.start, dash, label=ent.label_)
            surface = clean_surface(ent.text)
            key = squash(surface)
            if not key or not re.search(r"[a-z]", key):
                continue
            entity = self._by_key.get(key)
            if entity is None:
                entity = Entity(id=len(self.entities), first=(doc_id, ent.start))
                self.entities.append(entity)
                self._by_key[key] = entity
                entity.keys.add(key)
            entity.surfaces[surface] += 1
            entity.mentions += 1
            if ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                entity.the_count += 1
            entity.votes[ent.label_] += 2 if len(surface.split()) > 1 else 1
            before = doc[ent.start - 1].text if ent.start > 0 else ""
            if before.rstrip(".") in PERSON_TITLES or ent[0].text.rstrip(".") in PERSON_TITLES:
                entity.titled += 1
            if before.lower() in THING_WORDS:
                entity.thing += 1
            entity.employer += employer(doc, ent)
            entity.name_s = entity.name_s or name_s(doc, ent)
            if ent.label_ == "PERSON" and len(surface.split()) == 2 and all(w[:1].isupper() for w in surface.split()):
                self._full_person[entity.id] = True
            for i in range(ent.start, ent.end):
                self._by_token[(doc_id, i)] = entity

    def finish(self) -> None:
        """Merge aliases (surnames, acronyms, spellings) and decide types and canonical names."""
        merged: dict[int, Entity] = {}
        multi = [e for e in self.entities if any(len(k.split()) > 1 for k in e.keys)]
        for entity in self.entities:
            if all(len(k.split()) > 1 for k in entity.keys):
                continue
            (key,) = sorted(entity.keys)[:1]
            targets = [m for m in multi if m is not entity and (
                key == sorted(m.keys)[0].split()[-1] and (m.votes["PERSON"] > 0)
                or key == "".join(w[0] for w in sorted(m.keys)[0].split() if w not in _SMALL_WORDS)
                and len(key) >= 2 and not entity.votes["PERSON"]
            )]
            if len({t.id for t in targets}) == 1:
                merged[entity.id] = targets[0]
        for entity in self.entities:
            target = merged.get(entity.id)
            if target is None:
                continue
            target.surfaces.update(entity.surfaces)
            target.votes.update(entity.votes)
            target.keys |= entity.keys
            target.mentions += entity.mentions
            target.the_count += entity.the_count
            target.titled += entity.titled
            target.thing += entity.thing
            target.name_s = target.name_s or entity.name_s
            target.employer += entity.employer
            if self._full_person.get(entity.id):
                self._full_person[target.id] = True
            target.first = min(target.first, entity.first)
        for k, entity in list(self._by_token.items()):
            if entity.id in merged:
                self._by_token[k] = merged[entity.id]
        self.entities = [e for e in self.entities if e.id not in merged]
        for entity in self.entities:
            self._decide(entity)

    def fill_gaps(self, doc_id: int, doc) -> None:
        """Map proper nouns the model missed ("Trump met ...") to the entity they name."""
        keys = {k: e for e in self.entities for k in e.keys if " " not in k and len(k) > 2}
        for tok in doc:
            # "Stam says ...": the model may even call a known surname a common noun.
            noun = tok.pos_ == "NOUN" and (not tok.is_sent_start or tok.dep_ in ("nsubj", "nsubjpass"))
            if (tok.pos_ == "PROPN" or noun) and (doc_id, tok.i) not in self._by_token and not tok.ent_type_:
                entity = keys.get(squash(tok.text))
                if entity is not None and tok.is_title:
                    self._by_token[(doc_id, tok.i)] = entity

    def _decide(self, entity: Entity) -> None:
        longest = max(len(s.split()) for s in entity.surfaces)
        full = [s for s in entity.surfaces if len(s.split()) == longest]
        entity.canonical = sorted(full, key=lambda s: (s.isupper() and len(s) > 3, -entity.surfaces[s], s))[0]
        kinds = {place_kind(s) for s in entity.surfaces} - {None}
        if kinds:
            entity.label = "COUNTRY" if "COUNTRY" in kinds else "CITY"
            return
        label = sorted(entity.votes.items(), key=lambda kv: (-kv[1], NAME_LABELS.index(kv[0])))[0][0]
        if self._full_person.get(entity.id):
            label = "PERSON"  # a "First Last" mention tagged PERSON outweighs "Trump's" tagged ORG
        if label == "PERSON" and entity.employer and not entity.titled:
            label = "ORG"  # "Raymond James analyst Ann Lee": a firm with a person's name
        entity.label = "CITY" if label == "GPE" else label
        if entity.name_s and entity.label not in ("PERSON", "NORP"):
            entity.canonical += entity.name_s

    def at(self, doc_id: int, token_i: int) -> Entity | None:
        """Return the entity mentioned at token ``token_i`` of doc ``doc_id``."""
        return self._by_token.get((doc_id, token_i))

    def same_type(self, label: str) -> list[Entity]:
        """Entities of ``label``, most mentioned first (ties by first appearance)."""
        return sorted((e for e in self.entities if e.label == label), key=lambda e: (-e.mentions, e.first))

    def in_text(self, text: str) -> set[int]:
        """Ids of entities any of whose surface forms occurs in ``text``."""
        found = set()
        for entity in self.entities:
            if any(_contains(text, s) for s in entity.surfaces):
                found.add(entity.id)
        return found


_PLACE_STARTS = {"St", "St.", "Saint", "Mount", "Mt", "Lake", "Port", "Fort", "Cape", "Big", "Old", "Great", "Upper",
                 "Lower", "North", "South", "East", "West"}


def named_word(entity: Entity, word) -> bool:
    """False for an "entity" the model made of a sentence-opening common noun ("Breast cancer is diagnosed
    ..." with "Breast" tagged ORG once): its type is unsure and it is named only there."""
    return not (word.pos_ == "NOUN" and confident_type(entity) is None and entity.mentions == 1)


def organization_like(entity: Entity) -> bool:
    """True when an organization's name carries a corporate word or is tagged ORG steadily
    (an acronym alone is not enough: "DRM" names a technology)."""
    tokens = {w.strip(".,") for s in entity.surfaces for w in s.split()}
    return bool(tokens & ORG_WORDS) or entity.votes.get("ORG", 0) >= 3


def confident_type(entity: Entity) -> str | None:
    """The entity's label when simple cues back the model's vote, else None.

    The small model calls firms people ("Yukos") and films organizations
    ("Aviator"); a who/which question or a same-type swap needs more than its
    vote: a title or a full "First Last" name for people, a corporate word,
    an acronym or a steady vote for organizations, the gazetteer for places.
    """
    words = entity.canonical.split()
    tokens = {w.strip(".,") for s in entity.surfaces for w in s.split()}
    cue = bool(tokens & ORG_WORDS)
    if entity.label in ("COUNTRY", "CITY"):
        return entity.label if place_kind(entity.canonical) else None
    if entity.label == "PERSON":
        if tokens & NOT_PERSON_WORDS or place_kind(entity.canonical) or entity.canonical in NOT_PEOPLE \
                or words[0] in _PLACE_STARTS and not entity.titled:
            return None  # "St Helens" (a club), "Big Ben" (a clock): the model's people that are places
        if entity.votes.get("ORG", 0) + entity.votes.get("GPE", 0) > entity.votes["PERSON"]:
            # "Darren Campbell" once, then "Campbell" tagged ORG six times: a census first name settles it.
            from .people import given_name_first
            return "PERSON" if len(words) >= 2 and given_name_first(entity.canonical) and not cue else None
        full = len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(w.isupper() for w in words)
        if entity.thing and not entity.titled:
            return None  # "the Catholic movement Opus Dei", "the film Forrest Gump"
        # One word tagged PERSON four times and never anything else ("Veselnitskaya") is a surname.
        steady = len(words) == 1 and entity.votes["PERSON"] >= 4 and sum(entity.votes.values()) == entity.votes["PERSON"] \
            and not entity.the_count
        return "PERSON" if entity.titled or full and entity.votes["PERSON"] >= 2 or steady else None
    if entity.label == "ORG":
        if entity.employer and not entity.titled:
            return "ORG"
        if entity.titled or entity.votes.get("PERSON", 0) > entity.votes["ORG"] / 2:
            return None
        acronym = any(re.fullmatch(r"[A-Z]{2,6}", s) for s in entity.surfaces)
        return "ORG" if cue or acronym or entity.votes["ORG"] >= 3 else None
    return entity.label or None


def _contains(text: str, name: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text) is not None
