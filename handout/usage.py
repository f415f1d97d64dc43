"""The therapist's favourite and recently used exercises, kept in the user data folder.

One small JSON file, `usage.json` in `paths.user_home()`:

    {"format": "handout-usage", "version": 1,
     "usage": {"favourites": ["clamshell", ...], "recent": ["bridge", ...]}}

Favourites keep the order they were added in; recent exercises are newest
first, without repeats, and capped at `MAX_RECENT`. Ids are kept even when the
exercise is missing from the library (a clinic folder may be offline for a
day); `exercises_for` skips them when showing the list.

The file is read by `documents.parse` (limits, format, version). A missing,
unreadable or corrupt file never stops the app: the store starts
empty and the reason is kept in `problem`. Every change is written at once
with `storage.atomic_write`. Saving a favourite that fails raises a
`StorageError` (the therapist asked for it and should know); recording a use
that fails is only noted in `problem`, because it must never interrupt
building a handout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from . import documents, paths, storage
from .errors import HandoutError, StorageError
from .model import Exercise

FORMAT = "handout-usage"
VERSION = documents.KINDS[FORMAT].version
MAX_RECENT = 30
MAX_FAVOURITES = 1000


def usage_file() -> Path:
    return paths.user_home() / "usage.json"


class UsageStore:
    """Favourite and recently used exercise ids, saved on every change."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else usage_file()
        self._favourites: list[str] = []
        self._recent: list[str] = []
        self.problem = ""  # why the file could not be read or written, if it could not
        self._load()

    # ---------------------------------------------------------------- reading

    def _load(self) -> None:
        try:
            if not self.path.exists() and not self.path.is_symlink():
                return
        except OSError:
            return
        try:
            data = storage.read_text(self.path, documents.KINDS[FORMAT].max_bytes)
            document = documents.parse(data, FORMAT, self.path)
            body = document.get("usage")
            if not isinstance(body, dict):
                raise StorageError("usage: expected an object {...}", path=self.path)
            self._favourites = _ids(body.get("favourites"))[:MAX_FAVOURITES]
            self._recent = _ids(body.get("recent"))[:MAX_RECENT]
        except HandoutError as error:
            self._favourites, self._recent = [], []
            self.problem = f"could not read favourites and recent exercises ({error}); " \
                           "starting with empty lists"

    # --------------------------------------------------------------- favourites

    def favourites(self) -> list[str]:
        return list(self._favourites)

    def is_favourite(self, exercise_id: str) -> bool:
        return exercise_id in self._favourites

    def add_favourite(self, exercise_id: str) -> None:
        if exercise_id in self._favourites:
            return
        self._favourites.append(exercise_id)
        del self._favourites[MAX_FAVOURITES:]
        self._save()

    def remove_favourite(self, exercise_id: str) -> None:
        if exercise_id not in self._favourites:
            return
        self._favourites.remove(exercise_id)
        self._save()

    def toggle_favourite(self, exercise_id: str) -> bool:
        """Add or remove a favourite; True when it is now a favourite."""
        if self.is_favourite(exercise_id):
            self.remove_favourite(exercise_id)
            return False
        self.add_favourite(exercise_id)
        return True

    # ------------------------------------------------------------------ recent

    def record_use(self, exercise_id: str) -> None:
        """Note that an exercise was just added to a handout (newest first)."""
        if self._recent[:1] == [exercise_id]:
            return
        if exercise_id in self._recent:
            self._recent.remove(exercise_id)
        self._recent.insert(0, exercise_id)
        del self._recent[MAX_RECENT:]
        try:
            self._save()
        except StorageError as error:
            self.problem = str(error)

    def recent(self, limit: int = 10) -> list[str]:
        return self._recent[:max(0, limit)]

    def clear_recent(self) -> None:
        self._recent = []
        self._save()

    # ----------------------------------------------------------------- writing

    def _save(self) -> None:
        document = documents.document(FORMAT, {"favourites": list(self._favourites),
                                               "recent": list(self._recent)})
        storage.atomic_write(self.path, documents.dumps(document))
        self.problem = ""


def exercises_for(ids: Iterable[str], library) -> list[Exercise]:
    """The library exercises for `ids`, in order, skipping any no longer in the library."""
    return [library.get(i) for i in ids if i in library]


def _ids(value: object) -> list[str]:
    """Valid, distinct exercise ids from a stored list, in order; anything else is dropped."""
    if not isinstance(value, list):
        return []
    seen: list[str] = []
    for entry in value:
        if isinstance(entry, str) and storage.is_valid_id(entry) and entry not in seen:
            seen.append(entry)
    return seen
