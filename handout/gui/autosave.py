"""Never lose work: the open handout is copied to a recovery file when editing pauses.

The recovery file lives in `paths.recovery_folder()` and is written atomically
a few seconds after the last edit (only while there are unsaved changes).
A clean close, a save, or choosing Discard deletes it; if the app stops any
other way, the next start finds it and offers to restore it.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from .. import paths, storage
from ..errors import HandoutError
from ..model import Handout
from .document import HandoutDocument

IDLE_MS = 3000


def recovery_file() -> Path:
    return paths.recovery_folder() / "autosave.handout.json"


def _info_file() -> Path:
    return paths.recovery_folder() / "autosave-info.json"


@dataclass
class Recovered:
    handout: Handout
    original_path: Path | None
    saved_at: str


class Autosave(QObject):
    """Writes the recovery file after `idle_ms` without edits."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, document: HandoutDocument, idle_ms: int = IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.save_now)
        document.changed.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def _edited(self) -> None:
        if self.document.modified:
            self.timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to the saved state: nothing to recover
            self.discard()

    def save_now(self) -> bool:
        self.timer.stop()
        if not self.document.modified:
            return False
        info = {"original_path": str(self.document.path) if self.document.path else None,
                "saved_at": _dt.datetime.now().isoformat(timespec="seconds")}
        try:
            storage.atomic_write(recovery_file(), storage.handout_bytes(self.document.handout))
            storage.atomic_write(_info_file(), storage.dumps(info))
        except HandoutError as error:
            self.failed.emit(str(error))
            return False
        self.saved.emit(str(recovery_file()))
        return True

    def discard(self) -> None:
        self.timer.stop()
        discard_recovery()


def discard_recovery() -> None:
    for path in (recovery_file(), _info_file()):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # it will be offered again next time; nothing is lost


def find_recovery(resolve) -> Recovered | None:
    """The handout left behind by a session that did not close cleanly, if any.

    Raises HandoutError when a recovery file exists but cannot be read.
    """
    path = recovery_file()
    if not path.exists():
        return None
    handout = storage.load_handout(path, resolve)
    original, saved_at = None, ""
    try:
        info = json.loads(_info_file().read_text(encoding="utf-8"))
        if isinstance(info, dict):
            original = Path(info["original_path"]) if info.get("original_path") else None
            saved_at = str(info.get("saved_at") or "")
    except (OSError, ValueError, TypeError):
        pass
    return Recovered(handout, original, saved_at)
