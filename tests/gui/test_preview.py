"""The live preview: the real PDF, refreshed after edits, drawn off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from handout import pdf
from handout.gui.commands import SetHandoutField, SetItemField

from .conftest import wait_preview

pytestmark = pytest.mark.gui


def _picture(window) -> QImage:
    return window.preview.view.viewport().grab().toImage()


def _dark_pixels(image: QImage) -> int:
    grey = bytes(image.convertToFormat(QImage.Format.Format_Grayscale8).constBits())
    return sum(grey.count(bytes([value])) for value in range(96))


def test_preview_updates_after_an_edit(qtbot, window, libraries):
    _, templates = libraries
    # A fixed size: the default window on a small offscreen screen leaves the
    # preview a narrow strip where a page is only a few dozen dark pixels.
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    first = window.preview.pdf_bytes
    generation = window.preview.generation

    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    qtbot.waitUntil(lambda: window.preview.generation > generation, timeout=10000)
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10000)
    assert window.preview.pdf_bytes != first
    assert window.preview.pdf_bytes == pdf.render(window.document.handout, window.clinic)
    assert window.preview.page_count() >= 1
    assert window.preview.last_latency is not None
    # Pages are painted after the render finishes, so wait for the paint too.
    qtbot.waitUntil(lambda: _dark_pixels(_picture(window)) > 100, timeout=10000)


def test_rapid_edits_render_the_latest_state_only(qtbot, window):
    window.add_exercise("clamshell")
    wait_preview(qtbot, window)
    generation = window.preview.generation
    for reps in range(5, 25):
        window.document.undo_stack.push(SetItemField(window.document, 0, "dose.reps", reps))
    qtbot.waitUntil(lambda: window.preview.generation > generation
                    and not window.preview.busy, timeout=10000)
    assert window.preview.generation - generation <= 2, "edits were coalesced"
    assert window.preview.pdf_bytes == pdf.render(window.document.handout, window.clinic)


def test_the_old_pages_stay_on_screen_until_the_new_ones_are_drawn(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    before = _picture(window)
    seen_while_drawing: list[QImage] = []
    # The PDF has been made and handed to the page view: its pages are being drawn.
    window.preview.renderer.rendered.connect(
        lambda *_: seen_while_drawing.append(_picture(window)))
    generation = window.preview.generation
    window.document.undo_stack.push(SetHandoutField(window.document, "patient_name", "Ann Lee"))
    qtbot.waitUntil(lambda: window.preview.generation > generation, timeout=10000)
    assert seen_while_drawing, "the render finished while the test watched"
    assert all(image == before for image in seen_while_drawing), "no blank frame, no flash"
    after = _picture(window)
    assert after != before  # the new name is on screen
    assert _dark_pixels(after) > 0.8 * _dark_pixels(before)


def test_preview_keeps_the_page_being_looked_at(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    assert window.preview.page_count() >= 2
    bar = window.preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    position = bar.value()
    window.document.undo_stack.push(SetHandoutField(window.document, "advice",
                                                    "Walk every day."))
    generation = window.preview.generation
    qtbot.waitUntil(lambda: window.preview.generation > generation, timeout=10000)
    assert bar.value() == min(position, bar.maximum())
    assert bar.value() > 0


def test_another_handout_opens_at_its_first_page(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    bar = window.preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    generation = window.preview.generation
    window.start_from_template(templates.get("gluteus-medius-pain"))
    qtbot.waitUntil(lambda: window.preview.generation > generation, timeout=10000)
    assert bar.value() == 0
    assert window.preview.current_page() == 0


def test_page_keys_and_the_page_indicator(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    preview = window.preview
    count = preview.page_count()
    assert count >= 2
    assert preview.page_label.text() == f"Page 1 of {count}"
    assert not preview.previous_action.isEnabled() and preview.next_action.isEnabled()

    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1
    assert preview.page_label.text() == f"Page 2 of {count}"
    # The top of page 2 is at the top of the view.
    top = preview.view._layout().rects[1].top() - preview.view.verticalScrollBar().value()
    assert 0 <= top <= 20
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 0
    qtbot.keyClick(preview.view, Qt.Key.Key_End)
    assert preview.current_page() == count - 1
    assert not preview.next_action.isEnabled()
    preview.go_to_page(0)
    assert preview.current_page() == 0 and preview.view.verticalScrollBar().value() == 0
    preview.next_action.trigger()
    assert preview.current_page() == 1


def test_zoom_keys_draw_the_pages_again_at_the_new_size(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    preview, view = window.preview, window.preview.view
    assert view.fits_width and not preview.fit_action.isEnabled()
    fit = view.zoom
    assert preview.zoom_label.text() == f"{fit * 100:.0f}%"
    page_width = view._layout().rects[0].width()
    assert abs(page_width - (view.viewport().width() - 24)) <= 1, "fit to width"

    # Anywhere in the window, even while typing in the editor.
    window.editor.patient.setFocus()
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > fit and not view.fits_width
    assert preview.zoom_label.text() == f"{view.zoom * 100:.0f}%"
    assert preview.fit_action.isEnabled()
    width = view._layout().pixels[0][0]
    serial = view.shown_serial
    # The visible page is drawn again at its new size, not a stretched picture.
    qtbot.waitUntil(lambda: (serial, 0, width) in view._cache, timeout=10000)
    assert view._cache[(serial, 0, width)].width() == width

    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < fit
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fits_width and abs(view.zoom - fit) < 1e-6
    assert window.editor.patient.text() == window.document.handout.patient_name, \
        "the zoom keys typed nothing"


def test_ctrl_wheel_zooms_around_the_mouse(qtbot, window, libraries):
    _, templates = libraries
    window.resize(1400, 900)
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    view = window.preview.view
    fit = view.zoom
    point = QPointF(view.viewport().width() * 0.75, view.viewport().height() * 0.5)
    before = view._anchor_at(point)
    _wheel(view, point, 240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(fit * 1.15 ** 2, rel=1e-3)
    page, across, down = view._anchor_at(point)
    assert page == before[0]
    assert across == pytest.approx(before[1], abs=0.01)
    assert down == pytest.approx(before[2], abs=0.01)
    bar = view.verticalScrollBar()
    position = bar.value()
    _wheel(view, point, -120, Qt.KeyboardModifier.NoModifier)  # plain wheel: scrolls
    assert bar.value() > position
    assert view.zoom == pytest.approx(fit * 1.15 ** 2, rel=1e-3)


def _wheel(view, point: QPointF, delta: int, modifiers) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(point, QPointF(view.viewport().mapToGlobal(point.toPoint())),
                        QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    assert event.type() == QEvent.Type.Wheel
    QApplication.sendEvent(view.viewport(), event)


def test_a_render_error_is_said_in_the_preview_not_raised(qtbot, window, monkeypatch):
    from handout import paths
    from handout.errors import RenderError

    def fails(handout, clinic=None, resources=None):
        raise RenderError("the logo is not a picture")

    monkeypatch.setattr(pdf, "render", fails)
    with qtbot.waitSignal(window.preview.render_failed, timeout=10000):
        window.preview.render_now()
    assert window.preview.message.isVisibleTo(window)
    assert "the logo is not a picture" in window.preview.message.text()
    assert "the logo is not a picture" in window.statusBar().currentMessage()

    def bug(handout, clinic=None, resources=None):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(pdf, "render", bug)
    with qtbot.waitSignal(window.preview.render_crashed, timeout=10000):
        window.preview.render_now()
    assert "ZeroDivisionError" in paths.log_file().read_text("utf-8")
    assert "Traceback" not in window.preview.message.text()
    assert window.isVisible()


def test_a_pdf_pdfium_cannot_read_is_said_and_the_old_pages_stay(qtbot, window, monkeypatch):
    wait_preview(qtbot, window)
    shown = window.preview.pdf_bytes
    monkeypatch.setattr(pdf, "render", lambda *args, **kwargs: b"%PDF-1.4 broken")
    with qtbot.waitSignal(window.preview.render_failed, timeout=10000):
        window.preview.render_now()
    assert "could not be read back" in window.preview.message.text()
    assert window.preview.pdf_bytes == shown
    assert not window.preview.busy
