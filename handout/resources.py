"""What the renderer needs from files, loaded before it runs: photos, the clinic logo
and the content translations.

`render` is a pure function of the handout, the clinic profile and a
`Resources` value, and reads no file and no setting itself (a test scans the
source of `handout/pdf/` for reads). `Collection.resources(handout, clinic)`
fills one in: each exercise photo by its stored name (None where it is
missing or cannot be used, printed as a "Photo missing" box) and the logo
as `photos.prepare_logo` made it from the bytes of the logo file, and the
translation files (bundled, clinic, user; `handout.i18n.content.Translations`)
a handout in another language than English prints its exercises and template
texts from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .i18n.content import Translations
from .photos import Logo, Photo

__all__ = ["Logo", "Resources", "NONE"]


@dataclass(frozen=True)
class Resources:
    """Everything from files that one render uses."""

    photos: Mapping[str, Photo | None] = field(default_factory=dict)
    logo: Logo | None = None
    translations: Translations = field(default_factory=Translations)

    def photo(self, name: str) -> Photo | None:
        return self.photos.get(name)


NONE = Resources()
