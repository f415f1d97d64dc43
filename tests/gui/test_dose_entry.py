"""Doses typed as a therapist types them reach the PDF exactly; bad ones are refused there."""

from __future__ import annotations

import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from handout.dose import Amount
from handout.gui import dialogs, dose_fields

from .conftest import type_into, wait_preview

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def export(qtbot, window, monkeypatch, target):
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, suggested: target))
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, CTRL)
    if not target.exists():
        return ""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    return re.sub(r"\s+", " ", text)


def test_typed_doses_reach_the_pdf_exactly(qtbot, active, monkeypatch, tmp_path, messages):
    search = active.library_pane.search
    type_into(qtbot, search, "bridge")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    editor = active.editor.item_editor
    type_into(qtbot, editor.sets, "2-3")
    type_into(qtbot, editor.reps, "8 to 12")
    type_into(qtbot, editor.hold, "1 min")
    type_into(qtbot, editor.rest, "90 sec")
    type_into(qtbot, editor.frequency, "2x a day")
    editor.side.setFocus()
    editor.side.setCurrentIndex(editor.side.findData("each"))
    type_into(qtbot, editor.load, "red band")
    assert editor.dose.message.isHidden()
    assert editor.dose.preview.text() == ("Prints as: 2–3 sets × 8–12 reps each side · hold 1 "
                                          "minute · rest 90 seconds · red band · twice a day")
    # A walk: the time goes where the reps would, and the diary gets a minutes line.
    type_into(qtbot, search, "walking")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    type_into(qtbot, editor.reps, "10-15 min")
    type_into(qtbot, editor.frequency, "3 times a week")
    dose = active.document.handout.items[1].effective_dose
    assert dose.duration == Amount.between(10, 15, "min") and dose.reps is None
    text = export(qtbot, active, monkeypatch, tmp_path / "doses.pdf")
    assert messages.errors == []
    assert ("2–3 sets × 8–12 reps each side · hold 1 minute · rest 90 seconds · red band · "
            "twice a day") in text
    assert "10–15 minutes · 3 times a week" in text
    assert "812" not in text and "hold 1 s" not in text


@pytest.mark.parametrize("field, typed, says", [
    ("reps", "10000", "1000 reps at most"),
    ("hold", "1 m", "a distance"),
    ("sets", "3x10", "Sets field"),
    ("frequency", "8 days a week", "7 days"),
])
def test_what_cannot_be_used_is_refused_next_to_the_field(qtbot, active, monkeypatch,
                                                          tmp_path, messages, field, typed,
                                                          says):
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    before = active.document.handout.items[0].effective_dose
    widget = getattr(editor, field)
    type_into(qtbot, widget, typed)
    qtbot.waitUntil(lambda: editor.dose.message.isVisible(), timeout=3000)
    assert says in editor.dose.message.text()
    assert widget.problem and dose_fields.ERROR_STYLE in widget.styleSheet()
    assert widget.text() == typed, "what was typed stays in the field to be fixed"
    assert active.document.handout.items[0].effective_dose == before, "nothing was used"
    # The paper must not say something else than the screen: export waits.
    assert export(qtbot, active, monkeypatch, tmp_path / "x.pdf") == ""
    assert says in messages.error_text() and "Clamshell" in messages.error_text()
    # Esc puts back the handout's value.
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert not editor.dose.message.isVisible() and widget.problem == ""
    assert widget.text() == widget.show(widget.value)


def test_an_unfinished_range_waits_quietly_then_says_so(qtbot, active):
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    type_into(qtbot, editor.reps, "8-")
    assert editor.dose.message.isHidden(), "no complaint while typing"
    qtbot.waitUntil(lambda: editor.dose.message.isVisible(), timeout=3000)
    assert "not finished" in editor.dose.message.text()
    qtbot.keyClicks(editor.reps, "12")
    assert editor.dose.message.isHidden()
    assert active.document.handout.items[0].effective_dose.reps == Amount.between(8, 12)
    assert active.document.undo_stack.count() == 2, "adding, then one step for the field"


def test_leaving_the_field_shows_the_problem_at_once(qtbot, active):
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    type_into(qtbot, editor.hold, "30 s-1 min")
    qtbot.keyClick(editor.hold, Qt.Key.Key_Tab)
    assert editor.dose.message.isVisible() and "one unit" in editor.dose.message.text()


def test_up_and_down_step_an_exact_number(qtbot, active):
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    editor.sets.setFocus()
    qtbot.keyClick(editor.sets, Qt.Key.Key_Up)
    assert active.document.handout.items[0].effective_dose.sets == Amount.exact(4)
    editor.hold.setFocus()
    qtbot.keyClick(editor.hold, Qt.Key.Key_Down)
    assert active.document.handout.items[0].effective_dose.hold == Amount.exact(1, "s")


def test_a_field_reads_back_in_its_short_form_when_left(qtbot, active):
    active.add_exercise("clamshell")
    editor = active.editor.item_editor
    type_into(qtbot, editor.frequency, "twice daily")
    assert editor.frequency.text() == "twice daily"  # never rewritten under the cursor
    qtbot.keyClick(editor.frequency, Qt.Key.Key_Tab)
    assert editor.frequency.text() == "twice a day"


def test_programme_size_time_and_the_gentle_notice(qtbot, active, monkeypatch, tmp_path):
    editor = active.editor
    for exercise_id in ("bridge", "clamshell", "step-up", "squat", "calf-raise"):
        active.add_exercise(exercise_id)
    assert editor.time_label.text().startswith("5 exercises · about ")
    assert editor.notice.isHidden()
    active.add_exercise("walking")
    assert editor.notice.isVisible() and "two to four" in editor.notice.text()
    editor.show_time.setFocus()
    qtbot.keyClick(editor.show_time, Qt.Key.Key_Space)
    assert active.document.handout.options.show_time
    minutes = re.search(r"about (\d+) minutes", editor.time_label.text()).group(1)
    text = export(qtbot, active, monkeypatch, tmp_path / "time.pdf")
    assert f"About {minutes} minutes a session." in text
    active.document.undo_stack.undo()
    assert not editor.show_time.isChecked()


def test_the_default_dose_of_a_new_exercise_is_checked_too(qtbot, monkeypatch, libraries):
    from handout.gui.exercise_editor import ExerciseEditor

    exercises, _ = libraries
    dialog = ExerciseEditor(exercises)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                lambda: False))
    dialog.show()
    qtbot.keyClicks(dialog.name, "Wall sit hold")
    type_into(qtbot, dialog.reps, "45 s")
    type_into(qtbot, dialog.sets, "0")
    assert dialog.save() is None
    assert "Default dose, Sets" in dialog.error.text() and "more than 0" in dialog.error.text()
    type_into(qtbot, dialog.sets, "3")
    saved = dialog.save()
    assert saved is not None and saved.dose.duration == Amount.exact(45, "s")
    assert saved.dose.sets == Amount.exact(3)


def test_the_preview_shows_the_typed_dose(qtbot, active):
    active.add_exercise("clamshell")
    type_into(qtbot, active.editor.item_editor.reps, "8-12")
    wait_preview(qtbot, active)
    data = active.preview.pdf_bytes
    import io
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "8–12 reps" in re.sub(r"\s+", " ", text)
