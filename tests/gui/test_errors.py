"""Never crash: bad files and unwritable folders are plain-words messages; bugs are logged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from handout import paths
from handout.gui import crash, dialogs

from .conftest import wait_preview

pytestmark = pytest.mark.gui


def test_corrupt_handout_file_shows_error_and_app_stays_usable(qtbot, window, monkeypatch,
                                                               tmp_path, messages):
    bad = tmp_path / "broken.handout.json"
    bad.write_text('{"format": "handout", "version": 2, "handout": {"items": [', "utf-8")
    monkeypatch.setattr(dialogs.FileDialogs, "open_handout",
                        classmethod(lambda cls, parent, folder: bad))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(messages.errors) == 1
    title, text = messages.errors[0]
    assert title == "Could not open the handout"
    assert "broken.handout.json" in text and "cut short" in text
    assert "Traceback" not in text
    assert window.document.path is None

    # Still usable: add an exercise, the preview follows.
    before = window.preview.generation
    window.add_exercise("clamshell")
    qtbot.waitUntil(lambda: window.preview.generation > before, timeout=10000)
    assert [i.exercise.id for i in window.document.handout.items] == ["clamshell"]


def test_handout_with_bad_values_names_the_field(window, tmp_path, messages):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "handout", "version": 2, "handout": {"items": [{'
                   '"exercise_id": "clamshell", "dose": {"reps": "lots"}}]}}', "utf-8")
    assert window.open_path(bad) is False
    assert "items[0].dose.reps" in messages.error_text()


def test_missing_recent_file_is_reported_and_forgotten(window, tmp_path, messages):
    gone = tmp_path / "gone.handout.json"
    window.settings.add_recent_file(gone)
    window._open_recent(gone.resolve())
    assert "no such file" in messages.error_text()
    assert gone.resolve() not in window.settings.recent_files()


def test_export_to_unwritable_place_shows_error(window, monkeypatch, tmp_path, messages):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(dialogs.FileDialogs, "export_pdf",
                        classmethod(lambda cls, parent, suggested: blocker / "out.pdf"))
    assert window.export_pdf() is None
    assert messages.errors and messages.errors[0][0] == "Could not export the PDF"
    assert "Traceback" not in messages.error_text()
    assert window.isVisible()


def test_save_failure_keeps_changes_marked_unsaved(qtbot, window, monkeypatch, tmp_path,
                                                  messages):
    qtbot.keyClicks(window.editor.patient, "Zoe")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(dialogs.FileDialogs, "save_handout",
                        classmethod(lambda cls, parent, suggested: blocker / "zoe.json"))
    assert not window.save()
    assert window.document.modified
    assert messages.errors[0][0] == "Could not save the handout"


def test_missing_logo_is_shown_in_the_preview_not_a_crash(qtbot, make_window, tmp_path,
                                                        messages):
    from handout.model import Clinic
    window = make_window(clinic=Clinic(name="Riverside", logo_path=str(tmp_path / "no.png")))
    wait_preview(qtbot, window)
    # Either the renderer skips a missing logo or says so in plain words; never a crash.
    assert messages.apologies == []
    assert window.isVisible()


def test_uncaught_exception_is_logged_and_apologised_for(qtbot, messages):
    reporter = crash.install()
    patient = "".join(["Zo", "ë Sm", "ith"])  # never spelt out in this file's source
    try:
        raise ValueError(f"cannot place {patient}")
    except ValueError as error:
        with qtbot.waitSignal(reporter.reported, timeout=2000):
            reporter.handle(type(error), error, error.__traceback__)
    log = paths.log_file().read_text("utf-8")
    assert "builtins.ValueError" in log and "Traceback" in log and "test_errors.py" in log
    assert patient not in log  # the message could quote a patient: it is left out
    qtbot.waitUntil(lambda: messages.apologies == [str(paths.log_file())])


def test_exception_in_a_thread_is_reported_too(qtbot, messages):
    import threading
    reporter = crash.install()

    def boom():
        raise RuntimeError("worker failed")

    with qtbot.waitSignal(reporter.reported, timeout=2000):
        thread = threading.Thread(target=boom)
        thread.start()
        thread.join()
    assert "builtins.RuntimeError" in paths.log_file().read_text("utf-8")
    qtbot.waitUntil(lambda: len(messages.apologies) == 1)


@pytest.fixture(autouse=True)
def _restore_hooks():
    import sys
    import threading
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def test_log_file_is_kept_small(monkeypatch):
    monkeypatch.setattr(crash, "MAX_LOG_BYTES", 100)
    crash.write_log("x" * 200)
    crash.write_log("second")
    assert paths.log_file().read_text("utf-8").endswith("second\n")
    assert paths.log_file().with_name(paths.log_file().name + ".1").exists()
