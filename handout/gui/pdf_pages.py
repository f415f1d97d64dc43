"""PDF pages as pictures: PDFium (through pypdfium2) draws a page into a `QImage`.

Used by the preview (on its rasteriser thread, `page_rasteriser`) and by
printing (on the GUI thread). PDFium is not thread-safe at all: no two PDFium
calls may run at the same time in one process, even on different documents.
So every call into it here holds `PDFIUM_LOCK`, and documents are closed
explicitly (under the lock) instead of by the garbage collector, which could
run a finaliser on any thread at any time.

pypdfium2 is imported on first use, so starting the app does not load PDFium.
"""

from __future__ import annotations

import atexit
import ctypes
import threading
import weakref

from PySide6.QtGui import QImage

from ..errors import RenderError

#: Held around every PDFium call in the process (re-entrant: helpers nest).
PDFIUM_LOCK = threading.RLock()

# Screens show 96 logical pixels per inch (Windows and Linux; Qt's default);
# PDF sizes are in points, 72 per inch. At zoom 1 a page is its paper size.
PIXELS_PER_POINT = 96 / 72


_running: "weakref.WeakSet" = weakref.WeakSet()  # rasterisers to stop before PDFium goes
_exit_hook_registered = False


def before_exit(rasteriser) -> None:
    """Have `rasteriser.shutdown()` called before pypdfium2 shuts PDFium down at exit."""
    _running.add(rasteriser)


def _pypdfium2():
    """pypdfium2, imported (and PDFium loaded) on first use. Call with the lock held."""
    global _exit_hook_registered
    import pypdfium2
    if not _exit_hook_registered:
        # pypdfium2 registered its own exit handler (closing PDFium) on import;
        # handlers run last-registered first, so this one runs before it.
        atexit.register(_stop_drawing)
        _exit_hook_registered = True
    return pypdfium2


def _stop_drawing() -> None:
    for rasteriser in list(_running):
        rasteriser.shutdown(timeout=5.0)
    # Never released: a straggling thread waits here instead of calling into
    # a PDFium that is being shut down.
    PDFIUM_LOCK.acquire()


def pixel_size(page_points: tuple[float, float], pixels_per_point: float) -> tuple[int, int]:
    """Whole pixels a page takes at this scale (at least 1 x 1)."""
    width, height = page_points
    return max(1, round(width * pixels_per_point)), max(1, round(height * pixels_per_point))


class PdfPages:
    """An open PDF (from bytes): its page sizes, and any page drawn at any size.

    Close it (or use it in a `with` block) on the thread that opened it.
    """

    def __init__(self, data: bytes) -> None:
        with PDFIUM_LOCK:
            pypdfium2 = _pypdfium2()
            try:
                self._document = pypdfium2.PdfDocument(data)
                #: (width, height) of each page, in points.
                self.sizes: list[tuple[float, float]] = [
                    tuple(self._document.get_page_size(index))
                    for index in range(len(self._document))]
            except pypdfium2.PdfiumError as error:
                raise RenderError("the handout's PDF could not be read back for the screen "
                                  f"or the printer ({error})") from None

    def __enter__(self) -> "PdfPages":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.sizes)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._document is not None:
                self._document.close()
                self._document = None

    def render(self, index: int, width: int, height: int, printing: bool = False) -> QImage:
        """Page `index` drawn to exactly `width` x `height` pixels, on white."""
        import pypdfium2.raw as pdfium

        image = QImage(width, height, QImage.Format.Format_RGB32)
        if image.isNull():
            raise RenderError(f"there is not enough memory to draw page {index + 1} "
                              f"at {width} x {height} pixels")
        # PDFium draws straight into the QImage's pixels: 0xffRRGGBB words are
        # B, G, R, x bytes in memory on every platform Qt ships for (little-endian).
        bits = image.bits()
        buffer = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(bits)
        flags = pdfium.FPDF_ANNOT | (pdfium.FPDF_PRINTING if printing else 0)
        with PDFIUM_LOCK:
            if self._document is None:
                raise RenderError("the PDF was closed before its pages were drawn")
            page = self._document[index]
            try:
                bitmap = pdfium.FPDFBitmap_CreateEx(width, height, pdfium.FPDFBitmap_BGRx,
                                                    buffer, image.bytesPerLine())
                if not bitmap:
                    raise RenderError(f"PDFium could not make a {width} x {height} picture "
                                      f"of page {index + 1}")
                try:
                    pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xFFFFFFFF)
                    pdfium.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, flags)
                finally:
                    pdfium.FPDFBitmap_Destroy(bitmap)
            finally:
                page.close()
        del buffer, bits  # release the view of the image's memory before handing it on
        return image


def page_count(data: bytes) -> int:
    """How many pages the PDF `data` has."""
    with PdfPages(data) as pages:
        return len(pages)


def scale_to_fit(page_points: tuple[float, float], width: float, height: float) -> float:
    """Pixels per point that fit the page into width x height, keeping its shape."""
    page_width, page_height = page_points
    return min(width / page_width, height / page_height) if page_width and page_height \
        else 1.0
