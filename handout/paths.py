"""Where things live: the bundled assets and the per-user data folder.

`HANDOUT_HOME` overrides the user data folder (every test sets it, so no test
touches a real one). `HANDOUT_CLINIC_DIR` overrides the clinic library folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
FONTS = ASSETS / "fonts"
BUNDLED_EXERCISES = ASSETS / "exercises"
BUNDLED_TEMPLATES = ASSETS / "templates"
ICONS = ASSETS / "icons"

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
