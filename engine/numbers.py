"""Amounts, percentages and periods in Dutch (and English) legal language.

``quantities`` reads the numbers a provision sets ("ten hoogste € 5.000.000", "binnen vijf
werkdagen", "ten minste 10 procent van de jaaromzet") so they can be held against the parameters
of an EU obligation. Units follow the rulebook's parameter vocabulary (``model.Unit``); the
direction of a bound ("ten hoogste", "meer dan", ...) follows ``model.Direction``.

Reading conventions:

* Dutch separators first: "." groups thousands and "," is the decimal mark ("€ 10.000" is ten
  thousand, "1,5 miljoen" one and a half million). Spaces group thousands too ("EUR 10 000").
  A dot followed by anything but groups of three digits ("1.5") is a decimal point; commas are
  only read as thousands separators when they group at least twice ("1,000,000") or precede a
  decimal point ("1,000.50"). A lone "1,000" is therefore one, not a thousand.
* A bare number is only a quantity when a unit follows it (or "€"/"EUR" precedes it), when a
  countable noun follows it ("50 werknemers", unit "count"), or when a bound precedes it
  ("meer dan 50", unit "count"). Dates, years and article, paragraph or act numbers are skipped.
* Weeks are not a rulebook unit: "zes weken" is read as 42 days (the text keeps "zes weken").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Bound", "Quantity", "bound_before", "bound_of", "compare", "quantities"]

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in a text (``text == source[start:end]``)."""

    value: float
    unit: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Bound:
    """The words before a quantity that make it a limit: ``direction`` as in ``model.Direction``."""

    direction: str
    text: str


# ---------------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------------

_NL_UNITS = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_NL_TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_NL_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
_NL_SCALES = (("miljard", 10**9), ("miljoen", 10**6), ("duizend", 1000), ("honderd", 100))

_EN_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_ABBREVIATED_SCALES = {"mln": 10**6, "mld": 10**9, "mrd": 10**9}

# Number words that are mostly something else (the article "een", Dutch "ten hoogste", "ten
# behoeve van"): a quantity only when a unit follows ("een jaar", "ten days").
_AMBIGUOUS_WORDS = frozenset({"een", "ten"})
_SCALES = frozenset({100, 1000, 10**6, 10**9})


def _fold(word: str) -> str:
    """Lower case without accents: "Één" -> "een", "tweeëntwintig" -> "tweeentwintig"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _nl_below_100(word: str) -> int | None:
    for table in (_NL_UNITS, _NL_TEENS, _NL_TENS):
        if word in table:
            return table[word]
    for unit, u in _NL_UNITS.items():
        if word.startswith(unit + "en") and word[len(unit) + 2 :] in _NL_TENS:
            return u + _NL_TENS[word[len(unit) + 2 :]]
    return None


def _nl_word(word: str, scales: tuple[tuple[str, int], ...] = _NL_SCALES) -> int | None:
    """The value of one Dutch number word ("vijfentwintig", "honderdtwintig", "tienduizend")."""
    if not word:
        return None
    for index, (name, scale) in enumerate(scales):
        at = word.find(name)
        if at < 0:
            continue
        lower = scales[index + 1 :]
        head, tail = word[:at], word[at + len(name) :]
        multiplier = 1 if not head else _nl_word(head, lower)
        if multiplier is None or multiplier * scale >= scale * 1000:
            return None
        if tail.startswith("en") and _nl_word(tail[2:], lower) is not None:
            tail = tail[2:]  # "honderdeneen"
        rest = 0 if not tail else _nl_word(tail, lower)
        if rest is None or rest >= scale:
            return None
        return multiplier * scale + rest
    return _nl_below_100(word)


def _en_word(word: str) -> int | None:
    """The value of one English number word, hyphenated tens included ("twenty-five")."""
    if word in _EN_SMALL:
        return _EN_SMALL[word]
    if word in _EN_SCALES:
        return _EN_SCALES[word]
    tens, dash, unit = word.partition("-")
    if dash and tens in _EN_SMALL and unit in _EN_SMALL:
        t, u = _EN_SMALL[tens], _EN_SMALL[unit]
        if t >= 20 and t % 10 == 0 and u < 10:
            return t + u
    return None


def _word_value(word: str) -> int | None:
    folded = _fold(word)
    if folded in _ABBREVIATED_SCALES:
        return _ABBREVIATED_SCALES[folded]
    value = _en_word(folded)
    return value if value is not None else _nl_word(folded)


class _Accumulator:
    """Combines number tokens ("vijf" "miljoen", "one" "hundred" "and" "twenty") into one value."""

    def __init__(self, first: Decimal) -> None:
        self.total = Decimal(0)
        self.current = first
        self.last_scale = 10**12
        self.tokens = 1

    def add(self, value: int) -> bool:
        """Add the next token's value; False (and no change) when it cannot continue the number."""
        current = self.current
        if value in (1000, 10**6, 10**9):
            if value >= self.last_scale:
                return False
            self.total += (current or Decimal(1)) * value
            self.current = Decimal(0)
            self.last_scale = value
        elif value == 100:
            if current >= 100 or current != int(current):
                return False
            self.current = (current or Decimal(1)) * 100
        elif value < 100:
            tail = current % 100
            if current and not (
                (tail == 0 and current >= 100)
                or (20 <= tail < 100 and tail % 10 == 0 and value < 10)
            ):
                return False
            self.current = current + value
        else:
            if current:
                return False
            self.current = Decimal(value)
        self.tokens += 1
        return True

    @property
    def value(self) -> Decimal:
        return self.total + self.current


# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

_DIGITS = re.compile(
    r"""
    (?<![\w./\-:,])
    (?:
        (?P<dotted>[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?)             # 10.000 / 1.500,50
      | (?P<spaced>[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?)  # 10 000 000
      | (?P<commas>[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?            # 1,000,000
                  |[1-9]\d{0,2}(?:,\d{3})+\.\d+)                   # 1,000.50
      | (?P<plain>\d+(?:[.,]\d+)?)                                 # 10 / 1,5 / 1.5
    )
    (?![\w/\-]|[.,]\d)
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"(?<![\w\-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w\-])")
_NEXT_WORD = re.compile(
    r"(?:[ \t\u00a0\u202f]*\n)?[ \t\u00a0\u202f]*([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w\-])"
)

_UNITS: tuple[tuple[str, str, int], ...] = (
    # (pattern, unit, factor)
    (r"werkdag(?:en)?|arbeidsdag(?:en)?|working[ -]days?|business[ -]days?", "working_days", 1),
    (r"kalenderdag(?:en)?|dag(?:en)?|etmaal|etmalen|calendar[ -]days?|days?", "days", 1),
    (r"we(?:e)?k(?:en)?|kalenderweken|weeks?", "days", 7),
    (r"uur|uren|hours?", "hours", 1),
    (r"kalendermaand(?:en)?|maand(?:en)?|calendar[ -]months?|months?", "months", 1),
    (r"kalenderja(?:ar|ren)|ja(?:ar|ren)|calendar[ -]years?|years?", "years", 1),
    (r"%|procent|percent|per[ -]cent|pct\.?", "percent", 1),
    (r"euro(?:'s)?|eur|€", "EUR", 1),
)
_UNIT = re.compile(
    r"[ \t\u00a0\u202f]*(?:"
    + "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _, _) in enumerate(_UNITS))
    + r")(?!\w)",
    re.IGNORECASE,
)
_EUR_GROUP = f"u{len(_UNITS) - 1}"
_CURRENCY_BEFORE = re.compile(r"(?:€|(?<![\w])EUR)[ \t\u00a0\u202f]*$", re.IGNORECASE)
_DASHES_AFTER = re.compile(",(?:-{1,2}|\u2013|\u2014)")  # ",-", ",--", en or em dash

_COUNT_NOUNS = re.compile(
    r"[ \t\u00a0\u202f]+(?:"
    r"personen|persoon|werknemers?|medewerkers?|leden|transacties?|instellingen|lidstaten"
    r"|lidsta(?:at|ten)|cli[eë]nten|klanten|keer|maal|gevallen|bestuurders|aandeelhouders"
    r"|aandel(?:en)?|aandeel|meldingen|vestigingen|ondernemingen"
    r"|persons|people|employees|members|transactions|institutions|member[ -]states"
    r"|customers|clients|times|cases|directors|shareholders|shares|reports|undertakings"
    r")(?!\w)",
    re.IGNORECASE,
)
_MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "august",
        "october",
    ]
)
_REFERENCE_BEFORE = re.compile(
    r"(?<!\w)(?:artikel|artikelen|art\.|lid|onderdeel|onderdelen|hoofdstuk|hoofdstukken"
    r"|afdeling|paragraaf|bijlage|titel|boek|nr\.|nummer|nummers|stb\.|stcrt\.|kamerstukken"
    r"|richtlijn|verordening|besluit|article|articles|paragraph|paragraphs|point|points|annex"
    r"|chapter|section|title|no\.|directive|regulation|decision)(?!\w)[^.;:\n]*$",
    re.IGNORECASE,
)

_BOUND_PHRASES: dict[str, tuple[str, ...]] = {
    "at_most": (
        "ten hoogste",
        "tenhoogste",
        "maximaal",
        "max.",
        "hoogstens",
        "op zijn hoogst",
        "op z'n hoogst",
        "niet meer dan",
        "niet langer dan",
        "niet hoger dan",
        "niet boven",
        "met een maximum van",
        "maximum van",
        "tot en met",
        "tot",
        "binnen",
        "uiterlijk",
        "at most",
        "up to",
        "not exceeding",
        "not more than",
        "no more than",
        "not longer than",
        "no longer than",
        "not higher than",
        "no higher than",
        "a maximum of",
        "maximum of",
        "within",
        "no later than",
    ),
    "at_least": (
        "ten minste",
        "tenminste",
        "minimaal",
        "min.",
        "minstens",
        "op zijn minst",
        "op z'n minst",
        "niet minder dan",
        "niet korter dan",
        "niet lager dan",
        "niet onder",
        "met een minimum van",
        "minimum van",
        "vanaf",
        "at least",
        "not less than",
        "no less than",
        "not fewer than",
        "no fewer than",
        "not shorter than",
        "no shorter than",
        "not lower than",
        "no lower than",
        "a minimum of",
        "minimum of",
    ),
    "below": (
        "minder dan",
        "lager dan",
        "korter dan",
        "onder",
        "beneden",
        "less than",
        "fewer than",
        "lower than",
        "shorter than",
        "below",
        "under",
    ),
    "above": (
        "meer dan",
        "hoger dan",
        "langer dan",
        "groter dan",
        "boven",
        "meer bedraagt dan",
        "more than",
        "higher than",
        "longer than",
        "greater than",
        "in excess of",
        "exceeding",
        "above",
    ),
}
_DIRECTION_OF = {
    phrase: direction for direction, phrases in _BOUND_PHRASES.items() for phrase in phrases
}
# Words allowed between a bound and its number: "ten hoogste een bedrag van € 5.000".
_FILLERS = (
    "een|de|het|van|bedrag|termijn|periode|duur|totaal|in|a|an|the|of|amount|sum|period|total"
)
_BOUND = re.compile(
    r"(?<![\w'])(?P<phrase>"
    + "|".join(re.escape(p) for p in sorted(_DIRECTION_OF, key=len, reverse=True))
    + rf")(?:\s+(?:{_FILLERS}))*\s*$",
    re.IGNORECASE,
)
_LOOKBACK = 80


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def _digits_value(match: re.Match[str]) -> Decimal:
    raw = match.group(0)
    if match.group("dotted"):
        return Decimal(raw.replace(".", "").replace(",", "."))
    if match.group("spaced"):
        return Decimal(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))
    if match.group("commas"):
        return Decimal(raw.replace(",", ""))
    return Decimal(raw.replace(",", "."))


@dataclass
class _Number:
    start: int
    end: int
    value: Decimal
    from_word: bool
    first_word: str
    extended: bool = False


def _extend(text: str, number: _Number, words_allowed: bool) -> None:
    """Extend a number over following number words and scales ("1,5 miljoen", "twenty five")."""
    acc = _Accumulator(number.value)
    while True:
        match = _NEXT_WORD.match(text, number.end)
        if match is None:
            break
        folded, end = _fold(match.group(1)), match.end()
        if folded in _ABBREVIATED_SCALES and text.startswith(".", end):
            end += 1  # "mln."
        if folded == "and" and words_allowed:  # "one hundred and twenty"
            after = _NEXT_WORD.match(text, end)
            following = None if after is None else _word_value(after.group(1))
            if after is None or following is None or following in _SCALES:
                break
            if not acc.add(following):
                break
            number.end = after.end()
            continue
        value = _word_value(folded)
        if value is None or not (words_allowed or value in _SCALES) or not acc.add(value):
            break
        number.end = end
        number.extended = True
    number.value = acc.value


def _numbers(text: str) -> list[_Number]:
    found: list[_Number] = []
    for match in _DIGITS.finditer(text):
        found.append(_Number(match.start(), match.end(), _digits_value(match), False, ""))
    for match in _WORD.finditer(text):
        value = _word_value(match.group(0))
        if value is not None and _fold(match.group(0)) not in _ABBREVIATED_SCALES:
            found.append(_Number(match.start(), match.end(), Decimal(value), True, match.group(0)))
    found.sort(key=lambda n: n.start)
    result: list[_Number] = []
    consumed = 0
    for number in found:
        if number.start < consumed:
            continue
        _extend(text, number, words_allowed=number.from_word)
        consumed = number.end
        result.append(number)
    return result


def _word_after(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end)
    return _fold(match.group(1).rstrip(".")) if match else ""


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([^\W\d_]+)\.?[ \t\u00a0\u202f]*$", text[max(0, start - 30) : start])
    return _fold(match.group(1)) if match else ""


def _is_date(text: str, number: _Number) -> bool:
    return not number.from_word and (
        _word_after(text, number.end) in _MONTHS or _word_before(text, number.start) in _MONTHS
    )


def _quantity(text: str, number: _Number) -> Quantity | None:
    start, end, value = number.start, number.end, number.value
    currency = _CURRENCY_BEFORE.search(text, max(0, start - 8), start)
    if currency is not None:
        dashes = _DASHES_AFTER.match(text, end)
        suffix = _UNIT.match(text, dashes.end() if dashes else end)
        if suffix is not None and suffix.group(_EUR_GROUP):
            end = suffix.end()  # "€ 10.000 euro"
        elif dashes is not None:
            end = dashes.end()
        return Quantity(float(value), "EUR", text[currency.start() : end], currency.start(), end)
    unit = _UNIT.match(text, end)
    if unit is not None:
        for i, (_, name, factor) in enumerate(_UNITS):
            if unit.group(f"u{i}"):
                end = unit.end()
                if name == "EUR":
                    dashes = _DASHES_AFTER.match(text, end)
                    end = dashes.end() if dashes else end
                return Quantity(float(value * factor), name, text[start:end], start, end)
    if number.first_word.lower() in _AMBIGUOUS_WORDS and not number.extended:
        return None
    noun = _COUNT_NOUNS.match(text, end)
    if noun is not None:
        end = noun.end()
        return Quantity(float(value), "count", text[start:end], start, end)
    if _REFERENCE_BEFORE.search(text, max(0, start - 40), start):
        return None
    if not number.from_word and value == int(value) and 1800 <= value <= 2199:
        return None  # a year ("vanaf 2027")
    quantity = Quantity(float(value), "count", text[start:end], start, end)
    return quantity if bound_of(text, quantity) is not None else None


def quantities(text: str) -> list[Quantity]:
    """All amounts, percentages, periods and bounded counts in ``text``, in order."""
    found: list[Quantity] = []
    for number in _numbers(text):
        if _is_date(text, number):
            continue
        quantity = _quantity(text, number)
        if quantity is not None and (not found or quantity.start >= found[-1].end):
            found.append(quantity)
    return found


def bound_of(text: str, q: Quantity) -> Bound | None:
    """The bound the words just before ``q`` express, with the words themselves."""
    before = text[max(0, q.start - _LOOKBACK) : q.start]
    match = _BOUND.search(before)
    if match is None:
        return None
    phrase = match.group("phrase")
    return Bound(_DIRECTION_OF[phrase.lower()], phrase)


def bound_before(text: str, q: Quantity) -> str | None:
    """The direction ("at_most", "at_least", "below", "above") the words before ``q`` express."""
    bound = bound_of(text, q)
    return bound.direction if bound is not None else None


# ---------------------------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------------------------

_DIRECTIONS = frozenset({"at_most", "at_least", "exactly", "below", "above"})
# A strict bound sits just beside its number: "below 10" is 10 - ε, "above 10" is 10 + ε.
_OFFSET = {"below": -1, "above": 1, "at_most": 0, "at_least": 0, "exactly": 0}


def compare(value: float, direction: str | None, required: float, required_direction: str) -> str:
    """Hold a national value against an EU parameter: "ok", "too_high", "too_low" or "different".

    ``direction`` is how the national text bounds its value (None or "exactly" when it does
    not); a strict national bound counts as just beside its number, so "minder dan 10" meets
    an EU maximum "below 10" and "meer dan 10 000" misses an EU threshold of at most 10 000.
    ``required_direction`` says how the national value must relate to ``required``.
    """
    national = direction or "exactly"
    if national not in _DIRECTIONS or required_direction not in _DIRECTIONS:
        raise ValueError(f"unknown direction: {national!r} / {required_direction!r}")
    have = (value, _OFFSET[national])
    if required_direction == "exactly":
        return "ok" if have == (required, 0) else "different"
    if required_direction in ("at_most", "below"):
        limit = (required, 0 if required_direction == "at_most" else -1)
        return "ok" if have <= limit else "too_high"
    limit = (required, 0 if required_direction == "at_least" else 1)
    return "ok" if have >= limit else "too_low"
