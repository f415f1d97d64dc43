"""Draws PDF pages on a background thread, newest wishes first, for one page view.

The view says which document to open (`open`, by serial number) and which
pages it wants at which pixel size (`want`: the new list replaces the old
one, so pages scrolled past or zoom levels passed through are never drawn).
One Python thread per rasteriser does the PDFium work through
`pdf_pages.PdfPages` (each PDFium call under the process-wide lock) and hands
every result back through a Qt signal, which arrives on the GUI thread. The
thread owns the documents it opened and closes them itself: when the view
says it no longer needs them (`keep`), and when it stops (`shutdown`, which
the view calls when it goes, and `pdf_pages` calls for every rasteriser
still running before PDFium is shut down at exit).
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ..errors import HandoutError
from . import pdf_pages


@dataclass(frozen=True)
class PageJob:
    """Page `page` of document `serial`, drawn to `width` x `height` device pixels."""

    serial: int
    page: int
    width: int
    height: int


class _Signals(QObject):
    #: A document is open: its serial, and its page sizes in points.
    opened = Signal(int, list)
    #: A page is drawn: serial, page, the picture (width x height as asked).
    rendered = Signal(int, int, QImage)
    #: Opening or drawing failed: serial, message (a traceback if a bug), is_bug.
    failed = Signal(int, str, bool)


class PageRasteriser:
    """A worker thread that opens PDFs and draws the pages a view asks for."""

    def __init__(self) -> None:
        self.signals = _Signals()
        self._condition = threading.Condition()
        self._to_open: tuple[int, bytes] | None = None
        self._wanted: list[PageJob] = []
        self._keep: set[int] = set()
        self._stopping = False
        self._working = False
        self._thread: threading.Thread | None = None
        pdf_pages.before_exit(self)

    # --------------------------------------------------- called by the view

    def open(self, serial: int, data: bytes) -> None:
        """Open `data` as document `serial` (replacing one not opened yet)."""
        with self._condition:
            self._to_open = (serial, data)
            self._keep.add(serial)
            self._start()
            self._condition.notify()

    def want(self, jobs: list[PageJob]) -> None:
        """Draw these pages, in this order, instead of whatever was asked before."""
        with self._condition:
            self._wanted = list(jobs)
            if jobs:
                self._start()
            self._condition.notify()

    def keep(self, serials: set[int]) -> None:
        """Only these documents are still needed: close the others."""
        with self._condition:
            self._keep = set(serials)
            self._wanted = [job for job in self._wanted if job.serial in self._keep]
            self._condition.notify()

    @property
    def busy(self) -> bool:
        with self._condition:
            return self._working or self._to_open is not None or bool(self._wanted)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop the thread (it closes its documents) and wait for it."""
        with self._condition:
            self._stopping = True
            self._condition.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    # ------------------------------------------------------- on the thread

    def _start(self) -> None:
        if self._thread is None and not self._stopping:
            self._thread = threading.Thread(target=self._run, name="pdf-pages", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        documents: dict[int, pdf_pages.PdfPages] = {}
        try:
            while (task := self._next(documents)) is not None:
                to_open, job, unneeded = task
                for serial in unneeded:
                    documents.pop(serial).close()
                if to_open is not None or job is not None:
                    self._work(documents, to_open, job)
        finally:
            for pages in documents.values():
                pages.close()

    def _next(self, documents: dict[int, pdf_pages.PdfPages]):
        """Wait for work; (what to open, page to draw, documents to close), or None to stop."""
        with self._condition:
            self._working = False
            while not self._stopping and self._to_open is None and not self._wanted \
                    and not documents.keys() - self._keep:
                self._condition.wait()
            if self._stopping:
                return None
            self._working = True
            to_open, self._to_open = self._to_open, None
            job = self._wanted.pop(0) if to_open is None and self._wanted else None
            unneeded = [serial for serial in documents if serial not in self._keep]
            return to_open, job, unneeded

    def _emit(self, signal_name: str, *args) -> None:
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:
            pass  # the view is gone (the app is closing): nobody is waiting

    def _work(self, documents: dict[int, pdf_pages.PdfPages], to_open, job) -> None:
        serial = to_open[0] if to_open is not None else job.serial
        try:
            if to_open is not None:
                pages = pdf_pages.PdfPages(to_open[1])
                documents[serial] = pages
                self._emit("opened", serial, list(pages.sizes))
            else:
                pages = documents.get(serial)
                if pages is None:
                    return  # closed meanwhile: no longer wanted
                image = pages.render(job.page, job.width, job.height)
                self._emit("rendered", serial, job.page, image)
        except HandoutError as error:
            self._emit("failed", serial, str(error), False)
        except Exception:  # reported by the GUI thread (crash log), never raised here
            self._emit("failed", serial, traceback.format_exc(), True)
