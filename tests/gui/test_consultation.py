"""The whole consultation, driven by keys and clicks like a therapist would."""

from __future__ import annotations

import re

import pypdf
import pytest
from PySide6.QtCore import Qt

from handout.dose import Amount
from handout.gui import dialogs, template_picker

from .conftest import shown_order, wait_preview

pytestmark = pytest.mark.gui


def test_consultation_from_template_to_exported_pdf(qtbot, window, monkeypatch, tmp_path,
                                                     messages):
    picked = []

    def pick(cls, parent, templates, **_):
        picked.append([t.id for t in templates])
        return next(t for t in templates if t.id == "gluteus-medius-pain")

    monkeypatch.setattr(template_picker.TemplatePicker, "get_template", classmethod(pick))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # New from template (Ctrl+N)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert picked and "gluteus-medius-pain" in picked[0]
    assert shown_order(window) == ["Clamshell", "Fire hydrant", "Step-up"]

    # Patient name, typed: one undo step
    qtbot.mouseClick(window.editor.patient, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    assert window.document.handout.patient_name == "Zoe Smith"
    assert window.windowTitle() == "Zoe Smith[*] — Handout Builder"
    assert window.isWindowModified()

    # Clamshell reps to 15
    window.editor.items.setFocus()
    window.editor.items.select_row(0)
    assert window.editor.item_editor.heading.text() == "Clamshell"
    reps = window.editor.item_editor.reps
    reps.setFocus()
    reps.selectAll()
    qtbot.keyClicks(reps, "15")
    assert window.document.handout.items[0].effective_dose.reps == Amount.exact(15)
    assert "15 reps" in window.editor.items_model.index(0).data()

    # Search "calf" (Ctrl+F) and add with Enter
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.library_pane.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "calf")
    calf = window.library_pane.current_exercise_id()
    assert calf and "calf" in calf
    qtbot.keyClick(search, Qt.Key.Key_Return)
    added = window.document.handout.items[-1].exercise
    assert added.id == calf
    assert len(window.document.handout.items) == 4
    assert window.editor.current_row() == 3

    # Move it to the top with Alt+Up, then undo the move (one step)
    for _ in range(3):
        qtbot.keyClick(window.editor.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown_order(window)[0] == added.name
    qtbot.keyClick(window.editor.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_order(window) == ["Clamshell", "Fire hydrant", "Step-up", added.name]
    assert window.document.handout.patient_name == "Zoe Smith"  # only the move was undone

    # Export (Ctrl+E)
    target = tmp_path / "exports" / "handout.pdf"
    suggestions = []

    def export_to(cls, parent, suggested):
        suggestions.append(suggested.name)
        return target

    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf", classmethod(export_to))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert messages.errors == []
    assert suggestions == [f"Zoe Smith {window.document.handout.date.isoformat()}.pdf"]
    assert target.exists()
    assert "Exported to" in window.statusBar().currentMessage()

    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    flat = re.sub(r"\s+", " ", text)
    assert "Zoe Smith" in flat
    assert "15 reps" in flat
    positions = [flat.find(name) for name in shown_order(window)]
    assert all(p >= 0 for p in positions), (shown_order(window), flat[:500])
    assert positions == sorted(positions), "the PDF lists the exercises in screen order"

    # The preview catches up with the same handout.
    wait_preview(qtbot, window)
    assert window.preview.page_count() >= 1
