"""Shortcuts work wherever the cursor is: in line edits too, unless the field needs the key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from handout.gui import dialogs, shortcuts
from handout.gui.shortcuts import ShortcutSheet

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return widget


def line_edits(window):
    editor = window.editor
    return {"patient": editor.patient, "search": window.library_pane.search,
            "reps": editor.item_editor.reps, "frequency": editor.item_editor.frequency}


@pytest.mark.parametrize("field", ["patient", "search", "reps", "frequency"])
def test_ctrl_e_exports_with_the_cursor_in_a_line_edit(qtbot, active, monkeypatch, tmp_path,
                                                       field):
    active.add_exercise("clamshell")
    target = tmp_path / f"{field}.pdf"
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, suggested: target))
    widget = focus(qtbot, line_edits(active)[field])
    qtbot.keyClick(widget, Qt.Key.Key_E, CTRL)
    assert target.exists(), f"Ctrl+E did nothing in the {field} field"


class ClaimsLikeLinux(QObject):
    """On Linux desktops a line edit takes Ctrl+E ("end of line") before the window sees
    it; the offscreen test platform has no such key bindings, so this plays that part."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.keyCombination() == QKeyCombination(CTRL, Qt.Key.Key_E):
            event.accept()
            return True
        return False


def test_ctrl_e_exports_even_where_the_field_claims_it_as_on_linux(qtbot, active,
                                                                   monkeypatch, tmp_path):
    active.add_exercise("clamshell")
    target = tmp_path / "linux.pdf"
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, suggested: target))
    claims = ClaimsLikeLinux(active)
    patient = focus(qtbot, active.editor.patient)
    patient.installEventFilter(claims)
    qtbot.keyClick(patient, Qt.Key.Key_E, CTRL)
    assert target.exists()


@pytest.mark.parametrize("field", ["patient", "search", "reps", "frequency"])
def test_undo_and_both_redo_keys_work_in_a_line_edit(qtbot, active, field):
    active.add_exercise("clamshell")
    active.add_exercise("step-up")
    stack = active.document.undo_stack
    widget = focus(qtbot, line_edits(active)[field])
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert len(active.document.handout.items) == 1
    qtbot.keyClick(widget, Qt.Key.Key_Y, CTRL)
    assert len(active.document.handout.items) == 2
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(active.document.handout.items) == 2
    assert stack.index() == stack.count()


def test_no_two_actions_share_a_key(active):
    seen: dict[str, str] = {}
    for action in shortcuts.window_actions(active) + active.library_pane.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    redo = [k.toString() for k in active.redo_action.shortcuts()]
    assert "Ctrl+Y" in redo and "Ctrl+Shift+Z" in redo


def test_undo_right_after_adding_from_search_removes_the_exercise(qtbot, active):
    search = focus(qtbot, active.library_pane.search)
    qtbot.keyClicks(search, "clam")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert [i.exercise.id for i in active.document.handout.items] == ["clamshell"]
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert active.document.handout.items == []
    assert search.text() == "clam", "the search box keeps what was typed"


def test_ctrl_d_stars_only_when_the_library_has_focus(qtbot, active):
    patient = focus(qtbot, active.editor.patient)
    qtbot.keyClicks(patient, "Zoe")
    exercise_id = active.library_pane.current_exercise_id()
    qtbot.keyClick(patient, Qt.Key.Key_D, CTRL)
    assert not active.usage.is_favourite(exercise_id)
    library = focus(qtbot, active.library_pane.list)
    qtbot.keyClick(library, Qt.Key.Key_D, CTRL)
    assert active.usage.is_favourite(exercise_id)
    search = focus(qtbot, active.library_pane.search)
    qtbot.keyClick(search, Qt.Key.Key_D, CTRL)
    assert not active.usage.is_favourite(exercise_id), "the search box is part of the library"


def test_a_field_keeps_the_keys_it_needs(qtbot, active):
    patient = focus(qtbot, active.editor.patient)
    qtbot.keyClicks(patient, "Zoe Smith")
    qtbot.keyClick(patient, Qt.Key.Key_A, CTRL)  # select all, not an action
    assert patient.selectedText() == "Zoe Smith"
    qtbot.keyClick(patient, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "Zoe Smith"
    qtbot.keyClick(patient, Qt.Key.Key_End)
    qtbot.keyClick(patient, Qt.Key.Key_Backspace, CTRL)  # delete a word
    assert patient.text() == "Zoe "
    qtbot.keyClicks(patient, "?")  # typing, not the shortcut sheet
    assert patient.text() == "Zoe ?"
    assert active.findChild(ShortcutSheet) is None


def test_alt_up_moves_the_exercise_with_the_cursor_in_its_notes(qtbot, active):
    active.add_exercise("clamshell")
    active.add_exercise("step-up")
    notes = focus(qtbot, active.editor.item_editor.notes)
    qtbot.keyClick(notes, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.exercise.id for i in active.document.handout.items] == ["step-up", "clamshell"]


def test_the_shortcut_sheet_opens_from_help_and_with_question_mark(qtbot, active):
    help_menu = next(a.menu() for a in active.menuBar().actions() if "Help" in a.text())
    assert active.shortcuts_action in help_menu.actions()
    focus(qtbot, active.editor.items)
    qtbot.keyClick(active.editor.items, Qt.Key.Key_Question, SHIFT)
    sheet = active.findChild(ShortcutSheet)
    assert sheet is not None and sheet.isVisible()
    keys = dict((what, k) for k, what in sheet.rows)
    assert keys["Export PDF"] == "Ctrl+E"
    assert keys["Redo what was undone"].startswith("Ctrl+Y or Ctrl+Shift+Z")
    assert keys["Undo the last change"] == "Ctrl+Z"
    assert keys["Make Harder"] == QKeySequence("Ctrl+]").toString()
    sheet.close()


def test_tab_goes_from_the_search_box_to_the_new_exercise_s_dose(qtbot, active):
    search = focus(qtbot, active.library_pane.search)
    qtbot.keyClicks(search, "bridge")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    editor = active.editor.item_editor
    order = [editor.sets, editor.reps, editor.hold, editor.rest, editor.frequency,
             editor.side, editor.load, editor.notes]
    for expected in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected, \
            f"{QApplication.focusWidget().objectName()} instead of {expected.objectName()}"
    # Typed straight in: Tab selects the field's text, so "12" replaces it.
    for _ in range(len(order) - 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is editor.reps
    qtbot.keyClicks(editor.reps, "8-12")
    assert str(active.document.handout.items[0].effective_dose.reps) == "8-12"
