"""Editing the handout: one undo step per typed field, drag and drop, steps, Delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from handout.dose import Amount
from handout.gui import mime
from handout.gui.commands import SetHandoutField

from .conftest import shown_order

pytestmark = pytest.mark.gui


def test_typing_a_name_is_one_undo_step(qtbot, window):
    stack = window.document.undo_stack
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    assert stack.count() == 1
    qtbot.keyClicks(window.editor.therapist, "Sam")
    assert stack.count() == 2
    window.editor.patient.setFocus()
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.handout.therapist == ""
    assert window.document.handout.patient_name == "Zoe Smith"
    stack.undo()
    assert window.document.handout.patient_name == ""
    assert window.editor.patient.text() == ""
    assert not window.document.modified
    stack.redo()
    assert window.editor.patient.text() == "Zoe Smith"


def test_edit_back_to_the_original_leaves_no_undo_step(window):
    stack = window.document.undo_stack
    stack.push(SetHandoutField(window.document, "title", "Hip plan"))
    stack.push(SetHandoutField(window.document, "title", "Your exercise programme"))
    assert stack.count() == 0
    assert not window.document.modified


def test_dose_edit_undo_restores_the_library_default(qtbot, window):
    window.add_exercise("clamshell")
    item = window.document.handout.items[0]
    assert item.dose is None
    editor = window.editor.item_editor
    editor.sets.setFocus()
    editor.sets.selectAll()
    qtbot.keyClicks(editor.sets, "5")
    item = window.document.handout.items[0]
    assert item.dose is not None and item.dose.sets == Amount.exact(5)
    assert editor.sets.text() == "5"
    window.document.undo_stack.undo()
    assert window.document.handout.items[0].dose is None
    assert editor.sets.text() == str(item.exercise.dose.sets)


def test_steps_edited_for_this_patient_and_reset(qtbot, window):
    window.add_exercise("clamshell")
    editor = window.editor.item_editor
    library_steps = window.document.handout.items[0].exercise.steps
    assert not editor.reset_steps.isEnabled()
    editor.steps.setFocus()
    editor.steps.moveCursor(editor.steps.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.steps, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.steps, "Stop if it hurts.")
    item = window.document.handout.items[0]
    assert item.steps == [*library_steps, "Stop if it hurts."]
    assert editor.reset_steps.isEnabled()
    qtbot.mouseClick(editor.reset_steps, Qt.MouseButton.LeftButton)
    assert window.document.handout.items[0].steps is None
    assert editor.steps.toPlainText() == "\n".join(library_steps)
    window.document.undo_stack.undo()
    assert window.document.handout.items[0].steps[-1] == "Stop if it hurts."


def test_notes_side_and_frequency(qtbot, window):
    window.add_exercise("clamshell")
    editor = window.editor.item_editor
    editor.side.setCurrentIndex(editor.side.findData("left"))
    editor.frequency.setFocus()
    editor.frequency.selectAll()
    qtbot.keyClicks(editor.frequency, "twice a day")
    qtbot.keyClicks(editor.notes, "Go slowly")
    item = window.document.handout.items[0]
    assert item.effective_dose.side == "left"
    assert str(item.effective_dose.frequency) == "twice a day"
    assert item.effective_dose.frequency.per_day == 2
    assert item.notes == "Go slowly"
    assert "left side" in window.editor.items_model.index(0).data()


def test_delete_removes_and_alt_down_moves(qtbot, window):
    for exercise_id in ("clamshell", "fire-hydrant", "step-up"):
        window.add_exercise(exercise_id)
    view = window.editor.items
    view.setFocus()
    view.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown_order(window) == ["Fire hydrant", "Clamshell", "Step-up"]
    assert view.current_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown_order(window) == ["Fire hydrant", "Step-up"]
    window.document.undo_stack.undo()
    assert shown_order(window) == ["Fire hydrant", "Clamshell", "Step-up"]


def test_delete_in_a_text_box_edits_text_not_the_list(qtbot, window):
    window.add_exercise("clamshell")
    window.editor.patient.setFocus()
    qtbot.keyClicks(window.editor.patient, "Zoe")
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Home)
    qtbot.keyClick(window.editor.patient, Qt.Key.Key_Delete)
    assert window.document.handout.patient_name == "oe"
    assert len(window.document.handout.items) == 1


def test_drop_from_library_inserts_and_drop_in_list_moves(window):
    model = window.editor.items_model
    data = mime.exercise_ids_mime(["clamshell", "step-up"])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert shown_order(window) == ["Clamshell", "Step-up"]
    assert window.document.undo_stack.count() == 1, "one drop, one undo step"
    library_model = window.library_pane.model
    calf = next(r for r in range(library_model.rowCount())
                if library_model.exercises[r].id == "calf-raise")
    dragged = library_model.mimeData([library_model.index(calf)])
    model.dropMimeData(dragged, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert shown_order(window) == ["Calf raise", "Clamshell", "Step-up"]
    # Drag the first item below the last one.
    model.dropMimeData(model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, 3, 0,
                       QModelIndex())
    assert shown_order(window) == ["Clamshell", "Step-up", "Calf raise"]
    window.document.undo_stack.undo()
    assert shown_order(window) == ["Calf raise", "Clamshell", "Step-up"]


def test_double_click_in_library_adds(qtbot, window):
    pane = window.library_pane
    qtbot.keyClicks(pane.search, "clamshell")
    index = pane.list.currentIndex()
    rect = pane.list.visualRect(index)
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown_order(window) == ["Clamshell"]


def test_library_filters(window, libraries):
    exercises, _ = libraries
    pane = window.library_pane
    pane.region.setCurrentIndex(pane.region.findData("neck"))
    shown = pane.model.exercises
    assert shown and all(e.region == "neck" for e in shown)
    pane.region.setCurrentIndex(0)
    pane.equipment.setCurrentIndex(pane.equipment.findData("band"))
    assert all("band" in e.equipment for e in pane.model.exercises)
    pane.equipment.setCurrentIndex(0)
    assert len(pane.model.exercises) == len(exercises)
    assert not pane.model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_thumbnails_arrive_after_the_list_is_shown(qtbot, window, libraries):
    exercises, _ = libraries
    pane = window.library_pane
    cache = window.thumbnails
    clamshell = exercises.get("clamshell")
    qtbot.keyClicks(pane.search, "clamshell")
    first = pane.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not first.isNull()
    qtbot.waitUntil(lambda: cache.pending == 0, timeout=10000)
    drawn = pane.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert drawn.cacheKey() == cache.get_now(clamshell).cacheKey()
    if clamshell.figure is not None:
        assert drawn.cacheKey() != cache._placeholder(clamshell).cacheKey()
    # The handout list shows the figure for the side being exercised.
    window.add_exercise("clamshell")
    window.editor.item_editor.side.setCurrentIndex(
        window.editor.item_editor.side.findData("left"))
    window.editor.items_model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: cache.pending == 0, timeout=10000)
    assert ("clamshell", "left") in cache._cache


def test_undo_shows_the_exercise_it_changed(qtbot, window):
    window.add_exercise("clamshell")
    window.add_exercise("step-up")
    window.editor.items.select_row(0)
    reps = window.editor.item_editor.reps
    reps.setFocus()
    reps.selectAll()
    qtbot.keyClicks(reps, "15")
    window.editor.items.select_row(1)
    window.editor.tabs.setCurrentIndex(1)
    window.document.undo_stack.undo()
    assert window.editor.current_row() == 0
    assert window.editor.tabs.currentIndex() == 0
    assert window.editor.item_editor.reps.text() == "10"


def test_empty_list_explains_how_to_add(qtbot, window):
    assert window.editor.items_model.rowCount() == 0
    image = window.editor.items.viewport().grab().toImage()
    background = image.pixel(2, 2)
    assert any(image.pixel(x, y) != background for x in range(0, image.width(), 2)
               for y in range(0, min(80, image.height()), 2)), "the hint is painted"
