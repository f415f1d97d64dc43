"""Custom exercises: create, duplicate, edit, delete, restore; photos saved safely; CLI."""

from __future__ import annotations

import io
import json
import os

import pytest
from PIL import Image

from handout.dose import Amount
from handout import cli, custom_exercises as ce, paths, photos
from handout.errors import ConflictError, ImageError, LibraryError, ValidationError
from handout.library import ExerciseLibrary
from handout.model import Dose
from tests.helpers import failing_replace, pdf_text
from tests.core.test_photos import phone_jpeg, png_bomb

pytestmark = pytest.mark.core


@pytest.fixture
def library():
    return ExerciseLibrary(clinic_folder=None)


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) \
        if folder.exists() else []


def a_photo(seed: int = 1) -> photos.Photo:
    image = Image.effect_noise((800, 600), 30 + seed).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return photos.load_photo(out.getvalue())


def test_create_from_scratch_is_found_by_search(library, user_home):
    exercise = ce.create(library, "My hip hitch", region="hip",
                         steps=["Stand sideways on a step.", "Let one hip drop, then lift it."],
                         aliases=["pelvic drop"], tags=["glute med"], equipment=["step"],
                         dose=Dose(sets=2, reps=12), precautions=["Hold a rail."],
                         video_url="https://example.org/hip-hitch")
    assert exercise.id == "my-hip-hitch" and exercise.origin == "user"
    path = paths.user_exercises() / "my-hip-hitch.json"
    assert json.loads(path.read_text("utf-8"))["exercise"]["name"] == "My hip hitch"
    assert library.search("hip hitch")[0].id == "my-hip-hitch" or \
        "my-hip-hitch" in [e.id for e in library.search("hip hitch")]
    assert "my-hip-hitch" in [e.id for e in library.search("pelvic drop")]
    fresh = ExerciseLibrary(clinic_folder=None).get("my-hip-hitch")
    assert fresh.origin == "user" and fresh.dose.reps == Amount.exact(12) and fresh.equipment == ["step"]


def test_ids_are_unique(library):
    first = ce.create(library, "Bridge")  # a bundled "bridge" exists
    second = ce.create(library, "Bridge")
    assert first.id == "bridge-2" and second.id == "bridge-3"
    assert library.get("bridge").origin == "bundled"  # not shadowed


def test_duplicate_keeps_the_figure_and_everything_else(library):
    original = library.get("bridge")
    copy_ = ce.create(library, "My bridge", based_on="bridge")
    assert copy_.id == "my-bridge" and copy_.origin == "user"
    assert copy_.figure == original.figure
    assert copy_.steps == original.steps and copy_.region == original.region
    assert library.get("bridge") is not copy_


def test_photos_are_written_next_to_the_exercise_and_resolve(library):
    exercise = ce.create(library, "Wall push", photo_sources=[a_photo(1), a_photo(2)])
    assert len(exercise.photos) == 2
    assert all(n.startswith("photos/wall-push_") for n in exercise.photos)
    found = ce.photo_paths(library, exercise)
    assert all(p is not None and p.parent == paths.user_exercises() / "photos" for p in found)
    assert [photos.resolve_photo(exercise, n) for n in exercise.photos] == found


def test_edit_replaces_photos_and_retires_the_old_ones(library):
    exercise = ce.create(library, "Wall push", photo_sources=[a_photo(1), a_photo(2)])
    kept, dropped = ce.photo_paths(library, exercise)
    exercise.name = "Wall push-up"
    exercise.steps = ["Hands on the wall.", "Bend your elbows."]
    saved = ce.update(library, exercise, [kept, a_photo(3)])
    assert saved.id == "wall-push" and saved.name == "Wall push-up"
    assert saved.photos[0] == f"photos/{kept.name}" and len(saved.photos) == 2
    assert kept.exists() and not dropped.exists()
    assert library.get("wall-push").steps == ["Hands on the wall.", "Bend your elbows."]
    # Keeping the photos as they are (None) changes nothing on disk.
    before = files_under(paths.user_exercises() / "photos")
    ce.update(library, library.get("wall-push"))
    assert files_under(paths.user_exercises() / "photos") == before


def test_duplicate_of_a_custom_exercise_copies_its_photos(library):
    exercise = ce.create(library, "Wall push", photo_sources=[a_photo(1)])
    copy_ = ce.create(library, "Wall push two", based_on=exercise.id)
    assert copy_.photos[0].startswith("photos/wall-push-two_")
    assert all(p is not None for p in ce.photo_paths(library, copy_))
    ce.delete(library, exercise)
    assert all(p is not None for p in ce.photo_paths(library, library.get(copy_.id)))


def test_bad_input_is_refused_and_nothing_is_written(library):
    folder = paths.user_exercises()
    with pytest.raises(ValidationError, match="needs a name"):
        ce.create(library, "   ")
    with pytest.raises(ValidationError, match="region"):
        ce.create(library, "Thing", region="elsewhere")
    with pytest.raises(ValidationError, match="https://"):
        ce.create(library, "Thing", video_url="javascript:alert(1)")
    with pytest.raises(ValidationError, match="at most 3 photos"):
        ce.create(library, "Thing", photo_sources=[a_photo(i) for i in range(4)])
    with pytest.raises(LibraryError, match="read-only|bundled"):
        ce.update(library, library.get("bridge"))
    with pytest.raises(LibraryError, match="bundled"):
        ce.delete(library, "bridge")
    assert files_under(folder) == []


def test_a_failed_save_leaves_no_photo_behind(library):
    with failing_replace():
        with pytest.raises(Exception):
            ce.create(library, "Wall push", photo_sources=[a_photo(1)])
    assert files_under(paths.user_exercises()) == []
    assert "wall-push" not in library


def test_new_never_overwrites(library):
    exercise = ce.draft(library, "Wall push")
    ce.save(library, exercise, [], new=True)
    with pytest.raises(ConflictError):
        ce.save(library, exercise, [], new=True)


def test_delete_moves_json_and_photos_to_the_trash_and_restore_brings_them_back(library):
    exercise = ce.create(library, "Wall push", photo_sources=[a_photo(1)])
    photo_file = ce.photo_paths(library, exercise)[0]
    entry = ce.delete(library, exercise)
    assert "wall-push" not in library and not photo_file.exists()
    assert not (paths.user_exercises() / "wall-push.json").exists()
    assert entry.folder.parent == paths.user_home() / "trash"  # the one trash
    assert entry.kind == "exercise" and sorted(entry.files) == sorted(
        ["wall-push.json", exercise.photos[0]])
    assert [e.exercise_id for e in ce.list_trash()] == ["wall-push"]
    assert ce.list_trash()[0].name == "Wall push"
    restored = ce.restore(library, ce.list_trash()[0])
    assert restored.id == "wall-push" and "wall-push" in library
    assert all(p is not None and p.exists() for p in ce.photo_paths(library, restored))
    assert ce.list_trash() == []


def test_restore_under_a_new_id_when_the_old_one_is_taken(library):
    ce.create(library, "Wall push", photo_sources=[a_photo(1)])
    ce.delete(library, "wall-push")
    ce.create(library, "Wall push")
    restored = ce.restore(library, ce.list_trash()[0])
    assert restored.id == "wall-push-2"
    assert restored.photos[0].startswith("photos/wall-push-2_")
    assert {"wall-push", "wall-push-2"} <= {e.id for e in library.all()}


def test_clinic_folder(tmp_path):
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    library = ExerciseLibrary(clinic_folder=clinic)
    exercise = ce.create(library, "Clinic lunge", origin="clinic", photo_sources=[a_photo(1)])
    assert exercise.origin == "clinic"
    assert (clinic / "exercises" / "clinic-lunge.json").exists()
    assert ce.photo_paths(library, exercise)[0].parent == clinic / "exercises" / "photos"
    with pytest.raises(LibraryError, match="no clinic library"):
        ce.create(ExerciseLibrary(clinic_folder=None), "X", origin="clinic")


# ------------------------------------------------------------------ CLI

def test_cli_exercise_new_then_export_with_add(tmp_path, capsys):
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(phone_jpeg())
    code = cli.main(["exercise", "new", "--name", "My hip hitch", "--based-on", "bridge",
                     "--photo", str(photo), "--region", "hip"])
    out = capsys.readouterr()
    assert code == 0, out.err
    new_id = out.out.strip()
    assert new_id == "my-hip-hitch"
    pdf = tmp_path / "out.pdf"
    code = cli.main(["export", "low-back-pain", "--add", new_id, "-o", str(pdf),
                     "--patient", "Zoe"])
    assert code == 0, capsys.readouterr().err
    assert "My hip hitch" in pdf_text(pdf.read_bytes())
    assert b"Exif" not in pdf.read_bytes()


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_bytes(png_bomb()), "too large"),
    (lambda p: p.write_bytes(b"not an image at all"), "not a picture"),
    (lambda p: None, "no such file"),
])
def test_cli_bad_photo_exits_2_with_one_line_and_no_files(tmp_path, capsys, make, message):
    good = tmp_path / "good.jpg"
    good.write_bytes(phone_jpeg(400, 300, noise=False))
    bad = tmp_path / "bad.jpg"
    make(bad)
    code = cli.main(["exercise", "new", "--name", "Thing", "--photo", str(good),
                     "--photo", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and message in err
    assert files_under(paths.user_exercises()) == []


def test_cli_delete_and_restore(capsys):
    assert cli.main(["exercise", "new", "--name", "Wall push"]) == 0
    assert cli.main(["exercise", "delete", "wall-push"]) == 0
    assert "trash" in capsys.readouterr().out
    assert cli.main(["exercise", "delete", "bridge"]) == 2
    assert cli.main(["exercise", "restore", "wall-push"]) == 0
    assert "wall-push" in ExerciseLibrary(clinic_folder=None)
    with pytest.raises(SystemExit) as exited:
        cli.main(["exercise", "new", "--name", "X", "--region", "nowhere"])
    assert exited.value.code == 2
    assert cli.main(["exercise", "new", "--name", "X", "--based-on", "no-such"]) == 2
    assert os.listdir(paths.user_exercises()) == ["wall-push.json"]
