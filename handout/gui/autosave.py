"""Never lose work: the open handout is copied to a recovery file when editing pauses.

Each running window claims a numbered slot in `paths.recovery_folder()` (a
`QLockFile`, released by the OS if the process dies) and writes its recovery
file, atomically, a few seconds after the last edit while there are unsaved
changes. A clean close, a save, or choosing Discard deletes it. At start, a
recovery file whose slot is not held by a running copy of the app is work
left behind by a crash, and is offered back; a second copy of the app running
at the same time never sees the first one's live work as a crash.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from .. import paths, storage
from ..errors import HandoutError
from ..model import Handout
from .document import HandoutDocument

IDLE_MS = 3000
MAX_SLOTS = 32
_FILE = re.compile(r"^autosave-(\d+)\.handout\.json$")


def recovery_file(slot: int) -> Path:
    return paths.recovery_folder() / f"autosave-{slot}.handout.json"


def _info_file(slot: int) -> Path:
    return paths.recovery_folder() / f"autosave-{slot}.info.json"


def _lock(slot: int) -> QLockFile:
    lock = QLockFile(str(paths.recovery_folder() / f"slot-{slot}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    return lock


@dataclass
class Recovered:
    slot: int
    handout: Handout
    original_path: Path | None
    saved_at: str


class Autosave(QObject):
    """Writes this window's recovery file after `idle_ms` without edits."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, document: HandoutDocument, idle_ms: int = IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.slot, self._lock = self._claim_slot()
        self._wrote = False  # until then, a file in our own slot is a crash's leftover
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.save_now)
        document.changed.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    @staticmethod
    def _claim_slot() -> tuple[int, QLockFile | None]:
        try:
            paths.recovery_folder().mkdir(parents=True, exist_ok=True)
        except OSError:
            return 1, None  # saving will report the problem in plain words
        for slot in range(1, MAX_SLOTS + 1):
            lock = _lock(slot)
            if lock.tryLock(0):
                return slot, lock
        return MAX_SLOTS + 1, None

    @property
    def file(self) -> Path:
        return recovery_file(self.slot)

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
            storage.atomic_write(self.file, storage.handout_bytes(self.document.handout))
            storage.atomic_write(_info_file(self.slot), storage.dumps(info))
        except HandoutError as error:
            self.failed.emit(str(error))
            return False
        self._wrote = True
        self.saved.emit(str(self.file))
        return True

    def discard(self) -> None:
        self.timer.stop()
        discard_recovery(self.slot)

    def release(self) -> None:
        """Give up the slot (the window is closing)."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def find_left_behind(self, resolve) -> list[Recovered | HandoutError]:
        """Recovery files of app sessions that ended without closing, newest first.

        A file that cannot be read is returned as its HandoutError.
        """
        found: list[tuple[float, Recovered | HandoutError]] = []
        folder = paths.recovery_folder()
        for path in folder.glob("autosave-*.handout.json") if folder.is_dir() else []:
            match = _FILE.match(path.name)
            if match is None:
                continue
            slot = int(match.group(1))
            if slot == self.slot:
                if self._wrote:
                    continue  # our own live copy
            else:
                lock = _lock(slot)
                if not lock.tryLock(0):
                    continue  # another copy of the app is running and owns it
                lock.unlock()
            try:
                stamp = path.stat().st_mtime
                found.append((stamp, _read(slot, resolve)))
            except HandoutError as error:
                error.slot = slot
                found.append((0.0, error))
            except OSError:
                continue
        return [entry for _stamp, entry in sorted(found, key=lambda f: -f[0])]


def discard_recovery(slot: int) -> None:
    for path in (recovery_file(slot), _info_file(slot)):
        try:
            path.unlink()
        except OSError:
            pass  # missing already, or it will be offered again: nothing is lost


def _read(slot: int, resolve) -> Recovered:
    handout = storage.load_handout(recovery_file(slot), resolve)
    original, saved_at = None, ""
    try:
        info = json.loads(_info_file(slot).read_text(encoding="utf-8"))
        if isinstance(info, dict):
            original = Path(info["original_path"]) if info.get("original_path") else None
            saved_at = str(info.get("saved_at") or "")
    except (OSError, ValueError, TypeError):
        pass
    return Recovered(slot, handout, original, saved_at)
