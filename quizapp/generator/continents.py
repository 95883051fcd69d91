"""Which part of the world a country lies in, from CLDR's time zones (via Babel), so a question about
"African countries" is given African countries to choose from."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from .gazetteer import ALIASES_OF, COUNTRIES

# Names the articles use that CLDR spells otherwise.
_OTHER_NAMES = {"Britain": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB", "Turkey": "TR",
                "Ivory Coast": "CI", "Czech Republic": "CZ", "Burma": "MM", "Holland": "NL", "Russia": "RU"}
# What a stem may call a part of the world, and the time-zone area that holds it.
_WORDS = {"africa": "Africa", "african": "Africa", "europe": "Europe", "european": "Europe", "asia": "Asia",
          "asian": "Asia", "latin america": "America", "latin american": "America", "south america": "America",
          "south american": "America", "north america": "America", "north american": "America"}


@cache
def _areas() -> dict[str, str]:
    """English country name -> time-zone area ("Africa", "Europe", "Asia", "America", ...)."""
    zones = get_global("territory_zones")
    codes = {name: code for code, name in Locale("en").territories.items() if code.isalpha()}
    codes.update(_OTHER_NAMES)
    return {name: area for name, code in codes.items() if (area := _main_area(zones.get(code, ())))}


def _main_area(zones) -> str | None:
    """The area most of a country's zones lie in, oceans' islands aside; a tie goes to Europe
    (Spain's "Africa/Ceuta" and "Europe/Madrid")."""
    areas = [z.split("/")[0] for z in zones if z.split("/")[0] not in ("Atlantic", "Indian", "Pacific", "Etc")]
    if not areas:
        return None
    return max(sorted(set(areas)), key=lambda a: (areas.count(a), a == "Europe"))


def continent(country: str) -> str | None:
    """The part of the world ``country`` lies in ("Nigeria" -> "Africa"), or None when unknown."""
    return _areas().get(ALIASES_OF.get(country, country))


def named_continent(text: str) -> str | None:
    """The part of the world a question names ("... African countries ...", "... in Europe"), or None."""
    # "South Africa" and "the Central African Republic" are countries, not the continent.
    found = re.search(r"\b(?:latin|south|north) americ(?:a|an)\b|(?<!South )(?<!Central )\b(?:africa|european|europe|asia)n?\b"
                      r"(?! Republic)", text, re.I)
    return _WORDS.get(found.group(0).lower()) if found else None


def same_continent(prompt: str, key: str, wrong: list[str], text: str) -> list[str]:
    """Country distractors for a stem that names a part of the world the key lies in: only countries
    there, topped up in alphabetical order from the gazetteer's (none the articles name)."""
    area = named_continent(prompt)
    if area is None or continent(key) != area:
        return wrong
    kept = [w for w in wrong if continent(w) == area]
    if len(kept) < 3:
        kept += sorted(name for name in COUNTRIES if continent(name) == area and " " not in name
                       and name not in text and name not in kept and name != key)[:3 - len(kept)]
    return kept
