"""The custom-exercise editor, driven with pytest-qt: photos by file, drop and paste."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from handout import custom_exercises as ce, paths, photos
from handout.gui.exercise_editor import ExerciseEditor, PhotoDialogs
from handout.library import ExerciseLibrary
from tests.core.test_photos import phone_jpeg, png_bomb

pytestmark = pytest.mark.gui


@pytest.fixture
def library():
    return ExerciseLibrary(clinic_folder=None)


@pytest.fixture
def photo_files(tmp_path):
    files = []
    for n, orientation in enumerate((6, 1, 3, 1)):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(phone_jpeg(1600, 1200, orientation=orientation, noise=False))
        files.append(path)
    return files


@pytest.fixture
def open_editor(qtbot, library):
    def open_(exercise=None, based_on=None):
        dialog = ExerciseEditor(library, exercise, based_on)
        # Closed after the test as if nothing had been typed: no "discard?" question then.
        qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "has_changes",
                                                                    lambda: False))
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return open_


def choose_files(monkeypatch, files):
    monkeypatch.setattr(PhotoDialogs, "open_photos",
                        classmethod(lambda cls, parent, folder: list(files)))


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def stored_files():
    folder = paths.user_exercises()
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_new_exercise_with_a_photo_from_the_file_dialog(qtbot, monkeypatch, open_editor,
                                                        library, photo_files):
    dialog = open_editor()
    assert dialog.windowTitle() == "New exercise"
    qtbot.keyClicks(dialog.name, "My hip hitch")
    dialog.region.setCurrentIndex(dialog.region.findData("hip"))
    dialog.steps.setPlainText("Stand sideways on a step.\n\nLet one hip drop, then lift it.\n")
    dialog.equipment["step"].setChecked(True)
    dialog.aliases.setText("pelvic drop, hip drop")
    choose_files(monkeypatch, photo_files[:1])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    assert "printed instead of the figure" in dialog.picture_hint.text()
    assert stored_files() == []  # nothing is written before Save
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    saved = dialog.saved
    assert saved.id == "my-hip-hitch" and saved.origin == "user"
    assert saved.steps == ["Stand sideways on a step.", "Let one hip drop, then lift it."]
    assert saved.aliases == ["pelvic drop", "hip drop"] and saved.equipment == ["step"]
    assert len(saved.photos) == 1
    path = ce.photo_paths(library, saved)[0]
    stored = photos.printable_photo(path)
    assert (stored.width, stored.height) == (750, 1000)  # EXIF orientation 6: upright
    assert b"Exif" not in path.read_bytes()
    assert "my-hip-hitch" in [e.id for e in library.search("pelvic drop")]


def test_a_bad_picture_is_refused_with_the_message_and_nothing_added(
        qtbot, monkeypatch, open_editor, tmp_path):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb())
    dialog = open_editor()
    choose_files(monkeypatch, [bomb])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 0
    assert dialog.error.isVisible() and "too large" in dialog.error.text()
    assert stored_files() == []


def test_drop_image_files_onto_the_dialog(qtbot, open_editor, photo_files):
    dialog = open_editor()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in photo_files[:2]])
    with warnings.catch_warnings():  # Qt 6 marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)  # Qt delivers a drop only after an accepted enter
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, event)
    assert dialog.photo_list.count() == 2
    assert event.isAccepted()


def test_paste_a_picture_from_the_clipboard(qtbot, open_editor):
    dialog = open_editor()
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    QGuiApplication.clipboard().setImage(image)
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    assert dialog.entries[0].photo.width == 640
    QGuiApplication.clipboard().setText("just words")
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1 and "no picture" in dialog.error.text()


def test_at_most_three_photos(qtbot, monkeypatch, open_editor, photo_files):
    dialog = open_editor()
    choose_files(monkeypatch, photo_files)  # four files
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 3
    assert "at most 3" in dialog.error.text()
    assert not dialog.add_button.isEnabled() and not dialog.paste_button.isEnabled()


def test_duplicate_keeps_the_figure_and_gets_its_own_id(qtbot, open_editor, library):
    bridge = library.get("bridge")
    dialog = open_editor(based_on=bridge)
    assert dialog.windowTitle() == "Duplicate as my exercise"
    assert dialog.name.text() == "Bridge (my version)"
    assert "figure is printed" in dialog.picture_hint.text()
    dialog.name.setText("Bridge")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    saved = dialog.saved
    assert saved.id == "bridge-2" and saved.figure == bridge.figure
    assert library.get("bridge").origin == "bundled"


def test_a_bundled_exercise_opens_as_a_duplicate(open_editor, library):
    dialog = open_editor(exercise=library.get("bridge"))
    assert dialog.mode == "duplicate" and dialog.delete_button is None


def test_empty_name_keeps_the_dialog_open_with_the_reason(qtbot, open_editor):
    dialog = open_editor()
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved is None
    assert "needs a name" in dialog.error.text()
    assert stored_files() == []


def test_edit_crop_reorder_remove_and_save(qtbot, monkeypatch, open_editor, library,
                                           photo_files):
    created = ce.create(library, "Wall push", photo_sources=[
        photos.load_photo(p) for p in photo_files[:2]])
    first, second = ce.photo_paths(library, created)
    dialog = open_editor(exercise=library.get(created.id))
    assert dialog.windowTitle() == "Edit my exercise" and dialog.photo_list.count() == 2
    # Crop the second photo to its left half.
    dialog.photo_list.setCurrentRow(1)
    monkeypatch.setattr(PhotoDialogs, "crop",
                        classmethod(lambda cls, parent, pixmap, current: (0.0, 0.0, 0.5, 1.0)))
    qtbot.mouseClick(dialog.crop_button, Qt.MouseButton.LeftButton)
    cropped = dialog.entries[1].photo
    assert (cropped.width, cropped.height) == (500, 750)  # left half of the stored 1000 x 750
    # Move it first, then remove the other one.
    qtbot.mouseClick(dialog.left_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.currentRow() == 0
    dialog.photo_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    dialog.name.setText("Wall push-up")
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    saved = library.get("wall-push")
    assert saved.name == "Wall push-up" and len(saved.photos) == 1
    assert not first.exists() and not second.exists()  # both replaced: old files retired
    assert ce.photo_paths(library, saved)[0].exists()


def test_missing_photo_is_shown_and_left_out_on_save(qtbot, open_editor, library, photo_files):
    created = ce.create(library, "Wall push",
                        photo_sources=[photos.load_photo(photo_files[1])])
    ce.photo_paths(library, created)[0].unlink()
    dialog = open_editor(exercise=library.get(created.id))
    assert dialog.photo_list.item(0).text() == "Missing"
    assert "missing" in dialog.picture_hint.text()
    assert not dialog.crop_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click_save(qtbot, dialog)
    assert library.get("wall-push").photos == []


def test_move_to_trash(qtbot, monkeypatch, open_editor, library):
    created = ce.create(library, "Wall push")
    monkeypatch.setattr(PhotoDialogs, "confirm_delete",
                        classmethod(lambda cls, parent, name: True))
    dialog = open_editor(exercise=library.get(created.id))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted and "wall-push" not in library
    assert [e.exercise_id for e in ce.list_trash()] == ["wall-push"]


def test_edit_classmethod_returns_the_saved_exercise(qtbot, monkeypatch, library):
    def run(self):
        qtbot.addWidget(self)
        self.name.setText("Quick one")
        self.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ExerciseEditor, "exec", run)
    saved = ExerciseEditor.edit(None, library)
    assert saved is not None and saved.id == "quick-one" and "quick-one" in library
    monkeypatch.setattr(ExerciseEditor, "exec", lambda self: (qtbot.addWidget(self),
                                                              self.reject()))
    assert ExerciseEditor.edit(None, library) is None


def test_save_in_the_clinic_library(qtbot, tmp_path):
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    library = ExerciseLibrary(clinic_folder=clinic)
    dialog = ExerciseEditor(library)
    qtbot.addWidget(dialog)
    assert dialog.where.isEnabled()
    dialog.name.setText("Clinic lunge")
    dialog.where.setCurrentIndex(dialog.where.findData("clinic"))
    dialog.accept()
    assert dialog.saved.origin == "clinic"
    assert (clinic / "exercises" / "clinic-lunge.json").exists()
    again = ExerciseEditor(library, library.get("clinic-lunge"))
    qtbot.addWidget(again)
    assert again.where.currentData() == "clinic" and not again.where.isEnabled()


def test_crop_shows_the_photo_upright_and_crops_what_was_shown(qtbot, monkeypatch, open_editor,
                                                              photo_files):
    dialog = open_editor()
    assert dialog.add_photo(photo_files[0])  # EXIF orientation 6: portrait when upright
    shown = []

    def crop(cls, parent, pixmap, current):
        shown.append((pixmap.width(), pixmap.height()))
        return (0.5, 0.0, 1.0, 0.5)  # the top-right quarter: where the red marker is
    monkeypatch.setattr(PhotoDialogs, "crop", classmethod(crop))
    qtbot.mouseClick(dialog.crop_button, Qt.MouseButton.LeftButton)
    assert shown == [(750, 1000)]
    cropped = dialog.entries[0]
    assert cropped.crop == (0.5, 0.0, 1.0, 0.5)
    image = QImage.fromData(cropped.photo.data)
    assert (image.width(), image.height()) == (600, 800)
    assert QColor(image.pixel(image.width() - 5, 5)).red() > 180


# ------------------------------------------------------------------ main window

def test_main_window_new_and_edit_exercise_actions(qtbot, monkeypatch, window, photo_files):
    calls = []

    def fake_edit(cls, parent, library, exercise=None, based_on=None):
        calls.append(exercise.id if exercise else None)
        if exercise is None:
            return ce.create(library, "Zebra crossing step",
                             photo_sources=[photos.load_photo(photo_files[0])])
        return None
    monkeypatch.setattr(ExerciseEditor, "edit", classmethod(fake_edit))
    window.new_exercise_action.trigger()
    assert calls == [None]
    window.library_pane.search.setText("zebra crossing")
    assert window.library_pane.current_exercise_id() == "zebra-crossing-step"
    window.edit_exercise_action.trigger()
    assert calls == [None, "zebra-crossing-step"]
    window.add_selected_exercise()
    assert window.document.handout.items[-1].exercise.photos
    assert window.edit_exercise_action in window.library_pane.list.actions()
