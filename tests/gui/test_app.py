"""The entry point and the real dialogs behind the patched classmethods."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from handout.gui import dialogs, template_picker

pytestmark = pytest.mark.gui

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_main_shows_the_window_and_reports_startup(user_home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDOUT_MEASURE_STARTUP="1",
               HANDOUT_HOME=str(user_home))
    result = subprocess.run([sys.executable, "main.py"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("startup_seconds=")]
    assert len(lines) == 1 and float(lines[0].split("=")[1]) > 0
    assert "Traceback" not in result.stderr


def _answer_modal(qtbot, press):
    """Once a modal dialog is up, let `press(dialog)` answer it."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        press(dialog)
    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("button, expected", [
    (QMessageBox.StandardButton.Save, "save"),
    (QMessageBox.StandardButton.Discard, "discard"),
    (QMessageBox.StandardButton.Cancel, "cancel"),
])
def test_real_unsaved_changes_box_maps_buttons(qtbot, monkeypatch, messages, button,
                                               expected):
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes", messages.real["Ask.unsaved_changes"])
    _answer_modal(qtbot, lambda box: box.button(button).click())
    assert dialogs.Ask.unsaved_changes(None, "Zoe Smith") == expected


def test_real_template_picker_returns_the_choice(qtbot, monkeypatch, messages, libraries):
    monkeypatch.setattr(template_picker.TemplatePicker, "get_template",
                        messages.real["TemplatePicker.get_template"])
    _, templates = libraries

    def choose(dialog):
        dialog.search.setText("gluteus")
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()

    _answer_modal(qtbot, choose)
    chosen = template_picker.TemplatePicker.get_template(None, templates.all())
    assert chosen is not None and chosen.id == "gluteus-medius-pain"

    _answer_modal(qtbot, lambda dialog: dialog.reject())
    assert template_picker.TemplatePicker.get_template(None, templates.all()) is None
