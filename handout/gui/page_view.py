"""A continuous, zoomable view of a PDF's pages, drawn by PDFium off the GUI thread.

`PdfPageView.set_pdf(data)` shows a new PDF without flashing: the pages on
screen stay until the new document's visible pages are drawn, then the new
ones replace them in one paint (`document_shown`), at the same scroll
position (or at the top, if asked). Only the pages in view and a margin of
half a screen around them are drawn, at the screen's device pixel ratio, so
text is sharp on high-DPI screens; a new zoom level is drawn again at its
own size (a scaled copy of the old picture stands in for the few
milliseconds that takes). Pictures are cached by (document, page, width in
device pixels), within a memory budget.

Zoom: fit to width by default; Ctrl+plus / Ctrl+minus / Ctrl+0 (fit) and
Ctrl+wheel (around the mouse). Pages: Page Down / Page Up bring the next or
previous page's top into view, Home / End the first page or the end;
`go_to_page`, `current_page` and `page_count` for code.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from .page_rasteriser import PageJob, PageRasteriser
from .pdf_pages import PIXELS_PER_POINT, pixel_size

MARGIN = 12  # around the pages, logical pixels
SPACING = 12  # between pages
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
WHEEL_ZOOM_PER_NOTCH = 1.15
# The pictures kept: the pages on screen and around them, at the zoom levels
# used lately. 160 MB holds about ten A4 pages at 4K, or a whole long
# handout on an ordinary screen.
CACHE_BYTES = 160 * 1024 * 1024
BACKGROUND = QColor("#d9dde1")
EDGE = QColor(0, 0, 0, 60)


@dataclass
class _Layout:
    """Where each page goes, for one document at one zoom and pixel ratio."""

    scale: float  # logical pixels per point
    dpr: float
    rects: list[QRectF] = field(default_factory=list)  # logical, in content coordinates
    pixels: list[tuple[int, int]] = field(default_factory=list)  # device pixels of each page
    width: float = 0.0
    height: float = 0.0


@dataclass
class _Document:
    serial: int
    to_top: bool = False
    sizes: list[tuple[float, float]] | None = None  # points; None until opened
    layout: _Layout | None = None


class PdfPageView(QAbstractScrollArea):
    """Shows every page of a PDF, one under the other."""

    #: The pages of the document last given to `set_pdf` are on screen. Argument: its serial.
    document_shown = Signal(int)
    #: The page in the middle of the view, from 0, and how many pages there are.
    page_changed = Signal(int, int)
    #: The zoom (1.0 = paper size), and whether it follows the view's width.
    zoom_changed = Signal(float, bool)
    #: The pages could not be drawn: a message (or a bug's traceback), and whether it is a bug.
    failed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there: in fit-to-width mode a bar that comes and goes would
        # change the width, hence the zoom, hence whether the bar is needed.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setAutoFillBackground(False)
        self._serial = 0
        self._shown: _Document | None = None
        self._pending: _Document | None = None
        self._zoom = 1.0
        self._fit = True
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._cache_bytes = 0
        self._previous: dict[int, QImage] = {}  # page -> its picture in the document before
        self._reported_page = (-1, -1)
        self._failed_serials: set[int] = set()
        self._rasteriser = PageRasteriser()
        self._rasteriser.signals.opened.connect(self._opened)
        self._rasteriser.signals.rendered.connect(self._rendered)
        self._rasteriser.signals.failed.connect(self._render_failed)
        rasteriser = self._rasteriser
        self.destroyed.connect(lambda *_: rasteriser.shutdown(timeout=0))

    # ---------------------------------------------------------------- API

    def set_pdf(self, data: bytes, to_top: bool = False) -> int:
        """Show `data` once its visible pages are drawn; returns its serial number."""
        self._serial += 1
        self._pending = _Document(self._serial, to_top=to_top)
        self._rasteriser.keep(self._serials())
        self._rasteriser.open(self._serial, data)
        return self._serial

    def clear(self) -> None:
        """Show no document (and forget one on its way)."""
        self._shown = self._pending = None
        self._cache.clear()
        self._previous.clear()
        self._cache_bytes = 0
        self._rasteriser.keep(set())
        self._rasteriser.want([])
        self._update_scroll_bars()
        self.viewport().update()
        self._report_page()

    def shutdown(self) -> None:
        self._rasteriser.shutdown()

    @property
    def busy(self) -> bool:
        """A document given to `set_pdf` is not on screen yet."""
        return self._pending is not None

    @property
    def drawing(self) -> bool:
        """Pages are being drawn (for the screen now or around it)."""
        return self._rasteriser.busy

    @property
    def shown_serial(self) -> int | None:
        return self._shown.serial if self._shown is not None else None

    def page_count(self) -> int:
        return len(self._shown.sizes) if self._shown is not None else 0

    def current_page(self) -> int:
        """The page in the middle of the view (from 0); the last one at the very end."""
        layout = self._layout()
        if layout is None or not layout.rects:
            return 0
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return len(layout.rects) - 1
        middle = bar.value() + self.viewport().height() / 2
        for index, rect in enumerate(layout.rects):
            if middle < rect.bottom() + SPACING / 2:
                return index
        return len(layout.rects) - 1

    def go_to_page(self, page: int) -> None:
        """Scroll so that the top of `page` (from 0) is at the top of the view."""
        layout = self._layout()
        if layout is None or not layout.rects:
            return
        page = max(0, min(page, len(layout.rects) - 1))
        self.verticalScrollBar().setValue(round(layout.rects[page].top() - MARGIN))

    def next_page(self) -> None:
        layout = self._layout()
        if layout is None:
            return
        top = self.verticalScrollBar().value() + MARGIN
        for index, rect in enumerate(layout.rects):
            if rect.top() > top + 1:
                self.go_to_page(index)
                return
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def previous_page(self) -> None:
        layout = self._layout()
        if layout is None:
            return
        top = self.verticalScrollBar().value() + MARGIN
        for index in range(len(layout.rects) - 1, -1, -1):
            if layout.rects[index].top() < top - 1:
                self.go_to_page(index)
                return
        self.verticalScrollBar().setValue(0)

    @property
    def zoom(self) -> float:
        """The zoom now shown: 1.0 is the paper's own size (at 96 pixels per inch)."""
        layout = self._layout()
        if layout is not None:
            return layout.scale / PIXELS_PER_POINT
        return self._zoom

    @property
    def fits_width(self) -> bool:
        return self._fit

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Show the pages at `zoom`, keeping the point under `anchor` (view coordinates) put."""
        self._fit = False
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._relayout(anchor)

    def zoom_in(self) -> None:
        current = self.zoom
        self.set_zoom(next((step for step in ZOOM_STEPS if step > current * 1.01), MAX_ZOOM))

    def zoom_out(self) -> None:
        current = self.zoom
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < current * 0.99),
                           MIN_ZOOM))

    def fit_width(self) -> None:
        self._fit = True
        self._relayout(None)

    # ------------------------------------------------------------- layout

    def _serials(self) -> set[int]:
        return {doc.serial for doc in (self._shown, self._pending) if doc is not None}

    def _layout(self) -> _Layout | None:
        return self._shown.layout if self._shown is not None else None

    def _scale_for(self, sizes: list[tuple[float, float]]) -> float:
        if self._fit and sizes:
            widest = max(width for width, _ in sizes)
            room = self.viewport().width() - 2 * MARGIN
            zoom = room / (widest * PIXELS_PER_POINT) if widest > 0 else 1.0
            self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        return self._zoom * PIXELS_PER_POINT

    def _make_layout(self, sizes: list[tuple[float, float]]) -> _Layout:
        dpr = self.viewport().devicePixelRatioF() or 1.0
        layout = _Layout(self._scale_for(sizes), dpr)
        for points in sizes:
            layout.pixels.append(pixel_size(points, layout.scale * dpr))
        widest = max((w for w, _ in layout.pixels), default=0) / dpr
        layout.width = max(float(self.viewport().width()), widest + 2 * MARGIN)
        top = float(MARGIN)
        for width, height in layout.pixels:
            # Whole device pixels, so each picture lands on the screen's pixel grid.
            left = round((layout.width - width / dpr) / 2 * dpr) / dpr
            top = round(top * dpr) / dpr
            layout.rects.append(QRectF(left, top, width / dpr, height / dpr))
            top += height / dpr + SPACING
        layout.height = top - SPACING + MARGIN if sizes else 0.0
        return layout

    def _anchor_at(self, point: QPointF) -> tuple[int, float, float] | None:
        """(page, fraction across, fraction down) of a point in view coordinates."""
        layout = self._layout()
        if layout is None or not layout.rects:
            return None
        x = point.x() + self.horizontalScrollBar().value()
        y = point.y() + self.verticalScrollBar().value()
        index = next((i for i, rect in enumerate(layout.rects)
                      if y < rect.bottom() + SPACING / 2), len(layout.rects) - 1)
        rect = layout.rects[index]
        return index, (x - rect.left()) / rect.width(), (y - rect.top()) / rect.height()

    def _relayout(self, anchor: QPointF | None) -> None:
        """Lay the shown pages out again (zoom, width or pixel ratio changed)."""
        if self._shown is None or self._shown.sizes is None:
            self.zoom_changed.emit(self.zoom, self._fit)
            return
        if anchor is None:
            anchor = QPointF(self.viewport().width() / 2, 0.0)
        kept = self._anchor_at(anchor)
        old = self._shown.layout
        self._shown.layout = self._make_layout(self._shown.sizes)
        self._update_scroll_bars()
        if kept is not None and (old is None or old.scale != self._shown.layout.scale):
            index, across, down = kept
            rect = self._shown.layout.rects[index]
            self.horizontalScrollBar().setValue(round(rect.left() + across * rect.width()
                                                      - anchor.x()))
            self.verticalScrollBar().setValue(round(rect.top() + down * rect.height()
                                                    - anchor.y()))
        self.viewport().update()
        self._request()
        self.zoom_changed.emit(self.zoom, self._fit)
        self._report_page()

    def _update_scroll_bars(self) -> None:
        layout = self._layout()
        width = self.viewport().width()
        height = self.viewport().height()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, round(layout.height - height)) if layout else 0)
        vertical.setPageStep(max(1, height))
        vertical.setSingleStep(max(1, height // 12))
        horizontal.setRange(0, max(0, round(layout.width - width)) if layout else 0)
        horizontal.setPageStep(max(1, width))
        horizontal.setSingleStep(max(1, width // 12))

    def _pages_in(self, layout: _Layout, top: float, bottom: float) -> list[int]:
        return [index for index, rect in enumerate(layout.rects)
                if rect.bottom() >= top and rect.top() <= bottom]

    def _jobs(self, doc: _Document, scroll_y: float, visible_only: bool) -> list[PageJob]:
        """The pages of `doc` to draw at its layout: the visible ones, then a margin."""
        layout = doc.layout
        height = self.viewport().height()
        visible = self._pages_in(layout, scroll_y, scroll_y + height)
        pages = list(visible)
        if not visible_only:
            around = self._pages_in(layout, scroll_y - height / 2, scroll_y + height * 1.5)
            pages += [page for page in around if page not in visible]
        return [PageJob(doc.serial, page, *layout.pixels[page]) for page in pages
                if (doc.serial, page, layout.pixels[page][0]) not in self._cache]

    def _request(self) -> None:
        """Ask for what the screen needs now: a coming document first, then the shown one."""
        jobs: list[PageJob] = []
        if self._pending is not None and self._pending.layout is not None:
            jobs += self._jobs(self._pending, self._pending_scroll(), visible_only=True)
        if self._shown is not None and self._shown.layout is not None:
            jobs += self._jobs(self._shown, self.verticalScrollBar().value(), False)
        self._rasteriser.want(jobs)

    def _pending_scroll(self) -> float:
        return self._scroll_for(self._pending) if self._pending is not None else 0.0

    def _scroll_for(self, doc: _Document) -> float:
        """Where `doc`, coming, will be scrolled to when it is shown: here, or at the top."""
        if doc.to_top or doc.layout is None:
            return 0.0
        most = max(0.0, doc.layout.height - self.viewport().height())
        return min(float(self.verticalScrollBar().value()), most)

    # ------------------------------------------------ results from the thread

    def _opened(self, serial: int, sizes: list) -> None:
        if self._pending is None or self._pending.serial != serial:
            return
        self._pending.sizes = [tuple(size) for size in sizes]
        self._pending.layout = self._make_layout(self._pending.sizes)
        if not self._jobs(self._pending, self._pending_scroll(), visible_only=True):
            self._swap()
        else:
            self._request()

    def _rendered(self, serial: int, page: int, image: QImage) -> None:
        if serial not in self._serials():
            return
        doc = self._shown if self._shown is not None and self._shown.serial == serial \
            else self._pending
        if doc is None or doc.layout is None:
            return
        image.setDevicePixelRatio(doc.layout.dpr)
        self._store((serial, page, image.width()), image)
        if doc is self._shown:
            self._previous.pop(page, None)
        if doc is self._pending:
            if not self._jobs(self._pending, self._pending_scroll(), visible_only=True):
                self._swap()
        else:
            rect = doc.layout.rects[page] if page < len(doc.layout.rects) else None
            if rect is not None:
                self.viewport().update(self._on_screen(rect).toAlignedRect().adjusted(-2, -2, 2, 2))

    def _render_failed(self, serial: int, message: str, is_bug: bool) -> None:
        if serial not in self._serials():
            return
        if self._pending is not None and self._pending.serial == serial:
            self._pending = None  # the pages on screen stay
            self._rasteriser.keep(self._serials())
        if serial not in self._failed_serials:
            self._failed_serials.add(serial)
            self.failed.emit(message, is_bug)

    def _swap(self) -> None:
        """The coming document's visible pages are drawn: show it instead of the old one."""
        doc, self._pending = self._pending, None
        scroll_x = 0 if doc.to_top else self.horizontalScrollBar().value()
        scroll_y = round(self._scroll_for(doc))
        old, self._shown = self._shown, doc
        # The old pictures stand in (scaled) for new pages not drawn yet, as the
        # therapist scrolls on: the page as it was a moment ago, never a blank one.
        if old is not None:
            for (serial, page, _width), image in self._cache.items():
                if serial == old.serial:
                    self._previous[page] = image
        self._previous = {page: image for page, image in self._previous.items()
                          if page < len(doc.sizes)}
        for key in [key for key in self._cache if key[0] != doc.serial]:
            self._cache_bytes -= self._cache.pop(key).sizeInBytes()
        self._rasteriser.keep({doc.serial})
        self._update_scroll_bars()
        self.horizontalScrollBar().setValue(scroll_x)
        self.verticalScrollBar().setValue(scroll_y)
        self.viewport().update()
        self._request()  # the margin around the visible pages
        self.document_shown.emit(doc.serial)
        self.zoom_changed.emit(self.zoom, self._fit)
        self._report_page()

    def _store(self, key: tuple[int, int, int], image: QImage) -> None:
        if key in self._cache:
            self._cache_bytes -= self._cache.pop(key).sizeInBytes()
        self._cache[key] = image
        self._cache_bytes += image.sizeInBytes()
        if self._cache_bytes <= CACHE_BYTES:
            return
        needed = self._needed_keys()
        for old in list(self._cache):
            if self._cache_bytes <= CACHE_BYTES:
                break
            if old not in needed:
                self._cache_bytes -= self._cache.pop(old).sizeInBytes()

    def _needed_keys(self) -> set[tuple[int, int, int]]:
        needed = set()
        for doc, scroll in ((self._shown, self.verticalScrollBar().value()),
                            (self._pending, self._pending_scroll())):
            if doc is None or doc.layout is None:
                continue
            for page in self._pages_in(doc.layout, scroll, scroll + self.viewport().height()):
                needed.add((doc.serial, page, doc.layout.pixels[page][0]))
        return needed

    # ------------------------------------------------------------ painting

    def _on_screen(self, rect: QRectF) -> QRectF:
        return rect.translated(-self.horizontalScrollBar().value(),
                               -self.verticalScrollBar().value())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        layout = self._layout()
        if layout is None:
            return
        if layout.dpr != (self.viewport().devicePixelRatioF() or 1.0):
            painter.end()
            self._relayout(None)  # moved to a screen with another pixel ratio
            return
        top = self.verticalScrollBar().value()
        serial = self._shown.serial
        for page in self._pages_in(layout, top, top + self.viewport().height()):
            target = self._on_screen(layout.rects[page])
            painter.fillRect(target.adjusted(-1, -1, 1, 1), EDGE)
            image = self._cache.get((serial, page, layout.pixels[page][0]))
            if image is not None:
                self._cache.move_to_end((serial, page, layout.pixels[page][0]))
                painter.drawImage(target, image)
                continue
            stand_in = self._stand_in(serial, page)
            if stand_in is None:
                painter.fillRect(target, Qt.GlobalColor.white)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, stand_in)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)

    def _stand_in(self, serial: int, page: int) -> QImage | None:
        """The same page drawn at another zoom: shown, scaled, until the new one is ready."""
        for (key_serial, key_page, _width), image in reversed(self._cache.items()):
            if key_serial == serial and key_page == page:
                return image
        return self._previous.get(page)

    # -------------------------------------------------------------- events

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()
        self._request()
        self._report_page()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown is not None and self._shown.sizes is not None:
            self._relayout(None)
        if self._pending is not None and self._pending.sizes is not None:
            self._pending.layout = self._make_layout(self._pending.sizes)
            self._request()
        self._update_scroll_bars()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.set_zoom(self.zoom * WHEEL_ZOOM_PER_NOTCH ** notches, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif control and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit_width()
        elif key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif key == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _report_page(self) -> None:
        state = (self.current_page(), self.page_count())
        if state != self._reported_page:
            self._reported_page = state
            self.page_changed.emit(*state)
