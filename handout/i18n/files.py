"""Reading translation files from the three places they live, and the status report.

    bundled  assets/i18n/content/<lang>/{exercises,templates}/<id>.json
    clinic   <clinic library folder>/translations/<lang>/...
    user     <user data folder>/translations/<lang>/...

A broken file never stops the others loading: it is reported, by file and
field, next to the ones that were read. The library owner may call
`read_folder` itself; `python -m handout i18n status` uses `read_all`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import HandoutError
from . import LANGUAGES, SOURCE_LANGUAGE
from .content import Report, TranslationFile, Translations, check, index, parse_translation, report

KIND_FOLDERS = {"exercise": "exercises", "template": "templates"}


def bundled_folder() -> Path:
    from .. import paths
    return paths.ASSETS / "i18n" / "content"


def override_folders() -> list[tuple[str, Path]]:
    """(origin, folder) of the clinic's and the user's translations, where they exist."""
    from .. import paths, settings
    out = []
    try:
        clinic = settings.clinic_folder()
    except HandoutError:
        clinic = None
    if clinic:
        out.append(("clinic", Path(clinic) / "translations"))
    out.append(("user", paths.user_home() / "translations"))
    return out


def file_path(root: Path, language: str, kind: str, item_id: str) -> Path:
    """Where the translation of one item into one language is kept under `root`."""
    return root / language / KIND_FOLDERS[kind] / f"{item_id}.json"


def read_folder(root: Path, origin: str) -> tuple[list[TranslationFile], list[str]]:
    """Every translation file under `root`, and a message for each one that cannot be read."""
    files: list[TranslationFile] = []
    problems: list[str] = []
    if not root.is_dir():
        return files, problems
    for path in sorted(root.glob("*/*/*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            file = parse_translation(data, origin, str(path))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            problems.append(f"{path}: cannot be read ({error})")
            continue
        except HandoutError as error:
            problems.append(str(error))
            continue
        if path.parent.parent.name != file.language or \
                path.parent.name != KIND_FOLDERS[file.kind] or path.stem != file.id:
            problems.append(f"{path}: the file says it is the {file.language} {file.kind} "
                            f"\"{file.id}\"; move it to "
                            f"{file_path(root, file.language, file.kind, file.id)}")
            continue
        files.append(file)
    return files, problems


def read_all() -> tuple[Translations, list[str]]:
    """Bundled, clinic and user translations, layered; and what could not be read."""
    files, problems = read_folder(bundled_folder(), "bundled")
    for origin, folder in override_folders():
        more, trouble = read_folder(folder, origin)
        files += more
        problems += trouble
    return index(files), problems


@dataclass
class Status:
    """One line of the status report."""

    language: str
    reports: list[Report]

    def count(self, what: str) -> int:
        if what == "missing":
            return sum(1 for r in self.reports if r.status == "missing")
        if what == "incomplete":
            return sum(1 for r in self.reports if r.status != "missing" and r.missing)
        if what == "stale":
            return sum(1 for r in self.reports if r.stale)
        return sum(1 for r in self.reports if r.status == what and not r.missing)


def status(items: list, translations: Translations,
           languages: tuple[str, ...] = LANGUAGES) -> list[Status]:
    """A Status per language (English, the source, is left out) over `items`."""
    return [Status(language, [report(item, language, translations) for item in items])
            for language in languages if language != SOURCE_LANGUAGE]


def status_text(items: list, translations: Translations, languages: tuple[str, ...] = LANGUAGES,
                details: bool = False) -> str:
    """The report `python -m handout i18n status` prints."""
    lines = [f"{'language':10s} {'items':>6s} {'reviewed':>9s} {'draft':>6s} {'partial':>8s} "
             f"{'missing':>8s} {'stale':>6s}"]
    for row in status(items, translations, languages):
        lines.append(f"{row.language:10s} {len(row.reports):6d} {row.count('reviewed'):9d} "
                     f"{row.count('draft'):6d} {row.count('incomplete'):8d} "
                     f"{row.count('missing'):8d} {row.count('stale'):6d}")
        if details:
            for item in items:
                for problem in check(item, row.language, translations):
                    lines.append(f"    {problem}")
    return "\n".join(lines)
