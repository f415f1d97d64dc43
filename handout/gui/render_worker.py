"""Renders PDF bytes on a pool thread so typing never waits for ReportLab.

`PreviewRenderer.request(handout, clinic)` takes a deep copy at once (the GUI
keeps editing the real model) and renders it in the background. Only one job
runs at a time; requests made meanwhile collapse into one follow-up job with
the newest copy, and a result that is older than the newest request is
dropped.
"""

from __future__ import annotations

import copy
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .. import crashlog
from ..errors import HandoutError
from ..model import Clinic, Handout


class _Signals(QObject):
    done = Signal(int, bytes, float)
    failed = Signal(int, str, bool)


class _RenderJob(QRunnable):
    def __init__(self, serial: int, handout: Handout, clinic: Clinic | None,
                 signals: _Signals, resources=None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.serial = serial
        self.handout = handout
        self.clinic = clinic
        self.resources = resources  # photos and logo, loaded by the collection beforehand
        self.signals = signals

    def run(self) -> None:
        try:
            self._render()
        except RuntimeError:
            pass  # the app is closing and the receiver is gone: nobody is waiting

    def _render(self) -> None:
        started = time.perf_counter()
        try:
            from .. import pdf  # ReportLab loads here, on first use, off the GUI thread
            data = pdf.render(self.handout, self.clinic, self.resources)
        except HandoutError as error:
            self.signals.failed.emit(self.serial, str(error), False)
        except Exception as error:  # reported as a crash by the GUI thread, never raised here
            # Frames and types only: a message could quote the patient (crash log privacy).
            self.signals.failed.emit(self.serial, crashlog.describe(
                type(error), error, error.__traceback__), True)
        else:
            self.signals.done.emit(self.serial, data, time.perf_counter() - started)


class PreviewRenderer(QObject):
    """Background PDF rendering with stale results dropped."""

    #: PDF bytes for the newest request, and how long ReportLab took (seconds).
    rendered = Signal(bytes, float)
    #: The newest request could not be rendered: message, and whether it was a bug.
    failed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._serial = 0
        self._running = False
        self._pending: tuple | None = None

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, handout: Handout, clinic: Clinic | None, resources=None) -> None:
        snapshot = (copy.deepcopy(handout), copy.deepcopy(clinic), resources)
        self._serial += 1
        if self._running:
            self._pending = snapshot
        else:
            self._start(*snapshot)

    def _start(self, handout: Handout, clinic: Clinic | None, resources=None) -> None:
        self._running = True
        self.pool.start(_RenderJob(self._serial, handout, clinic, self._signals, resources))

    def _next(self) -> None:
        self._running = False
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(*pending)

    @Slot(int, bytes, float)
    def _done(self, serial: int, data: bytes, seconds: float) -> None:
        self._next()
        if serial == self._serial:
            self.rendered.emit(data, seconds)

    @Slot(int, str, bool)
    def _failed(self, serial: int, message: str, is_bug: bool) -> None:
        self._next()
        if serial == self._serial:
            self.failed.emit(message, is_bug)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
