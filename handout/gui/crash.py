"""Last line of defence: an unexpected error is logged and shown as a short apology.

`install()` replaces `sys.excepthook` and `threading.excepthook`. The
traceback goes to `paths.log_file()`; the therapist sees one calm sentence and
the log's path, never the traceback, and the window stays open.
"""

from __future__ import annotations

import datetime as _dt
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from .. import paths
from .dialogs import Message


MAX_LOG_BYTES = 1_000_000


def write_log(text: str) -> Path:
    """Append `text` to the log file; returns its path. Never raises.

    A log over 1 MB is moved aside to `<name>.1` first (replacing an older
    one), so a recurring problem cannot fill the disk.
    """
    path = paths.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {_dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        pass
    return path


class CrashReporter(QObject):
    """Lives in the GUI thread; any thread may report to it through `reported`."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.reported.connect(self._show)

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        path = write_log(text)
        # Emitting a signal is safe from any thread; the slot runs in the GUI thread.
        self.reported.emit(str(path))

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, log_path: str) -> None:
        if self._showing:  # one apology at a time, even if errors repeat
            return
        self._showing = True
        try:
            Message.apology(QApplication.activeWindow(), Path(log_path))
        finally:
            self._showing = False


def install(parent: QObject | None = None) -> CrashReporter:
    reporter = CrashReporter(parent)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
