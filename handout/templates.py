"""Templates: bundled, personal and clinic; find, rename, duplicate, trash, favourites, share.

Pure Python, no Qt. `TemplateLibrary` reads three folders of
`handout-template` JSON files, one template per file:

- "bundled": `assets/templates`, read-only (they can be duplicated),
- "user":    the therapist's own, `<user data>/templates` ("My templates"),
- "clinic":  `<clinic folder>/templates`, shared by everyone in the clinic
  (a network drive or synced folder; the folders are `handout.collection`'s).

A file that cannot be read is listed in `problems` with the reason and the
rest still load; a clinic folder that cannot be reached is reported in
`clinic_error` and the app carries on without it.

Safe writes, the novelWriter way: every template carries the sha256 of the
file it was read from (`Template.revision`). A write takes the file's lock
(`safe_io.FolderLock`, a lock file that works on network drives), reads the
file again and compares; if someone else changed it meanwhile the save is
refused with `ConflictError`, so nobody's work is silently clobbered, even
when two therapists press Save at the same moment. The caller then offers
"keep yours as a copy" (`save_copy`) or "reload" (`reload_template`). Every
write is atomic. Deleted templates go to the one trash (`handout.trash`) and
can be restored. Nothing is read or written outside its folder (`safe_io`).

`get(id)` prefers the therapist's own template, then the clinic's, then the
bundled one when ids collide; `"clinic:ID"` (any origin) names one exactly.

Listing is fast because it is lazy: a folder scan reads each file, checks its
format, version, id, name, tags and items, and keeps a `LazyTemplate`; the
full validation of every exercise (and the copy of the handout) happens the
first time `template.handout` is used. A file that fails that late check
raises its precise `ValidationError` then, and is added to `problems`.
Unchanged files (same mtime and size) are not read again on `reload`.
"""

from __future__ import annotations

import copy
import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from . import documents, ids, safe_io, storage
from .errors import ConflictError, HandoutError, LibraryError, StorageError, ValidationError
from .model import Handout, Template, strip_patient_details
from .trash import Trash, TrashEntry

if TYPE_CHECKING:
    from .collection import Collection, Folders
    from .library import ExerciseLibrary

ORIGIN_ORDER = ("user", "clinic", "bundled")  # who wins when two templates share an id
ORIGIN_LABELS = {"bundled": "Bundled", "user": "My templates", "clinic": "Clinic"}
FAVOURITES_FORMAT = "handout-favourites"
MAX_TEMPLATE_BYTES = documents.KINDS["handout-template"].max_bytes
_DEFAULT = object()


@dataclass
class Unreadable:
    """A library file that could not be loaded, and why."""

    path: Path
    reason: str
    origin: str = ""  # "bundled", "user" or "clinic" when known


@dataclass
class _Record:
    template: Template
    path: Path
    digest: str                # sha256 of the file's bytes when last read or written
    stamp: tuple[int, int]     # (mtime_ns, size): reused on reload while unchanged


class TemplateExistsError(LibraryError):
    """Saving would replace an existing template; ask first, then pass `replace=True`."""

    def __init__(self, message: str, existing: Template) -> None:
        super().__init__(message)
        self.existing = existing


class LazyTemplate(Template):
    """A template listed from a quick read of its file; `handout` is read in full on first use.

    Behaves as a `Template` (it is one); `exercise_names` and `exercise_ids`
    answer from the quick read, so listing and searching never load handouts.
    """

    def __init__(self, id: str, name: str, description: str = "",  # noqa: A002
                 tags: list[str] | None = None, handout: Handout | None = None,
                 origin: str = "bundled", *, load: Callable[[], Handout] | None = None,
                 exercises: list[tuple[str, str]] | None = None, revision: str = "") -> None:
        # Not the dataclass __init__: it would need the handout now.
        self.id, self.name, self.description = id, name, description
        self.tags = list(tags or [])
        self.origin = origin
        self.revision = revision
        self._load = load
        self._handout = strip_patient_details(handout) if handout is not None else None
        self._exercises = list(exercises or [])

    @property  # type: ignore[override]
    def handout(self) -> Handout:
        if self._handout is None:
            if self._load is None:
                self._handout = Handout()
            else:
                self._handout = self._load()
                self._load = None  # and the file's bytes with it
        return self._handout

    @handout.setter
    def handout(self, value: Handout) -> None:
        self._handout = value

    @property
    def loaded(self) -> bool:
        return self._handout is not None

    @property
    def exercise_ids(self) -> list[str]:
        if self._handout is not None:
            return [i.exercise.id for i in self._handout.items]
        return [exercise_id for exercise_id, _ in self._exercises]

    @property
    def exercise_names(self) -> list[str]:
        if self._handout is not None:
            return [i.exercise.name for i in self._handout.items]
        return [name for _, name in self._exercises]

    def __deepcopy__(self, memo: dict) -> Template:
        return Template(id=self.id, name=self.name, description=self.description,
                        tags=list(self.tags), handout=copy.deepcopy(self.handout, memo),
                        origin=self.origin, revision=self.revision)


def exercise_names(template: Template) -> list[str]:
    """The names of a template's exercises, without loading a lazy template."""
    if isinstance(template, LazyTemplate):
        return template.exercise_names
    return [i.exercise.name for i in template.handout.items]


def exercise_ids(template: Template) -> list[str]:
    if isinstance(template, LazyTemplate):
        return template.exercise_ids
    return [i.exercise.id for i in template.handout.items]


def slug(text: str) -> str:
    """A template id from a name: `"ACL week 2"` -> `"acl-week-2"` (see `handout.ids`)."""
    return ids.slug(text, "my-template")


digest = safe_io.digest


def key(template: Template) -> str:
    """The name of one template across origins, e.g. `"clinic:acl-week-2"`."""
    return f"{template.origin}:{template.id}"


def template_from_handout(handout: Handout, name: str, description: str = "",
                          tags: list[str] | tuple[str, ...] = (),
                          template_id: str | None = None) -> Template:
    """A template from the current handout: patient name, dates and therapist left out."""
    name = name.strip()
    if not name:
        raise ValidationError("a template needs a name")
    clean_tags = []
    for tag in tags:
        tag = tag.strip()
        if tag and tag.casefold() not in (t.casefold() for t in clean_tags):
            clean_tags.append(tag)
    return Template(id=template_id or slug(name), name=name, description=description.strip(),
                    tags=clean_tags, handout=strip_patient_details(handout), origin="user")


def matches(template: Template, words: list[str]) -> bool:
    """True when every word occurs in the name, description, tags or exercises."""
    haystack = " ".join([template.name, template.description, *template.tags,
                         ORIGIN_LABELS.get(template.origin, ""), *exercise_names(template),
                         *exercise_ids(template)]).casefold()
    return all(word in haystack for word in words)


class TemplateLibrary:
    """Bundled, personal and clinic templates, with everything a therapist does to them.

    The app gets one from `Collection`; the keyword arguments here (folders
    given one by one) are for tests and tools.
    """

    def __init__(self, exercises: "ExerciseLibrary", bundled_dir: Path | None = None,
                 user_dir: Path | None = None, clinic_folder: Path | None | object = _DEFAULT,
                 trash_dir: Path | None = None, favourites_file: Path | None = None, *,
                 folders: "Folders | None" = None, trash: Trash | None = None,
                 collection: "Collection | None" = None,
                 settings_problem: HandoutError | None = None) -> None:
        self.exercises = exercises
        self._settings_problem = settings_problem
        if folders is None:
            from .library import _FROM_SETTINGS, default_folders
            folders, problem = default_folders(
                _FROM_SETTINGS if clinic_folder is _DEFAULT else clinic_folder,
                bundled_templates=bundled_dir, user_templates=user_dir, trash=trash_dir,
                favourites_file=favourites_file)
            folders = dataclasses.replace(
                folders, bundled_exercises=exercises.folders.bundled_exercises,
                user_exercises=exercises.folders.user_exercises)
            self._settings_problem = problem
        self.folders = folders
        if trash is None:
            trash = exercises.trash if folders.trash == exercises.folders.trash else \
                Trash(folders.trash)
        self.trash = trash
        self._collection = collection
        self.clinic_error: str | None = None
        self._records: dict[tuple[str, str], _Record] = {}
        self.problems: list[Unreadable] = []
        self._favourites: set[str] | None = None
        self.reload()

    @property
    def collection(self) -> "Collection":
        """The owner of this library (made around it if it was built on its own)."""
        if self._collection is None:
            from .collection import Collection
            Collection.adopt(self.exercises, self)
        return self._collection  # type: ignore[return-value]

    @collection.setter
    def collection(self, value: "Collection") -> None:
        self._collection = value

    # ------------------------------------------------------------ loading

    @property
    def bundled_dir(self) -> Path:
        return self.folders.bundled_templates

    @property
    def user_dir(self) -> Path:
        return self.folders.user_templates

    @property
    def trash_dir(self) -> Path:
        return self.folders.trash

    @property
    def favourites_file(self) -> Path:
        return self.folders.favourites_file

    @property
    def clinic_folder(self) -> Path | None:
        """The clinic library folder (its `templates/` are the clinic's), or None."""
        return self.folders.clinic

    @property
    def clinic_dir(self) -> Path | None:
        """The clinic's templates folder, or None without a clinic library."""
        return self.folders.clinic_templates

    def folder(self, origin: str) -> Path | None:
        return self.folders.templates(origin)

    def root(self, origin: str) -> Path | None:
        """The folder everything of `origin` must stay inside."""
        return self.folders.root(self.folder(origin))

    def reload(self) -> None:
        """Read the folders again; files unchanged since the last read are not parsed again."""
        self.clinic_error = None
        if self._settings_problem is not None:
            self.clinic_error = f"The clinic library is off: {self._settings_problem}"
        # Unchanged files are reused, unless the exercise library was read again
        # meanwhile: items without an embedded copy must then be looked up anew.
        token = id(getattr(self.exercises, "_exercises", self.exercises))
        old = {(r.template.origin, r.path): r for r in self._records.values()} \
            if token == getattr(self, "_exercise_token", None) else {}
        self._exercise_token = token
        self._records = {}
        self.problems = []
        for origin in ("bundled", "clinic", "user"):
            folder = self.folder(origin)
            if folder is None:
                continue
            if origin == "clinic" and not self._clinic_reachable():
                continue
            files, error = safe_io.list_files(folder, ".json", self.root(origin))
            if error is not None:
                if origin == "clinic":
                    self.clinic_error = self._unreachable_message(error)
                else:
                    self.problems.append(Unreadable(folder, f"{folder}: cannot be listed "
                                                            f"({error})", origin))
                continue
            for path in files:
                self._load_file(origin, path, old)

    def use_clinic_folder(self, folder: Path | None) -> None:
        """Switch to another clinic library folder (its exercises too) and read both.

        Remembering the choice is the collection's job (`Collection.use_clinic_folder`).
        """
        clinic = Path(folder) if folder else None
        self.exercises.folders = dataclasses.replace(self.exercises.folders, clinic=clinic)
        self.folders = dataclasses.replace(self.folders, clinic=clinic)
        self._settings_problem = None
        self.exercises.reload()
        self.reload()

    def _clinic_reachable(self) -> bool:
        try:
            if self.clinic_folder is not None and self.clinic_folder.is_dir():
                return True
        except OSError:
            pass
        self.clinic_error = self._unreachable_message()
        return False

    def _unreachable_message(self, error: str | None = None) -> str:
        why = f" ({error})" if error else ""
        return (f"The clinic library folder {self.clinic_folder} cannot be reached{why}. "
                "Is the network drive connected? Your own and the bundled templates "
                "still work.")

    def _load_file(self, origin: str, path: Path, old: dict[tuple[str, Path], _Record]) -> None:
        try:
            stat = os.stat(path)
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError as error:
            self.problems.append(Unreadable(path, f"{path}: cannot be read "
                                                  f"({error.strerror or error})", origin))
            return
        cached = old.get((origin, path))
        if cached is not None and cached.stamp == stamp:
            record = cached
        else:
            try:
                record = self._read(origin, path, stamp)
            except HandoutError as error:
                self.problems.append(Unreadable(path, str(error), origin))
                return
        known = self._records.get((origin, record.template.id))
        if known is not None:
            self.problems.append(Unreadable(path, f"{path}: has the same id "
                                                  f"\"{record.template.id}\" as {known.path.name}"
                                                  "; ignored", origin))
            return
        self._records[(origin, record.template.id)] = record

    def _read(self, origin: str, path: Path, stamp: tuple[int, int] | None = None) -> _Record:
        """Read a file quickly (format, version, id, name, items) into a `LazyTemplate`."""
        data = storage.read_text(path, MAX_TEMPLATE_BYTES, self.root(origin))
        document = storage.parse_document(data, "handout-template", path)
        summary = _summary(document.get("template"), self.exercises)
        revision = digest(data)
        if summary is None:
            # Something is off: the full reader names the field and the problem.
            template = storage.template_from_document(document, path, self.exercises.get)
            template = LazyTemplate(template.id, template.name, template.description,
                                    template.tags, template.handout, origin,
                                    revision=revision)
        else:
            template = LazyTemplate(*summary[:4], origin=origin,
                                    load=self._loader(origin, path, data),
                                    exercises=summary[4], revision=revision)
        if stamp is None:
            stat = os.stat(path)
            stamp = (stat.st_mtime_ns, stat.st_size)
        return _Record(template, path, revision, stamp)

    def _loader(self, origin: str, path: Path, data: bytes) -> Callable[[], Handout]:
        def load() -> Handout:
            try:
                document = storage.parse_document(data, "handout-template", path)
                return storage.template_from_document(document, path,
                                                      self.exercises.get).handout
            except HandoutError as error:
                if not any(p.path == path for p in self.problems):
                    self.problems.append(Unreadable(path, str(error), origin))
                raise
        return load

    # ------------------------------------------------------------ looking up

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, template_id: str) -> bool:
        return self._find(template_id) is not None

    def all(self) -> list[Template]:
        """Every template, by name (a personal template sorts before a same-named clinic one)."""
        return sorted((r.template for r in self._records.values()),
                      key=lambda t: (t.name.casefold(), ORIGIN_ORDER.index(t.origin), t.id))

    def get(self, template_id: str) -> Template:
        """The template with this id (own first, then clinic, then bundled), or `origin:id`."""
        record = self._find(template_id)
        if record is None:
            raise LibraryError(f"no template with id \"{template_id}\"; run `handout "
                               "templates` to list them")
        return record.template

    def _find(self, ref: str) -> _Record | None:
        origin, sep, template_id = ref.partition(":")
        if sep and origin in ORIGIN_ORDER:
            return self._records.get((origin, template_id))
        for origin in ORIGIN_ORDER:
            record = self._records.get((origin, ref))
            if record is not None:
                return record
        return None

    def _record(self, template: Template) -> _Record | None:
        return self._records.get((template.origin, template.id))

    def path_of(self, template: Template) -> Path | None:
        record = self._record(template)
        return record.path if record is not None else None

    def is_read_only(self, template: Template) -> bool:
        return template.origin == "bundled"

    def search(self, text: str = "") -> list[Template]:
        """Templates whose name, description, tags or exercises contain every word; favourites first."""
        words = text.casefold().split()
        found = [t for t in self.all() if matches(t, words)]
        favourites = self.favourites()
        return sorted(found, key=lambda t: key(t) not in favourites)  # stable: names stay sorted

    def unique_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`... : an id no template of any origin has yet."""
        taken_ids = {template_id for _, template_id in self._records}

        def taken(candidate: str) -> bool:
            return candidate in taken_ids or any(
                os.path.lexists(f / f"{candidate}.json")
                for f in (self.user_dir, self.clinic_dir) if f)
        return ids.unique(slug(base), taken)

    # ------------------------------------------------------------ saving

    def _writable_folder(self, origin: str) -> Path:
        if origin == "bundled":
            raise LibraryError("bundled templates are read-only; duplicate it into My "
                               "templates to change it")
        if origin == "clinic":
            if self.clinic_folder is None:
                raise LibraryError("no clinic library folder is set; choose one in the "
                                   "template browser (Clinic folder…)")
            if not self._clinic_reachable():
                raise StorageError(self.clinic_error or "the clinic folder cannot be reached")
            return self.clinic_dir  # type: ignore[return-value]
        if origin == "user":
            return self.user_dir
        raise LibraryError(f"unknown template origin \"{origin}\"")

    def _check_unchanged(self, path: Path, origin: str, revision: str, name: str) -> None:
        """Refuse to overwrite a file someone else changed since `revision` was read.

        Called with the file's lock held, so nobody can change it in between.
        """
        try:
            current = safe_io.current_digest(path, MAX_TEMPLATE_BYTES, self.root(origin))
        except StorageError as error:
            raise StorageError(f"cannot be read to check for changes ({error.message})",
                               path=path) from None
        if current is None:
            return  # deleted elsewhere: recreating it clobbers nothing
        if current != revision:
            error = ConflictError(f"\"{name}\" was changed by someone else since you opened "
                                  "it: keep yours as a copy, or reload it")
            error.file = path  # for the caller; the message stays one sentence
            raise error

    def _write(self, template: Template, origin: str, replace_existing: bool) -> Path:
        """Write `template` into `origin`'s folder, safely; the library then holds it."""
        folder = self._writable_folder(origin)
        record = self._records.get((origin, template.id))
        if record is not None and not replace_existing and record.template is not template:
            raise TemplateExistsError(
                f"a template called \"{record.template.name}\" already exists in "
                f"{ORIGIN_LABELS[origin]}; replace it, or choose another name",
                record.template)
        path = record.path if record is not None else folder / f"{template.id}.json"
        data = storage.template_bytes(template)
        root = self.root(origin)
        safe_io.ensure_folder(folder, root)
        with safe_io.locked(path, template.name):
            if record is not None:
                # The version this edit started from: the object's own, else the library's.
                revision = template.revision if template.revision and \
                    template.origin == origin else record.digest
                self._check_unchanged(path, origin, revision, record.template.name)
            elif os.path.lexists(path):
                raise ConflictError(f"\"{template.name}\" cannot be saved: someone else "
                                    f"created {path.name} in {ORIGIN_LABELS[origin]} since "
                                    "you opened the library; reload it, or keep yours as a "
                                    "copy")
            storage.atomic_write(path, data, root)
        template.origin = origin
        template.revision = digest(data)
        stat = os.stat(path)
        self._records[(origin, template.id)] = _Record(template, path, template.revision,
                                                       (stat.st_mtime_ns, stat.st_size))
        return path

    def save(self, template: Template) -> Path:
        """Save changes to a personal or clinic template; `ConflictError` if changed elsewhere."""
        return self._write(template, template.origin, replace_existing=True)

    def save_user_template(self, template: Template, replace: bool = True) -> Path:
        """Save a personal template (patient details are never written).

        With `replace=False` an existing personal template with the same id
        raises `TemplateExistsError` (ask, then call again with `replace=True`).
        A file changed on disk since it was read raises `ConflictError`.
        """
        template.handout = strip_patient_details(template.handout)
        return self._write(template, "user", replace_existing=replace)

    def save_as_template(self, handout: Handout, name: str, description: str = "",
                         tags: list[str] | tuple[str, ...] = (), origin: str = "user",
                         replace: bool = False) -> Template:
        """Save the current handout as a template in My templates (or the clinic library).

        A template with the same name in the same place raises
        `TemplateExistsError` unless `replace` is true. The id comes from the
        name; if another template already has it, a new one is made
        (`acl-week-2-2`), so nothing is hidden or replaced unasked.
        """
        template = template_from_handout(handout, name, description, tags)
        same_name = next((r.template for (o, _), r in self._records.items() if o == origin
                          and r.template.name.strip().casefold() == name.strip().casefold()),
                         None)
        if same_name is not None:
            template.id = same_name.id  # the same template again: ask before replacing
            template.revision = same_name.revision
            template.origin = origin
        elif any(i == template.id for _, i in self._records):
            # Another template has this id (a bundled one, or a name that differs only
            # in punctuation or script): keep both rather than replace or hide one.
            template.id = self.unique_id(template.id)
        self._write(template, origin, replace_existing=replace)
        return template

    def save_copy(self, template: Template, origin: str | None = None,
                  name: str | None = None) -> Template:
        """Save `template` under a new id (and a name saying it is a copy)."""
        origin = origin or ("user" if template.origin == "bundled" else template.origin)
        new_name = name.strip() if name and name.strip() else f"{template.name} (copy)"
        copy_ = Template(id=self.unique_id(new_name), name=new_name,
                         description=template.description, tags=list(template.tags),
                         handout=template.handout.copy(), origin=origin)
        self._write(copy_, origin, replace_existing=False)
        return copy_

    def duplicate(self, template: Template, name: str | None = None,
                  origin: str = "user") -> Template:
        """A copy in My templates (or the clinic library); bundled ones can be duplicated too."""
        return self.save_copy(template, origin=origin, name=name)

    def reload_template(self, template: Template) -> Template:
        """The template as it is on disk now (after a colleague changed it)."""
        record = self._record(template)
        if record is None:
            raise LibraryError(f"\"{template.name}\" is not in the library")
        try:
            fresh = self._read(template.origin, record.path)
        except StorageError:
            if not os.path.lexists(record.path):
                del self._records[(template.origin, template.id)]
                raise LibraryError(f"\"{template.name}\" was deleted by someone else") from None
            raise
        self._records[(template.origin, fresh.template.id)] = fresh
        if fresh.template.id != template.id:
            self._records.pop((template.origin, template.id), None)
        return fresh.template

    def rename(self, template: Template, new_name: str) -> Template:
        """Give a personal or clinic template a new name (its id and file stay)."""
        new_name = new_name.strip()
        if not new_name:
            raise ValidationError("a template needs a name")
        self._writable_folder(template.origin)
        record = self._record(template)
        if record is None:
            raise LibraryError(f"\"{template.name}\" is not in the library")
        current = record.template
        renamed = Template(id=current.id, name=new_name, description=current.description,
                           tags=list(current.tags), handout=current.handout,
                           origin=template.origin,
                           revision=template.revision or current.revision)
        self._write(renamed, template.origin, replace_existing=True)
        template.name = new_name  # keep the caller's object in step
        template.revision = renamed.revision
        self._records[(template.origin, template.id)].template = template
        return template

    # ------------------------------------------------------------ trash

    def delete(self, template: Template) -> TrashEntry:
        """Move a personal or clinic template to the trash (restorable).

        Refused with `ConflictError` if someone else changed the file since it
        was read: their newer version must not vanish unseen.
        """
        self._writable_folder(template.origin)
        record = self._record(template)
        if record is None:
            raise LibraryError(f"\"{template.name}\" is not in the library")
        root = self.root(template.origin)
        with safe_io.locked(record.path, template.name):
            revision = template.revision or record.digest
            self._check_unchanged(record.path, template.origin, revision, template.name)
            try:
                data = storage.read_text(record.path, MAX_TEMPLATE_BYTES, root)
            except StorageError:
                if os.path.lexists(record.path):
                    raise
                data = None  # already gone: nothing to keep
            entry = None
            if data is not None:
                entry = self.trash.put("template", template.origin, template.id,
                                       template.name, {f"{template.id}.json": data})
                try:
                    safe_io.remove(record.path)
                except OSError as error:
                    self.trash.discard(entry)
                    raise StorageError(f"cannot be deleted ({error.strerror or error})",
                                       path=record.path) from None
        del self._records[(template.origin, template.id)]
        if entry is None:
            raise LibraryError(f"\"{template.name}\" was already deleted by someone else")
        return entry

    def list_trash(self) -> list[TrashEntry]:
        """Deleted templates, newest first."""
        return self.trash.entries("template")

    def restore(self, entry: TrashEntry) -> Template:
        """Put a deleted template back where it was (as a new id if that one is taken)."""
        folder = self._writable_folder(entry.origin)
        if not entry.files:
            raise LibraryError("this trash entry holds no template")
        data = self.trash.read(entry, entry.files[0])
        document = storage.parse_document(data, "handout-template", entry.folder)
        template = storage.template_from_document(document, entry.folder, self.exercises.get)
        template.origin = entry.origin
        path = folder / f"{template.id}.json"
        if (entry.origin, template.id) in self._records or os.path.lexists(path):
            template.id = self.unique_id(template.id)
            self._write(template, entry.origin, replace_existing=False)
        else:
            root = self.root(entry.origin)
            safe_io.ensure_folder(folder, root)
            with safe_io.locked(path, template.name):
                if os.path.lexists(path):
                    raise ConflictError(f"\"{template.name}\" cannot be restored: someone "
                                        f"else created {path.name} meanwhile; reload and try "
                                        "again")
                storage.atomic_write(path, data, root)  # byte for byte what was deleted
            template.revision = digest(data)
            stat = os.stat(path)
            self._records[(entry.origin, template.id)] = _Record(
                template, path, template.revision, (stat.st_mtime_ns, stat.st_size))
        self.trash.discard(entry)
        return template

    # ------------------------------------------------------------ favourites

    def favourites(self) -> set[str]:
        """Keys (`origin:id`) of the favourite templates."""
        if self._favourites is None:
            self._favourites = set()
            try:
                data = storage.read_text(self.favourites_file, 1_000_000)
                document = documents.parse(data, FAVOURITES_FORMAT, self.favourites_file)
                if isinstance(document.get("templates"), list):
                    self._favourites = {k for k in document["templates"]
                                        if isinstance(k, str) and len(k) <= 300}
            except HandoutError:
                pass  # no favourites yet, or a damaged file: start again, never fail
        return self._favourites

    def is_favourite(self, template: Template) -> bool:
        return key(template) in self.favourites()

    def set_favourite(self, template: Template, favourite: bool = True) -> None:
        keys = set(self.favourites())
        if favourite:
            keys.add(key(template))
        else:
            keys.discard(key(template))
        storage.atomic_write(self.favourites_file, documents.dumps(
            documents.document(FAVOURITES_FORMAT, templates=sorted(keys))))
        self._favourites = keys

    # ------------------------------------------------------------ sharing

    def export(self, template: Template, path: str | Path) -> Path:
        """Write a template to a file for a colleague, exercises included (atomic)."""
        path = Path(path)
        storage.atomic_write(path, storage.template_bytes(template, embed_exercises=True))
        return path

    def read_file(self, path: str | Path) -> Template:
        """A template from a file, not yet in the library."""
        return storage.load_template(path, self.exercises.get)

    def import_file(self, path: str | Path, replace: bool = False,
                    as_copy: bool = False) -> Template:
        """Import a template file into My templates.

        A template with the same id (anywhere) raises `TemplateExistsError`
        unless `replace` (overwrite My templates' one) or `as_copy` (a new id).
        """
        template = self.read_file(path)
        template.origin = "user"
        existing = self._find(template.id)
        if existing is not None and not replace:
            if not as_copy:
                raise TemplateExistsError(
                    f"a template with id \"{template.id}\" (\"{existing.template.name}\", "
                    f"{ORIGIN_LABELS[existing.template.origin]}) already exists; import it "
                    "as a copy or replace it", existing.template)
            template.id = self.unique_id(template.id)
        self.save_user_template(template, replace=True)
        return template


def _summary(body: Any, exercises: "ExerciseLibrary") -> tuple | None:
    """(id, name, description, tags, [(exercise id, name)]) from a template body, or None.

    None when anything looks wrong, so the caller runs the full reader for its message.
    """
    if not isinstance(body, dict):
        return None
    template_id, name = body.get("id"), body.get("name")
    description, tags = body.get("description", ""), body.get("tags", [])
    items = body.get("items", [])
    if not (isinstance(template_id, str) and storage.is_valid_id(template_id)
            and isinstance(name, str) and name.strip() and len(name) <= 200
            and isinstance(description, (str, type(None)))
            and isinstance(tags, list) and all(isinstance(t, str) for t in tags)
            and isinstance(items, list)):
        return None
    found = []
    for item in items:
        if not isinstance(item, dict):
            return None
        exercise_id, embedded = item.get("exercise_id"), item.get("exercise")
        if not isinstance(exercise_id, str) or not storage.is_valid_id(exercise_id):
            return None
        if embedded is not None:
            if not isinstance(embedded, dict) or not isinstance(embedded.get("name"), str):
                return None
            found.append((exercise_id, embedded["name"]))
        elif exercise_id in exercises:
            found.append((exercise_id, exercises.get(exercise_id).name))
        else:
            return None  # the full reader says which exercise is missing
    return template_id, name, description or "", list(tags), found
