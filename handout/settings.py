"""The settings file: a small JSON `handout-settings` document in the user data folder.

It holds what the app needs to know between sessions: the clinic library
folder (a shared network drive or synced folder whose templates and
exercises everyone in the clinic sees) and the interface language (menus and
dialogs only; "" follows the computer's language; it never changes what prints). Only `handout.collection` asks for
it: `HANDOUT_CLINIC_DIR` overrides it there (an empty value switches the
clinic library off).

Unknown keys are kept and written back, so a newer app's settings survive a
round trip through an older one. The file is parsed by `documents.parse`
(limits, format, version) and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import documents, paths, storage
from .errors import StorageError, ValidationError

FORMAT = "handout-settings"
VERSION = documents.KINDS[FORMAT].version
CLINIC_ENV = "HANDOUT_CLINIC_DIR"
MAX_FOLDER_CHARS = 4000
MAX_LANGUAGE_CHARS = 20


@dataclass
class Settings:
    """What the core remembers between sessions."""

    clinic_folder: str = ""  # "" : no clinic library
    interface_language: str = ""  # "" : the computer's language, when the app has it
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know


def load_settings(path: str | Path | None = None) -> Settings:
    """The settings, or the defaults when there is no file yet.

    Raises `ValidationError` or `StorageError` naming the file when it cannot be used.
    """
    path = Path(path) if path is not None else paths.settings_file()
    try:
        if not path.exists() and not path.is_symlink():
            return Settings()
    except OSError:
        return Settings()
    data = storage.read_text(path, documents.KINDS[FORMAT].max_bytes)
    try:
        value = documents.loads(data, path, documents.KINDS[FORMAT].max_bytes)
    except ValidationError as error:
        raise ValidationError(f"is not a valid settings file ({error.message}); delete it to "
                              "start again with the default settings", path=path) from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise ValidationError(f"is not a settings file (expected \"format\": \"{FORMAT}\"); "
                              "delete it to start again with the default settings", path=path)
    document = documents.check(value, FORMAT, path)
    body = document.get("settings", {})
    if not isinstance(body, dict):
        raise ValidationError("settings: expected an object {...}", path=path)
    folder = body.get("clinic_folder", "")
    if folder is None:
        folder = ""
    if not isinstance(folder, str) or len(folder) > MAX_FOLDER_CHARS or "\x00" in folder:
        raise ValidationError("settings.clinic_folder: expected a folder path as text",
                              path=path)
    language = body.get("interface_language", "")
    # A language this version does not ship (a newer app's) is kept, and the
    # interface falls back to the computer's language: it is not an error.
    if language is None:
        language = ""
    if not isinstance(language, str) or len(language) > MAX_LANGUAGE_CHARS \
            or not all(c.isalnum() or c in "-_" for c in language):
        raise ValidationError("settings.interface_language: expected a language code "
                              "such as \"es\" as text", path=path)
    extra = {k: v for k, v in body.items() if k not in ("clinic_folder", "interface_language")}
    return Settings(clinic_folder=folder, interface_language=language, extra=extra)


def settings_bytes(settings: Settings) -> bytes:
    body: dict[str, Any] = {"clinic_folder": settings.clinic_folder}
    if settings.interface_language:  # written only when chosen
        body["interface_language"] = settings.interface_language
    body.update(settings.extra)
    return documents.dumps(documents.document(FORMAT, body))


def save_settings(settings: Settings, path: str | Path | None = None) -> None:
    path = Path(path) if path is not None else paths.settings_file()
    storage.atomic_write(path, settings_bytes(settings))


def clinic_folder() -> Path | None:
    """The clinic library folder (from `HANDOUT_CLINIC_DIR`, else the settings file), or None.

    Raises the settings file's error when it cannot be read. The app asks
    `Collection.clinic_folder` instead; this stays for scripts.
    """
    from .collection import Folders, configured_clinic_folder
    return configured_clinic_folder(Folders.standard())


def set_clinic_folder(folder: str | Path | None, path: str | Path | None = None) -> None:
    """Remember `folder` as the clinic library folder (None or "" forgets it)."""
    try:
        settings = load_settings(path)
    except (ValidationError, StorageError):
        settings = Settings()  # a broken file is replaced rather than blocking the change
    settings.clinic_folder = str(folder) if folder else ""
    save_settings(settings, path)


def set_interface_language(code: str, path: str | Path | None = None) -> None:
    """Remember the interface language (`""` : follow the computer's language)."""
    try:
        settings = load_settings(path)
    except (ValidationError, StorageError):
        settings = Settings()  # a broken file is replaced rather than blocking the change
    settings.interface_language = code or ""
    save_settings(settings, path)


def clinic_templates_folder(root: Path) -> Path:
    return root / "templates"


def clinic_exercises_folder(root: Path) -> Path:
    return root / "exercises"
