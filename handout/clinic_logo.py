"""The clinic's logo, kept as a clean copy in the user data folder.

A logo kept only as a path is lost from every handout when the original file
is moved or the USB stick is not there. `import_logo(source)` reads the
picture the way photos are read (`handout.photos`: the same formats, the
same checks and messages, no metadata), and stores the clean copy under
`<user data>/clinic/`, named by its content, so the profile points at a file
the app owns. `is_kept(path)` says whether a profile's logo already is one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import paths, photos
from .storage import atomic_write

FOLDER = "clinic"


def logo_folder() -> Path:
    return paths.user_home() / FOLDER


def clean_logo(source: str | Path | bytes) -> photos.Photo:
    """The picture, cleaned and checked; raises `ImageError` with the reason."""
    return photos.load_photo(source)


def store_logo(photo: photos.Photo) -> Path:
    """Write a cleaned logo into the user data folder (atomically); its path."""
    suffix = ".png" if photo.format == "PNG" else ".jpg"
    name = f"logo-{hashlib.sha256(photo.data).hexdigest()[:16]}{suffix}"
    path = logo_folder() / name
    if not path.exists():
        atomic_write(path, photo.data)
    return path


def import_logo(source: str | Path | bytes) -> Path:
    """Clean `source` and keep the copy; the path to put in the clinic profile."""
    return store_logo(clean_logo(source))


def is_kept(path: str | Path) -> bool:
    """True when `path` is a logo copy in the user data folder."""
    try:
        return Path(path).resolve().parent == logo_folder().resolve()
    except OSError:
        return False
