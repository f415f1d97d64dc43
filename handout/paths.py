"""Where things live: the bundled assets and the per-user data folder.

`HANDOUT_HOME` overrides the user data folder (every test sets it, so no test
touches a real one). `HANDOUT_CLINIC_DIR` overrides the clinic library folder.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import os
import sys
from pathlib import Path


def _bundled_assets() -> Path:
    """The folder of bundled data (the package `handout.assets`) as a real folder.

    Found through `importlib.resources`, so it works from a source checkout, an
    installed wheel, a zip and a frozen app. A zip has no real folder: the data
    is unpacked once to a temporary one, removed when the process ends, because
    ReportLab and Qt open fonts and icons by file name.
    """
    resources = importlib.resources.files("handout.assets")
    if isinstance(resources, Path):
        return resources
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(importlib.resources.as_file(resources)))


ASSETS = _bundled_assets()
FONTS = ASSETS / "fonts"
BUNDLED_EXERCISES = ASSETS / "exercises"
BUNDLED_TEMPLATES = ASSETS / "templates"
ICONS = ASSETS / "icons"
# The interface's own translations (Qt .ts sources and compiled .qm files).
QT_TRANSLATIONS = ASSETS / "qt"

APP_FOLDER = "Handout Builder"


def user_home() -> Path:
    """The per-user data folder (settings, own exercises, own templates, recovery)."""
    override = os.environ.get("HANDOUT_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "handout-builder"


def user_exercises() -> Path:
    return user_home() / "exercises"


def user_templates() -> Path:
    return user_home() / "templates"


def clinic_file() -> Path:
    return user_home() / "clinic.json"


def settings_file() -> Path:
    return user_home() / "settings.json"


def recovery_folder() -> Path:
    return user_home() / "recovery"


def log_file() -> Path:
    return user_home() / "handout-builder.log"
