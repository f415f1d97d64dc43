"""The page view and PDFium: pages drawn off the GUI thread, sharp, only those in view."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtGui import QImage

from handout import pdf
from handout.errors import RenderError
from handout.gui import pdf_pages
from handout.gui.page_view import PdfPageView

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    from handout.library import ExerciseLibrary
    from handout.model import Handout, Item

    exercises = ExerciseLibrary().all()[:40]
    return pdf.render(Handout(title="Long", items=[Item(e) for e in exercises]))


@pytest.fixture
def view(qtbot):
    view = PdfPageView()
    view.resize(500, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.shutdown()


def _show(qtbot, view, data: bytes, to_top: bool = False) -> int:
    with qtbot.waitSignal(view.document_shown, timeout=10000) as shown:
        serial = view.set_pdf(data, to_top=to_top)
    assert shown.args == [serial]
    return serial


def _settle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view._rasteriser.busy, timeout=10000)
    qtbot.wait(20)  # the last picture's signal reaches the GUI thread


def _dark(image: QImage) -> int:
    grey = bytes(image.convertToFormat(QImage.Format.Format_Grayscale8).constBits())
    return sum(grey.count(bytes([value])) for value in range(96))


def test_pdfium_draws_a_page_at_exactly_the_size_asked(long_pdf):
    with pdf_pages.PdfPages(long_pdf) as pages:
        assert len(pages) == pdf_pages.page_count(long_pdf) > 5
        width, height = pages.sizes[0]
        assert (round(width), round(height)) == (595, 842)  # A4, in points
        image = pages.render(0, 300, 424)
        assert (image.width(), image.height()) == (300, 424)
        assert image.pixelColor(0, 0).name() == "#ffffff"
        assert _dark(image) > 100, "text and figures are drawn (a blank page has none)"


def test_a_pdf_pdfium_cannot_read_is_a_handout_error():
    with pytest.raises(RenderError, match="could not be read back"):
        pdf_pages.PdfPages(b"%PDF-1.4 not really")


def test_only_the_pages_in_view_and_a_margin_are_drawn(qtbot, view, long_pdf):
    serial = _show(qtbot, view, long_pdf)
    _settle(qtbot, view)
    count = view.page_count()
    drawn = {page for (key_serial, page, _width) in view._cache if key_serial == serial}
    assert 0 in drawn
    assert len(drawn) < count, f"{len(drawn)} of {count} pages drawn"
    height = view.viewport().height()
    layout = view._layout()
    for page in drawn:  # within half a screen of the view
        assert layout.rects[page].top() <= 1.5 * height
    view.go_to_page(count - 1)
    _settle(qtbot, view)
    assert any(page == count - 1 for (_s, page, _w) in view._cache)
    assert view.current_page() == count - 1


def test_a_new_document_replaces_the_old_pictures_and_keeps_the_position(qtbot, view, long_pdf):
    first = _show(qtbot, view, long_pdf)
    view.go_to_page(3)
    position = view.verticalScrollBar().value()
    _settle(qtbot, view)
    second = _show(qtbot, view, long_pdf)
    assert second > first
    assert view.verticalScrollBar().value() == position
    assert all(key[0] == second for key in view._cache), "old pictures are dropped"
    third = _show(qtbot, view, long_pdf, to_top=True)
    assert view.verticalScrollBar().value() == 0 and view.shown_serial == third


def test_pages_are_drawn_at_the_screens_pixel_ratio(long_pdf, tmp_path):
    """At QT_SCALE_FACTOR=2 each page picture has twice the pixels of its place on screen."""
    source = tmp_path / "long.pdf"
    source.write_bytes(long_pdf)
    script = textwrap.dedent(f"""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from handout.gui.page_view import PdfPageView
        view = PdfPageView()
        view.resize(500, 700)
        view.show()
        def report(serial):
            layout = view._layout()
            image = view._cache[(serial, 0, layout.pixels[0][0])]
            print("ratio", view.viewport().devicePixelRatioF(), image.devicePixelRatio())
            print("sizes", layout.rects[0].width(), image.width())
            view.shutdown()
            app.quit()
        view.document_shown.connect(report)
        view.set_pdf(open({str(source)!r}, "rb").read())
        QTimer.singleShot(20000, app.quit)
        app.exec()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}
    assert [float(value) for value in lines["ratio"]] == [2.0, 2.0]
    logical, pixels = float(lines["sizes"][0]), int(lines["sizes"][1])
    assert pixels == round(2 * logical), "drawn at device pixels, not stretched"


def test_views_and_printing_share_pdfium_safely(qtbot, long_pdf):
    """PDFium is not thread-safe: two views' threads and the GUI thread draw at once."""
    views = []
    for width in (400, 650):
        view = PdfPageView()
        view.resize(width, 900)
        qtbot.addWidget(view)
        view.show()
        views.append(view)
    try:
        for view in views:
            view.set_pdf(long_pdf)
        errors: list[BaseException] = []

        def print_pages() -> None:
            try:
                with pdf_pages.PdfPages(long_pdf) as pages:
                    for index in range(len(pages)):
                        assert _dark(pages.render(index, 200, 283)) > 0
            except BaseException as error:  # reported below
                errors.append(error)

        other = threading.Thread(target=print_pages)
        other.start()
        for zoom in (0.5, 1.0, 1.5, 2.0):  # zoom as they draw: new sizes wanted at once
            for view in views:
                view.set_zoom(zoom)
            print_pages()
            qtbot.wait(5)
        other.join(30)
        assert errors == []
        for view in views:
            _settle(qtbot, view)
            layout = view._layout()
            image = view._cache.get((view.shown_serial, 0, layout.pixels[0][0]))
            assert image is not None and _dark(image) > 100
    finally:
        for view in views:
            view.shutdown()
