"""One error family for everything a therapist can get wrong or run into.

Each error carries a message written for the therapist: which file, which
field, what is wrong and, where it helps, what to do. The GUI shows it in a
dialog; the CLI prints it on one line and exits 2.
"""

from __future__ import annotations

from pathlib import Path


class HandoutError(Exception):
    """Base of every error a user may see. `str(error)` is the whole message."""

    def __init__(self, message: str, *, path: str | Path | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(str(self.path))
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)

    def at(self, path: str | Path) -> "HandoutError":
        """The same error, now naming the file it came from."""
        if self.path is None:
            self.path = Path(path)
            self.args = (self.__str__(),)
        return self


class ValidationError(HandoutError):
    """A file or value has the wrong shape or content."""


class StorageError(HandoutError):
    """A file cannot be read or written (missing, unreadable, disk full...)."""


class ConflictError(StorageError):
    """The file changed on disk since it was opened; saving would overwrite someone's work."""


class LibraryError(HandoutError):
    """An exercise or template is not in the library, or cannot be changed."""


class ImageError(HandoutError):
    """An image cannot be used (not an image, truncated, too large...)."""


class RenderError(HandoutError):
    """The PDF could not be produced."""
