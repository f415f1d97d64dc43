"""The owner of the libraries: one object that knows every folder, the settings and the files.

In the spirit of Anki's `Collection`: the CLI and the GUI open one
`Collection` and ask it for everything that lives in a folder, and the PDF
renderer gets what it needs from it already loaded. Nothing else reads the
settings file or looks for library folders.

    collection = Collection()              # folders from HANDOUT_HOME / settings
    collection.exercises                   # ExerciseLibrary: bundled, clinic, user
    collection.templates                   # TemplateLibrary: bundled, clinic, user
    collection.trash                       # the one trash (templates, exercises, photos)
    collection.usage                       # favourite and recent exercises
    collection.clinic_profile()            # the clinic profile (or defaults + the reason)
    collection.render(handout, clinic)     # photos and logo loaded, then the pure render
    collection.open_translation(item, "pl")   # a translation to edit or review
    collection.save_translation(edit, reviewed_by="A. Nowak")   # into the clinic folder
    collection.reload()                    # -> Changes: what was added, changed, removed

Where things are (`Folders`): the bundled assets; the user data folder
(`paths.user_home()`: settings, own exercises and templates, trash, recovery);
and the clinic library folder, from `HANDOUT_CLINIC_DIR` if set (empty: off),
else from the settings file. Each folder is also a boundary: what is read or
written under it must resolve inside it (`safe_io`).

Opening a collection first tidies up after a crash: the app's own temp files
and abandoned locks in its folders are removed (`safe_io.sweep`) and the
trash is pruned to its bounded history.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, safe_io, settings as settings_file, storage
from .errors import HandoutError
from .model import Clinic, Exercise, Handout, Template
from .trash import Trash

if TYPE_CHECKING:
    from .library import ExerciseLibrary
    from .resources import Logo, Resources
    from .photos import Photo
    from .templates import TemplateLibrary
    from .usage import UsageStore

FROM_SETTINGS = object()
ORIGINS = ("bundled", "clinic", "user")
CLINIC_ENV = settings_file.CLINIC_ENV
MAX_LOGO_BYTES = 30_000_000


@dataclass(frozen=True)
class Folders:
    """Every folder and file the app keeps things in (see the module docstring)."""

    home: Path
    bundled_exercises: Path
    bundled_templates: Path
    user_exercises: Path
    user_templates: Path
    clinic: Path | None
    trash: Path
    favourites_file: Path
    usage_file: Path
    settings_file: Path
    clinic_profile_file: Path
    recovery: Path

    @classmethod
    def standard(cls, home: Path | None = None, clinic: Path | None = None) -> "Folders":
        home = Path(home) if home is not None else paths.user_home()
        return cls(home=home, bundled_exercises=paths.BUNDLED_EXERCISES,
                   bundled_templates=paths.BUNDLED_TEMPLATES,
                   user_exercises=home / "exercises", user_templates=home / "templates",
                   clinic=Path(clinic) if clinic else None, trash=home / "trash",
                   favourites_file=home / "template-favourites.json",
                   usage_file=home / "usage.json", settings_file=home / "settings.json",
                   clinic_profile_file=home / "clinic.json", recovery=home / "recovery")

    @classmethod
    def current(cls, home: Path | None = None, clinic: object = FROM_SETTINGS
                ) -> tuple["Folders", HandoutError | None]:
        """The folders in use now, and the settings file's error if it could not be read."""
        folders = cls.standard(home)
        if clinic is not FROM_SETTINGS:
            return folders.with_clinic(clinic), None  # type: ignore[arg-type]
        try:
            return folders.with_clinic(configured_clinic_folder(folders)), None
        except HandoutError as error:
            return folders, error

    def with_clinic(self, clinic: str | Path | None) -> "Folders":
        return dataclasses.replace(self, clinic=Path(clinic).expanduser() if clinic else None)

    # ------------------------------------------------------------ by origin

    @property
    def clinic_exercises(self) -> Path | None:
        return self.clinic / "exercises" if self.clinic is not None else None

    @property
    def clinic_templates(self) -> Path | None:
        return self.clinic / "templates" if self.clinic is not None else None

    def exercises(self, origin: str) -> Path | None:
        return {"bundled": self.bundled_exercises, "user": self.user_exercises,
                "clinic": self.clinic_exercises}[origin]

    def templates(self, origin: str) -> Path | None:
        return {"bundled": self.bundled_templates, "user": self.user_templates,
                "clinic": self.clinic_templates}[origin]

    def root(self, folder: Path | None) -> Path | None:
        """The boundary of `folder`: the user data folder, the clinic folder, the bundled
        assets, or the folder itself when it lies in none of them."""
        return _root_of(self.clinic, self.home, folder) if folder is not None else None

    def photo_folders(self, origin: str) -> list[Path]:
        """Where a photo name of an exercise of `origin` may be found, its own folder first
        (a copy of the exercise inside a saved handout still finds its photos)."""
        order = [origin] + [o for o in ("user", "clinic", "bundled") if o != origin]
        return [f for f in (self.exercises(o) for o in order if o in ORIGINS) if f is not None]

    def own_folders(self) -> list[Path]:
        """Every folder the app writes into (where its leftovers may be)."""
        found = [self.home, self.user_exercises, self.user_exercises / "photos",
                 self.user_templates, self.recovery, self.trash]
        if self.clinic is not None:
            found += [self.clinic, self.clinic / "exercises", self.clinic / "exercises" /
                      "photos", self.clinic / "templates"]
        return found


@functools.lru_cache(maxsize=64)
def _root_of(clinic: Path | None, home: Path, folder: Path) -> Path:
    # Judged on the names as configured (not resolved): a clinic folder that is
    # itself a link to a network mount is the clinic's, whatever it points at.
    for root in (clinic, home, paths.ASSETS):
        if root is not None and (folder == root or root in folder.parents):
            return root
    return folder


def configured_clinic_folder(folders: Folders) -> Path | None:
    """The clinic folder: `HANDOUT_CLINIC_DIR` (empty: none), else the settings file's."""
    override = os.environ.get(CLINIC_ENV)
    if override is not None:
        return Path(override).expanduser() if override.strip() else None
    folder = settings_file.load_settings(folders.settings_file).clinic_folder.strip()
    return Path(folder).expanduser() if folder else None


def read_clinic_profile(folders: Folders, default: Clinic | None = None
                        ) -> tuple[Clinic, HandoutError | None]:
    """The saved clinic profile, or `default` plus the error that stopped it loading."""
    default = default if default is not None else Clinic()
    path = folders.clinic_profile_file
    if not os.path.lexists(path):
        return default, None
    try:
        return storage.load_clinic(path, root=folders.home), None
    except HandoutError as error:
        return default, error


def write_clinic_profile(folders: Folders, clinic: Clinic) -> Path:
    storage.save_clinic(clinic, folders.clinic_profile_file, root=folders.home)
    return folders.clinic_profile_file


@dataclass
class Changes:
    """What a reload found: keys like `"template:clinic:acl-week-2"`."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


class Collection:
    """The libraries, their folders, the trash and the settings; see the module docstring."""

    def __init__(self, home: str | Path | None = None, clinic: object = FROM_SETTINGS, *,
                 folders: Folders | None = None, tidy: bool = True) -> None:
        from .library import ExerciseLibrary
        from .templates import TemplateLibrary

        self.settings_problem: HandoutError | None = None
        if folders is None:
            folders, self.settings_problem = Folders.current(
                Path(home) if home is not None else None, clinic)
        self.folders = folders
        self.trash = Trash(folders.trash)
        self.tidied: list[Path] = []
        if tidy:
            self.tidy()
        self.exercises: ExerciseLibrary = ExerciseLibrary(folders=folders, trash=self.trash,
                                                          collection=self)
        self.templates: TemplateLibrary = TemplateLibrary(
            self.exercises, folders=folders, trash=self.trash, collection=self,
            settings_problem=self.settings_problem)
        self._usage: UsageStore | None = None
        self._logos: dict[tuple, Logo | None] = {}
        self._translations = None
        self.translation_problems: list[str] = []
        self._last = self._snapshot()

    @classmethod
    def adopt(cls, exercises: "ExerciseLibrary",
              templates: "TemplateLibrary") -> "Collection":
        """A collection around libraries made on their own (tests, older callers)."""
        self = cls.__new__(cls)
        self.settings_problem = None
        self.folders = dataclasses.replace(
            templates.folders, bundled_exercises=exercises.folders.bundled_exercises,
            user_exercises=exercises.folders.user_exercises)
        self.trash = templates.trash
        self.tidied = []
        self.exercises, self.templates = exercises, templates
        exercises.collection = templates.collection = self
        self._usage = None
        self._logos = {}
        self._translations = None
        self.translation_problems = []
        self._last = self._snapshot()
        return self

    # ------------------------------------------------------------ housekeeping

    def tidy(self) -> list[Path]:
        """Remove the app's leftovers of interrupted writes; keep the trash bounded."""
        folders = self.folders.own_folders()
        roots = [r for r in (self.folders.home, self.folders.clinic) if r is not None]
        self.tidied = safe_io.sweep(folders, roots)
        try:
            self.trash.prune()
        except (HandoutError, OSError):
            pass  # a trash that cannot be tidied today is tidied another day
        return self.tidied

    def _snapshot(self) -> dict[str, str]:
        state = {f"exercise:{e.origin}:{e.id}": e.revision for e in self.exercises.all()}
        state.update({f"template:{t.origin}:{t.id}": t.revision for t in self.templates.all()})
        return state

    def reload(self) -> Changes:
        """Read every folder again; what was added, changed or removed since the last look."""
        self._translations = None
        self.exercises.reload()
        self.templates.reload()
        now = self._snapshot()
        before, self._last = self._last, now
        return Changes(added=sorted(set(now) - set(before)),
                       changed=sorted(k for k in now if k in before and now[k] != before[k]),
                       removed=sorted(set(before) - set(now)))

    @property
    def problems(self) -> list:
        """Library files that could not be read (`templates.Unreadable`), all origins."""
        return list(self.exercises.problems) + list(self.templates.problems)

    # ------------------------------------------------------------ clinic folder

    @property
    def clinic_folder(self) -> Path | None:
        return self.folders.clinic

    def use_clinic_folder(self, folder: str | Path | None, remember: bool = True) -> Changes:
        """Switch to another clinic library folder (None: none), remember it, and read it."""
        if remember:
            settings_file.set_clinic_folder(folder, self.folders.settings_file)
        self.folders = self.folders.with_clinic(folder)
        self.settings_problem = None
        self.exercises.folders = dataclasses.replace(self.exercises.folders,
                                                     clinic=self.folders.clinic)
        self.templates.folders = dataclasses.replace(self.templates.folders,
                                                     clinic=self.folders.clinic)
        return self.reload()

    # ------------------------------------------------------------ interface language

    def interface_language(self) -> str:
        """The interface language chosen in the settings ("": the computer's language).

        Never raises: a settings file that cannot be read means "not chosen"
        (its problem is reported once, through `settings_problem`).
        """
        try:
            return settings_file.load_settings(self.folders.settings_file).interface_language
        except HandoutError:
            return ""

    def set_interface_language(self, code: str) -> None:
        """Remember the interface language for the next start ("": the computer's)."""
        settings_file.set_interface_language(code, self.folders.settings_file)

    # ------------------------------------------------------------ usage, clinic profile

    @property
    def usage(self) -> "UsageStore":
        if self._usage is None:
            from .usage import UsageStore
            self._usage = UsageStore(self.folders.usage_file)
        return self._usage

    def clinic_profile(self, default: Clinic | None = None
                       ) -> tuple[Clinic, HandoutError | None]:
        """The saved clinic profile, or `default` plus the error that stopped it loading."""
        return read_clinic_profile(self.folders, default)

    def save_clinic_profile(self, clinic: Clinic) -> Path:
        return write_clinic_profile(self.folders, clinic)

    # ------------------------------------------------------------ handouts

    def open_source(self, source: str) -> Handout | Template:
        """The template (by id, or a template file) or the handout file that `source` names."""
        from .library import open_source
        return open_source(source, self.exercises, self.templates)

    def load_file(self, path: str | Path) -> Handout | Template:
        """A handout or template file chosen by the therapist (any folder)."""
        return storage.load_handout_or_template(path, self.exercises.get)

    # ------------------------------------------------------------ what the PDF needs

    def photo_path(self, exercise: Exercise, name: str) -> Path | None:
        """The file of one of `exercise.photos` inside a library folder, or None."""
        from . import photos
        for folder in self.folders.photo_folders(exercise.origin):
            path = photos.find_photo(name, folder, self.folders.root(folder))
            if path is not None:
                return path
        return None

    def photo(self, exercise: Exercise, name: str) -> "Photo | None":
        """One photo ready to print, or None when it is missing or cannot be used."""
        from . import photos
        path = self.photo_path(exercise, name)
        if path is None:
            return None
        try:
            return photos.printable_photo(path, root=self.folders.root(path.parent))
        except HandoutError:
            return None

    def logo(self, logo_path: str) -> "Logo | None":
        """The clinic's logo ready for the header, or None when it cannot be used."""
        from .photos import prepare_logo
        logo_path = (logo_path or "").strip()
        if not logo_path:
            return None
        try:
            info = os.stat(logo_path)
        except (OSError, ValueError):
            return None
        key = (logo_path, info.st_size, info.st_mtime_ns)
        if key not in self._logos:
            try:
                data = safe_io.read_bytes(logo_path, MAX_LOGO_BYTES)
            except HandoutError:
                data = None
            if len(self._logos) >= 8:
                self._logos.pop(next(iter(self._logos)))
            self._logos[key] = prepare_logo(data) if data else None
        return self._logos[key]

    def resources(self, handout: Handout, clinic: Clinic | None = None) -> "Resources":
        """Everything `pdf.render` needs from files, read now: photos and the logo."""
        from . import photos
        from .resources import Resources
        found: dict[str, Photo | None] = {}
        for item in handout.items:
            for name in item.exercise.photos[:photos.MAX_PHOTOS]:
                if name not in found:
                    found[name] = self.photo(item.exercise, name)
        logo = self.logo(clinic.logo_path) if clinic is not None else None
        translations = self.translations() \
            if handout.language != "en" or handout.second_language else None
        return Resources(photos=found, logo=logo, **(
            {"translations": translations} if translations is not None else {}))

    def translations(self):
        """The content translations (bundled, then the clinic's, then the user's), read
        once and again after `reload()`; unreadable files are in `translation_problems`."""
        if self._translations is None:
            from .i18n import files
            folders = [("user", self.folders.home / "translations")]
            if self.folders.clinic is not None:
                folders.insert(0, ("clinic", self.folders.clinic / "translations"))
            self._translations, self.translation_problems = files.read_all(folders)
        return self._translations

    def reload_translations(self):
        """Read the translation files again (after a save here or a colleague's)."""
        self._translations = None
        self.exercises._language_indexes = {}  # search words may have changed
        return self.translations()

    def open_translation(self, item: Exercise | Template, language: str):
        """`item`'s translation into `language` as it prints now, to edit or review
        (`handout.i18n.editing.TranslationEdit`); saved into the clinic folder, or the
        user data folder when no clinic folder is set."""
        from .i18n import editing
        return editing.open_edit(item, language, self.translations(), self.folders)

    def save_translation(self, edit, reviewed_by: str | None = None,
                         today=None) -> Path:
        """Save `edit` (reviewed by `reviewed_by`, dated `today`, when given; else a
        draft); the next render prints it. `ConflictError` when a colleague saved the
        same translation since it was opened; `StorageError` when the folder cannot be
        written (the edit is kept, to save again)."""
        from .i18n import editing
        path = editing.save(edit, reviewed_by, today)
        self.reload_translations()
        return path

    def render(self, handout: Handout, clinic: Clinic | None = None) -> bytes:
        """The handout as PDF bytes (resources loaded here, then the pure render)."""
        from . import pdf
        return pdf.render(handout, clinic, self.resources(handout, clinic))
