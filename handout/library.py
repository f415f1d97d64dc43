"""The exercise and template library: bundled assets plus the therapist's own.

Bundled exercises and templates live in `assets/`; the therapist's own in the
user data folder (`paths.user_home()`). One exercise or template per JSON file,
named after its id. A file that cannot be read never stops the rest from
loading: it is listed in `problems` with the reason.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from . import paths, storage
from .errors import HandoutError, LibraryError
from .model import Exercise, Handout, Item, Template
from .search import SearchIndex


@dataclass
class Unreadable:
    """A library file that could not be loaded, and why."""

    path: Path
    reason: str


class ExerciseLibrary:
    """All exercises the therapist can pick from, looked up by id or searched."""

    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.bundled_dir = bundled_dir if bundled_dir is not None else paths.BUNDLED_EXERCISES
        self.user_dir = user_dir if user_dir is not None else paths.user_exercises()
        self._exercises: dict[str, Exercise] = {}
        self._index: SearchIndex | None = None
        self.problems: list[Unreadable] = []
        self.reload()

    def reload(self) -> None:
        self._exercises = {}
        self._index = None  # rebuilt on the next search
        self.problems = []
        for origin, folder in (("bundled", self.bundled_dir), ("user", self.user_dir)):
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                try:
                    exercise = storage.load_exercise(path)
                except HandoutError as error:
                    self.problems.append(Unreadable(path, str(error)))
                    continue
                exercise.origin = origin
                # A user's exercise with a bundled id shadows the bundled one.
                self._exercises[exercise.id] = exercise

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


class TemplateLibrary:
    """Bundled and personal templates."""

    def __init__(self, exercises: ExerciseLibrary, bundled_dir: Path | None = None,
                 user_dir: Path | None = None) -> None:
        self.exercises = exercises
        self.bundled_dir = bundled_dir if bundled_dir is not None else paths.BUNDLED_TEMPLATES
        self.user_dir = user_dir if user_dir is not None else paths.user_templates()
        self._templates: dict[str, Template] = {}
        self.problems: list[Unreadable] = []
        self.reload()

    def reload(self) -> None:
        self._templates = {}
        self.problems = []
        for origin, folder in (("bundled", self.bundled_dir), ("user", self.user_dir)):
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                try:
                    template = storage.load_template(path, self.exercises.get)
                except HandoutError as error:
                    self.problems.append(Unreadable(path, str(error)))
                    continue
                template.origin = origin
                self._templates[template.id] = template

    def all(self) -> list[Template]:
        return sorted(self._templates.values(), key=lambda t: t.name.casefold())

    def get(self, template_id: str) -> Template:
        try:
            return self._templates[template_id]
        except KeyError:
            raise LibraryError(f"no template with id \"{template_id}\"; run `handout "
                               "templates` to list them") from None

    def __contains__(self, template_id: str) -> bool:
        return template_id in self._templates

    def save_user_template(self, template: Template) -> Path:
        """Save a personal template (patient details are never written)."""
        path = self.user_dir / f"{template.id}.json"
        storage.save_template(template, path)
        template.origin = "user"
        self._templates[template.id] = template
        return path


def open_source(source: str, exercises: ExerciseLibrary,
                templates: TemplateLibrary) -> Handout:
    """A handout from a template id, or from a template or handout file path."""
    path = Path(source)
    if source in templates and not path.is_file():
        return templates.get(source).new_handout()
    if path.suffix.lower() == ".json" or path.exists() or "/" in source or "\\" in source:
        loaded = storage.load_handout_or_template(path, exercises.get)
        return loaded.new_handout() if isinstance(loaded, Template) else loaded
    raise LibraryError(f"\"{source}\" is neither a template id nor a file; run `handout "
                       "templates` to list the templates")
