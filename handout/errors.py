"""One error family for everything a therapist can get wrong or run into.

Each error carries a message written for the therapist: which file, which
field, what is wrong and, where it helps, what to do. The GUI shows it in a
dialog; the CLI prints it on one line and exits 2.
"""

from __future__ import annotations

import re
from pathlib import Path

# What never reaches a message as it is: control characters (a newline would
# split the CLI's one line, an escape code could repaint a terminal), lone
# surrogates (they cannot even be printed) and the Unicode line separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
MAX_MESSAGE = 2000


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in "\n\r\t":
        return " "
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def clean(text: object, limit: int = MAX_MESSAGE) -> str:
    """`text` safe for a message on one line: control characters shown as `\\x07`,
    lone surrogates as a replacement mark, at most `limit` characters."""
    text = str(text)
    if _UNSAFE.search(text):
        text = _UNSAFE.sub(_escape, text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


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
            parts.append(clean(self.path, 500))
        if self.field:
            parts.append(clean(self.field, 200))
        parts.append(clean(self.message))
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
    """The file changed on disk since it was opened; saving would overwrite someone's work.

    The caller offers the two ways out the message names: keep this version
    as a copy, or reload the colleague's.
    """


class LimitError(ValidationError):
    """A file is larger, longer or deeper than any real handout file (stated limits)."""


class LibraryError(HandoutError):
    """An exercise or template is not in the library, or cannot be changed."""


class ImageError(HandoutError):
    """An image cannot be used (not an image, truncated, too large...)."""


class RenderError(HandoutError):
    """The PDF could not be produced."""
