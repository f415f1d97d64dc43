"""Printing: the same PDF bytes as the preview and the export, page by page.

Each PDF page is drawn by PDFium (`pdf_pages`) at the printer's resolution,
at most `MAX_RASTER_DPI`, and painted onto the `QPrinter`, so the paper
matches the screen exactly. The page range and page order chosen in the
print dialog are respected. The system print dialog is opened through
`PrintDialogs.get_printer`, which tests patch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ..errors import RenderError
from .pdf_pages import PdfPages, page_count, scale_to_fit

__all__ = ["MAX_RASTER_DPI", "PrintDialogs", "page_count", "pages_to_print", "print_pdf"]


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
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Print handout"))
        dialog.setMinMax(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer


# Pages are rasterised at most this fine. 300 dpi is what office laser and
# inkjet printers resolve for text and line art in practice, so the paper
# looks the same as at 600 or 1200; and an A4 page stays near 35 MB in
# memory (one page at a time) instead of 140 MB at 600 dpi or 560 MB at 1200.
MAX_RASTER_DPI = 300


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for, in the order to print them."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print the pages of `data` (respecting the printer's page range); returns pages printed."""
    with PdfPages(data) as document:
        pages = pages_to_print(printer, len(document))
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise RenderError(QCoreApplication.translate(
                "PrintDialogs", "the printer could not be started; check that it is switched "
                "on and try again"))
        printed = 0
        try:
            dpi = printer.resolution()
            area = printer.pageLayout().paintRectPixels(dpi)
            raster = min(1.0, MAX_RASTER_DPI / max(dpi, 1))
            for page in pages:
                if printed:
                    printer.newPage()
                # Scale the page to the printable area at printer resolution, keeping its shape.
                scale = scale_to_fit(document.sizes[page], area.width(), area.height())
                width, height = document.sizes[page]
                size = QSize(round(width * scale), round(height * scale))
                image = document.render(page, max(1, round(size.width() * raster)),
                                        max(1, round(size.height() * raster)), printing=True)
                target = QRect(0, 0, size.width(), size.height())
                target.moveCenter(QRect(0, 0, area.width(), area.height()).center())
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
    return printed
