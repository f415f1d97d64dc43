"""The one trash: deleted templates, exercises and photos, restorable, with a bounded history.

It lives in the user data folder (`<user data>/trash/`), also for what was
deleted from the clinic folder: a colleague's shared folder never fills with
someone's history. Each entry is one folder, named by the time it was made
(`20260331T142501123456-1a2b3c`):

    entry.json     a `handout-trash-entry` document: kind ("template",
                   "exercise" or "photos"), origin ("user" or "clinic"), id,
                   name, when, and the relative names of its files
    files/...      the deleted files, byte for byte (`acl.json`,
                   `photos/acl_0a1b2c3d4e5f.jpg`)

An entry is written into a temporary folder and renamed into place whole, so
a crash never leaves half an entry (the temporary folder is cleaned up at the
next start). The history is bounded: entries older than `KEEP_DAYS` are
removed, then the oldest until the whole trash is under `MAX_BYTES`. Clean-up
only removes folders named like an entry (or like our temporary folders),
inside the trash, never following a link.

The layout of earlier versions (`trash/templates/<origin>/…`,
`trash/exercises/<origin>/…`) is moved into entries the first time the trash
is opened, so nothing deleted before an upgrade is lost.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from . import documents, safe_io
from .errors import HandoutError, LibraryError, StorageError

KINDS = ("template", "exercise", "photos")
KEEP_DAYS = 30
MAX_BYTES = 200_000_000
MAX_FILE_BYTES = 100_000_000
_ENTRY = re.compile(r"^(?P<stamp>\d{8}T\d{12})-(?P<tag>[0-9a-f]{6})$")
_STAMP = "%Y%m%dT%H%M%S%f"
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,200}$")


@dataclass
class TrashEntry:
    """One deleted thing waiting in the trash."""

    folder: Path
    kind: str             # "template", "exercise" or "photos"
    origin: str           # where it was deleted from: "user" or "clinic"
    item_id: str
    name: str
    deleted_at: _dt.datetime
    files: list[str] = field(default_factory=list)
    size: int = 0

    # The names the template and exercise code have always used.
    @property
    def path(self) -> Path:
        return self.folder

    @property
    def template_id(self) -> str:
        return self.item_id

    @property
    def exercise_id(self) -> str:
        return self.item_id


def is_safe_name(name: str) -> bool:
    """A relative file name inside an entry: no `..`, no absolute path, no odd characters."""
    if not isinstance(name, str) or not name or "\\" in name or len(name) > 400:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and all(_SAFE_PART.match(p) and p not in (".", "..")
                                          for p in path.parts)


class Trash:
    """Deleted templates, exercises and photos; see the module docstring."""

    def __init__(self, folder: str | Path, keep_days: int = KEEP_DAYS,
                 max_bytes: int = MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.keep_days = keep_days
        self.max_bytes = max_bytes
        self.problems: list[str] = []
        self._adopted = False

    # ------------------------------------------------------------ writing

    def put(self, kind: str, origin: str, item_id: str, name: str,
            files: dict[str, bytes], when: _dt.datetime | None = None) -> TrashEntry:
        """Keep `files` (relative name -> bytes) as one new entry; returns it."""
        if kind not in KINDS:
            raise LibraryError(f"unknown kind of trash entry \"{kind}\"")
        when = when or _dt.datetime.now()
        bad = [n for n in files if not is_safe_name(n)]
        if bad:
            raise StorageError(f"cannot keep \"{bad[0]}\" in the trash (not a plain file "
                               "name)", path=self.folder)
        safe_io.ensure_folder(self.folder)
        final = self.folder / f"{when.strftime(_STAMP)}-{secrets.token_hex(3)}"
        work = self.folder / safe_io.temp_name(final.name)
        try:
            (work / "files").mkdir(parents=True)
            for relative, data in files.items():
                target = work / "files" / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                safe_io.write_atomic(target, data)
            body = {"kind": kind, "origin": origin, "id": item_id, "name": name,
                    "deleted_at": when.isoformat(timespec="microseconds"),
                    "files": sorted(files), "bytes": sum(len(d) for d in files.values())}
            safe_io.write_atomic(work / "entry.json",
                                 documents.dumps(documents.document("handout-trash-entry",
                                                                    body)))
            os.rename(work, final)
        except OSError as error:
            safe_io.remove_tree(work, self.folder)
            raise StorageError(f"cannot be kept in the trash ({error.strerror or error})",
                               path=self.folder) from None
        except HandoutError:
            safe_io.remove_tree(work, self.folder)
            raise
        entry = TrashEntry(final, kind, origin, item_id, name, when, sorted(files),
                           sum(len(d) for d in files.values()))
        self.prune()
        return entry

    # ------------------------------------------------------------ reading

    def entries(self, kind: str | None = None) -> list[TrashEntry]:
        """Entries (of one kind, if given), newest first; damaged ones are skipped."""
        self._adopt_legacy()
        found: list[TrashEntry] = []
        self.problems = []
        try:
            with os.scandir(self.folder) as listing:
                names = sorted(e.name for e in listing if _ENTRY.match(e.name))
        except OSError:
            return []
        for name in names:
            entry = self._read_entry(self.folder / name)
            if entry is not None and (kind is None or entry.kind == kind):
                found.append(entry)
        return sorted(found, key=lambda e: e.deleted_at, reverse=True)

    def _read_entry(self, folder: Path) -> TrashEntry | None:
        try:
            if os.path.islink(folder) or not folder.is_dir():
                return None
            data = safe_io.read_bytes(folder / "entry.json", 1_000_000, self.folder, "the trash")
            body = documents.parse(data, "handout-trash-entry", folder / "entry.json")["entry"]
            if not isinstance(body, dict):
                raise StorageError("entry: expected an object", path=folder)
            kind, origin = body.get("kind"), body.get("origin")
            item_id, name = body.get("id"), body.get("name")
            files, size = body.get("files"), body.get("bytes", 0)
            when = _dt.datetime.fromisoformat(body["deleted_at"]) \
                if isinstance(body.get("deleted_at"), str) else None
            if kind not in KINDS or origin not in ("user", "clinic") or \
                    not isinstance(item_id, str) or not isinstance(name, str) or \
                    not isinstance(files, list) or not all(is_safe_name(f) for f in files) or \
                    when is None:
                raise StorageError("is not a trash entry this version can read", path=folder)
            if when.tzinfo is not None:
                when = when.replace(tzinfo=None)
            size = size if isinstance(size, int) and not isinstance(size, bool) else 0
            return TrashEntry(folder, kind, origin, item_id[:200], name[:500], when,
                              list(files), max(size, 0))
        except (HandoutError, ValueError, KeyError, TypeError) as error:
            self.problems.append(str(error) if isinstance(error, HandoutError)
                                 else f"{folder}: is not a trash entry this version can read")
            return None

    def read(self, entry: TrashEntry, name: str) -> bytes:
        """The bytes of one file of an entry."""
        if name not in entry.files or not is_safe_name(name):
            raise LibraryError(f"\"{name}\" is not in this trash entry")
        return safe_io.read_bytes(entry.folder / "files" / name, MAX_FILE_BYTES,
                                  entry.folder, "the trash")

    def discard(self, entry: TrashEntry) -> None:
        """Remove an entry for good (after it was restored)."""
        if _ENTRY.match(entry.folder.name) and entry.folder.parent == self.folder:
            safe_io.remove_tree(entry.folder, self.folder)

    # ------------------------------------------------------------ bounds

    def prune(self, now: _dt.datetime | None = None) -> list[TrashEntry]:
        """Remove entries older than the history kept, then the oldest above the size cap."""
        now = now or _dt.datetime.now()
        entries = self.entries()
        removed = []
        oldest_kept = now - _dt.timedelta(days=self.keep_days)
        for entry in [e for e in entries if e.deleted_at < oldest_kept]:
            self.discard(entry)
            removed.append(entry)
        kept = [e for e in entries if e not in removed]
        total = sum(e.size for e in kept)
        for entry in reversed(kept):  # oldest first
            if total <= self.max_bytes:
                break
            self.discard(entry)
            removed.append(entry)
            total -= entry.size
        self._sweep_work_folders()
        return removed

    def _sweep_work_folders(self) -> None:
        """Temporary entry folders of writes that were interrupted."""
        try:
            with os.scandir(self.folder) as listing:
                names = [e.name for e in listing if e.name.startswith(".")]
        except OSError:
            return
        for name in names:
            path = self.folder / name
            match = safe_io._TEMP.match(name)  # noqa: SLF001 - the same naming rule
            if match is None or os.path.islink(path) or not path.is_dir():
                continue
            alive = match.group("host") == safe_io.HOST_TAG and \
                safe_io._pid_alive(int(match.group("pid")))  # noqa: SLF001
            if not alive:
                safe_io.remove_tree(path, self.folder)

    # ------------------------------------------------------------ earlier layouts

    def _adopt_legacy(self) -> None:
        """Turn the trash folders of earlier versions into entries (once per session)."""
        if self._adopted:
            return
        self._adopted = True
        for origin in ("user", "clinic"):
            old = self.folder / "templates" / origin
            for path in _plain_files(old, ".json"):
                stamp, _, item_id = path.stem.partition("--")
                when = _parse_stamp(stamp)
                if when is None or not item_id:
                    continue
                self._adopt(path, "template", origin, item_id, when,
                            {f"{item_id}.json": path}, [path])
            old = self.folder / "exercises" / origin
            for bin_ in _plain_folders(old):
                stamp, _, item_id = bin_.name.partition("--")
                when = _parse_stamp(stamp)
                if bin_.name == "removed-photos":
                    for photo_bin in _plain_folders(bin_):
                        when = _parse_stamp(photo_bin.name)
                        photos = {f"photos/{p.name}": p for p in _plain_files(photo_bin, "")}
                        if when is not None and photos:
                            self._adopt(photo_bin, "photos", origin, "", when, photos, [],
                                        folder=photo_bin)
                    continue
                if when is None or not item_id:
                    continue
                files = {f"{item_id}.json": bin_ / f"{item_id}.json"}
                files.update({f"photos/{p.name}": p for p in
                              _plain_files(bin_ / "photos", "")})
                self._adopt(bin_, "exercise", origin, item_id, when, files, [], folder=bin_)

    def _adopt(self, source: Path, kind: str, origin: str, item_id: str,
               when: _dt.datetime, files: dict[str, Path], remove: list[Path],
               folder: Path | None = None) -> None:
        try:
            data = {name: safe_io.read_bytes(path, MAX_FILE_BYTES, self.folder, "the trash")
                    for name, path in files.items() if path.exists()}
            if not data:
                return
            name = _name_in(data, kind) or item_id or "photos"
            self.put(kind, origin, item_id, name, data, when)
        except HandoutError:
            return  # left where it is; it harms nobody
        for path in remove:
            safe_io.remove(path)
        if folder is not None:
            safe_io.remove_tree(folder, self.folder)


def _parse_stamp(text: str) -> _dt.datetime | None:
    try:
        return _dt.datetime.strptime(text, _STAMP)
    except ValueError:
        return None


def _plain_files(folder: Path, suffix: str) -> list[Path]:
    try:
        with os.scandir(folder) as listing:
            return sorted(folder / e.name for e in listing if e.name.endswith(suffix)
                          and not e.name.startswith(".")
                          and stat.S_ISREG(e.stat(follow_symlinks=False).st_mode))
    except OSError:
        return []


def _plain_folders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as listing:
            return sorted(folder / e.name for e in listing
                          if e.is_dir(follow_symlinks=False) and not e.name.startswith("."))
    except OSError:
        return []


def _name_in(files: dict[str, bytes], kind: str) -> str:
    """The name inside the entry's main JSON file, or "" (never fails)."""
    key = {"template": ("handout-template", "template"),
           "exercise": ("handout-exercise", "exercise")}.get(kind)
    if key is None:
        return ""
    for name, data in files.items():
        if name.endswith(".json") and "/" not in name:
            try:
                body = documents.parse(data, key[0])[key[1]]
                value = body.get("name") if isinstance(body, dict) else None
                return value[:500] if isinstance(value, str) else ""
            except HandoutError:
                return ""
    return ""
