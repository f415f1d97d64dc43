"""The live preview: the real PDF, refreshed after edits, off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument

from handout import pdf
from handout.gui.commands import SetHandoutField, SetItemField

from .conftest import wait_preview

pytestmark = pytest.mark.gui


def test_preview_updates_after_an_edit(qtbot, window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    first = window.preview.pdf_bytes
    generation = window.preview.generation

    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    qtbot.waitUntil(lambda: window.preview.generation > generation, timeout=10000)
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10000)
    assert window.preview.pdf_bytes != first
    assert window.preview.pdf_bytes == pdf.render(window.document.handout, window.clinic)
    assert window.preview.pdf.status() == QPdfDocument.Status.Ready
    assert window.preview.page_count() >= 1
    assert window.preview.last_latency is not None


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
