"""Parse quantities ("nearly $1 billion", "about one-fifth", "52%") and make
wrong answers of the same form: same hedge, unit, scale and rounding."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

HEDGES = ("more than", "less than", "fewer than", "up to", "at least", "as many as", "about",
          "around", "nearly", "almost", "roughly", "some", "over", "under", "approximately", "just over",
          "just under", "an estimated")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}
_WORD_OF = {v: k for k, v in _WORDS.items() if k not in ("hundred", "dozen")}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
FRACTIONS = [("one-tenth", "a tenth", 0.1), ("one-fifth", "a fifth", 0.2), ("one-quarter", "a quarter", 0.25),
             ("one-third", "a third", 1 / 3), ("one-half", "half", 0.5), ("two-thirds", "two-thirds", 2 / 3),
             ("three-quarters", "three-quarters", 0.75)]

_NUM_RE = re.compile(
    r"^(?P<hedge>(?:" + "|".join(HEDGES) + r")\s+)?(?P<cur>[$£€])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)"
    r"(?P<sp>\s?)(?P<scale>thousand|million|billion|trillion|bn|m|k)?(?P<pct>%|\s?per ?cent)?$", re.I)


@dataclass(frozen=True)
class Quantity:
    """A parsed quantity and the pieces needed to write another one like it."""

    kind: str          # COUNT, MONEY, PERCENT, SHARE or YEAR
    value: float
    hedge: str = ""
    currency: str = ""
    scale: str = ""
    sp: str = ""
    pct: str = ""
    style: str = "digits"   # digits, commas, words, decimal:N, frac-hyphen, frac-article

    def render(self, value: float) -> str | None:
        """Write ``value`` in this quantity's form, or None when it can't be."""
        if self.kind == "SHARE":
            for hyph, art, v in FRACTIONS:
                if abs(v - value) < 1e-6:
                    text = hyph if self.style == "frac-hyphen" else art
                    return f"{self.hedge}{text}"
            return None
        if self.kind == "YEAR":
            return str(int(value))
        if self.style == "words":
            word = _WORD_OF.get(int(value))
            if word is None or value != int(value):
                return None
            number = word
        elif self.style.startswith("decimal"):
            number = f"{value:.{int(self.style.split(':')[1])}f}"
            number = number[:-2] if number.endswith(".0") else number
        elif self.style == "commas":
            number = f"{int(round(value)):,}"
        else:
            number = f"{int(round(value)):,}" if value >= 1000 else str(int(round(value)))
        return f"{self.hedge}{self.currency}{number}{self.sp}{self.scale}{self.pct}"


def parse_quantity(text: str, label: str) -> Quantity | None:
    """Parse an entity's text as a quantity, or None when it is not a simple one."""
    text = text.strip()
    low = text.lower()
    for hedge in ("",) + HEDGES:
        rest = low[len(hedge):].strip() if hedge and low.startswith(hedge + " ") else (low if not hedge else None)
        if rest is None:
            continue
        for hyph, art, v in FRACTIONS:
            if rest in (hyph, art):
                return Quantity("SHARE", v, hedge=text[: len(text) - len(rest)], style="frac-hyphen" if rest == hyph else "frac-article")
    if label == "DATE":
        return Quantity("YEAR", float(text)) if re.fullmatch(r"(1[89]|20)\d\d", text) else None
    m = _NUM_RE.match(text)
    if not m:
        return None
    raw = m.group("num")
    if raw.lower() in _WORDS:
        value, style = float(_WORDS[raw.lower()]), "words"
    elif re.fullmatch(r"[\d,.]+", raw):
        value = float(raw.replace(",", ""))
        style = "commas" if "," in raw else (f"decimal:{len(raw.split('.')[1])}" if "." in raw else "digits")
    else:
        return None
    pct = m.group("pct") or ""
    kind = "PERCENT" if pct else "MONEY" if m.group("cur") else "COUNT"
    if kind == "COUNT" and label not in ("CARDINAL", "QUANTITY"):
        return None
    hedge = m.group("hedge") or ""
    return Quantity(kind, value, hedge=text[: len(hedge)], currency=m.group("cur") or "",
                    scale=m.group("scale") or "", sp=m.group("sp") or "", pct=pct, style=style)


def _round_like(value: float, key: float, style: str) -> float:
    if style.startswith("decimal"):
        return round(value, int(style.split(":")[1]))
    digits = len(str(int(key))) - len(str(int(key)).rstrip("0")) if key >= 10 else 0
    step = 10 ** digits
    return max(step, round(value / step) * step)


# Three other values with the key smallest, second, third or largest; all >20% apart.
_LADDERS = ((1.5, 2, 3), (0.5, 1.5, 2), (0.3, 0.6, 1.5), (0.25, 0.5, 0.75))


def wrong_values(q: Quantity, avoid: set[float] = frozenset(), count: int = 4) -> list[str]:
    """Return up to ``count`` renderings of other values, none within ~20% of the key or of each other."""
    if q.kind == "SHARE":
        options = sorted((v for _, _, v in FRACTIONS), key=lambda v: abs(v - q.value))
        values = [v for v in options if abs(v - q.value) / q.value > 0.24]
    elif q.kind == "YEAR":
        values = [q.value + d for d in (-2, 2, -4, 4, -6, 6, -1, 1)]
    else:
        # The key must not always sit second (0.5x, 1.5x, 2x): where it falls among the choices
        # varies with the number itself, and the rest of the ladder fills any gap rounding leaves.
        ladder = _LADDERS[zlib.crc32(f"{q.value:.6g}".encode()) % len(_LADDERS)]
        factors = ladder + tuple(f for f in (0.5, 2, 1.5, 0.3, 3, 0.7, 4) if f not in ladder)
        values = [_round_like(q.value * f, q.value, q.style) for f in factors]
        if q.kind == "PERCENT":
            values = [v for v in values if 0 < v <= 100]
    out: list[str] = []
    chosen: list[float] = [q.value]
    for v in values:
        if v in avoid or v <= 0:
            continue
        gap = 0 if q.kind == "YEAR" else 0.2
        if any(abs(v - c) <= gap * max(v, c) or v == c for c in chosen):
            continue
        text = q.render(v)
        if text and text not in out:
            out.append(text)
            chosen.append(v)
        if len(out) >= count:
            break
    return out
