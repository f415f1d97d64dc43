"""The interface language: menus, buttons, dialogs and messages, through Qt's translator.

Separate from the handout language (what prints, `Handout.language`): a
Polish-speaking therapist can work in a Polish interface and print in Urdu.
Nothing here touches `QLocale.setDefault`, Python's locale or the handout, so
the interface language never changes a printed word, date or number.

* The sources are Qt `.ts` files in `assets/qt/` (`handout_builder_<code>.ts`,
  made by `tools/qt_translations.py` with `pyside6-lupdate`), compiled to the
  `.qm` files beside them with `pyside6-lrelease` and committed (a test checks
  they are current), so the app needs no Qt tool at run time, from a checkout,
  a wheel or the standalone app alike. English is the source text; its `.qm`
  carries only the plural forms ("1 page", "2 pages").
* Qt's own `qtbase_<code>.qm` (standard buttons such as Save, Discard,
  Cancel, and the file dialogs' texts) loads too when PySide6 ships it.
* The choice is kept with the app's settings (`Collection.interface_language`);
  "" follows the computer's language when we ship it, else English. A change
  applies at the next start.
* Texts written by the Qt-free core (a `HandoutError`'s message, such as which
  field of which file is wrong) stay in English: only the dialog around them is
  translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

SOURCE_LANGUAGE = "en"
FILE_PREFIX = "handout_builder_"
#: Each shipped language by its own name, as the menu offers it.
NAMES = {"en": "English", "es": "Español", "pl": "Polski"}


def shipped_languages() -> list[str]:
    """The interface languages whose compiled translations ship, English first."""
    found = sorted(p.stem[len(FILE_PREFIX):] for p in paths.QT_TRANSLATIONS.glob(
        f"{FILE_PREFIX}*.qm"))
    return [SOURCE_LANGUAGE] + [code for code in found if code != SOURCE_LANGUAGE]


def name(code: str) -> str:
    """A language's own name ("Español"), or its code when we have no name for it."""
    return NAMES.get(code, code)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the computer's interface languages that we ship, else English."""
    locale = locale or QLocale.system()
    shipped = shipped_languages()
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in shipped:
            return code
    return SOURCE_LANGUAGE


def resolve(chosen: str, locale: QLocale | None = None) -> str:
    """The language to use: the chosen one if it ships, else the computer's (or English)."""
    return chosen if chosen in shipped_languages() else system_language(locale)


def translation_file(code: str) -> Path:
    return paths.QT_TRANSLATIONS / f"{FILE_PREFIX}{code}.qm"


def qt_translation_file(code: str) -> Path | None:
    """Qt's own translation of its standard texts (`qtbase_es.qm`), when PySide6 ships it."""
    import PySide6
    package = Path(PySide6.__file__).parent
    # Qt's own idea first; then where a wheel and PyInstaller put them.
    for folder in (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                   package / "Qt" / "translations", package / "translations"):
        path = folder / f"qtbase_{code}.qm"
        if path.is_file():
            return path
    return None


def translators(code: str) -> list[QTranslator]:
    """Loaded translators for `code`: ours, then Qt's own (only those that load)."""
    loaded = []
    files = [translation_file(code)]
    if code != SOURCE_LANGUAGE:
        files.append(qt_translation_file(code))
    for path in files:
        translator = QTranslator()
        if path is not None and translator.load(str(path)):
            loaded.append(translator)
    return loaded


class Installed:
    """The translators in use (kept here: Qt does not own them, and drops a freed one)."""

    language = SOURCE_LANGUAGE
    translators: list[QTranslator] = []


def install(code: str, app: QCoreApplication | None = None) -> str:
    """Translate the interface into `code` (a shipped language) from now on; returns it.

    Widgets made afterwards use it; the app calls this before it builds the window.
    """
    app = app or QCoreApplication.instance()
    uninstall(app)
    Installed.translators = translators(code)
    for translator in Installed.translators:
        app.installTranslator(translator)
    Installed.language = code
    return code


def ensure_installed(app: QCoreApplication | None = None) -> str:
    """Install English (its plural forms: "1 page", "2 pages") unless a language is
    installed already; for windows made without `app.main` (tests, docs pictures)."""
    if not Installed.translators:
        install(SOURCE_LANGUAGE, app)
    return Installed.language


def install_chosen(collection, app: QCoreApplication | None = None) -> str:
    """Install the language the settings name (`Collection.interface_language`), or the
    computer's; returns it. The app calls this once, before it builds the window."""
    return install(resolve(collection.interface_language()), app)


def uninstall(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    for translator in Installed.translators:
        app.removeTranslator(translator)
    Installed.translators = []
    Installed.language = SOURCE_LANGUAGE


def translate_in(code: str, context: str, text: str) -> str:
    """`text` as `code` would show it, without changing the interface (for the message
    that confirms a change of language, written in the language just chosen)."""
    for translator in translators(code):
        found = translator.translate(context, text)
        if found:
            return found
    return text
