"""The settings file: a small JSON `handout-settings` document in the user data folder.

It holds what the core needs to know between sessions, today only the clinic
library folder (a shared network drive or synced folder whose templates and
exercises everyone in the clinic sees). `HANDOUT_CLINIC_DIR` overrides it; set
to an empty value it switches the clinic library off.

Unknown keys are kept and written back, so a newer app's settings survive a
round trip through an older one. Writes are atomic (`storage.atomic_write`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths, storage
from .errors import StorageError, ValidationError

FORMAT = "handout-settings"
VERSION = 1
CLINIC_ENV = "HANDOUT_CLINIC_DIR"


@dataclass
class Settings:
    """What the core remembers between sessions."""

    clinic_folder: str = ""  # "" : no clinic library
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know


def load_settings(path: str | Path | None = None) -> Settings:
    """The settings, or the defaults when there is no file yet.

    Raises `ValidationError` or `StorageError` naming the file when it cannot be used.
    """
    path = Path(path) if path is not None else paths.settings_file()
    if not path.exists():
        return Settings()
    data = storage.read_text(path)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError("is not a valid settings file (not JSON); delete it to start "
                              "again with the default settings", path=path) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(f"is not a settings file (expected \"format\": \"{FORMAT}\")",
                              path=path)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(f"version: expected a whole number, got {version!r}", path=path)
    if version > VERSION:
        raise ValidationError(f"was made by a newer Handout Builder (settings version "
                              f"{version}; this one reads up to {VERSION}). Please update "
                              "the app.", path=path)
    body = document.get("settings", {})
    if not isinstance(body, dict):
        raise ValidationError("settings: expected an object {...}", path=path)
    folder = body.get("clinic_folder", "")
    if folder is None:
        folder = ""
    if not isinstance(folder, str):
        raise ValidationError(f"settings.clinic_folder: expected a folder path as text, got "
                              f"{folder!r}", path=path)
    extra = {k: v for k, v in body.items() if k != "clinic_folder"}
    return Settings(clinic_folder=folder, extra=extra)


def settings_bytes(settings: Settings) -> bytes:
    body = {"clinic_folder": settings.clinic_folder, **settings.extra}
    return storage.dumps({"format": FORMAT, "version": VERSION, "settings": body})


def save_settings(settings: Settings, path: str | Path | None = None) -> None:
    path = Path(path) if path is not None else paths.settings_file()
    storage.atomic_write(path, settings_bytes(settings))


def clinic_folder() -> Path | None:
    """The clinic library folder (from `HANDOUT_CLINIC_DIR`, else the settings file), or None.

    Raises the settings file's error when it cannot be read; callers at
    start-up report it and carry on without a clinic library.
    """
    override = os.environ.get(CLINIC_ENV)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    folder = load_settings().clinic_folder.strip()
    return Path(folder).expanduser() if folder else None


def set_clinic_folder(folder: str | Path | None) -> None:
    """Remember `folder` as the clinic library folder (None or "" forgets it)."""
    try:
        settings = load_settings()
    except (ValidationError, StorageError):
        settings = Settings()  # a broken file is replaced rather than blocking the change
    settings.clinic_folder = str(folder) if folder else ""
    save_settings(settings)


def clinic_templates_folder(root: Path) -> Path:
    return root / "templates"


def clinic_exercises_folder(root: Path) -> Path:
    return root / "exercises"
