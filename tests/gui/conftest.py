"""Fixtures for the GUI tests: real widgets, offscreen, no modal dialog ever blocks.

Every dialog classmethod is replaced: questions fail the test unless a test
answers them, and error messages are recorded in `messages` for assertions.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

# The offscreen platform warns about window hints it cannot honour; not our bug.
OFFSCREEN_NOISE = "This plugin does not support"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class Recorder:
    """Stands in for the modal dialogs; records what would have been shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.apologies: list[str] = []
        #: The real classmethods, for the few tests that drive a real dialog.
        self.real: dict[str, object] = {}

    def error_text(self) -> str:
        return "\n".join(f"{title}: {text}" for title, text in self.errors)


def _unexpected(name):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {name}")
    return classmethod(lambda cls, *a, **k: fail())


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """English plural forms ("1 page", "2 pages"), as `app.main` installs them, for
    widgets a test builds on their own; a test may install another language."""
    from handout.gui import interface_language
    interface_language.ensure_installed(qapp)
    yield
    interface_language.ensure_installed(qapp)  # a test that uninstalled leaves English


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    from handout.gui import (clinic_dialog, dialogs, printing, privacy_dialog,
                             save_template_dialog, template_picker, translation_dialog)

    recorder = Recorder()
    for owner, name in ((dialogs.Ask, "unsaved_changes"),
                        (template_picker.TemplatePicker, "get_template")):
        recorder.real[f"{owner.__name__}.{name}"] = owner.__dict__[name]
    monkeypatch.setattr(dialogs.Message, "error", classmethod(
        lambda cls, parent, title, text: recorder.errors.append((title, text))))
    monkeypatch.setattr(dialogs.Message, "apology", classmethod(
        lambda cls, parent, log_path: recorder.apologies.append(str(log_path))))
    for name in ("open_handout", "save_handout", "export_pdf", "open_image"):
        monkeypatch.setattr(dialogs.FileDialogs, name, _unexpected(f"FileDialogs.{name}"))
    for name in ("unsaved_changes", "restore_recovery", "discard_changes"):
        monkeypatch.setattr(dialogs.Ask, name, _unexpected(f"Ask.{name}"))
    monkeypatch.setattr(save_template_dialog.SaveTemplateDialog, "get_details",
                        _unexpected("SaveTemplateDialog.get_details"))
    monkeypatch.setattr(template_picker.TemplatePicker, "get_template",
                        _unexpected("TemplatePicker.get_template"))
    monkeypatch.setattr(clinic_dialog.ClinicDialog, "edit", _unexpected("ClinicDialog.edit"))
    monkeypatch.setattr(translation_dialog.TranslationDialog, "edit",
                        _unexpected("TranslationDialog.edit"))
    monkeypatch.setattr(privacy_dialog.PrivacyDialog, "review",
                        _unexpected("PrivacyDialog.review"))
    monkeypatch.setattr(printing.PrintDialogs, "get_printer",
                        _unexpected("PrintDialogs.get_printer"))
    return recorder


@pytest.fixture
def libraries():
    from handout.library import ExerciseLibrary, TemplateLibrary

    exercises = ExerciseLibrary()
    return exercises, TemplateLibrary(exercises)


@pytest.fixture
def make_window(qtbot, libraries):
    """Builds shown main windows; closes them (without questions) after the test."""
    from handout.gui.main_window import MainWindow

    windows = []

    def make(clinic=None, startup_problems=None):
        exercises, templates = libraries
        window = MainWindow(exercises, templates, clinic, startup_problems)
        # Closed by pytest-qt after the test, as if saved: no question asked then.
        qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.preview.generation >= 1, timeout=10000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.preview.renderer.wait(10000)


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def active(qtbot, window):
    """The main window, activated, for tests that type with the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_into(qtbot, field, text):
    """Focus `field` as the Tab key would, select what is there and type over it."""
    from PySide6.QtCore import Qt

    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)


def wait_preview(qtbot, window):
    """Wait until the preview shows the handout as it is now."""
    before = window.preview.generation
    window.preview.schedule()
    qtbot.waitUntil(lambda: window.preview.generation > before
                    and not window.preview.busy, timeout=10000)


def screen_order(window) -> list[str]:
    return [item.exercise.name for item in window.document.handout.items]


def shown_order(window) -> list[str]:
    model = window.editor.items_model
    return [model.index(row).data().split("\n")[0].split(".", 1)[1].strip()
            for row in range(model.rowCount())]
