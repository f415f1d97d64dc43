"""The one owner of the libraries: folders, settings, trash, ids, changes, tidying up.

Also the house rule it stands for: no module but the collection (and the
settings file's own module) reads the settings or decides where the library
folders are.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from handout import custom_exercises as ce, ids, paths, photos, settings, storage
from handout.collection import Collection, Folders
from handout.errors import LibraryError
from handout.model import Handout
from handout.trash import Trash
from tests.core.test_photos import phone_jpeg
from tests.factories import make_clinic_folder, write_exercise, write_template

PACKAGE = Path(__file__).resolve().parents[2] / "handout"


# ------------------------------------------------------------------ folders and settings

def test_folders_come_from_the_environment_then_the_settings(user_home, tmp_path, monkeypatch):
    assert Collection().clinic_folder is None
    settings.set_clinic_folder(tmp_path / "from-settings")
    assert Collection().clinic_folder == tmp_path / "from-settings"
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(tmp_path / "from-env"))
    assert Collection().clinic_folder == tmp_path / "from-env"
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", "")
    assert Collection().clinic_folder is None
    folders = Collection().folders
    assert folders.home == user_home and folders.trash == user_home / "trash"
    assert folders.bundled_exercises == paths.BUNDLED_EXERCISES


def test_both_libraries_always_share_one_clinic_folder(user_home, tmp_path):
    first = make_clinic_folder(tmp_path / "first")
    second = make_clinic_folder(tmp_path / "second")
    write_exercise(first / "exercises", "first-ex", "First")
    write_exercise(second / "exercises", "second-ex", "Second")
    write_template(second / "templates", "second-plan", "Second plan")
    collection = Collection(clinic=first)
    assert "first-ex" in collection.exercises
    changes = collection.use_clinic_folder(second)
    assert "second-ex" in collection.exercises and "first-ex" not in collection.exercises
    assert "clinic:second-plan" in collection.templates
    assert collection.exercises.clinic_dir == collection.templates.clinic_folder / "exercises"
    assert "exercise:clinic:second-ex" in changes.added
    assert "exercise:clinic:first-ex" in changes.removed
    assert Collection().clinic_folder == second  # remembered in the settings


def test_a_broken_settings_file_turns_only_the_clinic_library_off(user_home):
    (user_home / "settings.json").write_text('{"format": ["x"]}')
    collection = Collection()
    assert collection.clinic_folder is None and collection.settings_problem is not None
    assert "The clinic library is off" in collection.templates.clinic_error
    assert "clamshell" in collection.exercises and len(collection.templates) >= 10


def test_reload_reports_what_changed(clinic_collection, clinic_folder):
    assert not clinic_collection.reload()
    write_exercise(clinic_folder / "exercises", "new-one", "New one")
    path = write_template(clinic_folder / "templates", "plan", "Plan")
    changes = clinic_collection.reload()
    assert changes.added == ["exercise:clinic:new-one", "template:clinic:plan"]
    document = json.loads(path.read_text("utf-8"))
    document["template"]["name"] = "Plan, changed"
    path.write_text(json.dumps(document))
    os.utime(path, (1, 1))  # a colleague's save (the mtime need not move forward)
    assert clinic_collection.reload().changed == ["template:clinic:plan"]
    path.unlink()
    assert clinic_collection.reload().removed == ["template:clinic:plan"]


def test_a_bad_file_is_listed_and_the_rest_loads(clinic_collection, clinic_folder):
    (clinic_folder / "exercises" / "broken.json").write_text('{"format": 3}')
    (clinic_folder / "templates" / "broken.json").write_text("[" * 5000)
    write_exercise(clinic_folder / "exercises", "good-one", "Good one")
    clinic_collection.reload()
    reasons = {p.path.name: p.reason for p in clinic_collection.problems}
    assert set(reasons) == {"broken.json"} and len(clinic_collection.problems) == 2
    assert "good-one" in clinic_collection.exercises


# ------------------------------------------------------------------ ids

@pytest.mark.parametrize("name, expected", [
    ("ACL week 2", "acl-week-2"), ("Übung für's Knie", "ubung-furs-knie"),
    ("Child’s pose", "childs-pose"), ("  --  ", "untitled"), ("Ω", "untitled"),
    ("x" * 300, "x" * 80),
])
def test_one_id_generator_for_everything(name, expected):
    assert ids.slug(name) == expected and ids.is_valid(ids.slug(name))


def test_ids_are_made_unique_the_same_way_for_templates_and_exercises(collection):
    assert ids.unique("bridge", {"bridge", "bridge-2"}.__contains__) == "bridge-3"
    assert ce.unique_id(collection.exercises, "Bridge") == "bridge-2"  # bundled "bridge"
    template = collection.templates.save_as_template(Handout(), "Gluteus medius pain")
    assert template.id == "gluteus-medius-pain-2"  # the bundled one keeps its id


# ------------------------------------------------------------------ the one trash

def test_templates_exercises_and_photos_share_one_trash(collection):
    template = collection.templates.save_as_template(Handout(), "Knee")
    exercise = ce.create(collection.exercises, "Wall push",
                         photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    ce.update(collection.exercises, collection.exercises.get("wall-push"),
              [photos.load_photo(phone_jpeg(400, 300, orientation=3))])  # old photo retired
    collection.templates.delete(template)
    ce.delete(collection.exercises, "wall-push")
    kinds = sorted(e.kind for e in collection.trash.entries())
    assert kinds == ["exercise", "photos", "template"]
    assert {e.folder.parent for e in collection.trash.entries()} == {collection.folders.trash}
    assert exercise.photos[0] in collection.trash.entries("photos")[0].files
    restored = collection.templates.restore(collection.templates.list_trash()[0])
    assert restored.name == "Knee" and collection.templates.list_trash() == []


def test_the_trash_keeps_30_days_and_a_size_cap(tmp_path):
    trash = Trash(tmp_path / "trash", keep_days=30, max_bytes=10_000)
    now = dt.datetime.now()
    old = trash.put("template", "user", "old", "Old", {"old.json": b"{}"},
                    when=now - dt.timedelta(days=31))
    recent = trash.put("template", "user", "recent", "Recent", {"recent.json": b"{}"},
                       when=now - dt.timedelta(days=29))
    trash.prune(now)
    assert [e.item_id for e in trash.entries()] == ["recent"]
    assert not old.folder.exists() and recent.folder.exists()
    for n in range(5):  # 5 x 3 KB in a 10 KB trash: the oldest go first
        trash.put("photos", "user", f"p{n}", f"p{n}", {f"photos/p{n}.jpg": b"x" * 3000},
                  when=now + dt.timedelta(minutes=n))
    trash.prune(now + dt.timedelta(minutes=10))
    kept = [e.item_id for e in trash.entries()]
    assert kept == ["p4", "p3", "p2"]
    assert sum(e.size for e in trash.entries()) <= 10_000


def test_the_trash_of_earlier_versions_is_adopted(user_home):
    stamp = (dt.datetime.now() - dt.timedelta(days=2)).strftime("%Y%m%dT%H%M%S%f")
    old_template = user_home / "trash" / "templates" / "user" / f"{stamp}--knee.json"
    old_template.parent.mkdir(parents=True)
    write_template(old_template.parent, "knee", "Knee")
    (old_template.parent / "knee.json").rename(old_template)
    old_exercise = user_home / "trash" / "exercises" / "clinic" / f"{stamp}--hop"
    old_exercise.mkdir(parents=True)
    write_exercise(old_exercise, "hop", "Hop")
    entries = Collection(clinic=None).trash.entries()
    assert {(e.kind, e.origin, e.item_id, e.name) for e in entries} == {
        ("template", "user", "knee", "Knee"), ("exercise", "clinic", "hop", "Hop")}
    assert not old_template.exists() and not old_exercise.exists()


def test_a_damaged_trash_entry_is_skipped_not_fatal(collection):
    collection.templates.delete(collection.templates.save_as_template(Handout(), "Knee"))
    bad = collection.folders.trash / "20260101T000000000000-abcdef"
    bad.mkdir()
    (bad / "entry.json").write_text('{"format": "handout-trash-entry", "version": 1, '
                                    '"entry": {"kind": "../x", "files": ["../../etc"]}}')
    assert [e.name for e in collection.trash.entries()] == ["Knee"]
    with pytest.raises(LibraryError):
        collection.trash.read(collection.trash.entries()[0], "../../etc/passwd")


# ------------------------------------------------------------------ house rules

def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every `from X import Y` in a file, relative ones as written."""
    tree = ast.parse(path.read_text("utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            out += [(module, alias.name) for alias in node.names]
    return out


def test_only_the_collection_reads_the_settings():
    allowed = {PACKAGE / "collection.py", PACKAGE / "settings.py"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path in allowed:
            continue
        # The core's settings module is `.settings` from handout/, `..settings` from
        # handout/gui/ (whose own `.settings` is the window-layout file, allowed).
        up = ".." if "gui" in path.relative_to(PACKAGE).parts[:1] else "."
        for module, name in _imports(path):
            if (module == up and name == "settings") or module == f"{up}settings":
                offenders.append(f"{path.relative_to(PACKAGE)}: from {module} import {name}")
        text = path.read_text("utf-8")
        if "load_settings(" in text or "clinic_folder()" in text:
            offenders.append(f"{path.relative_to(PACKAGE)}: reads the settings file")
    assert offenders == []


def test_the_cli_and_the_app_open_one_collection():
    for name in ("cli.py", "gui/app.py"):
        text = (PACKAGE / name).read_text("utf-8")
        assert "Collection(" in text, name
        assert "ExerciseLibrary(" not in text and "TemplateLibrary(" not in text, name
