"""Stage 6: wrong answers of the key's type and form.

Entities come from the articles first (most mentioned first), then from the
caller's bank, then (places only) from a fixed list. Nothing that the articles
also give for the same slot, no alias of the key and nothing already in the
prompt. Numbers are rewritten in the key's form and kept >20% apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from .entities import ORG_WORDS, Entity, EntityIndex, confident_type, organization_like, place_kind, squash
from .gazetteer import FALLBACK
from .numbers import Quantity, count_ceiling, parse_quantity, wrong_values
from .distractors_roles import comparable, like_post, role_titles, title_giveaway, unlinked  # noqa: F401 (re-exported)
from .people import (ROLE_WORDS, circle_of, contains, embedded, given_name_first, may_be_one_person, person_cued,
                     person_gender, person_like, stem_gender, titled_after, written_as_person)


def key_text(entity: Entity, evidence: Sequence[str], surface: str) -> str:
    """The key as shown: the canonical name if the evidence says it, else the form it uses."""
    for name in [entity.canonical] + entity.aliases():
        if any(contains(s, name) for s in evidence[:1]):
            return name
    return surface


def in_prompt(prompt: str, name: str) -> bool:
    """True when ``name`` or any of its capitalised words already occurs in ``prompt``."""
    if contains(prompt.lower(), name.lower()):
        return True
    words = [w for w in re.findall(r"[\w'-]+", name) if len(w) > 2 and w[0].isupper()]
    if any(contains(prompt, w) for w in words):
        return True
    # "Ukraine" must not be offered in a prompt that says "Ukrainian".
    stems = {w[:5].lower() for w in words if len(w) >= 5}
    return any(w[:5].lower() in stems for w in re.findall(r"[A-Z][\w'-]{4,}", prompt))


_SUFFIXES = {"corp", "corporation", "inc", "ltd", "plc", "co", "llc", "sa", "ag", "nv", "group", "holdings", "the"}


def same_name(a: str, b: str) -> bool:
    """True when two organization names share a distinctive word ("Thomson Reuters" / "Reuters News")."""
    words = [{w for w in re.findall(r"[a-z0-9&]+", n.lower()) if w not in _SUFFIXES} for n in (a, b)]
    generic = {w.lower() for w in ORG_WORDS}
    return bool(words[0] & words[1] - generic)


def _glued(key: str) -> str:
    return re.sub(r"[ -]", "", key)


_PARTICLES = {"de", "van", "von", "di", "da", "du", "del", "della", "le", "la", "al", "el", "ter", "ten", "mac"}


def entity_distractors(entity: Entity, key: str, prompt: str, index: EntityIndex, true_ids: set[int],
                       bank: Mapping[str, Sequence[str]] | None, limit: int = 6, text: str = "") -> list[str]:
    """Return same-type wrong answers for an entity key, best first; ``text`` (the articles) lets a
    stem that says "he" or "she" keep people the articles refer to otherwise out of the choices."""
    # "De Minaur" for Alex de Minaur is a surname too: full names beside it would single it out.
    short = entity.label == "PERSON" and (len(key.split()) == 1 or len(key.split()) < len(entity.canonical.split())
                                          or len(key.split()) == 2 and key.split()[0].lower() in _PARTICLES)
    people = index.same_type("PERSON") if entity.label == "PERSON" and text else []
    # Men for a man: "Who beat Tsitsipas?" offers no woman from the same tournament report.
    stated = stem_gender(prompt) if people else None  # the stem itself says "he" or "spokeswoman"
    gender = (stated or person_gender(entity, people, text)) if people else None
    taken = {squash(key)} | entity.keys
    out: list[str] = []

    key_words = set(key.split())

    def offer(name: str) -> None:
        k = squash(name)
        if not name or k in taken or in_prompt(prompt, name) or len(out) >= limit:
            return
        words = set(name.split())
        if entity.label == "PERSON" and (words <= key_words or key_words <= words):
            return  # "Carlos Lopez Mendoza" beside the key "Lopez Mendoza" is the same man
        if " and " in f" {k} " and " and " not in f" {squash(key)} ":
            return  # "Independent and The Times" is two choices in one
        if any(k in t.split() or t in k.split() or _glued(k) == _glued(t) for t in taken):
            return  # "Time Warner" beside the key "TimeWarner" is the same firm
        if SequenceMatcher(None, k, squash(key)).ratio() >= 0.8:
            return  # "Khordokovsky" beside "Khodorkovsky" is the article's misspelling of the key
        taken.add(k)
        out.append(name)

    pool = index.same_type(entity.label)
    if people:
        # People of the key's own circle first, and only them when there are two: the article's other
        # circle (the men's draw of a tennis report, another country's politicians) is the wrong kind.
        circle = circle_of(entity, people, text)
        near = [p for p in pool if p.id in circle and not in_prompt(prompt, p.canonical)]
        pool = near if len(near) >= 2 else near + [p for p in pool if p.id not in circle]
        if gender is None:
            known = {person_gender(p, people, text) for p in people if p.id in circle} - {None}
            gender = known.pop() if len(known) == 1 else None
    for other in pool:
        if other.id == entity.id or other.id in true_ids or confident_type(other) != entity.label:
            continue  # only names whose type cues agree ("Poms" is no organization)
        if short and len(other.canonical.split()) < 2:
            continue  # a surname-only key needs surname-only choices from full names
        if other.label == "PERSON" and not short and len(other.canonical.split()) < 2:
            continue
        if other.label == "ORG" and not organization_like(other):
            continue  # "Digital Rights Management" is tagged ORG but is no organization
        if other.label == "ORG" and (other.votes.get("PERSON", 0) or any(given_name_first(n) for n in other.surfaces)
                                     or written_as_person(other.canonical, text)):
            continue  # "Narasimhan, who said ..." voted a firm is still a man: no choice among organizations
        if gender and person_gender(other, people, text) not in ((gender,) if stated else (gender, None)):
            continue  # "Who said he expected ...?" never offers a woman, nor anyone not known to be a man
        if people and (not person_like(other, text) or embedded(other.canonical, text)
                       or not person_cued(other, person_gender(other, people, text), text)):
            continue  # "the Lok Sabha", "Jan Vishwas (Amendment) Bill": tagged as people, named as things
        if people and may_be_one_person(entity, other, text):
            continue  # "Stan Lieberman" is Stan Lee's real name
        if people and titled_after(other.canonical, prompt, text):
            continue  # "Who refused to send missiles to Ukraine?" never offers "Ukrainian President Zelensky"
        if other.label == "ORG" and same_name(other.canonical, key):
            continue  # "Thomson Reuters Corp" is "Thomson Reuters"; "Reuters News" only confuses
        offer(other.short() if short else other.canonical)
    for name in _bank_names(entity.label, bank):
        if entity.label == "PERSON" and len(name.split()) < 2:
            continue
        offer(name.split()[-1] if short else name)
    for name in FALLBACK.get(entity.label, []):
        offer(name)
    return out


def _bank_names(label: str, bank: Mapping[str, Sequence[str]] | None) -> list[str]:
    if not bank:
        return []
    names: list[str] = []
    for bank_label in sorted(bank):
        for name in bank[bank_label]:
            if not isinstance(name, str):
                continue
            kind = place_kind(name)
            mapped = kind if bank_label in ("GPE", "COUNTRY", "CITY") and kind else bank_label
            if mapped == label or bank_label == "GPE" and label == "CITY" and kind is None:
                names.append(name.strip())
    return names


def number_distractors(quantity: Quantity, key: str, prompt: str, true_values: set[float]) -> list[str]:
    """Return same-form wrong quantities, none within ~20% of the key or of a true value."""
    out = []
    counted = re.search(r"\bhow many( .*)", prompt, re.I)
    ceiling = count_ceiling(counted.group(1)) if counted else float("inf")
    for text in wrong_values(quantity, avoid=set(true_values), count=6):
        wrong = parse_quantity(text, "CARDINAL")
        if wrong is not None and wrong.value > ceiling:
            continue  # "How many states ...?" never offers 63
        if text != key and not contains(prompt, text):
            out.append(text)
    # "82" against "107", "144", "197" is the only two-digit choice: one wrong value takes the key's length.
    lengths = {_digits(t) for t in out[:3]}
    if len(lengths) == 1 and _digits(key) not in lengths:
        alike = next((t for t in out[3:] if _digits(t) == _digits(key)), None)
        if alike is not None:
            out = out[:2] + [alike] + [t for t in out[2:] if t != alike]
    return out


def _digits(text: str) -> int:
    whole = re.search(r"\d[\d,]*", text)
    return len(whole.group().replace(",", "")) if whole else 0


_KINDS = {
    "media": {"News", "Times", "Post", "Journal", "Reuters", "BBC", "CNN", "Guardian", "Telegraph", "Tribune", "Herald",
              "Press", "AP", "Sky", "NBC", "ABC", "CBS", "Bloomberg", "Mail", "Observer", "Gazette", "Magazine",
              "Radio", "Television", "TV", "Channel", "Daily", "Standard", "Independent", "Economist"},
    "public": {"Senate", "Congress", "Parliament", "Court", "Ministry", "Department", "Commission", "Agency", "Office",
               "Council", "Committee", "Authority", "Board", "House", "Government", "Cabinet", "Treasury", "FBI", "CIA",
               "EPA", "NATO", "UN", "EU", "Assembly", "Tribunal", "Bureau", "Administration", "Police", "Army",
               "Navy", "Forces", "Federation", "Union", "Organisation", "Organization", "Nations"},
    "party": {"Party", "Democrats", "Republicans", "Labour", "Conservatives", "Tories", "Tory", "Liberal", "Greens"},
    "business": {"Ltd", "Inc", "plc", "PLC", "Corp", "Corporation", "Company", "Co", "Group", "Holdings", "Airlines",
                 "Motors", "Bank", "Exchange", "Industries", "Technologies", "Systems", "Partners", "Capital"},
    "sport": {"Club", "FC", "United", "League", "Athletic", "Rovers", "Wanderers"},
}


def org_kind(name: str) -> str | None:
    """The sort of organization a name is (news outlet, public body, party, business, club), if its words say."""
    words = set(re.findall(r"[\w&]+", name))
    for kind in ("media", "party", "sport", "business", "public"):
        if words & _KINDS[kind]:
            return kind
    return None


# Bodies that are part of another: "the Senate" passed what "Congress" passed, so neither is wrong for the other.
_PARTS = {"congress": {"senate", "house", "house of representatives", "the senate", "the house"},
          "parliament": {"commons", "house of commons", "house of lords", "lords", "the commons", "the lords"}}


def same_kind_orgs(key: str, wrong: list[str]) -> list[str]:
    """Organization distractors of the key's own kind: "Reuters" against other news outlets, never a court,
    and never a body that is part of the key's or holds it ("Senate" against "Congress")."""
    kind = org_kind(key)
    low = key.lower().removeprefix("the ").removeprefix("u.s. ")
    linked = _PARTS.get(low, set()) | {whole for whole, parts in _PARTS.items() if low in parts}
    return [w for w in wrong if org_kind(w) == kind
            and w.lower().removeprefix("u.s. ") not in linked and w.lower().removeprefix("the ") not in linked]
