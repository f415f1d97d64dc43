"""The printed dose line, built from small phrases that can be translated with plural rules.

`dose_phrases(dose, phrasebook)` returns the pieces of a dose in reading
order ("3 sets × 8–12 reps each side", "hold 5 seconds", "twice a day",
"left side"); `dose_line` joins them with " · ". Every word comes from the
`Phrasebook` through `gettext` / `ngettext` with the English text as the
message id, so a gettext catalogue (`Phrasebook.from_translations`) turns the
same dose into another language with that language's plural forms; the
numbers go through `Phrasebook.number` (a decimal comma where the language
uses one). `ENGLISH` is the phrasebook used when none is given.

The therapist's own words (free-text frequency, load) are printed as typed.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

from .dose import Amount, Frequency


CONTEXTS = ("dose", "frequency", "diary")


class Phrasebook:
    """English, the language the message ids are written in. Subclass or use
    `from_translations` for another language."""

    language = "en"
    decimal_mark = "."

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def plural_count(self, value: Decimal) -> int:
        """The `n` that chooses the plural form for `value` (English: 1.5 is plural)."""
        if value == value.to_integral_value():
            return int(value)
        return 2

    def number(self, value: Decimal) -> str:
        text = format(value.normalize(), "f")
        return text.replace(".", self.decimal_mark)

    def join(self, phrases: list[str]) -> str:
        return self.gettext(" · ").join(phrases)

    @classmethod
    def from_translations(cls, translations: Any, language: str,
                          decimal_mark: str = ".") -> "Phrasebook":
        """A phrasebook reading a `gettext.GNUTranslations`-like object."""
        book = cls()
        book.language = language
        book.decimal_mark = decimal_mark

        # The catalogues file the dose line's words under a context ("dose",
        # "frequency"); a message is looked up there first, then without one.
        def gettext(message: str) -> str:
            for context in CONTEXTS:
                found = translations.pgettext(context, message)
                if found != message:
                    return found
            return translations.gettext(message)

        def ngettext(singular: str, plural: str, n: int) -> str:
            english = singular if n == 1 else plural
            for context in CONTEXTS:
                found = translations.npgettext(context, singular, plural, n)
                if found != english:
                    return found
            return translations.ngettext(singular, plural, n)

        book.gettext = gettext  # type: ignore[method-assign]
        book.ngettext = ngettext  # type: ignore[method-assign]
        return book


ENGLISH = Phrasebook()


# ----------------------------------------------------------------- numbers

def _count_text(amount: Amount, book: Phrasebook) -> tuple[str, int]:
    """The number part of an amount ("8–12", "10") and the count its plural follows."""
    if amount.is_up_to:
        assert amount.high is not None
        return book.number(amount.high), book.plural_count(amount.high)
    assert amount.low is not None and amount.high is not None
    if amount.is_range:
        text = book.gettext("{low}–{high}").format(low=book.number(amount.low),
                                                  high=book.number(amount.high))
        return text, book.plural_count(amount.high)
    return book.number(amount.low), book.plural_count(amount.low)


def _up_to(amount: Amount, text: str, book: Phrasebook) -> str:
    return book.gettext("up to {amount}").format(amount=text) if amount.is_up_to else text


def _counted(amount: Amount, book: Phrasebook, comfortable: str, one: str, many: str) -> str:
    """A counted dose ("3 sets", "8–12 reps", "up to 10 reps") or the comfortable one."""
    if amount.is_comfortable:
        return book.gettext(comfortable)
    n_text, n = _count_text(amount, book)
    return _up_to(amount, book.ngettext(one, many, n).format(count=n_text), book)


def sets_phrase(amount: Amount, book: Phrasebook = ENGLISH) -> str:
    return _counted(amount, book, "as many sets as comfortable", "{count} set", "{count} sets")


def reps_phrase(amount: Amount, book: Phrasebook = ENGLISH) -> str:
    return _counted(amount, book, "as many reps as comfortable", "{count} rep", "{count} reps")


def quantity_phrase(amount: Amount, book: Phrasebook = ENGLISH) -> str:
    """A time or distance: "30 seconds", "1–2 minutes", "up to 500 metres"."""
    if amount.is_comfortable:
        return book.gettext("as far as comfortable") if amount.kind == "distance" else \
            book.gettext("as long as comfortable")
    n_text, n = _count_text(amount, book)
    unit = amount.unit
    if unit == "s":
        words = book.ngettext("{count} second", "{count} seconds", n)
    elif unit == "min":
        words = book.ngettext("{count} minute", "{count} minutes", n)
    elif unit == "h":
        words = book.ngettext("{count} hour", "{count} hours", n)
    elif unit == "m":
        words = book.ngettext("{count} metre", "{count} metres", n)
    elif unit == "km":
        words = book.ngettext("{count} kilometre", "{count} kilometres", n)
    elif unit == "mile":
        words = book.ngettext("{count} mile", "{count} miles", n)
    else:
        words = book.ngettext("{count} time", "{count} times", n)
    return _up_to(amount, words.format(count=n_text), book)


def frequency_phrase(frequency: Frequency, book: Phrasebook = ENGLISH) -> str:
    """"twice a day", "3 times a week", "twice a day, 5 days a week", or the free text."""
    if frequency.text:
        # Our own templates' words ("every other day") are in the catalogue; what
        # a therapist typed is not, and prints as typed.
        return book.gettext(frequency.text.strip())
    day = week = ""
    if frequency.per_day is not None:
        n = frequency.per_day
        if n == 1:
            day = book.gettext("once a day")
        elif n == 2:
            day = book.gettext("twice a day")
        else:
            day = book.ngettext("{count} time a day", "{count} times a day", n).format(count=n)
    if frequency.days_per_week is not None:
        n = frequency.days_per_week
        if day:
            week = book.ngettext("{count} day a week", "{count} days a week", n).format(count=n)
        elif n == 7:
            week = book.gettext("every day")
        elif n == 1:
            week = book.gettext("once a week")
        elif n == 2:
            week = book.gettext("twice a week")
        else:
            week = book.ngettext("{count} time a week", "{count} times a week", n).format(count=n)
    if day and week:
        return book.gettext("{per_day}, {per_week}").format(per_day=day, per_week=week)
    return day or week


def side_phrase(side: str, book: Phrasebook = ENGLISH) -> str:
    if side == "left":
        return book.gettext("left side")
    if side == "right":
        return book.gettext("right side")
    if side == "alternate":
        return book.gettext("alternate sides")
    if side == "each":
        return book.gettext("each side")
    return ""


# ----------------------------------------------------------------- the line

def volume_phrase(dose: Any, book: Phrasebook = ENGLISH) -> str:
    """Sets and reps (or time, or distance), with "each side" when it applies."""
    work = ""
    if dose.reps is not None:
        work = reps_phrase(dose.reps, book)
    elif dose.duration is not None:
        work = quantity_phrase(dose.duration, book)
    sets = sets_phrase(dose.sets, book) if dose.sets is not None else ""
    if sets and work:
        volume = book.gettext("{sets} × {work}").format(sets=sets, work=work)
    else:
        volume = sets or work
    if volume and dose.side == "each":
        volume = book.gettext("{volume} each side").format(volume=volume)
    return volume


def dose_phrases(dose: Any, book: Phrasebook = ENGLISH) -> list[str]:
    """The pieces of the printed dose, in reading order; [] for a dose that says nothing."""
    phrases: list[str] = []
    volume = volume_phrase(dose, book)
    if volume:
        phrases.append(volume)
    if dose.hold is not None:
        phrases.append(book.gettext("hold {time}").format(time=quantity_phrase(dose.hold, book)))
    if dose.rest is not None:
        phrases.append(book.gettext("rest {time}").format(time=quantity_phrase(dose.rest, book)))
    if dose.load.strip():
        phrases.append(book.gettext(" ".join(dose.load.split())))
    frequency = frequency_phrase(dose.frequency, book)
    if frequency:
        phrases.append(" ".join(frequency.split()))
    side = side_phrase(dose.side, book)
    if side and not (dose.side == "each" and volume):
        phrases.append(side)
    return phrases


def dose_line(dose: Any, book: Phrasebook = ENGLISH) -> str:
    """The dose as one line, e.g. `3 sets × 8–12 reps · hold 1 minute · twice a day`."""
    return book.join(dose_phrases(dose, book))


@lru_cache(maxsize=None)
def for_language(language: str) -> Phrasebook:
    """The phrasebook of a handout language (its gettext catalogue; English is
    `ENGLISH`). Qt-free and without the PDF code, so the editor's "Prints as" line
    shows the dose exactly as the handout prints it."""
    if language == "en":
        return ENGLISH
    from babel.numbers import get_decimal_symbol
    from . import i18n
    catalog = i18n.catalog(language)
    return Phrasebook.from_translations(catalog.translations, catalog.language,
                                        get_decimal_symbol(catalog.locale_name))
