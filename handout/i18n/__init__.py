"""The handout's language: printed strings, plural rules, dates and numbers.

    catalog = i18n.catalog("pl")
    catalog.text("Take care:")                          # "Uwaga:"
    catalog.ptext("frequency", "twice a day")           # "dwa razy dziennie"
    catalog.plural("{count} set", "{count} sets", 3)    # "3 serie"
    catalog.format_date(date)                           # "12 marca 2026"
    catalog.direction, catalog.name                     # "ltr", "polski"

Printed strings live in gettext catalogues, `assets/i18n/catalogues/<lang>.po`,
one per language; English is the source language and needs none. A `.po` is
read with Babel and compiled in memory the first time a language is used
(a few milliseconds, then cached): there is no compiled `.mo` to forget to
rebuild, and the same data file works from a checkout, a wheel, a zip and a
frozen app, because it is found through `handout.paths` like every other asset.

Plural rules, dates, weekdays and numbers come from CLDR through Babel, in
the handout language's own conventions, and never from the process's C
locale: Qt calls `setlocale()` when it starts, and that must not change what
a handout says. Nothing here keeps global state other than the per-language
cache of read catalogues.
"""

from __future__ import annotations

import datetime as _dt
import gettext
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import HandoutError

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "pl", "ro", "ar", "ur", "bn", "zh_Hans")
SOURCE_LANGUAGE = "en"

# The CLDR locale whose dates and numbers a language prints with. A London
# clinic's patients: British English, European Spanish and Portuguese, Modern
# Standard Arabic, Pakistani Urdu, Bangladeshi Bengali, mainland Simplified Chinese.
FORMAT_LOCALES = {
    "en": "en_GB", "es": "es_ES", "fr": "fr_FR", "de": "de_DE", "it": "it_IT",
    "pt": "pt_PT", "pl": "pl_PL", "ro": "ro_RO", "ar": "ar", "ur": "ur_PK",
    "bn": "bn_BD", "zh_Hans": "zh_Hans_CN",
}

# Each language's own name and its English name, for menus: written out so that
# listing the languages opens no catalogue and imports no Babel (start-up time).
LANGUAGE_NAMES = {
    "en": ("English", "English"), "es": ("español", "Spanish"), "fr": ("français", "French"),
    "de": ("Deutsch", "German"), "it": ("italiano", "Italian"),
    "pt": ("português", "Portuguese"), "pl": ("polski", "Polish"), "ro": ("română", "Romanian"),
    "ar": ("العربية", "Arabic"), "ur": ("اردو", "Urdu"), "bn": ("বাংলা", "Bengali"),
    "zh_Hans": ("中文（简体）", "Chinese, Simplified"),
}


def language_label(code: str) -> str:
    """"polski (Polish)" for a menu; "English" for English."""
    own, english = LANGUAGE_NAMES[code]
    return own if code == "en" else f"{own} ({english})"


_ALIASES = {"zh": "zh_Hans", "zh_cn": "zh_Hans", "zh_hans": "zh_Hans", "zh_sg": "zh_Hans",
            "zh_hans_cn": "zh_Hans"}


class LanguageError(HandoutError):
    """A handout or setting names a language the app cannot print."""


def catalogue_folder() -> Path:
    from .. import paths
    return paths.ASSETS / "i18n" / "catalogues"


def normalise(language: str) -> str | None:
    """The language code we use for `language` ("pt-PT" -> "pt", "zh-Hans" -> "zh_Hans"),
    or None when it is not one of ours."""
    key = (language or "").strip().replace("-", "_")
    if key in LANGUAGES:
        return key
    lowered = key.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    first = lowered.split("_")[0]
    return first if first in LANGUAGES and first != "zh" else _ALIASES.get(first)


@dataclass(frozen=True)
class Catalog:
    """Everything printed in one language. Get one with `catalog(language)`."""

    language: str
    translations: gettext.NullTranslations
    locale_name: str

    @property
    def locale(self):
        from babel import Locale
        return Locale.parse(self.locale_name)

    @property
    def name(self) -> str:
        """The language's own name, e.g. "polski", "العربية", "中文"."""
        from babel import Locale
        return Locale.parse(self.language).get_display_name(self.language) or self.language

    @property
    def english_name(self) -> str:
        from babel import Locale
        return Locale.parse(self.language).get_display_name("en") or self.language

    @property
    def direction(self) -> str:
        """"rtl" for Arabic and Urdu, else "ltr"."""
        return self.locale.text_direction

    # -- strings (gettext names, for the tools that extract them)
    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self.translations.npgettext(context, singular, plural, count)

    # -- strings, filled in: what the renderer calls. The context comes first
    # in `ptext`/`pplural` so tools/i18n_catalogues.py can extract it.
    def text(self, message: str, **values) -> str:
        """`message` in this language, its `{placeholders}` filled in; numbers among
        `values` are written the language's way."""
        return self._fill(self.gettext(message), values)

    def ptext(self, context: str, message: str, **values) -> str:
        """`text` for a message that needs a context ("frequency", "patient panel")."""
        return self._fill(self.pgettext(context, message), values)

    def plural(self, singular: str, plural: str, count: int, **values) -> str:
        """The form of `singular`/`plural` this language uses for `count`, filled in;
        `{count}` is the number written the language's way."""
        return self._fill(self.ngettext(singular, plural, count), {"count": count, **values})

    def pplural(self, context: str, singular: str, plural: str, count: int, **values) -> str:
        return self._fill(self.npgettext(context, singular, plural, count),
                          {"count": count, **values})

    def _fill(self, template: str, values: dict) -> str:
        return template.format(**self._values(values)) if values else template

    def _values(self, values: dict) -> dict:
        return {k: self.format_number(v) if isinstance(v, (int, float)) and
                not isinstance(v, bool) else v for k, v in values.items()}

    # -- CLDR formats
    def format_number(self, number: int | float) -> str:
        from babel.numbers import format_decimal
        return format_decimal(number, locale=self.locale_name)

    def format_date(self, date: _dt.date | None, format: str = "long") -> str:  # noqa: A002
        """`date` as this language writes it ("12 March 2026", "12 marca 2026"); "" for None."""
        if date is None:
            return ""
        from babel.dates import format_date
        return format_date(date, format=format, locale=self.locale_name)

    def format_date_range(self, start: _dt.date, end: _dt.date, year: bool = False) -> str:
        """Two dates as one span, as the language writes it: "12 – 18 March", or with
        the year "12 – 18 Mar 2026" (CLDR has no full month name with a year for every
        language)."""
        from babel.dates import format_interval
        return format_interval(start, end, "yMMMd" if year else "MMMMd", locale=self.locale_name)

    def weekday_names(self, width: str = "abbreviated") -> tuple[str, ...]:
        """Monday to Sunday, `width` "abbreviated", "wide" or "short"."""
        from babel.dates import get_day_names
        names = get_day_names(width, locale=self.locale_name)
        return tuple(names[i] for i in range(7))


def catalog(language: str) -> Catalog:
    """The catalogue of `language` (one of `LANGUAGES`; "pt-PT", "zh-Hans" are understood).

    Raises LanguageError for a language we do not print, naming the ones we do.
    """
    code = normalise(language)
    if code is None:
        raise LanguageError(f"handouts cannot be printed in \"{language}\" yet. "
                            f"Choose one of: {', '.join(LANGUAGES)}.", field="language")
    return _load(code)


@lru_cache(maxsize=len(LANGUAGES))
def _load(language: str) -> Catalog:
    locale_name = FORMAT_LOCALES[language]
    if language == SOURCE_LANGUAGE:
        # English is the source: the message is the text. English plurals
        # (one, other) are what NullTranslations does.
        return Catalog(language, gettext.NullTranslations(), locale_name)
    return Catalog(language, read_catalogue(catalogue_folder() / f"{language}.po", locale_name),
                   locale_name)


def read_catalogue(path: Path, locale_name: str) -> gettext.GNUTranslations:
    """A `.po` file compiled in memory into gettext translations."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with open(path, "rb") as handle:
            catalogue = read_po(handle, locale=locale_name)
    except OSError as error:
        raise LanguageError(f"the translations cannot be read ({error.strerror}). "
                            "Reinstall Handout Builder.", path=path) from error
    except Exception as error:  # Babel raises several kinds for a broken file
        raise LanguageError(f"the translations are damaged ({error}). "
                            "Reinstall Handout Builder.", path=path) from error
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
