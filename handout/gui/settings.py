"""Window layout, recent files and last folders, kept in `gui.ini` in the user data folder.

An INI file under `paths.user_home()` (not the platform registry), so
`HANDOUT_HOME` keeps every test and every portable install separate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

MAX_RECENT = 8


class GuiSettings:
    """Typed access to the few things the window remembers between sessions."""

    def __init__(self) -> None:
        self.qsettings = QSettings(str(paths.user_home() / "gui.ini"), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self.qsettings.setValue(key, value)

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-entry list
            value = [value]
        return [Path(v) for v in value or [] if isinstance(v, str) and v]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != Path(path)]
        self.qsettings.setValue("recent_files", [str(p) for p in files])

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("recent_files", [])

    def folder(self, key: str) -> Path:
        """A folder remembered for a file dialog, or the home folder."""
        value = self.text(f"folders/{key}")
        if value and Path(value).is_dir():
            return Path(value)
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()

    def set_folder(self, key: str, folder: Path) -> None:
        self.set_text(f"folders/{key}", str(folder))

    def sync(self) -> None:
        self.qsettings.sync()
