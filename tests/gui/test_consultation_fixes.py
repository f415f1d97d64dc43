"""The rest of what the consultation found: picker ranking, hints, formatted text, Esc in
editors, the logo, the exported PDF's owner, the title, the preview page, a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from handout import clinic_logo, paths
from handout.gui import clinic_dialog, dialogs, template_picker
from handout.gui.exercise_editor import ExerciseEditor
from handout.model import Clinic

from .conftest import wait_preview

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("typed, named", [
    ("knee", "knee"), ("back", "back"), ("shoulder", "shoulder"), ("heel", "heel"),
    ("kne", "knee"), ("balance", "balance"), ("tennis", "tennis elbow"),
])
def test_the_template_picker_puts_the_most_relevant_first(qtbot, libraries, typed, named):
    exercises, templates = libraries
    picker = template_picker.TemplatePicker(templates.all(), exercises=exercises)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, typed)
    # Alphabetically "knee" used to open Hip osteoarthritis: now a template named for it.
    assert named in picker.selected().name.casefold()


def test_enter_in_the_picker_opens_the_first_match(qtbot, monkeypatch, messages, window):
    monkeypatch.setattr(template_picker.TemplatePicker, "get_template",
                        messages.real["TemplatePicker.get_template"])

    def type_knee_then_enter():
        picker = QApplication.activeModalWidget()
        qtbot.keyClicks(picker.search, "knee")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_knee_then_enter)
    assert window.new_handout()
    message = window.statusBar().currentMessage()
    assert message.startswith("New handout from the template") and "knee" in message.casefold()


def test_the_first_run_hint_points_at_templates_once(qtbot, make_window, monkeypatch):
    window = make_window()
    hint = window.editor.template_hint
    assert hint.isVisible() and "template" in hint.findChild(type(window.pages_label)).text()
    monkeypatch.setattr(template_picker.TemplatePicker, "get_template",
                        classmethod(lambda cls, parent, templates, **_: None))
    window.editor.template_hint_requested.emit()  # the hint's link
    assert not hint.isVisible()
    window.document.mark_saved()
    window.close()
    again = make_window()
    assert not again.editor.template_hint.isVisible()
    assert "template" in again.editor.items.EMPTY_HINT


def test_education_is_shown_formatted_beside_its_source(qtbot, window):
    window.editor.tabs.setCurrentIndex(1)
    editor = window.editor.education_editor
    editor.editor.setFocus()
    for line in ("## Why it hurts", "- Overuse", "- **Weakness** too"):
        qtbot.keyClicks(editor.editor, line)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "<h3>" in editor.view.toHtml() or "Why it hurts" in
                    editor.view.toPlainText(), timeout=3000)
    html = editor.view.toHtml()
    assert "Why it hurts" in editor.view.toPlainText() and "##" not in editor.view.toPlainText()
    assert "Overuse" in editor.view.toPlainText() and "**" not in editor.view.toPlainText()
    assert "font-weight" in html  # the heading and the bold word are bold
    assert "## heading" in editor.hint.text().replace("<b>", "").replace("</b>", "")
    assert window.document.handout.education.startswith("## Why it hurts")
    editor.editor.selectAll()
    qtbot.keyClick(editor.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.document.handout.education.startswith("**")


def answer_discard(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(dialogs.Ask, "discard_changes", classmethod(
        lambda cls, parent, what: asked.append(what) or answer))
    return asked


def test_esc_in_new_exercise_asks_before_throwing_away_what_was_typed(qtbot, monkeypatch,
                                                                     libraries):
    exercises, _ = libraries
    dialog = ExerciseEditor(exercises)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                lambda: False))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()
    dialog = ExerciseEditor(exercises)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                lambda: False))
    dialog.show()
    qtbot.keyClicks(dialog.name, "My hip hitch")
    asked = answer_discard(monkeypatch, False)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == ["this exercise"] and dialog.isVisible()
    assert dialog.name.text() == "My hip hitch"
    answer_discard(monkeypatch, True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_in_the_clinic_profile_asks_too(qtbot, monkeypatch):
    dialog = clinic_dialog.ClinicDialog(Clinic(name="Riverside"))
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                lambda: False))
    dialog.show()
    qtbot.keyClicks(dialog.phone, "0117")
    asked = answer_discard(monkeypatch, False)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert asked == ["the clinic profile"] and dialog.isVisible()


def test_esc_in_save_as_template_asks_when_something_was_typed(qtbot, monkeypatch):
    from handout.gui.save_template_dialog import SaveTemplateDialog
    dialog = SaveTemplateDialog("Hip plan", can_share=False)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                lambda: False))
    dialog.show()
    qtbot.keyClicks(dialog.tags, "hip")
    asked = answer_discard(monkeypatch, False)
    qtbot.keyClick(dialog.tags, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_the_clinic_logo_is_copied_shown_and_any_photo_format_is_taken(qtbot, monkeypatch,
                                                                       tmp_path, messages):
    original = tmp_path / "elsewhere" / "logo.webp"
    original.parent.mkdir()
    Image.new("RGB", (400, 120), (20, 110, 130)).save(original)
    monkeypatch.setattr(dialogs.FileDialogs, "open_image",
                        classmethod(lambda cls, parent, folder: original))
    dialog = clinic_dialog.ClinicDialog(Clinic(name="Riverside"))
    qtbot.addWidget(dialog)
    dialog._choose_logo()
    assert messages.errors == []
    assert dialog.logo_thumbnail.pixmap() is not None and not dialog.logo_thumbnail.pixmap().isNull()
    assert "kept" in dialog.logo_note.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = dialog.clinic()
    assert clinic_logo.is_kept(saved.logo_path)
    assert Path(saved.logo_path).parent == paths.user_home() / "clinic"
    original.unlink()  # moving or deleting the original no longer matters
    assert Path(saved.logo_path).is_file()
    assert "Images (" in dialogs.image_filter() and "*.webp" in dialogs.image_filter()


def test_an_old_logo_path_gets_its_copy_on_save(qtbot, tmp_path):
    original = tmp_path / "logo.png"
    Image.new("RGBA", (300, 90), (40, 120, 140, 200)).save(original)
    dialog = clinic_dialog.ClinicDialog(Clinic(name="Riverside", logo_path=str(original)))
    qtbot.addWidget(dialog)
    assert "will be kept" in dialog.logo_note.text()
    dialog.accept()
    assert clinic_logo.is_kept(dialog.clinic().logo_path)


def test_open_exported_pdf_never_opens_another_patients_file(qtbot, window, monkeypatch,
                                                             tmp_path, messages):
    window.editor.patient.setFocus()
    qtbot.keyClicks(window.editor.patient, "Maria Jones")
    target = tmp_path / "maria.pdf"
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, suggested: target))
    assert window.export_pdf() == target
    assert window.open_pdf_action.isEnabled()
    window.editor.patient.selectAll()
    qtbot.keyClicks(window.editor.patient, "John Smith")
    assert not window.open_pdf_action.isEnabled()
    opened = []
    monkeypatch.setattr("handout.gui.main_window.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    assert window.open_exported_pdf() is None
    assert opened == [] and "another handout" in messages.error_text()
    window.document.mark_saved()
    window.start_from_template(window.templates.get("neck-pain"))
    assert not window.open_pdf_action.isEnabled()


def test_the_window_title_names_the_app_once(qtbot, window):
    window.editor.patient.setFocus()
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    # Qt (Windows, Linux) adds the app's display name unless the title ends with it.
    assert window.windowTitle().replace("[*]", "") == "Zoe Smith — Handout Builder"


def test_the_preview_shows_the_page_of_the_selected_exercise(qtbot, window, libraries,
                                                              monkeypatch):
    _, templates = libraries
    window.start_from_template(templates.get("knee-osteoarthritis"))
    wait_preview(qtbot, window)
    assert window.preview.page_count() >= 3
    shown = []
    real = window.preview.go_to_page
    monkeypatch.setattr(window.preview, "go_to_page", lambda page: (shown.append(page),
                                                                    real(page)))
    bar = window.preview.view.verticalScrollBar()
    last = len(window.document.handout.items) - 1
    window.editor.items.select_row(last)  # the last exercise, on the last page
    assert shown and shown[-1] == window.preview.page_count() - 1
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5000)
    # Editing the exercise keeps its page in view; editing the advice does not jump.
    window.editor.items.select_row(0)
    assert shown[-1] == 0
    shown.clear()
    window.editor.item_editor.notes.setFocus()
    qtbot.keyClicks(window.editor.item_editor.notes, "Slowly")
    wait_preview(qtbot, window)
    window.preview.go_to_page(2)
    shown.clear()
    window.editor.advice.setFocus()
    qtbot.keyClicks(window.editor.advice, " Walk.")
    wait_preview(qtbot, window)
    assert shown == [], "an edit to the advice leaves the page being looked at"


@pytest.mark.parametrize("size", [(1024, 768), (1024, 700)])
def test_the_window_works_on_a_small_screen(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() <= size[0] + 1, timeout=3000)
    QApplication.processEvents()
    assert window.editor.patient.width() >= 150, "the Patient field is wide enough to read"
    editor = window.editor.item_editor
    assert editor.reps.width() >= 60 and editor.frequency.width() >= 150
    assert window.library_pane.width() >= 200 and window.preview.width() >= 200
