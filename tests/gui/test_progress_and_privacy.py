"""Progressions, the template privacy guard and the summary for the record, by keyboard."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from handout import storage
from handout.gui import privacy_dialog
from handout.gui.save_template_dialog import SaveTemplateDialog, TemplateDetails

from .conftest import type_into

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def test_harder_then_undo_restores_the_item_exactly(qtbot, active):
    active.add_exercise("bridge")
    editor = active.editor.item_editor
    type_into(qtbot, editor.reps, "8-12")
    type_into(qtbot, editor.frequency, "twice a day")
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Stop if pain goes above 4/10")
    before = copy.deepcopy(active.document.handout.items[0])
    steps = active.document.undo_stack.count()
    qtbot.keyClick(editor.notes, Qt.Key.Key_BracketRight, CTRL)  # Make Harder
    item = active.document.handout.items[0]
    assert item.exercise.id == "single-leg-bridge"
    assert item.effective_dose == before.effective_dose and item.notes == before.notes
    assert editor.heading.text() == "Single-leg bridge"
    assert active.document.undo_stack.count() == steps + 1, "one undo step"
    assert "Make Bridge harder" in active.document.undo_stack.undoText()
    qtbot.keyClick(editor.notes, Qt.Key.Key_Z, CTRL)
    assert active.document.handout.items[0] == before
    assert editor.heading.text() == "Bridge"
    qtbot.keyClick(editor.notes, Qt.Key.Key_Y, CTRL)
    assert active.document.handout.items[0].exercise.id == "single-leg-bridge"


def test_easier_and_harder_buttons_follow_the_library(qtbot, active):
    active.add_exercise("tandem-stance")
    editor = active.editor.item_editor
    assert editor.easier.isEnabled() and editor.harder.isEnabled()
    assert editor.harder.menu() is not None  # two harder versions: a menu
    names = [a.text() for a in editor.harder.menu().actions()]
    library = active.exercises
    assert names == [library.get("single-leg-stand").name, library.get("heel-toe-walking").name]
    editor.harder.menu().actions()[1].trigger()
    assert active.document.handout.items[0].exercise.id == "heel-toe-walking"
    active.add_exercise("wall-push-up")
    assert not editor.easier.isEnabled() and not editor.harder.isEnabled()
    assert not active.harder_action.isEnabled()
    assert active.progress_selected("harder") is False
    assert "no harder version" in active.statusBar().currentMessage()


def template_details(name="Knee week 2", origin="user"):
    return classmethod(lambda cls, parent, suggested, can_share:
                       TemplateDetails(name, "After surgery", ("knee",), origin))


def test_the_privacy_guard_stops_a_note_with_the_patients_name(qtbot, active, monkeypatch,
                                                               libraries):
    _, templates = libraries
    patient = active.editor.patient
    type_into(qtbot, patient, "Maria Jones")
    active.add_exercise("bridge")
    notes = active.editor.item_editor.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Maria Jones: knee replacement 2024, go easy")
    monkeypatch.setattr(SaveTemplateDialog, "get_details", template_details())
    shown = []

    def go_back(cls, parent, findings, action="saved"):
        shown.append(findings)
        return None

    monkeypatch.setattr(privacy_dialog.PrivacyDialog, "review", classmethod(go_back))
    assert active.save_as_template() is False
    assert [(f.where, f.found) for f in shown[0]] == [("Exercise 1 (Bridge), note",
                                                       "Maria Jones")]
    assert "Knee week 2" not in [t.name for t in templates.all()], "nothing was saved"

    monkeypatch.setattr(privacy_dialog.PrivacyDialog, "review", classmethod(
        lambda cls, parent, findings, action="saved": list(findings)))
    assert active.save_as_template()
    templates.reload()
    saved = next(t for t in templates.all() if t.name == "Knee week 2")
    text = templates.path_of(saved).read_text(encoding="utf-8")
    assert "Maria" not in text and "Jones" not in text
    assert saved.handout.items[0].notes == "Knee replacement 2024, go easy"
    # The patient's own handout keeps the note.
    assert active.document.handout.items[0].notes.startswith("Maria Jones")


def test_the_real_privacy_dialog_lists_where_and_removes_what_is_ticked(qtbot):
    from handout import privacy
    from handout.model import Exercise, Handout, Item

    handout = Handout(patient_name="Maria Jones", advice="Call 07700 900123",
                      items=[Item(exercise=Exercise(id="bridge", name="Bridge"),
                                  notes="Maria: go easy")])
    findings = privacy.find_personal_details(handout)
    dialog = privacy_dialog.PrivacyDialog(findings)
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert rows[0].startswith("Advice: a phone number") and "07700 900123" in rows[0]
    assert rows[1].startswith("Exercise 1 (Bridge), note: the patient's name")
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert [f.kind for f in dialog.chosen()] == ["name"]
    assert "keep 1" in dialog.remove_button.text()


def test_sharing_to_the_clinic_says_shared(qtbot, active, monkeypatch, tmp_path, libraries):
    _, templates = libraries
    templates.use_clinic_folder(tmp_path / "clinic")
    type_into(qtbot, active.editor.patient, "Ann Lee")
    active.add_exercise("bridge")
    active.editor.item_editor.notes.setFocus()
    qtbot.keyClicks(active.editor.item_editor.notes, "DOB 12/03/1956")
    monkeypatch.setattr(SaveTemplateDialog, "get_details",
                        template_details("Shared knee", "clinic"))
    actions = []
    monkeypatch.setattr(privacy_dialog.PrivacyDialog, "review", classmethod(
        lambda cls, parent, findings, action="saved": actions.append(action) or None))
    assert active.save_as_template() is False
    assert actions == ["shared with colleagues"]


def test_copy_summary_puts_the_programme_on_the_clipboard(qtbot, active):
    type_into(qtbot, active.editor.patient, "Ann Lee")
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    editor.side.setCurrentIndex(editor.side.findData("left"))
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Slowly")
    qtbot.keyClick(editor.notes, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].startswith("Home exercise programme for Ann Lee, given ")
    assert lines[1] == ("1. Clamshell: 3 sets × 10 reps · hold 2 seconds · once a day · "
                        "left side")
    assert lines[2] == "   Note: Slowly"
    assert "Copied the summary" in active.statusBar().currentMessage()


def test_a_migrated_handout_opens_and_progresses(qtbot, active, tmp_path):
    path = tmp_path / "old.handout.json"
    path.write_text('{"format": "handout", "version": 2, "handout": {"patient_name": "Bo", '
                    '"items": [{"exercise_id": "calf-raise", "dose": {"sets": 2, "reps": 12, '
                    '"hold_seconds": 3}}]}}', encoding="utf-8")
    assert active.open_path(path)
    assert active.editor.item_editor.hold.text() == "3 s"
    assert active.progress_selected("harder")
    assert active.document.handout.items[0].exercise.id == "single-leg-calf-raise"
    storage.save_handout(active.document.handout, tmp_path / "new.handout.json")
    assert '"hold": "3 s"' in (tmp_path / "new.handout.json").read_text(encoding="utf-8")
