"""The one id generator for templates and exercises: a slug from the name, made unique.

`slug("Übung für's Knie")` -> `"ubung-furs-knie"`: accents are dropped
rather than the letters, apostrophes vanish, anything else becomes one dash;
at most 80 characters. `unique(base, taken)` adds `-2`, `-3`... until
`taken(candidate)` is false. Ids are what file names are made of, so they
are only ever lower-case ASCII letters, digits and dashes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

MAX_SLUG = 80
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, fallback: str = "untitled") -> str:
    """An id from a name: lower case, accents dropped, words joined by dashes."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"['\u2019\u2018`]", "", plain)
    value = _NOT_ID.sub("-", plain).strip("-")
    return value[:MAX_SLUG].strip("-") or fallback


def unique(base: str, taken: Callable[[str], bool], limit: int = 100_000) -> str:
    """`base`, or `base-2`, `base-3`...: the first that `taken` says is free."""
    candidate, n = base, 1
    while taken(candidate):
        n += 1
        if n > limit:  # never loop forever on a broken `taken`
            raise RuntimeError("no free id")
        candidate = f"{base[:MAX_SLUG - 1 - len(str(n))]}-{n}"
    return candidate


def is_valid(value: object) -> bool:
    """Lower-case ASCII letters, digits and dashes, not starting with a dash, 1-200 long."""
    return isinstance(value, str) and 0 < len(value) <= 200 and \
        not value.startswith("-") and all(
            c.isascii() and (c.islower() or c.isdigit() or c == "-") for c in value)
