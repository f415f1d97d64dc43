"""The live preview: the real PDF from `pdf.render`, its pages drawn by PDFium.

Edits restart a short debounce timer; when it fires the handout is copied and
rendered off the GUI thread (`render_worker`). The new bytes go to a
`page_view.PdfPageView`, which draws the visible pages on its own thread and
swaps them in at once when they are ready: the old pages stay on screen
meanwhile (no flashing while typing), and the scroll position is kept so the
page the therapist is looking at stays put. `refreshed` is emitted then, when
the new pages are really on screen.

A bar above the pages shows "Page x of y" and the zoom, with buttons; the
zoom keys (Ctrl+plus, Ctrl+minus, Ctrl+0 for fit to width) work anywhere in
the window, Page Up / Page Down and Ctrl+wheel over the pages.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from ..model import Clinic, Handout
from .page_view import PdfPageView
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
        #: The PDF on screen.
        self.pdf_bytes = b""
        #: Seconds from the first edit after the previous refresh to this refresh.
        self.last_latency: float | None = None
        self._edit_started: float | None = None
        self._to_top = False
        self._sent: dict[int, bytes] = {}  # serial -> PDF given to the view, not shown yet

        self.view = PdfPageView(self)
        self.view.setObjectName("preview")
        self.view.setAccessibleName(self.tr("Preview of the printed handout"))
        self.view.setToolTip(self.tr("This is exactly what will be printed"))
        self.view.document_shown.connect(self._shown)
        self.view.failed.connect(self._pages_failed)
        self.view.page_changed.connect(self._page_changed)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fff4e5; color: #5c3b00; "
                                   "padding: 6px; border-radius: 4px; }")
        self.message.hide()
        self.heading = QLabel("<b>" + self.tr("Preview") + "</b>")

        self.zoom_in_action = self._action(self.tr("Zoom In"), self.view.zoom_in,
                                           [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], "+")
        self.zoom_out_action = self._action(self.tr("Zoom Out"), self.view.zoom_out,
                                            [QKeySequence.StandardKey.ZoomOut], "−")
        self.fit_action = self._action(self.tr("Fit Width"), self.view.fit_width, ["Ctrl+0"],
                                       self.tr("Fit width"))
        self.previous_action = self._action(
            self.tr("Previous Page"), self.view.previous_page, [], "▲")
        self.previous_action.setToolTip(self.tr("Previous page (Page Up in the preview)"))
        self.next_action = self._action(self.tr("Next Page"), self.view.next_page, [], "▼")
        self.next_action.setToolTip(self.tr("Next page (Page Down in the preview)"))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # A tool bar: when the pane is narrow, what does not fit moves into its » menu.
        self.bar = QToolBar(self.tr("Preview"))
        self.bar.setObjectName("previewBar")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.setStyleSheet("QToolBar { border: none; background: transparent; spacing: 2px; }")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(spacer)
        self.bar.addAction(self.previous_action)
        self.bar.addWidget(self.page_label)
        self.bar.addAction(self.next_action)
        self.bar.addSeparator()
        self.bar.addAction(self.zoom_out_action)
        self.bar.addWidget(self.zoom_label)
        self.bar.addAction(self.zoom_in_action)
        self.bar.addAction(self.fit_action)
        for action in self.bar.actions():
            button = self.bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.heading)
        bar.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._page_changed(0, 0)
        self._zoom_changed(self.view.zoom, True)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._failed)

    def _action(self, text: str, slot, keys: list, label: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(label)
        shortcuts = [QKeySequence(key) for key in keys]
        action.setShortcuts(shortcuts)
        # The whole window: the therapist may be typing in the editor when zooming.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        hint = f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})" \
            if shortcuts else ""
        action.setToolTip(text + hint)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

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
        """An edit is not on screen yet (waiting, rendering, or its pages being drawn)."""
        return self.timer.isActive() or self.renderer.busy or self.view.busy

    # -------------------------------------------------------------- results

    def _rendered(self, data: bytes, _seconds: float) -> None:
        serial = self.view.set_pdf(data, to_top=self._to_top)
        self._to_top = False
        self._sent = {serial: data}  # an older one not shown yet never will be

    def _shown(self, serial: int) -> None:
        data = self._sent.pop(serial, None)
        if data is None:
            return
        self.pdf_bytes = data
        self.message.hide()
        if self._edit_started is not None and not self.busy:
            self.last_latency = time.perf_counter() - self._edit_started
            self._edit_started = None
        self.generation += 1
        self.refreshed.emit(self.generation)

    def _failed(self, message: str, is_bug: bool) -> None:
        self._edit_started = None
        if is_bug:
            self.message.setText(
                self.tr("The preview could not be drawn. The details were written "
                        "to the log file."))
            self.message.show()
            self.render_crashed.emit(message)
        else:
            self.message.setText(self.tr("The preview could not be drawn: {problem}").format(
                problem=message))
            self.message.show()
            self.render_failed.emit(message)

    def _pages_failed(self, message: str, is_bug: bool) -> None:
        self._sent.clear()
        self._failed(message, is_bug)

    def _page_changed(self, page: int, count: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
            if count else self.tr("No pages"))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(count > 0 and page < count - 1)

    def _zoom_changed(self, zoom: float, fits: bool) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")
        self.zoom_label.setToolTip(self.tr("Fit to the width of the preview") if fits else
                                   self.tr("Zoom (Ctrl+0 fits the pages to the width)"))
        self.fit_action.setEnabled(not fits)
        self.zoom_in_action.setEnabled(zoom < 3.999)
        self.zoom_out_action.setEnabled(zoom > 0.251)

    # ------------------------------------------------------ page navigation

    def page_count(self) -> int:
        return self.view.page_count()

    def current_page(self) -> int:
        return self.view.current_page()

    def go_to_page(self, page: int) -> None:
        self.view.go_to_page(page)

    def shutdown(self) -> None:
        self.timer.stop()
        self.renderer.wait(10000)
        self.view.shutdown()
