"""The therapist's own exercises: create, duplicate, edit, delete to the trash, restore.

Pure Python, no Qt. A custom exercise is an ordinary `handout-exercise` JSON
file in the user library (`<user data>/exercises/<id>.json`, origin "user")
or in the clinic library (`<clinic folder>/exercises/<id>.json`, origin
"clinic"), so `ExerciseLibrary` loads and searches it like any other.

Its photos live next to it in `photos/`, named `<id>_<content hash>.jpg`
(see `handout.photos`), and `Exercise.photos` holds those names relative to
the exercise folder (`"photos/my-hip-hitch_0a1b2c3d4e5f.jpg"`). Photos are
written first and the JSON last, each atomically; if anything fails, the
photos written so far are removed again, so nothing is ever half-saved.

Every change holds the exercise file's lock (`safe_io.FolderLock`, made for
network drives) and first compares the file with the version the edit
started from (`Exercise.revision`): an exercise a colleague changed meanwhile
is never overwritten or deleted unseen (`ConflictError`: keep yours as a
copy, or reload). Deleting moves the JSON and its photos into the one trash
(`handout.trash`); `restore` puts them back. Photos an exercise no longer
uses go to the trash too; only files named exactly like this exercise's
photos are ever touched.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from . import documents, ids, model, paths, photos, safe_io, storage
from .errors import ConflictError, HandoutError, LibraryError, StorageError, ValidationError
from .model import Dose, Exercise
from .photos import Photo
from .trash import Trash, TrashEntry

if TYPE_CHECKING:
    from .library import ExerciseLibrary

ORIGIN_LABELS = {"user": "My exercises", "clinic": "the clinic library"}
MAX_EXERCISE_BYTES = documents.KINDS["handout-exercise"].max_bytes
# A photo given to `save`: a freshly imported `Photo`, or the path of an
# existing photo file (one of the exercise's own, or of the exercise it copies).
PhotoSource = Photo | Path
# A deleted custom exercise waiting in the trash (`entry.exercise_id`, `.folder`...).
TrashedExercise = TrashEntry


def slug(text: str) -> str:
    """An exercise id from a name: `"My hip hitch"` -> `"my-hip-hitch"` (see `handout.ids`)."""
    return ids.slug(text, "my-exercise")


def trash_dir() -> Path:
    """Where the trash is when no library says otherwise."""
    return paths.user_home() / "trash"


def _trash(library: "ExerciseLibrary | None") -> Trash:
    return library.trash if library is not None else Trash(trash_dir())


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


def _root(library: "ExerciseLibrary", folder: Path) -> Path | None:
    return library.folders.root(folder)


def photo_folders(library: "ExerciseLibrary", origin: str) -> list[Path]:
    """Where a photo name of an exercise of `origin` may be found, own folder first."""
    return library.folders.photo_folders(origin)


def photo_paths(library: "ExerciseLibrary", exercise: Exercise) -> list[Path | None]:
    """The file of each of `exercise.photos` (None where it is missing)."""
    folders = photo_folders(library, exercise.origin)
    return [photos.resolve_photo(exercise, name, folders) for name in exercise.photos]


def unique_id(library: "ExerciseLibrary", name: str) -> str:
    """An id from `name` that no exercise (of any origin) and no file has yet."""
    folders = [Path(library.user_dir)]
    if getattr(library, "clinic_dir", None) is not None:
        folders.append(Path(library.clinic_dir))

    def taken(candidate: str) -> bool:
        if candidate in library:
            return True
        for folder in folders:
            try:
                if os.path.lexists(folder / f"{candidate}.json"):
                    return True
            except (OSError, ValueError):
                pass
        return False

    return ids.unique(slug(name), taken)


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


def _own_photo_name(exercise_id: str) -> re.Pattern:
    """Exactly the names `Photo.file_name` gives this exercise's photos."""
    return re.compile(rf"^{re.escape(exercise_id)}_[0-9a-f]{{12}}\.(jpg|png)$")


def _known_revision(library: "ExerciseLibrary", exercise: Exercise, origin: str) -> str:
    """The version of the file this edit started from ("" if nobody knows)."""
    if exercise.revision and exercise.origin == origin:
        return exercise.revision
    if exercise.id in library:
        known = library.get(exercise.id)
        if known.origin == origin:
            return known.revision
    return ""


def _check_unchanged(path: Path, revision: str, name: str, root: Path | None) -> None:
    """With the lock held: refuse when the file is not the version the edit started from."""
    current = safe_io.current_digest(path, MAX_EXERCISE_BYTES, root)
    if current is not None and revision and current != revision:
        raise ConflictError(f"\"{name}\" was changed by someone else since you opened it: "
                            "keep yours as a copy, or reload it", path=path)


def save(library: "ExerciseLibrary", exercise: Exercise,
         photo_sources: Sequence[PhotoSource] | None = None, *, new: bool = False,
         origin: str | None = None) -> Exercise:
    """Save a custom exercise (and its photos) into My exercises or the clinic library.

    `photo_sources` replaces the exercise's photos: each a freshly imported
    `Photo` or the path of an existing photo file (copied, and cleaned, if it
    is not already this exercise's). None keeps `exercise.photos` as they are,
    copying them over when the exercise moves to another folder (a duplicate).
    With `new=True` an existing file of the same id is never overwritten; an
    edit (`new=False`) of a file someone else changed since it was read raises
    `ConflictError`.

    Returns the saved exercise (as the library now holds it). On any error
    nothing changes on disk.
    """
    origin = origin or (exercise.origin if exercise.origin in ("user", "clinic") else "user")
    folder = folder_for(library, origin)
    root = _root(library, folder)
    target = copy.deepcopy(exercise)
    target.origin = origin
    if not storage.is_valid_id(target.id):
        target.id = unique_id(library, target.name)
    json_path = folder / f"{target.id}.json"
    if new and os.path.lexists(json_path):
        raise ConflictError(f"an exercise with the id \"{target.id}\" already exists in "
                            f"{ORIGIN_LABELS[origin]}; choose another name", path=json_path)
    revision = "" if new else _known_revision(library, exercise, origin)
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
    # Cleaning a photo takes a moment: done before the lock is taken.
    prepared = [_prepare_photo(source, target.id, photo_dir) for source in photo_sources]
    names: list[str] = []
    for name, _photo in prepared:
        if name not in names:
            names.append(name)
    checked.photos = [f"{photos.PHOTO_FOLDER}/{n}" for n in names]
    data = storage.exercise_bytes(checked)
    safe_io.ensure_folder(folder, root)
    created: list[Path] = []
    with safe_io.locked(json_path, checked.name):
        if new and os.path.lexists(json_path):
            raise ConflictError(f"an exercise with the id \"{target.id}\" was just created "
                                f"in {ORIGIN_LABELS[origin]} by someone else; choose another "
                                "name", path=json_path)
        if not new:
            _check_unchanged(json_path, revision, exercise.name, root)
        try:
            for name, photo in prepared:
                path = photo_dir / name
                if photo is not None and not os.path.lexists(path):
                    safe_io.write_atomic(path, photo.data, root)  # same name, same content
                    created.append(path)
            storage.atomic_write(json_path, data, root)
        except BaseException:
            for path in created:
                try:
                    path.unlink()
                except OSError:
                    pass
            raise
        _retire_unused_photos(library, photo_dir, target.id, set(names), origin, root)
    library.reload()
    saved = library.get(checked.id) if checked.id in library else checked
    return saved


def _prepare_photo(source: PhotoSource, exercise_id: str,
                   photo_dir: Path) -> tuple[str, Photo | None]:
    """The file name of `source` in `photo_dir`, and the photo to write (None: already there)."""
    if isinstance(source, Photo):
        return source.file_name(exercise_id), source
    source = Path(source)
    if source.parent == photo_dir and _own_photo_name(exercise_id).match(source.name) \
            and safe_io.is_regular_file(source, photo_dir):
        return source.name, None  # already this exercise's photo: keep it as it is
    photo = photos.printable_photo(source)  # cleaned if it is not one of ours
    return photo.file_name(exercise_id), photo


def _retire_unused_photos(library: "ExerciseLibrary", photo_dir: Path, exercise_id: str,
                          keep: set[str], origin: str, root: Path | None) -> None:
    """Move this exercise's photos that it no longer uses into the trash."""
    pattern = _own_photo_name(exercise_id)
    unused: list[Path] = []
    try:
        with os.scandir(photo_dir) as entries:
            for entry in entries:
                if pattern.match(entry.name) and entry.name not in keep and \
                        entry.is_file(follow_symlinks=False):
                    unused.append(photo_dir / entry.name)
    except OSError:
        return
    if not unused:
        return
    kept: dict[str, bytes] = {}
    for path in unused:
        try:
            kept[f"photos/{path.name}"] = safe_io.read_bytes(path, photos.MAX_FILE_BYTES, root)
        except HandoutError:
            continue
    try:
        if kept:
            library.trash.put("photos", origin, exercise_id, exercise_id, kept)
    except HandoutError:
        return  # an unused photo left behind harms nobody; losing it would
    for path in unused:
        if f"photos/{path.name}" in kept:
            try:
                path.unlink()
            except OSError:
                pass


def create(library: "ExerciseLibrary", name: str, based_on: Exercise | str | None = None,
           photo_sources: Sequence[PhotoSource] | None = None, origin: str = "user",
           **fields) -> Exercise:
    """Create and save a custom exercise in one go (what the CLI does).

    `fields` sets any other Exercise field (region, steps, dose...). With
    photos, they replace any photos of the exercise it is based on.
    """
    exercise = draft(library, name, based_on, origin)
    for key, value in fields.items():
        if not hasattr(exercise, key) or key in ("id", "origin", "photos", "revision"):
            raise ValidationError(f"unknown exercise field \"{key}\"")
        setattr(exercise, key, value)
    return save(library, exercise, photo_sources if photo_sources else None, new=True,
                origin=origin)


def update(library: "ExerciseLibrary", exercise: Exercise,
           photo_sources: Sequence[PhotoSource] | None = None) -> Exercise:
    """Save changes to an existing custom exercise (same id, same folder).

    Raises `ConflictError` if someone else changed it since it was read.
    """
    if exercise.origin not in ("user", "clinic"):
        raise LibraryError(f"\"{exercise.name}\" is a bundled exercise and cannot be "
                           "changed; duplicate it as your own exercise instead")
    return save(library, exercise, photo_sources, origin=exercise.origin)


def save_copy(library: "ExerciseLibrary", exercise: Exercise,
              photo_sources: Sequence[PhotoSource] | None = None) -> Exercise:
    """Keep an edit that lost a conflict: saved as a new exercise, "(my copy)", same folder."""
    copy_ = copy.deepcopy(exercise)
    copy_.name = f"{exercise.name} (my copy)"[:200]
    copy_.id = unique_id(library, copy_.name)
    copy_.revision = ""
    if photo_sources is None:
        photo_sources = [p for p in photo_paths(library, exercise) if p is not None]
    return save(library, copy_, photo_sources, new=True, origin=exercise.origin)


# ------------------------------------------------------------------ trash

def delete(library: "ExerciseLibrary", exercise: Exercise | str) -> TrashEntry:
    """Move a custom exercise and its photos to the trash (restorable).

    Refused with `ConflictError` when someone else changed it since it was read.
    """
    if isinstance(exercise, str):
        exercise = library.get(exercise)
    if exercise.origin not in ("user", "clinic"):
        raise LibraryError(f"\"{exercise.name}\" is a bundled exercise and cannot be "
                           "deleted")
    folder = folder_for(library, exercise.origin)
    root = _root(library, folder)
    json_path = folder / f"{exercise.id}.json"
    gone = LibraryError(f"\"{exercise.name}\" is no longer in "
                        f"{ORIGIN_LABELS[exercise.origin]}; it may have been deleted elsewhere")
    if not safe_io.is_regular_file(json_path, root):
        raise gone
    with safe_io.locked(json_path, exercise.name):
        if not os.path.lexists(json_path):
            raise gone
        _check_unchanged(json_path, _known_revision(library, exercise, exercise.origin),
                         exercise.name, root)
        files = {f"{exercise.id}.json": storage.read_text(json_path, MAX_EXERCISE_BYTES, root)}
        own = _own_photo_name(exercise.id)
        own_photos = []
        for name in exercise.photos:
            path = photos.find_photo(name, folder, root)
            if path is None:
                continue
            try:
                files[name] = safe_io.read_bytes(path, photos.MAX_FILE_BYTES, root)
            except HandoutError:
                continue
            if own.match(path.name):
                own_photos.append(path)
        entry = library.trash.put("exercise", exercise.origin, exercise.id, exercise.name,
                                  files)
        try:
            json_path.unlink()
        except OSError as error:
            library.trash.discard(entry)
            raise StorageError(f"cannot be moved to the trash ({error.strerror or error})",
                               path=json_path) from None
        for path in own_photos:  # the JSON is gone: its own photos may follow
            try:
                path.unlink()
            except OSError:
                pass
    library.reload()
    return entry


def list_trash(library: "ExerciseLibrary | None" = None) -> list[TrashEntry]:
    """Deleted custom exercises, newest first."""
    return _trash(library).entries("exercise")


def restore(library: "ExerciseLibrary", entry: TrashEntry) -> Exercise:
    """Put a deleted exercise and its photos back (under a new id if that one is taken)."""
    trash = library.trash
    main = f"{entry.exercise_id}.json"
    if main not in entry.files:
        raise LibraryError("this trash entry holds no exercise")
    exercise = storage.exercise_from_bytes(trash.read(entry, main), entry.folder / main)
    exercise.origin = entry.origin
    sources: list[PhotoSource] = []
    for name in exercise.photos:
        if name in entry.files:
            sources.append(entry.folder / "files" / name)
    folder = folder_for(library, entry.origin)
    if exercise.id in library or os.path.lexists(folder / f"{exercise.id}.json"):
        exercise.id = unique_id(library, exercise.id)
    saved = save(library, exercise, sources, new=True, origin=entry.origin)
    trash.discard(entry)
    return saved


def is_custom(exercise: Exercise) -> bool:
    return exercise.origin in ("user", "clinic")
