"""Editing and reviewing one item's translation in the clinic's (or the user's) folder.

    edit = collection.open_translation(exercise, "pl")   # what prints now, string by string
    edit.set_text("steps", english, "Połóż się na boku...")
    collection.save_translation(edit)                    # the clinic's draft
    collection.save_translation(edit, reviewed_by="Anna Nowak")   # reviewed, dated today

A clinic never changes a bundled file: what it edits or reviews is saved as a
translation file of the same format (`content.translation_data`) under
`<clinic folder>/translations/` (shared), or `<user data folder>/translations/`
when no clinic folder is set. That file overrides ours string by string, so a
later upgrade of our drafts never overwrites it; when our English changes, the
clinic's unit for the old English is *stale* and is listed in `edit.stale`.

What a save writes:

* "Mark reviewed" (`reviewed_by` given): every string as shown, status
  "reviewed", the clinician's name and the date. Out-of-date units are dropped:
  the clinician has just reviewed every current string.
* A draft save: the strings already in that file plus every string edited now,
  status "draft" (an edit nobody has reviewed). Out-of-date units are kept, so
  nothing the clinic wrote is lost.

Saving is safe on a shared folder, the way templates are: the edit remembers the
sha256 of the file it was opened from; the save takes the file's lock, reads it
again and refuses with `ConflictError` when a colleague saved it meanwhile.
`rebase` then puts this edit's changes on top of the colleague's version, for
the clinician to check and save again. Writes are atomic (`safe_io`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from .. import documents, safe_io
from ..errors import ConflictError, StorageError, ValidationError
from ..model import Exercise, Template
from . import LANGUAGES, SOURCE_LANGUAGE, language_label
from .content import (TranslationFile, Translations, check_string, kind_of, report,
                      source_strings, translation_data)
from .files import MAX_BYTES, file_path

FIELD_LABELS = {"name": "Name", "description": "Description", "title": "Title",
                "education": "Education", "advice": "Advice", "steps": "Step",
                "precautions": "Take care", "notes": "Note"}


@dataclass
class Unit:
    """One English string of the item and the translation shown for it."""

    field: str
    key: str  # the English; "<exercise id>\n<English>" for a template's notes
    text: str  # the translation as it stands in the editor ("" when there is none)
    original: str  # what was shown when the edit was opened
    origin: str = ""  # where `original` came from: "bundled", "clinic", "user" or ""
    number: int = 0  # the step's (precaution's, note's) number among its field, from 1

    @property
    def english(self) -> str:
        return self.key.partition("\n")[2] if self.field == "notes" else self.key

    @property
    def label(self) -> str:
        label = FIELD_LABELS.get(self.field, self.field)
        return f"{label} {self.number}" if self.number else label

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def problems(self) -> list[str]:
        """What `content.check_string` finds wrong (nothing for an empty text)."""
        return check_string(self.field, self.english, self.text) if self.text.strip() else []


@dataclass
class Stale:
    """A translation of an English text the item no longer has (the English changed)."""

    field: str
    key: str
    text: str
    origin: str

    @property
    def english(self) -> str:
        return self.key.partition("\n")[2] if self.field == "notes" else self.key


@dataclass
class TranslationEdit:
    """One item's translation into one language, open for editing; see the module docstring."""

    language: str
    kind: str
    item_id: str
    item_name: str
    units: list[Unit]
    stale: list[Stale]
    status: str  # the item's status now: "reviewed", "draft" or "missing"
    reviewed_by: str
    reviewed_on: _dt.date | None
    origin: str  # where a save goes: "clinic" or "user"
    path: Path  # the file a save writes
    root: Path  # its boundary (the clinic folder or the user data folder)
    revision: str | None  # sha256 of `path` when opened; None when there was no file
    saved_file: TranslationFile | None = None  # what `path` held when opened
    overridden_by: Path | None = None  # a personal file that wins over the clinic's
    keywords: list[str] = field(default_factory=list)

    # ------------------------------------------------------------ editing
    def unit(self, field_name: str, english: str) -> Unit:
        """The unit of `field_name` whose English is `english` (notes: "<id>\\n<text>" too)."""
        for unit in self.units:
            if unit.field == field_name and english in (unit.key, unit.english):
                return unit
        raise KeyError(f"{field_name}: {english!r}")

    def set_text(self, field_name: str, english: str, text: str) -> None:
        self.unit(field_name, english).text = text

    @property
    def changed(self) -> bool:
        return any(unit.changed for unit in self.units)

    @property
    def language_label(self) -> str:
        return language_label(self.language)

    def problems(self) -> list[str]:
        """Every check that fails, said with the string it is about."""
        return [f"{unit.label}: {problem}" for unit in self.units for problem in unit.problems()]

    def empty(self) -> list[Unit]:
        return [unit for unit in self.units if not unit.text.strip()]

    def rebase(self, fresh: "TranslationEdit") -> "TranslationEdit":
        """`fresh` (the file as a colleague saved it) with this edit's changes on top:
        the strings changed here keep the text typed here, the others show theirs."""
        mine = {(unit.field, unit.key): unit.text for unit in self.units if unit.changed}
        for unit in fresh.units:
            if (unit.field, unit.key) in mine:
                unit.text = mine[(unit.field, unit.key)]
        return fresh


# ---------------------------------------------------------------- opening

def target(folders) -> tuple[str, Path]:
    """Where the clinic's translations are saved: ("clinic", <clinic>/translations), or
    ("user", <user data>/translations) when no clinic folder is set."""
    if folders.clinic is not None:
        return "clinic", folders.clinic / "translations"
    return "user", folders.home / "translations"


def open_edit(item: Exercise | Template, language: str, translations: Translations,
              folders) -> TranslationEdit:
    """`item`'s translation into `language` as it prints now, ready to edit and save
    into the clinic's folder (the user's without one)."""
    if language not in LANGUAGES or language == SOURCE_LANGUAGE:
        raise ValidationError(f"\"{language}\" is not a language our texts are translated "
                              f"into; choose one of {', '.join(LANGUAGES[1:])}",
                              field="language")
    kind = kind_of(item)
    origin, translations_root = target(folders)
    path = file_path(translations_root, language, kind, item.id)
    boundary = folders.clinic if origin == "clinic" else folders.home
    files = translations.files(language, kind, item.id)
    counts: dict[str, int] = {}
    units: list[Unit] = []
    for name, key in source_strings(item):
        text, found = "", ""
        for file in reversed(files):  # highest precedence first
            if key in file.strings.get(name, {}):
                text, found = file.strings[name][key], file.origin
                break
        number = 0
        if name in ("steps", "precautions", "notes"):
            counts[name] = number = counts.get(name, 0) + 1
        units.append(Unit(name, key, text, text, found, number))
    current = {(unit.field, unit.key) for unit in units}
    stale: list[Stale] = []
    for file in reversed(files):
        for name, table in file.strings.items():
            for key, text in table.items():
                if (name, key) not in current and not any(
                        (s.field, s.key) == (name, key) for s in stale):
                    stale.append(Stale(name, key, text, file.origin))
    result = report(item, language, translations)
    saved_file = next((f for f in files if f.origin == origin), None)
    revision = _digest(path, boundary)
    overridden = None
    if origin == "clinic":
        personal = file_path(folders.home / "translations", language, kind, item.id)
        if any(f.origin == "user" for f in files):
            overridden = personal
    keywords = list(saved_file.keywords) if saved_file is not None else []
    return TranslationEdit(language, kind, item.id, item.name, units, stale, result.status,
                           result.reviewed_by, result.reviewed_on, origin, path, boundary,
                           revision, saved_file, overridden, keywords)


def _digest(path: Path, root: Path) -> str | None:
    try:
        return safe_io.current_digest(path, MAX_BYTES, root)
    except (StorageError, OSError):
        return "unreadable"  # a save will look again, and refuse if it still cannot read


# ---------------------------------------------------------------- saving

def file_for(edit: TranslationEdit, reviewed_by: str | None = None,
             today: _dt.date | None = None) -> TranslationFile:
    """The translation file a save of `edit` writes (see the module docstring)."""
    reviewed_by = (reviewed_by or "").strip()
    saved = edit.saved_file
    strings: dict[str, dict[str, str]] = {}
    if saved is not None and not reviewed_by:
        for name, table in saved.strings.items():
            strings[name] = dict(table)
    for unit in edit.units:
        text = unit.text.strip() if unit.field in ("name", "title", "description") \
            else unit.text.rstrip()
        if reviewed_by or unit.changed:
            if text.strip():
                strings.setdefault(unit.field, {})[unit.key] = text
            else:  # emptied: this file no longer says anything for it
                strings.get(unit.field, {}).pop(unit.key, None)
    strings = {name: table for name, table in strings.items() if table}
    written_by = saved.written_by if saved is not None and saved.written_by else \
        ("the clinic" if edit.origin == "clinic" else "")
    return TranslationFile(
        edit.language, edit.kind, edit.item_id,
        status="reviewed" if reviewed_by else "draft", written_by=written_by,
        reviewed_by=reviewed_by, reviewed_on=(today or _dt.date.today()) if reviewed_by
        else None, strings=strings, keywords=list(edit.keywords), origin=edit.origin,
        where=str(edit.path))


def check_review(edit: TranslationEdit, reviewed_by: str) -> None:
    """Refuse to mark `edit` reviewed without a name, with an empty string, or with a
    string whose numbers, side words or markup differ from the English."""
    if not reviewed_by.strip():
        raise ValidationError("type the name of the clinician who reviewed this translation",
                              field="reviewed by")
    empty = edit.empty()
    if empty:
        raise ValidationError(f"{empty[0].label} has no translation yet; translate every "
                              "text before marking it reviewed", field=empty[0].label)
    problems = edit.problems()
    if problems:
        raise ValidationError(f"{problems[0]}; correct it before marking the translation "
                              "reviewed")


def save(edit: TranslationEdit, reviewed_by: str | None = None,
         today: _dt.date | None = None) -> Path:
    """Write `edit` to its file safely (see the module docstring); the path written.

    `ConflictError` when someone saved that file since the edit was opened;
    `StorageError` when the folder cannot be reached or written (nothing is lost:
    the edit is unchanged and can be saved again).
    """
    if reviewed_by is not None:
        check_review(edit, reviewed_by)
    file = file_for(edit, reviewed_by, today)
    data = documents.dumps(translation_data(file))
    if not edit.root.is_dir():
        where = "clinic library folder" if edit.origin == "clinic" else "user data folder"
        raise StorageError(f"the {where} cannot be reached, so the translation was not "
                           "saved; check the network drive or folder, then save again "
                           "(your text is still here)", path=edit.root)
    folder = edit.path.parent
    try:
        safe_io.ensure_folder(folder, edit.root, "the translations folder")
        with safe_io.locked(edit.path, f"{edit.item_name} ({edit.language_label})"):
            now = safe_io.current_digest(edit.path, MAX_BYTES, edit.root)
            # Removed meanwhile: writing it again clobbers nothing (as for templates).
            if now is not None and now != edit.revision:
                error = ConflictError(
                    f"the {edit.language_label} translation of \"{edit.item_name}\" was "
                    "saved by someone else since you opened it")
                error.file = edit.path
                raise error
            safe_io.write_atomic(edit.path, data, edit.root, "the translations folder")
    except ConflictError:
        raise
    except StorageError as error:
        raise StorageError(f"{error.message}; the translation was not saved (your text "
                           "is still here)", path=error.path or edit.path) from None
    edit.revision = safe_io.digest(data)
    edit.saved_file = file
    for unit in edit.units:
        unit.original = unit.text
    return edit.path


def templates_of(handout, templates) -> list[Template]:
    """The templates whose English education or advice this handout still holds (so
    their translation prints on it), looked for among those sharing an exercise with it."""
    from ..errors import HandoutError
    from ..templates import exercise_ids

    ids = {item.exercise.id for item in handout.items}
    texts = {text for text in (handout.education, handout.advice) if text.strip()}
    found = []
    for template in templates.all():
        if not texts or not ids & set(exercise_ids(template)):
            continue
        try:
            own = template.handout
        except HandoutError:
            continue  # an unreadable template is reported by the library
        if texts & {own.education, own.advice}:
            found.append(template)
    return found
