"""Printing: the same PDF bytes as the preview and the export, page by page.

Each PDF page is rasterised by QtPdf at the printer's resolution and painted
onto the `QPrinter`, so the paper matches the screen exactly. The system print
dialog is opened through `PrintDialogs.get_printer`, which tests patch.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ..errors import RenderError


class PrintDialogs:
    @classmethod
    def get_printer(cls, parent: QWidget | None, page_size: str, pages: int) -> QPrinter | None:
        """The system print dialog; a configured printer, or None if cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if page_size == "Letter"
                                      else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print handout")
        dialog.setMinMax(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over `data`; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise RenderError("the handout could not be prepared for printing "
                          f"({document.error().name})")
    return document, buffer


# Pages are rasterised at most this fine: sharp on paper, and an A4 page stays
# near 35 MB in memory instead of 550 MB at a 1200 dpi printer's resolution.
MAX_RASTER_DPI = 300


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print the pages of `data` (respecting the printer's page range); returns pages printed."""
    document, _buffer = load_pdf(data)
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError("the printer could not be started; check that it is switched on "
                          "and try again")
    printed = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            # Scale the page to the printable area at printer resolution, keeping its shape.
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            raster = min(1.0, MAX_RASTER_DPI / max(dpi, 1))
            image = document.render(page, QSize(round(size.width() * raster),
                                                round(size.height() * raster)))
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(QRect(0, 0, area.width(), area.height()).center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


