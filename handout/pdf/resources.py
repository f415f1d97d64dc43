"""What the renderer needs from files, loaded before it runs: photos and the clinic logo.

`render` is a pure function of the handout, the clinic profile and a
`Resources` value, and reads no file and no setting itself (a test scans the
source of this package for reads). `Collection.resources(handout, clinic)`
fills one in: each exercise photo by its stored name (None where it is
missing or cannot be used, printed as a "Photo missing" box) and the logo
as `prepare_logo` made it from the bytes of the logo file.

A logo is a file the therapist picked once, months ago; it may since have
been moved, truncated, or be a huge photo. None of that may stop a handout
from printing, so every failure means "no logo" (the GUI warns about it when
the clinic profile is edited). The image is flattened onto white and scaled
down to what the header needs at print resolution, which keeps every PDF small.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Mapping

from PIL import Image, ImageOps

from ..photos import Photo

# Enough for a crisp 300 dpi print of a header logo up to ~60 x 15 mm.
LOGO_PIXELS = (720, 180)
# Refuse anything that would decode to more than this many pixels (a
# "decompression bomb", or just a 100-megapixel photo picked by mistake).
MAX_LOGO_SOURCE_PIXELS = 40_000_000


@dataclass(frozen=True)
class Logo:
    """The clinic's logo, ready to draw: PNG bytes on white, and width / height."""

    png: bytes
    aspect: float


@dataclass(frozen=True)
class Resources:
    """Everything from files that one render uses."""

    photos: Mapping[str, Photo | None] = field(default_factory=dict)
    logo: Logo | None = None

    def photo(self, name: str) -> Photo | None:
        return self.photos.get(name)


NONE = Resources()


def prepare_logo(data: bytes) -> Logo | None:
    """The logo from the bytes of its file, flattened and downscaled, or None."""
    if not data:
        return None
    try:
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > MAX_LOGO_SOURCE_PIXELS:
                return None
            source.load()
            image = ImageOps.exif_transpose(source)
            image = image.convert("RGBA")
    except Exception:  # Pillow raises many kinds for a bad file; all mean "no logo"
        return None
    if image.width < 1 or image.height < 1:
        return None
    image.thumbnail(LOGO_PIXELS, Image.Resampling.LANCZOS)
    # The header is white; flattening here avoids a soft mask in every PDF.
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, mask=image.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, format="PNG", optimize=True)
    return Logo(buffer.getvalue(), image.width / image.height)
