"""Printing: every page drawn by PDFium at the printer's resolution (capped), in range."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from handout import pdf
from handout.gui import pdf_pages, printing

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def four_pages() -> bytes:
    from handout.library import ExerciseLibrary
    from handout.model import Handout, Item

    exercises = ExerciseLibrary().all()[:14]
    data = pdf.render(Handout(title="Print", items=[Item(e) for e in exercises]))
    assert pdf_pages.page_count(data) >= 4
    return data


@pytest.fixture
def drawn(monkeypatch):
    """Records (page, width, height) of every page PDFium draws."""
    calls: list[tuple[int, int, int]] = []
    real = pdf_pages.PdfPages.render

    def render(self, index, width, height, printing=False):
        assert printing, "drawn for a printer"
        calls.append((index, width, height))
        return real(self, index, width, height, printing)

    monkeypatch.setattr(pdf_pages.PdfPages, "render", render)
    return calls


def _pdf_printer(path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_page_range_is_respected(qapp, tmp_path, four_pages, drawn):
    printer = _pdf_printer(tmp_path / "out.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.print_pdf(four_pages, printer) == 2
    assert [page for page, _, _ in drawn] == [1, 2]
    assert len(pypdf.PdfReader(tmp_path / "out.pdf").pages) == 2


def test_last_page_first_prints_in_reverse(qapp, tmp_path, four_pages, drawn):
    printer = _pdf_printer(tmp_path / "out.pdf")
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    count = printing.print_pdf(four_pages, printer)
    assert [page for page, _, _ in drawn] == list(range(count - 1, -1, -1))


def test_pages_are_drawn_at_the_printer_resolution_up_to_300_dpi(qapp, tmp_path, four_pages,
                                                                 drawn):
    width_inches = pdf_pages.PdfPages(four_pages).sizes[0][0] / 72
    fine = _pdf_printer(tmp_path / "fine.pdf")  # a PDF printer at 1200 dpi
    assert fine.resolution() > printing.MAX_RASTER_DPI
    printing.print_pdf(four_pages, fine)
    # The page fills the printable area (a little narrower than the paper), at 300 dpi.
    assert 0.85 * width_inches * 300 <= drawn[0][1] <= width_inches * 300 + 1
    drawn.clear()
    coarse = _pdf_printer(tmp_path / "coarse.pdf", QPrinter.PrinterMode.ScreenResolution)
    dpi = coarse.resolution()
    assert dpi < printing.MAX_RASTER_DPI
    printing.print_pdf(four_pages, coarse)
    assert 0.85 * width_inches * dpi <= drawn[0][1] <= width_inches * dpi + 1
