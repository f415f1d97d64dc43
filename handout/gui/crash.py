"""Last line of defence: an unexpected error is logged and shown as a short apology.

`install()` replaces `sys.excepthook` and `threading.excepthook`. The
traceback goes to `paths.log_file()`, as frames and exception types only
(`handout.crashlog`: messages can quote a patient, so they are left out); the
therapist sees one calm sentence and the log's path, never the traceback,
and the window stays open.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from .. import crashlog, paths
from .dialogs import Message

MAX_LOG_BYTES = crashlog.MAX_LOG_BYTES


def write_log(text: str) -> Path:
    """Append `text` to the log file; returns its path. Never raises.

    A log over 1 MB is moved aside to `<name>.1` first (replacing an older
    one), so a recurring problem cannot fill the disk.
    """
    path = paths.log_file()
    crashlog.write(path, "Handout Builder", text, MAX_LOG_BYTES)
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
        text = crashlog.describe(kind, value, tb)
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
