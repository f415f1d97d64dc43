"""The therapist's own exercises: create, duplicate, edit, delete to the trash, restore.

Pure Python, no Qt. A custom exercise is an ordinary `handout-exercise` JSON
file in the user library (`paths.user_exercises()/<id>.json`, origin "user")
or in the clinic library (`<clinic folder>/exercises/<id>.json`, origin
"clinic"), so `ExerciseLibrary` loads and searches it like any other.

Its photos live next to it in `photos/`, named `<id>_<content hash>.jpg`
(see `handout.photos`), and `Exercise.photos` holds those names relative to
the exercise folder (`"photos/my-hip-hitch_0a1b2c3d4e5f.jpg"`). Photos are
written first and the JSON last, each atomically; if anything fails, the
photos written so far are removed again, so nothing is ever half-saved.

Deleting moves the JSON and its photos into
`<user data>/trash/exercises/<origin>/<stamp>--<id>/`; `restore` puts them back.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from . import model, paths, photos, storage
from .errors import ConflictError, HandoutError, LibraryError, StorageError, ValidationError
from .model import Dose, Exercise
from .photos import Photo

if TYPE_CHECKING:
    from .library import ExerciseLibrary

ORIGIN_LABELS = {"user": "My exercises", "clinic": "the clinic library"}
# A photo given to `save`: a freshly imported `Photo`, or the path of an
# existing photo file (one of the exercise's own, or of the exercise it copies).
PhotoSource = Photo | Path


@dataclass
class TrashedExercise:
    """A deleted custom exercise waiting in the trash."""

    folder: Path        # its folder in the trash: <id>.json and photos/
    origin: str         # where it was deleted from: "user" or "clinic"
    exercise_id: str
    name: str
    deleted_at: _dt.datetime


def slug(text: str) -> str:
    """An exercise id from a name: `"My hip hitch"` -> `"my-hip-hitch"`."""
    value = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return value[:80].strip("-") or "my-exercise"


def trash_dir() -> Path:
    return paths.user_home() / "trash" / "exercises"


def folder_for(library: "ExerciseLibrary", origin: str) -> Path:
    """The folder custom exercises of `origin` are saved in."""
    if origin == "user":
        return Path(library.user_dir)
    if origin == "clinic":
        clinic = getattr(library, "clinic_dir", None)
        if clinic is None:
            raise LibraryError("no clinic library folder is set; choose one first, or save "
                               "the exercise in My exercises")
        try:
            reachable = Path(clinic).parent.is_dir()
        except OSError:
            reachable = False
        if not reachable:
            raise StorageError("the clinic folder cannot be reached; check the network "
                               "drive, or save the exercise in My exercises", path=clinic)
        return Path(clinic)
    raise LibraryError("bundled exercises are read-only; duplicate it as your own exercise "
                       "to change it")


def photo_folders(library: "ExerciseLibrary", origin: str) -> list[Path]:
    """Where a photo name of an exercise of `origin` may be found, own folder first."""
    return photos.ordered_folders(origin, {"user": library.user_dir,
                                           "clinic": getattr(library, "clinic_dir", None),
                                           "bundled": library.bundled_dir})


def photo_paths(library: "ExerciseLibrary", exercise: Exercise) -> list[Path | None]:
    """The file of each of `exercise.photos` (None where it is missing)."""
    folders = photo_folders(library, exercise.origin)
    return [photos.resolve_photo(exercise, name, folders) for name in exercise.photos]


def unique_id(library: "ExerciseLibrary", name: str) -> str:
    """An id from `name` that no exercise (of any origin) and no file has yet."""
    base = slug(name)
    folders = [Path(library.user_dir)]
    if getattr(library, "clinic_dir", None) is not None:
        folders.append(Path(library.clinic_dir))

    def taken(candidate: str) -> bool:
        if candidate in library:
            return True
        for folder in folders:
            try:
                if (folder / f"{candidate}.json").exists():
                    return True
            except OSError:
                pass
        return False

    candidate, n = base, 1
    while taken(candidate):
        n += 1
        candidate = f"{base[:76]}-{n}"
    return candidate


def draft(library: "ExerciseLibrary", name: str = "", based_on: Exercise | str | None = None,
          origin: str = "user") -> Exercise:
    """A new, unsaved custom exercise: empty, or a copy of `based_on` (a library exercise).

    The copy keeps everything, including the figure illustration and photo
    names (saved as copies of the photo files by `save`). The id comes from
    the name and is unique.
    """
    if isinstance(based_on, str):
        based_on = library.get(based_on)
    if based_on is not None:
        exercise = copy.deepcopy(based_on)
        exercise.name = name.strip() or based_on.name
    else:
        exercise = Exercise(id="", name=name.strip(), dose=Dose(sets=3, reps=10))
    exercise.id = unique_id(library, exercise.name or "my-exercise")
    exercise.origin = origin
    return exercise


def _clean_list(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        value = " ".join(str(value).split())
        if value and value not in out:
            out.append(value)
    return out


def validate(exercise: Exercise) -> Exercise:
    """A tidied copy of `exercise`, checked by the same rules as a file on load.

    Raises `ValidationError` naming the field for the therapist.
    """
    clean = copy.deepcopy(exercise)
    clean.name = " ".join(clean.name.split())
    if not clean.name:
        raise ValidationError("the exercise needs a name", field="name")
    if clean.region not in model.REGIONS:
        raise ValidationError(f"unknown body region \"{clean.region}\"; choose one of "
                              f"{', '.join(model.REGIONS)}", field="region")
    clean.aliases = _clean_list(clean.aliases)
    clean.tags = _clean_list(clean.tags)
    clean.equipment = _clean_list(clean.equipment)
    clean.steps = [s.strip() for s in clean.steps if s.strip()]
    clean.precautions = [p.strip() for p in clean.precautions if p.strip()]
    clean.video_url = clean.video_url.strip()
    if len(clean.photos) > photos.MAX_PHOTOS:
        raise ValidationError(f"at most {photos.MAX_PHOTOS} photos per exercise",
                              field="photos")
    document = storage.document("handout-exercise", "exercise",
                                storage.exercise_to_dict(clean))
    checked = storage.exercise_from_document(document)  # raises with the field path
    checked.origin = clean.origin
    return checked


def exercise_path(library: "ExerciseLibrary", exercise: Exercise) -> Path:
    return folder_for(library, exercise.origin) / f"{exercise.id}.json"


def save(library: "ExerciseLibrary", exercise: Exercise,
         photo_sources: Sequence[PhotoSource] | None = None, *, new: bool = False,
         origin: str | None = None) -> Exercise:
    """Save a custom exercise (and its photos) into My exercises or the clinic library.

    `photo_sources` replaces the exercise's photos: each a freshly imported
    `Photo` or the path of an existing photo file (copied, and cleaned, if it
    is not already this exercise's). None keeps `exercise.photos` as they are,
    copying them over when the exercise moves to another folder (a duplicate).
    With `new=True` an existing file of the same id is never overwritten.

    Returns the saved exercise (as the library now holds it). On any error
    nothing changes on disk.
    """
    origin = origin or (exercise.origin if exercise.origin in ("user", "clinic") else "user")
    folder = folder_for(library, origin)
    target = copy.deepcopy(exercise)
    target.origin = origin
    if not storage.is_valid_id(target.id):
        target.id = unique_id(library, target.name)
    json_path = folder / f"{target.id}.json"
    if new and json_path.exists():
        raise ConflictError(f"an exercise with the id \"{target.id}\" already exists in "
                            f"{ORIGIN_LABELS[origin]}; choose another name", path=json_path)
    if photo_sources is None:
        # Keep the names; copy the files when they live elsewhere (a duplicate).
        photo_sources = []
        source_folders = photo_folders(library, exercise.origin)
        for name in exercise.photos:
            found = photos.resolve_photo(exercise, name, source_folders)
            if found is None:
                raise ValidationError(f"photo \"{name}\" cannot be found; remove it or add "
                                      "it again", field="photos")
            photo_sources.append(found)
    if len(photo_sources) > photos.MAX_PHOTOS:
        raise ValidationError(f"at most {photos.MAX_PHOTOS} photos per exercise",
                              field="photos")
    target.photos = []
    checked = validate(target)  # before anything is written

    photo_dir = folder / photos.PHOTO_FOLDER
    created: list[Path] = []
    names: list[str] = []
    try:
        for source in photo_sources:
            name = _store_photo(source, target.id, photo_dir, created)
            if name not in names:
                names.append(name)
        checked.photos = [f"{photos.PHOTO_FOLDER}/{n}" for n in names]
        storage.save_exercise(checked, json_path)
    except BaseException:
        for path in created:
            try:
                path.unlink()
            except OSError:
                pass
        raise
    _retire_unused_photos(photo_dir, target.id, set(names), origin)
    library.reload()
    saved = library.get(checked.id) if checked.id in library else checked
    return saved


def _store_photo(source: PhotoSource, exercise_id: str, photo_dir: Path,
                 created: list[Path]) -> str:
    """The file name of `source` in `photo_dir`, writing it there if needed."""
    if isinstance(source, Photo):
        photo = source
    else:
        source = Path(source)
        if source.parent == photo_dir and source.name.startswith(f"{exercise_id}_") \
                and source.is_file():
            return source.name  # already this exercise's photo: keep it as it is
        photo = photos.printable_photo(source)  # cleaned if it is not one of ours
    name = photo.file_name(exercise_id)
    path = photo_dir / name
    if not path.exists():  # same name, same content: nothing to write
        storage.atomic_write(path, photo.data)
        created.append(path)
    return name


def _retire_unused_photos(photo_dir: Path, exercise_id: str, keep: set[str],
                          origin: str) -> None:
    """Move this exercise's photos that it no longer uses into the trash."""
    try:
        unused = [p for p in photo_dir.glob(f"{exercise_id}_*") if p.name not in keep]
    except OSError:
        return
    if not unused:
        return
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    bin_ = trash_dir() / origin / "removed-photos" / stamp
    for path in unused:
        try:
            bin_.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), str(bin_ / path.name))
        except OSError:
            pass  # an unused photo left behind harms nobody


def create(library: "ExerciseLibrary", name: str, based_on: Exercise | str | None = None,
           photo_sources: Sequence[PhotoSource] | None = None, origin: str = "user",
           **fields) -> Exercise:
    """Create and save a custom exercise in one go (what the CLI does).

    `fields` sets any other Exercise field (region, steps, dose...). With
    photos, they replace any photos of the exercise it is based on.
    """
    exercise = draft(library, name, based_on, origin)
    for key, value in fields.items():
        if not hasattr(exercise, key) or key in ("id", "origin", "photos"):
            raise ValidationError(f"unknown exercise field \"{key}\"")
        setattr(exercise, key, value)
    return save(library, exercise, photo_sources if photo_sources else None, new=True,
                origin=origin)


def update(library: "ExerciseLibrary", exercise: Exercise,
           photo_sources: Sequence[PhotoSource] | None = None) -> Exercise:
    """Save changes to an existing custom exercise (same id, same folder)."""
    if exercise.origin not in ("user", "clinic"):
        raise LibraryError(f"\"{exercise.name}\" is a bundled exercise and cannot be "
                           "changed; duplicate it as your own exercise instead")
    return save(library, exercise, photo_sources, origin=exercise.origin)


# ------------------------------------------------------------------ trash

def delete(library: "ExerciseLibrary", exercise: Exercise | str) -> TrashedExercise:
    """Move a custom exercise and its photos to the trash (restorable)."""
    if isinstance(exercise, str):
        exercise = library.get(exercise)
    if exercise.origin not in ("user", "clinic"):
        raise LibraryError(f"\"{exercise.name}\" is a bundled exercise and cannot be "
                           "deleted")
    folder = folder_for(library, exercise.origin)
    json_path = folder / f"{exercise.id}.json"
    if not json_path.is_file():
        raise LibraryError(f"\"{exercise.name}\" is no longer in "
                           f"{ORIGIN_LABELS[exercise.origin]}; it may have been deleted "
                           "elsewhere")
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    bin_ = trash_dir() / exercise.origin / f"{stamp}--{exercise.id}"
    own_photos = []
    for name in exercise.photos:
        path = photos.resolve_photo(exercise, name, [folder])
        if path is not None:
            own_photos.append((name, path))
    try:
        for name, path in own_photos:
            (bin_ / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, bin_ / name)
        bin_.mkdir(parents=True, exist_ok=True)
        shutil.copy2(json_path, bin_ / json_path.name)
        json_path.unlink()
    except OSError as error:
        shutil.rmtree(bin_, ignore_errors=True)
        raise StorageError(f"cannot be moved to the trash ({error.strerror or error})",
                           path=json_path) from None
    for _name, path in own_photos:  # the JSON is gone: the photos may follow
        if path.name.startswith(f"{exercise.id}_"):
            try:
                path.unlink()
            except OSError:
                pass
    library.reload()
    return TrashedExercise(bin_, exercise.origin, exercise.id, exercise.name, _dt.datetime.now())


def list_trash() -> list[TrashedExercise]:
    """Deleted custom exercises, newest first."""
    entries = []
    for origin in ("user", "clinic"):
        folder = trash_dir() / origin
        try:
            candidates = list(folder.glob("*--*")) if folder.is_dir() else []
        except OSError:
            candidates = []
        for bin_ in candidates:
            stamp, _, exercise_id = bin_.name.partition("--")
            try:
                when = _dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%f")
            except ValueError:
                continue
            name = exercise_id
            try:
                name = storage.load_exercise(bin_ / f"{exercise_id}.json").name
            except HandoutError:
                pass
            entries.append(TrashedExercise(bin_, origin, exercise_id, name, when))
    return sorted(entries, key=lambda e: e.deleted_at, reverse=True)


def restore(library: "ExerciseLibrary", entry: TrashedExercise) -> Exercise:
    """Put a deleted exercise and its photos back (under a new id if that one is taken)."""
    exercise = storage.load_exercise(entry.folder / f"{entry.exercise_id}.json")
    exercise.origin = entry.origin
    sources = []
    for name in exercise.photos:
        path = photos.resolve_photo(exercise, name, [entry.folder])
        if path is not None:
            sources.append(path)
    folder = folder_for(library, entry.origin)
    if exercise.id in library or (folder / f"{exercise.id}.json").exists():
        exercise.id = unique_id(library, exercise.id)
    saved = save(library, exercise, sources, new=True, origin=entry.origin)
    shutil.rmtree(entry.folder, ignore_errors=True)
    return saved


def is_custom(exercise: Exercise) -> bool:
    return exercise.origin in ("user", "clinic")
