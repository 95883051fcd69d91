"""Stage 6 (posts): wrong answers for "Who is the <post>?" and checks on posts in stems.

A distractor must be someone the articles present in a comparable capacity (no head of state for a
minister's post, no journalist for an office, only the party's people for a party post, only the
country's people for a foreign post) and whom no sentence ties to the post's body, so none can also
be right; a title in the stem must not give the key away.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import place_kind
from .gazetteer import HEADS_OF_GOVERNMENT
from .people import ROLE_WORDS, contains


def unlinked(role_prompt: str, wrong: list[str], article_text: str) -> list[str]:
    """Distractors for "Who is the former FBI Director?" that no sentence ties to the role's body ("FBI"),
    so none of them can also be right."""
    body = [w for w in re.findall(r"[A-Z][\w.&-]*", role_prompt) if w not in ("Who", "The")
            and w.lower() not in ROLE_WORDS]
    # Only a former post or an acronym body ("FBI") is checked: "England coach" shares its country with all.
    if "former" not in role_prompt.lower():
        body = [w for w in body if re.fullmatch(r"[A-Z]{2,6}", w)]
    if not body:
        return wrong
    lines = re.split(r"(?<=[.!?])\s+", article_text)
    out = []
    for name in wrong:
        surname = name.split()[-1]
        if not any(contains(line, surname) and any(contains(line, b) for b in body) for line in lines):
            out.append(name)
    return out


_HEAD = r"president|prime minister|premier|chancellor|king|queen|pm"
_PRESS = r"editor|correspondent|reporter|journalist|presenter|columnist|analyst|commentator|spokesman|" \
         r"spokeswoman|spokesperson|press secretary"
_POLITICAL = r"senator|sen\.|congressman|congresswoman|rep\.|representative|mp|minister|secretary|governor|mayor|" \
             r"lawmaker|leader|chancellor|president|prime minister"
_PARTIES = {"tory": "con", "tories": "con", "conservative": "con", "labour": "lab", "liberal democrat": "lib",
            "lib dem": "lib", "republican": "rep", "democrat": "dem", "democratic": "dem", "snp": "snp",
            "green": "green", "ukip": "ukip"}
_PARTY = re.compile(r"\b(" + "|".join(sorted(_PARTIES, key=len, reverse=True)) + r")\b", re.I)


def _kinds(text: str) -> tuple[set[str], set[str]]:
    """(kinds, parties) a role phrase names: head of state/government, press, political office."""
    low = text.lower()
    kinds = {k for k, pat in (("head", _HEAD), ("press", _PRESS), ("political", _POLITICAL))
             if re.search(rf"\b(?:{pat})(?!\w)", low)}
    if "head" in kinds and re.search(r"\b(?:vice|deputy)[ -](?:president|prime minister|chancellor)", low):
        kinds.discard("head")
    body = re.search(r"\bpresident of (?:the )?([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)*)", text)
    if "head" in kinds and body and not place_kind(body.group(1)):
        kinds -= {"head", "political"}  # "the president of Cuba Educational Travel" runs a firm, not a country
    return kinds, {_PARTIES[m.group(1).lower()] for m in _PARTY.finditer(text)}


_TITLE_VOCAB = set(ROLE_WORDS) | {"minister", "editor", "correspondent", "reporter", "journalist", "presenter",
                                   "columnist", "analyst", "commentator", "spokesperson", "mp", "congressman",
                                   "congresswoman", "representative", "lawmaker", "premier", "king", "queen", "wing",
                                   "player", "lawyer", "official", "adviser", "advisor", "counsel"}


def _title_before(words: list[str]) -> str:
    """The title right before a name: capitalised words and role words, read backwards, a lowercase
    modifier only before a role word ("Former welfare minister"); no verbs, no earlier clause."""
    out: list[str] = []
    for w in reversed(words):
        bare = w.strip("“”\"'(")
        if not bare or re.search(r"[,;:!?]$", w) or (w.endswith(".") and len(bare) > 4):
            break
        if bare in ("Mr", "Mrs", "Ms", "Dr", "Sir") and not out:
            continue
        low = bare.lower()
        if bare[:1].isupper() or low in _TITLE_VOCAB or (out and out[0].lower() in _TITLE_VOCAB):
            out.insert(0, bare)
            continue
        break
    return " ".join(out)


@lru_cache(maxsize=1024)
def role_titles(name: str, article_text: str) -> str:
    """The titles the article puts right before each mention of ``name`` (full name or surname)."""
    out = []
    given = name.split()[:-1]
    for form in {name, name.split()[-1]}:
        for m in re.finditer(rf"((?:\S+ ){{1,6}}){re.escape(form)}\b", article_text):
            words = m.group(1).split()
            if form != name and given and words[-len(given):] == given:
                words = words[:-len(given)]  # "Lotfi Azzouz": the given name before the surname is no title
            title = _title_before(words)
            if title:
                out.append(title)
    return " | ".join(out)


_TITLE_ROOTS = ("presiden", "minist", "chancell", "governor", "senat", "mayor", "coach", "captain", "chairm",
                "premier", "king", "queen", "pope", "bishop", "general")


def title_giveaway(prompt: str, key: str, others: list[str], article_text: str) -> bool:
    """True when the stem names the key's post and no other choice holds one like it: "Who pledged
    during his presidential campaign ...?" has one president among its choices."""
    stem, mine = prompt.lower(), role_titles(key, article_text).lower()
    return any(root in stem and root in mine and not any(root in role_titles(o, article_text).lower() for o in others)
               for root in _TITLE_ROOTS)


def political(titles: str) -> bool:
    """True when the titles the article gives someone hold a political office or lead a country."""
    return bool({"head", "political"} & _kinds(titles)[0])


def like_post(role_prompt: str, titles: str) -> bool:
    """True when someone titled ``titles`` holds a post of the role's kind (any post for a plain role)."""
    kinds, _ = _kinds(re.sub(r"^Who is |\?$", "", role_prompt))
    theirs, _ = _kinds(titles)
    return not kinds or bool(kinds & theirs)


def comparable(role_prompt: str, wrong: list[str], article_text: str) -> list[str]:
    """Distractors for "Who is the <role>?" the article presents in a comparable capacity: no head of state
    or government for another post, no journalist or spokesperson for an office, no politician for a post
    outside politics, and only members of the party the role names ("Tory leader"), when it names one."""
    role = re.sub(r"^Who is (?:the )?|\?$", "", role_prompt)
    kinds, parties = _kinds(role)
    # A foreign post ("Japanese Defence Minister") among the article's own country's people; "U.S." and
    # "British" posts are the home posts of these news sources, held beside other home officials.
    nation = next((w for w in re.findall(r"\b[A-Z][a-z]+(?:ese|ian|ish|an|i|ch)(?=\s)", role)
                   if not _PARTY.fullmatch(w) and w not in ("American", "British", "English")), None)
    out = []
    for name in wrong:
        theirs, their_parties = _kinds(role_titles(name, article_text))
        if name in HEADS_OF_GOVERNMENT:
            theirs.add("head")  # "Republican Donald Trump won the White House": a president all the same
        if "head" in theirs - kinds or "press" in theirs - kinds:
            continue
        if "political" in theirs and "political" not in kinds and "press" not in kinds:
            continue
        if parties and not parties & their_parties:
            continue  # "Who is the Tory spokesman?": only people the article places in that party
        if nation and not re.search(rf"\b{re.escape(nation)}\b", role_titles(name, article_text)):
            continue  # "Who is the Japanese Defence Minister?": a U.S. general's name gives the key away
        foreign = {w for w in re.findall(r"\b[A-Z][a-z]+(?:ese|ian|ish|an|i|ch)(?=\s)", role_titles(name, article_text))
                   if not _PARTY.fullmatch(w) and w not in ("American", "British", "English")}
        if foreign - {nation}:
            continue  # "Who is the U.S. Vice President?" never offers "Iranian Foreign Minister Zarif"
        out.append(name)
    return out
