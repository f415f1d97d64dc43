"""The app on top of the collection: bad clinic files, conflicts, photos, and typed doses.

- The window opens with hostile files in the clinic folder (and lists them);
- an exercise a colleague changed meanwhile offers keep-as-copy or reload;
- the preview gets the photos already loaded;
- typing into a dose field is one undo step (a promise nothing guarded).
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings as hsettings

from handout import custom_exercises as ce, photos
from handout.collection import Collection
from handout.gui.exercise_editor import ExerciseEditor, PhotoDialogs
from handout.gui.main_window import MainWindow
from tests.core.test_photos import phone_jpeg
from tests.factories import make_clinic_folder, write_json
from tests.fuzzing import json_values

NASTY = {
    "list-format.json": {"format": ["handout-template"], "version": 2},
    "deep.json": json.loads("[" * 400 + "]" * 400),
    "digits.json": {"format": "handout-template", "version": int("9" * 18)},
    "surrogate.json": {"format": "handout-template", "version": 2,
                       "template": {"id": "s", "name": "Zo\udceb", "items": []}},
    "many.json": {"format": "handout-template", "version": 2,
                  "template": {"id": "many", "name": "Many",
                               "items": [{"exercise_id": "clamshell"}] * 301}},
}


def open_window(qtbot, collection):
    window = MainWindow(collection, clinic=None, startup_problems=[])
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.preview.generation >= 1, timeout=15000)
    return window


@pytest.fixture
def hostile_clinic(tmp_path):
    clinic = make_clinic_folder(tmp_path / "clinic")
    for name, value in NASTY.items():
        write_json(clinic / "templates" / name, value)
    bad_exercise = {"format": "handout-exercise", "version": 2, "exercise": {
        "id": "bad-figure", "name": "Bad figure", "figure": {"version": 2, "posture": ["standing"]}}}
    write_json(clinic / "exercises" / "bad-figure.json", bad_exercise)
    if sys.platform != "win32":
        os.mkfifo(clinic / "templates" / "fifo.json")
        (clinic / "exercises" / "zero.json").symlink_to("/dev/zero")
    return clinic


def test_the_window_opens_with_hostile_files_in_the_clinic_folder(qtbot, hostile_clinic,
                                                                  messages):
    collection = Collection(clinic=hostile_clinic)
    window = open_window(qtbot, collection)
    window.show_startup_problems()
    unreadable = {p.path.name for p in collection.problems}
    assert set(NASTY) - {"surrogate.json"} | {"bad-figure.json"} <= unreadable
    cleaned = collection.templates.get("clinic:s")  # loads, the lone surrogate replaced
    assert cleaned.name == "Zo\ufffd"
    collection.templates.rename(cleaned, "Zoe's")  # and saves
    assert "library files could not be read" in window.statusBar().currentMessage()
    window.library_pane.search.setText("clam")
    assert window.library_pane.current_exercise_id() == "clamshell"
    window.start_from_template(collection.templates.get("gluteus-medius-pain"))
    assert window.document.handout.items
    assert messages.errors == []


@hsettings(max_examples=5, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(values=json_values())
def test_the_window_opens_with_any_json_in_the_clinic_folder(qtbot, tmp_path, values):
    clinic = make_clinic_folder(tmp_path / "clinic-any")
    write_json(clinic / "templates" / "any.json", values)
    write_json(clinic / "exercises" / "any.json", values)
    window = open_window(qtbot, Collection(clinic=clinic))
    assert window.isVisible() and len(window.exercises) >= 50
    window.close()


# ------------------------------------------------------------------ conflicts in the editor

@pytest.fixture
def shared_exercise(tmp_path):
    clinic = make_clinic_folder(tmp_path / "clinic")
    collection = Collection(clinic=clinic)
    ce.create(collection.exercises, "Wall push", origin="clinic", steps=["Original"],
              photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    return collection, clinic


def colleague_changes(clinic, steps):
    colleague = Collection(clinic=clinic)
    theirs = colleague.exercises.get("wall-push")
    theirs.steps = steps
    ce.update(colleague.exercises, theirs)


@pytest.mark.parametrize("answer", ["copy", "reload", "cancel"])
def test_the_editor_offers_keep_as_copy_or_reload(qtbot, monkeypatch, shared_exercise, answer):
    collection, clinic = shared_exercise
    asked = []
    monkeypatch.setattr(PhotoDialogs, "conflict",
                        classmethod(lambda cls, parent, message: asked.append(message) or answer))
    dialog = ExerciseEditor(collection.exercises, collection.exercises.get("wall-push"))
    qtbot.addWidget(dialog)
    dialog.steps.setPlainText("Mine")
    colleague_changes(clinic, ["Theirs"])
    saved = dialog.save()
    assert len(asked) == 1 and "changed by someone else" in asked[0]
    on_disk = Collection(clinic=clinic).exercises
    assert on_disk.get("wall-push").steps == ["Theirs"]  # never overwritten
    if answer == "copy":
        assert saved is not None and saved.id != "wall-push" and saved.steps == ["Mine"]
        assert saved.name == "Wall push (my copy)" and saved.photos
    else:
        assert saved is None
    if answer == "reload":
        assert dialog.steps.toPlainText() == "Theirs"
        assert dialog.save() is not None  # now based on their version: saves
        assert Collection(clinic=clinic).exercises.get("wall-push").steps == ["Theirs"]


# ------------------------------------------------------------------ preview and doses

def test_the_preview_gets_the_photos_loaded(qtbot, shared_exercise):
    collection, _ = shared_exercise
    window = open_window(qtbot, collection)
    window.add_exercise("wall-push")
    handout, _clinic, resources = window.preview_source()
    name = handout.items[0].exercise.photos[0]
    assert resources.photo(name) is not None


def test_consecutive_typed_dose_edits_are_one_undo_step(qtbot, window):
    window.add_exercise("clamshell")
    stack = window.document.undo_stack
    before = stack.count()
    editor = window.editor.item_editor
    frequency = editor.findChild(type(editor.frequency), "item_frequency") or editor.frequency
    frequency.setFocus()
    frequency.selectAll()
    qtbot.keyClicks(frequency, "twice a day")
    item = window.document.handout.items[0]
    from handout.dose import parse_frequency
    # Typed words become the dose model's frequency (twice a day).
    assert item.effective_dose.frequency == parse_frequency("twice a day")
    assert item.effective_dose.frequency.per_day == 2
    assert stack.count() == before + 1  # eleven key presses, one step
    load = editor.load
    load.setFocus()
    qtbot.keyClicks(load, "red band")
    assert stack.count() == before + 2  # another field: its own step
    stack.undo()
    assert window.document.handout.items[0].effective_dose.load == ""
    assert window.document.handout.items[0].effective_dose.frequency.per_day == 2
    stack.undo()
    assert window.document.handout.items[0].effective_dose.frequency == \
        item.exercise.dose.frequency
