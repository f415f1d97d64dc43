"""Clinic profile, save/open round trip, templates, printing, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPrintSupport import QPrinter

from handout import paths, storage
from handout.gui import clinic_dialog, clinic_profile, dialogs, printing
from handout.gui.template_picker import TemplatePicker
from handout.model import Clinic

from .conftest import wait_preview

pytestmark = pytest.mark.gui


def test_default_page_size_follows_the_locale():
    assert clinic_profile.default_page_size(QLocale(QLocale.Language.English,
                                                    QLocale.Country.UnitedStates)) == "Letter"
    assert clinic_profile.default_page_size(QLocale(QLocale.Language.French,
                                                    QLocale.Country.Canada)) == "Letter"
    assert clinic_profile.default_page_size(QLocale(QLocale.Language.English,
                                                    QLocale.Country.UnitedKingdom)) == "A4"


def test_missing_clinic_file_means_defaults():
    clinic, error = clinic_profile.load()
    assert error is None and clinic.name == ""


def test_corrupt_clinic_file_is_reported_and_defaults_used(make_window, messages):
    paths.clinic_file().write_text("{oops", "utf-8")
    clinic, error = clinic_profile.load()
    assert error is not None and clinic == clinic_profile.default_clinic()
    window = make_window(clinic=clinic, startup_problems=[error])
    window.show_startup_problems()
    assert messages.errors[0][0] == "Clinic profile not loaded"
    assert "clinic.json" in messages.errors[0][1]


def test_clinic_profile_dialog_saves_and_new_handouts_use_it(qtbot, window, monkeypatch):
    edited = Clinic(name="Riverside Physio", therapist="Sam Lee", page_size="Letter",
                    accent_color="#aa3355")
    monkeypatch.setattr(clinic_dialog.ClinicDialog, "edit",
                        classmethod(lambda cls, parent, clinic: edited))
    assert window.edit_clinic()
    assert storage.load_clinic(paths.clinic_file()) == edited
    monkeypatch.setattr(TemplatePicker, "get_template",
                        classmethod(lambda cls, parent, templates, **_: TemplatePicker.EMPTY))
    assert window.new_handout()
    assert window.document.handout.therapist == "Sam Lee"
    assert window.document.handout.options.page_size == "Letter"
    assert window.editor.therapist.text() == "Sam Lee"


def test_clinic_dialog_builds_the_profile(qtbot):
    dialog = clinic_dialog.ClinicDialog(Clinic(name="Old", page_size="A4"))
    qtbot.addWidget(dialog)
    dialog.name.setText("  New name ")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    result = dialog.clinic()
    assert result.name == "New name" and result.page_size == "Letter"


def test_clinic_dialog_edits_the_pain_rule(qtbot):
    from handout.model import DEFAULT_PAIN_RULE
    dialog = clinic_dialog.ClinicDialog(Clinic(name="C"))
    qtbot.addWidget(dialog)
    assert dialog.pain_rule.placeholderText() == DEFAULT_PAIN_RULE
    dialog.pain_rule.setPlainText(" Up to 3 out of 10, settled by the morning. ")
    assert dialog.clinic().pain_rule == "Up to 3 out of 10, settled by the morning."
    dialog.pain_rule.setPlainText(DEFAULT_PAIN_RULE)  # the standard wording is not stored
    assert dialog.clinic().pain_rule == ""


def test_save_then_open_round_trip_and_recent_files(qtbot, window, monkeypatch, tmp_path,
                                                    libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    target = tmp_path / "zoe.handout.json"
    suggested = []
    monkeypatch.setattr(dialogs.FileDialogs, "save_handout", classmethod(
        lambda cls, parent, s: suggested.append(s.name) or target))
    assert window.save()
    assert suggested[0].startswith("Zoe Smith ")
    assert not window.isWindowModified()
    saved = window.document.handout.copy()
    window.start_from_template(TemplatePicker.EMPTY)
    assert window.open_path(target)
    assert window.document.handout == saved
    assert window.document.path == target
    assert window.settings.recent_files()[0] == target.resolve()
    window._fill_recent_menu()
    assert target.name in window.recent_menu.actions()[0].text()


def test_save_as_template_leaves_patient_details_out(qtbot, window, monkeypatch, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    from handout.gui.save_template_dialog import SaveTemplateDialog, TemplateDetails
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails("Hip plan for runners")))
    assert window.save_as_template()
    path = paths.user_templates() / "hip-plan-for-runners.json"
    assert path.exists()
    assert "Zoe" not in path.read_text("utf-8")
    assert templates.get("hip-plan-for-runners").handout.items


def test_template_picker_search(qtbot, libraries):
    _, templates = libraries
    picker = TemplatePicker(templates.all())
    qtbot.addWidget(picker)
    assert picker.selected() is TemplatePicker.EMPTY
    qtbot.keyClicks(picker.search, "gluteus")
    assert picker.selected().id == "gluteus-medius-pain"
    qtbot.keyClicks(picker.search, " zzzz")
    assert picker.selected() is None


def test_print_sends_the_same_pages_to_the_printer(qtbot, window, monkeypatch, tmp_path,
                                                   libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    out = tmp_path / "printed.pdf"

    def printer(cls, parent, page_size, pages):
        assert pages == window.preview.page_count()
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(printing.PrintDialogs, "get_printer", classmethod(printer))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    import pypdf
    assert len(pypdf.PdfReader(out).pages) == window.preview.page_count()
    assert "to the printer" in window.statusBar().currentMessage()


def test_open_exported_pdf_uses_the_system_viewer(window, monkeypatch, tmp_path, messages):
    opened = []
    from handout.gui import main_window
    monkeypatch.setattr(main_window.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    assert not window.open_pdf_action.isEnabled()
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, s: tmp_path / s.name))
    path = window.export_pdf()
    assert path.name == f"Handout {window.document.handout.date.isoformat()}.pdf"
    assert window.open_pdf_action.isEnabled()
    window.open_pdf_action.trigger()
    assert opened == [str(path)]
    assert messages.errors == []


def test_window_layout_is_remembered_in_gui_ini(qtbot, make_window):
    window = make_window()
    window.resize(760, 700)  # fits the offscreen screen, so nothing is clamped
    qtbot.waitUntil(lambda: window.width() == 760)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total // 4, total // 4, total - 2 * (total // 4)])
    sizes = window.splitter.sizes()
    window.close()
    assert (paths.user_home() / "gui.ini").exists()
    again = make_window()
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_clinic_dialog_refuses_a_logo_that_is_not_a_picture(qtbot, monkeypatch, tmp_path,
                                                           messages):
    not_image = tmp_path / "logo.png"
    not_image.write_text("not a picture")
    monkeypatch.setattr(dialogs.FileDialogs, "open_image",
                        classmethod(lambda cls, parent, folder: not_image))
    dialog = clinic_dialog.ClinicDialog(Clinic())
    qtbot.addWidget(dialog)
    dialog._choose_logo()
    assert dialog.logo.text() == ""
    assert "is not a picture" in messages.error_text() and "WebP" in messages.error_text()


def test_save_as_template_asks_before_replacing_your_own(window, monkeypatch):
    from handout.gui.save_template_dialog import SaveTemplateDialog, TemplateDetails
    window.add_exercise("clamshell")
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails("Hip plan")))
    assert window.save_as_template()
    asked = []
    monkeypatch.setattr(SaveTemplateDialog, "confirm_replace", classmethod(
        lambda cls, parent, message: asked.append(message) or False))
    window.add_exercise("step-up")
    assert window.save_as_template() is False
    assert len(asked) == 1 and "\"Hip plan\" already exists" in asked[0]
    assert len(window.templates.get("hip-plan").handout.items) == 1
