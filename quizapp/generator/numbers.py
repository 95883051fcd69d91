"""Parse quantities ("nearly $1 billion", "about one-fifth", "52%", "7 June", "October") and make
wrong answers of the same form: same hedge, unit, scale and rounding; a date keeps its spelling."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta

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

    kind: str          # COUNT, MONEY, PERCENT, SHARE, YEAR, DATE (value: day of the year) or MONTH (1-12)
    value: float
    hedge: str = ""
    currency: str = ""
    scale: str = ""
    sp: str = ""
    pct: str = ""
    style: str = "digits"   # digits, commas, words, decimal:N, frac-hyphen, frac-article; DATE/MONTH: form|template
    # DATE/MONTH: values the article uses elsewhere, poor distractors (not part of the quantity's identity).
    taken: frozenset = field(default=frozenset(), compare=False, repr=False)

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
        if self.kind in ("DATE", "MONTH"):
            return _render_calendar(self, value)
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
        year = re.fullmatch(r"(1[89]|20)\d\d", text)
        return Quantity("YEAR", float(text)) if year else _parse_calendar(text)
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
# Irregular steps: with 0.5x/1.5x/2x/3x a test-wise student spots the key as the base of the
# multiples (82 -> 123/164/246).
_LADDERS = ((1.3, 1.75, 2.4), (0.55, 1.35, 1.8), (0.4, 0.7, 1.45), (0.3, 0.5, 0.75))


def count_ceiling(rest: str) -> float:
    """The most there can be of what a count counts, given the words after the number ("42 states": 50),
    or infinity."""
    for pattern, most in ((r"(?:U\.S\. |US |American )?states\b", 50), (r"continents\b", 7), (r"months of\b", 12),
                          (r"days of the week\b", 7)):
        if re.match(r"\s+" + pattern, rest):
            return most
    return float("inf")


def wrong_values(q: Quantity, avoid: set[float] = frozenset(), count: int = 4) -> list[str]:
    """Return up to ``count`` renderings of other values, none within ~20% of the key or of each other."""
    if q.kind in ("DATE", "MONTH"):
        return _calendar_wrong(q, avoid, count)
    if q.kind == "SHARE":
        options = sorted((v for _, _, v in FRACTIONS), key=lambda v: abs(v - q.value))
        values = [v for v in options if abs(v - q.value) / q.value > 0.24]
    elif q.kind == "YEAR":
        values = [q.value + d for d in (-2, 2, -4, 4, -6, 6, -1, 1)]
    else:
        # The key must not always sit second (0.5x, 1.5x, 2x): where it falls among the choices
        # varies with the number itself, and the rest of the ladder fills any gap rounding leaves.
        ladder = _LADDERS[zlib.crc32(f"{q.value:.6g}".encode()) % len(_LADDERS)]
        factors = ladder + tuple(f for f in (0.6, 1.6, 2.2, 0.35, 2.9, 0.45, 3.6, 0.25, 0.15) if f not in ladder)
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


# ---- Dates ("7 June", "Dec. 18", "December 6, 2023") and months ("October", "March 2019") ----

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# AP style abbreviates only these, with a dot ("Sept."); March to July are always written out.
_AP = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
_MONTH_NO = {**{m.lower(): n for n, m in enumerate(MONTHS, 1)}, **{m[:3].lower(): n for n, m in enumerate(MONTHS, 1)},
             "sept": 9}
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
_MON = r"(?P<mon>[A-Z][a-z]{2,8})(?P<dot>\.?)"
_DAY = r"(?P<day>[0-9]{1,2}(?:st|nd|rd|th)?)"
_YEAR = r"(?P<year>,? (?:1[89]|20)[0-9][0-9])?"
_DATE_RES = (re.compile(f"{_WEEKDAY}{_DAY} {_MON}{_YEAR}"), re.compile(f"{_WEEKDAY}{_MON} {_DAY}{_YEAR}"))
_MONTH_RE = re.compile(f"{_MON}(?P<year> (?:1[89]|20)[0-9][0-9])?")
_NO_YEAR = 2001  # a common year: a date written without its year is never moved onto 29 February


def _parse_calendar(text: str) -> Quantity | None:
    """A day and month ("7 June", "Dec. 18", "Thursday, June 7, 2018") as DATE, a month ("October",
    "March 2019") as MONTH; the written form is kept in ``style`` as "form|template"."""
    for pattern in _DATE_RES:
        m = pattern.fullmatch(text)
        form = _month_form(m) if m else None
        if form is None:
            continue
        year = int(m.group("year").lstrip(", ")) if m.group("year") else _NO_YEAR
        try:
            day = date(year, _MONTH_NO[m.group("mon").lower()], int(m.group("day").rstrip("stndrh")))
        except ValueError:
            return None  # "30 February", "29 February" without a year
        # Every literal piece (weekday, order, comma, year) stays; a whole-week move keeps the weekday true.
        ordinal = "{th}" if not m.group("day").isdigit() else ""
        return Quantity("DATE", float(day.timetuple().tm_yday), style=f"{form}|" + _template(
            text, [(m.start("mon"), m.end("dot"), "{m}"), (m.start("day"), m.end("day"), "{d}" + ordinal)]))
    m = _MONTH_RE.fullmatch(text)
    form = _month_form(m) if m else None
    if form is None:
        return None
    return Quantity("MONTH", float(_MONTH_NO[m.group("mon").lower()]), style=f"{form}|{{m}}{m.group('year') or ''}")


def calendar_taken(kind: str, dates, text: str) -> frozenset:
    """Values of ``kind`` (DATE or MONTH) that a text uses, given its date entities' texts: poor
    distractors, since another event of the article happened then. A month counts when named anywhere."""
    if kind == "MONTH":
        return frozenset(float(n) for n, m in enumerate(MONTHS, 1) if re.search(rf"\b{m}\b", text))
    found = (_parse_calendar(d) for d in dates)
    return frozenset(q.value for q in found if q is not None and q.kind == "DATE")


def _month_form(m) -> str | None:
    """How the month is spelt: "full" ("June"), "ap" ("Dec.", "Sept."), "abbr" ("Dec") or "abbr." ("Mar.")."""
    word, dot = m.group("mon"), m.group("dot")
    n = _MONTH_NO.get(word.lower())
    if n is None or len(word) > 4 and word != MONTHS[n - 1] or word == "Sept" and not dot:
        return None  # "Junes", "Augus": not a month; a bare "Sept" is too rare to copy
    if word == MONTHS[n - 1]:
        return None if dot else "full"  # "June." is a sentence end swallowed, not an abbreviation
    if dot and _AP.get(n) == word + dot:
        return "ap"
    return "abbr." if dot else "abbr"


def _template(text: str, spans) -> str:
    for start, end, slot in sorted(spans, reverse=True):
        text = text[:start] + slot + text[end:]
    return text


def _month_name(n: int, form: str) -> str:
    full = MONTHS[n - 1]
    if form == "ap":
        return _AP.get(n, full)
    if form.startswith("abbr") and full != "May":
        return full[:3] + form[4:]
    return full


def _render_calendar(q: Quantity, value: float) -> str | None:
    form, template = q.style.split("|", 1)
    year = re.search(r"(?:1[89]|20)[0-9][0-9]$", template)
    if q.kind == "MONTH":
        if value != int(value) or year and not 1 <= value <= 12:
            return None  # "March 2019" moves within 2019; a bare month may wrap round the year
        return template.format(m=_month_name((int(value) - 1) % 12 + 1, form))
    ref = int(year.group(0)) if year else _NO_YEAR
    start = date(ref, 1, 1)
    if value != int(value) or not 1 <= value <= (date(ref + 1, 1, 1) - start).days:
        return None  # never into another year: the year written (or implied) would be wrong
    day = start + timedelta(days=int(value) - 1)
    suffix = "th" if day.day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return template.format(m=_month_name(day.month, form), d=day.day, th=suffix)


# Whole-week moves with the key first, second, third or last in time; then the rest.
_WEEK_LADDERS = ((1, 2, 3), (-1, 1, 2), (-2, -1, 1), (-3, -2, -1))
_MONTH_LADDERS = ((2, 3, 5), (-3, 2, 4), (-4, -2, 3), (-5, -3, -2))


def _calendar_wrong(q: Quantity, avoid, count: int) -> list[str]:
    """Other dates a whole number of weeks away (±7, ±14, ±21, ±28 days), or other months 2 to 5
    away, in the key's spelling; a value the article uses elsewhere only when nothing else is left."""
    if q.kind == "DATE":
        ladder, step, spread = _WEEK_LADDERS, 7, (1, -1, 2, -2, 3, -3, 4, -4)
    else:
        ladder, step, spread = _MONTH_LADDERS, 1, (2, -2, 3, -3, 4, -4, 5, -5)
    first = ladder[zlib.crc32(f"{q.kind}{q.value:.0f}".encode()) % len(ladder)]
    moves = first + tuple(k for k in spread if k not in first)
    values = [q.value + k * step for k in moves]
    if not re.search(r"[0-9]{4}$", q.style):
        # Without a written year the calendar wraps ("1 January" -> "25 December"), so the key
        # is not always the earliest or the latest choice.
        size = 12 if q.kind == "MONTH" else 365
        values = [(v - 1) % size + 1 for v in values]
        if re.search(r"day\b", q.style):  # "Thursday 22 February" -> "Thursday 1 March" is wrong in a leap year
            values = [v for v in values if (v >= 60) == (q.value >= 60) and abs(v - q.value) < 300]
    if q.kind == "DATE":
        # "Feb 3" among "Jan 13 | Jan 20 | Jan 27" stands out by its month: two choices share the key's month.
        month = _month_of(q.value)
        same = [v for v in values if _month_of(v) == month][:2]
        values = same + [v for v in values if v not in same]
    out: list[str] = []
    key = q.render(q.value)
    for late in (False, True):
        for v in values:
            if v in avoid or (v in q.taken) != late:
                continue
            text = q.render(v)
            if text and text != key and text not in out:
                out.append(text)
            if len(out) >= count:
                return out
    return out


def _month_of(day_of_year: float) -> int:
    return (date(2001, 1, 1) + timedelta(days=int(day_of_year) - 1)).month
