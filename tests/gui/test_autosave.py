"""Never lose work: the recovery file, restoring it, and the unsaved-changes question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from handout import paths, storage
from handout.gui import autosave, dialogs, template_picker

pytestmark = pytest.mark.gui


def _type_name(qtbot, window, name="Ada Lovelace"):
    window.editor.patient.setFocus()
    qtbot.keyClicks(window.editor.patient, name)


def _crash(window):
    """The process dies: the window never closes, the OS releases its lock."""
    window.autosave.timer.stop()
    window.autosave.release()
    window.hide()


def _recovery_files():
    folder = paths.recovery_folder()
    return sorted(p.name for p in folder.glob("autosave-*.handout.json")) \
        if folder.is_dir() else []


def test_autosave_writes_recovery_file_after_idle_and_restore_brings_it_back(
        qtbot, make_window, monkeypatch):
    window = make_window()
    window.autosave.timer.setInterval(50)
    window.add_exercise("clamshell")
    with qtbot.waitSignal(window.autosave.saved, timeout=5000):
        _type_name(qtbot, window)
    assert window.autosave.file.exists()
    saved = storage.load_handout(window.autosave.file, window.exercises.get)
    assert saved.patient_name == "Ada Lovelace"
    assert [i.exercise.id for i in saved.items] == ["clamshell"]

    _crash(window)

    asked = []
    monkeypatch.setattr(dialogs.Ask, "restore_recovery", classmethod(
        lambda cls, parent, description: asked.append(description) or True))
    second = make_window()
    assert second.offer_recovery() is True
    assert asked and "Ada Lovelace" in asked[0]
    assert second.document.handout.patient_name == "Ada Lovelace"
    assert [i.exercise.id for i in second.document.handout.items] == ["clamshell"]
    assert second.document.modified, "restored work is not saved yet"
    assert second.windowTitle().startswith("Ada Lovelace[*]") and second.isWindowModified()
    assert second.autosave.file.exists(), "kept until it is saved or discarded"
    assert len(_recovery_files()) == 1


def test_declining_restore_deletes_the_recovery_file(qtbot, make_window, monkeypatch):
    window = make_window()
    _type_name(qtbot, window)
    assert window.autosave.save_now()
    _crash(window)
    monkeypatch.setattr(dialogs.Ask, "restore_recovery",
                        classmethod(lambda cls, parent, description: False))
    second = make_window()
    assert second.offer_recovery() is False
    assert _recovery_files() == []
    assert second.document.handout.patient_name == ""


def test_a_second_running_copy_does_not_offer_the_first_ones_work(qtbot, make_window):
    first = make_window()
    _type_name(qtbot, first)
    assert first.autosave.save_now()
    second = make_window()  # Ask.restore_recovery would fail the test if called
    assert second.autosave.slot != first.autosave.slot
    assert second.offer_recovery() is False
    assert first.autosave.file.exists()


def test_no_recovery_file_means_no_question(make_window):
    window = make_window()  # Ask.restore_recovery would fail the test if called
    assert window.offer_recovery() is False


def test_unreadable_recovery_file_is_reported_and_removed(make_window, messages):
    paths.recovery_folder().mkdir(parents=True)
    autosave.recovery_file(7).write_text("{ not json", encoding="utf-8")
    window = make_window()
    assert not window.offer_recovery()
    assert messages.errors and "not valid JSON" in messages.error_text()
    assert _recovery_files() == []


def test_clean_close_and_save_delete_the_recovery_file(qtbot, make_window, monkeypatch,
                                                        tmp_path):
    window = make_window()
    _type_name(qtbot, window)
    assert window.autosave.save_now()
    target = tmp_path / "ada.handout.json"
    monkeypatch.setattr(dialogs.FileDialogs, "save_handout",
                        classmethod(lambda cls, parent, suggested: target))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists() and not window.document.modified
    assert _recovery_files() == []

    qtbot.keyClicks(window.editor.patient, " Byron")
    assert window.autosave.save_now()
    assert _recovery_files() != []
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes",
                        classmethod(lambda cls, parent, name: "discard"))
    assert window.close()
    assert _recovery_files() == []


def test_nothing_to_recover_when_unchanged(make_window):
    window = make_window()
    assert window.autosave.save_now() is False
    assert _recovery_files() == []


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_unsaved_changes_asks(qtbot, make_window, monkeypatch, tmp_path, answer):
    window = make_window()
    _type_name(qtbot, window, "Zoe Smith")
    target = tmp_path / "zoe.handout.json"
    asked = []
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes", classmethod(
        lambda cls, parent, name: asked.append(name) or answer))
    monkeypatch.setattr(dialogs.FileDialogs, "save_handout",
                        classmethod(lambda cls, parent, suggested: target))
    closed = window.close()
    assert asked == ["Zoe Smith"]
    if answer == "save":
        assert closed and target.exists()
        assert storage.load_handout(target).patient_name == "Zoe Smith"
    elif answer == "discard":
        assert closed and not target.exists()
    else:
        assert not closed and window.isVisible() and not target.exists()
        assert window.document.modified


def test_cancelled_save_dialog_keeps_the_window_open(qtbot, make_window, monkeypatch):
    window = make_window()
    _type_name(qtbot, window)
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes",
                        classmethod(lambda cls, parent, name: "save"))
    monkeypatch.setattr(dialogs.FileDialogs, "save_handout",
                        classmethod(lambda cls, parent, suggested: None))
    assert not window.close()
    assert window.isVisible()


def test_new_handout_asks_before_dropping_changes(qtbot, make_window, monkeypatch):
    window = make_window()
    _type_name(qtbot, window)
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes",
                        classmethod(lambda cls, parent, name: "cancel"))
    assert window.new_handout() is False
    assert window.document.handout.patient_name == "Ada Lovelace"
    monkeypatch.setattr(dialogs.Ask, "unsaved_changes",
                        classmethod(lambda cls, parent, name: "discard"))
    monkeypatch.setattr(template_picker.TemplatePicker, "get_template",
                        classmethod(lambda cls, parent, templates, **_:
                                    template_picker.TemplatePicker.EMPTY))
    assert window.new_handout() is True
    assert window.document.handout.patient_name == ""
    assert window.document.handout.items == []
    assert not window.document.modified


CRASHING_SESSION = """
import os
from PySide6.QtWidgets import QApplication
app = QApplication([])
from handout.library import ExerciseLibrary, TemplateLibrary
from handout.gui.main_window import MainWindow
exercises = ExerciseLibrary()
window = MainWindow(exercises, TemplateLibrary(exercises))
window.add_exercise("step-up")
window.editor.patient.setText("Grace Hopper")
window.editor.patient.textEdited.emit("Grace Hopper")
assert window.autosave.save_now()
os._exit(3)  # killed: no close, no clean-up, the lock file stays behind
"""


def test_work_of_a_killed_process_is_offered_back(make_window, monkeypatch, user_home):
    import os
    import subprocess
    import sys
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDOUT_HOME=str(user_home))
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, "-c", CRASHING_SESSION], env=env, cwd=repo,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 3, result.stderr[-2000:]
    assert list(paths.recovery_folder().glob("slot-*.lock")), "the dead process's lock"
    monkeypatch.setattr(dialogs.Ask, "restore_recovery",
                        classmethod(lambda cls, parent, description: True))
    window = make_window()
    assert window.offer_recovery()
    assert window.document.handout.patient_name == "Grace Hopper"
    assert [i.exercise.id for i in window.document.handout.items] == ["step-up"]
