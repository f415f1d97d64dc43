"""The exercise and template library: bundled assets plus the therapist's own.

Bundled exercises and templates live in `assets/`; the therapist's own in the
user data folder; the clinic's, shared by colleagues, in
`<clinic library folder>/exercises`. Which folders those are is the
collection's knowledge (`handout.collection.Folders`): the app opens a
`Collection`, which makes the libraries. One exercise or template per JSON
file, named after its id, read inside its folder only (`safe_io`: no links
out, regular files, size first). A file that cannot be read never stops the
rest from loading: it is listed in `problems` with the reason. Each exercise
remembers the sha256 of its file (`revision`), so a stale edit is refused.
Templates are managed in `handout.templates`; `TemplateLibrary` is re-exported here.
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from . import documents, safe_io, storage
from .errors import HandoutError, LibraryError
from .model import Exercise, Handout, Item, Template
from .search import SearchIndex
# Templates live in their own module; re-exported so `from .library import ...` keeps working.
from .templates import TemplateLibrary, Unreadable  # noqa: F401
from .trash import Trash

if TYPE_CHECKING:
    from .collection import Collection, Folders

ORIGINS = ("bundled", "clinic", "user")  # loading order: a later one shadows an earlier one
MAX_EXERCISE_BYTES = documents.KINDS["handout-exercise"].max_bytes


class _FromSettings:
    """The default: the folders come from the collection's rules (settings, environment)."""


_FROM_SETTINGS: object = _FromSettings()


def default_folders(clinic_folder: object = _FROM_SETTINGS,
                    **overrides: Path | None) -> "tuple[Folders, HandoutError | None]":
    """The standard folders (clinic from the settings unless given), some replaced."""
    from .collection import FROM_SETTINGS, Folders
    folders, problem = Folders.current(
        clinic=FROM_SETTINGS if clinic_folder is _FROM_SETTINGS else clinic_folder)
    changes = {k: Path(v) for k, v in overrides.items() if v is not None}
    return (dataclasses.replace(folders, **changes) if changes else folders), problem


class ExerciseLibrary:
    """All exercises the therapist can pick from, looked up by id or searched.

    The app gets one from `Collection`; the keyword arguments here (folders
    given one by one) are for tests and tools.
    """

    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None,
                 clinic_folder: Path | None | object = _FROM_SETTINGS, *,
                 folders: "Folders | None" = None, trash: Trash | None = None,
                 collection: "Collection | None" = None) -> None:
        if folders is None:
            folders, _ = default_folders(clinic_folder, bundled_exercises=bundled_dir,
                                         user_exercises=user_dir)
        self.folders = folders
        self.trash = trash if trash is not None else Trash(folders.trash)
        self.collection = collection
        self._exercises: dict[str, Exercise] = {}
        self._index: SearchIndex | None = None
        self.problems: list[Unreadable] = []
        self.clinic_error: str | None = None
        # Easier/harder ids that name no exercise (see `handout.progressions`): listed, not fatal.
        self.missing_variants: list[str] = []
        self.reload()

    @property
    def bundled_dir(self) -> Path:
        return self.folders.bundled_exercises

    @property
    def user_dir(self) -> Path:
        return self.folders.user_exercises

    @property
    def clinic_dir(self) -> Path | None:
        """The clinic's exercises folder (`<clinic folder>/exercises`), or None."""
        return self.folders.clinic_exercises

    def folder(self, origin: str) -> Path | None:
        return self.folders.exercises(origin)

    def root(self, origin: str) -> Path | None:
        """The folder everything of `origin` must stay inside."""
        return self.folders.root(self.folder(origin))

    def reload(self) -> None:
        self._exercises = {}
        self._index = None  # rebuilt on the next search
        self.problems = []
        self.clinic_error = None
        for origin in ORIGINS:
            folder = self.folder(origin)
            if folder is None:
                continue
            root = self.root(origin)
            # An offline network drive must not stop the app: listed as unreachable.
            files, error = safe_io.list_files(folder, ".json", root)
            if error is not None:
                if origin == "clinic":
                    self.clinic_error = f"{folder}: cannot be listed ({error})"
                else:
                    self.problems.append(Unreadable(folder, f"{folder}: cannot be listed "
                                                            f"({error})", origin))
            for path in files:
                try:
                    data = storage.read_text(path, MAX_EXERCISE_BYTES, root)
                    exercise = storage.exercise_from_bytes(data, path)
                except HandoutError as error:
                    self.problems.append(Unreadable(path, str(error), origin))
                    continue
                exercise.origin = origin
                exercise.revision = safe_io.digest(data)
                # A user's exercise shadows a clinic one, which shadows a bundled one.
                self._exercises[exercise.id] = exercise
        from .progressions import missing_variants
        self.missing_variants = missing_variants(self._exercises.values())

    def __len__(self) -> int:
        return len(self._exercises)

    def __contains__(self, exercise_id: str) -> bool:
        return exercise_id in self._exercises

    def all(self) -> list[Exercise]:
        return sorted(self._exercises.values(), key=lambda e: e.name.casefold())

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self._exercises[exercise_id]
        except KeyError:
            raise LibraryError(f"no exercise with id \"{exercise_id}\" in the library; "
                               "run `handout exercises` to list them") from None

    def regions(self) -> list[str]:
        return sorted({e.region for e in self._exercises.values()})

    def equipment(self) -> list[str]:
        return sorted({q for e in self._exercises.values() for q in e.equipment})

    def search(self, text: str = "", region: str | None = None,
               equipment: str | None = None, level: str | None = None) -> list[Exercise]:
        """Exercises matching every word of `text`, best first (see `handout.search`).

        Names, aliases, tags, region and equipment are searched, tolerating
        partial words and small typos; an empty `text` lists every exercise
        that passes the filters, alphabetically. The therapist's own exercises
        (origin "user") are searched with the bundled ones.
        """
        return self.search_index().search(text, region=region, equipment=equipment,
                                           level=level)

    def search_index(self) -> SearchIndex:
        """The search index over the current exercises, built once per load."""
        if self._index is None:
            self._index = SearchIndex(self._exercises.values())
        return self._index

    def new_item(self, exercise_id: str) -> Item:
        """A handout item for a library exercise with its default dose."""
        return Item(exercise=copy.deepcopy(self.get(exercise_id)))


def open_source(source: str, exercises: ExerciseLibrary,
                templates: TemplateLibrary) -> Handout | Template:
    """The template (by id, or a template file) or the handout file that `source` names."""
    path = Path(source)
    if source in templates and not path.is_file():
        return templates.get(source)
    if path.suffix.lower() == ".json" or path.exists() or "/" in source or "\\" in source:
        return storage.load_handout_or_template(path, exercises.get)
    raise LibraryError(f"\"{source}\" is neither a template id nor a file; run `handout "
                       "templates` to list the templates")
