"""The live preview: the real PDF from `pdf.render`, shown in a `QPdfView`.

Edits restart a short debounce timer; when it fires the handout is copied
and rendered off the GUI thread (`render_worker`). The new bytes are loaded
from a `QBuffer` into a fresh `QPdfDocument`, and the scroll position is kept
so the page the therapist is looking at stays put.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..model import Clinic, Handout
from .render_worker import PreviewRenderer

DEBOUNCE_MS = 150


class PreviewPane(QWidget):
    """Shows the PDF of the open handout, refreshed shortly after each edit."""

    #: A new PDF is on screen. Argument: its generation number.
    refreshed = Signal(int)
    #: The preview could not be rendered (plain-words message).
    render_failed = Signal(str)
    #: An unexpected error while rendering (the traceback, for the crash log).
    render_crashed = Signal(str)

    def __init__(self, source: Callable[[], tuple[Handout, Clinic | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.generation = 0
        self.pdf_bytes = b""
        #: Seconds from the first edit after the previous refresh to this refresh.
        self.last_latency: float | None = None
        self._edit_started: float | None = None
        self._buffer: QBuffer | None = None
        self._to_top = False
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setAccessibleName("Preview of the printed handout")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.pdf)
        self.view.setToolTip("This is exactly what will be printed")
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fff4e5; color: #5c3b00; "
                                   "padding: 6px; border-radius: 4px; }")
        self.message.hide()
        self.heading = QLabel("<b>Preview</b>")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._show)
        self.renderer.failed.connect(self._failed)

    # ------------------------------------------------------------ requests

    def start_over(self) -> None:
        """A different handout is open: show its first page when it arrives."""
        self._to_top = True
        self.schedule()

    def schedule(self) -> None:
        """Something changed: render again once the edits pause."""
        if self._edit_started is None:
            self._edit_started = time.perf_counter()
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        handout, clinic, *resources = self.source()  # resources: loaded photos and logo
        self.renderer.request(handout, clinic, *resources)

    @property
    def busy(self) -> bool:
        return self.timer.isActive() or self.renderer.busy

    # -------------------------------------------------------------- results

    def _show(self, data: bytes, _seconds: float) -> None:
        scroll_x = self.view.horizontalScrollBar().value()
        scroll_y = self.view.verticalScrollBar().value()
        old_buffer = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)  # closes the previous document first
        self._buffer = buffer
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        self.pdf_bytes = data
        # The view lays the pages out again; put the scroll bars back afterwards.
        if self._to_top:
            scroll_x = scroll_y = 0
            self._to_top = False
        self.view.verticalScrollBar().setValue(scroll_y)
        self.view.horizontalScrollBar().setValue(scroll_x)
        self.message.hide()
        if self._edit_started is not None:
            self.last_latency = time.perf_counter() - self._edit_started
            self._edit_started = None
        self.generation += 1
        self.refreshed.emit(self.generation)

    def _failed(self, message: str, is_bug: bool) -> None:
        self._edit_started = None
        if is_bug:
            self.message.setText("The preview could not be drawn. The details were written "
                                 "to the log file.")
            self.message.show()
            self.render_crashed.emit(message)
        else:
            self.message.setText(f"The preview could not be drawn: {message}")
            self.message.show()
            self.render_failed.emit(message)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def shutdown(self) -> None:
        self.timer.stop()
        self.renderer.wait(10000)


