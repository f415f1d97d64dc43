"""The exercise and template library: bundled assets plus the therapist's own.

Bundled exercises and templates live in `assets/`; the therapist's own in the
user data folder (`paths.user_home()`); the clinic's, shared by colleagues, in
`<clinic library folder>/exercises` (see `handout.settings`). One exercise or
template per JSON file, named after its id. A file that cannot be read never
stops the rest from loading: it is listed in `problems` with the reason.
Templates are managed in `handout.templates`; `TemplateLibrary` is re-exported here.
"""

from __future__ import annotations

import copy
from pathlib import Path

from . import paths, storage
from .errors import HandoutError, LibraryError
from .model import Exercise, Handout, Item, Template
from .search import SearchIndex
# Templates live in their own module; re-exported so `from .library import ...` keeps working.
from .templates import TemplateLibrary, Unreadable  # noqa: F401


_FROM_SETTINGS = object()


class ExerciseLibrary:
    """All exercises the therapist can pick from, looked up by id or searched."""

    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None,
                 clinic_folder: Path | None | object = _FROM_SETTINGS) -> None:
        self.bundled_dir = bundled_dir if bundled_dir is not None else paths.BUNDLED_EXERCISES
        self.user_dir = user_dir if user_dir is not None else paths.user_exercises()
        # The clinic library folder (settings file or HANDOUT_CLINIC_DIR); its
        # `exercises/` are shared by everyone in the clinic (origin "clinic").
        self._clinic_setting = clinic_folder
        self.clinic_dir: Path | None = None
        self._exercises: dict[str, Exercise] = {}
        self._index: SearchIndex | None = None
        self.problems: list[Unreadable] = []
        # Easier/harder ids that name no exercise (see `handout.progressions`): listed, not fatal.
        self.missing_variants: list[str] = []
        self.reload()

    def reload(self) -> None:
        self._exercises = {}
        self._index = None  # rebuilt on the next search
        self.problems = []
        self.clinic_dir = self._clinic_exercises()
        for origin, folder in (("bundled", self.bundled_dir), ("clinic", self.clinic_dir),
                               ("user", self.user_dir)):
            try:  # an offline network drive must not stop the app
                files = sorted(folder.glob("*.json")) if folder and folder.is_dir() else []
            except OSError:
                files = []
            for path in files:
                try:
                    exercise = storage.load_exercise(path)
                except HandoutError as error:
                    self.problems.append(Unreadable(path, str(error)))
                    continue
                exercise.origin = origin
                # A user's exercise shadows a clinic one, which shadows a bundled one.
                self._exercises[exercise.id] = exercise
        from .progressions import missing_variants
        self.missing_variants = missing_variants(self._exercises.values())

    def _clinic_exercises(self) -> Path | None:
        if self._clinic_setting is _FROM_SETTINGS:
            from . import settings
            try:
                root = settings.clinic_folder()
            except HandoutError:  # a broken settings file: the template library reports it
                return None
        else:
            root = self._clinic_setting  # type: ignore[assignment]
        return Path(root) / "exercises" if root else None

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
