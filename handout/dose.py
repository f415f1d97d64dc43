"""Dose values and the parser for what a therapist types: "8-12", "1 min", "twice daily".

Two value types, both immutable:

- `Amount`: a number or a range with a unit. Counts (sets, reps) have no unit;
  times use "s", "min" or "h"; distances "m", "km" or "mile". A low end of
  None with a high end means "up to 12"; both None means "as many (or as
  long, or as far) as comfortable".
- `Frequency`: times a day and days a week, or the therapist's own words
  ("every hour while resting") kept exactly as typed.

`parse_amount(text, field)` and `parse_frequency(text)` either understand
the whole text exactly or raise `DoseError` with a message for the therapist
(what is wrong, what to type instead). Nothing is ever rounded, capped or
guessed: 10000 reps is refused with the limit; "1 m" in a hold is refused
(metres are not a time); "8-" is refused as unfinished. `amount_text` and
`frequency_text` give the short form the fields show and the files store,
and parse back to the same value.

The printed words ("3 sets × 8–12 reps") are built in `handout.phrases`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import ValidationError


class DoseError(ValidationError):
    """Typed dose text that cannot be used as it stands; the message says why."""


# ----------------------------------------------------------------- units

# unit -> (kind, seconds or metres per unit)
UNITS: dict[str, tuple[str, Decimal]] = {
    "": ("count", Decimal(1)),
    "s": ("time", Decimal(1)),
    "min": ("time", Decimal(60)),
    "h": ("time", Decimal(3600)),
    "m": ("distance", Decimal(1)),
    "km": ("distance", Decimal(1000)),
    "mile": ("distance", Decimal("1609.344")),
}

# What may be typed for each unit (after lower-casing).
UNIT_WORDS = {
    "s": ("s", "sec", "secs", "second", "seconds", "″", '"'),
    "min": ("min", "mins", "minute", "minutes", "′", "'"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "m": ("m", "metre", "metres", "meter", "meters"),
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "mile": ("mile", "miles", "mi"),
}
_UNIT_OF = {word: unit for unit, words in UNIT_WORDS.items() for word in words}
# Words that may follow a count and say nothing more ("10 reps", "3 sets").
COUNT_WORDS = {
    "sets": ("set", "sets"),
    "reps": ("rep", "reps", "repetition", "repetitions", "times", "x", "×"),
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
}


@dataclass(frozen=True)
class FieldRules:
    """What one dose field accepts."""

    label: str        # "reps", for messages
    kinds: tuple[str, ...]  # "count", "time", "distance"
    bare_unit: str    # the unit of a bare number ("" for counts, "s" for a hold), or None
    limits: dict[str, tuple[Decimal, Decimal]]  # kind -> (lowest, highest) in base units
    comfortable: bool = False  # "as many as comfortable" allowed
    example: str = ""


def _d(value: str | int) -> Decimal:
    return Decimal(value)


FIELDS: dict[str, FieldRules] = {
    "sets": FieldRules("sets", ("count",), "", {"count": (_d(1), _d(100))},
                       example="3, or a range like 2-3"),
    "reps": FieldRules("reps", ("count",), "", {"count": (_d(1), _d(1000))},
                       comfortable=True,
                       example="10, a range like 8-12, or \"as many as comfortable\""),
    "duration": FieldRules("time or distance", ("time", "distance"), None,
                           {"time": (_d(1), _d(8 * 3600)),
                            "distance": (_d(1), _d(100_000))},
                           comfortable=True,
                           example="10 min, 30 s, 1-2 min or 500 m"),
    "hold": FieldRules("hold", ("time",), "s", {"time": (_d(1), _d(3600))},
                       example="5 s, 30 s or 1 min"),
    "rest": FieldRules("rest", ("time",), "s", {"time": (_d(1), _d(3600))},
                       example="30 s or 1 min"),
}
# The one entry field that takes reps or a time or distance ("work"): see `parse_work`.
WORK_EXAMPLE = "10, 8-12, 30 s, 10 min, 500 m or \"as many as comfortable\""


# ---------------------------------------------------------------- Amount

@dataclass(frozen=True)
class Amount:
    """A number or a range with a unit. See the module docstring for the forms."""

    low: Decimal | None
    high: Decimal | None
    unit: str = ""

    @classmethod
    def exact(cls, value: int | str | Decimal, unit: str = "") -> "Amount":
        number = Decimal(value)
        return cls(number, number, unit)

    @classmethod
    def between(cls, low: int | str | Decimal, high: int | str | Decimal,
                unit: str = "") -> "Amount":
        return cls(Decimal(low), Decimal(high), unit)

    @classmethod
    def up_to(cls, high: int | str | Decimal, unit: str = "") -> "Amount":
        return cls(None, Decimal(high), unit)

    @classmethod
    def comfortable(cls, unit: str = "") -> "Amount":
        return cls(None, None, unit)

    @property
    def kind(self) -> str:
        return UNITS[self.unit][0]

    @property
    def is_comfortable(self) -> bool:
        return self.low is None and self.high is None

    @property
    def is_up_to(self) -> bool:
        return self.low is None and self.high is not None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high

    @property
    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high

    def middle(self) -> Decimal | None:
        """The middle of the range (the value itself when exact; None when open)."""
        if self.high is None:
            return None
        if self.low is None:
            return self.high
        return (self.low + self.high) / 2

    def in_base_units(self, value: Decimal) -> Decimal:
        """`value` (in this amount's unit) in seconds, metres or a plain count."""
        return value * UNITS[self.unit][1]

    def __str__(self) -> str:
        return amount_text(self)


def _number_text(value: Decimal) -> str:
    """`Decimal("1.50")` -> "1.5", `Decimal("10")` -> "10" (never "1E+1")."""
    text = format(value.normalize(), "f")
    return text


def amount_text(amount: Amount | None, field: str = "") -> str:
    """The short form a field shows and a file stores: "8-12", "1 min", "up to 20 m"."""
    if amount is None:
        return ""
    unit = f" {amount.unit}" if amount.unit else ""
    if amount.is_comfortable:
        return {"time": "as long as comfortable", "distance": "as far as comfortable"}.get(
            amount.kind, "as many as comfortable")
    if amount.is_up_to:
        return f"up to {_number_text(amount.high)}{unit}"
    if amount.is_exact:
        return f"{_number_text(amount.low)}{unit}"
    return f"{_number_text(amount.low)}-{_number_text(amount.high)}{unit}"


# ---------------------------------------------------------------- parsing

_NUMBER = r"(?:\d+(?:[.,]\d+)?|[.,]\d+|½|\d+½)"
_TOKEN = re.compile(rf"\s*(?:(?P<number>{_NUMBER})|(?P<word>[^\W\d_]+|[\"'′″×])"
                    r"|(?P<dash>-|–|—|‒)|(?P<other>\S))", re.UNICODE)
_COMFORTABLE = re.compile(
    r"^(?:as\s+(?P<what>many|much|long|far)(?:\s+(?:reps|repetitions|times))?\s+as\s+"
    r"(?:is\s+|feels\s+|you\s+find\s+)?(?:comfortable|tolerated)|"
    r"(?P<amap>amap|amrap))$", re.IGNORECASE)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= 40 else text[:37] + '...'}”"


def _to_decimal(token: str) -> Decimal:
    token = token.replace(",", ".")
    if token.endswith("½"):
        whole = token[:-1]
        return (Decimal(whole) if whole else Decimal(0)) + Decimal("0.5")
    if token.startswith("."):
        token = "0" + token
    try:
        return Decimal(token)
    except InvalidOperation:  # the pattern only lets numbers through; be safe anyway
        raise DoseError(f"{_quote(token)} is not a number") from None


@dataclass
class _Piece:
    number: Decimal
    unit: str | None  # None: no unit typed after this number


def _tokens(text: str) -> list[tuple[str, str]]:
    out = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break
        kind = match.lastgroup or "other"
        out.append((kind, match.group(kind)))
        position = match.end()
    return out


def _parse_pieces(text: str, rules: FieldRules, field: str) -> tuple[str, list[_Piece]]:
    """Split typed text into ("exact" | "range" | "up-to", numbers with their units)."""
    tokens = _tokens(text.strip())
    words = [value.casefold() for kind, value in tokens]
    form = "exact"
    if len(words) >= 2 and words[0] == "up" and words[1] == "to":
        form, tokens = "up-to", tokens[2:]
    elif words[:2] in (["at", "most"], ["no", "more"]) or words[:1] == ["max"]:
        raise DoseError(f"{_quote(text)}: for a most, type “up to” and the number, "
                        f"e.g. up to 12")
    pieces: list[_Piece] = []
    separators = 0
    expecting_number = True
    ignorable = COUNT_WORDS.get(field, ())
    previous = ""
    for kind, value in tokens:
        lowered = value.casefold()
        if kind == "number" or (kind == "word" and lowered in NUMBER_WORDS
                                and expecting_number):
            if not expecting_number:
                if previous in ("x", "×"):
                    raise DoseError(f"{_quote(text)}: type the number of sets in the Sets "
                                    f"field, and only the {rules.label} here")
                if pieces[-1].unit:
                    raise DoseError(f"{_quote(text)}: use one unit, e.g. 90 s or 1.5 min")
                raise DoseError(f"{_quote(text)}: two numbers in a row; for a range type "
                                f"{_range_hint(rules)}")
            number = _to_decimal(value) if kind == "number" else Decimal(NUMBER_WORDS[lowered])
            pieces.append(_Piece(number, None))
            expecting_number = False
        elif kind == "dash" or lowered in ("to", "or"):
            if not pieces and kind == "dash" and re.match(r"\s*-\s*\d", text):
                raise DoseError(f"{_quote(text)}: {rules.label} must be more than 0")
            if not pieces or expecting_number:
                raise DoseError(f"{_quote(text)} is not a {rules.label} value: type "
                                f"{rules.example}")
            separators += 1
            expecting_number = True
        elif kind == "word" or value in "\"'′″×":
            if lowered in _UNIT_OF and pieces and pieces[-1].unit is None:
                pieces[-1].unit = _UNIT_OF[lowered]
            elif lowered in ignorable and pieces:
                if pieces[-1].unit not in (None, ""):
                    raise DoseError(f"{_quote(text)} is not understood: type "
                                    f"{rules.example}")
                pieces[-1].unit = ""  # "10 reps": said it is a count
            else:
                raise DoseError(_unknown_word_message(text, value, rules, field))
        else:
            raise DoseError(f"{_quote(text)}: “{value}” is not understood here; type "
                            f"{rules.example}")
        previous = lowered
    if not pieces:
        raise DoseError(f"{_quote(text)} has no number: type {rules.example}")
    if expecting_number:
        raise DoseError(f"{_quote(text)} is not finished: type the second number too, "
                        f"e.g. {_range_hint(rules)}")
    if separators > 1 or len(pieces) > 2:
        raise DoseError(f"{_quote(text)}: a range has two ends, like {_range_hint(rules)}")
    if form == "up-to" and len(pieces) != 1:
        raise DoseError(f"{_quote(text)}: “up to” takes one number, e.g. up to 12")
    if len(pieces) == 2:
        form = "range"
    return form, pieces


def _range_hint(rules: FieldRules) -> str:
    unit = {"s": " s", "": ""}.get(rules.bare_unit or "", "")
    if rules.kinds == ("time", "distance"):
        return "10-15 min"
    return f"8-12{unit}" if rules.kinds == ("count",) else "5-10 s"


def _unknown_word_message(text: str, word: str, rules: FieldRules, field: str) -> str:
    lowered = word.casefold()
    if lowered in ("x", "×"):
        return (f"{_quote(text)}: type the number of sets in the Sets field, and only "
                f"the {rules.label} here")
    if lowered in ("sets", "set") and field == "reps":
        return f"{_quote(text)}: type the sets in the Sets field and the reps here"
    if lowered in ("reps", "rep", "repetitions") and field == "sets":
        return f"{_quote(text)}: type the reps in the Reps field and the sets here"
    if lowered in ("a", "per", "each", "every", "day", "daily", "week", "weekly", "once",
                   "twice", "thrice", "bd", "tds", "od") or \
            re.search(r"\b(?:day|daily|week|weekly)\b", text, re.IGNORECASE):
        return f"{_quote(text)}: how often goes in the Frequency field"
    if lowered in ("kg", "kgs", "lb", "lbs", "band", "kilo", "kilos", "pounds"):
        return f"{_quote(text)}: a weight or band goes in the Load field"
    if " ".join(text.split()).casefold() == lowered:
        return f"{_quote(text)} is not understood: type {rules.example}"
    return f"{_quote(text)}: “{word}” is not understood here; type {rules.example}"


def parse_amount(text: str, field: str) -> Amount | None:
    """The value typed into dose field `field` ("sets", "reps", "duration", "hold",
    "rest"), or None for an empty field. Raises `DoseError` with the reason."""
    rules = FIELDS[field]
    stripped = " ".join((text or "").split())
    if not stripped or stripped in ("-", "–", "—"):
        return None
    comfortable = _COMFORTABLE.match(stripped)
    if comfortable:
        if not rules.comfortable:
            raise DoseError(f"{_quote(text)}: {rules.label} needs a number, e.g. "
                            f"{rules.example}")
        what = (comfortable.group("what") or "many").casefold()
        if field == "reps" and what in ("long", "far"):
            raise DoseError(f"{_quote(text)}: reps are counted; for a time type it as "
                            "“as long as comfortable” in the time field")
        if field == "duration" and what in ("many", "much"):
            raise DoseError(f"{_quote(text)}: type “as long as comfortable” or "
                            "“as far as comfortable”")
        return Amount.comfortable({"long": "min", "far": "m"}.get(what, ""))
    form, pieces = _parse_pieces(stripped, rules, field)
    units = {p.unit for p in pieces if p.unit is not None}
    if len(units) > 1:
        raise DoseError(f"{_quote(text)}: use one unit for both ends of the range, "
                        f"e.g. 30-60 s or 1-2 min")
    unit = units.pop() if units else None
    if unit is None:
        if rules.bare_unit is None:
            raise DoseError(f"{_quote(text)}: add a unit, e.g. {rules.example}")
        unit = rules.bare_unit
    kind = UNITS[unit][0]
    if kind not in rules.kinds:
        raise DoseError(_wrong_kind_message(text, kind, rules, field))
    numbers = [p.number for p in pieces]
    for number in numbers:
        if kind == "count" and number != number.to_integral_value():
            raise DoseError(f"{_quote(text)}: {rules.label} are whole numbers" +
                            (", for a range type 8-12" if "," in text else ""))
        if number.as_tuple().exponent < -2:
            raise DoseError(f"{_quote(text)}: at most two decimals, e.g. 1.5 {unit}".rstrip())
        if number <= 0:
            raise DoseError(f"{_quote(text)}: {rules.label} must be more than 0; leave the "
                            "field empty for none")
    lowest, highest = rules.limits[kind]
    for number in numbers:
        base = number * UNITS[unit][1]
        if base > highest:
            raise DoseError(f"{_quote(text)} is more than a dose can say "
                            f"({_limit_text(highest, kind, rules)} at most); check the number")
        if base < lowest:
            raise DoseError(f"{_quote(text)} is less than {_limit_text(lowest, kind, rules)}")
    if form == "range":
        low, high = numbers
        if low == high:
            return Amount(low, high, unit)
        if low > high:
            raise DoseError(f"{_quote(text)}: put the smaller number first, e.g. "
                            f"{_number_text(high)}-{_number_text(low)}")
        return Amount(low, high, unit)
    if form == "up-to":
        return Amount(None, numbers[0], unit)
    return Amount(numbers[0], numbers[0], unit)


def _wrong_kind_message(text: str, kind: str, rules: FieldRules, field: str) -> str:
    if field in ("hold", "rest") and kind == "distance":
        return (f"{_quote(text)} is a distance (“m” means metres); a {rules.label} is a "
                "time: type 1 min or 30 s")
    if field in ("hold", "rest"):
        return f"{_quote(text)}: a {rules.label} is a time, e.g. {rules.example}"
    if field == "sets":
        return f"{_quote(text)}: sets are counted; type {rules.example}"
    if field == "reps":
        return (f"{_quote(text)} is a {kind}; reps are counted: type {rules.example}, "
                "or give the time or distance instead of reps")
    if field == "duration":
        return f"{_quote(text)}: type a time or a distance, e.g. {rules.example}"
    return f"{_quote(text)}: type {rules.example}"


def _limit_text(value: Decimal, kind: str, rules: FieldRules) -> str:
    if kind == "time":
        if value >= 3600 and value % 3600 == 0:
            return f"{_number_text(value / 3600)} h"
        if value >= 60 and value % 60 == 0:
            return f"{_number_text(value / 60)} min"
        return f"{_number_text(value)} s"
    if kind == "distance":
        return f"{_number_text(value / 1000)} km" if value >= 1000 else \
            f"{_number_text(value)} m"
    return f"{_number_text(value)} {rules.label}"


def parse_work(text: str) -> tuple[str, Amount | None]:
    """The "Reps or time" field: ("reps", amount) for a count, ("duration", amount)
    for a time or a distance. Bare numbers are reps; a unit makes it a time or
    distance; an empty field is ("reps", None)."""
    stripped = " ".join((text or "").split())
    if not stripped:
        return "reps", None
    comfortable = _COMFORTABLE.match(stripped)
    if comfortable:
        what = (comfortable.group("what") or "many").casefold()
        field = "duration" if what in ("long", "far") else "reps"
        return field, parse_amount(stripped, field)
    try:
        return "reps", parse_amount(stripped, "reps")
    except DoseError as as_reps:
        try:
            return "duration", parse_amount(stripped, "duration")
        except DoseError as as_duration:
            # Report the reading the text was closest to: one with a unit is a time.
            has_unit = any(kind == "word" and value.casefold() in _UNIT_OF
                           and value.casefold() != "x" for kind, value in _tokens(stripped))
            raise (as_duration if has_unit else as_reps) from None


# -------------------------------------------------------------- frequency

MAX_PER_DAY = 12
MAX_TEXT = 200


@dataclass(frozen=True)
class Frequency:
    """How often: `per_day` times a day, on `days_per_week` days; or free `text`.

    Both numbers None and no text: not said. `text` is used only when the
    typed words are not a frequency this module understands; it is printed
    exactly as typed (and is not translated).
    """

    per_day: int | None = None
    days_per_week: int | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self.per_day is None and self.days_per_week is None and not self.text.strip()

    @property
    def is_structured(self) -> bool:
        return self.per_day is not None or self.days_per_week is not None

    def sessions_per_day(self) -> int:
        """How many times a day the exercise is done on a day it is done (1 if unsaid)."""
        if self.per_day is not None:
            return self.per_day
        if self.text:
            return times_a_day_in_words(self.text) or 1
        return 1

    def __str__(self) -> str:
        return frequency_text(self)


_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
_ABBREVIATIONS = {"od": 1, "qd": 1, "bd": 2, "bid": 2, "tds": 3, "tid": 3, "qds": 4, "qid": 4}
_COUNT = r"(?P<{name}>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PER_DAY = re.compile(
    r"(?:(?P<word>once|twice|thrice)|" + _COUNT.format(name="n") +
    r"\s*(?:x|×|times?))\s*(?:(?:a|per|each|every|/)\s*day|daily|(?:a|per|each|every|/)\s*d)"
    r"|\b(?P<abbr>od|qd|bd|bid|tds|tid|qds|qid)\b", re.IGNORECASE)
_PER_WEEK = re.compile(
    r"(?:(?:on\s+)?(?:(?P<word>once|twice|thrice)|" + _COUNT.format(name="n") +
    r"\s*(?:x|×|times?|days?))\s*(?:(?:a|per|each|every|/)\s*week|weekly|(?:a|per|/)\s*wk))",
    re.IGNORECASE)
_EVERY_DAY = re.compile(r"(?:every\s*day|each\s*day|daily|7\s*days?\s*(?:a|per)\s*week|"
                        r"seven\s*days?\s*(?:a|per)\s*week)", re.IGNORECASE)
_JOINER = re.compile(r"^\s*(?:,|;|and|on|,\s*on|,\s*and)?\s*$", re.IGNORECASE)
_AMBIGUOUS = re.compile(r"^\s*(?:\d+|once|twice|thrice|one|two|three|four|five|six)\s*"
                        r"(?:x|×|times?)?\s*$", re.IGNORECASE)
_SEARCH_PER_DAY = re.compile(
    r"\b(?:(once|twice|thrice)|(\d+)\s*(?:x|×|times))\s*(?:a|per|each|every)\s+day\b",
    re.IGNORECASE)


def _count_value(word: str | None, number: str | None) -> int:
    if word:
        return _TIMES_WORDS[word.casefold()]
    assert number is not None
    return int(number) if number.isdigit() else NUMBER_WORDS[number.casefold()]


def _search(pattern: re.Pattern, text: str) -> tuple[re.Match | None, str]:
    match = pattern.search(text)
    if match is None:
        return None, text
    return match, text[:match.start()] + " " + text[match.end():]


def parse_frequency(text: str) -> Frequency:
    """How often, from typed words. Understood forms become numbers ("twice daily"
    -> twice a day); anything else is kept word for word as free text. Raises
    `DoseError` only for a frequency that cannot be meant ("8 days a week",
    "0 times a day") or cannot be told apart ("3 times": a day or a week?)."""
    stripped = " ".join((text or "").split())
    if not stripped:
        return Frequency()
    if len(stripped) > MAX_TEXT:
        raise DoseError(f"the frequency is too long ({len(stripped)} characters; at most "
                        f"{MAX_TEXT})")
    if _AMBIGUOUS.match(stripped):
        raise DoseError(f"{_quote(stripped)}: a day or a week? Type e.g. “{stripped} a day” "
                        f"or “{stripped} a week”")
    rest = stripped.rstrip(".")
    per_day = days = None
    day_match, rest = _search(_PER_DAY, rest)
    if day_match:
        if day_match.group("abbr"):
            per_day = _ABBREVIATIONS[day_match.group("abbr").casefold()]
        else:
            per_day = _count_value(day_match.group("word"), day_match.group("n"))
    week_match, rest = _search(_PER_WEEK, rest)
    if week_match:
        days = _count_value(week_match.group("word"), week_match.group("n"))
    every_match = None
    if not week_match:
        every_match, rest = _search(_EVERY_DAY, rest)
        if every_match:
            if per_day is None and re.fullmatch(r"\s*daily\s*", every_match.group(0), re.I):
                per_day = 1  # "daily" alone is once a day
            else:
                days = 7
    if not (day_match or week_match or every_match) or not _JOINER.match(rest):
        # Not (only) a frequency we know: the therapist's own words, kept as typed.
        return Frequency(text=stripped)
    if per_day is not None and not 1 <= per_day <= MAX_PER_DAY:
        raise DoseError(f"{_quote(stripped)}: between 1 and {MAX_PER_DAY} times a day; for "
                        "more, write it in words (e.g. “every hour”)" if per_day else
                        f"{_quote(stripped)}: at least once a day; leave it empty for none")
    if days is not None and not 1 <= days <= 7:
        raise DoseError(f"{_quote(stripped)}: a week has 7 days; type 1 to 7 days a week")
    if per_day is not None and days == 7:
        days = None  # "twice a day, every day" is twice a day
    return Frequency(per_day=per_day, days_per_week=days)


def frequency_text(frequency: Frequency) -> str:
    """The short English form a field shows and a file stores ("twice a day, 5 days a week")."""
    if frequency.text:
        return frequency.text
    parts = []
    if frequency.per_day is not None:
        parts.append({1: "once a day", 2: "twice a day"}.get(
            frequency.per_day, f"{frequency.per_day} times a day"))
    if frequency.days_per_week is not None:
        days = frequency.days_per_week
        if frequency.per_day is None:
            parts.append("every day" if days == 7 else
                         {1: "once a week", 2: "twice a week"}.get(days, f"{days} times a week"))
        else:
            parts.append(f"{days} day{'s' if days != 1 else ''} a week")
    return ", ".join(parts)


def times_a_day_in_words(text: str) -> int | None:
    """"twice a day" inside free words ("not more than twice a day"): 2; None if not said."""
    match = _SEARCH_PER_DAY.search(text or "")
    if not match:
        return None
    return _TIMES_WORDS[match.group(1).casefold()] if match.group(1) else int(match.group(2))
